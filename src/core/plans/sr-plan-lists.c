/* sr-plan-lists.c: the plans domain's lists, plan versions and T-scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-plan-lists"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-gas.h"
#include "sr-needs-assessment.h"
#include "sr-plan-lists.h"
#include "sr-plan.h"
#include "sr-query-model-private.h"
#include "sr-record-private.h"
#include "sr-store-private.h"

GListModel *
sr_store_list_needs_assessments (SrStore    *self,
                                 const char *period_id)
{
  return sr_query_list (self, SR_TYPE_NEEDS_ASSESSMENT,
                        "WHERE t.period_id = ?1 ORDER BY t.date, t.id",
                        SR_PARAMS (period_id), SR_WATCH (SR_ENTITY_NEEDS_ASSESSMENT));
}

GListModel *
sr_store_list_referrals (SrStore    *self,
                         const char *assessment_id)
{
  return sr_query_list (self, SR_TYPE_REFERRAL,
                        "WHERE t.assessment_id = ?1 ORDER BY t.service, t.id",
                        SR_PARAMS (assessment_id), SR_WATCH (SR_ENTITY_REFERRAL));
}

GListModel *
sr_store_list_plans (SrStore    *self,
                     const char *period_id)
{
  return sr_query_list (self, SR_TYPE_PLAN,
                        "WHERE t.period_id = ?1 ORDER BY t.version",
                        SR_PARAMS (period_id), SR_WATCH (SR_ENTITY_PLAN));
}

GListModel *
sr_store_list_goals (SrStore    *self,
                     const char *plan_id)
{
  return sr_query_list (self, SR_TYPE_GOAL,
                        "WHERE t.plan_id = ?1 ORDER BY t.position, t.id",
                        SR_PARAMS (plan_id), SR_WATCH (SR_ENTITY_GOAL));
}

GListModel *
sr_store_list_reviews (SrStore    *self,
                       const char *plan_id)
{
  return sr_query_list (self, SR_TYPE_REVIEW,
                        "WHERE t.plan_id = ?1 ORDER BY t.date, t.id",
                        SR_PARAMS (plan_id), SR_WATCH (SR_ENTITY_REVIEW));
}

GListModel *
sr_store_list_goal_ratings (SrStore    *self,
                            const char *review_id)
{
  return sr_query_list (self, SR_TYPE_GOAL_RATING,
                        "JOIN goals g ON g.id = t.goal_id"
                        " WHERE t.review_id = ?1 ORDER BY g.position, t.id",
                        SR_PARAMS (review_id), SR_WATCH (SR_ENTITY_GOAL_RATING, SR_ENTITY_GOAL));
}

gboolean
sr_store_delete_goal (SrStore     *self,
                      const char  *goal_id,
                      GError     **error)
{
  return sr_store_delete_by_id (self, SR_TYPE_GOAL, goal_id, error);
}

SrPlan *
sr_store_get_current_plan (SrStore     *self,
                           const char  *period_id,
                           GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  SrRecord *plan = NULL;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sql = g_strconcat (sr_store_select_sql (SR_TYPE_PLAN),
                     " WHERE t.period_id = ?1 ORDER BY t.version DESC LIMIT 1", NULL);
  stmt = sr_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, period_id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    plan = sr_store_record_from_row (SR_TYPE_PLAN, stmt);
  else if (rc != SQLITE_DONE)
    sr_store_set_sqlite_error (sr_store_get_db (self), rc, error);
  sqlite3_reset (stmt);

  return SR_PLAN (plan);
}

SrPlan *
sr_store_new_plan_version (SrStore     *self,
                           const char  *plan_id,
                           GError     **error)
{
  g_autoptr(SrPlan) old = NULL;
  g_autoptr(SrPlan) plan = NULL;
  g_autoptr(GPtrArray) goal_ids = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (today, "%Y-%m-%d");
  const SrRecordInfo *info = sr_record_type_get_info (SR_TYPE_GOAL);

  g_return_val_if_fail (SR_IS_STORE (self), NULL);

  old = sr_store_get_plan (self, plan_id, error);
  if (old == NULL)
    return NULL;
  goal_ids = sr_store_query_ids (self, "SELECT id FROM goals WHERE plan_id = ?1 ORDER BY position, id",
                                 plan_id, error);
  if (goal_ids == NULL)
    return NULL;

  plan = g_object_new (SR_TYPE_PLAN,
                       "period-id", sr_plan_get_period_id (old),
                       "date", date,
                       "participants", sr_record_get_string (SR_RECORD (old), "participants"),
                       "client-present", sr_record_get_boolean (SR_RECORD (old), "client-present"),
                       "review-due", sr_record_get_string (SR_RECORD (old), "review-due"),
                       NULL);
  /* The new plan's id is needed by its goals before the save: make it now. */
  {
    g_autofree char *id = g_uuid_string_random ();

    sr_record_set_meta (SR_RECORD (plan), id, NULL, NULL, 0);
  }
  g_ptr_array_add (records, g_object_ref (plan));

  for (guint i = 0; i < goal_ids->len; i++)
    {
      g_autoptr(SrGoal) goal = sr_store_get_goal (self, g_ptr_array_index (goal_ids, i), error);
      g_autofree char *id = g_uuid_string_random ();
      SrGoal *copy;

      if (goal == NULL)
        return NULL;

      copy = g_object_new (SR_TYPE_GOAL, NULL);
      for (guint f = 0; f < info->n_fields; f++)
        g_value_copy (sr_record_peek_value (SR_RECORD (goal), f),
                      sr_record_peek_value (SR_RECORD (copy), f));
      g_object_set (copy, "plan-id", sr_record_get_id (SR_RECORD (plan)), NULL);
      sr_record_set_meta (SR_RECORD (copy), id, NULL, NULL, 0);
      g_ptr_array_add (records, copy);
    }

  if (!sr_store_save_all (self, (SrRecord **) records->pdata, records->len, error))
    return NULL;

  return g_steal_pointer (&plan);
}

