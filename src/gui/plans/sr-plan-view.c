/* sr-plan-view.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-plan-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-date-row.h"
#include "sr-format.h"
#include "sr-gas.h"
#include "sr-gas-chart.h"
#include "sr-goal-dialog.h"
#include "sr-period.h"
#include "sr-plan-lists.h"
#include "sr-plan-printer.h"
#include "sr-plan-service.h"
#include "sr-plan-view.h"
#include "sr-plan.h"
#include "sr-record-merge.h"
#include "sr-save-error.h"
#include "sr-review-dialog.h"
#include "sr-worker.h"

static const char * const level_props[] = {
  "level-minus-2", "level-minus-1", "level-0", "level-plus-1", "level-plus-2",
};

struct _SrPlanView
{
  SrPeriodSection parent_instance;

  GListModel     *plans;        /* versions of the period's plan */
  SrPlan         *plan;         /* the version shown */
  GListModel     *goals;
  GListModel     *reviews;
  GtkStringList  *version_names;
  GPtrArray      *scores;       /* SrPlanScore of the plan shown: baseline, then each review */
  GError         *scores_error; /* why there are no scores */
  gboolean        loading;
  guint           scores_source; /* rebind the reviews and score them at idle */

  /* Template widgets */
  GtkStack       *stack;
  GtkWidget      *create_button;
  AdwComboRow    *version_row;
  SrDateRow      *date_row;
  AdwEntryRow    *participants_row;
  GtkWidget      *client_present_row;
  GtkSwitch      *client_present_switch;
  SrDateRow      *review_due_row;
  GtkWidget      *new_version_button;
  GtkWidget      *add_goal_button;
  GtkWidget      *new_review_button;
  GtkLabel       *t_score_label;
  GtkLabel       *t_score_caption;
  SrGasChart     *chart;
  GtkListBox     *goals_list;
  GtkListBox     *reviews_list;
};

G_DEFINE_FINAL_TYPE (SrPlanView, sr_plan_view, SR_TYPE_PERIOD_SECTION)

static void sr_plan_view_reload (SrPlanView *self);
static void show_plan (SrPlanView *self,
                       SrPlan     *plan);

/* Helpers */

static SrStore *
get_store (SrPlanView *self)
{
  return sr_period_section_get_store (SR_PERIOD_SECTION (self));
}

static SrPeriod *
get_period (SrPlanView *self)
{
  return sr_period_section_get_period (SR_PERIOD_SECTION (self));
}

static double
get_rho (SrPlanView *self)
{
  SrContext *context = sr_period_section_get_context (SR_PERIOD_SECTION (self));

  return context != NULL ? sr_context_get_gas_rho (context) : SR_GAS_DEFAULT_RHO;
}

