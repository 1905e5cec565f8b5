/* test-attendance-table.c: a group's attendance sheet in the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sr-attendance-table.h"
#include "sr-client.h"
#include "sr-group-lists.h"
#include "sr-group.h"
#include "sr-period.h"
#include "sr-store.h"
#include "sr-worker.h"

typedef struct
{
  SrStore *store;
  char    *group_id;
  char    *client_ids[3];
  char    *session_ids[5];
} Fixture;

static char *
save_session (Fixture    *f,
              const char *iso,
              int         status)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(SrSession) session = sr_session_new (f->group_id, start);
  g_autoptr(GError) error = NULL;

  g_object_set (session, "status", status, NULL);
  g_assert_true (sr_store_save_session (f->store, session, &error));
  g_assert_no_error (error);

  return g_strdup (sr_record_get_id (SR_RECORD (session)));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const char *names[][2] = { { "Aino", "Aalto" }, { "Bertta", "Berg" }, { "Cecilia", "Cedergren" } };
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Tester");
  g_autoptr(SrGroup) group = sr_group_new ("Tuesday group");

  f->store = sr_store_open (":memory:", &error);
  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (f->store, worker, &error));
  sr_store_set_current_worker (f->store, sr_record_get_id (SR_RECORD (worker)));
  g_assert_true (sr_store_save_group (f->store, group, &error));
  f->group_id = g_strdup (sr_record_get_id (SR_RECORD (group)));

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SrClient) client = sr_client_new (names[i][0], names[i][1]);
      g_autoptr(SrMembership) membership = NULL;

      g_assert_true (sr_store_save_client (f->store, client, &error));
      g_assert_no_error (error);
      f->client_ids[i] = g_strdup (sr_record_get_id (SR_RECORD (client)));
      /* Cecilia joins late, on 2026-01-15. */
      membership = sr_membership_new (f->group_id, f->client_ids[i], i == 2 ? "2026-01-15" : "2026-01-01");
      g_assert_true (sr_store_save_membership (f->store, membership, &error));
      g_assert_no_error (error);
    }
  /* Only Aino has an open period. */
  {
    g_autoptr(SrPeriod) period = sr_period_new (f->client_ids[0], "2026-01-01");

    g_assert_true (sr_store_save_period (f->store, period, &error));
    g_assert_no_error (error);
  }

  f->session_ids[0] = save_session (f, "2026-01-06T10:00:00Z", SR_SESSION_STATUS_HELD);
  f->session_ids[1] = save_session (f, "2026-01-13T10:00:00Z", SR_SESSION_STATUS_CANCELLED);
  f->session_ids[2] = save_session (f, "2026-01-20T10:00:00Z", SR_SESSION_STATUS_PLANNED);
  f->session_ids[3] = save_session (f, "2026-01-27T10:00:00Z", SR_SESSION_STATUS_PLANNED);
  f->session_ids[4] = save_session (f, "2026-02-03T10:00:00Z", SR_SESSION_STATUS_PLANNED);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->group_id);
  for (guint i = 0; i < G_N_ELEMENTS (f->client_ids); i++)
    g_free (f->client_ids[i]);
  for (guint i = 0; i < G_N_ELEMENTS (f->session_ids); i++)
    g_free (f->session_ids[i]);
}

static SrAttendanceStatus
stored_status (Fixture    *f,
               guint       client,
               guint       session)
{
  g_autoptr(GListModel) rows = sr_store_list_attendance (f->store, f->session_ids[session]);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SrRecord) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (sr_record_get_string (row, "client-id"), f->client_ids[client]) == 0)
        {
          int status;

          g_object_get (row, "status", &status, NULL);
          return status;
        }
    }

  return -1;
}

static void
test_table_shape (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrAttendanceTable) table = sr_attendance_table_new (f->store, f->group_id, &error);
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-01-28T12:00:00Z", NULL);
  int first = -2;

  g_assert_no_error (error);
  g_assert_cmpuint (sr_attendance_table_get_n_members (table), ==, 3);
  g_assert_cmpuint (sr_attendance_table_get_n_sessions (table), ==, 5);
  g_assert_cmpstr (sr_attendance_table_get_member_name (table, 0), ==, "Aalto, Aino");
  g_assert_true (sr_attendance_table_member_has_period (table, 0));
  g_assert_false (sr_attendance_table_member_has_period (table, 1));
  g_assert_cmpint (sr_attendance_table_find_session (table, f->session_ids[3]), ==, 3);
  g_assert_cmpint (sr_attendance_table_find_session (table, "nope"), ==, -1);
  g_assert_cmpint (sr_attendance_table_find_current_session (table, now), ==, 3);
  g_assert_true (sr_attendance_table_session_cancelled (table, 1));

  /* Cecilia was not a member on 6 January. */
  g_assert_false (sr_attendance_table_is_member_at (table, 2, 0));
  g_assert_true (sr_attendance_table_is_member_at (table, 2, 2));

  /* Past, not cancelled, someone unrecorded: sessions 0, 2, 3. */
  g_assert_cmpuint (sr_attendance_table_count_unrecorded (table, now, &first), ==, 3);
  g_assert_cmpint (first, ==, 0);
}

