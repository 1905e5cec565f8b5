/* sr-period-dialog.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-period-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client-service.h"
#include "sr-date-row.h"
#include "sr-format.h"
#include "sr-enum-combo.h"
#include "sr-period-dialog.h"
#include "sr-period.h"
#include "sr-rules.h"

struct _SrPeriodDialog
{
  AdwWindow    parent_instance;

  SrContext   *context;
  SrClient    *client;
  gboolean     can_save;
  gboolean     end_typed;      /* the planned end was typed: it no longer follows the start */
  gboolean     setting_end;

  /* Template widgets */
  GtkLabel    *error_label;
  SrDateRow   *start_row;
  SrDateRow   *planned_end_row;
  AdwComboRow *orientation_row;
  AdwEntryRow *decision_number_row;
  SrDateRow   *decision_date_row;
  AdwEntryRow *decided_by_row;
  SrDateRow   *valid_from_row;
  SrDateRow   *valid_to_row;
  GtkLabel    *length_warning;
};

G_DEFINE_FINAL_TYPE (SrPeriodDialog, sr_period_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (SrPeriodDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
validate (SrPeriodDialog *self)
{
  self->can_save = sr_date_row_get_valid (self->start_row) && sr_date_row_get_date (self->start_row) != NULL
                   && sr_date_row_get_valid (self->planned_end_row)
                   && sr_date_row_get_valid (self->decision_date_row)
                   && sr_date_row_get_valid (self->valid_from_row)
                   && sr_date_row_get_valid (self->valid_to_row);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "period.save", self->can_save);
}

static void
update_length_warning (SrPeriodDialog *self)
{
  const char *start_iso = sr_date_row_get_date (self->start_row);
  const char *end_iso = sr_date_row_get_date (self->planned_end_row);
  const char *text = NULL;
  GDate start, end;

  if (start_iso != NULL && end_iso != NULL
      && sr_date_from_iso (start_iso, &start) && sr_date_from_iso (end_iso, &end))
    {
      SrPeriodLengthCheck check = sr_rules_check_period_length (&start, &end);

      if (check != SR_PERIOD_LENGTH_OK)
        text = sr_rules_period_length_warning (check);
    }

  gtk_label_set_text (self->length_warning, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->length_warning), text != NULL);
}

static void
on_start_date_changed_cb (SrPeriodDialog *self)
{
  g_autofree char *end = NULL;

  /* The planned end follows the start until it is typed by hand. */
  end = sr_client_service_default_planned_end (sr_date_row_get_date (self->start_row));
  if (end != NULL && !self->end_typed)
    {
      self->setting_end = TRUE;
      sr_date_row_set_date (self->planned_end_row, end);
      self->setting_end = FALSE;
    }
  update_length_warning (self);
  validate (self);
}

static void
on_planned_end_changed_cb (SrPeriodDialog *self)
{
  if (!self->setting_end)
    self->end_typed = TRUE;
  update_length_warning (self);
}

static char *
entry_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

gboolean
sr_period_dialog_save (SrPeriodDialog *self)
{
  g_autoptr(SrPeriod) period = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *decided_by = NULL;

  g_return_val_if_fail (SR_IS_PERIOD_DIALOG (self), FALSE);

  if (!self->can_save)
    return FALSE;

  number = entry_text (self->decision_number_row);
  decided_by = entry_text (self->decided_by_row);

  period = sr_period_new (sr_record_get_id (SR_RECORD (self->client)), sr_date_row_get_date (self->start_row));
  g_object_set (period,
                "planned-end", sr_date_row_get_date (self->planned_end_row),
                "orientation", (SrOrientation) adw_combo_row_get_selected (self->orientation_row),
                "decision-number", number,
                "decision-date", sr_date_row_get_date (self->decision_date_row),
                "decided-by", decided_by,
                "decision-valid-from", sr_date_row_get_date (self->valid_from_row),
                "decision-valid-to", sr_date_row_get_date (self->valid_to_row),
                NULL);

  if (!sr_client_service_open_period (sr_context_get_clients (self->context), period, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  show_error (self, NULL);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
sr_period_dialog_save_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  sr_period_dialog_save (SR_PERIOD_DIALOG (widget));
}

static void
sr_period_dialog_dispose (GObject *object)
{
  SrPeriodDialog *self = SR_PERIOD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_PERIOD_DIALOG);

  g_clear_object (&self->client);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sr_period_dialog_parent_class)->dispose (object);
}

static void
sr_period_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SrPeriodDialog *self = SR_PERIOD_DIALOG (object);

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
sr_period_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SrPeriodDialog *self = SR_PERIOD_DIALOG (object);

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
sr_period_dialog_class_init (SrPeriodDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_period_dialog_dispose;
  object_class->get_property = sr_period_dialog_get_property;
  object_class->set_property = sr_period_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SR_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-period-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SrPeriodDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SrPeriodDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, SrPeriodDialog, planned_end_row);
  gtk_widget_class_bind_template_child (widget_class, SrPeriodDialog, orientation_row);
  gtk_widget_class_bind_template_child (widget_class, SrPeriodDialog, decision_number_row);
  gtk_widget_class_bind_template_child (widget_class, SrPeriodDialog, decision_date_row);
  gtk_widget_class_bind_template_child (widget_class, SrPeriodDialog, decided_by_row);
  gtk_widget_class_bind_template_child (widget_class, SrPeriodDialog, valid_from_row);
  gtk_widget_class_bind_template_child (widget_class, SrPeriodDialog, valid_to_row);
  gtk_widget_class_bind_template_child (widget_class, SrPeriodDialog, length_warning);

  gtk_widget_class_install_action (widget_class, "period.save", NULL, sr_period_dialog_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sr_period_dialog_init (SrPeriodDialog *self)
{
  g_autofree char *today = sr_local_day_iso (NULL, 0);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Typing starts in the first field. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->start_row));

  sr_combo_row_set_enum (self->orientation_row, SR_TYPE_ORIENTATION);

  g_signal_connect_swapped (self->start_row, "notify::date", G_CALLBACK (on_start_date_changed_cb), self);
  g_signal_connect_swapped (self->planned_end_row, "notify::date", G_CALLBACK (on_planned_end_changed_cb), self);
  g_signal_connect_swapped (self->start_row, "notify::valid", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->planned_end_row, "notify::valid", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->decision_date_row, "notify::valid", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->valid_from_row, "notify::valid", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->valid_to_row, "notify::valid", G_CALLBACK (validate), self);

  /* Starts today, planned for the default length: the usual period. */
  sr_date_row_set_date (self->start_row, today);
  validate (self);
}

SrPeriodDialog *
sr_period_dialog_new (GtkWindow *parent,
                      SrContext *context,
                      SrClient  *client)
{
  SrPeriodDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (SR_IS_CLIENT (client), NULL);

  self = g_object_new (SR_TYPE_PERIOD_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       NULL);
  self->client = g_object_ref (client);

  return self;
}