static gboolean
is_current_version (SrPlanView *self)
{
  guint n;

  if (self->plan == NULL || self->plans == NULL)
    return FALSE;
  n = g_list_model_get_n_items (self->plans);

  return n > 0 && adw_combo_row_get_selected (self->version_row) == n - 1;
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

static char *
day_or_dash (const char *iso)
{
  char *text = iso != NULL ? sr_format_day (iso) : NULL;

  return text != NULL ? text : g_strdup ("–");
}

static GtkWindow *
parent_window (SrPlanView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static SrPlanService *
get_plans (SrPlanView *self)
{
  return sr_context_get_plans (sr_period_section_get_context (SR_PERIOD_SECTION (self)));
}

/* The score of review @review_id (NULL: the baseline) among those last
 * computed, or NULL when it was not there yet. */
static SrPlanScore *
find_score (SrPlanView *self,
            const char *review_id)
{
  for (guint i = 0; self->scores != NULL && i < self->scores->len; i++)
    {
      SrPlanScore *score = g_ptr_array_index (self->scores, i);

      if (g_strcmp0 (score->review_id, review_id) == 0)
        return score;
    }

  return NULL;
}

static SrGoal *
find_goal (SrPlanView *self,
           const char *goal_id)
{
  for (guint i = 0; self->goals != NULL && i < g_list_model_get_n_items (self->goals); i++)
    {
      g_autoptr(SrGoal) goal = g_list_model_get_item (self->goals, i);

      if (g_strcmp0 (sr_record_get_id (SR_RECORD (goal)), goal_id) == 0)
        return g_steal_pointer (&goal);
    }

  return NULL;
}

/* Rows */

static GtkWidget *
create_goal_row (gpointer item,
                 gpointer user_data)
{
  SrPlanView *self = user_data;
  SrGoal *goal = item;
  SrRecord *record = SR_RECORD (goal);
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *title = escape (sr_record_get_string (record, "text"));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *baseline = sr_gas_level_dup_title (sr_goal_get_baseline (goal));
  g_autofree char *means = NULL;
  SrMeans means_flags = 0;
  const char *target = sr_record_get_string (record, "target-date");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  /* Translators: the starting level of a goal, in a goal's summary line */
  g_string_append_printf (subtitle, _("Start: %s"), baseline);
  if (sr_record_get_boolean (record, "weighted"))
    /* Translators: the weight of a goal, in a goal's summary line */
    g_string_append_printf (subtitle, _(" · weight %g"), sr_goal_get_weight (goal));
  if (target != NULL)
    {
      g_autofree char *day = day_or_dash (target);

      /* Translators: the target date of a goal, in a goal's summary line */
      g_string_append_printf (subtitle, _(" · by %s"), day);
    }
  {
    g_autofree char *escaped = escape (subtitle->str);

    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  }

  for (int level = SR_GAS_LEVEL_MAX; level >= SR_GAS_LEVEL_MIN; level--)
    {
      GtkWidget *level_row = adw_action_row_new ();
      g_autofree char *level_title = sr_gas_level_dup_title (level);
      g_autofree char *description = escape (sr_record_get_string (record, level_props[level - SR_GAS_LEVEL_MIN]));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (level_row), level_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (level_row), description[0] ? description : "–");
      if (level == sr_goal_get_baseline (goal))
        {
          GtkWidget *tag = gtk_label_new (_("Starting level"));

          gtk_widget_add_css_class (tag, "dim-label");
          adw_action_row_add_suffix (ADW_ACTION_ROW (level_row), tag);
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), level_row);
    }

  g_object_get (goal, "means", &means_flags, NULL);
  means = sr_means_dup_text (means_flags, sr_record_get_string (record, "means-other"));
  {
    GtkWidget *means_row = adw_action_row_new ();
    g_autofree char *escaped = escape (means != NULL ? means : _("No means chosen"));

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (means_row), _("Means"));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (means_row), escaped);
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), means_row);
  }

  if (is_current_version (self))
    {
      const char *id = sr_record_get_id (record);
      GtkWidget *edit = sr_period_section_row_button_new ("document-edit-symbolic", _("Edit Goal"),
                                                          "plan.edit-goal", id);
      GtkWidget *remove = sr_period_section_row_button_new ("user-trash-symbolic", _("Remove Goal"),
                                                            "plan.remove-goal", id);

      /* Actions are packed from the end: edit ends up before remove. */
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), edit);
    }

  return row;
}

