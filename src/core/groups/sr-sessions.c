/* sr-sessions.c: group sessions from a weekly schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-sessions"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-format.h"
#include "sr-sessions.h"

G_DEFINE_QUARK (sr-sessions-error-quark, sr_sessions_error)

GPtrArray *
sr_sessions_generate (int                 weekday,
                      const char         *time,
                      const char         *start_day,
                      const char         *end_day,
                      GTimeZone          *tz,
                      const char * const *skip_days,
                      GError            **error)
{
  g_autoptr(GPtrArray) starts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GTimeZone) local = NULL;
  GDate start, end, day;
  int hour, minute;

  if (weekday < 1 || weekday > 7 || time == NULL || !sr_parse_time (time, &hour, &minute))
    {
      g_set_error_literal (error, SR_SESSIONS_ERROR, SR_SESSIONS_ERROR_INVALID,
                           _("The group needs a weekday and a time to plan its sessions."));
      return NULL;
    }
  if (start_day == NULL || end_day == NULL
      || !sr_date_from_iso (start_day, &start) || !sr_date_from_iso (end_day, &end))
    {
      g_set_error_literal (error, SR_SESSIONS_ERROR, SR_SESSIONS_ERROR_INVALID,
                           _("The group needs a start and an end date to plan its sessions."));
      return NULL;
    }
  if (g_date_compare (&end, &start) < 0)
    {
      g_set_error_literal (error, SR_SESSIONS_ERROR, SR_SESSIONS_ERROR_INVALID,
                           _("The end date is before the start date."));
      return NULL;
    }

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  day = start;
  /* GDateWeekday: Monday = 1 … Sunday = 7, as ours. */
  while (g_date_get_weekday (&day) != (GDateWeekday) weekday)
    g_date_add_days (&day, 1);

  for (; g_date_compare (&day, &end) <= 0; g_date_add_days (&day, 7))
    {
      g_autofree char *iso = sr_date_to_iso (&day);

      if (skip_days != NULL && g_strv_contains (skip_days, iso))
        continue;
      if (starts->len >= SR_SESSIONS_MAX)
        {
          g_set_error (error, SR_SESSIONS_ERROR, SR_SESSIONS_ERROR_TOO_MANY,
                       _("That would make more than %d sessions: check the end date."),
                       SR_SESSIONS_MAX);
          return NULL;
        }

      /* A wall-clock time on each day: the UTC offset follows summer time. */
      g_ptr_array_add (starts, g_date_time_new (tz, g_date_get_year (&day),
                                                g_date_get_month (&day),
                                                g_date_get_day (&day),
                                                hour, minute, 0));
    }

  return g_steal_pointer (&starts);
}
