/* sr-review-dialog.h: rate every goal of a client plan at a review
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

#define SR_TYPE_REVIEW_DIALOG (sr_review_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SrReviewDialog, sr_review_dialog, SR, REVIEW_DIALOG, AdwWindow)

/* A new review of @plan, rated by the current worker. Saved in one call
 * (sr_plan_service_add_review(): the review and all its ratings, or
 * nothing); closes itself on success. */
SrReviewDialog *sr_review_dialog_new       (GtkWindow      *parent,
                                            SrContext      *context,
                                            SrPlan         *plan);
/* The level row of the goal at @position (for tests and keyboard focus). */
AdwComboRow    *sr_review_dialog_get_row   (SrReviewDialog *self,
                                            guint           position);
/* Sets the rating of the goal at @position to @level (−2…+2). */
void            sr_review_dialog_set_level (SrReviewDialog *self,
                                            guint           position,
                                            int             level);
gboolean        sr_review_dialog_save      (SrReviewDialog *self);

G_END_DECLS
