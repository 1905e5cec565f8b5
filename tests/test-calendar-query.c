/* test-calendar-query.c: sessions by range, the calendar's entries read off
 * the main thread, the cadence rule, series, overlaps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sr-calendar-query.h"
#include "sr-client.h"
#include "sr-group.h"
#include "sr-meeting-lists.h"
#include "sr-meeting.h"
#include "sr-period.h"
#include "sr-series.h"
#include "sr-store-private.h"
#include "sr-worker.h"

typedef struct
{
  SrStore  *store;
  SrWorker *worker;
  GTimeZone *tz;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = sr_store_open (":memory:", &error);
  g_assert_no_error (error);
  f->worker = sr_worker_new ("Kalenteri");
  g_assert_true (sr_store_save_worker (f->store, f->worker, &error));
  sr_store_set_current_worker (f->store, sr_record_get_id (SR_RECORD (f->worker)));
  f->tz = g_time_zone_new_identifier ("Europe/Helsinki");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->worker);
  g_clear_object (&f->store);
  g_clear_pointer (&f->tz, g_time_zone_unref);
}

static SrClient *
add_client (Fixture    *f,
            const char *last_name)
{
  g_autoptr(GError) error = NULL;
  SrClient *client = sr_client_new ("Testi", last_name);

  g_assert_true (sr_store_save_client (f->store, client, &error));
  g_assert_no_error (error);
  return client;
}

static SrPeriod *
add_period (Fixture    *f,
            SrClient   *client,
            const char *start,
            const char *planned_end,
            gboolean    closed)
{
  g_autoptr(GError) error = NULL;
  SrPeriod *period = sr_period_new (sr_record_get_id (SR_RECORD (client)), start);

  g_object_set (period, "planned-end", planned_end, "phase", closed ? SR_PHASE_CLOSED : SR_PHASE_ACTIVE,
                NULL);
  if (closed)
    g_object_set (period, "actual-end", planned_end, NULL);
  g_assert_true (sr_store_save_period (f->store, period, &error));
  g_assert_no_error (error);
  return period;
}

static SrMeeting *
add_meeting (Fixture   *f,
             SrClient  *client,
             GDateTime *start,
             int        duration,
             int        status)
{
  g_autoptr(GError) error = NULL;
  SrMeeting *meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (client)), start, duration);

  g_object_set (meeting, "worker-id", sr_record_get_id (SR_RECORD (f->worker)),
                "status", status, NULL);
  g_assert_true (sr_store_save_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  return meeting;
}

static void
test_sessions_in_range (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrGroup) a = sr_group_new ("Ryhmä A");
  g_autoptr(SrGroup) b = sr_group_new ("Ryhmä B");
  g_autoptr(GDateTime) monday = g_date_time_new (f->tz, 2026, 10, 26, 0, 0, 0);
  g_autoptr(GDateTime) next_monday = g_date_time_add_days (monday, 7);
  g_autoptr(GListModel) sessions = NULL;
  const int offsets[] = { -1, 0, 3, 6, 7 }; /* days from Monday, at 13:00 */

  g_assert_true (sr_store_save_group (f->store, a, &error));
  g_assert_true (sr_store_save_group (f->store, b, &error));
  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (monday, offsets[i]);
      g_autoptr(GDateTime) start = g_date_time_add_hours (day, 13);
      g_autoptr(SrSession) session = sr_session_new (sr_record_get_id (SR_RECORD (i % 2 ? a : b)),
                                                     start);

      g_assert_true (sr_store_save_session (f->store, session, &error));
      g_assert_no_error (error);
    }

  sessions = sr_calendar_list_sessions (f->store, monday, next_monday);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 3);

  /* As plain entries, with the week's meetings, by start. */
  {
    g_autoptr(SrClient) client = add_client (f, "Viikko");
    g_autoptr(GDateTime) tuesday = g_date_time_add_days (monday, 1);
    g_autoptr(GDateTime) start = g_date_time_add_hours (tuesday, 10);
    g_autoptr(SrMeeting) meeting = add_meeting (f, client, start, 45, SR_MEETING_STATUS_HELD);
    g_autoptr(GPtrArray) entries = sr_calendar_list_entries (f->store, NULL, monday, next_monday,
                                                             TRUE, &error);
    g_autoptr(GPtrArray) none = sr_calendar_list_entries (f->store, "no-such-worker", monday,
                                                          next_monday, FALSE, &error);
    SrCalendarEntry *second;

    g_assert_no_error (error);
    g_assert_cmpuint (entries->len, ==, 4);
    second = g_ptr_array_index (entries, 1);
    g_assert_false (second->is_session);
    g_assert_cmpstr (second->id, ==, sr_record_get_id (SR_RECORD (meeting)));
    g_assert_cmpint (second->status, ==, SR_MEETING_STATUS_HELD);
    g_assert_cmpint (second->duration, ==, 45);
    g_assert_cmpstr (second->ref_id, ==, sr_record_get_id (SR_RECORD (client)));
    g_assert_true (g_date_time_equal (second->start, start));
    g_assert_true (((SrCalendarEntry *) g_ptr_array_index (entries, 0))->is_session);
    g_assert_cmpuint (none->len, ==, 0);
  }

  /* Live: a new session in the week appears. */
  {
    g_autoptr(GDateTime) start = g_date_time_add_hours (monday, 9);
    g_autoptr(SrSession) session = sr_session_new (sr_record_get_id (SR_RECORD (a)), start);

    g_assert_true (sr_store_save_session (f->store, session, &error));
    g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 4);
  }
}

