/* sr-client-service.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-client-service"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client-service.h"
#include "sr-service-private.h"
#include "sr-format.h"
#include "sr-client.h"
#include "sr-network-contact.h"
#include "sr-period.h"
#include "sr-client-lists.h"
#include "sr-record.h"
#include "sr-worker.h"
#include "sr-store.h"

struct _SrClientService
{
  SrService parent_instance;
};

G_DEFINE_FINAL_TYPE (SrClientService, sr_client_service, SR_TYPE_SERVICE)

static char *
strip_or_null (const char *text)
{
  g_autofree char *stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  return stripped != NULL && *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
}

/* The stored period @period_id if it is not closed. */
static SrPeriod *
get_unclosed_period (SrClientService  *self,
                     const char       *period_id,
                     GError          **error)
{
  g_autoptr(SrPeriod) period = sr_store_get_period (SR_SERVICE_STORE (self), period_id, error);

  if (period == NULL)
    return NULL;
  if (sr_period_get_phase (period) == SR_PHASE_CLOSED)
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED,
                           _("The period is already closed."));
      return NULL;
    }

  return g_steal_pointer (&period);
}

static void
sr_client_service_class_init (SrClientServiceClass *klass)
{
}

static void
sr_client_service_init (SrClientService *self)
{
}

SrClientService *
sr_client_service_new (SrStore *store)
{
  g_return_val_if_fail (SR_IS_STORE (store), NULL);

  return g_object_new (SR_TYPE_CLIENT_SERVICE, "store", store, NULL);
}

char *
sr_client_service_default_planned_end (const char *start_date)
{
  GDate day;

  if (start_date == NULL || !sr_date_from_iso (start_date, &day))
    return NULL;

  g_date_add_months (&day, SR_PERIOD_DEFAULT_MONTHS);
  return sr_date_to_iso (&day);
}

gboolean
sr_client_service_next_phase (SrPhase  phase,
                              SrPhase *next)
{
  g_return_val_if_fail (next != NULL, FALSE);

  switch (phase)
    {
    case SR_PHASE_ASSESSMENT:
    case SR_PHASE_PLANNING:
    case SR_PHASE_ACTIVE:
      *next = phase + 1;
      return TRUE;
    case SR_PHASE_CLOSING:
    case SR_PHASE_CLOSED:
    default:
      return FALSE;
    }
}

gboolean
sr_client_service_save_client (SrClientService  *self,
                               SrClient         *client,
                               GError          **error)
{
  g_return_val_if_fail (SR_IS_CLIENT_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_CLIENT (client), FALSE);

  /* One record, one transaction with its audit row; a refused save leaves
   * @client untouched. */
  return sr_store_save_client (SR_SERVICE_STORE (self), client, error);
}

gboolean
sr_client_service_open_period (SrClientService  *self,
                               SrPeriod         *period,
                               GError          **error)
{
  g_return_val_if_fail (SR_IS_CLIENT_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_PERIOD (period), FALSE);
  g_return_val_if_fail (sr_record_get_id (SR_RECORD (period)) == NULL, FALSE);

  if (sr_record_get_string (SR_RECORD (period), "worker-id") == NULL)
    g_object_set (period, "worker-id", sr_store_get_current_worker (SR_SERVICE_STORE (self)), NULL);
  if (sr_record_get_string (SR_RECORD (period), "planned-end") == NULL)
    {
      g_autofree char *end = sr_client_service_default_planned_end (
        sr_record_get_string (SR_RECORD (period), "start-date"));

      g_object_set (period, "planned-end", end, NULL);
    }
  g_object_set (period, "phase", SR_PHASE_ASSESSMENT, NULL);

  return sr_store_save_period (SR_SERVICE_STORE (self), period, error);
}

gboolean
sr_client_service_advance_period (SrClientService  *self,
                                  const char       *period_id,
                                  SrPhase          *phase_out,
                                  GError          **error)
{
  g_autoptr(SrPeriod) period = NULL;
  SrPhase next;

  g_return_val_if_fail (SR_IS_CLIENT_SERVICE (self), FALSE);
  g_return_val_if_fail (period_id != NULL, FALSE);

  period = get_unclosed_period (self, period_id, error);
  if (period == NULL)
    return FALSE;

  if (!sr_client_service_next_phase (sr_period_get_phase (period), &next))
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED,
                           _("The period has no next phase: close it instead."));
      return FALSE;
    }

  g_object_set (period, "phase", next, NULL);
  if (!sr_store_save_period (SR_SERVICE_STORE (self), period, error))
    return FALSE;

  if (phase_out != NULL)
    *phase_out = next;
  return TRUE;
}

gboolean
sr_client_service_close_period (SrClientService  *self,
                                const char       *period_id,
                                const char       *end_date,
                                SrClosingReason   reason,
                                const char       *note,
                                GError          **error)
{
  g_autoptr(SrPeriod) period = NULL;
  g_autofree char *stripped = strip_or_null (note);

  g_return_val_if_fail (SR_IS_CLIENT_SERVICE (self), FALSE);
  g_return_val_if_fail (period_id != NULL, FALSE);
  g_return_val_if_fail (end_date != NULL, FALSE);
  g_return_val_if_fail (reason != SR_CLOSING_REASON_NONE, FALSE);

  period = get_unclosed_period (self, period_id, error);
  if (period == NULL)
    return FALSE;

  g_object_set (period,
                "phase", SR_PHASE_CLOSED,
                "actual-end", end_date,
                "closing-reason", reason,
                "closing-note", stripped,
                NULL);
  return sr_store_save_period (SR_SERVICE_STORE (self), period, error);
}

