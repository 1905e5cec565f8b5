/* sr-goal-dialog.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-goal-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-date-row.h"
#include "sr-gas.h"
#include "sr-goal-dialog.h"
#include "sr-labels.h"
#include "sr-plan-printer.h"
#include "sr-plan-service.h"
#include "sr-plan.h"
#include "sr-record-merge.h"
#include "sr-save-error.h"

#define N_LEVELS 5
#define N_MEANS 5

static const char * const level_props[N_LEVELS] = {
  "level-minus-2", "level-minus-1", "level-0", "level-plus-1", "level-plus-2",
};

static const SrMeans means_flags[N_MEANS] = {
  SR_MEANS_ASSESSMENT, SR_MEANS_COUNSELLING, SR_MEANS_EVERYDAY_SKILLS,
  SR_MEANS_GROUP_ACTIVITY, SR_MEANS_OTHER,
};

struct _SrGoalDialog
{
  AdwWindow            parent_instance;

  SrContext           *context;
  SrPlan              *plan;
  SrGoal              *goal;      /* the goal being edited, or NULL for a new one */
  gboolean             text_touched;
  gboolean             can_save;

  GtkWidget           *level_rows[N_LEVELS];
  GtkWidget           *means_checks[N_MEANS];
  GtkWidget           *means_other_row;

  /* Template widgets */
  GtkWidget           *save_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwEntryRow         *text_row;
  GtkWidget           *text_hint;
  AdwPreferencesGroup *levels_group;
  AdwComboRow         *baseline_row;
  AdwExpanderRow      *weight_row;
  AdwComboRow         *importance_row;
  AdwComboRow         *difficulty_row;
  SrDateRow           *target_date_row;
  AdwPreferencesGroup *means_group;
};

G_DEFINE_FINAL_TYPE (SrGoalDialog, sr_goal_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
text_is_blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return copy[0] == '\0';
}

static void
sr_goal_dialog_validate (SrGoalDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_row));
  gboolean text_ok = !text_is_blank (text);
  gboolean date_ok = sr_date_row_get_valid (self->target_date_row);

  if (!text_ok && self->text_touched)
    gtk_widget_add_css_class (GTK_WIDGET (self->text_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->text_row), "error");
  gtk_widget_set_visible (self->text_hint, !text_ok && self->text_touched);

  self->can_save = text_ok && date_ok;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goal.save", self->can_save);
}

static void
on_text_changed_cb (SrGoalDialog *self)
{
  self->text_touched = TRUE;
  sr_goal_dialog_validate (self);
}

static void
update_weight_subtitle (SrGoalDialog *self)
{
  g_autofree char *subtitle = NULL;

  if (adw_expander_row_get_enable_expansion (self->weight_row))
    {
      guint importance = adw_combo_row_get_selected (self->importance_row);
      guint difficulty = adw_combo_row_get_selected (self->difficulty_row);

      /* Translators: the weight of a GAS goal: importance × difficulty = weight */
      subtitle = g_strdup_printf (_("Weight %u × %u = %u"), importance, difficulty,
                                  importance * difficulty);
    }
  else
    {
      subtitle = g_strdup (_("Unweighted: every goal counts the same"));
    }
  adw_expander_row_set_subtitle (self->weight_row, subtitle);
}

static void
show_error (SrGoalDialog *self,
            const char   *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void sr_goal_dialog_fill (SrGoalDialog *self);
static void sr_goal_dialog_save_again (GtkWidget *widget, SrRecord *original, SrRecord *goal);

static void
sr_goal_dialog_reload (GtkWidget *widget,
                       SrRecord  *current)
{
  SrGoalDialog *self = SR_GOAL_DIALOG (widget);

  g_set_object (&self->goal, SR_GOAL (current));
  show_error (self, NULL);
  sr_goal_dialog_fill (self);
}

static gboolean
sr_goal_dialog_store (SrGoalDialog *self,
                      SrRecord     *original,
                      SrRecord     *goal)
{
  g_autoptr(GError) error = NULL;
  SrFieldLabel labels[N_LEVELS + 10] = {
    { "text", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->text_row)) },
    { "means", _("Means") },
    { "means-other", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->means_other_row)) },
    { "baseline", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->baseline_row)) },
    { "weighted", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->weight_row)) },
    { "importance", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->importance_row)) },
    { "difficulty", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->difficulty_row)) },
    { "target-date", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->target_date_row)) },
  };

  for (guint i = 0; i < N_LEVELS; i++)
    labels[8 + i] = (SrFieldLabel) { level_props[i], adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->level_rows[i])) };

  if (original != NULL)
    g_set_object (&self->goal, SR_GOAL (original));

  if (!sr_plan_service_save_goal (sr_context_get_plans (self->context), SR_GOAL (goal), &error))
    {
      if (!sr_save_error_handle (GTK_WIDGET (self), self->context, error, original, goal, labels,
                                 sr_goal_dialog_save_again, sr_goal_dialog_reload))
        show_error (self, error->message);
      return FALSE;
    }

  show_error (self, NULL);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