static GtkWidget *
create_review_row (gpointer item,
                   gpointer user_data)
{
  SrPlanView *self = user_data;
  SrReview *review = item;
  SrRecord *record = SR_RECORD (review);
  const char *review_id = sr_record_get_id (record);
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *date = day_or_dash (sr_record_get_string (record, "date"));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autoptr(GListModel) ratings = sr_store_list_goal_ratings (get_store (self), review_id);
  SrPlanScore *score = find_score (self, review_id);
  const char *rater_id = sr_record_get_string (record, "rater-id");
  const char *notes = sr_record_get_string (record, "notes");

  /* Translators: the title of a review row: its date */
  {
    g_autofree char *title = g_strdup_printf (_("Review of %s"), date);
    g_autofree char *escaped = escape (title);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  }

  /* Scored once per refresh (refresh_scores()); a review added since is
   * scored, and its row made again, by the refresh its commit schedules. */
  if (score != NULL && score->scored)
    {
      g_autofree char *number = sr_format_t_score (score->t_score);

      /* Translators: a review's T-score, in its summary line */
      g_string_append_printf (subtitle, _("T-score %s"), number);
    }
  else if (score != NULL)
    {
      g_string_append (subtitle, score->error->message);
    }
  else if (self->scores_error != NULL)
    {
      g_string_append (subtitle, self->scores_error->message);
    }
  if (rater_id != NULL)
    {
      g_autoptr(SrWorker) rater = sr_store_get_worker (get_store (self), rater_id, NULL);

      if (rater != NULL)
        /* Translators: who rated a review, in its summary line */
        g_string_append_printf (subtitle, _(" · rated by %s"), sr_worker_get_name (rater));
    }
  g_string_append (subtitle, sr_record_get_boolean (record, "client-present")
                   /* Translators: in a review's summary line */
                   ? _(" · client present") : _(" · client not present"));
  {
    g_autofree char *escaped = escape (subtitle->str);

    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  }

  for (guint i = 0; i < g_list_model_get_n_items (ratings); i++)
    {
      g_autoptr(SrGoalRating) rating = g_list_model_get_item (ratings, i);
      g_autoptr(SrGoal) goal = find_goal (self, sr_record_get_string (SR_RECORD (rating), "goal-id"));
      int level = sr_record_get_int (SR_RECORD (rating), "level");
      GtkWidget *rating_row = adw_action_row_new ();
      g_autofree char *goal_text = escape (goal != NULL ? sr_record_get_string (SR_RECORD (goal), "text") : "–");
      g_autofree char *level_title = sr_gas_level_is_valid (level) ? sr_gas_level_dup_title (level) : g_strdup ("–");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rating_row), goal_text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (rating_row), level_title);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), rating_row);
    }
  if (notes != NULL)
    {
      GtkWidget *notes_row = adw_action_row_new ();
      g_autofree char *escaped = escape (notes);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (notes_row), _("Notes"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (notes_row), escaped);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), notes_row);
    }

  return row;
}

/* Scores */

static void
update_scores (SrPlanView *self)
{
  g_autofree char *latest_text = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *baseline_text = NULL;

  sr_gas_chart_clear (self->chart);
  if (self->plan == NULL)
    return;

  if (self->scores == NULL)
    latest_text = g_strdup (self->scores_error->message);

  for (guint i = 0; self->scores != NULL && i < self->scores->len; i++)
    {
      SrPlanScore *score = g_ptr_array_index (self->scores, i);
      g_autofree char *day = NULL;

      g_clear_pointer (&latest_text, g_free);
      g_clear_pointer (&caption, g_free);

      if (score->review_id == NULL)
        {
          /* The baseline */
          if (score->scored)
            {
              baseline_text = sr_format_t_score (score->t_score);
              sr_gas_chart_add_point (self->chart, sr_record_get_string (SR_RECORD (self->plan), "date"),
                                      score->t_score, _("at the start"));
              latest_text = g_strdup (baseline_text);
              caption = g_strdup (_("at the start of the plan"));
            }
          else
            {
              latest_text = g_strdup (score->error->message);
            }
          continue;
        }

      day = day_or_dash (score->date);
      if (score->scored)
        {
          /* Translators: a point of the T-score chart: the review's date */
          g_autofree char *label = g_strdup_printf (_("at the review of %s"), day);

          sr_gas_chart_add_point (self->chart, score->date, score->t_score, label);
          latest_text = sr_format_t_score (score->t_score);
          if (baseline_text != NULL)
            /* Translators: under the T-score: review date, T-score at the start */
            caption = g_strdup_printf (_("at the review of %s (%s at the start)"), day, baseline_text);
          else
            caption = g_strdup (label);
        }
      else
        {
          latest_text = g_strdup (score->error->message);
          /* Translators: under a T-score that could not be calculated: the review's date */
          caption = g_strdup_printf (_("at the review of %s"), day);
        }
    }

  gtk_label_set_text (self->t_score_label, latest_text);
  gtk_label_set_text (self->t_score_caption, caption != NULL ? caption : "");
  /* A message is not a number: show it as text, not as a large figure. */
  if (g_ascii_isdigit (latest_text[0]))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->t_score_label), "title-1");
      gtk_label_set_wrap (self->t_score_label, FALSE);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->t_score_label), "title-1");
      gtk_label_set_wrap (self->t_score_label, TRUE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->chart), g_ascii_isdigit (latest_text[0]));
}

