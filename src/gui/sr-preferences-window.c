/* sr-preferences-window.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-preferences-window.h"

struct _SrPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  GtkAdjustment        *gas_rho_adjustment;
  GtkAdjustment        *backup_count_adjustment;
};

G_DEFINE_FINAL_TYPE (SrPreferencesWindow, sr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sr_preferences_window_constructed (GObject *object)
{
  SrPreferencesWindow *self = SR_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (sr_preferences_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "gas-rho",
                   self->gas_rho_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "backup-count",
                   self->backup_count_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
sr_preferences_window_dispose (GObject *object)
{
  SrPreferencesWindow *self = SR_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);

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
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
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

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SocRehab/ui/sr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SrPreferencesWindow, gas_rho_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SrPreferencesWindow, backup_count_adjustment);
}

static void
sr_preferences_window_init (SrPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SrPreferencesWindow *
sr_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SR_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}