sr_goal_dialog_save_again (GtkWidget *widget,
                           SrRecord  *original,
                           SrRecord  *goal)
{
  sr_goal_dialog_store (SR_GOAL_DIALOG (widget), original, goal);
}

gboolean
sr_goal_dialog_save (SrGoalDialog *self)
{
  g_autoptr(SrGoal) goal = NULL;
  g_autofree char *text = NULL;
  SrMeans means = SR_MEANS_NONE;
  gboolean weighted;

  g_return_val_if_fail (SR_IS_GOAL_DIALOG (self), FALSE);

  if (!self->can_save)
    return FALSE;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_row))));

  /* Work on a copy of the goal as read, so a failed save leaves the stored
   * goal as it was and a change made elsewhere meanwhile is not overwritten. */
  if (self->goal != NULL)
    goal = SR_GOAL (sr_record_copy (SR_RECORD (self->goal)));
  else
    goal = sr_goal_new (sr_record_get_id (SR_RECORD (self->plan)), text);

  for (guint i = 0; i < N_MEANS; i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->means_checks[i])))
      means |= means_flags[i];

  weighted = adw_expander_row_get_enable_expansion (self->weight_row);
  g_object_set (goal,
                "text", text,
                "means", means,
                "means-other", gtk_editable_get_text (GTK_EDITABLE (self->means_other_row)),
                "baseline", adw_combo_row_get_selected (self->baseline_row) == 1 ? -2 : -1,
                "weighted", weighted,
                "target-date", sr_date_row_get_date (self->target_date_row),
                NULL);
  if (weighted)
    g_object_set (goal,
                  "importance", (int) adw_combo_row_get_selected (self->importance_row),
                  "difficulty", (int) adw_combo_row_get_selected (self->difficulty_row),
                  NULL);
  for (guint i = 0; i < N_LEVELS; i++)
    {
      g_autofree char *level = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->level_rows[i]))));

      g_object_set (goal, level_props[i], level, NULL);
    }

  return sr_goal_dialog_store (self, SR_RECORD (self->goal), SR_RECORD (goal));
}

static void
sr_goal_dialog_save_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  sr_goal_dialog_save (SR_GOAL_DIALOG (widget));
}

static void
sr_goal_dialog_fill (SrGoalDialog *self)
{
  SrRecord *record = SR_RECORD (self->goal);
  SrMeans means = SR_MEANS_NONE;

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Goal"));
  gtk_editable_set_text (GTK_EDITABLE (self->text_row), sr_record_get_string (record, "text") ?: "");
  for (guint i = 0; i < N_LEVELS; i++)
    gtk_editable_set_text (GTK_EDITABLE (self->level_rows[i]),
                           sr_record_get_string (record, level_props[i]) ?: "");
  g_object_get (self->goal, "means", &means, NULL);
  for (guint i = 0; i < N_MEANS; i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->means_checks[i]), (means & means_flags[i]) != 0);
  gtk_editable_set_text (GTK_EDITABLE (self->means_other_row),
                         sr_record_get_string (record, "means-other") ?: "");
  adw_combo_row_set_selected (self->baseline_row, sr_goal_get_baseline (self->goal) == -2 ? 1 : 0);
  adw_expander_row_set_enable_expansion (self->weight_row, sr_record_get_boolean (record, "weighted"));
  adw_combo_row_set_selected (self->importance_row,
                              (guint) CLAMP (sr_record_get_int (record, "importance"), 0, SR_GAS_RATING_MAX));
  adw_combo_row_set_selected (self->difficulty_row,
                              (guint) CLAMP (sr_record_get_int (record, "difficulty"), 0, SR_GAS_RATING_MAX));
  sr_date_row_set_date (self->target_date_row, sr_record_get_string (record, "target-date"));
  /* A stored goal already has its text: no error style until it is emptied. */
  self->text_touched = FALSE;
  update_weight_subtitle (self);
  sr_goal_dialog_validate (self);
}