static void
rebind_reviews (SrPlanView *self)
{
  gtk_list_box_bind_model (self->reviews_list, self->reviews, create_review_row, self, NULL);
}

/* The T-scores of the plan shown, in one query, handed to the review rows
 * and the chart. */
static void
refresh_scores (SrPlanView *self)
{
  g_clear_pointer (&self->scores, g_ptr_array_unref);
  g_clear_error (&self->scores_error);
  if (self->plan == NULL)
    return;

  self->scores = sr_plan_service_t_scores (get_plans (self), sr_record_get_id (SR_RECORD (self->plan)),
                                           get_rho (self), &self->scores_error);
  rebind_reviews (self);
  update_scores (self);
}

/* Plan details: saved when a row is applied, the switch flips, or the view
 * moves to another period while something typed is not saved yet. */

static gboolean
details_changed (SrPlanView *self)
{
  SrRecord *record = SR_RECORD (self->plan);
  const char *participants = gtk_editable_get_text (GTK_EDITABLE (self->participants_row));

  return g_strcmp0 (sr_date_row_get_date (self->date_row), sr_record_get_string (record, "date")) != 0
         || g_strcmp0 (sr_date_row_get_date (self->review_due_row), sr_record_get_string (record, "review-due")) != 0
         || g_strcmp0 (participants, sr_record_get_string (record, "participants") ?: "") != 0
         || gtk_switch_get_active (self->client_present_switch) != sr_record_get_boolean (record, "client-present");
}

static void fill_details (SrPlanView *self);
static void save_details_again (GtkWidget *widget, SrRecord *original, SrRecord *plan);

/* Whether the view still shows the plan @record is a version of. */
static gboolean
shows_plan (SrPlanView *self,
            SrRecord   *record)
{
  return self->plan != NULL && g_strcmp0 (sr_record_get_id (SR_RECORD (self->plan)), sr_record_get_id (record)) == 0;
}

static void
reload_details (GtkWidget *widget,
                SrRecord  *current)
{
  SrPlanView *self = SR_PLAN_VIEW (widget);

  if (!shows_plan (self, current))
    return;
  g_set_object (&self->plan, SR_PLAN (current));
  fill_details (self);
}

static gboolean
store_details (SrPlanView *self,
               SrRecord   *original,
               SrRecord   *plan)
{
  g_autoptr(GError) error = NULL;
  const SrFieldLabel labels[] = {
    { "date", sr_save_error_row_title (GTK_WIDGET (self->date_row)) },
    { "participants", sr_save_error_row_title (GTK_WIDGET (self->participants_row)) },
    { "client-present", sr_save_error_row_title (self->client_present_row) },
    { "review-due", sr_save_error_row_title (GTK_WIDGET (self->review_due_row)) },
    { NULL, },
  };

  if (original != NULL && shows_plan (self, original))
    g_set_object (&self->plan, SR_PLAN (original));

  if (!sr_plan_service_save_plan (get_plans (self), SR_PLAN (plan), &error))
    {
      /* What was typed stays in the rows. */
      if (!sr_save_error_handle (GTK_WIDGET (self), sr_period_section_get_context (SR_PERIOD_SECTION (self)),
                                 error, original, plan, labels, save_details_again, reload_details))
        sr_period_section_show_error (SR_PERIOD_SECTION (self), error);
      return FALSE;
    }
  if (shows_plan (self, plan))
    g_set_object (&self->plan, SR_PLAN (plan));
  return TRUE;
}

static void
save_details_again (GtkWidget *widget,
                    SrRecord  *original,
                    SrRecord  *plan)
{
  SrPlanView *self = SR_PLAN_VIEW (widget);

  /* The rows show the plan as saved: the caseworker's changes and the others'. */
  if (store_details (self, original, plan) && shows_plan (self, plan))
    fill_details (self);
}

