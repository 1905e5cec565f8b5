/* test-ical.c: iCalendar export of a worker's meetings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-ical.h"
#include "sr-meeting.h"
#include "sr-worker.h"

static void
test_ical_escape (void)
{
  g_autofree char *a = sr_ical_escape_text ("a,b;c\\d\ne\r\nf\tg");

  g_assert_cmpstr (a, ==, "a\\,b\\;c\\\\d\\ne\\nfg");
}

static void
test_ical_fold (void)
{
  g_autofree char *short_line = sr_ical_fold_line ("SUMMARY:Tapaaminen");
  g_autoptr(GString) long_text = g_string_new ("SUMMARY:");
  g_autofree char *folded = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) unfolded = g_string_new (NULL);

  g_assert_cmpstr (short_line, ==, "SUMMARY:Tapaaminen\r\n");

  /* Two-octet characters: a fold must never split one. */
  for (guint i = 0; i < 100; i++)
    g_string_append (long_text, "ä");
  folded = sr_ical_fold_line (long_text->str);
  g_assert_true (g_str_has_suffix (folded, "\r\n"));
  lines = g_strsplit (folded, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 2);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      if (i > 0)
        g_assert_true (lines[i][0] == ' ');
      g_string_append (unfolded, i > 0 ? lines[i] + 1 : lines[i]);
    }
  g_assert_cmpstr (unfolded->str, ==, long_text->str);
}

static void
test_ical_initials (void)
{
  g_autofree char *a = sr_ical_initials ("Åke", "öhman");
  g_autofree char *b = sr_ical_initials (NULL, "Virtanen");
  g_autofree char *c = sr_ical_initials ("", NULL);

  g_assert_cmpstr (a, ==, "Å. Ö.");
  g_assert_cmpstr (b, ==, "V.");
  g_assert_cmpstr (c, ==, "");
}

/* What another calendar reads back: libical parses the export without
 * errors and gets the same summary (commas, semicolons, a newline, non-ASCII,
 * long enough to fold), start, end and UID. */
static void
test_ical_round_trip (void)
{
  static const char summary[] = "Tapaaminen, Åke; Öhman\nrivi 2: ü € \\ "
                                "ääääääääääääääääääääääääääääääääääääääääääää loppu";
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Helsinki");
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2026, 3, 29, 2, 30, 0);
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 3, 1, 12, 0, 0);
  g_autoptr(SrMeeting) meeting = sr_meeting_new ("client", start, 90);
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();
  g_autoptr(GPtrArray) summaries = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_autofree char *uid = g_strdup_printf ("%s@socrehab", sr_record_get_id (SR_RECORD (meeting)));
  g_auto(GStrv) lines = NULL;
  icalcomponent *calendar;
  icalcomponent *event;
  struct icaltimetype dtstart, dtend;

  g_ptr_array_add (meetings, meeting);
  g_ptr_array_add (summaries, (char *) summary);
  text = sr_ical_format_meetings (meetings, summaries, stamp);

  /* Folded: no line over 75 octets, none cut inside a character. */
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 14);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 1);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);

  g_assert_cmpstr (icalcomponent_get_summary (event), ==, summary);
  g_assert_cmpstr (icalcomponent_get_uid (event), ==, uid);
  /* 02:30 EET, just before the spring change to EEST, is 00:30Z; 90 min on. */
  dtstart = icalcomponent_get_dtstart (event);
  dtend = icalcomponent_get_dtend (event);
  g_assert_true (icaltime_is_utc (dtstart));
  g_assert_cmpint (icaltime_as_timet (dtstart), ==, g_date_time_to_unix (start));
  g_assert_cmpint (icaltime_as_timet (dtend) - icaltime_as_timet (dtstart), ==, 90 * 60);
  g_assert_cmpint (dtstart.hour, ==, 0);
  g_assert_cmpint (dtstart.minute, ==, 30);
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_TENTATIVE);

  icalcomponent_free (calendar);
}

static SrStore *
open_store (SrWorker **worker_out)
{
  g_autoptr(GError) error = NULL;
  SrWorker *worker = sr_worker_new ("Viejä");
  SrStore *store = sr_store_open (":memory:", &error);

  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (store, worker, &error));
  sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
  *worker_out = worker;
  return store;
}