/* Entries read off the main thread ------------------------------------------ */

static SrStore *
open_file_store (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  SrStore *store;

  *dir = g_dir_make_tmp ("sr-calendar-query-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "socrehab.db", NULL);
  store = sr_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* A week of two workers' meetings and a group's sessions, with some just
 * outside it; returns the first worker's id. */
static char *
add_week (SrStore   *store,
          GTimeZone *tz)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) busy = sr_worker_new ("Kiireinen");
  g_autoptr(SrWorker) other = sr_worker_new ("Toinen");
  g_autoptr(SrClient) client = sr_client_new ("Testi", "Viikkolainen");
  g_autoptr(SrGroup) group = sr_group_new ("Ryhmä");
  struct
  {
    int      day;     /* of October 2026; the week is 26.10.–1.11. */
    int      hour;
    gboolean busy;
    int      kind;
    int      status;
    int      place_type;
  } meetings[] = {
    /* The week's first instant. */
    { 26, 0, TRUE, SR_MEETING_KIND_MEETING, SR_MEETING_STATUS_HELD, SR_PLACE_OFFICE },
    { 27, 10, TRUE, SR_MEETING_KIND_ERRAND, SR_MEETING_STATUS_PLANNED, SR_PLACE_PUBLIC },
    { 27, 10, FALSE, SR_MEETING_KIND_NETWORK_MEETING, SR_MEETING_STATUS_NO_SHOW, SR_PLACE_CLIENT_HOME },
    { 30, 14, TRUE, SR_MEETING_KIND_PHONE_CALL, SR_MEETING_STATUS_CANCELLED_BY_CLIENT, SR_PLACE_REMOTE },
    { 31, 23, FALSE, SR_MEETING_KIND_MEETING, SR_MEETING_STATUS_PLANNED, SR_PLACE_OFFICE },
    /* The Sunday before, and 2.11.: the next Monday. */
    { 25, 23, TRUE, SR_MEETING_KIND_MEETING, SR_MEETING_STATUS_HELD, SR_PLACE_OFFICE },
    { 33, 0, TRUE, SR_MEETING_KIND_MEETING, SR_MEETING_STATUS_PLANNED, SR_PLACE_OFFICE },
  };
  const int session_days[] = { 25, 28, 29, 33 };

  g_assert_true (sr_store_save_worker (store, busy, &error));
  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (store, other, &error));
  g_assert_no_error (error);
  /* Every change is logged with a worker. */
  if (sr_store_get_current_worker (store) == NULL)
    sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (busy)));
  g_assert_true (sr_store_save_client (store, client, &error));
  g_assert_no_error (error);
  g_assert_true (sr_store_save_group (store, group, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (meetings); i++)
    {
      g_autoptr(GDateTime) october = g_date_time_new (tz, 2026, 10, 1, meetings[i].hour, 0, 0);
      g_autoptr(GDateTime) start = g_date_time_add_days (october, meetings[i].day - 1);
      g_autoptr(SrMeeting) meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (client)), start, 45);

      g_object_set (meeting, "worker-id", sr_record_get_id (SR_RECORD (meetings[i].busy ? busy : other)),
                    "kind", meetings[i].kind, "status", meetings[i].status,
                    "place-type", meetings[i].place_type, NULL);
      g_assert_true (sr_store_save_meeting (store, meeting, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (session_days); i++)
    {
      g_autoptr(GDateTime) october = g_date_time_new (tz, 2026, 10, 1, 13, 0, 0);
      g_autoptr(GDateTime) start = g_date_time_add_days (october, session_days[i] - 1);
      g_autoptr(SrSession) session = sr_session_new (sr_record_get_id (SR_RECORD (group)), start);

      g_object_set (session, "location", "Kerhohuone", NULL);
      g_assert_true (sr_store_save_session (store, session, &error));
      g_assert_no_error (error);
    }

  return g_strdup (sr_record_get_id (SR_RECORD (busy)));
}