static void
save_details (SrPlanView *self)
{
  g_autoptr(SrPlan) plan = NULL;
  g_autofree char *participants = NULL;

  if (self->loading || self->plan == NULL || !is_current_version (self) || !details_changed (self))
    return;
  if (!sr_date_row_get_valid (self->date_row) || !sr_date_row_get_valid (self->review_due_row))
    return;

  participants = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->participants_row))));
  /* A copy of the plan as read: a change made elsewhere meanwhile is not overwritten. */
  plan = SR_PLAN (sr_record_copy (SR_RECORD (self->plan)));
  g_object_set (plan,
                "date", sr_date_row_get_date (self->date_row),
                "review-due", sr_date_row_get_date (self->review_due_row),
                "participants", participants,
                "client-present", gtk_switch_get_active (self->client_present_switch),
                NULL);
  store_details (self, SR_RECORD (self->plan), SR_RECORD (plan));
}

static void
fill_details (SrPlanView *self)
{
  SrRecord *record = SR_RECORD (self->plan);
  gboolean editable = is_current_version (self);

  self->loading = TRUE;
  sr_date_row_set_date (self->date_row, sr_record_get_string (record, "date"));
  sr_date_row_set_date (self->review_due_row, sr_record_get_string (record, "review-due"));
  gtk_editable_set_text (GTK_EDITABLE (self->participants_row), sr_record_get_string (record, "participants") ?: "");
  gtk_switch_set_active (self->client_present_switch, sr_record_get_boolean (record, "client-present"));
  self->loading = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->date_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->review_due_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->participants_row), editable);
  gtk_widget_set_sensitive (self->client_present_row, editable);
  gtk_widget_set_visible (self->new_version_button, editable);
  gtk_widget_set_visible (self->add_goal_button, editable);
  gtk_widget_set_visible (self->new_review_button, editable);
}

static void
show_plan (SrPlanView *self,
           SrPlan     *plan)
{
  const char *plan_id = sr_record_get_id (SR_RECORD (plan));

  /* The plan shown, changed elsewhere while something typed here is unsaved:
   * keep what is typed, and the version it was typed over, so its save asks. */
  if (shows_plan (self, SR_RECORD (plan)) && is_current_version (self) && details_changed (self))
    return;

  g_set_object (&self->plan, plan);
  g_clear_object (&self->goals);
  g_clear_object (&self->reviews);
  self->goals = sr_store_list_goals (get_store (self), plan_id);
  self->reviews = sr_store_list_reviews (get_store (self), plan_id);

  fill_details (self);
  gtk_list_box_bind_model (self->goals_list, self->goals, create_goal_row, self, NULL);
  refresh_scores (self);
}

static void
on_version_selected_cb (SrPlanView *self)
{
  guint selected = adw_combo_row_get_selected (self->version_row);
  g_autoptr(SrPlan) plan = NULL;

  if (self->loading || self->plans == NULL || selected >= g_list_model_get_n_items (self->plans))
    return;
  save_details (self);
  plan = g_list_model_get_item (self->plans, selected);
  show_plan (self, plan);
}

static void
sr_plan_view_reload (SrPlanView *self)
{
  g_autofree char *shown_id = self->plan != NULL ? g_strdup (sr_record_get_id (SR_RECORD (self->plan))) : NULL;
  guint n, selected;

  if (get_store (self) == NULL || get_period (self) == NULL)
    {
      g_clear_object (&self->plan);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  n = self->plans != NULL ? g_list_model_get_n_items (self->plans) : 0;
  if (n == 0)
    {
      g_clear_object (&self->plan);
      gtk_stack_set_visible_child_name (self->stack, "no-plan");
      return;
    }

  /* Versions by number; keep the one shown if it is still there, else the newest. */
  self->loading = TRUE;
  selected = n - 1;
  gtk_string_list_splice (self->version_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->version_names)), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SrPlan) plan = g_list_model_get_item (self->plans, i);
      g_autofree char *day = day_or_dash (sr_record_get_string (SR_RECORD (plan), "date"));
      g_autofree char *name = NULL;

      if (i == n - 1)
        /* Translators: the newest version of a client plan in the version list: number, date */
        name = g_strdup_printf (_("%d (current), %s"), sr_plan_get_version (plan), day);
      else
        /* Translators: an earlier version of a client plan in the version list: number, date */
        name = g_strdup_printf (_("%d (earlier, read only), %s"), sr_plan_get_version (plan), day);
      gtk_string_list_append (self->version_names, name);
      if (g_strcmp0 (shown_id, sr_record_get_id (SR_RECORD (plan))) == 0)
        selected = i;
    }
  adw_combo_row_set_selected (self->version_row, selected);
  self->loading = FALSE;

  gtk_stack_set_visible_child_name (self->stack, "content");
  {
    g_autoptr(SrPlan) plan = g_list_model_get_item (self->plans, selected);

    show_plan (self, plan);
  }
}

