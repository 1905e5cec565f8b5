/* test-plan-view.c: the client plan view, its goal and review dialogs, printing
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "gui-test-util.h"
#include "sr-audit-entry.h"
#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-date-row.h"
#include "sr-gas.h"
#include "sr-goal-dialog.h"
#include "sr-period.h"
#include "sr-plan-lists.h"
#include "sr-plan-printer.h"
#include "sr-plan-view.h"
#include "sr-plan.h"
#include "sr-review-dialog.h"
#include "sr-store.h"
#include "sr-worker.h"

/* The worker set on the store stays: the context does not apply the setting over it. */
static SrContext *
make_context (SrStore *store)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  return sr_context_new (store, settings);
}

typedef struct
{
  char       *dir;
  SrContext  *context;
  SrStore    *store;
  SrClient   *client;
  SrPeriod   *period;
  GtkWindow  *window;
  SrPlanView *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Testi Työntekijä");
  g_autofree char *path = NULL;
  GtkWidget *overlay, *scrolled;

  f->dir = g_dir_make_tmp ("socrehab-plan-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = sr_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (f->store, worker, &error));
  sr_store_set_current_worker (f->store, sr_record_get_id (SR_RECORD (worker)));

  f->client = sr_client_new ("Maija", "Meikäläinen");
  g_object_set (f->client, "identity-code", "010594Y9032", NULL);
  g_assert_true (sr_store_save_client (f->store, f->client, &error));
  g_assert_no_error (error);
  f->period = sr_period_new (sr_record_get_id (SR_RECORD (f->client)), "2026-01-05");
  g_object_set (f->period, "planned-end", "2026-07-05", "decision-number", "SOS-123/2026",
                "decision-date", "2026-01-02", NULL);
  g_assert_true (sr_store_save_period (f->store, f->period, &error));
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 700, 900);
  overlay = adw_toast_overlay_new ();
  scrolled = gtk_scrolled_window_new ();
  f->view = SR_PLAN_VIEW (sr_plan_view_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (f->view));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scrolled);
  gtk_window_set_child (f->window, overlay);
  f->context = make_context (f->store);
  g_object_set (f->view, "context", f->context, "period", f->period, NULL);
  gtk_window_present (f->window);
  gui_test_settle (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  gui_test_settle (50);
  g_clear_object (&f->period);
  g_clear_object (&f->client);
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  gui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GtkWidget *found = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (widget), type, name));

  g_assert_nonnull (found);
  return found;
}

/* What a mouse click does (GtkButton's own activate waits 250 ms first). */
static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static guint
count_goals (Fixture *f)
{
  g_autoptr(GListModel) goals = sr_store_list_goals (f->store, sr_record_get_id (SR_RECORD (sr_plan_view_get_plan (f->view))));

  return g_list_model_get_n_items (goals);
}

static const char *
t_score_text (Fixture *f)
{
  return gtk_label_get_text (GTK_LABEL (child (f->view, SR_TYPE_PLAN_VIEW, "t_score_label")));
}

static char *
core_t_score (Fixture    *f,
              const char *review_id)
{
  g_autoptr(GError) error = NULL;
  double t_score;

  g_assert_true (sr_store_plan_t_score (f->store, sr_record_get_id (SR_RECORD (sr_plan_view_get_plan (f->view))),
                                        review_id, SR_GAS_DEFAULT_RHO, &t_score, &error));
  g_assert_no_error (error);

  return sr_format_t_score (t_score);
}

static void
create_plan (Fixture *f)
{
  GtkStack *stack = GTK_STACK (child (f->view, SR_TYPE_PLAN_VIEW, "stack"));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-plan");
  click (child (f->view, SR_TYPE_PLAN_VIEW, "create_button"));
  gui_test_settle (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "content");
  g_assert_nonnull (sr_plan_view_get_plan (f->view));
}

