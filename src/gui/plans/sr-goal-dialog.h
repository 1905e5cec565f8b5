/* sr-goal-dialog.h: write or change one GAS goal of a client plan
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-context.h"
#include "sr-plan.h"
#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_GOAL_DIALOG (sr_goal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SrGoalDialog, sr_goal_dialog, SR, GOAL_DIALOG, AdwWindow)

/* @goal NULL: a new goal at the end of @plan. The dialog saves through
 * @store and closes itself on success; on failure it stays open with what
 * was typed and shows the store's message. */
SrGoalDialog *sr_goal_dialog_new  (GtkWindow    *parent,
                                   SrContext    *context,
                                   SrPlan       *plan,
                                   SrGoal       *goal);
/* What the Save button does; FALSE if nothing was saved. */
gboolean      sr_goal_dialog_save (SrGoalDialog *self);

G_END_DECLS