static void
on_plans_changed_cb (SrPlanView *self)
{
  sr_plan_view_reload (self);
}

static void
sr_plan_view_reset (SrPeriodSection *section)
{
  SrPlanView *self = SR_PLAN_VIEW (section);

  if (self->plans != NULL)
    g_signal_handlers_disconnect_by_func (self->plans, on_plans_changed_cb, self);
  g_clear_object (&self->plans);
  g_clear_object (&self->plan);
  gtk_list_box_bind_model (self->goals_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->reviews_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->goals);
  g_clear_object (&self->reviews);
  g_clear_pointer (&self->scores, g_ptr_array_unref);
  g_clear_error (&self->scores_error);

  if (get_store (self) != NULL && get_period (self) != NULL)
    {
      self->plans = sr_store_list_plans (get_store (self), sr_record_get_id (SR_RECORD (get_period (self))));
      g_signal_connect_swapped (self->plans, "items-changed", G_CALLBACK (on_plans_changed_cb), self);
    }
  sr_plan_view_reload (self);
}

/* Whether a change of @entity @id can change what this plan shows; a record
 * that is gone (deleted) is taken to concern it. */
static gboolean
update_scores_cb (gpointer user_data)
{
  SrPlanView *self = user_data;

  self->scores_source = 0;
  refresh_scores (self);

  return G_SOURCE_REMOVE;
}

static void
sr_plan_view_store_committed (SrPeriodSection *section,
                              SrChanges       *changes)
{
  static const char * const plan_parts[] = {
    SR_ENTITY_REVIEW, SR_ENTITY_GOAL_RATING, SR_ENTITY_GOAL, NULL
  };
  SrPlanView *self = SR_PLAN_VIEW (section);
  SrPeriod *period = sr_period_section_get_period (section);
  const char *plan_id;
  gboolean scores = FALSE;

  if (self->plan == NULL || period == NULL)
    return;
  plan_id = sr_record_get_id (SR_RECORD (self->plan));

  /* Goals, reviews and ratings of this client's plans, or a rater's name: the scores and
   * the reviews' summaries depend on every goal and rating. Once per commit. */
  if ((sr_changes_has_any (changes, plan_parts)
       && sr_changes_concerns_client (changes, sr_record_get_string (SR_RECORD (period), "client-id")))
      || sr_changes_has_entity (changes, SR_ENTITY_WORKER))
    scores = TRUE;

  if (sr_changes_has_record (changes, SR_ENTITY_PLAN, plan_id))
    {
      g_autoptr(SrPlan) plan = sr_store_get_plan (get_store (self), plan_id, NULL);

      if (plan != NULL && sr_record_get_revision (SR_RECORD (plan)) != sr_record_get_revision (SR_RECORD (self->plan)))
        {
          /* Changed elsewhere: show it unless something typed here is unsaved. */
          if (!details_changed (self))
            {
              g_set_object (&self->plan, plan);
              fill_details (self);
            }
        }
      scores = TRUE;
    }

  /* At idle: the lists the scores are read from take the same commit in their own
   * handlers, which may run after this one. */
  if (scores && self->scores_source == 0)
    self->scores_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_scores_cb, self, NULL);
}

static void
on_rho_changed_cb (SrPlanView *self)
{
  refresh_scores (self);
}

/* The T-scores follow ρ in Preferences. */
static void
on_context_changed_cb (SrPlanView *self)
{
  SrContext *context = sr_period_section_get_context (SR_PERIOD_SECTION (self));

  if (context != NULL)
    g_signal_connect_object (context, "notify::gas-rho", G_CALLBACK (on_rho_changed_cb),
                             self, G_CONNECT_SWAPPED);
}