static void
test_table_rates (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrAttendanceTable) table = sr_attendance_table_new (f->store, f->group_id, &error);
  SrAttendanceRate rate;

  g_assert_true (sr_attendance_table_set_status (table, 0, 0, SR_ATTENDANCE_PRESENT, 0, NULL, NULL, &error));
  g_assert_true (sr_attendance_table_set_status (table, 0, 2, SR_ATTENDANCE_NO_SHOW, 0, NULL, NULL, &error));
  g_assert_true (sr_attendance_table_set_status (table, 0, 3, SR_ATTENDANCE_PARTLY_PRESENT, 45, "doctor", NULL, &error));
  g_assert_no_error (error);

  /* What the store holds. */
  g_assert_cmpint (stored_status (f, 0, 0), ==, SR_ATTENDANCE_PRESENT);
  g_assert_cmpint (stored_status (f, 0, 2), ==, SR_ATTENDANCE_NO_SHOW);
  g_assert_cmpint (stored_status (f, 0, 3), ==, SR_ATTENDANCE_PARTLY_PRESENT);
  g_assert_cmpint (sr_attendance_table_get_minutes (table, 0, 3), ==, 45);
  g_assert_cmpstr (sr_attendance_table_get_reason (table, 0, 3), ==, "doctor");
  /* Only the recorded cell was written: the other member has no row and
   * reads as not recorded. */
  g_assert_cmpint ((int) stored_status (f, 1, 0), ==, -1);
  g_assert_cmpint (sr_attendance_table_get_status (table, 1, 0), ==, SR_ATTENDANCE_NOT_RECORDED);

  /* 3 recorded, 2 attended; the future session 4 is unrecorded and left out. */
  sr_attendance_table_member_rate (table, 0, &rate);
  g_assert_true (rate.has_rate);
  g_assert_cmpuint (rate.sessions_counted, ==, 3);
  g_assert_cmpuint (rate.unrecorded, ==, 1);
  g_assert_cmpfloat_with_epsilon (rate.rate, 2.0 / 3.0, 1e-9);

  /* Nothing recorded: no rate, not 0 %. */
  sr_attendance_table_member_rate (table, 1, &rate);
  g_assert_false (rate.has_rate);
  g_assert_cmpuint (rate.unrecorded, ==, 4);

  /* A reloaded table reads the same from the store. */
  {
    g_autoptr(SrAttendanceTable) again = sr_attendance_table_new (f->store, f->group_id, &error);

    sr_attendance_table_member_rate (again, 0, &rate);
    g_assert_cmpuint (rate.sessions_counted, ==, 3);
    g_assert_cmpint (sr_attendance_table_get_status (again, 0, 3), ==, SR_ATTENDANCE_PARTLY_PRESENT);
  }
}

static void
test_table_all_present_undo (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrAttendanceTable) table = sr_attendance_table_new (f->store, f->group_id, &error);
  g_autoptr(GArray) previous = NULL;
  SrAttendanceRate rate;

  g_assert_true (sr_attendance_table_set_status (table, 1, 2, SR_ATTENDANCE_ABSENT_NOTIFIED, 0, NULL, NULL, &error));
  g_assert_true (sr_attendance_table_all_present (table, 2, &previous, &error));
  g_assert_no_error (error);
  /* Only the unrecorded two became present; the notified absence stays. */
  g_assert_cmpuint (previous->len, ==, 2);
  g_assert_cmpint (stored_status (f, 0, 2), ==, SR_ATTENDANCE_PRESENT);
  g_assert_cmpint (stored_status (f, 1, 2), ==, SR_ATTENDANCE_ABSENT_NOTIFIED);
  g_assert_cmpint (stored_status (f, 2, 2), ==, SR_ATTENDANCE_PRESENT);
  sr_attendance_table_session_rate (table, 2, &rate);
  g_assert_cmpuint (rate.present, ==, 2);

  /* Undo: write back what was there. */
  g_assert_true (sr_attendance_table_set_cells (table, (SrAttendanceCell *) previous->data,
                                                previous->len, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_status (f, 0, 2), ==, SR_ATTENDANCE_NOT_RECORDED);
  g_assert_cmpint (stored_status (f, 1, 2), ==, SR_ATTENDANCE_ABSENT_NOTIFIED);
  g_assert_cmpint (stored_status (f, 2, 2), ==, SR_ATTENDANCE_NOT_RECORDED);
}

