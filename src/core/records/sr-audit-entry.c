/* sr-audit-entry.c: one row of the use or disclosure log (read-only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-audit-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-audit-entry.h"
#include "sr-record-private.h"
#include "sr-types.h"

struct _SrAuditEntry
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrAuditEntry, sr_audit_entry, SR_TYPE_RECORD)

/* The columns the store reads back; the chain columns (seq, prev_hash,
 * hash) are not part of the object. */
static const SrField audit_fields[] = {
  SR_F_ENUM ("log", sr_audit_log_get_type, SR_AUDIT_LOG_USE),
  SR_F_DATETIME ("time"),
  SR_F_REF ("worker-id"),
  SR_F_ENUM ("action", sr_audit_action_get_type, SR_AUDIT_ACTION_VIEW),
  SR_F_STRING ("entity-type"),
  SR_F_STRING ("entity-id"),
  SR_F_STRING ("client-id"),
  SR_F_BOOL ("success", TRUE),
  SR_F_STRING ("detail"),
  SR_F_STRING ("basis"),
};

static gboolean
sr_audit_entry_validate (SrRecord  *record,
                         GError   **error)
{
  g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED,
                       _("The audit log cannot be edited."));
  return FALSE;
}

static void
sr_audit_entry_class_init (SrAuditEntryClass *klass)
{
  SrRecordClass *record_class = SR_RECORD_CLASS (klass);

  record_class->validate = sr_audit_entry_validate;
  sr_record_class_install_fields (record_class, SR_ENTITY_AUDIT, "audit_log",
                                  audit_fields, G_N_ELEMENTS (audit_fields));
}

static void
sr_audit_entry_init (SrAuditEntry *self)
{
}

SrAuditAction
sr_audit_entry_get_action (SrAuditEntry *self)
{
  SrAuditAction action;

  g_return_val_if_fail (SR_IS_AUDIT_ENTRY (self), SR_AUDIT_ACTION_VIEW);

  g_object_get (self, "action", &action, NULL);
  return action;
}
