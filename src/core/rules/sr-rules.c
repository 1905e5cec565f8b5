/* sr-rules.c: rules for periods, decisions, meeting cadence and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-rules"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sr-format.h"
#include "sr-rules.h"

G_DEFINE_QUARK (sr-rules-error-quark, sr_rules_error)

static const char * const attendance_ids[SR_ATTENDANCE_N_STATUSES] = {
  [SR_ATTENDANCE_NOT_RECORDED] = "not-recorded",
  [SR_ATTENDANCE_PRESENT] = "present",
  [SR_ATTENDANCE_PARTLY_PRESENT] = "partly-present",
  [SR_ATTENDANCE_ABSENT_NOTIFIED] = "absent-notified",
  [SR_ATTENDANCE_NO_SHOW] = "no-show",
};

static GDate
date_plus_months (const GDate *date,
                  guint        months)
{
  GDate result = *date;

  /* Calendar months; 31.1. + 3 months is 30.4., 30.11. + 3 months is 28.2. or 29.2. */
  g_date_add_months (&result, months);
  return result;
}

/* Calendar days from the date of @now to the date of @when, both in @now's time zone. */
static gboolean
calendar_days_between (GDateTime *now,
                       GDateTime *when,
                       int       *days)
{
  g_autoptr(GDateTime) local = NULL;
  GDate today;
  GDate day;

  local = g_date_time_to_timezone (when, g_date_time_get_timezone (now));
  if (local == NULL)
    return FALSE;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today,
                  (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
  g_date_clear (&day, 1);
  g_date_set_dmy (&day,
                  (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));

  *days = g_date_days_between (&today, &day);
  return TRUE;
}

static gboolean
meeting_within_cadence (GDateTime *now,
                        GDateTime *meeting)
{
  int days;

  if (meeting == NULL || !calendar_days_between (now, meeting, &days))
    return FALSE;

  return ABS (days) <= SR_RULES_CADENCE_DAYS;
}

/**
 * sr_rules_check_period_length:
 * @start: the period's start date
 * @planned_end: the period's planned end date
 *
 * Checks the planned length against 3–12 calendar months. Exactly 3 and
 * exactly 12 months are fine: start + 3 months ≤ end ≤ start + 12 months,
 * counted with g_date_add_months().
 *
 * Returns: whether the length is fine, or why not
 */
SrPeriodLengthCheck
sr_rules_check_period_length (const GDate *start,
                              const GDate *planned_end)
{
  GDate shortest;
  GDate longest;

  g_return_val_if_fail (start != NULL && g_date_valid (start), SR_PERIOD_LENGTH_OK);
  g_return_val_if_fail (planned_end != NULL && g_date_valid (planned_end), SR_PERIOD_LENGTH_OK);

  if (g_date_compare (planned_end, start) < 0)
    return SR_PERIOD_LENGTH_END_BEFORE_START;

  shortest = date_plus_months (start, SR_RULES_PERIOD_MIN_MONTHS);
  if (g_date_compare (planned_end, &shortest) < 0)
    return SR_PERIOD_LENGTH_TOO_SHORT;

  longest = date_plus_months (start, SR_RULES_PERIOD_MAX_MONTHS);
  if (g_date_compare (planned_end, &longest) > 0)
    return SR_PERIOD_LENGTH_TOO_LONG;

  return SR_PERIOD_LENGTH_OK;
}

/**
 * sr_rules_period_length_warning:
 * @check: a result of sr_rules_check_period_length()
 *
 * Returns: (nullable): a translated warning for a caseworker, or %NULL for
 *   %SR_PERIOD_LENGTH_OK
 */
const char *
sr_rules_period_length_warning (SrPeriodLengthCheck check)
{
  switch (check)
    {
    case SR_PERIOD_LENGTH_OK:
      return NULL;
    case SR_PERIOD_LENGTH_TOO_SHORT:
      return _("The planned period is shorter than 3 months. "
               "A rehabilitation period usually lasts 3–12 months.");
    case SR_PERIOD_LENGTH_TOO_LONG:
      return _("The planned period is longer than 12 months. "
               "A rehabilitation period usually lasts 3–12 months.");
    case SR_PERIOD_LENGTH_END_BEFORE_START:
      return _("The planned end date is before the start date.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * sr_rules_validate_period_dates:
 * @start: the start date
 * @end: (nullable): the end date, or %NULL while the period is open
 * @error: return location for a #SR_RULES_ERROR
 *
 * An end date is never before the start date; the same day is allowed.
 *
 * Returns: %TRUE if the dates can be saved
 */
gboolean
sr_rules_validate_period_dates (const GDate  *start,
                                const GDate  *end,
                                GError      **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (start == NULL || !g_date_valid (start))
    {
      g_set_error_literal (error, SR_RULES_ERROR, SR_RULES_ERROR_INVALID_DATE,
                           _("The period needs a start date."));
      return FALSE;
    }

  if (end == NULL)
    return TRUE;

  if (!g_date_valid (end))
    {
      g_set_error_literal (error, SR_RULES_ERROR, SR_RULES_ERROR_INVALID_DATE,
                           _("The end date is not a valid date."));
      return FALSE;
    }

  if (g_date_compare (end, start) < 0)
    {
      g_set_error_literal (error, SR_RULES_ERROR, SR_RULES_ERROR_END_BEFORE_START,
                           _("The end date is before the start date. "
                             "A period cannot end before it starts."));
      return FALSE;
    }

  return TRUE;
}

/**
 * sr_rules_decision_expiring:
 * @valid_to: the last day the decision is valid
 * @today: today's date
 * @days_left: (out) (optional): days from @today to @valid_to; 0 on the
 *   last day, negative once the decision has expired
 *
 * Returns: %TRUE if the decision ends within %SR_RULES_DECISION_WARNING_DAYS
 *   days (inclusive) or has already ended
 */
gboolean
sr_rules_decision_expiring (const GDate *valid_to,
                            const GDate *today,
                            int         *days_left)
{
  int days;

  g_return_val_if_fail (valid_to != NULL && g_date_valid (valid_to), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  days = g_date_days_between (today, valid_to);
  if (days_left != NULL)
    *days_left = days;

  return days <= SR_RULES_DECISION_WARNING_DAYS;
}

/**
 * sr_rules_cadence_flagged:
 * @period_active: whether the client has an active rehabilitation period
 * @last_held_or_planned_meeting_before_now: (nullable): start of the latest
 *   individual meeting at or before @now
 * @next_planned_meeting: (nullable): start of the next planned individual
 *   meeting after @now
 * @now: the current time
 *
 * See %SR_RULES_CADENCE_DAYS for the rule.
 *
 * Returns: %TRUE if the client should be flagged
 */
gboolean
sr_rules_cadence_flagged (gboolean   period_active,
                          GDateTime *last_held_or_planned_meeting_before_now,
                          GDateTime *next_planned_meeting,
                          GDateTime *now)
{
  g_return_val_if_fail (now != NULL, FALSE);

  if (!period_active)
    return FALSE;

  return !meeting_within_cadence (now, last_held_or_planned_meeting_before_now) &&
         !meeting_within_cadence (now, next_planned_meeting);
}

/**
 * sr_rules_attendance_rate:
 * @statuses: (array length=n) (nullable): attendance of past sessions
 * @n: number of statuses
 * @out: (out caller-allocates): the counts and rate
 *
 * Unrecorded attendance is not an absence: it is left out of the rate and
 * counted in @out->unrecorded so that it can be flagged. Partly present
 * counts as attended. When nothing is counted, @out->has_rate is %FALSE
 * and @out->rate is 0, never NaN.
 */
void
sr_rules_attendance_rate (const SrAttendanceStatus *statuses,
                          gsize                     n,
                          SrAttendanceRate         *out)
{
  g_return_if_fail (statuses != NULL || n == 0);
  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);

  for (gsize i = 0; i < n; i++)
    g_return_if_fail (sr_attendance_status_is_valid (statuses[i]));

  for (gsize i = 0; i < n; i++)
    {
      switch (statuses[i])
        {
        case SR_ATTENDANCE_NOT_RECORDED:
          out->unrecorded++;
          break;
        case SR_ATTENDANCE_PRESENT:
          out->present++;
          break;
        case SR_ATTENDANCE_PARTLY_PRESENT:
          out->partly++;
          break;
        case SR_ATTENDANCE_ABSENT_NOTIFIED:
          out->absent_notified++;
          break;
        case SR_ATTENDANCE_NO_SHOW:
          out->no_show++;
          break;
        default:
          g_assert_not_reached ();
        }
    }

  out->sessions_counted = out->present + out->partly + out->absent_notified + out->no_show;
  out->has_rate = out->sessions_counted > 0;
  if (out->has_rate)
    out->rate = (double) (out->present + out->partly) / out->sessions_counted;
}

/**
 * sr_attendance_status_is_valid:
 * @status: a value that may be an #SrAttendanceStatus
 *
 * Returns: %TRUE if @status is one of the defined statuses
 */
gboolean
sr_attendance_status_is_valid (SrAttendanceStatus status)
{
  return (int) status >= 0 && (int) status < SR_ATTENDANCE_N_STATUSES;
}

/**
 * sr_attendance_status_to_string:
 * @status: an attendance status
 *
 * Returns: (transfer none): a stable lowercase identifier for storage, like
 *   "no-show"; never translated
 */
const char *
sr_attendance_status_to_string (SrAttendanceStatus status)
{
  g_return_val_if_fail (sr_attendance_status_is_valid (status), NULL);

  return attendance_ids[status];
}

/**
 * sr_attendance_status_from_string:
 * @string: an identifier from sr_attendance_status_to_string()
 * @status: (out) (optional): the status
 *
 * Returns: %TRUE if @string is a known identifier; @status is untouched otherwise
 */
gboolean
sr_attendance_status_from_string (const char         *string,
                                  SrAttendanceStatus *status)
{
  g_return_val_if_fail (string != NULL, FALSE);

  for (guint i = 0; i < SR_ATTENDANCE_N_STATUSES; i++)
    {
      if (strcmp (string, attendance_ids[i]) == 0)
        {
          if (status != NULL)
            *status = (SrAttendanceStatus) i;
          return TRUE;
        }
    }

  return FALSE;
}

void
sr_rules_cadence_window (GDateTime  *now,
                         GDateTime **from,
                         GDateTime **to)
{
  g_return_if_fail (from != NULL && to != NULL);

  *from = sr_local_day_start (now, -SR_RULES_CADENCE_DAYS);
  *to = sr_local_day_start (now, SR_RULES_CADENCE_DAYS + 1);
}