static void
on_changed_cb (SrAttendanceTable *table,
               guint             *count)
{
  (*count)++;
}

static void
test_table_follows_store (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrAttendanceTable) table = sr_attendance_table_new (f->store, f->group_id, &error);
  g_autoptr(SrAttendance) row = sr_attendance_new (f->session_ids[4], f->client_ids[1], SR_ATTENDANCE_NO_SHOW);
  guint changed = 0;

  g_signal_connect (table, "changed", G_CALLBACK (on_changed_cb), &changed);
  g_assert_true (sr_store_save_attendance (f->store, row, &error));
  while (changed == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (sr_attendance_table_get_status (table, 1, 4), ==, SR_ATTENDANCE_NO_SHOW);
}

static void
test_feedback_summary (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint count = 99;
  double average = -1;

  g_assert_true (sr_group_feedback_summary (f->store, f->group_id, NULL, &count, &average, &error));
  g_assert_cmpuint (count, ==, 0);
  g_assert_cmpfloat (average, ==, 0);

  for (int i = 0; i < 3; i++)
    {
      g_autoptr(SrFeedback) feedback = sr_feedback_new (f->session_ids[i == 2 ? 2 : 0], 3 + i);

      g_assert_true (sr_store_save_feedback (f->store, feedback, &error));
      g_assert_no_error (error);
    }

  g_assert_true (sr_group_feedback_summary (f->store, f->group_id, f->session_ids[0], &count, &average, &error));
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpfloat_with_epsilon (average, 3.5, 1e-9);
  g_assert_true (sr_group_feedback_summary (f->store, f->group_id, NULL, &count, &average, &error));
  g_assert_cmpuint (count, ==, 3);
  g_assert_cmpfloat_with_epsilon (average, 4.0, 1e-9);
}

static void
test_table_csv_guard (Fixture       *f,
                      gconstpointer  data)
{
  static const char *names[] = { "=HYPERLINK(\"http://x\",\"y\")", "+1", " @evil" };
  g_autoptr(GError) error = NULL;
  g_autoptr(SrAttendanceTable) table = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SrClient) client = sr_store_get_client (f->store, f->client_ids[i], &error);

      g_object_set (client, "first-name", NULL, "last-name", names[i], NULL);
      g_assert_true (sr_store_save_client (f->store, client, &error));
      g_assert_no_error (error);
    }

  table = sr_attendance_table_new (f->store, f->group_id, &error);
  g_assert_true (sr_attendance_table_set_status (table, 0, 0, SR_ATTENDANCE_PRESENT, 0, NULL, NULL, &error));
  g_assert_true (sr_attendance_table_set_status (table, 0, 2, SR_ATTENDANCE_NO_SHOW, 0, NULL, NULL, &error));
  csv = sr_attendance_table_to_csv (table);
  lines = g_strsplit (csv, "\r\n", -1);

  /* Header, three members, and the empty rest after the last CRLF. */
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_true (g_str_has_prefix (lines[0], "Member,"));
  for (guint i = 1; i <= 3; i++)
    g_assert_true (g_str_has_prefix (lines[i], "'") || g_str_has_prefix (lines[i], "\"'"));
  /* The formula is text: quoted, guarded, its quotes doubled. */
  g_assert_nonnull (strstr (csv, "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
  g_assert_nonnull (strstr (csv, "\r\n'+1,"));
  g_assert_nonnull (strstr (csv, "\r\n' @evil,"));
  /* Counts and the rate stay numbers: 1 present, 0, 0, 1 no-show, 2 unrecorded, 50.0 %. */
  g_assert_nonnull (strstr (csv, ",1,0,0,1,2,50.0\r\n"));
  /* Cecilia, now " @evil", was not a member on 6 January: an empty cell. */
  g_assert_nonnull (strstr (csv, "\r\n' @evil,,"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/attendance-table/shape", Fixture, NULL, fixture_set_up, test_table_shape, fixture_tear_down);
  g_test_add ("/attendance-table/rates", Fixture, NULL, fixture_set_up, test_table_rates, fixture_tear_down);
  g_test_add ("/attendance-table/all-present-undo", Fixture, NULL, fixture_set_up, test_table_all_present_undo, fixture_tear_down);
  g_test_add ("/attendance-table/follows-store", Fixture, NULL, fixture_set_up, test_table_follows_store, fixture_tear_down);
  g_test_add ("/attendance-table/feedback-summary", Fixture, NULL, fixture_set_up, test_feedback_summary, fixture_tear_down);

  g_test_add ("/attendance-table/csv-guard", Fixture, NULL, fixture_set_up, test_table_csv_guard, fixture_tear_down);

  return g_test_run ();
}
