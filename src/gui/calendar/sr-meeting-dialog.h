/* sr-meeting-dialog.h: plan a meeting or open one to edit, mark and write notes
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-client.h"
#include "sr-context.h"
#include "sr-meeting.h"
#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_MEETING_DIALOG (sr_meeting_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SrMeetingDialog, sr_meeting_dialog, SR, MEETING_DIALOG, AdwWindow)

/* A new meeting at @start (NULL: the next full hour today) for @client
 * (NULL: chosen in the dialog), with the store's current worker. */
SrMeetingDialog *sr_meeting_dialog_new_meeting (GtkWindow   *parent,
                                                SrContext   *context,
                                                GDateTime   *start,
                                                SrClient    *client);
/* The stored meeting @meeting_id to edit; NULL with @error if it cannot be read. */
SrMeetingDialog *sr_meeting_dialog_open        (GtkWindow   *parent,
                                                SrContext   *context,
                                                const char  *meeting_id,
                                                GError     **error);
void             sr_meeting_dialog_set_client  (SrMeetingDialog *self,
                                                SrClient        *client);
/* The meeting being edited, or NULL for a new one. */
SrMeeting       *sr_meeting_dialog_get_meeting (SrMeetingDialog *self);
/* What Save does; FALSE if it could not save (the reason is shown) or is
 * asking whether to change the following meetings of a series. */
gboolean         sr_meeting_dialog_save        (SrMeetingDialog *self);

G_END_DECLS