static void
on_entries_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_true (SR_IS_STORE (source));
  *out = g_object_ref (result);
}

/* Starts the async read and runs the main loop until its callback. */
static GPtrArray *
list_entries_async (SrStore       *store,
                    const char    *worker_id,
                    GDateTime     *from,
                    GDateTime     *to,
                    gboolean       sessions,
                    GCancellable  *cancellable,
                    gboolean       cancel,
                    GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  sr_calendar_list_entries_async (store, worker_id, from, to, sessions, cancellable, on_entries_cb,
                                  &result);
  /* The callback never runs inside the call, even in memory. */
  g_assert_null (result);
  if (cancel)
    g_cancellable_cancel (cancellable);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return sr_calendar_list_entries_finish (store, result, error);
}

static void
assert_entries_equal (GPtrArray *a,
                      GPtrArray *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      SrCalendarEntry *x = g_ptr_array_index (a, i);
      SrCalendarEntry *y = g_ptr_array_index (b, i);

      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpint (x->is_session, ==, y->is_session);
      g_assert_true (g_date_time_equal (x->start, y->start));
      g_assert_cmpint (x->duration, ==, y->duration);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpint (x->status, ==, y->status);
      g_assert_cmpstr (x->worker_id, ==, y->worker_id);
      g_assert_cmpstr (x->ref_id, ==, y->ref_id);
      g_assert_cmpint (x->place_type, ==, y->place_type);
      g_assert_cmpstr (x->location, ==, y->location);
    }
}

