/* sr-period.h: a rehabilitation period (kuntoutusjakso) with its decision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sr-record.h"
#include "sr-enums.h"

G_BEGIN_DECLS

#define SR_TYPE_PERIOD (sr_period_get_type ())

G_DECLARE_FINAL_TYPE (SrPeriod, sr_period, SR, PERIOD, SrRecord)

/* Properties:
 *  "client-id" (ref, required), "worker-id" (ref: responsible worker),
 *  "start-date" (date, required), "planned-end" (date), "actual-end" (date)
 *   — no end may be before the start (refused on save),
 *  "orientation" (SrOrientation), "phase" (SrPhase),
 *  "closing-reason" (SrClosingReason), "closing-note" (string),
 *  decision (SHL 17 §): "decision-number" (string), "decision-date" (date),
 *  "decided-by" (string), "decision-valid-from", "decision-valid-to" (date),
 *  "legal-basis" (string, default "SHL 17 §").
 */

SrPeriod   *sr_period_new           (const char *client_id,
                                     const char *start_date);
const char *sr_period_get_client_id (SrPeriod   *self);
SrPhase     sr_period_get_phase     (SrPeriod   *self);
/* Open: not in the Closed phase and without an actual end. Every "current period" rule
 * (the client list's filters, the flags, the calendar, group membership) means this. */
gboolean    sr_period_is_open       (SrPeriod   *self);

/* The same condition in SQL, on the periods table named @alias (a string literal:
 * SR_PERIOD_OPEN_SQL ("p")), parenthesised. */
#define SR_PERIOD_OPEN_SQL(alias) \
  "(" alias ".phase <> 'closed' AND " alias ".actual_end IS NULL)"

G_END_DECLS
