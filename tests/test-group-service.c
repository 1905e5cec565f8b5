/* test-group-service.c: sessions planned from a schedule, membership, attendance, feedback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fictitious people only.
 */

#include "config.h"

#include <sqlite3.h>

#include "sr-attendance-table.h"
#include "sr-group-service.h"
#include "sr-sessions.h"
#include "sr-store-private.h"
#include "sr-client.h"
#include "sr-group.h"
#include "sr-record.h"
#include "sr-store.h"
#include "sr-worker.h"

typedef struct
{
  SrStore        *store;
  SrGroupService *service;
  SrGroup        *group;
  char           *client_ids[3];  /* Aalto, Berg, Cederlöf */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Testi Työntekijä");
  static const char * const names[] = { "Aalto", "Berg", "Cederlöf" };

  f->store = sr_store_open (":memory:", &error);
  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (f->store, worker, &error));
  sr_store_set_current_worker (f->store, sr_record_get_id (SR_RECORD (worker)));

  /* Added in reverse, so that the name order is not the order of saving. */
  for (int i = G_N_ELEMENTS (names) - 1; i >= 0; i--)
    {
      g_autoptr(SrClient) client = sr_client_new ("Testi", names[i]);

      g_assert_true (sr_store_save_client (f->store, client, &error));
      f->client_ids[i] = g_strdup (sr_record_get_id (SR_RECORD (client)));
    }

  f->group = sr_group_new ("Tiistairyhmä");
  g_object_set (f->group, "weekday", 2, "time", "13:00", "start-date", "2024-03-05",
                "end-date", "2024-04-09", "duration", 90, "location", "Kerhohuone", NULL);
  g_assert_true (sr_store_save_group (f->store, f->group, &error));
  g_assert_no_error (error);

  f->service = sr_group_service_new (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->service);
  g_clear_object (&f->group);
  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (f->client_ids); i++)
    g_free (f->client_ids[i]);
}

