/* sr-format.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-format"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sr-format.h"

char *
sr_format_date (const GDate *date)
{
  g_autoptr(GDateTime) datetime = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  if (!g_date_valid (date))
    return NULL;

  datetime = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                    g_date_get_day (date), 12, 0, 0);

  /* Translators: a date, as strftime() writes it. Finnish and Swedish: "%-d.%-m.%Y"
   * (22.11.2026). */
  return g_date_time_format (datetime, C_("date format", "%-d %b %Y"));
}

char *
sr_format_day (const char *iso_day)
{
  GDate date;

  if (!sr_date_from_iso (iso_day, &date))
    return NULL;

  return sr_format_date (&date);
}

char *
sr_format_time (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (datetime != NULL, NULL);

  local = g_date_time_to_local (datetime);

  /* Translators: a time of day, as strftime() writes it. Finnish and Swedish use 24-hour
   * time: "%H.%M" or "%H:%M". */
  return g_date_time_format (local, C_("time format", "%H:%M"));
}

char *
sr_format_date_time (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  GDate day;

  g_return_val_if_fail (datetime != NULL, NULL);

  local = g_date_time_to_local (datetime);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  date = sr_format_date (&day);
  time = sr_format_time (local);

  /* Translators: a date (first) and a time of day (second), e.g. "22.11.2026 klo 9.30". */
  return g_strdup_printf (C_("date and time", "%1$s at %2$s"), date, time);
}

char *
sr_format_duration (int minutes)
{
  int hours = minutes / 60;

  if (minutes < 60)
    /* Translators: a duration in minutes */
    return g_strdup_printf (_("%d min"), minutes);

  if (minutes % 60 == 0)
    /* Translators: a duration in whole hours */
    return g_strdup_printf (_("%d h"), hours);

  /* Translators: a duration in hours and minutes */
  return g_strdup_printf (_("%d h %d min"), hours, minutes % 60);
}

char *
sr_local_day_iso (GDateTime *now,
                  int        days)
{
  g_autoptr(GDateTime) base = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (base, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

GDateTime *
sr_local_day_start (GDateTime *now,
                    int        days)
{
  g_autoptr(GDateTime) base = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (base, days);
  /* From the date, not by subtracting hours: a day with a clock change is 23 or 25 hours. */
  return g_date_time_new (g_date_time_get_timezone (day), g_date_time_get_year (day),
                          g_date_time_get_month (day), g_date_time_get_day_of_month (day),
                          0, 0, 0);
}

static gboolean
parse_number (const char  *text,
              const char **end,
              guint        max_digits,
              int         *value)
{
  const char *p = text;
  int result = 0;

  while (g_ascii_isdigit (*p) && (guint) (p - text) < max_digits)
    result = result * 10 + (*p++ - '0');

  if (p == text || g_ascii_isdigit (*p))
    return FALSE;

  *end = p;
  *value = result;

  return TRUE;
}

gboolean
sr_parse_date (const char  *text,
               const GDate *today,
               GDate       *date)
{
  g_autofree char *stripped = NULL;
  const char *p;
  int day, month, year;
  GDate local_today;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);

  if (text == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (text));
  p = stripped;

  if (today == NULL)
    {
      g_date_clear (&local_today, 1);
      g_date_set_time_t (&local_today, time (NULL));
      today = &local_today;
    }

  /* ISO 8601: 2026-03-05 */
  if (sr_date_from_iso (stripped, date))
    return TRUE;

  /* d.m.yyyy, d.m.yy, d.m. and d.m; also with / or - between the parts */
  if (!parse_number (p, &p, 2, &day) || (*p != '.' && *p != '/' && *p != '-'))
    return FALSE;
  p++;
  if (!parse_number (p, &p, 2, &month))
    return FALSE;

  if (*p == '\0' || (p[0] == '.' && p[1] == '\0'))
    {
      year = g_date_get_year (today);
    }
  else
    {
      const char *year_start;

      if (*p != '.' && *p != '/' && *p != '-')
        return FALSE;
      year_start = ++p;
      if (!parse_number (p, &p, 4, &year) || *p != '\0')
        return FALSE;
      if (p - year_start == 2)
        /* Two digits: the century that puts the date nearest today. */
        year += (year + 2000 > (int) g_date_get_year (today) + 50) ? 1900 : 2000;
      else if (p - year_start != 4)
        return FALSE;
    }

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);

  return TRUE;
}

gboolean
sr_parse_time (const char *text,
               int        *hour,
               int        *minute)
{
  g_autofree char *stripped = NULL;
  const char *p;
  int h, m = 0;

  g_return_val_if_fail (hour != NULL && minute != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (text));
  p = stripped;

  if (!parse_number (p, &p, 2, &h))
    return FALSE;

  if (*p == '.' || *p == ':')
    {
      const char *minute_start = ++p;

      if (!parse_number (p, &p, 2, &m) || p - minute_start != 2)
        return FALSE;
    }

  if (*p != '\0' || h > 23 || m > 59)
    return FALSE;

  *hour = h;
  *minute = m;

  return TRUE;
}

char *
sr_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

gboolean
sr_date_from_iso (const char *iso_day,
                  GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);

  if (iso_day == NULL || strlen (iso_day) != 10 || iso_day[4] != '-' || iso_day[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso_day[i]))
      return FALSE;

  year = atoi (iso_day);
  month = atoi (iso_day + 5);
  day = atoi (iso_day + 8);

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);

  return TRUE;
}
