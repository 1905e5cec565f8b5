/* test-plan-service.c: a review saved whole with its ratings; T-scores in one query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fictitious people only.
 */

#include "config.h"

#include <sqlite3.h>

#include "sr-gas.h"
#include "sr-plan-service.h"
#include "sr-store-private.h"
#include "sr-client.h"
#include "sr-needs-assessment.h"
#include "sr-period.h"
#include "sr-plan-lists.h"
#include "sr-plan.h"
#include "sr-record-merge.h"
#include "sr-record.h"
#include "sr-store.h"
#include "sr-worker.h"

typedef struct
{
  SrStore       *store;
  SrPlanService *service;
  SrPlan        *plan;
  GPtrArray     *goals;  /* SrGoal, in plan order */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Testi Työntekijä");
  g_autoptr(SrClient) client = sr_client_new ("Maija", "Meikäläinen");
  g_autoptr(SrPeriod) period = NULL;
  /* Goal i: weighted with importance and difficulty, or not (0). */
  static const int weights[][2] = { { 0, 0 }, { 2, 3 }, { 1, 1 }, { 3, 2 } };

  f->store = sr_store_open (":memory:", &error);
  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (f->store, worker, &error));
  sr_store_set_current_worker (f->store, sr_record_get_id (SR_RECORD (worker)));
  g_assert_true (sr_store_save_client (f->store, client, &error));
  period = sr_period_new (sr_record_get_id (SR_RECORD (client)), "2024-01-08");
  g_assert_true (sr_store_save_period (f->store, period, &error));
  f->plan = sr_plan_new (sr_record_get_id (SR_RECORD (period)));
  g_object_set (f->plan, "date", "2024-01-15", NULL);
  g_assert_true (sr_store_save_plan (f->store, f->plan, &error));
  g_assert_no_error (error);

  f->goals = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    {
      SrGoal *goal = sr_goal_new (sr_record_get_id (SR_RECORD (f->plan)), "Tavoite");

      g_object_set (goal, "position", i, "baseline", i % 2 ? -2 : -1, NULL);
      if (weights[i][0] > 0)
        g_object_set (goal, "weighted", TRUE, "importance", weights[i][0],
                      "difficulty", weights[i][1], NULL);
      g_assert_true (sr_store_save_goal (f->store, goal, &error));
      g_assert_no_error (error);
      g_ptr_array_add (f->goals, goal);
    }

  f->service = sr_plan_service_new (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->service);
  g_clear_pointer (&f->goals, g_ptr_array_unref);
  g_clear_object (&f->plan);
  g_clear_object (&f->store);
}

static const char *
plan_id (Fixture *f)
{
  return sr_record_get_id (SR_RECORD (f->plan));
}

/* Ratings of the first @n goals with @levels. */
static GPtrArray *
make_ratings (Fixture   *f,
              const int *levels,
              guint      n)
{
  GPtrArray *ratings = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ratings, sr_goal_rating_new (NULL, sr_record_get_id (g_ptr_array_index (f->goals, i)),
                                                  levels[i]));
  return ratings;
}

static gint64
count_rows (Fixture    *f,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3_stmt *stmt = sr_store_prepare (f->store, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
test_review_saved_whole (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrReview) review = sr_review_new (plan_id (f), "2024-03-01");
  static const int levels[] = { 0, 1, 3, -1 };  /* +3 is no GAS level */
  g_autoptr(GPtrArray) ratings = make_ratings (f, levels, 4);
  g_autoptr(GListModel) saved = NULL;

  /* The third rating fails after the review and two ratings were written:
   * nothing stays, and the objects can be saved again once corrected. */
  g_assert_false (sr_plan_service_add_review (f->service, review, ratings, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "reviews"), ==, 0);
  g_assert_cmpint (count_rows (f, "goal_ratings"), ==, 0);
  g_assert_null (sr_record_get_id (SR_RECORD (review)));
  g_assert_null (sr_record_get_id (g_ptr_array_index (ratings, 0)));

  g_object_set (g_ptr_array_index (ratings, 2), "level", 2, NULL);
  g_assert_true (sr_plan_service_add_review (f->service, review, ratings, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "reviews"), ==, 1);
  saved = sr_store_list_goal_ratings (f->store, sr_record_get_id (SR_RECORD (review)));
  g_assert_cmpuint (g_list_model_get_n_items (saved), ==, 4);
  /* The rater is the current worker, as in the review dialog. */
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (review), "rater-id"), ==,
                   sr_store_get_current_worker (f->store));
}

