/* test-format.c: dates and times as caseworkers read and type them
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sr-format.h"
#include "sr-store-private.h"

static void
assert_parses (const char *text,
               const char *expected_iso)
{
  GDate today, date;
  g_autofree char *iso = NULL;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);

  g_assert_true (sr_parse_date (text, &today, &date));
  iso = sr_date_to_iso (&date);
  g_assert_cmpstr (iso, ==, expected_iso);
}

static void
assert_refused (const char *text)
{
  GDate today, date;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);

  g_assert_false (sr_parse_date (text, &today, &date));
  g_assert_false (g_date_valid (&date));
}

static void
test_format_parse_date (void)
{
  assert_parses ("5.3.2026", "2026-03-05");
  assert_parses (" 05.03.2026 ", "2026-03-05");
  assert_parses ("5.3.26", "2026-03-05");
  assert_parses ("5.3.80", "1980-03-05");
  assert_parses ("5.3.", "2026-03-05");
  assert_parses ("5.3", "2026-03-05");
  assert_parses ("2026-03-05", "2026-03-05");
  assert_parses ("29.2.2024", "2024-02-29");
  assert_parses ("5/3/2026", "2026-03-05");

  assert_refused ("");
  assert_refused (NULL);
  assert_refused ("29.2.2026");
  assert_refused ("31.4.2026");
  assert_refused ("32.1.2026");
  assert_refused ("1.13.2026");
  assert_refused ("5.3.202");
  assert_refused ("5.3.2026x");
  assert_refused ("huomenna");
  assert_refused ("2026-02-30");
}

static void
test_format_parse_time (void)
{
  int hour = -1, minute = -1;

  g_assert_true (sr_parse_time ("9", &hour, &minute));
  g_assert_cmpint (hour, ==, 9);
  g_assert_cmpint (minute, ==, 0);
  g_assert_true (sr_parse_time ("9.30", &hour, &minute));
  g_assert_cmpint (hour, ==, 9);
  g_assert_cmpint (minute, ==, 30);
  g_assert_true (sr_parse_time ("23:59", &hour, &minute));
  g_assert_cmpint (hour, ==, 23);
  g_assert_cmpint (minute, ==, 59);

  g_assert_false (sr_parse_time ("24", &hour, &minute));
  g_assert_false (sr_parse_time ("9.60", &hour, &minute));
  g_assert_false (sr_parse_time ("9.5", &hour, &minute));
  g_assert_false (sr_parse_time ("aamu", &hour, &minute));
  g_assert_false (sr_parse_time ("", &hour, &minute));
}

static void
test_format_iso (void)
{
  GDate date;
  g_autofree char *iso = NULL;

  g_assert_true (sr_date_from_iso ("2024-02-29", &date));
  iso = sr_date_to_iso (&date);
  g_assert_cmpstr (iso, ==, "2024-02-29");
  g_assert_false (sr_date_from_iso ("2023-02-29", &date));
  g_assert_false (sr_date_from_iso ("2023-2-28", &date));
  g_assert_false (sr_date_from_iso (NULL, &date));
  g_assert_null (sr_format_day ("not a day"));
}

static void
test_format_output (void)
{
  GDate date;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  g_autofree char *both = NULL;
  g_autoptr(GDateTime) morning = g_date_time_new_local (2026, 11, 22, 9, 5, 0);

  /* Untranslated (C locale) forms; fi and sv translate the formats to d.m.yyyy. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, G_DATE_MARCH, 2026);
  day = sr_format_date (&date);
  g_assert_cmpstr (day, ==, "2 Mar 2026");

  time = sr_format_time (morning);
  g_assert_cmpstr (time, ==, "09:05");

  both = sr_format_date_time (morning);
  g_assert_cmpstr (both, ==, "22 Nov 2026 at 09:05");

  {
    g_autofree char *a = sr_format_duration (45);
    g_autofree char *b = sr_format_duration (60);
    g_autofree char *c = sr_format_duration (90);

    g_assert_cmpstr (a, ==, "45 min");
    g_assert_cmpstr (b, ==, "1 h");
    g_assert_cmpstr (c, ==, "1 h 30 min");
  }
}

static char *
local_day_start (GTimeZone  *tz,
                 int         year,
                 int         month,
                 int         day,
                 int         hour,
                 int         minute,
                 int         days,
                 char      **iso_day)
{
  g_autoptr(GDateTime) now = g_date_time_new (tz, year, month, day, hour, minute, 0);

  g_autoptr(GDateTime) start = NULL;

  *iso_day = sr_local_day_iso (now, days);
  start = sr_local_day_start (now, days);
  return sr_store_format_time (start);
}

/* The days the "within 7 days" rules count: whole local days, as stored, also across a
 * clock change and at the turn of the year. */
static void
test_format_local_day (void)
{
  g_autoptr(GTimeZone) helsinki = g_time_zone_new_identifier ("Europe/Helsinki");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *expected_today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *today = sr_local_day_iso (NULL, 0);
  char *iso, *start;

  g_assert_nonnull (helsinki);

  /* 29 March 2026: clocks go from 03:00 to 04:00, so that day starts at +02:00 and the
   * next at +03:00. */
  start = local_day_start (helsinki, 2026, 3, 29, 1, 30, 0, &iso);
  g_assert_cmpstr (iso, ==, "2026-03-29");
  g_assert_cmpstr (start, ==, "2026-03-28T22:00:00Z");
  g_free (iso);
  g_free (start);
  start = local_day_start (helsinki, 2026, 3, 29, 1, 30, 1, &iso);
  g_assert_cmpstr (iso, ==, "2026-03-30");
  g_assert_cmpstr (start, ==, "2026-03-29T21:00:00Z");
  g_free (iso);
  g_free (start);
  /* Just after midnight: the day is still the local one, though UTC is the day before. */
  start = local_day_start (helsinki, 2026, 3, 23, 0, 30, -7, &iso);
  g_assert_cmpstr (iso, ==, "2026-03-16");
  g_assert_cmpstr (start, ==, "2026-03-15T22:00:00Z");
  g_free (iso);
  g_free (start);
  start = local_day_start (helsinki, 2026, 12, 31, 23, 30, 1, &iso);
  g_assert_cmpstr (iso, ==, "2027-01-01");
  g_assert_cmpstr (start, ==, "2026-12-31T22:00:00Z");
  g_free (iso);
  g_free (start);

  /* NULL is now, in the local time zone (unless the test ran across midnight). */
  if (g_strcmp0 (today, expected_today) != 0)
    {
      g_autoptr(GDateTime) later = g_date_time_new_now_local ();
      g_autofree char *later_today = g_date_time_format (later, "%Y-%m-%d");

      g_assert_cmpstr (today, ==, later_today);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/parse-date", test_format_parse_date);
  g_test_add_func ("/format/parse-time", test_format_parse_time);
  g_test_add_func ("/format/iso", test_format_iso);
  g_test_add_func ("/format/output", test_format_output);
  g_test_add_func ("/format/local-day", test_format_local_day);

  return g_test_run ();
}