/* Actions */

static void
sr_plan_view_create_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SrPlanView *self = SR_PLAN_VIEW (widget);
  g_autoptr(SrPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = sr_local_day_iso (NULL, 0);

  if (get_store (self) == NULL || get_period (self) == NULL)
    return;

  plan = sr_plan_new (sr_record_get_id (SR_RECORD (get_period (self))));
  g_object_set (plan, "date", today, "client-present", TRUE, NULL);
  if (!sr_plan_service_save_plan (get_plans (self), plan, &error))
    sr_period_section_show_error (SR_PERIOD_SECTION (self), error);
}

static void
sr_plan_view_new_version_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  SrPlanView *self = SR_PLAN_VIEW (widget);
  g_autoptr(SrPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL || !is_current_version (self))
    return;

  save_details (self);
  plan = sr_plan_service_new_version (get_plans (self), sr_record_get_id (SR_RECORD (self->plan)), &error);
  if (plan == NULL)
    {
      sr_period_section_show_error (SR_PERIOD_SECTION (self), error);
      return;
    }
  /* The plans model has grown by now; show the new version. */
  g_set_object (&self->plan, plan);
  sr_plan_view_reload (self);
  {
    /* Translators: a toast after a new version of a client plan was made */
    g_autofree char *title = g_strdup_printf (_("Version %d of the plan started"), sr_plan_get_version (plan));

    sr_period_section_add_toast (SR_PERIOD_SECTION (self), adw_toast_new (title));
  }
}

static void
sr_plan_view_print_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SrPlanView *self = SR_PLAN_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL)
    return;

  save_details (self);
  if (!sr_plan_print (parent_window (self), get_plans (self), self->plan, get_rho (self), &error) && error != NULL)
    sr_period_section_show_error (SR_PERIOD_SECTION (self), error);
}

