/* sr-client-lists.h: the lists of the clients domain, and deleting or archiving a client
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Workers, a client's periods and network contacts, a client's audit log
 * rows; deleting what was entered by mistake, and archiving. The lists are
 * SrQueryModels: items are the record types, and they update themselves
 * with minimal ::items-changed on the store's ::changed. The client list
 * itself is SrClientList (sr-client-list.h).
 */

#pragma once

#include <gio/gio.h>

#include "sr-store.h"

G_BEGIN_DECLS

GListModel *sr_store_list_workers           (SrStore     *self);
GListModel *sr_store_list_periods           (SrStore     *self,
                                             const char  *client_id);
GListModel *sr_store_list_network_contacts  (SrStore     *self,
                                             const char  *client_id);
/* The client's audit rows of @log, newest first, since @since (NULL: all). */
GListModel *sr_store_list_audit             (SrStore     *self,
                                             const char  *client_id,
                                             SrAuditLog   log,
                                             GDateTime   *since);
gboolean    sr_store_delete_network_contact (SrStore     *self,
                                             const char  *contact_id,
                                             GError     **error);
/* Only a client created by mistake: refused if the client has any periods
 * (SR_STORE_ERROR_NOT_ALLOWED) or other records (SR_STORE_ERROR_IN_USE). */
gboolean    sr_store_delete_client          (SrStore     *self,
                                             const char  *client_id,
                                             GError     **error);
/* Archiving is how clients leave the lists; nothing is deleted. */
gboolean    sr_store_archive_client         (SrStore     *self,
                                             const char  *client_id,
                                             gboolean     archived,
                                             GError     **error);

G_END_DECLS