static void
sr_goal_dialog_dispose (GObject *object)
{
  SrGoalDialog *self = SR_GOAL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_GOAL_DIALOG);

  g_clear_object (&self->goal);
  g_clear_object (&self->plan);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sr_goal_dialog_parent_class)->dispose (object);
}

static void
sr_goal_dialog_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SrGoalDialog *self = SR_GOAL_DIALOG (object);

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
sr_goal_dialog_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SrGoalDialog *self = SR_GOAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_goal_dialog_class_init (SrGoalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_goal_dialog_dispose;
  object_class->get_property = sr_goal_dialog_get_property;
  object_class->set_property = sr_goal_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SR_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-goal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SrGoalDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SrGoalDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, SrGoalDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SrGoalDialog, text_row);
  gtk_widget_class_bind_template_child (widget_class, SrGoalDialog, text_hint);
  gtk_widget_class_bind_template_child (widget_class, SrGoalDialog, levels_group);
  gtk_widget_class_bind_template_child (widget_class, SrGoalDialog, baseline_row);
  gtk_widget_class_bind_template_child (widget_class, SrGoalDialog, weight_row);
  gtk_widget_class_bind_template_child (widget_class, SrGoalDialog, importance_row);
  gtk_widget_class_bind_template_child (widget_class, SrGoalDialog, difficulty_row);
  gtk_widget_class_bind_template_child (widget_class, SrGoalDialog, target_date_row);
  gtk_widget_class_bind_template_child (widget_class, SrGoalDialog, means_group);

  gtk_widget_class_install_action (widget_class, "goal.save", NULL, sr_goal_dialog_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sr_goal_dialog_init (SrGoalDialog *self)
{
  g_autoptr(GtkStringList) baselines = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int level = SR_GAS_LEVEL_MIN; level <= SR_GAS_LEVEL_MAX; level++)
    {
      g_autofree char *title = sr_gas_level_dup_title (level);
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_group_add (self->levels_group, row);
      self->level_rows[level - SR_GAS_LEVEL_MIN] = row;
    }

  {
    g_autofree char *minus_1 = sr_gas_level_dup_title (-1);
    g_autofree char *minus_2 = sr_gas_level_dup_title (-2);

    gtk_string_list_append (baselines, minus_1);
    gtk_string_list_append (baselines, minus_2);
  }
  adw_combo_row_set_model (self->baseline_row, G_LIST_MODEL (baselines));
  adw_combo_row_set_selected (self->importance_row, 1);
  adw_combo_row_set_selected (self->difficulty_row, 1);

  for (guint i = 0; i < N_MEANS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sr_means_get_label (means_flags[i]));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->means_group, row);
      self->means_checks[i] = check;
    }
  self->means_other_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->means_other_row), _("Means in _own words"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->means_other_row), TRUE);
  adw_preferences_group_add (self->means_group, self->means_other_row);

  g_signal_connect_swapped (self->text_row, "changed", G_CALLBACK (on_text_changed_cb), self);
  g_signal_connect_swapped (self->target_date_row, "notify::valid", G_CALLBACK (sr_goal_dialog_validate), self);
  g_signal_connect_swapped (self->weight_row, "notify::enable-expansion", G_CALLBACK (update_weight_subtitle), self);
  g_signal_connect_swapped (self->importance_row, "notify::selected", G_CALLBACK (update_weight_subtitle), self);
  g_signal_connect_swapped (self->difficulty_row, "notify::selected", G_CALLBACK (update_weight_subtitle), self);

  gtk_window_set_title (GTK_WINDOW (self), _("New Goal"));
  update_weight_subtitle (self);
  sr_goal_dialog_validate (self);
}

SrGoalDialog *
sr_goal_dialog_new (GtkWindow *parent,
                    SrContext *context,
                    SrPlan    *plan,
                    SrGoal    *goal)
{
  SrGoalDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (SR_IS_PLAN (plan), NULL);
  g_return_val_if_fail (goal == NULL || SR_IS_GOAL (goal), NULL);

  self = g_object_new (SR_TYPE_GOAL_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       NULL);
  self->plan = g_object_ref (plan);
  if (goal != NULL)
    {
      self->goal = SR_GOAL (sr_record_copy (SR_RECORD (goal)));
      sr_goal_dialog_fill (self);
    }

  return self;
}