/* Adds a goal through the Add Goal button and the real dialog's rows. */
static void
add_goal (Fixture    *f,
          const char *text)
{
  SrGoalDialog *dialog;
  guint before = count_goals (f);

  click (child (f->view, SR_TYPE_PLAN_VIEW, "add_goal_button"));
  gui_test_settle (50);
  dialog = SR_GOAL_DIALOG (find_toplevel (SR_TYPE_GOAL_DIALOG));
  g_assert_nonnull (dialog);

  gtk_editable_set_text (GTK_EDITABLE (child (dialog, SR_TYPE_GOAL_DIALOG, "text_row")), text);
  click (child (dialog, SR_TYPE_GOAL_DIALOG, "save_button"));
  gui_test_settle (50);

  g_assert_null (find_toplevel (SR_TYPE_GOAL_DIALOG));
  g_assert_cmpuint (count_goals (f), ==, before + 1);
}

static void
test_plan_scores (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *baseline = NULL;
  g_autofree char *reviewed = NULL;
  g_autoptr(GListModel) reviews = NULL;
  g_autoptr(SrReview) review = NULL;
  g_autoptr(GListModel) ratings = NULL;
  SrReviewDialog *dialog;

  create_plan (f);
  add_goal (f, "Käyn kaupassa itse");
  add_goal (f, "Osallistun ryhmään");
  add_goal (f, "Hoidan laskut");

  /* Three unweighted goals at −1: 36.3, exactly as the core has it. */
  baseline = core_t_score (f, NULL);
  g_assert_cmpstr (baseline, ==, "36.3");
  g_assert_cmpstr (t_score_text (f), ==, baseline);

  click (child (f->view, SR_TYPE_PLAN_VIEW, "new_review_button"));
  gui_test_settle (50);
  dialog = SR_REVIEW_DIALOG (find_toplevel (SR_TYPE_REVIEW_DIALOG));
  g_assert_nonnull (dialog);

  /* Every goal must be rated before the review can be saved. */
  adw_combo_row_set_selected (sr_review_dialog_get_row (dialog, 0), 3);   /* 0 */
  adw_combo_row_set_selected (sr_review_dialog_get_row (dialog, 1), 3);   /* 0 */
  g_assert_false (gtk_widget_get_sensitive (child (dialog, SR_TYPE_REVIEW_DIALOG, "save_button")));
  g_assert_false (sr_review_dialog_save (dialog));
  adw_combo_row_set_selected (sr_review_dialog_get_row (dialog, 2), 4);   /* +1 */
  g_assert_true (gtk_widget_get_sensitive (child (dialog, SR_TYPE_REVIEW_DIALOG, "save_button")));
  click (child (dialog, SR_TYPE_REVIEW_DIALOG, "save_button"));
  gui_test_settle (50);
  g_assert_null (find_toplevel (SR_TYPE_REVIEW_DIALOG));

  reviews = sr_store_list_reviews (f->store, sr_record_get_id (SR_RECORD (sr_plan_view_get_plan (f->view))));
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 1);
  review = g_list_model_get_item (reviews, 0);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (review), "rater-id"), ==, sr_store_get_current_worker (f->store));
  ratings = sr_store_list_goal_ratings (f->store, sr_record_get_id (SR_RECORD (review)));
  g_assert_cmpuint (g_list_model_get_n_items (ratings), ==, 3);

  reviewed = core_t_score (f, sr_record_get_id (SR_RECORD (review)));
  g_assert_cmpstr (reviewed, !=, baseline);
  g_assert_cmpstr (t_score_text (f), ==, reviewed);
}

static const char *
review_row_subtitle (Fixture *f,
                     int      index)
{
  GtkListBox *list = GTK_LIST_BOX (child (f->view, SR_TYPE_PLAN_VIEW, "reviews_list"));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  return adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));
}

static void
save_review (Fixture *f,
             int      level_0,
             int      level_1)
{
  SrReviewDialog *dialog;

  click (child (f->view, SR_TYPE_PLAN_VIEW, "new_review_button"));
  gui_test_settle (50);
  dialog = SR_REVIEW_DIALOG (find_toplevel (SR_TYPE_REVIEW_DIALOG));
  g_assert_nonnull (dialog);
  sr_review_dialog_set_level (dialog, 0, level_0);
  sr_review_dialog_set_level (dialog, 1, level_1);
  g_assert_true (sr_review_dialog_save (dialog));
  gui_test_settle (50);
}

