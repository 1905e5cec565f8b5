/* sr-client-status.h: where a client stands, for lists and the client page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "needs attention" flags of one client, with their reasons, as the
 * client list's "needs attention" filter finds them (the same rules, the
 * same SQL conditions), and a client's attendance rate in a group. A few
 * indexed queries per client: meant for the rows on screen, never for every
 * client at once.
 */

#pragma once

#include "sr-store.h"

G_BEGIN_DECLS

typedef enum /*< flags >*/
{
  SR_CLIENT_FLAG_NONE              = 0,
  SR_CLIENT_FLAG_NO_RECENT_MEETING = 1 << 0, /* open period, no meeting within 7 days either way */
  SR_CLIENT_FLAG_DECISION_ENDING   = 1 << 1, /* decision valid to within 30 days, or ended */
  SR_CLIENT_FLAG_REVIEW_OVERDUE    = 1 << 2, /* current plan's review due date passed, no review */
  SR_CLIENT_FLAG_PAST_PLANNED_END  = 1 << 3, /* open period past its planned end */
} SrClientFlags;

typedef struct
{
  gboolean       has_open_period;
  SrPhase        phase;              /* of the open period (the latest started) */
  SrClientFlags  flags;
  int            decision_days_left; /* with SR_CLIENT_FLAG_DECISION_ENDING; < 0: ended */
} SrClientStatus;

/* @now: NULL for now. Fills @out; FALSE with @error on a database error. */
gboolean sr_client_status_get       (SrStore           *store,
                                     const char        *client_id,
                                     GDateTime         *now,
                                     SrClientStatus    *out,
                                     GError           **error);

/* The client's attendance in the group's sessions (cancelled sessions left
 * out), counted with sr_rules_attendance_rate(). */
gboolean sr_client_attendance_rate  (SrStore           *store,
                                     const char        *client_id,
                                     const char        *group_id,
                                     SrAttendanceRate  *out,
                                     GError           **error);

/* A short reason for one flag ("Decision ends in 12 days"), and what to do: the words for
 * the flags, translated, as the Clients view and the client page show them. */
char       *sr_client_flag_dup_reason        (SrClientFlags         flag,
                                              const SrClientStatus *status);
const char *sr_client_flag_get_advice        (SrClientFlags         flag);
/* The reasons of all flags, joined for a list row, or NULL for none. */
char       *sr_client_status_dup_flags_text  (const SrClientStatus *status);

G_END_DECLS
