/* sr-groups-view.h: the Groups view: groups and their attendance
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-context.h"
#include "sr-group-page.h"

G_BEGIN_DECLS

#define SR_TYPE_GROUPS_VIEW (sr_groups_view_get_type ())

G_DECLARE_FINAL_TYPE (SrGroupsView, sr_groups_view, SR, GROUPS_VIEW, GtkWidget)

SrContext   *sr_groups_view_get_context (SrGroupsView *self);
void         sr_groups_view_set_context (SrGroupsView *self,
                                         SrContext    *context);
/* Selects the group and shows its page; @session_id: at that session's attendance. */
gboolean     sr_groups_view_show_group  (SrGroupsView *self,
                                         const char   *group_id,
                                         const char   *session_id);
SrGroupPage *sr_groups_view_get_page    (SrGroupsView *self);

G_END_DECLS