/* Each review row shows its own review's T-score, as the core has it, and
 * follows a change of the plan's goals. */
static void
test_review_row_scores (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GListModel) reviews = NULL;

  create_plan (f);
  add_goal (f, "Käyn kaupassa itse");
  add_goal (f, "Osallistun ryhmään");
  save_review (f, 0, 0);
  save_review (f, 2, 1);

  reviews = sr_store_list_reviews (f->store, sr_record_get_id (SR_RECORD (sr_plan_view_get_plan (f->view))));
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SrReview) review = g_list_model_get_item (reviews, i);
      g_autofree char *score = core_t_score (f, sr_record_get_id (SR_RECORD (review)));
      g_autofree char *expected = g_strdup_printf ("T-score %s · ", score);

      g_assert_true (g_str_has_prefix (review_row_subtitle (f, i), expected));
    }
  g_assert_cmpstr (review_row_subtitle (f, 0), !=, review_row_subtitle (f, 1));

  /* A goal added later was rated in neither review: no score, the reason instead. */
  add_goal (f, "Hoidan laskut");
  for (guint i = 0; i < 2; i++)
    {
      g_assert_false (g_str_has_prefix (review_row_subtitle (f, i), "T-score"));
      g_assert_cmpstr (review_row_subtitle (f, i), !=, "");
    }
}

static void
test_plan_no_goals_message (Fixture       *f,
                            gconstpointer  data)
{
  create_plan (f);
  /* No goals: the core's message, not a number. */
  g_assert_false (g_ascii_isdigit (t_score_text (f)[0]));
  g_assert_cmpstr (t_score_text (f), !=, "");
}

