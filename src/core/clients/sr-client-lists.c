/* sr-client-lists.c: the lists of the clients domain, and deleting or archiving a client
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-client-lists"

#include "config.h"

#include "sr-audit-entry.h"
#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-network-contact.h"
#include "sr-period.h"
#include "sr-query-model-private.h"
#include "sr-store-private.h"
#include "sr-worker.h"

GListModel *
sr_store_list_workers (SrStore *self)
{
  return sr_query_list (self, SR_TYPE_WORKER,
                        "ORDER BY sr_sort_key (t.name), t.id",
                        NULL, SR_WATCH (SR_ENTITY_WORKER));
}

GListModel *
sr_store_list_periods (SrStore    *self,
                       const char *client_id)
{
  return sr_query_list (self, SR_TYPE_PERIOD,
                        "WHERE t.client_id = ?1 ORDER BY t.start_date DESC, t.id",
                        SR_PARAMS (client_id), SR_WATCH (SR_ENTITY_PERIOD));
}

GListModel *
sr_store_list_network_contacts (SrStore    *self,
                                const char *client_id)
{
  return sr_query_list (self, SR_TYPE_NETWORK_CONTACT,
                        "WHERE t.client_id = ?1"
                        " ORDER BY sr_sort_key (t.organisation), t.id",
                        SR_PARAMS (client_id), SR_WATCH (SR_ENTITY_NETWORK_CONTACT));
}

GListModel *
sr_store_list_audit (SrStore    *self,
                     const char *client_id,
                     SrAuditLog  log,
                     GDateTime  *since)
{
  g_autofree char *since_text = since ? sr_store_format_time (since) : g_strdup ("");

  return sr_query_list (self, SR_TYPE_AUDIT_ENTRY,
                        "WHERE t.client_id = ?1 AND t.log = ?2 AND t.time >= ?3"
                        " ORDER BY t.seq DESC",
                        SR_PARAMS (client_id, sr_enum_to_nick (SR_TYPE_AUDIT_LOG, log), since_text),
                        SR_WATCH (SR_ENTITY_AUDIT));
}

gboolean
sr_store_delete_network_contact (SrStore     *self,
                                 const char  *contact_id,
                                 GError     **error)
{
  return sr_store_delete_by_id (self, SR_TYPE_NETWORK_CONTACT, contact_id, error);
}

gboolean
sr_store_delete_client (SrStore     *self,
                        const char  *client_id,
                        GError     **error)
{
  return sr_store_delete_by_id (self, SR_TYPE_CLIENT, client_id, error);
}

gboolean
sr_store_archive_client (SrStore     *self,
                         const char  *client_id,
                         gboolean     archived,
                         GError     **error)
{
  g_autoptr(SrClient) client = sr_store_get_client (self, client_id, error);

  if (client == NULL)
    return FALSE;

  g_object_set (client, "archived", archived, NULL);
  return sr_store_save (self, SR_RECORD (client), error);
}
