/* sr-plan-service.h: the client plan's use cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One call per user action, each one transaction: a new version of a plan,
 * a review saved with its ratings, and the T-scores of a plan version read
 * in one query; a plan's details, its goals, needs assessments and their
 * referral needs saved, deleted by mistake and put back (undo). Errors are SR_STORE_ERROR codes (sr-store.h), messages in
 * the caseworker's words.
 */

#pragma once

#include "sr-service.h"
#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_PLAN_SERVICE (sr_plan_service_get_type ())

G_DECLARE_FINAL_TYPE (SrPlanService, sr_plan_service, SR, PLAN_SERVICE, SrService)

/* The T-score of a plan version at one point: the baseline or a review. */
typedef struct
{
  char     *review_id;  /* NULL: the baseline (the goals' baseline levels) */
  char     *date;       /* the review's date; NULL for the baseline */
  gboolean  scored;     /* FALSE: @error says why (no goals, a goal not rated) */
  double    t_score;
  GError   *error;
} SrPlanScore;

void           sr_plan_score_free          (SrPlanScore    *score);

SrPlanService *sr_plan_service_new         (SrStore        *store);

/* The next version of @plan_id's plan, a copy of its details and goals
 * (sr_store_new_plan_version()). Returns the saved plan, or NULL with
 * @error. */
SrPlan        *sr_plan_service_new_version (SrPlanService  *self,
                                            const char     *plan_id,
                                            GError        **error);

/* Saves @review (new: plan-id and date set; rater-id NULL means the
 * current worker) and @ratings (SrGoalRating, goal-id and level set; their
 * review-id is filled in) in one transaction: all or nothing. Every goal of
 * the review's plan must be rated exactly once, and only those goals, else
 * SR_STORE_ERROR_INVALID and nothing is written; a plan without goals
 * cannot be reviewed. On failure @review and @ratings are as they were. */
gboolean       sr_plan_service_add_review  (SrPlanService  *self,
                                            SrReview       *review,
                                            GPtrArray      *ratings,
                                            GError        **error);

/* Saves the plan version @plan, new (period-id set) or its details edited
 * (revision-checked: a stale copy gives SR_STORE_ERROR_CONFLICT). */
gboolean       sr_plan_service_save_plan   (SrPlanService  *self,
                                            SrPlan         *plan,
                                            GError        **error);

/* Saves the goal @goal, new (plan-id set) or edited (revision-checked). A
 * new goal is placed after the plan's goals: its position is their count. */
gboolean       sr_plan_service_save_goal   (SrPlanService  *self,
                                            SrGoal         *goal,
                                            GError        **error);

/* Deletes the goal @goal_id, entered by mistake (a rated goal is refused
 * with SR_STORE_ERROR_IN_USE). */
gboolean       sr_plan_service_delete_goal (SrPlanService  *self,
                                            const char     *goal_id,
                                            GError        **error);

/* Saves the needs assessment @assessment, new (period-id set) or edited
 * (revision-checked). */
gboolean       sr_plan_service_save_assessment (SrPlanService     *self,
                                                SrNeedsAssessment *assessment,
                                                GError           **error);

/* Saves the referral need @referral, new (assessment-id set) or edited
 * (revision-checked). */
gboolean       sr_plan_service_save_referral (SrPlanService  *self,
                                              SrReferral     *referral,
                                              GError        **error);

/* Deletes the referral need @referral_id, entered by mistake. */
gboolean       sr_plan_service_delete_referral (SrPlanService  *self,
                                                const char     *referral_id,
                                                GError        **error);

/* Puts back @record, a goal or a referral need deleted a moment ago (the
 * object as it was read before the delete): stored again with its id and
 * position. */
gboolean       sr_plan_service_restore     (SrPlanService  *self,
                                            SrRecord       *record,
                                            GError        **error);

/* The GAS T-scores of plan version @plan_id with correlation @rho: the
 * baseline first, then each review by date (the order of
 * sr_store_list_reviews()), all read in one query. Each equals what
 * sr_store_plan_t_score() gives for it, or is unscored with the same error.
 * Returns a GPtrArray of SrPlanScore, or NULL with @error when the query
 * fails. */
GPtrArray     *sr_plan_service_t_scores    (SrPlanService  *self,
                                            const char     *plan_id,
                                            double          rho,
                                            GError        **error);

G_END_DECLS