static void
test_goal_empty_text (Fixture       *f,
                      gconstpointer  data)
{
  SrGoalDialog *dialog;
  GtkWidget *text_row, *save;

  create_plan (f);
  click (child (f->view, SR_TYPE_PLAN_VIEW, "add_goal_button"));
  gui_test_settle (50);
  dialog = SR_GOAL_DIALOG (find_toplevel (SR_TYPE_GOAL_DIALOG));
  g_assert_nonnull (dialog);
  text_row = child (dialog, SR_TYPE_GOAL_DIALOG, "text_row");
  save = child (dialog, SR_TYPE_GOAL_DIALOG, "save_button");

  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_editable_set_text (GTK_EDITABLE (text_row), "   ");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (text_row, "error"));
  g_assert_false (sr_goal_dialog_save (dialog));
  click (save);
  gui_test_settle (20);
  g_assert_cmpuint (count_goals (f), ==, 0);

  /* A target date that is not a date blocks saving too. */
  gtk_editable_set_text (GTK_EDITABLE (text_row), "Käyn kirjastossa");
  g_assert_true (gtk_widget_get_sensitive (save));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, SR_TYPE_GOAL_DIALOG, "target_date_row")), "31.2.2026");
  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, SR_TYPE_GOAL_DIALOG, "target_date_row")), "30.6.2026");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* A save refused for want of a worker asks who is using the app and
   * keeps what was typed; cancelling saves nothing. */
  sr_store_set_current_worker (f->store, NULL);
  click (save);
  gui_test_settle (20);
  g_assert_true (find_toplevel (SR_TYPE_GOAL_DIALOG) == GTK_WINDOW (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text_row)), ==, "Käyn kirjastossa");
  g_assert_nonnull (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_close_response (ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG))),
                   ==, "cancel");
  gtk_window_close (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gui_test_settle (20);
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (count_goals (f), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button_with_label (c, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_buttons (GtkWidget  *widget,
                 const char *action,
                 GPtrArray  *out)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_buttons (c, action, out);
}

static void
collect_checks (GtkWidget *widget,
                GPtrArray *out)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_checks (c, out);
}

static void
test_remove_goal_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(SrGoal) goal = NULL;
  g_autofree char *goal_id = NULL;
  GtkWidget *undo;

  create_plan (f);
  add_goal (f, "Ensimmäinen");
  add_goal (f, "Toinen");
  goals = sr_store_list_goals (f->store, sr_record_get_id (SR_RECORD (sr_plan_view_get_plan (f->view))));
  goal = g_list_model_get_item (goals, 1);
  goal_id = g_strdup (sr_record_get_id (SR_RECORD (goal)));

  /* The second goal's remove button, as a caseworker would press it. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

    collect_buttons (child (f->view, SR_TYPE_PLAN_VIEW, "goals_list"), "plan.remove-goal", buttons);
    g_assert_cmpuint (buttons->len, ==, 2);
    click (g_ptr_array_index (buttons, 1));
    gui_test_settle (50);
  }
  g_assert_cmpuint (count_goals (f), ==, 1);

  undo = find_button_with_label (gtk_window_get_child (f->window), "_Undo");
  g_assert_nonnull (undo);
  click (undo);
  gui_test_settle (50);

  g_assert_cmpuint (count_goals (f), ==, 2);
  g_clear_object (&goal);
  goal = g_list_model_get_item (goals, 1);
  g_assert_cmpstr (sr_record_get_id (SR_RECORD (goal)), ==, goal_id);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (goal), "text"), ==, "Toinen");
}

static void
test_edit_goal (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(SrGoal) goal = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autofree char *expected = NULL;
  SrGoalDialog *dialog;
  SrMeans means = 0;

  create_plan (f);
  add_goal (f, "Käyn kaupassa");
  add_goal (f, "Hoidan laskut");

  /* The first goal's edit button opens the dialog with the goal in it. */
  collect_buttons (child (f->view, SR_TYPE_PLAN_VIEW, "goals_list"), "plan.edit-goal", buttons);
  g_assert_cmpuint (buttons->len, ==, 2);
  click (g_ptr_array_index (buttons, 0));
  gui_test_settle (50);
  dialog = SR_GOAL_DIALOG (find_toplevel (SR_TYPE_GOAL_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, SR_TYPE_GOAL_DIALOG, "text_row"))), ==, "Käyn kaupassa");

  /* Weighted 3 × 2, starting at −2, with a target date and a means. */
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, SR_TYPE_GOAL_DIALOG, "text_row")), "Käyn kaupassa yksin");
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (child (dialog, SR_TYPE_GOAL_DIALOG, "weight_row")), TRUE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, SR_TYPE_GOAL_DIALOG, "importance_row")), 3);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, SR_TYPE_GOAL_DIALOG, "difficulty_row")), 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, SR_TYPE_GOAL_DIALOG, "baseline_row")), 1);
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, SR_TYPE_GOAL_DIALOG, "target_date_row")), "30.6.2026");
  {
    g_autoptr(GPtrArray) checks = g_ptr_array_new ();

    collect_checks (child (dialog, SR_TYPE_GOAL_DIALOG, "means_group"), checks);
    g_assert_cmpuint (checks->len, ==, 5);
    gtk_check_button_set_active (g_ptr_array_index (checks, 2), TRUE);  /* everyday skills */
  }
  click (child (dialog, SR_TYPE_GOAL_DIALOG, "save_button"));
  gui_test_settle (50);
  g_assert_null (find_toplevel (SR_TYPE_GOAL_DIALOG));

  goals = sr_store_list_goals (f->store, sr_record_get_id (SR_RECORD (sr_plan_view_get_plan (f->view))));
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 2);
  goal = g_list_model_get_item (goals, 0);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (goal), "text"), ==, "Käyn kaupassa yksin");
  g_assert_cmpint (sr_goal_get_baseline (goal), ==, -2);
  g_assert_cmpfloat (sr_goal_get_weight (goal), ==, 6.0);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (goal), "target-date"), ==, "2026-06-30");
  g_object_get (goal, "means", &means, NULL);
  g_assert_cmpint (means, ==, SR_MEANS_EVERYDAY_SKILLS);

  /* The weighted score, as the core computes it. */
  expected = core_t_score (f, NULL);
  g_assert_cmpstr (t_score_text (f), ==, expected);
}

