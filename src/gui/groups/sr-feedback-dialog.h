/* sr-feedback-dialog.h: a participant's feedback on a session
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-context.h"
#include "sr-group.h"
#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_FEEDBACK_DIALOG (sr_feedback_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SrFeedbackDialog, sr_feedback_dialog, SR, FEEDBACK_DIALOG, AdwWindow)

SrFeedbackDialog *sr_feedback_dialog_new  (GtkWindow        *parent,
                                           SrContext        *context,
                                           SrSession        *session);
/* For tests: rating 1–5, @member_index 0 = anonymous, else a member in the list. */
void              sr_feedback_dialog_fill (SrFeedbackDialog *self,
                                           int               rating,
                                           guint             member_index,
                                           const char       *text);
gboolean          sr_feedback_dialog_save (SrFeedbackDialog *self);

G_END_DECLS
