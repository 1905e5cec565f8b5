/* sr-rules.h: rules for periods, decisions, meeting cadence and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions on plain values; the store feeds them.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SR_RULES_ERROR (sr_rules_error_quark ())

typedef enum
{
  SR_RULES_ERROR_INVALID_DATE,
  SR_RULES_ERROR_END_BEFORE_START,
} SrRulesError;

GQuark sr_rules_error_quark (void);

/* Periods ---------------------------------------------------------------- */

/* A rehabilitation period is planned to last 3–12 calendar months. Outside
 * that the app warns but does not forbid. */
#define SR_RULES_PERIOD_MIN_MONTHS 3
#define SR_RULES_PERIOD_MAX_MONTHS 12

typedef enum
{
  SR_PERIOD_LENGTH_OK,
  SR_PERIOD_LENGTH_TOO_SHORT,
  SR_PERIOD_LENGTH_TOO_LONG,
  SR_PERIOD_LENGTH_END_BEFORE_START,
} SrPeriodLengthCheck;

SrPeriodLengthCheck sr_rules_check_period_length   (const GDate          *start,
                                                    const GDate          *planned_end);
const char         *sr_rules_period_length_warning (SrPeriodLengthCheck   check);
gboolean            sr_rules_validate_period_dates (const GDate          *start,
                                                    const GDate          *end,
                                                    GError              **error);

/* Decisions -------------------------------------------------------------- */

/* Warn this many days before a decision's validity ends. */
#define SR_RULES_DECISION_WARNING_DAYS 30

gboolean sr_rules_decision_expiring (const GDate *valid_to,
                                     const GDate *today,
                                     int         *days_left);

/* Meeting cadence -------------------------------------------------------- */

/* Intensified individual work means meeting at least weekly.
 *
 * The rule (domain: "Active period and no held or planned individual meeting
 * within 7 days: flag the client"): a client is flagged when their period is
 * active, and neither the latest held (or planned) individual meeting up to
 * now, nor the next planned individual meeting, falls within
 * SR_RULES_CADENCE_DAYS calendar days of today.
 *
 * Days are calendar days in the time zone of @now, ignoring the time of day:
 * a meeting on Monday keeps the client unflagged until the end of the next
 * Monday (7 days), and a meeting planned for next Monday counts today. A
 * missing meeting (%NULL) never counts. An inactive period is never flagged. */
#define SR_RULES_CADENCE_DAYS 7

gboolean sr_rules_cadence_flagged (gboolean   period_active,
                                   GDateTime *last_held_or_planned_meeting_before_now,
                                   GDateTime *next_planned_meeting,
                                   GDateTime *now);

/* Attendance ------------------------------------------------------------- */

typedef enum
{
  SR_ATTENDANCE_NOT_RECORDED,
  SR_ATTENDANCE_PRESENT,
  SR_ATTENDANCE_PARTLY_PRESENT,
  SR_ATTENDANCE_ABSENT_NOTIFIED,
  SR_ATTENDANCE_NO_SHOW,
} SrAttendanceStatus;

#define SR_ATTENDANCE_N_STATUSES (SR_ATTENDANCE_NO_SHOW + 1)

typedef struct
{
  guint    sessions_counted;  /* present + partly + absent_notified + no_show */
  guint    present;
  guint    partly;
  guint    absent_notified;
  guint    no_show;
  guint    unrecorded;        /* left out of the rate; flag these */
  double   rate;              /* (present + partly) / sessions_counted, 0–1 */
  gboolean has_rate;          /* FALSE when nothing was counted; rate is then 0 */
} SrAttendanceRate;

void        sr_rules_attendance_rate          (const SrAttendanceStatus *statuses,
                                               gsize                     n,
                                               SrAttendanceRate         *out);
gboolean    sr_attendance_status_is_valid     (SrAttendanceStatus        status);
const char *sr_attendance_status_to_string    (SrAttendanceStatus        status);
gboolean    sr_attendance_status_from_string  (const char               *string,
                                               SrAttendanceStatus       *status);

/* The days the cadence rule looks at around @now: from the start of the local day
 * SR_RULES_CADENCE_DAYS ago (@from) to the start of the day after the one
 * SR_RULES_CADENCE_DAYS ahead (@to), whole local days also across a clock change. */
void        sr_rules_cadence_window            (GDateTime   *now,
                                                GDateTime  **from,
                                                GDateTime  **to);

G_END_DECLS