static void
test_rated_goal_stays (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  SrReviewDialog *dialog;

  create_plan (f);
  add_goal (f, "Käyn kaupassa");
  click (child (f->view, SR_TYPE_PLAN_VIEW, "new_review_button"));
  gui_test_settle (50);
  dialog = SR_REVIEW_DIALOG (find_toplevel (SR_TYPE_REVIEW_DIALOG));
  sr_review_dialog_set_level (dialog, 0, 1);
  g_assert_true (sr_review_dialog_save (dialog));
  gui_test_settle (50);

  /* A goal with a rating cannot be removed: the store says why, nothing is lost. */
  collect_buttons (child (f->view, SR_TYPE_PLAN_VIEW, "goals_list"), "plan.remove-goal", buttons);
  click (g_ptr_array_index (buttons, 0));
  gui_test_settle (50);
  g_assert_cmpuint (count_goals (f), ==, 1);
  g_assert_null (find_button_with_label (gtk_window_get_child (f->window), "_Undo"));
}

static void
test_versions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GListModel) plans = NULL;
  AdwComboRow *version_row;
  SrPlan *first;
  g_autofree char *first_id = NULL;

  create_plan (f);
  add_goal (f, "Ensimmäinen");
  first = sr_plan_view_get_plan (f->view);
  first_id = g_strdup (sr_record_get_id (SR_RECORD (first)));

  click (child (f->view, SR_TYPE_PLAN_VIEW, "new_version_button"));
  gui_test_settle (50);
  plans = sr_store_list_plans (f->store, sr_record_get_id (SR_RECORD (f->period)));
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  g_assert_cmpint (sr_plan_get_version (sr_plan_view_get_plan (f->view)), ==, 2);
  g_assert_cmpuint (count_goals (f), ==, 1);
  g_assert_true (gtk_widget_get_visible (child (f->view, SR_TYPE_PLAN_VIEW, "add_goal_button")));

  /* The earlier version can be read, not changed. */
  version_row = ADW_COMBO_ROW (child (f->view, SR_TYPE_PLAN_VIEW, "version_row"));
  adw_combo_row_set_selected (version_row, 0);
  gui_test_settle (20);
  g_assert_cmpstr (sr_record_get_id (SR_RECORD (sr_plan_view_get_plan (f->view))), ==, first_id);
  g_assert_false (gtk_widget_get_visible (child (f->view, SR_TYPE_PLAN_VIEW, "add_goal_button")));
  g_assert_false (gtk_widget_get_visible (child (f->view, SR_TYPE_PLAN_VIEW, "new_review_button")));
  g_assert_false (gtk_widget_get_sensitive (child (f->view, SR_TYPE_PLAN_VIEW, "participants_row")));
}

static void
test_details_saved (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SrPlan) stored = NULL;
  GtkWidget *participants;

  create_plan (f);
  participants = child (f->view, SR_TYPE_PLAN_VIEW, "participants_row");
  gtk_editable_set_text (GTK_EDITABLE (participants), "Maija, Testi, TE-palvelut");
  g_signal_emit_by_name (participants, "apply");
  stored = sr_store_get_plan (f->store, sr_record_get_id (SR_RECORD (sr_plan_view_get_plan (f->view))), NULL);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "participants"), ==, "Maija, Testi, TE-palvelut");

  /* Typed but not applied: saved when the view moves to another period. */
  g_clear_object (&stored);
  gtk_editable_set_text (GTK_EDITABLE (participants), "Maija ja Testi");
  {
    g_autofree char *plan_id = g_strdup (sr_record_get_id (SR_RECORD (sr_plan_view_get_plan (f->view))));

    sr_plan_view_set_period (f->view, NULL);
    stored = sr_store_get_plan (f->store, plan_id, NULL);
  }
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "participants"), ==, "Maija ja Testi");
}

/* Typed here while another window changed the plan: applying the details
 * asks, and Apply My Changes Again keeps both changes. */
