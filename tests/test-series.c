/* test-series.c: weekly series in Europe/Helsinki local time, across DST
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sr-series.h"

static GTimeZone *
helsinki (void)
{
  GTimeZone *tz = g_time_zone_new_identifier ("Europe/Helsinki");

  g_assert_nonnull (tz);
  return tz;
}

static void
test_series_across_autumn_dst (void)
{
  g_autoptr(GTimeZone) tz = helsinki ();
  g_autoptr(GDateTime) first = g_date_time_new (tz, 2026, 10, 13, 10, 0, 0);
  g_autoptr(GPtrArray) occurrences = NULL;
  const char *expected_utc[] = {
    "2026-10-13T07:00:00Z", /* EEST, UTC+3 */
    "2026-10-20T07:00:00Z",
    "2026-10-27T08:00:00Z", /* EET from 25 Oct, UTC+2 */
    "2026-11-03T08:00:00Z",
    "2026-11-10T08:00:00Z",
  };
  GDate until;

  g_date_clear (&until, 1);
  g_date_set_dmy (&until, 10, 11, 2026);
  occurrences = sr_series_weekly (first, &until, 0);

  g_assert_cmpuint (occurrences->len, ==, G_N_ELEMENTS (expected_utc));
  for (guint i = 0; i < occurrences->len; i++)
    {
      GDateTime *when = g_ptr_array_index (occurrences, i);
      g_autoptr(GDateTime) utc = g_date_time_to_utc (when);
      g_autofree char *text = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
      g_autoptr(GDateTime) local = g_date_time_to_timezone (when, tz);

      g_assert_cmpstr (text, ==, expected_utc[i]);
      g_assert_cmpint (g_date_time_get_hour (local), ==, 10);
      g_assert_cmpint (g_date_time_get_minute (local), ==, 0);
      g_assert_cmpint (g_date_time_get_day_of_week (local), ==, 2); /* Tuesday */
      g_assert_true (sr_series_same_slot (first, when));
    }
}

static void
test_series_across_spring_dst (void)
{
  g_autoptr(GTimeZone) tz = helsinki ();
  /* Sunday 29 March 2026 clocks go forward at 03:00. */
  g_autoptr(GDateTime) first = g_date_time_new (tz, 2026, 3, 23, 9, 30, 0);
  g_autoptr(GPtrArray) occurrences = NULL;
  GDate until;

  g_date_clear (&until, 1);
  g_date_set_dmy (&until, 6, 4, 2026);
  occurrences = sr_series_weekly (first, &until, 0);
  g_assert_cmpuint (occurrences->len, ==, 3);
  for (guint i = 0; i < occurrences->len; i++)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (g_ptr_array_index (occurrences, i), tz);

      g_assert_cmpint (g_date_time_get_hour (local), ==, 9);
      g_assert_cmpint (g_date_time_get_minute (local), ==, 30);
    }
  g_assert_cmpint (g_date_time_get_utc_offset (g_ptr_array_index (occurrences, 0)) / G_TIME_SPAN_HOUR, ==, 2);
  g_assert_cmpint (g_date_time_get_utc_offset (g_ptr_array_index (occurrences, 1)) / G_TIME_SPAN_HOUR, ==, 3);
}

static void
test_series_limits (void)
{
  g_autoptr(GTimeZone) tz = helsinki ();
  g_autoptr(GDateTime) first = g_date_time_new (tz, 2026, 1, 6, 10, 0, 0);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) capped = NULL;
  g_autoptr(GPtrArray) same_day = NULL;
  GDate until;

  g_date_clear (&until, 1);
  /* An end before the start still gives the first meeting only. */
  g_date_set_dmy (&until, 1, 1, 2026);
  before = sr_series_weekly (first, &until, 0);
  g_assert_cmpuint (before->len, ==, 1);

  /* The last day itself is included. */
  g_date_set_dmy (&until, 13, 1, 2026);
  same_day = sr_series_weekly (first, &until, 0);
  g_assert_cmpuint (same_day->len, ==, 2);

  g_date_set_dmy (&until, 31, 12, 2030);
  capped = sr_series_weekly (first, &until, 0);
  g_assert_cmpuint (capped->len, ==, SR_SERIES_MAX_OCCURRENCES);
}

static void
test_series_same_slot (void)
{
  g_autoptr(GTimeZone) tz = helsinki ();
  g_autoptr(GDateTime) a = g_date_time_new (tz, 2026, 10, 13, 10, 0, 0);
  g_autoptr(GDateTime) b = g_date_time_new (tz, 2026, 11, 3, 10, 0, 0);
  g_autoptr(GDateTime) b_utc = g_date_time_to_utc (b);
  g_autoptr(GDateTime) c = g_date_time_new (tz, 2026, 11, 3, 11, 0, 0);
  g_autoptr(GDateTime) d = g_date_time_new (tz, 2026, 11, 4, 10, 0, 0);
  GDate day;

  g_assert_true (sr_series_same_slot (a, b));
  g_assert_true (sr_series_same_slot (a, b_utc));
  g_assert_false (sr_series_same_slot (a, c));
  g_assert_false (sr_series_same_slot (a, d));

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 3, 11, 2026);
  {
    g_autoptr(GDateTime) moved = sr_series_move_to_day (a, &day);

    g_assert_true (g_date_time_equal (moved, b));
  }
}

/* A series planned from the dialog ends by default where the client's period
 * is planned to end, else eight weeks on, on the day seen in Finland. */
static void
test_series_default_until (void)
{
  g_autoptr(GTimeZone) tz = helsinki ();
  g_autoptr(GDateTime) first = g_date_time_new (tz, 2026, 10, 13, 10, 0, 0);
  /* 00:30 in Helsinki is still the day before in UTC. */
  g_autoptr(GDateTime) early = g_date_time_new (tz, 2026, 9, 1, 0, 30, 0);
  g_autofree char *planned = sr_series_default_until (first, "2026-11-30");
  g_autofree char *weeks = sr_series_default_until (first, NULL);
  g_autofree char *early_weeks = sr_series_default_until (early, NULL);
  g_autofree char *no_start = sr_series_default_until (NULL, "2026-11-30");

  g_assert_cmpstr (planned, ==, "2026-11-30");
  /* Across the change from summer time: still the same weekday. */
  g_assert_cmpstr (weeks, ==, "2026-12-08");
  g_assert_cmpstr (early_weeks, ==, "2026-10-27");
  g_assert_cmpstr (no_start, ==, "2026-11-30");
  g_assert_null (sr_series_default_until (NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  /* Before the first GTimeZone use: local time is Finland's. */
  g_setenv ("TZ", "Europe/Helsinki", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/series/autumn-dst", test_series_across_autumn_dst);
  g_test_add_func ("/series/spring-dst", test_series_across_spring_dst);
  g_test_add_func ("/series/limits", test_series_limits);
  g_test_add_func ("/series/same-slot", test_series_same_slot);
  g_test_add_func ("/series/default-until", test_series_default_until);

  return g_test_run ();
}
