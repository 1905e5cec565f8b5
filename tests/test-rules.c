/* test-rules.c: period, decision, cadence and attendance rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sr-labels.h"
#include "sr-rules.h"

static GDate
dmy (guint day,
     guint month,
     guint year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  g_assert_true (g_date_valid (&date));
  return date;
}

static SrPeriodLengthCheck
check_length (guint d1, guint m1, guint y1,
              guint d2, guint m2, guint y2)
{
  GDate start = dmy (d1, m1, y1);
  GDate end = dmy (d2, m2, y2);

  return sr_rules_check_period_length (&start, &end);
}

static void
test_period_length_bounds (void)
{
  /* Exactly 3 and exactly 12 months are fine. */
  g_assert_cmpint (check_length (1, 1, 2025, 1, 4, 2025), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (1, 1, 2025, 1, 1, 2026), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (1, 1, 2025, 1, 7, 2025), ==, SR_PERIOD_LENGTH_OK);

  /* 2 months 30 days is too short, one day past 12 months too long. */
  g_assert_cmpint (check_length (1, 1, 2025, 31, 3, 2025), ==, SR_PERIOD_LENGTH_TOO_SHORT);
  g_assert_cmpint (check_length (15, 1, 2025, 14, 4, 2025), ==, SR_PERIOD_LENGTH_TOO_SHORT);
  g_assert_cmpint (check_length (15, 1, 2025, 15, 4, 2025), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (1, 1, 2025, 2, 1, 2026), ==, SR_PERIOD_LENGTH_TOO_LONG);
  g_assert_cmpint (check_length (15, 6, 2025, 15, 6, 2026), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (15, 6, 2025, 16, 6, 2026), ==, SR_PERIOD_LENGTH_TOO_LONG);

  /* Same day: not before the start, but far too short. */
  g_assert_cmpint (check_length (1, 1, 2025, 1, 1, 2025), ==, SR_PERIOD_LENGTH_TOO_SHORT);
  g_assert_cmpint (check_length (1, 1, 2025, 31, 12, 2024), ==, SR_PERIOD_LENGTH_END_BEFORE_START);
}

static void
test_period_length_month_ends (void)
{
  /* 31.1. + 3 months is 30.4. (April has 30 days). */
  g_assert_cmpint (check_length (31, 1, 2025, 30, 4, 2025), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (31, 1, 2025, 29, 4, 2025), ==, SR_PERIOD_LENGTH_TOO_SHORT);
  /* 31.5. + 3 months is 31.8. */
  g_assert_cmpint (check_length (31, 5, 2025, 31, 8, 2025), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (31, 5, 2025, 30, 8, 2025), ==, SR_PERIOD_LENGTH_TOO_SHORT);
  /* 31.3. + 12 months is 31.3. */
  g_assert_cmpint (check_length (31, 3, 2025, 31, 3, 2026), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (31, 3, 2025, 1, 4, 2026), ==, SR_PERIOD_LENGTH_TOO_LONG);
  /* 30.4. + 3 months is 30.7., not 31.7. */
  g_assert_cmpint (check_length (30, 4, 2025, 30, 7, 2025), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (30, 4, 2025, 29, 7, 2025), ==, SR_PERIOD_LENGTH_TOO_SHORT);
}

static void
test_period_length_leap_days (void)
{
  /* 30.11. + 3 months ends on the last day of February. */
  g_assert_cmpint (check_length (30, 11, 2023, 29, 2, 2024), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (30, 11, 2023, 28, 2, 2024), ==, SR_PERIOD_LENGTH_TOO_SHORT);
  g_assert_cmpint (check_length (30, 11, 2024, 28, 2, 2025), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (30, 11, 2024, 27, 2, 2025), ==, SR_PERIOD_LENGTH_TOO_SHORT);

  /* Starting on a leap day: + 12 months is 28.2. the next year. */
  g_assert_cmpint (check_length (29, 2, 2024, 28, 2, 2025), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (29, 2, 2024, 1, 3, 2025), ==, SR_PERIOD_LENGTH_TOO_LONG);
  g_assert_cmpint (check_length (29, 2, 2024, 29, 5, 2024), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (29, 2, 2024, 28, 5, 2024), ==, SR_PERIOD_LENGTH_TOO_SHORT);

  /* A period over a leap day is still measured in months, not days. */
  g_assert_cmpint (check_length (1, 2, 2024, 1, 5, 2024), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (1, 3, 2023, 29, 2, 2024), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (1, 3, 2024, 1, 3, 2025), ==, SR_PERIOD_LENGTH_OK);
  g_assert_cmpint (check_length (1, 3, 2024, 2, 3, 2025), ==, SR_PERIOD_LENGTH_TOO_LONG);
}