static void
sr_plan_view_add_goal_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  SrPlanView *self = SR_PLAN_VIEW (widget);
  SrGoalDialog *dialog;

  if (self->plan == NULL || !is_current_version (self))
    return;

  dialog = sr_goal_dialog_new (parent_window (self), sr_period_section_get_context (SR_PERIOD_SECTION (self)), self->plan, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sr_plan_view_edit_goal_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  SrPlanView *self = SR_PLAN_VIEW (widget);
  g_autoptr(SrGoal) goal = find_goal (self, g_variant_get_string (parameter, NULL));
  SrGoalDialog *dialog;

  if (goal == NULL || !is_current_version (self))
    return;

  dialog = sr_goal_dialog_new (parent_window (self), sr_period_section_get_context (SR_PERIOD_SECTION (self)), self->plan, goal);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sr_plan_view_remove_goal_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  SrPlanView *self = SR_PLAN_VIEW (widget);
  g_autoptr(SrGoal) goal = find_goal (self, g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (goal == NULL || !is_current_version (self))
    return;

  if (!sr_plan_service_delete_goal (get_plans (self), sr_record_get_id (SR_RECORD (goal)), &error))
    {
      sr_period_section_show_error (SR_PERIOD_SECTION (self), error);
      return;
    }

  toast = adw_toast_new (_("Goal removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  sr_period_section_add_undo_toast (SR_PERIOD_SECTION (self), toast, SR_RECORD (goal));
}

static void
sr_plan_view_new_review_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  SrPlanView *self = SR_PLAN_VIEW (widget);
  SrReviewDialog *dialog;

  if (self->plan == NULL || !is_current_version (self))
    return;

  if (g_list_model_get_n_items (self->goals) == 0)
    {
      sr_period_section_add_toast (SR_PERIOD_SECTION (self),
                                   adw_toast_new (_("Add goals before reviewing the plan")));
      return;
    }

  dialog = sr_review_dialog_new (parent_window (self), sr_period_section_get_context (SR_PERIOD_SECTION (self)), self->plan);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
sr_plan_view_save (SrPeriodSection *section)
{
  save_details (SR_PLAN_VIEW (section));
}

static void
sr_plan_view_dispose (GObject *object)
{
  SrPlanView *self = SR_PLAN_VIEW (object);

  g_clear_handle_id (&self->scores_source, g_source_remove);
  if (self->goals_list != NULL)
    gtk_list_box_bind_model (self->goals_list, NULL, NULL, NULL, NULL);
  if (self->reviews_list != NULL)
    gtk_list_box_bind_model (self->reviews_list, NULL, NULL, NULL, NULL);

  /* AdwBin unparents its child itself: clearing it here instead of
   * gtk_widget_dispose_template() avoids unparenting it twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  self->goals_list = NULL;
  self->reviews_list = NULL;

  g_clear_object (&self->plans);
  g_clear_object (&self->goals);
  g_clear_object (&self->reviews);
  g_clear_object (&self->plan);
  g_clear_object (&self->version_names);
  g_clear_pointer (&self->scores, g_ptr_array_unref);
  g_clear_error (&self->scores_error);

  G_OBJECT_CLASS (sr_plan_view_parent_class)->dispose (object);
}

static void
sr_plan_view_class_init (SrPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SrPeriodSectionClass *section_class = SR_PERIOD_SECTION_CLASS (klass);

  object_class->dispose = sr_plan_view_dispose;
  section_class->save = sr_plan_view_save;
  section_class->reset = sr_plan_view_reset;
  section_class->store_committed = sr_plan_view_store_committed;

  g_type_ensure (SR_TYPE_DATE_ROW);
  g_type_ensure (SR_TYPE_GAS_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, stack);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, create_button);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, version_row);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, date_row);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, participants_row);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, client_present_row);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, client_present_switch);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, review_due_row);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, new_version_button);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, add_goal_button);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, new_review_button);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, t_score_label);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, t_score_caption);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, chart);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, goals_list);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, reviews_list);

  gtk_widget_class_install_action (widget_class, "plan.create", NULL, sr_plan_view_create_action);
  gtk_widget_class_install_action (widget_class, "plan.new-version", NULL, sr_plan_view_new_version_action);
  gtk_widget_class_install_action (widget_class, "plan.print", NULL, sr_plan_view_print_action);
  gtk_widget_class_install_action (widget_class, "plan.add-goal", NULL, sr_plan_view_add_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.edit-goal", "s", sr_plan_view_edit_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.remove-goal", "s", sr_plan_view_remove_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.new-review", NULL, sr_plan_view_new_review_action);
}

static void
sr_plan_view_init (SrPlanView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_changed_cb), NULL);

  self->version_names = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->version_row, G_LIST_MODEL (self->version_names));
  g_signal_connect_swapped (self->version_row, "notify::selected", G_CALLBACK (on_version_selected_cb), self);

  gtk_list_box_set_placeholder (self->goals_list, sr_period_section_placeholder_new (_("No goals yet. Add the goals agreed with the client.")));
  gtk_list_box_set_placeholder (self->reviews_list, sr_period_section_placeholder_new (_("No reviews yet. A review rates every goal.")));

  g_signal_connect_swapped (self->date_row, "apply", G_CALLBACK (save_details), self);
  g_signal_connect_swapped (self->review_due_row, "apply", G_CALLBACK (save_details), self);
  g_signal_connect_swapped (self->participants_row, "apply", G_CALLBACK (save_details), self);
  g_signal_connect_swapped (self->client_present_switch, "notify::active", G_CALLBACK (save_details), self);

  sr_plan_view_reload (self);
}

GtkWidget *
sr_plan_view_new (void)
{
  return g_object_new (SR_TYPE_PLAN_VIEW, NULL);
}

SrPeriod *
sr_plan_view_get_period (SrPlanView *self)
{
  g_return_val_if_fail (SR_IS_PLAN_VIEW (self), NULL);

  return sr_period_section_get_period (SR_PERIOD_SECTION (self));
}

void
sr_plan_view_set_period (SrPlanView *self,
                         SrPeriod   *period)
{
  g_return_if_fail (SR_IS_PLAN_VIEW (self));

  sr_period_section_set_period (SR_PERIOD_SECTION (self), period);
}

SrPlan *
sr_plan_view_get_plan (SrPlanView *self)
{
  g_return_val_if_fail (SR_IS_PLAN_VIEW (self), NULL);

  return self->plan;
}
