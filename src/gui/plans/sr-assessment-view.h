/* sr-assessment-view.h: the needs assessment of a rehabilitation period
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Life areas and functional-capacity domains with need levels and notes,
 * and referral needs to other services with their status. The assessment's
 * own fields are saved with the Save button (Ctrl+S), and also when the
 * view moves to another period or is hidden, so nothing typed is lost;
 * referrals are saved as they change. It scrolls itself. Toasts go to the
 * nearest AdwToastOverlay above it.
 */

#pragma once

#include <adwaita.h>

#include "sr-needs-assessment.h"
#include "sr-period-section.h"
#include "sr-period.h"
#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_ASSESSMENT_VIEW (sr_assessment_view_get_type ())

G_DECLARE_FINAL_TYPE (SrAssessmentView, sr_assessment_view, SR, ASSESSMENT_VIEW, SrPeriodSection)

GtkWidget         *sr_assessment_view_new            (void);
SrPeriod          *sr_assessment_view_get_period     (SrAssessmentView *self);
void               sr_assessment_view_set_period     (SrAssessmentView *self,
                                                      SrPeriod         *period);
/* The assessment shown (the period's latest), or NULL. */
SrNeedsAssessment *sr_assessment_view_get_assessment (SrAssessmentView *self);
/* Saves what was typed; FALSE (and a toast with the reason) on failure. */
gboolean           sr_assessment_view_save           (SrAssessmentView *self);

G_END_DECLS