static void
test_details_changed_elsewhere (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrPlan) elsewhere = NULL;
  g_autoptr(SrPlan) stored = NULL;
  g_autofree char *plan_id = NULL;
  GtkWidget *participants;
  GtkWindow *message;

  create_plan (f);
  plan_id = g_strdup (sr_record_get_id (SR_RECORD (sr_plan_view_get_plan (f->view))));
  participants = child (f->view, SR_TYPE_PLAN_VIEW, "participants_row");
  gtk_editable_set_text (GTK_EDITABLE (participants), "Maija, Testi");

  elsewhere = sr_store_get_plan (f->store, plan_id, &error);
  g_object_set (elsewhere, "review-due", "2026-04-30", NULL);
  g_assert_true (sr_store_save_plan (f->store, elsewhere, &error));
  g_assert_no_error (error);
  gui_test_settle (20);
  /* What is typed stays while the other change arrives. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (participants)), ==, "Maija, Testi");

  g_signal_emit_by_name (participants, "apply");
  gui_test_settle (20);
  message = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (message)), ==, "reapply");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "reapply");
  gtk_window_close (message);
  gui_test_settle (20);

  stored = sr_store_get_plan (f->store, plan_id, NULL);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "participants"), ==, "Maija, Testi");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "review-due"), ==, "2026-04-30");
  g_assert_cmpstr (sr_date_row_get_date (SR_DATE_ROW (child (f->view, SR_TYPE_PLAN_VIEW, "review_due_row"))), ==,
                   "2026-04-30");
}

static void
test_print_pdf (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "plan.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GListModel) log = NULL;
  g_autoptr(SrAuditEntry) entry = NULL;
  gsize length = 0;

  create_plan (f);
  add_goal (f, "Käyn kaupassa itse");
  add_goal (f, "Osallistun ryhmään");

  g_assert_true (sr_plan_print_to_pdf (sr_context_get_plans (f->context), sr_plan_view_get_plan (f->view), SR_GAS_DEFAULT_RHO, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  if (pdftotext != NULL)
    {
      g_autofree char *out = NULL;
      g_autofree char *quoted = g_shell_quote (path);
      g_autofree char *command = g_strdup_printf ("pdftotext %s -", quoted);
      int status = 0;

      g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_nonnull (strstr (out, "Käyn kaupassa itse"));
      g_assert_nonnull (strstr (out, "Maija Meikäläinen"));
      g_assert_nonnull (strstr (out, "36.3") == NULL ? strstr (out, "T-score") : strstr (out, "36.3"));
      /* The name and birth date, never the identity code. */
      g_assert_null (strstr (out, "010594Y9032"));
    }
  else
    {
      g_test_message ("pdftotext not installed: the PDF's text was not checked");
    }

  log = sr_store_list_audit (f->store, sr_record_get_id (SR_RECORD (f->client)), SR_AUDIT_LOG_DISCLOSURE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 1);
  entry = g_list_model_get_item (log, 0);
  g_assert_cmpint (sr_audit_entry_get_action (entry), ==, SR_AUDIT_ACTION_PRINT);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (entry), "detail"), ==, "client plan v1");

  /* The print operation's own path (Print to File without the dialog). */
  {
    g_autofree char *exported = g_build_filename (f->dir, "exported.pdf", NULL);
    g_autofree char *head = NULL;

    g_assert_true (sr_plan_print_full (f->window, sr_context_get_plans (f->context), sr_plan_view_get_plan (f->view),
                                       SR_GAS_DEFAULT_RHO, exported, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (exported, &head, NULL, &error));
    g_assert_true (g_str_has_prefix (head, "%PDF"));
    g_assert_cmpuint (g_list_model_get_n_items (log), ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = gui_test_isolate_environment ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add ("/plan-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("scores", test_plan_scores);
  ADD ("review-row-scores", test_review_row_scores);
  ADD ("no-goals-message", test_plan_no_goals_message);
  ADD ("goal-empty-text", test_goal_empty_text);
  ADD ("remove-goal-undo", test_remove_goal_undo);
  ADD ("edit-goal", test_edit_goal);
  ADD ("rated-goal-stays", test_rated_goal_stays);
  ADD ("versions", test_versions);
  ADD ("details-saved", test_details_saved);
  ADD ("details-changed-elsewhere", test_details_changed_elsewhere);
  ADD ("print-pdf", test_print_pdf);
#undef ADD

  {
    int ret = g_test_run ();

    gui_test_remove_tree (home);
    return ret;
  }
}
