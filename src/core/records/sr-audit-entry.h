/* sr-audit-entry.h: one row of the use or disclosure log (read-only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sr-record.h"
#include "sr-enums.h"

G_BEGIN_DECLS

#define SR_TYPE_AUDIT_ENTRY (sr_audit_entry_get_type ())

G_DECLARE_FINAL_TYPE (SrAuditEntry, sr_audit_entry, SR, AUDIT_ENTRY, SrRecord)

/* Properties (all read from the log; the store refuses to save these):
 * "log" (SrAuditLog), "time" (GDateTime), "worker-id" (ref), "action"
 * (SrAuditAction), "entity-type", "entity-id", "client-id" (string),
 * "success" (boolean), "detail" (string: ids and codes only, never personal
 * data), "basis" (string: legal or task basis of the use). */

SrAuditAction sr_audit_entry_get_action (SrAuditEntry *self);

G_END_DECLS