static const char *
group_id (Fixture *f)
{
  return sr_record_get_id (SR_RECORD (f->group));
}

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = sr_store_prepare (f->store, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
test_plan_sessions (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(SrSession) own = NULL;
  g_autoptr(GDateTime) own_start = g_date_time_new_local (2024, 3, 12, 15, 0, 0);

  /* A session added by hand on 12 March: that day is left as it is. */
  own = sr_session_new (group_id (f), own_start);
  g_assert_true (sr_store_save_session (f->store, own, &error));

  sessions = sr_group_service_plan_sessions (f->service, group_id (f), &error);
  g_assert_no_error (error);
  /* Tuesdays 5 March … 9 April: six, one of them already there. */
  g_assert_cmpuint (sessions->len, ==, 5);
  for (guint i = 0; i < sessions->len; i++)
    {
      SrRecord *session = g_ptr_array_index (sessions, i);
      g_autoptr(GDateTime) local = g_date_time_to_local (sr_record_get_datetime (session, "start"));
      g_autofree char *day = g_date_time_format (local, "%m-%d %H:%M");

      g_assert_nonnull (sr_record_get_id (session));
      g_assert_cmpint (sr_record_get_int (session, "duration"), ==, 90);
      g_assert_cmpstr (sr_record_get_string (session, "location"), ==, "Kerhohuone");
      g_assert_cmpstr (day, !=, "03-12 13:00");
      g_assert_cmpint (g_date_time_get_hour (local), ==, 13);
    }
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM sessions"), ==, 6);

  /* Planning again plans nothing new, as the group page expects. */
  again = sr_group_service_plan_sessions (f->service, group_id (f), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM sessions"), ==, 6);
}

static void
test_plan_sessions_all_or_nothing (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* The fourth session cannot be written (a normal trigger: a batch
   * changes temp_store, which drops TEMP ones). */
  g_assert_cmpint (sqlite3_exec (sr_store_get_db (f->store),
                                 "CREATE TRIGGER refuse BEFORE INSERT ON sessions"
                                 " WHEN NEW.start LIKE '2024-03-26%'"
                                 " BEGIN SELECT RAISE (ABORT, 'refused'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_null (sr_group_service_plan_sessions (f->service, group_id (f), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM sessions"), ==, 0);

  /* A schedule without a weekday cannot be planned. */
  g_object_set (f->group, "weekday", 0, NULL);
  g_assert_true (sr_store_save_group (f->store, f->group, &error));
  g_assert_null (sr_group_service_plan_sessions (f->service, group_id (f), &error));
  g_assert_error (error, SR_SESSIONS_ERROR, SR_SESSIONS_ERROR_INVALID);
}

static void
test_membership (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrMembership) first = NULL;
  g_autoptr(SrMembership) second = NULL;
  g_autoptr(SrMembership) stored = NULL;

  first = sr_group_service_add_member (f->service, group_id (f), f->client_ids[0], "2024-03-01", &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);

  /* Still a member: refused. */
  g_assert_null (sr_group_service_add_member (f->service, group_id (f), f->client_ids[0], "2024-04-01",
                                              &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* Leaving before joining is refused; a blank reason is none. */
  g_assert_false (sr_group_service_end_membership (f->service, sr_record_get_id (SR_RECORD (first)),
                                                   "2024-02-01", NULL, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (sr_group_service_end_membership (f->service, sr_record_get_id (SR_RECORD (first)),
                                                  "2024-03-20", "  ", &error));
  g_assert_no_error (error);
  stored = sr_store_get_membership (f->store, sr_record_get_id (SR_RECORD (first)), &error);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "left"), ==, "2024-03-20");
  g_assert_null (sr_record_get_string (SR_RECORD (stored), "reason"));

  /* Left on the 20th: a member again from the 21st, not on the 20th. */
  g_assert_null (sr_group_service_add_member (f->service, group_id (f), f->client_ids[0], "2024-03-20",
                                              &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  second = sr_group_service_add_member (f->service, group_id (f), f->client_ids[0], "2024-03-21", &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
}

static SrSession *
plan_one_session (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_local (2024, 3, 12, 13, 0, 0);
  SrSession *session = sr_session_new (group_id (f), start);

  g_assert_true (sr_store_save_session (f->store, session, &error));
  g_assert_no_error (error);
  return session;
}

static void
test_attendance_writes_one_row (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrSession) session = plan_one_session (f);
  g_autoptr(SrAttendanceTable) table = NULL;
  g_autoptr(GPtrArray) members = NULL;
  const char *session_id = sr_record_get_id (SR_RECORD (session));
  g_autoptr(SrMembership) late = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SrMembership) membership = sr_group_service_add_member (f->service, group_id (f),
                                                                        f->client_ids[i], "2024-03-01", &error);

      g_assert_no_error (error);
    }
  /* Joined after the session. */
  late = sr_group_service_add_member (f->service, group_id (f), f->client_ids[2], "2024-03-15", &error);

  members = sr_group_service_session_members (f->service, session_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (members, 0), ==, f->client_ids[0]);
  g_assert_cmpstr (g_ptr_array_index (members, 1), ==, f->client_ids[1]);

  /* The first key in an unrecorded session: one row, no placeholders. */
  g_assert_true (sr_group_service_record_attendance (f->service, session_id, f->client_ids[1],
                                                     SR_ATTENDANCE_PARTLY_PRESENT, 45, "Lähti aiemmin",
                                                     &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attendance"), ==, 1);

  /* The sheet reads the member without a row as not recorded. */
  table = sr_attendance_table_new (f->store, group_id (f), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sr_attendance_table_get_n_members (table), ==, 3);
  g_assert_true (sr_attendance_table_is_member_at (table, 0, 0));
  g_assert_cmpint (sr_attendance_table_get_status (table, 0, 0), ==, SR_ATTENDANCE_NOT_RECORDED);
  g_assert_cmpint (sr_attendance_table_get_status (table, 1, 0), ==, SR_ATTENDANCE_PARTLY_PRESENT);
  g_assert_cmpint (sr_attendance_table_get_minutes (table, 1, 0), ==, 45);
  g_assert_false (sr_attendance_table_is_member_at (table, 2, 0));

  /* The same key again: the row is updated, not doubled; minutes and
   * reason only belong to partly present. */
  g_assert_true (sr_group_service_record_attendance (f->service, session_id, f->client_ids[1],
                                                     SR_ATTENDANCE_PRESENT, 45, "Lähti aiemmin", &error));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attendance"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attendance"
                               " WHERE status = 'present' AND minutes = 0 AND reason IS NULL"), ==, 1);

  /* Not a member on the session's day. */
  g_assert_false (sr_group_service_record_attendance (f->service, session_id, f->client_ids[2],
                                                      SR_ATTENDANCE_PRESENT, 0, NULL, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attendance"), ==, 1);
}

static void
test_save_session (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_local (2024, 3, 12, 13, 0, 0);
  g_autoptr(SrSession) session = sr_session_new (group_id (f), start);
  g_autoptr(SrSession) stale = NULL;
  g_autoptr(SrSession) stored = NULL;
  g_autoptr(SrSession) orphan = sr_session_new ("no-such-group", start);

  g_assert_true (sr_group_service_save_session (f->service, session, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sr_record_get_id (SR_RECORD (session)));
  stale = sr_store_get_session (f->store, sr_record_get_id (SR_RECORD (session)), &error);

  /* An edit is saved; a copy read before it is refused, not written over it. */
  g_object_set (session, "topic", "Kevään retki", NULL);
  g_assert_true (sr_group_service_save_session (f->service, session, &error));
  g_object_set (stale, "topic", "Vanha aihe", NULL);
  g_assert_false (sr_group_service_save_session (f->service, stale, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  stored = sr_store_get_session (f->store, sr_record_get_id (SR_RECORD (session)), &error);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "topic"), ==, "Kevään retki");

  /* A session of no group is listed nowhere: refused, nothing written. */
  g_assert_false (sr_group_service_save_session (f->service, orphan, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND);
  g_assert_null (sr_record_get_id (SR_RECORD (orphan)));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM sessions"), ==, 1);
}

static void
test_feedback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrSession) session = plan_one_session (f);
  g_autoptr(SrFeedback) anonymous = sr_feedback_new (sr_record_get_id (SR_RECORD (session)), 4);
  g_autoptr(SrFeedback) named = sr_feedback_new (sr_record_get_id (SR_RECORD (session)), 5);

  g_object_set (anonymous, "text", "  \n", NULL);
  g_assert_true (sr_group_service_add_feedback (f->service, anonymous, &error));
  g_assert_no_error (error);
  g_assert_true (sr_record_get_boolean (SR_RECORD (anonymous), "anonymous"));
  g_assert_null (sr_record_get_string (SR_RECORD (anonymous), "text"));

  g_object_set (named, "client-id", f->client_ids[0], "text", " Hyvä ", NULL);
  g_assert_true (sr_group_service_add_feedback (f->service, named, &error));
  g_assert_false (sr_record_get_boolean (SR_RECORD (named), "anonymous"));
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (named), "text"), ==, "Hyvä");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM feedback"), ==, 2);

  /* Feedback entered by mistake is deleted; the other stays. */
  g_assert_true (sr_group_service_delete_feedback (f->service, sr_record_get_id (SR_RECORD (named)), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM feedback"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM feedback WHERE anonymous = 1"), ==, 1);
  g_assert_false (sr_group_service_delete_feedback (f->service, sr_record_get_id (SR_RECORD (named)), &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND);
}

static void
test_save_group (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrGroup) copy = NULL;
  g_autoptr(SrGroup) group = sr_group_new ("Torstairyhmä");

  g_object_set (group, "weekday", 4, "time", "10:00", "start-date", "2024-03-07", NULL);
  g_assert_true (sr_group_service_save_group (f->service, group, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sr_record_get_id (SR_RECORD (group)));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM groups"), ==, 2);

  /* An edit of a copy read before someone else's edit: the store's conflict. */
  copy = sr_store_get_group (f->store, group_id (f), &error);
  g_object_set (f->group, "location", "Sali", NULL);
  g_assert_true (sr_group_service_save_group (f->service, f->group, &error));
  g_object_set (copy, "location", "Keittiö", NULL);
  g_assert_false (sr_group_service_save_group (f->service, copy, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  sr_store_set_current_worker (f->store, NULL);
  g_object_set (f->group, "location", NULL, NULL);
  g_assert_false (sr_group_service_save_group (f->service, f->group, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NO_WORKER);
}

static void
test_remove_membership (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrMembership) kept = NULL;
  g_autoptr(SrMembership) mistaken = NULL;

  kept = sr_group_service_add_member (f->service, group_id (f), f->client_ids[0], "2024-03-05", &error);
  g_assert_no_error (error);
  mistaken = sr_group_service_add_member (f->service, group_id (f), f->client_ids[1], "2024-03-05", &error);
  g_assert_no_error (error);

  g_assert_true (sr_group_service_remove_membership (f->service, sr_record_get_id (SR_RECORD (mistaken)), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM memberships"), ==, 1);
  g_assert_false (sr_group_service_remove_membership (f->service, sr_record_get_id (SR_RECORD (mistaken)), &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Helsinki", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/group-service/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("plan-sessions", test_plan_sessions);
  ADD ("save-session", test_save_session);
  ADD ("plan-sessions-all-or-nothing", test_plan_sessions_all_or_nothing);
  ADD ("membership", test_membership);
  ADD ("attendance-writes-one-row", test_attendance_writes_one_row);
  ADD ("feedback", test_feedback);
  ADD ("save-group", test_save_group);
  ADD ("remove-membership", test_remove_membership);

  return g_test_run ();
}
