/* sr-assessment-view.h: the needs assessment of a rehabilitation period
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_ASSESSMENT_VIEW (sr_assessment_view_get_type ())

G_DECLARE_FINAL_TYPE (SrAssessmentView, sr_assessment_view, SR, ASSESSMENT_VIEW, AdwBin)

GtkWidget *sr_assessment_view_new        (void);
SrStore   *sr_assessment_view_get_store  (SrAssessmentView *self);
void       sr_assessment_view_set_store  (SrAssessmentView *self,
                                          SrStore          *store);
SrPeriod  *sr_assessment_view_get_period (SrAssessmentView *self);
void       sr_assessment_view_set_period (SrAssessmentView *self,
                                          SrPeriod         *period);

G_END_DECLS
