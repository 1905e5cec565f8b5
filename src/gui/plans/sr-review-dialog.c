/* sr-review-dialog.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-review-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-date-row.h"
#include "sr-format.h"
#include "sr-gas.h"
#include "sr-plan-lists.h"
#include "sr-plan-printer.h"
#include "sr-plan-service.h"
#include "sr-plan.h"
#include "sr-review-dialog.h"
#include "sr-worker.h"

static const char * const level_props[] = {
  "level-minus-2", "level-minus-1", "level-0", "level-plus-1", "level-plus-2",
};

struct _SrReviewDialog
{
  AdwWindow            parent_instance;

  SrContext           *context;
  SrStore             *store;
  SrPlan              *plan;
  GPtrArray           *goals;   /* SrGoal, in plan order */
  GPtrArray           *rows;    /* AdwComboRow, one per goal */
  gboolean             can_save;

  /* Template widgets */
  GtkWidget           *save_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  SrDateRow           *date_row;
  AdwActionRow        *rater_row;
  GtkSwitch           *client_present_switch;
  AdwEntryRow         *notes_row;
  AdwPreferencesGroup *goals_group;
};

G_DEFINE_FINAL_TYPE (SrReviewDialog, sr_review_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Position 0 of each row's model is "not rated yet"; 1…5 are −2…+2. */
#define LEVEL_TO_POSITION(level) ((guint) ((level) - SR_GAS_LEVEL_MIN + 1))
#define POSITION_TO_LEVEL(pos)   ((int) (pos) - 1 + SR_GAS_LEVEL_MIN)

static void
show_error (SrReviewDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
sr_review_dialog_validate (SrReviewDialog *self)
{
  gboolean ok = sr_date_row_get_valid (self->date_row)
                && sr_date_row_get_date (self->date_row) != NULL
                && self->rows->len > 0;

  for (guint i = 0; i < self->rows->len; i++)
    if (adw_combo_row_get_selected (g_ptr_array_index (self->rows, i)) == 0)
      ok = FALSE;

  self->can_save = ok;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.save", ok);
}

static void
on_level_selected_cb (AdwComboRow    *row,
                      GParamSpec     *pspec,
                      SrReviewDialog *self)
{
  guint position = adw_combo_row_get_selected (row);
  SrGoal *goal = g_object_get_data (G_OBJECT (row), "goal");

  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not rated yet"));
    }
  else
    {
      const char *description =
        sr_record_get_string (SR_RECORD (goal), level_props[POSITION_TO_LEVEL (position) - SR_GAS_LEVEL_MIN]);

      g_autofree char *escaped = g_markup_escape_text (description ?: "", -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
    }
  sr_review_dialog_validate (self);
}

gboolean
sr_review_dialog_save (SrReviewDialog *self)
{
  g_autoptr(SrReview) review = NULL;
  g_autoptr(GPtrArray) ratings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;

  g_return_val_if_fail (SR_IS_REVIEW_DIALOG (self), FALSE);

  if (!self->can_save)
    return FALSE;

  notes = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->notes_row))));
  review = sr_review_new (sr_record_get_id (SR_RECORD (self->plan)), sr_date_row_get_date (self->date_row));
  g_object_set (review,
                "rater-id", sr_context_get_current_worker (self->context),
                "client-present", gtk_switch_get_active (self->client_present_switch),
                "notes", notes,
                NULL);

  ratings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->goals->len; i++)
    {
      SrGoal *goal = g_ptr_array_index (self->goals, i);
      guint position = adw_combo_row_get_selected (g_ptr_array_index (self->rows, i));

      g_ptr_array_add (ratings, sr_goal_rating_new (NULL, sr_record_get_id (SR_RECORD (goal)),
                                                    POSITION_TO_LEVEL (position)));
    }

  /* The review and its ratings are saved whole or not at all. */
  if (!sr_plan_service_add_review (sr_context_get_plans (self->context), review, ratings, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  show_error (self, NULL);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
sr_review_dialog_save_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  sr_review_dialog_save (SR_REVIEW_DIALOG (widget));
}

static void
sr_review_dialog_dispose (GObject *object)
{
  SrReviewDialog *self = SR_REVIEW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_REVIEW_DIALOG);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sr_review_dialog_parent_class)->dispose (object);
}