/* The async read returns what the sync one does, for each filter. */
static void
check_async_equals_sync (SrStore   *store,
                         GTimeZone *tz)
{
  g_autofree char *busy_id = add_week (store, tz);
  g_autoptr(GDateTime) monday = g_date_time_new (tz, 2026, 10, 26, 0, 0, 0);
  g_autoptr(GDateTime) next_monday = g_date_time_add_days (monday, 7);
  struct
  {
    gboolean busy_only;
    gboolean sessions;
    guint    expected;
  } cases[] = {
    { FALSE, TRUE, 7 },  /* 5 meetings and 2 sessions in the week */
    { FALSE, FALSE, 5 },
    { TRUE, TRUE, 5 },
    { TRUE, FALSE, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      const char *worker_id = cases[i].busy_only ? busy_id : NULL;
      g_autoptr(GPtrArray) sync = sr_calendar_list_entries (store, worker_id, monday, next_monday,
                                                            cases[i].sessions, &error);
      g_autoptr(GPtrArray) async = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (sync->len, ==, cases[i].expected);
      async = list_entries_async (store, worker_id, monday, next_monday, cases[i].sessions, NULL,
                                  FALSE, &error);
      g_assert_no_error (error);
      assert_entries_equal (async, sync);
    }

  /* A cancelled read returns no entries but the error; before it starts or
   * right after. */
  for (int when = 0; when < 2; when++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) entries = NULL;

      if (when == 0)
        g_cancellable_cancel (cancellable);
      entries = list_entries_async (store, NULL, monday, next_monday, TRUE, cancellable, when == 1,
                                    &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_null (entries);
    }

  /* The next read is whole again, with a write made since. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GDateTime) friday = g_date_time_add_days (monday, 4);
    g_autoptr(SrClient) client = sr_client_new ("Testi", "Myöhäinen");
    g_autoptr(SrMeeting) meeting = NULL;
    g_autoptr(GPtrArray) sync = NULL;
    g_autoptr(GPtrArray) async = NULL;

    g_assert_true (sr_store_save_client (store, client, &error));
    meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (client)), friday, 60);
    g_assert_true (sr_store_save_meeting (store, meeting, &error));
    sync = sr_calendar_list_entries (store, NULL, monday, next_monday, TRUE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sync->len, ==, 8);
    async = list_entries_async (store, NULL, monday, next_monday, TRUE, NULL, FALSE, &error);
    g_assert_no_error (error);
    assert_entries_equal (async, sync);
  }
}

static void
test_entries_async_file (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Helsinki");
  SrStore *store = open_file_store (&dir);

  g_assert_false (sr_store_is_memory (store));
  check_async_equals_sync (store, tz);

  g_object_unref (store);
  remove_dir (dir);
}

static void
test_entries_async_memory (Fixture       *f,
                           gconstpointer  data)
{
  check_async_equals_sync (f->store, f->tz);
}

/* The core rule, applied to one client's meetings one by one. */
static gboolean
rule_flags (Fixture    *f,
            SrClient   *client,
            gboolean    period_open,
            GDateTime  *now)
{
  g_autoptr(GListModel) meetings = sr_store_list_client_meetings (f->store,
                                                                  sr_record_get_id (SR_RECORD (client)));
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GDateTime) next = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(SrMeeting) meeting = g_list_model_get_item (meetings, i);
      GDateTime *start = sr_meeting_get_start (meeting);
      int status;

      g_object_get (meeting, "status", &status, NULL);
      if (g_date_time_compare (start, now) <= 0
          && (status == SR_MEETING_STATUS_HELD || status == SR_MEETING_STATUS_PLANNED))
        {
          if (last == NULL || g_date_time_compare (start, last) > 0)
            {
              g_clear_pointer (&last, g_date_time_unref);
              last = g_date_time_ref (start);
            }
        }
      else if (g_date_time_compare (start, now) > 0 && status == SR_MEETING_STATUS_PLANNED)
        {
          if (next == NULL || g_date_time_compare (start, next) < 0)
            {
              g_clear_pointer (&next, g_date_time_unref);
              next = g_date_time_ref (start);
            }
        }
    }

  return sr_rules_cadence_flagged (period_open, last, next, now);
}