gboolean
sr_client_service_record_decision (SrClientService   *self,
                                   const char        *period_id,
                                   SrDecisionKind     kind,
                                   const SrDecision  *decision,
                                   GError           **error)
{
  g_autoptr(SrPeriod) period = NULL;
  g_autofree char *valid_from = NULL;
  g_autofree char *number = NULL;
  g_autofree char *decided_by = NULL;

  g_return_val_if_fail (SR_IS_CLIENT_SERVICE (self), FALSE);
  g_return_val_if_fail (period_id != NULL, FALSE);
  g_return_val_if_fail (decision != NULL, FALSE);

  period = get_unclosed_period (self, period_id, error);
  if (period == NULL)
    return FALSE;

  valid_from = g_strdup (decision->valid_from);
  if (kind == SR_DECISION_EXTENSION)
    {
      const char *old_to = sr_record_get_string (SR_RECORD (period), "decision-valid-to");
      GDate day;

      if (old_to == NULL || !sr_date_from_iso (old_to, &day))
        {
          g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED,
                               _("There is no decision to extend."));
          return FALSE;
        }
      /* Days compare as "YYYY-MM-DD" text. */
      if (decision->valid_to == NULL || g_strcmp0 (decision->valid_to, old_to) <= 0)
        {
          g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                               _("An extended decision must be valid longer than the one it extends."));
          return FALSE;
        }
      if (valid_from == NULL)
        {
          g_date_add_days (&day, 1);
          valid_from = sr_date_to_iso (&day);
        }
    }

  number = strip_or_null (decision->number);
  decided_by = strip_or_null (decision->decided_by);
  g_object_set (period,
                "decision-number", number,
                "decision-date", decision->date,
                "decided-by", decided_by,
                "decision-valid-from", valid_from,
                "decision-valid-to", decision->valid_to,
                NULL);
  if (decision->legal_basis != NULL)
    g_object_set (period, "legal-basis", decision->legal_basis, NULL);

  return sr_store_save_period (SR_SERVICE_STORE (self), period, error);
}

gboolean
sr_client_service_save_contact (SrClientService   *self,
                                SrNetworkContact  *contact,
                                GError           **error)
{
  static const char * const texts[] = { "organisation", "service-type", "person", "role", "contact" };
  SrRecord *record = SR_RECORD (contact);

  g_return_val_if_fail (SR_IS_CLIENT_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_NETWORK_CONTACT (contact), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *text = strip_or_null (sr_record_get_string (record, texts[i]));

      g_object_set (contact, texts[i], text, NULL);
    }
  if (sr_record_get_string (record, "organisation") == NULL && sr_record_get_string (record, "person") == NULL)
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                           _("A contact needs an organisation or a person."));
      return FALSE;
    }
  if (!sr_record_get_boolean (record, "consent-to-share"))
    g_object_set (contact, "consent-date", NULL, NULL);

  return sr_store_save_network_contact (SR_SERVICE_STORE (self), contact, error);
}

gboolean
sr_client_service_restore_contact (SrClientService   *self,
                                   SrNetworkContact  *contact,
                                   GError           **error)
{
  g_return_val_if_fail (SR_IS_CLIENT_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_NETWORK_CONTACT (contact), FALSE);

  /* The undo of a removal: the contact comes back with its id, as it was. */
  return sr_store_restore (SR_SERVICE_STORE (self), SR_RECORD (contact), error);
}

gboolean
sr_client_service_delete_contact (SrClientService  *self,
                                  const char       *contact_id,
                                  GError          **error)
{
  g_return_val_if_fail (SR_IS_CLIENT_SERVICE (self), FALSE);
  g_return_val_if_fail (contact_id != NULL, FALSE);

  return sr_store_delete_network_contact (SR_SERVICE_STORE (self), contact_id, error);
}

gboolean
sr_client_service_archive_client (SrClientService  *self,
                                  const char       *client_id,
                                  gboolean          archived,
                                  GError          **error)
{
  g_return_val_if_fail (SR_IS_CLIENT_SERVICE (self), FALSE);
  g_return_val_if_fail (client_id != NULL, FALSE);

  return sr_store_archive_client (SR_SERVICE_STORE (self), client_id, archived, error);
}

gboolean
sr_client_service_delete_client (SrClientService  *self,
                                 const char       *client_id,
                                 GError          **error)
{
  g_return_val_if_fail (SR_IS_CLIENT_SERVICE (self), FALSE);
  g_return_val_if_fail (client_id != NULL, FALSE);

  return sr_store_delete_client (SR_SERVICE_STORE (self), client_id, error);
}

gboolean
sr_client_service_add_worker (SrClientService  *self,
                              SrWorker         *worker,
                              GError          **error)
{
  g_return_val_if_fail (SR_IS_CLIENT_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_WORKER (worker), FALSE);
  g_return_val_if_fail (sr_record_get_id (SR_RECORD (worker)) == NULL, FALSE);

  return sr_store_save_worker (SR_SERVICE_STORE (self), worker, error);
}
