/* sr-meeting-lists.h: the lists of meetings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A client's meetings, and everyone's or one worker's in a range of time.
 * The lists are SrQueryModels that update themselves on the store's
 * ::changed. The Calendar's windowed queries are in sr-calendar-query.h.
 */

#pragma once

#include <gio/gio.h>

#include "sr-store.h"

G_BEGIN_DECLS

GListModel *sr_store_list_client_meetings   (SrStore     *self,
                                             const char  *client_id);
/* Meetings with start in [@from, @to), of @worker_id or everyone's (NULL). */
GListModel *sr_store_list_meetings          (SrStore     *self,
                                             const char  *worker_id,
                                             GDateTime   *from,
                                             GDateTime   *to);
gboolean    sr_store_delete_meeting         (SrStore     *self,
                                             const char  *meeting_id,
                                             GError     **error);

G_END_DECLS
