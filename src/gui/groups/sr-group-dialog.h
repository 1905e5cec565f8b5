/* sr-group-dialog.h: create or edit a group's details
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

#define SR_TYPE_GROUP_DIALOG (sr_group_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SrGroupDialog, sr_group_dialog, SR, GROUP_DIALOG, AdwWindow)

/* @group NULL: a new group. Emits ::saved (group id) and closes on a successful save; a
 * refused save keeps the dialog open with what was typed and the store's reason. */
SrGroupDialog *sr_group_dialog_new  (GtkWindow *parent,
                                     SrContext *context,
                                     SrGroup   *group);
/* Saves as the Save button does; for tests. */
gboolean       sr_group_dialog_save (SrGroupDialog *self);

G_END_DECLS
