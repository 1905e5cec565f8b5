/* sr-close-period-dialog.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-close-period-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client-service.h"
#include "sr-close-period-dialog.h"
#include "sr-date-row.h"
#include "sr-format.h"
#include "sr-labels.h"

static const SrClosingReason closing_reasons[] = {
  SR_CLOSING_REASON_GOALS_REACHED, SR_CLOSING_REASON_OTHER_SERVICE,
  SR_CLOSING_REASON_CLIENT_WITHDREW, SR_CLOSING_REASON_MOVED,
  SR_CLOSING_REASON_NO_CONTACT, SR_CLOSING_REASON_OTHER,
};

struct _SrClosePeriodDialog
{
  AdwWindow    parent_instance;

  SrContext   *context;
  char        *period_id;
  gboolean     can_save;

  /* Template widgets */
  GtkLabel    *error_label;
  SrDateRow   *end_row;
  AdwComboRow *reason_row;
  AdwEntryRow *note_row;
};

G_DEFINE_FINAL_TYPE (SrClosePeriodDialog, sr_close_period_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (SrClosePeriodDialog *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
validate (SrClosePeriodDialog *self)
{
  self->can_save = sr_date_row_get_valid (self->end_row) && sr_date_row_get_date (self->end_row) != NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "close-period.save", self->can_save);
}

gboolean
sr_close_period_dialog_save (SrClosePeriodDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint reason;

  g_return_val_if_fail (SR_IS_CLOSE_PERIOD_DIALOG (self), FALSE);

  if (!self->can_save)
    return FALSE;

  reason = adw_combo_row_get_selected (self->reason_row);
  if (!sr_client_service_close_period (sr_context_get_clients (self->context), self->period_id,
                                       sr_date_row_get_date (self->end_row),
                                       reason < G_N_ELEMENTS (closing_reasons) ? closing_reasons[reason] : SR_CLOSING_REASON_OTHER,
                                       gtk_editable_get_text (GTK_EDITABLE (self->note_row)),
                                       &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  show_error (self, NULL);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
sr_close_period_dialog_save_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  sr_close_period_dialog_save (SR_CLOSE_PERIOD_DIALOG (widget));
}

static void
sr_close_period_dialog_dispose (GObject *object)
{
  SrClosePeriodDialog *self = SR_CLOSE_PERIOD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_CLOSE_PERIOD_DIALOG);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (sr_close_period_dialog_parent_class)->dispose (object);
}

static void
sr_close_period_dialog_finalize (GObject *object)
{
  SrClosePeriodDialog *self = SR_CLOSE_PERIOD_DIALOG (object);

  g_free (self->period_id);

  G_OBJECT_CLASS (sr_close_period_dialog_parent_class)->finalize (object);
}

static void
sr_close_period_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SrClosePeriodDialog *self = SR_CLOSE_PERIOD_DIALOG (object);

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
sr_close_period_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SrClosePeriodDialog *self = SR_CLOSE_PERIOD_DIALOG (object);

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
sr_close_period_dialog_class_init (SrClosePeriodDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_close_period_dialog_dispose;
  object_class->finalize = sr_close_period_dialog_finalize;
  object_class->get_property = sr_close_period_dialog_get_property;
  object_class->set_property = sr_close_period_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SR_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-close-period-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SrClosePeriodDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SrClosePeriodDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, SrClosePeriodDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, SrClosePeriodDialog, note_row);

  gtk_widget_class_install_action (widget_class, "close-period.save", NULL, sr_close_period_dialog_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sr_close_period_dialog_init (SrClosePeriodDialog *self)
{
  g_autoptr(GtkStringList) reasons = gtk_string_list_new (NULL);
  g_autofree char *today = sr_local_day_iso (NULL, 0);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Typing starts in the first field. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->end_row));

  for (guint i = 0; i < G_N_ELEMENTS (closing_reasons); i++)
    gtk_string_list_append (reasons, sr_closing_reason_get_label (closing_reasons[i]));
  adw_combo_row_set_model (self->reason_row, G_LIST_MODEL (reasons));

  g_signal_connect_swapped (self->end_row, "notify::valid", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->end_row, "notify::date", G_CALLBACK (validate), self);

  sr_date_row_set_date (self->end_row, today);
  validate (self);
}

SrClosePeriodDialog *
sr_close_period_dialog_new (GtkWindow  *parent,
                            SrContext  *context,
                            const char *period_id)
{
  SrClosePeriodDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (period_id != NULL, NULL);

  self = g_object_new (SR_TYPE_CLOSE_PERIOD_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       NULL);
  self->period_id = g_strdup (period_id);

  return self;
}
