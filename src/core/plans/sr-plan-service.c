/* sr-plan-service.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-plan-service"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-gas.h"
#include "sr-plan-service.h"
#include "sr-service-private.h"
#include "sr-plan-lists.h"
#include "sr-needs-assessment.h"
#include "sr-plan.h"
#include "sr-record.h"
#include "sr-store.h"

struct _SrPlanService
{
  SrService parent_instance;
};

G_DEFINE_FINAL_TYPE (SrPlanService, sr_plan_service, SR_TYPE_SERVICE)

void
sr_plan_score_free (SrPlanScore *score)
{
  if (score == NULL)
    return;

  g_free (score->review_id);
  g_free (score->date);
  g_clear_error (&score->error);
  g_free (score);
}

/* Whether @ratings rate each goal of @plan_id once, and nothing else. */
static gboolean
check_ratings (SrPlanService  *self,
               const char     *plan_id,
               GPtrArray      *ratings,
               GError        **error)
{
  g_autoptr(GHashTable) unrated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean ok = TRUE;
  sqlite3_stmt *stmt;
  int rc;

  stmt = sr_store_prepare (SR_SERVICE_STORE (self), "SELECT id FROM goals WHERE plan_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, plan_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (unrated, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    {
      sr_store_set_sqlite_error (sr_store_get_db (SR_SERVICE_STORE (self)), rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  ok = g_hash_table_size (unrated) > 0;
  for (guint i = 0; ok && i < ratings->len; i++)
    {
      const char *goal_id = sr_record_get_string (g_ptr_array_index (ratings, i), "goal-id");

      /* Not a goal of this plan, or rated twice. */
      ok = goal_id != NULL && g_hash_table_remove (unrated, goal_id);
    }

  if (!ok || g_hash_table_size (unrated) > 0)
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                           _("Rate every goal of the plan in the review."));
      return FALSE;
    }

  return TRUE;
}

static void
sr_plan_service_class_init (SrPlanServiceClass *klass)
{
}

static void
sr_plan_service_init (SrPlanService *self)
{
}

SrPlanService *
sr_plan_service_new (SrStore *store)
{
  g_return_val_if_fail (SR_IS_STORE (store), NULL);

  return g_object_new (SR_TYPE_PLAN_SERVICE, "store", store, NULL);
}

SrPlan *
sr_plan_service_new_version (SrPlanService  *self,
                             const char     *plan_id,
                             GError        **error)
{
  g_return_val_if_fail (SR_IS_PLAN_SERVICE (self), NULL);
  g_return_val_if_fail (plan_id != NULL, NULL);

  /* Already one transaction: the plan and its goals' copies. */
  return sr_store_new_plan_version (SR_SERVICE_STORE (self), plan_id, error);
}

gboolean
sr_plan_service_add_review (SrPlanService  *self,
                            SrReview       *review,
                            GPtrArray      *ratings,
                            GError        **error)
{
  g_autoptr(GArray) metas = sr_service_metas_new ();
  const char *plan_id;
  gboolean ok;

  g_return_val_if_fail (SR_IS_PLAN_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (ratings != NULL, FALSE);

  plan_id = sr_record_get_string (SR_RECORD (review), "plan-id");
  if (plan_id == NULL)
    return sr_record_validate (SR_RECORD (review), error);
  if (!check_ratings (self, plan_id, ratings, error))
    return FALSE;

  if (sr_record_get_string (SR_RECORD (review), "rater-id") == NULL)
    g_object_set (review, "rater-id", sr_store_get_current_worker (SR_SERVICE_STORE (self)), NULL);

  if (!sr_service_begin (SR_SERVICE_STORE (self), error))
    return FALSE;

  sr_service_metas_add (metas, SR_RECORD (review));
  ok = sr_store_save_review (SR_SERVICE_STORE (self), review, error);
  for (guint i = 0; ok && i < ratings->len; i++)
    {
      SrRecord *rating = g_ptr_array_index (ratings, i);

      sr_service_metas_add (metas, rating);
      g_object_set (rating, "review-id", sr_record_get_id (SR_RECORD (review)), NULL);
      ok = sr_store_save_goal_rating (SR_SERVICE_STORE (self), SR_GOAL_RATING (rating), error);
    }

  return sr_service_finish (SR_SERVICE_STORE (self), ok, metas, error);
}

/* Scores one point from its goals' levels (@items) and whether each was rated. */
static SrPlanScore *
score_point (const char *review_id,
             const char *date,
             GArray     *items,
             gboolean    all_rated,
             double      rho)
{
  SrPlanScore *score = g_new0 (SrPlanScore, 1);

  score->review_id = g_strdup (review_id);
  score->date = g_strdup (date);
  if (!all_rated)
    g_set_error_literal (&score->error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                         _("Every goal must be rated in the review before the "
                           "T-score can be computed."));
  else
    score->scored = sr_gas_t_score ((const SrGasItem *) items->data, items->len, rho,
                                    &score->t_score, &score->error);

  return score;
}

GPtrArray *
sr_plan_service_t_scores (SrPlanService  *self,
                          const char     *plan_id,
                          double          rho,
                          GError        **error)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) sr_plan_score_free);
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (SrGasItem));
  g_autofree char *point_id = NULL;
  g_autofree char *point_date = NULL;
  gboolean started = FALSE;
  gboolean all_rated = TRUE;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SR_IS_PLAN_SERVICE (self), NULL);
  g_return_val_if_fail (plan_id != NULL, NULL);

  /* One row per point (the baseline, then each review) and goal, in the
   * order of the review list and of the goals; a plan without goals still
   * gives each point one row, with the goal columns NULL. */
  stmt = sr_store_prepare (SR_SERVICE_STORE (self),
                           "SELECT p.id, p.date, g.id, g.baseline, g.weighted, g.importance,"
                           " g.difficulty, r.level"
                           " FROM (SELECT NULL AS id, NULL AS date, 0 AS o"
                           "       UNION ALL SELECT id, date, 1 FROM reviews WHERE plan_id = ?1) p"
                           " LEFT JOIN goals g ON g.plan_id = ?1"
                           " LEFT JOIN goal_ratings r ON r.review_id = p.id AND r.goal_id = g.id"
                           " ORDER BY p.o, p.date, p.id, g.position, g.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, plan_id, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      SrGasItem item;

      if (!started || g_strcmp0 (id, point_id) != 0)
        {
          if (started)
            g_ptr_array_add (scores, score_point (point_id, point_date, items, all_rated, rho));
          started = TRUE;
          g_free (point_id);
          point_id = g_strdup (id);
          g_free (point_date);
          point_date = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          g_array_set_size (items, 0);
          all_rated = TRUE;
        }

      if (sqlite3_column_type (stmt, 2) == SQLITE_NULL)
        continue;

      /* The weight as sr_goal_get_weight() makes it. */
      item.weight = sqlite3_column_int (stmt, 4)
                    ? sr_gas_weight ((guint) CLAMP (sqlite3_column_int (stmt, 5), 0, 3),
                                     (guint) CLAMP (sqlite3_column_int (stmt, 6), 0, 3))
                    : 1.0;
      if (id == NULL)
        item.level = sqlite3_column_int (stmt, 3);
      else if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
        item.level = sqlite3_column_int (stmt, 7);
      else
        all_rated = FALSE;
      g_array_append_val (items, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sr_store_set_sqlite_error (sr_store_get_db (SR_SERVICE_STORE (self)), rc, error);
      return NULL;
    }
  if (started)
    g_ptr_array_add (scores, score_point (point_id, point_date, items, all_rated, rho));

  return g_steal_pointer (&scores);
}

