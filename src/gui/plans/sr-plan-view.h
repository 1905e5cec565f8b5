/* sr-plan-view.h: the client plan of a rehabilitation period
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Versions, goals with GAS levels, reviews and the T-score with a chart.
 * It scrolls itself. Toasts (undo) go to the nearest AdwToastOverlay above it.
 */

#pragma once

#include <adwaita.h>

#include "sr-period-section.h"
#include "sr-period.h"
#include "sr-plan.h"
#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_PLAN_VIEW (sr_plan_view_get_type ())

G_DECLARE_FINAL_TYPE (SrPlanView, sr_plan_view, SR, PLAN_VIEW, SrPeriodSection)

GtkWidget *sr_plan_view_new        (void);
SrPeriod  *sr_plan_view_get_period (SrPlanView *self);
void       sr_plan_view_set_period (SrPlanView *self,
                                    SrPeriod   *period);
/* The plan version shown, or NULL. */
SrPlan    *sr_plan_view_get_plan   (SrPlanView *self);

G_END_DECLS
