/* sr-sessions.h: group sessions from a weekly schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions: no store. A group meets on one weekday at one local time;
 * its sessions are that weekday of every week from the start date to the
 * end date, both included, at the same local (wall-clock) time also across
 * daylight saving time changes.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SR_SESSIONS_ERROR (sr_sessions_error_quark ())

typedef enum
{
  SR_SESSIONS_ERROR_INVALID,   /* weekday, time or dates missing or wrong */
  SR_SESSIONS_ERROR_TOO_MANY,  /* more than SR_SESSIONS_MAX */
} SrSessionsError;

/* Ten years of weekly sessions: more is a typing error in the end date. */
#define SR_SESSIONS_MAX 520

GQuark     sr_sessions_error_quark (void);

/* Start times (GDateTime in @tz, NULL: local) of the sessions on @weekday
 * (1 = Monday … 7) at @time ("HH:MM") from @start_day to @end_day ("YYYY-MM-DD",
 * both included). Days listed in @skip_days (ISO days that already have a
 * session; may be NULL) are left out. Returns a GPtrArray of GDateTime
 * (possibly empty), or NULL with @error. */
GPtrArray *sr_sessions_generate    (int                 weekday,
                                    const char         *time,
                                    const char         *start_day,
                                    const char         *end_day,
                                    GTimeZone          *tz,
                                    const char * const *skip_days,
                                    GError            **error);

G_END_DECLS