static void
test_review_rates_every_goal (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const int levels[] = { 0, 1, 2, -1 };

  /* One goal left unrated. */
  {
    g_autoptr(SrReview) review = sr_review_new (plan_id (f), "2024-03-01");
    g_autoptr(GPtrArray) ratings = make_ratings (f, levels, 3);

    g_assert_false (sr_plan_service_add_review (f->service, review, ratings, &error));
    g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* One goal rated twice instead of the last one. */
  {
    g_autoptr(SrReview) review = sr_review_new (plan_id (f), "2024-03-01");
    g_autoptr(GPtrArray) ratings = make_ratings (f, levels, 4);

    g_object_set (g_ptr_array_index (ratings, 3), "goal-id",
                  sr_record_get_id (g_ptr_array_index (f->goals, 0)), NULL);
    g_assert_false (sr_plan_service_add_review (f->service, review, ratings, &error));
    g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* A goal of another plan version. */
  {
    g_autoptr(SrPlan) v2 = sr_plan_service_new_version (f->service, plan_id (f), &error);
    g_autoptr(GListModel) goals = NULL;
    g_autoptr(SrGoal) other = NULL;
    g_autoptr(SrReview) review = sr_review_new (plan_id (f), "2024-03-01");
    g_autoptr(GPtrArray) ratings = make_ratings (f, levels, 4);

    g_assert_no_error (error);
    g_assert_cmpint (sr_plan_get_version (v2), ==, 2);
    goals = sr_store_list_goals (f->store, sr_record_get_id (SR_RECORD (v2)));
    g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 4);
    other = g_list_model_get_item (goals, 3);
    g_object_set (g_ptr_array_index (ratings, 3), "goal-id", sr_record_get_id (SR_RECORD (other)), NULL);
    g_assert_false (sr_plan_service_add_review (f->service, review, ratings, &error));
    g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  g_assert_cmpint (count_rows (f, "reviews"), ==, 0);
  g_assert_cmpint (count_rows (f, "goal_ratings"), ==, 0);
}

static int
count_statement_cb (unsigned  type,
                    void     *data,
                    void     *p,
                    void     *x)
{
  (*(guint *) data)++;
  return 0;
}

static void
test_t_scores_one_query (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GListModel) reviews = NULL;
  static const int levels[][4] = { { 0, 0, -1, 1 }, { 2, 1, 0, 1 }, { -2, -1, 2, 0 } };
  static const char * const dates[] = { "2024-05-01", "2024-03-01", "2024-07-01" };
  sqlite3 *db = sr_store_get_db (f->store);
  guint statements = 0;

  for (guint r = 0; r < G_N_ELEMENTS (levels); r++)
    {
      g_autoptr(SrReview) review = sr_review_new (plan_id (f), dates[r]);
      g_autoptr(GPtrArray) ratings = make_ratings (f, levels[r], 4);

      g_assert_true (sr_plan_service_add_review (f->service, review, ratings, &error));
      g_assert_no_error (error);
    }
  /* A review saved around the service with one goal unrated: not scored. */
  {
    g_autoptr(SrReview) review = sr_review_new (plan_id (f), "2024-08-01");
    g_autoptr(SrGoalRating) rating = NULL;

    g_assert_true (sr_store_save_review (f->store, review, &error));
    rating = sr_goal_rating_new (sr_record_get_id (SR_RECORD (review)),
                                 sr_record_get_id (g_ptr_array_index (f->goals, 0)), 1);
    g_assert_true (sr_store_save_goal_rating (f->store, rating, &error));
  }

  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, count_statement_cb, &statements);
  scores = sr_plan_service_t_scores (f->service, plan_id (f), 0.3, &error);
  sqlite3_trace_v2 (db, 0, NULL, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (statements, ==, 1);

  /* The baseline, then the reviews in the order the review list shows. */
  reviews = sr_store_list_reviews (f->store, plan_id (f));
  g_assert_cmpuint (scores->len, ==, 1 + g_list_model_get_n_items (reviews));
  for (guint i = 0; i < scores->len; i++)
    {
      SrPlanScore *score = g_ptr_array_index (scores, i);
      g_autoptr(SrReview) review = i > 0 ? g_list_model_get_item (reviews, i - 1) : NULL;
      const char *review_id = review ? sr_record_get_id (SR_RECORD (review)) : NULL;
      g_autoptr(GError) expected_error = NULL;
      double expected = 0;
      gboolean scored;

      g_assert_cmpstr (score->review_id, ==, review_id);
      g_assert_cmpstr (score->date, ==, review ? sr_record_get_string (SR_RECORD (review), "date") : NULL);

      statements = 0;
      sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, count_statement_cb, &statements);
      scored = sr_store_plan_t_score (f->store, plan_id (f), review_id, 0.3, &expected, &expected_error);
      sqlite3_trace_v2 (db, 0, NULL, NULL);
      /* The per-review path: a goal list, then each goal and its rating. */
      g_assert_cmpuint (statements, >, 4);

      g_assert_cmpint (score->scored, ==, scored);
      if (scored)
        g_assert_cmpfloat_with_epsilon (score->t_score, expected, 1e-9);
      else
        g_assert_error (score->error, expected_error->domain, expected_error->code);
    }
  /* Three scored reviews and the one left half rated. */
  g_assert_true (((SrPlanScore *) g_ptr_array_index (scores, 3))->scored);
  g_assert_false (((SrPlanScore *) g_ptr_array_index (scores, 4))->scored);
}

