/* sr-period.c: a rehabilitation period (kuntoutusjakso) with its decision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-period"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-period.h"
#include "sr-record-private.h"
#include "sr-rules.h"
#include "sr-types.h"

struct _SrPeriod
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrPeriod, sr_period, SR_TYPE_RECORD)

static const SrField period_fields[] = {
  SR_F_REF ("client-id"),
  SR_F_REF ("worker-id"),
  SR_F_DATE ("start-date"),
  SR_F_DATE ("planned-end"),
  SR_F_DATE ("actual-end"),
  SR_F_ENUM ("orientation", sr_orientation_get_type, SR_ORIENTATION_UNSET),
  SR_F_ENUM ("phase", sr_phase_get_type, SR_PHASE_ASSESSMENT),
  SR_F_ENUM ("closing-reason", sr_closing_reason_get_type, SR_CLOSING_REASON_NONE),
  SR_F_STRING ("closing-note"),
  SR_F_STRING ("decision-number"),
  SR_F_DATE ("decision-date"),
  SR_F_STRING ("decided-by"),
  SR_F_DATE ("decision-valid-from"),
  SR_F_DATE ("decision-valid-to"),
  SR_F_STRING ("legal-basis"),
};

static gboolean
check_order (const GDate  *start,
             const GDate  *end,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_date_valid (start) || !g_date_valid (end))
    return TRUE;

  if (!sr_rules_validate_period_dates (start, end, &local_error))
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
sr_period_validate (SrRecord  *record,
                    GError   **error)
{
  GDate start, planned_end, actual_end, valid_from, valid_to;

  if (!sr_record_check_required (record, "client-id", _("The client"), error)
      || !sr_record_check_date (record, "start-date", _("The start date"), TRUE, &start, error)
      || !sr_record_check_date (record, "planned-end", _("The planned end date"), FALSE,
                                &planned_end, error)
      || !sr_record_check_date (record, "actual-end", _("The end date"), FALSE,
                                &actual_end, error)
      || !sr_record_check_date (record, "decision-date", _("The decision date"), FALSE,
                                NULL, error)
      || !sr_record_check_date (record, "decision-valid-from", _("The decision’s start"),
                                FALSE, &valid_from, error)
      || !sr_record_check_date (record, "decision-valid-to", _("The decision’s end"),
                                FALSE, &valid_to, error))
    return FALSE;

  return check_order (&start, &planned_end, error)
         && check_order (&start, &actual_end, error)
         && check_order (&valid_from, &valid_to, error);
}

static void
sr_period_class_init (SrPeriodClass *klass)
{
  SrRecordClass *record_class = SR_RECORD_CLASS (klass);

  record_class->validate = sr_period_validate;
  sr_record_class_install_fields (record_class, SR_ENTITY_PERIOD, "periods",
                                  period_fields, G_N_ELEMENTS (period_fields));
}

static void
sr_period_init (SrPeriod *self)
{
}

SrPeriod *
sr_period_new (const char *client_id,
               const char *start_date)
{
  return g_object_new (SR_TYPE_PERIOD,
                       "client-id", client_id,
                       "start-date", start_date,
                       "legal-basis", "SHL 17 §",
                       NULL);
}

const char *
sr_period_get_client_id (SrPeriod *self)
{
  g_return_val_if_fail (SR_IS_PERIOD (self), NULL);

  return sr_record_get_string (SR_RECORD (self), "client-id");
}

SrPhase
sr_period_get_phase (SrPeriod *self)
{
  SrPhase phase;

  g_return_val_if_fail (SR_IS_PERIOD (self), SR_PHASE_ASSESSMENT);

  g_object_get (self, "phase", &phase, NULL);
  return phase;
}

gboolean
sr_period_is_open (SrPeriod *self)
{
  g_return_val_if_fail (SR_IS_PERIOD (self), FALSE);

  return sr_period_get_phase (self) != SR_PHASE_CLOSED
         && sr_record_get_string (SR_RECORD (self), "actual-end") == NULL;
}
