/* sr-group-lists.h: the lists of the groups domain, and attendance rows for a session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Groups, their members, sessions, attendance and feedback, and a client's
 * memberships. The lists are SrQueryModels that update themselves on the
 * store's ::changed.
 */

#pragma once

#include <gio/gio.h>

#include "sr-store.h"

G_BEGIN_DECLS

GListModel *sr_store_list_groups            (SrStore     *self);
/* Memberships of the group, by the members' names. */
GListModel *sr_store_list_group_members     (SrStore     *self,
                                             const char  *group_id);
GListModel *sr_store_list_client_memberships (SrStore    *self,
                                              const char *client_id);
GListModel *sr_store_list_sessions          (SrStore     *self,
                                             const char  *group_id);
/* Attendance rows of the session, by the members' names. */
GListModel *sr_store_list_attendance        (SrStore     *self,
                                             const char  *session_id);
/* Attendance rows of all the group's sessions in one list: by session start,
 * then by the members' names (an attendance sheet in one query). */
GListModel *sr_store_list_group_attendance  (SrStore     *self,
                                             const char  *group_id);
GListModel *sr_store_list_feedback          (SrStore     *self,
                                             const char  *session_id);

G_END_DECLS
