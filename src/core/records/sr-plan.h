/* sr-plan.h: client plan versions, GAS goals, reviews and goal ratings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A client plan is a series of dated versions of one period's plan: each
 * SrPlan row is one version (1, 2, …) with its own goals; a new version
 * starts as a copy of the previous one (sr_store_new_plan_version()).
 * A review rates goals of one plan version.
 */

#pragma once

#include "sr-record.h"
#include "sr-enums.h"

G_BEGIN_DECLS

#define SR_TYPE_PLAN (sr_plan_get_type ())

G_DECLARE_FINAL_TYPE (SrPlan, sr_plan, SR, PLAN, SrRecord)

/* Properties: "period-id" (ref, required), "version" (int ≥ 1, set by the
 * store), "date" (date), "participants" (string), "client-present"
 * (boolean), "review-due" (date: next review; overdue flags the client),
 * "notes" (string). */

SrPlan     *sr_plan_new           (const char *period_id);
const char *sr_plan_get_period_id (SrPlan     *self);
int         sr_plan_get_version   (SrPlan     *self);

#define SR_TYPE_GOAL (sr_goal_get_type ())

G_DECLARE_FINAL_TYPE (SrGoal, sr_goal, SR, GOAL, SrRecord)

/* Properties: "plan-id" (ref, required), "position" (int, order in the plan),
 * "text" (string, required), "means" (SrMeans flags), "means-other"
 * (string), "level-minus-2", "level-minus-1", "level-0", "level-plus-1",
 * "level-plus-2" (string: the five GAS level descriptions), "baseline"
 * (int, -1 default, -2 allowed), "weighted" (boolean), "importance",
 * "difficulty" (int 0–3, used when weighted), "target-date" (date). */

SrGoal     *sr_goal_new        (const char *plan_id,
                                const char *text);
int         sr_goal_get_baseline (SrGoal   *self);
/* importance × difficulty when weighted, else 1. */
double      sr_goal_get_weight (SrGoal     *self);

#define SR_TYPE_REVIEW (sr_review_get_type ())

G_DECLARE_FINAL_TYPE (SrReview, sr_review, SR, REVIEW, SrRecord)

/* Properties: "plan-id" (ref, required), "date" (date, required),
 * "rater-id" (ref: worker), "client-present" (boolean), "notes" (string). */

SrReview *sr_review_new (const char *plan_id,
                         const char *date);

#define SR_TYPE_GOAL_RATING (sr_goal_rating_get_type ())

G_DECLARE_FINAL_TYPE (SrGoalRating, sr_goal_rating, SR, GOAL_RATING, SrRecord)

/* Properties: "review-id", "goal-id" (ref, required; one rating per goal and
 * review), "level" (int −2…+2), "note" (string). */

SrGoalRating *sr_goal_rating_new (const char *review_id,
                                  const char *goal_id,
                                  int         level);

G_END_DECLS
