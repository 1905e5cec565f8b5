/* sr-plan-lists.h: the plans domain's lists, plan versions and T-scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A period's needs assessments (and their referrals) and plan versions; a
 * plan's goals and reviews; a review's goal ratings. The lists are
 * SrQueryModels that update themselves on the store's ::changed.
 */

#pragma once

#include <gio/gio.h>

#include "sr-plan.h"
#include "sr-store.h"

G_BEGIN_DECLS

GListModel *sr_store_list_needs_assessments (SrStore     *self,
                                             const char  *period_id);
GListModel *sr_store_list_referrals         (SrStore     *self,
                                             const char  *assessment_id);
GListModel *sr_store_list_plans             (SrStore     *self,
                                             const char  *period_id);
GListModel *sr_store_list_goals             (SrStore     *self,
                                             const char  *plan_id);
GListModel *sr_store_list_reviews           (SrStore     *self,
                                             const char  *plan_id);
GListModel *sr_store_list_goal_ratings      (SrStore     *self,
                                             const char  *review_id);
gboolean    sr_store_delete_goal            (SrStore     *self,
                                             const char  *goal_id,
                                             GError     **error);
/* The next version of a period's plan, a copy of @plan_id's goals. */
SrPlan     *sr_store_new_plan_version       (SrStore     *self,
                                             const char  *plan_id,
                                             GError     **error);
/* The highest version of the period's plan, or NULL (no error) if none. */
SrPlan     *sr_store_get_current_plan       (SrStore     *self,
                                             const char  *period_id,
                                             GError     **error);
/* GAS T-score of a plan version's goals: at baseline if @review_id is NULL,
 * else with the review's ratings (every goal must be rated). */
gboolean    sr_store_plan_t_score           (SrStore     *self,
                                             const char  *plan_id,
                                             const char  *review_id,
                                             double       rho,
                                             double      *t_score,
                                             GError     **error);

G_END_DECLS
