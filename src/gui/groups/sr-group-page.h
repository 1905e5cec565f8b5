/* sr-group-page.h: one group: attendance, sessions, members and details
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-client.h"
#include "sr-store.h"
#include "sr-attendance-sheet.h"

G_BEGIN_DECLS

#define SR_TYPE_GROUP_PAGE (sr_group_page_get_type ())

G_DECLARE_FINAL_TYPE (SrGroupPage, sr_group_page, SR, GROUP_PAGE, GtkWidget)

/* Shows @group_id (NULL: none); @session_id: open the attendance sheet at that session. */
void               sr_group_page_set_group       (SrGroupPage *self,
                                                  SrContext   *context,
                                                  const char  *group_id,
                                                  const char  *session_id);
const char        *sr_group_page_get_group_id    (SrGroupPage *self);
/* "attendance", "sessions", "members" or "details" */
void               sr_group_page_set_visible_tab (SrGroupPage *self,
                                                  const char  *name);
SrAttendanceSheet *sr_group_page_get_sheet       (SrGroupPage *self);
/* The back button, for when the groups list and the page are folded. */
void               sr_group_page_set_show_back   (SrGroupPage *self,
                                                  gboolean     show_back);
/* Plans the sessions of the weekly schedule up to the end date (the Plan Sessions button). */
gboolean           sr_group_page_plan_sessions   (SrGroupPage *self,
                                                  GError     **error);
/* Adds @client as a member from today, as Add Member does after choosing. */
gboolean           sr_group_page_add_member      (SrGroupPage *self,
                                                  SrClient    *client,
                                                  GError     **error);

G_END_DECLS
