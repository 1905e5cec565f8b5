/* sr-plan.c: client plan versions, GAS goals, reviews and goal ratings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-gas.h"
#include "sr-plan.h"
#include "sr-record-private.h"
#include "sr-types.h"

struct _SrPlan
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrPlan, sr_plan, SR_TYPE_RECORD)

struct _SrGoal
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrGoal, sr_goal, SR_TYPE_RECORD)

struct _SrReview
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrReview, sr_review, SR_TYPE_RECORD)

struct _SrGoalRating
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrGoalRating, sr_goal_rating, SR_TYPE_RECORD)

static const SrField plan_fields[] = {
  SR_F_REF ("period-id"),
  SR_F_INT ("version", 0, G_MAXINT, 0),
  SR_F_DATE ("date"),
  SR_F_STRING ("participants"),
  SR_F_BOOL ("client-present", TRUE),
  SR_F_DATE ("review-due"),
  SR_F_STRING ("notes"),
};

/* The property ranges are wide on purpose: a bad value from a form must be
 * a validation error with a message, not a GLib warning. */
static const SrField goal_fields[] = {
  SR_F_REF ("plan-id"),
  SR_F_INT ("position", 0, G_MAXINT, 0),
  SR_F_STRING ("text"),
  SR_F_FLAGS ("means", sr_means_get_type),
  SR_F_STRING ("means-other"),
  SR_F_STRING ("level-minus-2"),
  SR_F_STRING ("level-minus-1"),
  SR_F_STRING ("level-0"),
  SR_F_STRING ("level-plus-1"),
  SR_F_STRING ("level-plus-2"),
  SR_F_INT ("baseline", G_MININT, G_MAXINT, -1),
  SR_F_BOOL ("weighted", FALSE),
  SR_F_INT ("importance", G_MININT, G_MAXINT, 1),
  SR_F_INT ("difficulty", G_MININT, G_MAXINT, 1),
  SR_F_DATE ("target-date"),
};

static const SrField review_fields[] = {
  SR_F_REF ("plan-id"),
  SR_F_DATE ("date"),
  SR_F_REF ("rater-id"),
  SR_F_BOOL ("client-present", TRUE),
  SR_F_STRING ("notes"),
};

static const SrField goal_rating_fields[] = {
  SR_F_REF ("review-id"),
  SR_F_REF ("goal-id"),
  SR_F_INT ("level", G_MININT, G_MAXINT, 0),
  SR_F_STRING ("note"),
};

static gboolean
sr_plan_validate (SrRecord  *record,
                  GError   **error)
{
  return sr_record_check_required (record, "period-id", _("The period"), error)
         && sr_record_check_date (record, "date", _("The plan date"), FALSE, NULL, error)
         && sr_record_check_date (record, "review-due", _("The review date"), FALSE, NULL,
                                  error);
}

static gboolean
sr_goal_validate (SrRecord  *record,
                  GError   **error)
{
  int baseline = sr_record_get_int (record, "baseline");
  int importance = sr_record_get_int (record, "importance");
  int difficulty = sr_record_get_int (record, "difficulty");

  if (!sr_record_check_required (record, "plan-id", _("The plan"), error)
      || !sr_record_check_required (record, "text", _("The goal"), error)
      || !sr_record_check_date (record, "target-date", _("The target date"), FALSE, NULL, error))
    return FALSE;

  if (baseline != -1 && baseline != -2)
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                           _("A goal’s starting level must be −1 or −2."));
      return FALSE;
    }

  if (importance < 0 || importance > SR_GAS_RATING_MAX
      || difficulty < 0 || difficulty > SR_GAS_RATING_MAX)
    {
      g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                   _("Importance and difficulty must be between 0 and %d."), SR_GAS_RATING_MAX);
      return FALSE;
    }

  return TRUE;
}

static gboolean
sr_review_validate (SrRecord  *record,
                    GError   **error)
{
  return sr_record_check_required (record, "plan-id", _("The plan"), error)
         && sr_record_check_date (record, "date", _("The review date"), TRUE, NULL, error);
}