gboolean
sr_store_plan_t_score (SrStore     *self,
                       const char  *plan_id,
                       const char  *review_id,
                       double       rho,
                       double      *t_score,
                       GError     **error)
{
  g_autoptr(GPtrArray) goal_ids = NULL;
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (SrGasItem));

  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (t_score != NULL, FALSE);

  goal_ids = sr_store_query_ids (self, "SELECT id FROM goals WHERE plan_id = ?1 ORDER BY position, id",
                                 plan_id, error);
  if (goal_ids == NULL)
    return FALSE;

  for (guint i = 0; i < goal_ids->len; i++)
    {
      const char *goal_id = g_ptr_array_index (goal_ids, i);
      g_autoptr(SrGoal) goal = sr_store_get_goal (self, goal_id, error);
      SrGasItem item;

      if (goal == NULL)
        return FALSE;

      item.level = sr_goal_get_baseline (goal);
      item.weight = sr_goal_get_weight (goal);

      if (review_id != NULL)
        {
          sqlite3_stmt *stmt = sr_store_prepare (self, "SELECT level FROM goal_ratings"
                                                 " WHERE review_id = ?1 AND goal_id = ?2", error);
          gboolean rated;

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, review_id, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, goal_id, -1, SQLITE_TRANSIENT);
          rated = sqlite3_step (stmt) == SQLITE_ROW;
          if (rated)
            item.level = sqlite3_column_int (stmt, 0);
          sqlite3_reset (stmt);

          if (!rated)
            {
              g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                                   _("Every goal must be rated in the review before the "
                                     "T-score can be computed."));
              return FALSE;
            }
        }

      g_array_append_val (items, item);
    }

  return sr_gas_t_score ((const SrGasItem *) items->data, items->len, rho, t_score, error);
}