static void
test_cadence_clients (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new (f->tz, 2026, 11, 18, 12, 0, 0);
  g_autoptr(GListModel) flagged = NULL;
  g_autoptr(GPtrArray) clients = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  struct
  {
    const char *name;
    gboolean    period;       /* has an open period */
    gboolean    closed;       /* has a closed period instead */
    int         meeting_days; /* meeting this many days from now (0: none) */
    int         status;
    gboolean    expected;
  } cases[] = {
    { "Held3DaysAgo", TRUE, FALSE, -3, SR_MEETING_STATUS_HELD, FALSE },
    { "Held10DaysAgo", TRUE, FALSE, -10, SR_MEETING_STATUS_HELD, TRUE },
    { "Planned5Days", TRUE, FALSE, 5, SR_MEETING_STATUS_PLANNED, FALSE },
    { "Planned7Days", TRUE, FALSE, 7, SR_MEETING_STATUS_PLANNED, FALSE },
    { "Planned8Days", TRUE, FALSE, 8, SR_MEETING_STATUS_PLANNED, TRUE },
    { "Cancelled1DayAgo", TRUE, FALSE, -1, SR_MEETING_STATUS_CANCELLED_BY_CLIENT, TRUE },
    { "NoShowYesterday", TRUE, FALSE, -1, SR_MEETING_STATUS_NO_SHOW, TRUE },
    { "NoMeetings", TRUE, FALSE, 0, 0, TRUE },
    { "ClosedPeriod", FALSE, TRUE, 0, 0, FALSE },
    { "NoPeriod", FALSE, FALSE, 0, 0, FALSE },
  };
  guint expected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SrClient *client = add_client (f, cases[i].name);

      g_ptr_array_add (clients, client);
      if (cases[i].period || cases[i].closed)
        g_object_unref (add_period (f, client, "2026-09-01", "2027-02-28", cases[i].closed));
      if (cases[i].meeting_days != 0)
        {
          g_autoptr(GDateTime) start = g_date_time_add_days (now, cases[i].meeting_days);

          g_object_unref (add_meeting (f, client, start, 60, cases[i].status));
        }
      expected += cases[i].expected;
    }

  flagged = sr_calendar_list_cadence_clients (f->store, now);
  g_assert_cmpuint (g_list_model_get_n_items (flagged), ==, expected);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SrClient *client = g_ptr_array_index (clients, i);
      gboolean listed = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (flagged); j++)
        {
          g_autoptr(SrClient) item = g_list_model_get_item (flagged, j);

          listed |= g_str_equal (sr_record_get_id (SR_RECORD (item)), sr_record_get_id (SR_RECORD (client)));
        }
      g_assert_cmpint (listed, ==, cases[i].expected);
      /* Exactly what the core rule says, client by client. */
      g_assert_cmpint (listed, ==, rule_flags (f, client, cases[i].period, now));
    }

  /* Planning a meeting clears the client off the list. */
  {
    g_autoptr(GDateTime) start = g_date_time_add_days (now, 2);

    g_object_unref (add_meeting (f, g_ptr_array_index (clients, 7), start, 60,
                                 SR_MEETING_STATUS_PLANNED));
    g_assert_cmpuint (g_list_model_get_n_items (flagged), ==, expected - 1);
  }
  g_assert_no_error (error);
}