static gboolean
sr_goal_rating_validate (SrRecord  *record,
                         GError   **error)
{
  if (!sr_record_check_required (record, "review-id", _("The review"), error)
      || !sr_record_check_required (record, "goal-id", _("The goal"), error))
    return FALSE;

  if (!sr_gas_level_is_valid (sr_record_get_int (record, "level")))
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                           _("A goal’s level must be between −2 and +2."));
      return FALSE;
    }

  return TRUE;
}

static void
sr_plan_class_init (SrPlanClass *klass)
{
  SrRecordClass *record_class = SR_RECORD_CLASS (klass);

  record_class->validate = sr_plan_validate;
  sr_record_class_install_fields (record_class, SR_ENTITY_PLAN, "plans",
                                  plan_fields, G_N_ELEMENTS (plan_fields));
}

static void
sr_plan_init (SrPlan *self)
{
}

static void
sr_goal_class_init (SrGoalClass *klass)
{
  SrRecordClass *record_class = SR_RECORD_CLASS (klass);

  record_class->validate = sr_goal_validate;
  sr_record_class_install_fields (record_class, SR_ENTITY_GOAL, "goals",
                                  goal_fields, G_N_ELEMENTS (goal_fields));
}

static void
sr_goal_init (SrGoal *self)
{
}

static void
sr_review_class_init (SrReviewClass *klass)
{
  SrRecordClass *record_class = SR_RECORD_CLASS (klass);

  record_class->validate = sr_review_validate;
  sr_record_class_install_fields (record_class, SR_ENTITY_REVIEW, "reviews",
                                  review_fields, G_N_ELEMENTS (review_fields));
}

static void
sr_review_init (SrReview *self)
{
}

static void
sr_goal_rating_class_init (SrGoalRatingClass *klass)
{
  SrRecordClass *record_class = SR_RECORD_CLASS (klass);

  record_class->validate = sr_goal_rating_validate;
  sr_record_class_install_fields (record_class, SR_ENTITY_GOAL_RATING, "goal_ratings",
                                  goal_rating_fields, G_N_ELEMENTS (goal_rating_fields));
}

static void
sr_goal_rating_init (SrGoalRating *self)
{
}

SrPlan *
sr_plan_new (const char *period_id)
{
  return g_object_new (SR_TYPE_PLAN, "period-id", period_id, NULL);
}

const char *
sr_plan_get_period_id (SrPlan *self)
{
  g_return_val_if_fail (SR_IS_PLAN (self), NULL);

  return sr_record_get_string (SR_RECORD (self), "period-id");
}

int
sr_plan_get_version (SrPlan *self)
{
  g_return_val_if_fail (SR_IS_PLAN (self), 0);

  return sr_record_get_int (SR_RECORD (self), "version");
}

SrGoal *
sr_goal_new (const char *plan_id,
             const char *text)
{
  return g_object_new (SR_TYPE_GOAL, "plan-id", plan_id, "text", text, NULL);
}

int
sr_goal_get_baseline (SrGoal *self)
{
  g_return_val_if_fail (SR_IS_GOAL (self), -1);

  return sr_record_get_int (SR_RECORD (self), "baseline");
}

double
sr_goal_get_weight (SrGoal *self)
{
  SrRecord *record = SR_RECORD (self);

  g_return_val_if_fail (SR_IS_GOAL (self), 1.0);

  if (!sr_record_get_boolean (record, "weighted"))
    return 1.0;

  return sr_gas_weight ((guint) CLAMP (sr_record_get_int (record, "importance"), 0, 3),
                        (guint) CLAMP (sr_record_get_int (record, "difficulty"), 0, 3));
}

SrReview *
sr_review_new (const char *plan_id,
               const char *date)
{
  return g_object_new (SR_TYPE_REVIEW, "plan-id", plan_id, "date", date, NULL);
}

SrGoalRating *
sr_goal_rating_new (const char *review_id,
                    const char *goal_id,
                    int         level)
{
  return g_object_new (SR_TYPE_GOAL_RATING,
                       "review-id", review_id,
                       "goal-id", goal_id,
                       "level", level,
                       NULL);
}