static SrMeeting *
add_meeting (SrStore    *store,
             SrClient   *client,
             SrWorker   *worker,
             GDateTime  *start,
             int         kind)
{
  g_autoptr(GError) error = NULL;
  SrMeeting *meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (client)), start, 45);

  g_object_set (meeting, "worker-id", sr_record_get_id (SR_RECORD (worker)), "kind", kind,
                "place", "Kahvila Kulma", "notes", "Salainen muistiinpano", NULL);
  g_assert_true (sr_store_save_meeting (store, meeting, &error));
  g_assert_no_error (error);
  return meeting;
}

static guint
count_disclosures (SrStore  *store,
                   SrClient *client)
{
  g_autoptr(GListModel) log = sr_store_list_audit (store, sr_record_get_id (SR_RECORD (client)),
                                                   SR_AUDIT_LOG_DISCLOSURE, NULL);

  return g_list_model_get_n_items (log);
}

static void
test_ical_export (void)
{
  g_autoptr(SrWorker) worker = NULL;
  g_autoptr(SrStore) store = open_store (&worker);
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = sr_client_new ("Aino", "Kivi");
  g_autoptr(SrClient) other = sr_client_new ("Bo", "Berg");
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Helsinki");
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2026, 10, 27, 10, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new (tz, 2026, 10, 28, 12, 30, 0);
  g_autoptr(GDateTime) from = g_date_time_new (tz, 2026, 10, 26, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new (tz, 2026, 11, 2, 0, 0, 0);
  g_autoptr(SrMeeting) meeting = NULL;
  g_autoptr(SrMeeting) network = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *text = NULL;
  g_autofree char *with_initials = NULL;
  guint n = 0;

  g_assert_true (sr_store_save_client (store, client, &error));
  g_assert_true (sr_store_save_client (store, other, &error));
  meeting = add_meeting (store, client, worker, start, SR_MEETING_KIND_MEETING);
  network = add_meeting (store, other, worker, later, SR_MEETING_KIND_NETWORK_MEETING);

  text = sr_ical_export_meetings (store, sr_record_get_id (SR_RECORD (worker)), from, to, FALSE,
                                  &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);

  /* Structure, CRLF and UTC times (10:00 EET = 08:00Z). */
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  g_assert_null (strstr (text, "\n\n"));
  for (const char *p = strchr (text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    g_assert_true (p[-1] == '\r');
  g_assert_nonnull (strstr (text, "\r\nDTSTART:20261027T080000Z\r\nDTEND:20261027T084500Z\r\n"));
  uid = g_strdup_printf ("\r\nUID:%s@socrehab\r\n", sr_record_get_id (SR_RECORD (meeting)));
  g_assert_nonnull (strstr (text, uid));
  g_assert_nonnull (strstr (text, "\r\nSUMMARY:Meeting\r\n"));
  g_assert_nonnull (strstr (text, "\r\nSUMMARY:Network meeting\r\n"));

  /* Privacy by default: no names, place text or notes. */
  g_assert_null (strstr (text, "Kivi"));
  g_assert_null (strstr (text, "Aino"));
  g_assert_null (strstr (text, "Kahvila"));
  g_assert_null (strstr (text, "Salainen"));

  /* One disclosure row per client whose meetings left the app. */
  g_assert_cmpuint (count_disclosures (store, client), ==, 1);
  g_assert_cmpuint (count_disclosures (store, other), ==, 1);

  with_initials = sr_ical_export_meetings (store, sr_record_get_id (SR_RECORD (worker)), from, to,
                                           TRUE, &n, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (with_initials, "\r\nSUMMARY:Meeting\\, A. K.\r\n"));
  g_assert_null (strstr (with_initials, "Kivi"));
  g_assert_cmpuint (count_disclosures (store, client), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Helsinki", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ical/escape", test_ical_escape);
  g_test_add_func ("/ical/fold", test_ical_fold);
  g_test_add_func ("/ical/initials", test_ical_initials);
  g_test_add_func ("/ical/round-trip", test_ical_round_trip);
  g_test_add_func ("/ical/export", test_ical_export);

  return g_test_run ();
}
