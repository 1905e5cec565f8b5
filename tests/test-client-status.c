/* test-client-status.c: a client's flags with reasons, and attendance rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sr-client-list.h"
#include "sr-client-status.h"
#include "sr-client.h"
#include "sr-group.h"
#include "sr-meeting.h"
#include "sr-period.h"
#include "sr-plan.h"
#include "sr-worker.h"

static SrStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Tila");
  SrStore *store = sr_store_open (":memory:", &error);

  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (store, worker, &error));
  sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
  return store;
}

static char *
day (GDateTime *now,
     int        days)
{
  g_autoptr(GDateTime) d = g_date_time_add_days (now, days);

  return g_date_time_format (d, "%Y-%m-%d");
}

static SrClient *
add_client (SrStore *store)
{
  g_autoptr(GError) error = NULL;
  SrClient *client = sr_client_new ("Aino", "Aaltonen");

  g_assert_true (sr_store_save_client (store, client, &error));
  g_assert_no_error (error);
  return client;
}

static void
test_status_flags (void)
{
  g_autoptr(SrStore) store = open_store ();
  g_autoptr(SrClient) client = add_client (store);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *start = day (now, -200);
  g_autofree char *planned_end = day (now, -3);
  g_autofree char *valid_to = day (now, 12);
  g_autoptr(SrPeriod) period = NULL;
  g_autoptr(SrMeeting) meeting = NULL;
  g_autoptr(GDateTime) meeting_start = g_date_time_add_days (now, 2);
  g_autoptr(GError) error = NULL;
  const char *client_id = sr_record_get_id (SR_RECORD (client));
  SrClientStatus status;

  /* No period: nothing to flag. */
  g_assert_true (sr_client_status_get (store, client_id, now, &status, &error));
  g_assert_no_error (error);
  g_assert_false (status.has_open_period);
  g_assert_cmpint (status.flags, ==, SR_CLIENT_FLAG_NONE);

  period = sr_period_new (client_id, start);
  g_object_set (period, "phase", SR_PHASE_ACTIVE, "planned-end", planned_end,
                "decision-valid-to", valid_to, NULL);
  g_assert_true (sr_store_save_period (store, period, &error));
  g_assert_no_error (error);

  g_assert_true (sr_client_status_get (store, client_id, now, &status, &error));
  g_assert_true (status.has_open_period);
  g_assert_cmpint (status.phase, ==, SR_PHASE_ACTIVE);
  g_assert_cmpint (status.flags, ==, SR_CLIENT_FLAG_NO_RECENT_MEETING
                                     | SR_CLIENT_FLAG_DECISION_ENDING
                                     | SR_CLIENT_FLAG_PAST_PLANNED_END);
  g_assert_cmpint (status.decision_days_left, ==, 12);

  /* A planned meeting in two days takes the cadence flag away. */
  meeting = sr_meeting_new (client_id, meeting_start, 60);
  g_assert_true (sr_store_save_meeting (store, meeting, &error));
  g_assert_no_error (error);
  g_assert_true (sr_client_status_get (store, client_id, now, &status, &error));
  g_assert_cmpint (status.flags, ==, SR_CLIENT_FLAG_DECISION_ENDING
                                     | SR_CLIENT_FLAG_PAST_PLANNED_END);

  /* A closed period flags nothing. */
  g_object_set (period, "phase", SR_PHASE_CLOSED, "actual-end", planned_end,
                "closing-reason", SR_CLOSING_REASON_GOALS_REACHED, NULL);
  g_assert_true (sr_store_save_period (store, period, &error));
  g_assert_no_error (error);
  g_assert_true (sr_client_status_get (store, client_id, now, &status, &error));
  g_assert_false (status.has_open_period);
  g_assert_cmpint (status.flags, ==, SR_CLIENT_FLAG_NONE);
}

static void
test_status_review_overdue (void)
{
  g_autoptr(SrStore) store = open_store ();
  g_autoptr(SrClient) client = add_client (store);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *start = day (now, -60);
  g_autofree char *due = day (now, -1);
  g_autoptr(SrPeriod) period = NULL;
  g_autoptr(SrPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  const char *client_id = sr_record_get_id (SR_RECORD (client));
  SrClientStatus status;

  period = sr_period_new (client_id, start);
  g_assert_true (sr_store_save_period (store, period, &error));
  g_assert_no_error (error);
  plan = sr_plan_new (sr_record_get_id (SR_RECORD (period)));
  g_object_set (plan, "review-due", due, NULL);
  g_assert_true (sr_store_save_plan (store, plan, &error));
  g_assert_no_error (error);

  g_assert_true (sr_client_status_get (store, client_id, now, &status, &error));
  g_assert_cmpint (status.phase, ==, SR_PHASE_ASSESSMENT);
  g_assert_true (status.flags & SR_CLIENT_FLAG_REVIEW_OVERDUE);
  g_assert_false (status.flags & SR_CLIENT_FLAG_DECISION_ENDING);
}

static void
test_attendance_rate (void)
{
  g_autoptr(SrStore) store = open_store ();
  g_autoptr(SrClient) client = add_client (store);
  g_autoptr(SrGroup) group = sr_group_new ("Kahvila");
  g_autoptr(GError) error = NULL;
  static const SrAttendanceStatus statuses[] = {
    SR_ATTENDANCE_PRESENT, SR_ATTENDANCE_PRESENT, SR_ATTENDANCE_NO_SHOW, SR_ATTENDANCE_NOT_RECORDED,
  };
  const char *client_id = sr_record_get_id (SR_RECORD (client));
  SrAttendanceRate rate;

  g_assert_true (sr_store_save_group (store, group, &error));
  g_assert_no_error (error);

  g_assert_true (sr_client_attendance_rate (store, client_id, sr_record_get_id (SR_RECORD (group)),
                                            &rate, &error));
  g_assert_false (rate.has_rate);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_local (2026, 3, 2 + i, 10, 0, 0);
      g_autoptr(SrSession) session = sr_session_new (sr_record_get_id (SR_RECORD (group)), start);
      g_autoptr(SrAttendance) attendance = NULL;

      g_assert_true (sr_store_save_session (store, session, &error));
      g_assert_no_error (error);
      attendance = sr_attendance_new (sr_record_get_id (SR_RECORD (session)), client_id, statuses[i]);
      g_assert_true (sr_store_save_attendance (store, attendance, &error));
      g_assert_no_error (error);
    }

  g_assert_true (sr_client_attendance_rate (store, client_id, sr_record_get_id (SR_RECORD (group)),
                                            &rate, &error));
  g_assert_no_error (error);
  g_assert_true (rate.has_rate);
  g_assert_cmpuint (rate.sessions_counted, ==, 3);
  g_assert_cmpuint (rate.unrecorded, ==, 1);
  g_assert_cmpfloat_with_epsilon (rate.rate, 2.0 / 3.0, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/client-status/flags", test_status_flags);
  g_test_add_func ("/client-status/review-overdue", test_status_review_overdue);
  g_test_add_func ("/client-status/attendance-rate", test_attendance_rate);

  return g_test_run ();
}
