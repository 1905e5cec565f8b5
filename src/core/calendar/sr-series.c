/* sr-series.c: weekly series of meetings in local time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-series"

#include "config.h"

#include "sr-series.h"

GDateTime *
sr_series_move_to_day (GDateTime   *when,
                       const GDate *day)
{
  g_return_val_if_fail (when != NULL, NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  /* g_date_time_new() in the zone keeps the wall-clock time; adding days to
   * a GDateTime would too, but going through the date is explicit about it. */
  return g_date_time_new (g_date_time_get_timezone (when),
                          g_date_get_year (day), g_date_get_month (day),
                          g_date_get_day (day),
                          g_date_time_get_hour (when), g_date_time_get_minute (when),
                          g_date_time_get_second (when));
}

GPtrArray *
sr_series_weekly (GDateTime   *first,
                  const GDate *until,
                  guint        max_occurrences)
{
  GPtrArray *occurrences;
  GDate day;

  g_return_val_if_fail (first != NULL, NULL);
  g_return_val_if_fail (until != NULL && g_date_valid (until), NULL);

  if (max_occurrences == 0)
    max_occurrences = SR_SERIES_MAX_OCCURRENCES;

  occurrences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_ptr_array_add (occurrences, g_date_time_ref (first));

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (first),
                  g_date_time_get_month (first), g_date_time_get_year (first));

  while (occurrences->len < max_occurrences)
    {
      g_date_add_days (&day, 7);
      if (g_date_compare (&day, until) > 0)
        break;
      g_ptr_array_add (occurrences, sr_series_move_to_day (first, &day));
    }

  return occurrences;
}

gboolean
sr_series_same_slot (GDateTime *a,
                     GDateTime *b)
{
  g_autoptr(GDateTime) local_b = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  local_b = g_date_time_to_timezone (b, g_date_time_get_timezone (a));

  return g_date_time_get_day_of_week (a) == g_date_time_get_day_of_week (local_b)
         && g_date_time_get_hour (a) == g_date_time_get_hour (local_b)
         && g_date_time_get_minute (a) == g_date_time_get_minute (local_b);
}

char *
sr_series_default_until (GDateTime  *first,
                         const char *planned_end)
{
  g_autoptr(GDateTime) later = NULL;

  if (planned_end != NULL)
    return g_strdup (planned_end);
  if (first == NULL)
    return NULL;

  /* In @first's zone, as the series itself: the day the caseworker sees. */
  later = g_date_time_add_weeks (first, SR_SERIES_DEFAULT_WEEKS);
  return g_date_time_format (later, "%Y-%m-%d");
}
