/* test-sessions.c: sessions from a weekly schedule, also across DST
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sr-sessions.h"

static void
test_sessions_weekly (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Helsinki");
  g_autoptr(GPtrArray) starts = NULL;
  g_autoptr(GError) error = NULL;
  const char *skip[] = { "2026-03-17", NULL };

  g_assert_nonnull (tz);
  /* Tuesdays from Wednesday 4 March to Tuesday 31 March 2026, skipping 17 March. */
  starts = sr_sessions_generate (2, "13:30", "2026-03-04", "2026-03-31", tz, skip, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (starts->len, ==, 3);
  {
    static const char *expected[] = { "2026-03-10T13:30", "2026-03-24T13:30", "2026-03-31T13:30" };

    for (guint i = 0; i < starts->len; i++)
      {
        g_autofree char *text = g_date_time_format (g_ptr_array_index (starts, i), "%Y-%m-%dT%H:%M");

        g_assert_cmpstr (text, ==, expected[i]);
        g_assert_cmpint (g_date_time_get_day_of_week (g_ptr_array_index (starts, i)), ==, 2);
      }
  }
}

/* Summer time begins in Finland on 29 March 2026 and ends on 25 October
 * 2026: the sessions stay at 17:00 local time, so their UTC time moves. */
static void
test_sessions_dst (void)
{
  g_autoptr(GPtrArray) starts = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("TZ", "Europe/Helsinki", TRUE);
  tzset ();

  starts = sr_sessions_generate (5, "17:00", "2026-03-20", "2026-04-03", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (starts->len, ==, 3);
  for (guint i = 0; i < starts->len; i++)
    {
      GDateTime *start = g_ptr_array_index (starts, i);
      g_autoptr(GDateTime) utc = g_date_time_to_utc (start);

      g_assert_cmpint (g_date_time_get_hour (start), ==, 17);
      g_assert_cmpint (g_date_time_get_minute (start), ==, 0);
      /* 20 and 27 March: winter time (UTC+2); 3 April: summer time (UTC+3). */
      g_assert_cmpint (g_date_time_get_hour (utc), ==, i < 2 ? 15 : 14);
    }

  g_clear_pointer (&starts, g_ptr_array_unref);
  starts = sr_sessions_generate (7, "10:00", "2026-10-18", "2026-11-01", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (starts->len, ==, 3);
  for (guint i = 0; i < starts->len; i++)
    {
      g_autoptr(GDateTime) utc = g_date_time_to_utc (g_ptr_array_index (starts, i));

      g_assert_cmpint (g_date_time_get_hour (g_ptr_array_index (starts, i)), ==, 10);
      /* 18 October summer time, 25 October (the change day) and 1 November winter time. */
      g_assert_cmpint (g_date_time_get_hour (utc), ==, i == 0 ? 7 : 8);
    }
}

static void
test_sessions_invalid (void)
{
  g_autoptr(GPtrArray) starts = NULL;
  GError *error = NULL;

  starts = sr_sessions_generate (0, "10:00", "2026-01-01", "2026-02-01", NULL, NULL, &error);
  g_assert_null (starts);
  g_assert_error (error, SR_SESSIONS_ERROR, SR_SESSIONS_ERROR_INVALID);
  g_clear_error (&error);

  starts = sr_sessions_generate (1, "25:00", "2026-01-01", "2026-02-01", NULL, NULL, &error);
  g_assert_error (error, SR_SESSIONS_ERROR, SR_SESSIONS_ERROR_INVALID);
  g_clear_error (&error);

  starts = sr_sessions_generate (1, "10:00", "2026-02-01", "2026-01-01", NULL, NULL, &error);
  g_assert_error (error, SR_SESSIONS_ERROR, SR_SESSIONS_ERROR_INVALID);
  g_clear_error (&error);

  starts = sr_sessions_generate (1, "10:00", "2026-01-01", NULL, NULL, NULL, &error);
  g_assert_error (error, SR_SESSIONS_ERROR, SR_SESSIONS_ERROR_INVALID);
  g_clear_error (&error);

  starts = sr_sessions_generate (1, "10:00", "2026-01-01", "2046-01-01", NULL, NULL, &error);
  g_assert_error (error, SR_SESSIONS_ERROR, SR_SESSIONS_ERROR_TOO_MANY);
  g_clear_error (&error);

  /* A range without that weekday is empty, not an error. */
  starts = sr_sessions_generate (1, "10:00", "2026-01-06", "2026-01-08", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (starts->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sessions/weekly", test_sessions_weekly);
  g_test_add_func ("/sessions/dst", test_sessions_dst);
  g_test_add_func ("/sessions/invalid", test_sessions_invalid);

  return g_test_run ();
}
