/* sr-meeting-lists.c: the lists of meetings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-meeting-lists"

#include "config.h"

#include "sr-meeting-lists.h"
#include "sr-meeting.h"
#include "sr-query-model-private.h"
#include "sr-store-private.h"

GListModel *
sr_store_list_client_meetings (SrStore    *self,
                               const char *client_id)
{
  return sr_query_list (self, SR_TYPE_MEETING,
                        "WHERE t.client_id = ?1 ORDER BY t.start DESC, t.id",
                        SR_PARAMS (client_id), SR_WATCH (SR_ENTITY_MEETING));
}

GListModel *
sr_store_list_meetings (SrStore    *self,
                        const char *worker_id,
                        GDateTime  *from,
                        GDateTime  *to)
{
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  from_text = sr_store_format_time (from);
  to_text = sr_store_format_time (to);

  if (worker_id != NULL)
    return sr_query_list (self, SR_TYPE_MEETING,
                          "WHERE t.worker_id = ?3 AND t.start >= ?1 AND t.start < ?2"
                          " ORDER BY t.start, t.id",
                          SR_PARAMS (from_text, to_text, worker_id), SR_WATCH (SR_ENTITY_MEETING));

  return sr_query_list (self, SR_TYPE_MEETING,
                        "WHERE t.start >= ?1 AND t.start < ?2 ORDER BY t.start, t.id",
                        SR_PARAMS (from_text, to_text), SR_WATCH (SR_ENTITY_MEETING));
}

gboolean
sr_store_delete_meeting (SrStore     *self,
                         const char  *meeting_id,
                         GError     **error)
{
  return sr_store_delete_by_id (self, SR_TYPE_MEETING, meeting_id, error);
}