static void
test_period_length_warning (void)
{
  const char *short_text = sr_rules_period_length_warning (SR_PERIOD_LENGTH_TOO_SHORT);
  const char *long_text = sr_rules_period_length_warning (SR_PERIOD_LENGTH_TOO_LONG);
  const char *before_text = sr_rules_period_length_warning (SR_PERIOD_LENGTH_END_BEFORE_START);

  g_assert_null (sr_rules_period_length_warning (SR_PERIOD_LENGTH_OK));
  g_assert_nonnull (short_text);
  g_assert_nonnull (long_text);
  g_assert_nonnull (before_text);
  g_assert_nonnull (strstr (short_text, "shorter than 3 months"));
  g_assert_nonnull (strstr (long_text, "longer than 12 months"));
  g_assert_cmpstr (before_text, !=, short_text);
}

static void
test_period_dates_validate (void)
{
  GDate start = dmy (15, 1, 2025);
  GDate same = dmy (15, 1, 2025);
  GDate later = dmy (16, 1, 2025);
  GDate before = dmy (14, 1, 2025);
  GDate cleared;
  g_autoptr(GError) error = NULL;

  g_date_clear (&cleared, 1);

  g_assert_true (sr_rules_validate_period_dates (&start, &same, &error));
  g_assert_no_error (error);
  g_assert_true (sr_rules_validate_period_dates (&start, &later, &error));
  g_assert_no_error (error);
  /* An open period has no end yet. */
  g_assert_true (sr_rules_validate_period_dates (&start, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (sr_rules_validate_period_dates (&start, &before, &error));
  g_assert_error (error, SR_RULES_ERROR, SR_RULES_ERROR_END_BEFORE_START);
  g_assert_nonnull (strstr (error->message, "before the start date"));
  g_clear_error (&error);

  g_assert_false (sr_rules_validate_period_dates (NULL, &later, &error));
  g_assert_error (error, SR_RULES_ERROR, SR_RULES_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_assert_false (sr_rules_validate_period_dates (&cleared, NULL, &error));
  g_assert_error (error, SR_RULES_ERROR, SR_RULES_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_assert_false (sr_rules_validate_period_dates (&start, &cleared, &error));
  g_assert_error (error, SR_RULES_ERROR, SR_RULES_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_assert_false (sr_rules_validate_period_dates (&start, &before, NULL));
}

static void
test_decision_expiring (void)
{
  GDate today = dmy (1, 3, 2025);
  GDate in_30 = dmy (31, 3, 2025);
  GDate in_31 = dmy (1, 4, 2025);
  GDate last_day = dmy (1, 3, 2025);
  GDate expired = dmy (28, 2, 2025);
  GDate far = dmy (1, 3, 2026);
  int days_left = 12345;

  g_assert_true (sr_rules_decision_expiring (&in_30, &today, &days_left));
  g_assert_cmpint (days_left, ==, 30);
  g_assert_cmpint (days_left, ==, SR_RULES_DECISION_WARNING_DAYS);

  g_assert_false (sr_rules_decision_expiring (&in_31, &today, &days_left));
  g_assert_cmpint (days_left, ==, 31);

  g_assert_true (sr_rules_decision_expiring (&last_day, &today, &days_left));
  g_assert_cmpint (days_left, ==, 0);

  g_assert_true (sr_rules_decision_expiring (&expired, &today, &days_left));
  g_assert_cmpint (days_left, ==, -1);

  g_assert_false (sr_rules_decision_expiring (&far, &today, &days_left));
  g_assert_cmpint (days_left, ==, 365);

  g_assert_true (sr_rules_decision_expiring (&in_30, &today, NULL));
}

static void
test_decision_expiring_leap_year (void)
{
  GDate today = dmy (30, 1, 2024);
  GDate leap_day = dmy (29, 2, 2024);
  GDate march_1 = dmy (1, 3, 2024);
  GDate today_2025 = dmy (30, 1, 2025);
  GDate march_1_2025 = dmy (1, 3, 2025);
  int days_left;

  g_assert_true (sr_rules_decision_expiring (&leap_day, &today, &days_left));
  g_assert_cmpint (days_left, ==, 30);
  g_assert_false (sr_rules_decision_expiring (&march_1, &today, &days_left));
  g_assert_cmpint (days_left, ==, 31);
  /* No 29.2. in 2025: 1.3. is 30 days after 30.1. */
  g_assert_true (sr_rules_decision_expiring (&march_1_2025, &today_2025, &days_left));
  g_assert_cmpint (days_left, ==, 30);
}

static GDateTime *
utc (int year, int month, int day, int hour, int minute)
{
  GDateTime *dt = g_date_time_new_utc (year, month, day, hour, minute, 0);

  g_assert_nonnull (dt);
  return dt;
}

static void
test_cadence_basic (void)
{
  g_autoptr(GDateTime) now = utc (2025, 3, 10, 12, 0);
  g_autoptr(GDateTime) yesterday = utc (2025, 3, 9, 10, 0);
  g_autoptr(GDateTime) tomorrow = utc (2025, 3, 11, 10, 0);

  /* No active period: never flagged. */
  g_assert_false (sr_rules_cadence_flagged (FALSE, NULL, NULL, now));

  /* Active with no meetings at all: flagged. */
  g_assert_true (sr_rules_cadence_flagged (TRUE, NULL, NULL, now));

  g_assert_false (sr_rules_cadence_flagged (TRUE, yesterday, NULL, now));
  g_assert_false (sr_rules_cadence_flagged (TRUE, NULL, tomorrow, now));
  g_assert_false (sr_rules_cadence_flagged (TRUE, yesterday, tomorrow, now));

  /* A meeting earlier today or later today counts. */
  g_assert_false (sr_rules_cadence_flagged (TRUE, now, NULL, now));
}

static void
test_cadence_seven_days (void)
{
  g_autoptr(GDateTime) now = utc (2025, 3, 10, 12, 0);
  g_autoptr(GDateTime) last_7_early = utc (2025, 3, 3, 8, 0);
  g_autoptr(GDateTime) last_7_late = utc (2025, 3, 3, 23, 59);
  g_autoptr(GDateTime) last_8 = utc (2025, 3, 2, 23, 59);
  g_autoptr(GDateTime) next_7 = utc (2025, 3, 17, 23, 0);
  g_autoptr(GDateTime) next_8 = utc (2025, 3, 18, 0, 30);
  g_autoptr(GDateTime) late_now = utc (2025, 3, 10, 23, 59);

  /* Exactly 7 calendar days ago or ahead is within the cadence. */
  g_assert_false (sr_rules_cadence_flagged (TRUE, last_7_early, NULL, now));
  g_assert_false (sr_rules_cadence_flagged (TRUE, last_7_late, NULL, now));
  g_assert_false (sr_rules_cadence_flagged (TRUE, NULL, next_7, now));
  /* Time of day does not matter: 7 days 15 hours 59 minutes is still 7 days. */
  g_assert_false (sr_rules_cadence_flagged (TRUE, last_7_early, NULL, late_now));

  /* 8 days is too long. */
  g_assert_true (sr_rules_cadence_flagged (TRUE, last_8, NULL, now));
  g_assert_true (sr_rules_cadence_flagged (TRUE, NULL, next_8, now));
  g_assert_true (sr_rules_cadence_flagged (TRUE, last_8, next_8, now));

  /* Either meeting alone is enough. */
  g_assert_false (sr_rules_cadence_flagged (TRUE, last_8, next_7, now));
  g_assert_false (sr_rules_cadence_flagged (TRUE, last_7_late, next_8, now));

  g_assert_cmpint (SR_RULES_CADENCE_DAYS, ==, 7);
}

static void
test_cadence_time_zone (void)
{
  g_autoptr(GTimeZone) helsinki_winter = g_time_zone_new_identifier ("+02:00");
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) meeting = NULL;

  g_assert_nonnull (helsinki_winter);

  /* Now is 10.3. 00:30 local (9.3. 22:30 UTC). The meeting was 2.3. 22:30 UTC,
   * which is 3.3. 00:30 local: 7 local days ago, so within the cadence,
   * though its UTC date is 8 days before the local date of now. */
  now = g_date_time_new (helsinki_winter, 2025, 3, 10, 0, 30, 0);
  meeting = utc (2025, 3, 2, 22, 30);
  g_assert_false (sr_rules_cadence_flagged (TRUE, meeting, NULL, now));

  g_clear_pointer (&meeting, g_date_time_unref);
  meeting = utc (2025, 3, 2, 21, 59);   /* 2.3. 23:59 local: 8 days */
  g_assert_true (sr_rules_cadence_flagged (TRUE, meeting, NULL, now));
}

static void
test_attendance_rate_mixed (void)
{
  const SrAttendanceStatus statuses[] = {
    SR_ATTENDANCE_PRESENT,
    SR_ATTENDANCE_PARTLY_PRESENT,
    SR_ATTENDANCE_ABSENT_NOTIFIED,
    SR_ATTENDANCE_NO_SHOW,
    SR_ATTENDANCE_NOT_RECORDED,
    SR_ATTENDANCE_PRESENT,
  };
  SrAttendanceRate rate;

  sr_rules_attendance_rate (statuses, G_N_ELEMENTS (statuses), &rate);

  g_assert_cmpuint (rate.present, ==, 2);
  g_assert_cmpuint (rate.partly, ==, 1);
  g_assert_cmpuint (rate.absent_notified, ==, 1);
  g_assert_cmpuint (rate.no_show, ==, 1);
  g_assert_cmpuint (rate.unrecorded, ==, 1);
  /* The unrecorded session is not counted as an absence. */
  g_assert_cmpuint (rate.sessions_counted, ==, 5);
  g_assert_true (rate.has_rate);
  g_assert_cmpfloat_with_epsilon (rate.rate, 3.0 / 5.0, 1e-12);
}

static void
test_attendance_rate_edges (void)
{
  const SrAttendanceStatus unrecorded[] = {
    SR_ATTENDANCE_NOT_RECORDED, SR_ATTENDANCE_NOT_RECORDED, SR_ATTENDANCE_NOT_RECORDED,
  };
  const SrAttendanceStatus all_present[] = { SR_ATTENDANCE_PRESENT, SR_ATTENDANCE_PRESENT };
  const SrAttendanceStatus all_absent[] = { SR_ATTENDANCE_NO_SHOW, SR_ATTENDANCE_ABSENT_NOTIFIED };
  const SrAttendanceStatus partly[] = { SR_ATTENDANCE_PARTLY_PRESENT, SR_ATTENDANCE_NOT_RECORDED };
  SrAttendanceRate rate;

  /* All unrecorded: flagged, and no rate rather than 0 % or NaN. */
  memset (&rate, 0xff, sizeof rate);
  sr_rules_attendance_rate (unrecorded, G_N_ELEMENTS (unrecorded), &rate);
  g_assert_cmpuint (rate.unrecorded, ==, 3);
  g_assert_cmpuint (rate.sessions_counted, ==, 0);
  g_assert_cmpuint (rate.present + rate.partly + rate.absent_notified + rate.no_show, ==, 0);
  g_assert_false (rate.has_rate);
  g_assert_false (isnan (rate.rate));
  g_assert_cmpfloat (rate.rate, ==, 0.0);

  /* Nothing at all. */
  memset (&rate, 0xff, sizeof rate);
  sr_rules_attendance_rate (NULL, 0, &rate);
  g_assert_cmpuint (rate.unrecorded, ==, 0);
  g_assert_cmpuint (rate.sessions_counted, ==, 0);
  g_assert_false (rate.has_rate);
  g_assert_cmpfloat (rate.rate, ==, 0.0);

  sr_rules_attendance_rate (all_present, G_N_ELEMENTS (all_present), &rate);
  g_assert_true (rate.has_rate);
  g_assert_cmpfloat (rate.rate, ==, 1.0);

  sr_rules_attendance_rate (all_absent, G_N_ELEMENTS (all_absent), &rate);
  g_assert_true (rate.has_rate);
  g_assert_cmpfloat (rate.rate, ==, 0.0);
  g_assert_cmpuint (rate.sessions_counted, ==, 2);

  /* Partly present counts as attended. */
  sr_rules_attendance_rate (partly, G_N_ELEMENTS (partly), &rate);
  g_assert_true (rate.has_rate);
  g_assert_cmpfloat (rate.rate, ==, 1.0);
  g_assert_cmpuint (rate.unrecorded, ==, 1);
}

static void
test_attendance_strings (void)
{
  const struct {
    SrAttendanceStatus status;
    const char *id;
    const char *label;
  } expected[] = {
    { SR_ATTENDANCE_NOT_RECORDED, "not-recorded", "Not recorded" },
    { SR_ATTENDANCE_PRESENT, "present", "Present" },
    { SR_ATTENDANCE_PARTLY_PRESENT, "partly-present", "Partly present" },
    { SR_ATTENDANCE_ABSENT_NOTIFIED, "absent-notified", "Absent, notified" },
    { SR_ATTENDANCE_NO_SHOW, "no-show", "No-show" },
  };
  const char *unknown[] = { "", "Present", "absent", "no_show", "present ", "not recorded" };
  SrAttendanceStatus status;

  g_assert_cmpuint (G_N_ELEMENTS (expected), ==, SR_ATTENDANCE_N_STATUSES);

  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_true (sr_attendance_status_is_valid (expected[i].status));
      g_assert_cmpstr (sr_attendance_status_to_string (expected[i].status), ==, expected[i].id);
      g_assert_cmpstr (sr_attendance_status_get_label (expected[i].status), ==, expected[i].label);

      status = SR_ATTENDANCE_N_STATUSES;
      g_assert_true (sr_attendance_status_from_string (expected[i].id, &status));
      g_assert_cmpint (status, ==, expected[i].status);
    }

  g_assert_true (sr_attendance_status_from_string ("no-show", NULL));

  for (gsize i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      status = SR_ATTENDANCE_PRESENT;
      g_assert_false (sr_attendance_status_from_string (unknown[i], &status));
      g_assert_cmpint (status, ==, SR_ATTENDANCE_PRESENT);
    }

  g_assert_false (sr_attendance_status_is_valid ((SrAttendanceStatus) SR_ATTENDANCE_N_STATUSES));
  g_assert_false (sr_attendance_status_is_valid ((SrAttendanceStatus) -1));
}

static void
test_attendance_invalid_status (void)
{
  if (g_test_subprocess ())
    {
      sr_attendance_status_to_string ((SrAttendanceStatus) 99);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*sr_attendance_status_is_valid*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rules/period/length-bounds", test_period_length_bounds);
  g_test_add_func ("/rules/period/length-month-ends", test_period_length_month_ends);
  g_test_add_func ("/rules/period/length-leap-days", test_period_length_leap_days);
  g_test_add_func ("/rules/period/length-warning", test_period_length_warning);
  g_test_add_func ("/rules/period/dates-validate", test_period_dates_validate);
  g_test_add_func ("/rules/decision/expiring", test_decision_expiring);
  g_test_add_func ("/rules/decision/expiring-leap-year", test_decision_expiring_leap_year);
  g_test_add_func ("/rules/cadence/basic", test_cadence_basic);
  g_test_add_func ("/rules/cadence/seven-days", test_cadence_seven_days);
  g_test_add_func ("/rules/cadence/time-zone", test_cadence_time_zone);
  g_test_add_func ("/rules/attendance/rate-mixed", test_attendance_rate_mixed);
  g_test_add_func ("/rules/attendance/rate-edges", test_attendance_rate_edges);
  g_test_add_func ("/rules/attendance/strings", test_attendance_strings);
  g_test_add_func ("/rules/attendance/invalid-status", test_attendance_invalid_status);

  return g_test_run ();
}
