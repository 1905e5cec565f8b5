/* sr-client-service.h: clients' and their periods' use cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One call per user action, each one transaction with its audit row:
 * saving a client, opening a rehabilitation period, moving it to its next
 * phase, closing it, and recording a decision on it; a network contact
 * saved or removed, a client archived, restored or deleted, a new worker.
 * The gui writes through these calls only. The period rules live
 * here: the default length, the order of phases, what closing sets. Errors
 * are SR_STORE_ERROR codes (sr-store.h): INVALID (a field), CONFLICT
 * (changed elsewhere), NO_WORKER, NOT_ALLOWED (e.g. a closed period),
 * NOT_FOUND.
 */

#pragma once

#include "sr-service.h"
#include "sr-store.h"

G_BEGIN_DECLS

/* A new period is planned for this long unless its end is given. */
#define SR_PERIOD_DEFAULT_MONTHS 6

/* A decision (SHL 17 §) as the period records it; days "YYYY-MM-DD", NULL
 * for none. */
typedef struct
{
  const char *number;
  const char *date;
  const char *decided_by;
  const char *valid_from;
  const char *valid_to;
  const char *legal_basis;  /* NULL: keep the period's (default "SHL 17 §") */
} SrDecision;

typedef enum
{
  SR_DECISION_NEW,        /* replaces the period's decision */
  SR_DECISION_EXTENSION,  /* continues it: valid longer than the one before */
} SrDecisionKind;

#define SR_TYPE_CLIENT_SERVICE (sr_client_service_get_type ())

G_DECLARE_FINAL_TYPE (SrClientService, sr_client_service, SR, CLIENT_SERVICE, SrService)

SrClientService *sr_client_service_new            (SrStore          *store);

/* The planned end of a period starting on @start_date: SR_PERIOD_DEFAULT_MONTHS
 * calendar months later ("YYYY-MM-DD"), or NULL if @start_date is not a day. */
char            *sr_client_service_default_planned_end (const char *start_date);

/* The phase after @phase in a period's course (assessment → planning →
 * active → closing); FALSE when there is none: a closing period is closed
 * with sr_client_service_close_period(), a closed one stays closed. */
gboolean         sr_client_service_next_phase     (SrPhase           phase,
                                                   SrPhase          *next);

/* Saves @client (new or edited; revision-checked, the identity code
 * validated and unique). On failure @client is as it was. */
gboolean         sr_client_service_save_client    (SrClientService  *self,
                                                   SrClient         *client,
                                                   GError          **error);

/* Saves the new period @period (client-id and start-date set): the current
 * worker is its worker unless one is set, and its planned end the default
 * length unless one is set. It starts in the assessment phase. */
gboolean         sr_client_service_open_period    (SrClientService  *self,
                                                   SrPeriod         *period,
                                                   GError          **error);

/* Moves the stored period @period_id to its next phase
 * (sr_client_service_next_phase()); SR_STORE_ERROR_NOT_ALLOWED when it has
 * none. @phase_out (may be NULL) gets the new phase. */
gboolean         sr_client_service_advance_period (SrClientService  *self,
                                                   const char       *period_id,
                                                   SrPhase          *phase_out,
                                                   GError          **error);

/* Closes the period @period_id: phase closed, ended on @end_date (required;
 * not before the start), for @reason (not SR_CLOSING_REASON_NONE) with
 * @note (may be NULL; blank means none). A closed period cannot be closed
 * again (SR_STORE_ERROR_NOT_ALLOWED). */
gboolean         sr_client_service_close_period   (SrClientService  *self,
                                                   const char       *period_id,
                                                   const char       *end_date,
                                                   SrClosingReason   reason,
                                                   const char       *note,
                                                   GError          **error);

/* Records @decision on the open period @period_id (a closed one:
 * SR_STORE_ERROR_NOT_ALLOWED). SR_DECISION_NEW replaces the decision's
 * fields. SR_DECISION_EXTENSION needs a decision with a validity to extend
 * (else NOT_ALLOWED) and a @decision valid to a later day (else INVALID);
 * its validity starts the day after the earlier one ends unless
 * @decision->valid_from is given. */
gboolean         sr_client_service_record_decision (SrClientService  *self,
                                                    const char       *period_id,
                                                    SrDecisionKind    kind,
                                                    const SrDecision *decision,
                                                    GError          **error);

/* Saves the network contact @contact, new (client-id set) or edited
 * (revision-checked): it names an organisation or a person (else
 * SR_STORE_ERROR_INVALID); blank text fields are stored as none, and the
 * consent date is kept only while consent to share is given. */
gboolean         sr_client_service_save_contact   (SrClientService  *self,
                                                   SrNetworkContact *contact,
                                                   GError          **error);
/* Undo of a removal: the contact deleted a moment ago comes back with its id. (Saving
 * a contact deleted elsewhere fails with SR_STORE_ERROR_NOT_FOUND instead.) */
gboolean         sr_client_service_restore_contact (SrClientService  *self,
                                                    SrNetworkContact *contact,
                                                    GError          **error);

/* Deletes the network contact @contact_id, entered by mistake. */
gboolean         sr_client_service_delete_contact (SrClientService  *self,
                                                   const char       *contact_id,
                                                   GError          **error);

/* Archives the client @client_id (@archived TRUE: they leave the client
 * lists, nothing is deleted) or restores them to the lists (FALSE). */
gboolean         sr_client_service_archive_client (SrClientService  *self,
                                                   const char       *client_id,
                                                   gboolean          archived,
                                                   GError          **error);

/* Deletes the client @client_id, created by mistake: refused if they have
 * any periods (SR_STORE_ERROR_NOT_ALLOWED) or other records
 * (SR_STORE_ERROR_IN_USE). */
gboolean         sr_client_service_delete_client  (SrClientService  *self,
                                                   const char       *client_id,
                                                   GError          **error);

/* Saves the new worker @worker (name set), who can then be made the current
 * worker (sr_context_set_current_worker()). */
gboolean         sr_client_service_add_worker     (SrClientService  *self,
                                                   SrWorker         *worker,
                                                   GError          **error);

G_END_DECLS
