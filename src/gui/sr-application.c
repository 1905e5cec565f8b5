/* sr-application.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-application.h"
#include "sr-preferences-window.h"
#include "sr-window.h"

struct _SrApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  gint64          started_at;
  gboolean        measure_startup;
};

G_DEFINE_FINAL_TYPE (SrApplication, sr_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { "measure-startup", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the milliseconds from start to the first drawn window, then quit"), NULL },
  { NULL }
};

static void
on_frame_clock_after_paint_cb (GdkFrameClock *frame_clock,
                               SrApplication *self)
{
  double elapsed_ms = (g_get_monotonic_time () - self->started_at) / 1000.0;

  g_signal_handlers_disconnect_by_func (frame_clock, on_frame_clock_after_paint_cb, self);
  g_print ("%.1f\n", elapsed_ms);
  g_application_quit (G_APPLICATION (self));
}

static void
on_window_map_cb (GtkWidget     *window,
                  SrApplication *self)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (window, on_window_map_cb, self);
  g_signal_connect (frame_clock, "after-paint",
                    G_CALLBACK (on_frame_clock_after_paint_cb), self);
}

static void
sr_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
sr_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  SrApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  SrPreferencesWindow *preferences;

  preferences = sr_preferences_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
sr_application_help_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  SrApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_show_uri (parent, "help:" PACKAGE_NAME, GDK_CURRENT_TIME);
}

static void
sr_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  static const char *developers[] = { "The SocRehab authors", NULL };
  SrApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (parent,
                         "application-name", "SocRehab",
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The SocRehab authors"),
                         "developers", developers,
                         "website", PACKAGE_WEBSITE,
                         "issue-url", PACKAGE_WEBSITE "/issues",
                         "copyright", "© 2026 The SocRehab authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: your names, one per line, as they should be credited. */
                         "translator-credits", _("translator-credits"),
                         "comments", _("Client plans, meetings and groups for social rehabilitation"),
                         NULL);
}

static const GActionEntry app_entries[] = {
  { "quit", sr_application_quit_action },
  { "preferences", sr_application_preferences_action },
  { "help", sr_application_help_action },
  { "about", sr_application_about_action },
};

static int
sr_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  SrApplication *self = SR_APPLICATION (application);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  self->measure_startup = g_variant_dict_contains (options, "measure-startup");

  return G_APPLICATION_CLASS (sr_application_parent_class)->handle_local_options (application, options);
}

static void
sr_application_startup (GApplication *application)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.help", { "F1", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.view::clients", { "<Alt>1", NULL } },
    { "win.view::calendar", { "<Alt>2", NULL } },
    { "win.view::groups", { "<Alt>3", NULL } },
    { "win.view::reports", { "<Alt>4", NULL } },
  };
  SrApplication *self = SR_APPLICATION (application);

  G_APPLICATION_CLASS (sr_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
}

static void
sr_application_activate (GApplication *application)
{
  SrApplication *self = SR_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (sr_window_new (self));

      if (self->measure_startup)
        g_signal_connect (window, "map", G_CALLBACK (on_window_map_cb), self);
    }

  gtk_window_present (window);
}

static void
sr_application_dispose (GObject *object)
{
  SrApplication *self = SR_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sr_application_parent_class)->dispose (object);
}

static void
sr_application_class_init (SrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sr_application_dispose;

  application_class->handle_local_options = sr_application_handle_local_options;
  application_class->startup = sr_application_startup;
  application_class->activate = sr_application_activate;
}

static void
sr_application_init (SrApplication *self)
{
  self->started_at = g_get_monotonic_time ();
  self->settings = g_settings_new (APPLICATION_ID);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Client plans, meetings and groups for social rehabilitation."));
}

SrApplication *
sr_application_new (void)
{
  return g_object_new (SR_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/org/example/SocRehab",
                       NULL);
}

void
sr_application_set_started_at (SrApplication *self,
                               gint64         monotonic_usec)
{
  g_return_if_fail (SR_IS_APPLICATION (self));

  self->started_at = monotonic_usec;
}

GSettings *
sr_application_get_settings (SrApplication *self)
{
  g_return_val_if_fail (SR_IS_APPLICATION (self), NULL);

  return self->settings;
}
