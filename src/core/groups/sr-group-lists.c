/* sr-group-lists.c: the lists of the groups domain, and attendance rows for a session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-group-lists"

#include "config.h"

#include "sr-group-lists.h"
#include "sr-group.h"
#include "sr-query-model-private.h"
#include "sr-store-private.h"

GListModel *
sr_store_list_groups (SrStore *self)
{
  return sr_query_list (self, SR_TYPE_GROUP,
                        "WHERE t.archived = 0 ORDER BY sr_sort_key (t.name), t.id",
                        NULL, SR_WATCH (SR_ENTITY_GROUP));
}

GListModel *
sr_store_list_group_members (SrStore    *self,
                             const char *group_id)
{
  return sr_query_list (self, SR_TYPE_MEMBERSHIP,
                        "JOIN clients c ON c.id = t.client_id"
                        " WHERE t.group_id = ?1 ORDER BY c.sort_key, t.id",
                        SR_PARAMS (group_id), SR_WATCH (SR_ENTITY_MEMBERSHIP, SR_ENTITY_CLIENT));
}

GListModel *
sr_store_list_client_memberships (SrStore    *self,
                                  const char *client_id)
{
  return sr_query_list (self, SR_TYPE_MEMBERSHIP,
                        "WHERE t.client_id = ?1 ORDER BY t.joined, t.id",
                        SR_PARAMS (client_id), SR_WATCH (SR_ENTITY_MEMBERSHIP));
}

GListModel *
sr_store_list_sessions (SrStore    *self,
                        const char *group_id)
{
  return sr_query_list (self, SR_TYPE_SESSION,
                        "WHERE t.group_id = ?1 ORDER BY t.start, t.id",
                        SR_PARAMS (group_id), SR_WATCH (SR_ENTITY_SESSION));
}

GListModel *
sr_store_list_attendance (SrStore    *self,
                          const char *session_id)
{
  return sr_query_list (self, SR_TYPE_ATTENDANCE,
                        "JOIN clients c ON c.id = t.client_id"
                        " WHERE t.session_id = ?1 ORDER BY c.sort_key, t.id",
                        SR_PARAMS (session_id), SR_WATCH (SR_ENTITY_ATTENDANCE, SR_ENTITY_CLIENT));
}

GListModel *
sr_store_list_group_attendance (SrStore    *self,
                                const char *group_id)
{
  return sr_query_list (self, SR_TYPE_ATTENDANCE,
                        "JOIN sessions s ON s.id = t.session_id JOIN clients c ON c.id = t.client_id"
                        " WHERE s.group_id = ?1 ORDER BY s.start, s.id, c.sort_key, t.id",
                        SR_PARAMS (group_id), SR_WATCH (SR_ENTITY_ATTENDANCE, SR_ENTITY_SESSION,
                                                  SR_ENTITY_CLIENT));
}

GListModel *
sr_store_list_feedback (SrStore    *self,
                        const char *session_id)
{
  return sr_query_list (self, SR_TYPE_FEEDBACK,
                        "WHERE t.session_id = ?1 ORDER BY t.created_at, t.id",
                        SR_PARAMS (session_id), SR_WATCH (SR_ENTITY_FEEDBACK));
}