static void
sr_review_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SrReviewDialog *self = SR_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_review_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SrReviewDialog *self = SR_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      self->store = g_object_ref (sr_context_get_store (self->context));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_review_dialog_class_init (SrReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_review_dialog_dispose;
  object_class->get_property = sr_review_dialog_get_property;
  object_class->set_property = sr_review_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SR_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SrReviewDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SrReviewDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, SrReviewDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SrReviewDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, SrReviewDialog, rater_row);
  gtk_widget_class_bind_template_child (widget_class, SrReviewDialog, client_present_switch);
  gtk_widget_class_bind_template_child (widget_class, SrReviewDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, SrReviewDialog, goals_group);

  gtk_widget_class_install_action (widget_class, "review.save", NULL, sr_review_dialog_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sr_review_dialog_init (SrReviewDialog *self)
{
  g_autofree char *today = sr_local_day_iso (NULL, 0);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->goals = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new ();

  sr_date_row_set_date (self->date_row, today);
  g_signal_connect_swapped (self->date_row, "notify::valid", G_CALLBACK (sr_review_dialog_validate), self);
  g_signal_connect_swapped (self->date_row, "notify::date", G_CALLBACK (sr_review_dialog_validate), self);
}

SrReviewDialog *
sr_review_dialog_new (GtkWindow *parent,
                      SrContext *context,
                      SrPlan    *plan)
{
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(SrWorker) rater = NULL;
  SrReviewDialog *self;
  const char *worker_id;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (SR_IS_PLAN (plan), NULL);

  self = g_object_new (SR_TYPE_REVIEW_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       NULL);
  self->plan = g_object_ref (plan);

  worker_id = sr_context_get_current_worker (context);
  if (worker_id != NULL)
    rater = sr_store_get_worker (self->store, worker_id, NULL);
  adw_action_row_set_subtitle (self->rater_row, rater != NULL ? sr_worker_get_name (rater) : _("No current worker"));

  goals = sr_store_list_goals (self->store, sr_record_get_id (SR_RECORD (plan)));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      SrGoal *goal = g_list_model_get_item (goals, i);
      g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
      GtkWidget *row = adw_combo_row_new ();

      g_ptr_array_add (self->goals, goal);
      gtk_string_list_append (levels, _("Choose a level"));
      for (int level = SR_GAS_LEVEL_MIN; level <= SR_GAS_LEVEL_MAX; level++)
        {
          g_autofree char *title = sr_gas_level_dup_title (level);

          gtk_string_list_append (levels, title);
        }
      {
        g_autofree char *title = g_markup_escape_text (sr_record_get_string (SR_RECORD (goal), "text") ?: "", -1);

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      }
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (levels));
      g_object_set_data (G_OBJECT (row), "goal", goal);
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_level_selected_cb), self);
      adw_preferences_group_add (self->goals_group, row);
      g_ptr_array_add (self->rows, row);
      on_level_selected_cb (ADW_COMBO_ROW (row), NULL, self);
    }
  sr_review_dialog_validate (self);

  return self;
}

AdwComboRow *
sr_review_dialog_get_row (SrReviewDialog *self,
                          guint           position)
{
  g_return_val_if_fail (SR_IS_REVIEW_DIALOG (self), NULL);
  g_return_val_if_fail (position < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, position);
}

void
sr_review_dialog_set_level (SrReviewDialog *self,
                            guint           position,
                            int             level)
{
  g_return_if_fail (SR_IS_REVIEW_DIALOG (self));
  g_return_if_fail (position < self->rows->len);
  g_return_if_fail (sr_gas_level_is_valid (level));

  adw_combo_row_set_selected (g_ptr_array_index (self->rows, position), LEVEL_TO_POSITION (level));
}