gboolean
sr_plan_service_save_plan (SrPlanService  *self,
                           SrPlan         *plan,
                           GError        **error)
{
  g_return_val_if_fail (SR_IS_PLAN_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_PLAN (plan), FALSE);

  /* One record, one transaction with its audit row; the store's errors
   * (CONFLICT, NO_WORKER) are the caller's to act on. */
  return sr_store_save_plan (SR_SERVICE_STORE (self), plan, error);
}

/* The number of goals of plan version @plan_id, or -1 with @error. */
static int
count_goals (SrPlanService  *self,
             const char     *plan_id,
             GError        **error)
{
  sqlite3_stmt *stmt;
  int count = -1;
  int rc;

  stmt = sr_store_prepare (SR_SERVICE_STORE (self), "SELECT count(*) FROM goals WHERE plan_id = ?1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, plan_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  else
    sr_store_set_sqlite_error (sr_store_get_db (SR_SERVICE_STORE (self)), rc, error);
  sqlite3_reset (stmt);

  return count;
}

gboolean
sr_plan_service_save_goal (SrPlanService  *self,
                           SrGoal         *goal,
                           GError        **error)
{
  const char *plan_id;

  g_return_val_if_fail (SR_IS_PLAN_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_GOAL (goal), FALSE);

  plan_id = sr_record_get_string (SR_RECORD (goal), "plan-id");
  if (sr_record_get_id (SR_RECORD (goal)) == NULL && plan_id != NULL)
    {
      int position = count_goals (self, plan_id, error);

      if (position < 0)
        return FALSE;
      g_object_set (goal, "position", position, NULL);
    }

  return sr_store_save_goal (SR_SERVICE_STORE (self), goal, error);
}

gboolean
sr_plan_service_delete_goal (SrPlanService  *self,
                             const char     *goal_id,
                             GError        **error)
{
  g_return_val_if_fail (SR_IS_PLAN_SERVICE (self), FALSE);
  g_return_val_if_fail (goal_id != NULL, FALSE);

  return sr_store_delete_goal (SR_SERVICE_STORE (self), goal_id, error);
}

gboolean
sr_plan_service_save_assessment (SrPlanService      *self,
                                 SrNeedsAssessment  *assessment,
                                 GError            **error)
{
  g_return_val_if_fail (SR_IS_PLAN_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_NEEDS_ASSESSMENT (assessment), FALSE);

  return sr_store_save_needs_assessment (SR_SERVICE_STORE (self), assessment, error);
}

gboolean
sr_plan_service_save_referral (SrPlanService  *self,
                               SrReferral     *referral,
                               GError        **error)
{
  g_return_val_if_fail (SR_IS_PLAN_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_REFERRAL (referral), FALSE);

  return sr_store_save_referral (SR_SERVICE_STORE (self), referral, error);
}

gboolean
sr_plan_service_delete_referral (SrPlanService  *self,
                                 const char     *referral_id,
                                 GError        **error)
{
  g_return_val_if_fail (SR_IS_PLAN_SERVICE (self), FALSE);
  g_return_val_if_fail (referral_id != NULL, FALSE);

  return sr_store_delete_by_id (SR_SERVICE_STORE (self), SR_TYPE_REFERRAL, referral_id, error);
}

gboolean
sr_plan_service_restore (SrPlanService  *self,
                         SrRecord       *record,
                         GError        **error)
{
  g_return_val_if_fail (SR_IS_PLAN_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_GOAL (record) || SR_IS_REFERRAL (record), FALSE);
  g_return_val_if_fail (sr_record_get_id (record) != NULL, FALSE);

  /* An id the database no longer has: saved as new with that id, as it was. */
  return sr_store_restore (SR_SERVICE_STORE (self), record, error);
}
