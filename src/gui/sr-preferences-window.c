/* sr-preferences-window.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client-lists.h"
#include "sr-preferences-window.h"
#include "sr-worker.h"

struct _SrPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  SrContext            *context;

  GListModel           *workers;

  /* Template widgets */
  AdwComboRow          *current_worker_row;
  GtkAdjustment        *gas_rho_adjustment;
  GtkAdjustment        *backup_count_adjustment;
};

G_DEFINE_FINAL_TYPE (SrPreferencesWindow, sr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_current_worker_selected_cb (SrPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->current_worker_row);
  g_autoptr(SrWorker) worker = NULL;

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  worker = g_list_model_get_item (self->workers, selected);
  if (worker != NULL)
    sr_context_set_current_worker (self->context, sr_record_get_id (SR_RECORD (worker)));
}

/* The current worker: a worker of the open database, chosen from its list of workers. */
static void
sr_preferences_window_setup_worker (SrPreferencesWindow *self)
{
  const char *current = sr_context_get_current_worker (self->context);
  guint selected = GTK_INVALID_LIST_POSITION;

  self->workers = sr_store_list_workers (sr_context_get_store (self->context));
  adw_combo_row_set_expression (self->current_worker_row,
                                gtk_property_expression_new (SR_TYPE_WORKER, NULL, "name"));
  adw_combo_row_set_model (self->current_worker_row, self->workers);

  for (guint i = 0; i < g_list_model_get_n_items (self->workers); i++)
    {
      g_autoptr(SrWorker) worker = g_list_model_get_item (self->workers, i);

      if (g_strcmp0 (sr_record_get_id (SR_RECORD (worker)), current) == 0)
        selected = i;
    }
  adw_combo_row_set_selected (self->current_worker_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->current_worker_row),
                            g_list_model_get_n_items (self->workers) > 0);

  g_signal_connect_object (self->current_worker_row, "notify::selected",
                           G_CALLBACK (on_current_worker_selected_cb), self, G_CONNECT_SWAPPED);
}

static void
sr_preferences_window_constructed (GObject *object)
{
  SrPreferencesWindow *self = SR_PREFERENCES_WINDOW (object);
  GSettings *settings;

  G_OBJECT_CLASS (sr_preferences_window_parent_class)->constructed (object);

  g_assert (SR_IS_CONTEXT (self->context));
  settings = sr_context_get_settings (self->context);

  sr_preferences_window_setup_worker (self);

  g_settings_bind (settings, "gas-rho",
                   self->gas_rho_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "backup-count",
                   self->backup_count_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
sr_preferences_window_dispose (GObject *object)
{
  SrPreferencesWindow *self = SR_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->workers);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sr_preferences_window_parent_class)->dispose (object);
}

static void
sr_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SrPreferencesWindow *self = SR_PREFERENCES_WINDOW (object);

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
sr_preferences_window_class_init (SrPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sr_preferences_window_constructed;
  object_class->dispose = sr_preferences_window_dispose;
  object_class->set_property = sr_preferences_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SocRehab/ui/sr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SrPreferencesWindow, current_worker_row);
  gtk_widget_class_bind_template_child (widget_class, SrPreferencesWindow, gas_rho_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SrPreferencesWindow, backup_count_adjustment);
}

static void
sr_preferences_window_init (SrPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SrPreferencesWindow *
sr_preferences_window_new (SrContext *context)
{
  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);

  return g_object_new (SR_TYPE_PREFERENCES_WINDOW,
                       "context", context,
                       NULL);
}