static void
test_following_and_overlaps (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = add_client (f, "Sarja");
  g_autoptr(SrClient) other = add_client (f, "Muu");
  g_autoptr(GDateTime) first = g_date_time_new (f->tz, 2026, 10, 13, 10, 0, 0);
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) following = NULL;
  g_auto(GStrv) overlaps = NULL;
  g_auto(GStrv) none = NULL;
  GDate until;

  g_date_clear (&until, 1);
  g_date_set_dmy (&until, 10, 11, 2026);
  occurrences = sr_series_weekly (first, &until, 0);
  for (guint i = 0; i < occurrences->len; i++)
    g_ptr_array_add (meetings, add_meeting (f, client, g_ptr_array_index (occurrences, i), 60,
                                            SR_MEETING_STATUS_PLANNED));
  /* Not of the series: another client at the same slot, and a held one. */
  g_object_unref (add_meeting (f, other, g_ptr_array_index (occurrences, 3), 60,
                               SR_MEETING_STATUS_PLANNED));

  /* From the second: the second and the three after it, across the DST change. */
  following = sr_calendar_find_following (f->store, g_ptr_array_index (meetings, 1), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (following->len, ==, 4);
  for (guint i = 0; i < following->len; i++)
    g_assert_cmpstr (sr_record_get_id (g_ptr_array_index (following, i)), ==,
                     sr_record_get_id (g_ptr_array_index (meetings, i + 1)));

  /* Moving one occurrence takes it out of the series' slot. */
  {
    SrMeeting *third = g_ptr_array_index (meetings, 2);
    g_autoptr(GDateTime) moved = g_date_time_add_hours (sr_meeting_get_start (third), 3);
    g_autoptr(GPtrArray) after = NULL;

    g_object_set (third, "start", moved, NULL);
    g_assert_true (sr_store_save_meeting (f->store, third, &error));
    after = sr_calendar_find_following (f->store, g_ptr_array_index (meetings, 1), &error);
    g_assert_cmpuint (after->len, ==, 3);
  }

  /* The other client's meeting overlaps the fourth occurrence for the same worker. */
  overlaps = sr_calendar_find_overlaps (f->store, sr_record_get_id (SR_RECORD (f->worker)),
                                        g_ptr_array_index (occurrences, 3), 30,
                                        sr_record_get_id (g_ptr_array_index (meetings, 3)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (overlaps), ==, 1);

  /* Back to back is not an overlap. */
  {
    g_autoptr(GDateTime) after = g_date_time_add_minutes (g_ptr_array_index (occurrences, 0), 60);

    none = sr_calendar_find_overlaps (f->store, sr_record_get_id (SR_RECORD (f->worker)),
                                      after, 30, NULL, &error);
    g_assert_cmpuint (g_strv_length (none), ==, 0);
  }
}

static void
test_find_period (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = add_client (f, "Jakso");
  g_autoptr(SrClient) without = add_client (f, "Jaksoton");
  g_autoptr(SrPeriod) closed = add_period (f, client, "2025-01-01", "2025-06-30", TRUE);
  g_autoptr(SrPeriod) open = add_period (f, client, "2026-09-01", "2027-02-28", FALSE);
  g_autoptr(SrPeriod) found = NULL;
  g_autoptr(SrPeriod) outside = NULL;
  g_autoptr(SrPeriod) none = NULL;
  SrPeriodMatch match;

  found = sr_calendar_find_period (f->store, sr_record_get_id (SR_RECORD (client)), "2026-10-13",
                                   &match, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sr_record_get_id (SR_RECORD (found)), ==, sr_record_get_id (SR_RECORD (open)));
  g_assert_cmpint (match, ==, SR_PERIOD_MATCH_INSIDE);

  outside = sr_calendar_find_period (f->store, sr_record_get_id (SR_RECORD (client)), "2027-03-02",
                                     &match, &error);
  g_assert_nonnull (outside);
  g_assert_cmpint (match, ==, SR_PERIOD_MATCH_OUTSIDE);

  none = sr_calendar_find_period (f->store, sr_record_get_id (SR_RECORD (without)), "2026-10-13",
                                  &match, &error);
  g_assert_no_error (error);
  g_assert_null (none);
  g_assert_cmpint (match, ==, SR_PERIOD_MATCH_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Helsinki", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/calendar-query/sessions", Fixture, NULL, fixture_set_up, test_sessions_in_range,
              fixture_tear_down);
  g_test_add_func ("/calendar-query/entries-async-file", test_entries_async_file);
  g_test_add ("/calendar-query/entries-async-memory", Fixture, NULL, fixture_set_up,
              test_entries_async_memory, fixture_tear_down);
  g_test_add ("/calendar-query/cadence", Fixture, NULL, fixture_set_up, test_cadence_clients,
              fixture_tear_down);
  g_test_add ("/calendar-query/following", Fixture, NULL, fixture_set_up,
              test_following_and_overlaps, fixture_tear_down);
  g_test_add ("/calendar-query/period", Fixture, NULL, fixture_set_up, test_find_period,
              fixture_tear_down);

  return g_test_run ();
}