static void
test_t_scores_without_goals (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrStore) store = sr_store_open (":memory:", &error);
  g_autoptr(SrWorker) worker = sr_worker_new ("Testi Työntekijä");
  g_autoptr(SrClient) client = sr_client_new ("Matti", "Meikäläinen");
  g_autoptr(SrPeriod) period = NULL;
  g_autoptr(SrPlan) plan = NULL;
  g_autoptr(SrReview) review = NULL;
  g_autoptr(SrPlanService) service = sr_plan_service_new (store);
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  g_assert_true (sr_store_save_worker (store, worker, &error));
  sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
  g_assert_true (sr_store_save_client (store, client, &error));
  period = sr_period_new (sr_record_get_id (SR_RECORD (client)), "2024-01-08");
  g_assert_true (sr_store_save_period (store, period, &error));
  plan = sr_plan_new (sr_record_get_id (SR_RECORD (period)));
  g_assert_true (sr_store_save_plan (store, plan, &error));

  /* No goals: no review (the dialog cannot save one either). */
  review = sr_review_new (sr_record_get_id (SR_RECORD (plan)), "2024-03-01");
  g_assert_false (sr_plan_service_add_review (service, review, none, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (sr_store_save_review (store, review, &error));
  scores = sr_plan_service_t_scores (service, sr_record_get_id (SR_RECORD (plan)), 0.3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      SrPlanScore *score = g_ptr_array_index (scores, i);

      g_assert_false (score->scored);
      g_assert_error (score->error, SR_GAS_ERROR, SR_GAS_ERROR_EMPTY);
    }
}

static void
test_save_plan_and_goals (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrPlan) copy = NULL;
  g_autoptr(SrGoal) stale = NULL;
  g_autoptr(SrGoal) goal = sr_goal_new (sr_record_get_id (SR_RECORD (f->plan)), "Uusi tavoite");
  g_autoptr(GListModel) goals = NULL;
  SrGoal *second = g_ptr_array_index (f->goals, 1);

  /* The plan's details: an edit of an older copy is the store's conflict, unchanged. */
  copy = sr_store_get_plan (f->store, sr_record_get_id (SR_RECORD (f->plan)), &error);
  g_object_set (f->plan, "participants", "asiakas, ohjaaja", NULL);
  g_assert_true (sr_plan_service_save_plan (f->service, f->plan, &error));
  g_assert_no_error (error);
  g_object_set (copy, "participants", "asiakas", NULL);
  g_assert_false (sr_plan_service_save_plan (f->service, copy, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  /* A new goal goes after the plan's four, whatever position it came with. */
  g_assert_true (sr_plan_service_save_goal (f->service, goal, &error));
  g_assert_no_error (error);
  goals = sr_store_list_goals (f->store, sr_record_get_id (SR_RECORD (f->plan)));
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 5);
  g_assert_cmpint (sr_record_get_int (SR_RECORD (goal), "position"), ==, 4);

  /* An edited goal keeps its place; a stale copy of it is a conflict. */
  stale = SR_GOAL (sr_record_copy (SR_RECORD (second)));
  g_object_set (second, "text", "Tavoite tarkennettu", NULL);
  g_assert_true (sr_plan_service_save_goal (f->service, second, &error));
  g_assert_cmpint (sr_record_get_int (SR_RECORD (second), "position"), ==, 1);
  g_object_set (stale, "text", "Toinen muutos", NULL);
  g_assert_false (sr_plan_service_save_goal (f->service, stale, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Nobody named as using the app: nothing is saved. */
  sr_store_set_current_worker (f->store, NULL);
  g_object_set (f->plan, "participants", NULL, NULL);
  g_assert_false (sr_plan_service_save_plan (f->service, f->plan, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NO_WORKER);
}

static void
test_delete_and_restore_goal (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) goals = sr_store_list_goals (f->store, sr_record_get_id (SR_RECORD (f->plan)));
  SrGoal *third = g_ptr_array_index (f->goals, 2);
  g_autoptr(SrGoal) removed = sr_store_get_goal (f->store, sr_record_get_id (SR_RECORD (third)), &error);
  g_autoptr(SrGoal) restored = NULL;
  g_autoptr(SrReview) review = sr_review_new (plan_id (f), "2024-03-01");
  static const int levels[] = { 0, 1, 2, -1 };
  g_autoptr(GPtrArray) ratings = make_ratings (f, levels, 4);

  g_assert_true (sr_plan_service_delete_goal (f->service, sr_record_get_id (SR_RECORD (third)), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 3);
  g_assert_null (sr_store_get_goal (f->store, sr_record_get_id (SR_RECORD (third)), &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo: the goal is back with its id and its place among the others. */
  g_assert_true (sr_plan_service_restore (f->service, SR_RECORD (removed), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 4);
  restored = sr_store_get_goal (f->store, sr_record_get_id (SR_RECORD (third)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sr_record_get_int (SR_RECORD (restored), "position"), ==, 2);
  g_assert_cmpint (sr_goal_get_baseline (restored), ==, sr_goal_get_baseline (third));
  g_clear_object (&restored);
  restored = g_list_model_get_item (goals, 2);
  g_assert_cmpstr (sr_record_get_id (SR_RECORD (restored)), ==, sr_record_get_id (SR_RECORD (third)));

  /* A goal rated in a review is part of the plan's record: not deleted. */
  g_assert_true (sr_plan_service_add_review (f->service, review, ratings, &error));
  g_assert_no_error (error);
  g_assert_false (sr_plan_service_delete_goal (f->service, sr_record_get_id (SR_RECORD (third)), &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_IN_USE);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 4);
}

static void
test_assessment_and_referrals (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrNeedsAssessment) assessment = sr_needs_assessment_new (sr_record_get_string (SR_RECORD (f->plan), "period-id"));
  g_autoptr(SrNeedsAssessment) copy = NULL;
  g_autoptr(SrReferral) referral = NULL;
  g_autoptr(SrReferral) removed = NULL;
  g_autoptr(SrReferral) restored = NULL;
  g_autoptr(GListModel) referrals = NULL;
  SrReferralStatus status;

  g_object_set (assessment, "date", "2024-01-10", "client-present", TRUE, NULL);
  g_assert_true (sr_plan_service_save_assessment (f->service, assessment, &error));
  g_assert_no_error (error);

  /* Saved again over a change made meanwhile elsewhere: the store's conflict. */
  copy = SR_NEEDS_ASSESSMENT (sr_record_copy (SR_RECORD (assessment)));
  g_object_set (assessment, "summary", "Arki sujuu", NULL);
  g_assert_true (sr_plan_service_save_assessment (f->service, assessment, &error));
  g_object_set (copy, "summary", "Arki ei suju", NULL);
  g_assert_false (sr_plan_service_save_assessment (f->service, copy, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  referral = sr_referral_new (sr_record_get_id (SR_RECORD (assessment)), SR_REFERRAL_SERVICE_OTHER);
  g_object_set (referral, "status", SR_REFERRAL_STATUS_NEEDED, "status-date", "2024-01-10", NULL);
  g_assert_true (sr_plan_service_save_referral (f->service, referral, &error));
  g_assert_no_error (error);
  g_object_set (referral, "status", SR_REFERRAL_STATUS_REFERRED, NULL);
  g_assert_true (sr_plan_service_save_referral (f->service, referral, &error));
  g_assert_no_error (error);
  referrals = sr_store_list_referrals (f->store, sr_record_get_id (SR_RECORD (assessment)));
  g_assert_cmpuint (g_list_model_get_n_items (referrals), ==, 1);

  /* Removed by mistake, and put back as it was. */
  removed = sr_store_get_referral (f->store, sr_record_get_id (SR_RECORD (referral)), &error);
  g_assert_true (sr_plan_service_delete_referral (f->service, sr_record_get_id (SR_RECORD (referral)), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (referrals), ==, 0);
  g_assert_true (sr_plan_service_restore (f->service, SR_RECORD (removed), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (referrals), ==, 1);
  restored = sr_store_get_referral (f->store, sr_record_get_id (SR_RECORD (referral)), &error);
  g_assert_no_error (error);
  g_object_get (restored, "status", &status, NULL);
  g_assert_cmpint (status, ==, SR_REFERRAL_STATUS_REFERRED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/plan-service/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("review-saved-whole", test_review_saved_whole);
  ADD ("review-rates-every-goal", test_review_rates_every_goal);
  ADD ("t-scores-one-query", test_t_scores_one_query);
  g_test_add_func ("/plan-service/t-scores-without-goals", test_t_scores_without_goals);
  ADD ("save-plan-and-goals", test_save_plan_and_goals);
  ADD ("delete-and-restore-goal", test_delete_and_restore_goal);
  ADD ("assessment-and-referrals", test_assessment_and_referrals);

  return g_test_run ();
}
