/* sr-session-dialog.h: a group session's details, cancelling, and its feedback
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

#define SR_TYPE_SESSION_DIALOG (sr_session_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SrSessionDialog, sr_session_dialog, SR, SESSION_DIALOG, AdwWindow)

/* @session NULL: an extra session of @group. */
SrSessionDialog *sr_session_dialog_new  (GtkWindow *parent,
                                         SrContext *context,
                                         SrGroup   *group,
                                         SrSession *session);
gboolean         sr_session_dialog_save (SrSessionDialog *self);

G_END_DECLS
