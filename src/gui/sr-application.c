/* sr-application.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>

#include "sr-application.h"
#include "sr-preferences-window.h"
#include "sr-sample-data.h"
#include "sr-toast.h"
#include "sr-window.h"
#include "sr-worker.h"

struct _SrApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  /* The open database with what the windows share; NULL when it could not be opened. */
  SrContext      *context;
  /* Why the database could not be opened; shown instead of the main window. */
  GError         *store_error;

  char           *database_option;
  /* The temporary database of --demo, removed on quit. */
  char           *demo_path;
  gint64          started_at;
  guint           measure_startup : 1;
  guint           demo : 1;
};

G_DEFINE_FINAL_TYPE (SrApplication, sr_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { "database", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database in FILE instead of your own"), N_("FILE") },
  { "demo", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Explore SocRehab with fictitious sample data in a temporary database"), NULL },
  { "measure-startup", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the milliseconds from start to the first drawn window, then quit"), NULL },
  { NULL }
};

typedef struct
{
  char  *path;
  guint  keep;
} BackupData;

static void
backup_data_free (gpointer data)
{
  BackupData *backup = data;

  g_free (backup->path);
  g_free (backup);
}

/* The daily backup copies the whole database, which takes seconds for a large county, so it
 * runs in a thread on a connection of its own (a connection belongs to the thread that opened
 * it). */
static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  BackupData *backup = task_data;
  g_autoptr(SrStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if ((store = sr_store_open (backup->path, &error)) == NULL ||
      (!sr_store_backup_if_due (store, NULL, backup->keep, &error) && error != NULL))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_backup_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  SrApplication *self = SR_APPLICATION (object);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    return;

  /* Not fatal: the database itself is fine. Say so, so nobody is left wondering. */
  g_warning ("The daily backup failed: %s", error->message);

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Today’s backup could not be made: %s"),
                                                error->message);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_timeout (toast, 0);
      sr_widget_add_toast (GTK_WIDGET (window), toast);
    }
}

static void
sr_application_start_backup (SrApplication *self,
                             SrStore       *store)
{
  g_autoptr(GTask) task = NULL;
  BackupData *backup;

  backup = g_new0 (BackupData, 1);
  backup->path = g_strdup (sr_store_get_path (store));
  backup->keep = MAX (1, g_settings_get_int (self->settings, "backup-count"));

  task = g_task_new (self, NULL, on_backup_done_cb, NULL);
  g_task_set_source_tag (task, sr_application_start_backup);
  g_task_set_task_data (task, backup, backup_data_free);
  g_task_run_in_thread (task, backup_thread);
}

static void
sr_application_open_store (SrApplication *self)
{
  g_autoptr(SrStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (self->context == NULL);

  if (self->demo)
    {
      if ((store = sr_sample_data_open_demo (&error)) != NULL)
        self->demo_path = g_strdup (sr_store_get_path (store));
    }
  else
    {
      g_autofree char *path = sr_store_resolve_path (self->database_option);

      if ((store = sr_store_open (path, &error)) != NULL)
        sr_application_start_backup (self, store);
    }

  if (store != NULL)
    self->context = sr_context_new (store, self->settings);
  else
    self->store_error = g_steal_pointer (&error);
}

static gboolean
on_unix_signal_cb (gpointer user_data)
{
  /* Log-out or Ctrl+C: quit the normal way, so the database is closed cleanly. */
  g_application_quit (G_APPLICATION (user_data));

  return G_SOURCE_CONTINUE;
}

static void
on_store_error_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            SrApplication    *self)
{
  g_application_quit (G_APPLICATION (self));
}

/* A database that cannot be opened is never replaced by an empty one: the caseworker is told
 * why and where the backups are, and SocRehab closes without touching the file. */
static void
sr_application_show_store_error (SrApplication *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (NULL, _("Your Data Could Not Be Opened"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s", self->store_error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "quit", _("_Quit"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_store_error_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

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

  if (self->context == NULL)
    return;

  preferences = sr_preferences_window_new (self->context);
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

static gboolean
open_demo_idle_cb (gpointer user_data)
{
  g_autoptr(SrApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "open-demo");
  GtkWindow *window;

  /* On success the windows are replaced by one on the demo database. */
  if (sr_application_open_demo (self, &error))
    return G_SOURCE_REMOVE;

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), TRUE);
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    sr_widget_add_toast (GTK_WIDGET (window), adw_toast_new (error->message));

  return G_SOURCE_REMOVE;
}

/* The first start's welcome offers the sample data. */
static void
sr_application_open_demo_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  g_simple_action_set_enabled (action, FALSE);
  /* Out of the click: the window that holds the button is about to go. */
  g_idle_add (open_demo_idle_cb, g_object_ref (user_data));
}

static const GActionEntry app_entries[] = {
  { "quit", sr_application_quit_action },
  { "open-demo", sr_application_open_demo_action },
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
  self->demo = g_variant_dict_contains (options, "demo");
  g_variant_dict_lookup (options, "database", "^ay", &self->database_option);

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

  sr_application_open_store (self);

  g_unix_signal_add (SIGINT, on_unix_signal_cb, self);
  g_unix_signal_add (SIGTERM, on_unix_signal_cb, self);
}

static void
sr_application_shutdown (GApplication *application)
{
  SrApplication *self = SR_APPLICATION (application);

  g_clear_object (&self->context);

  if (self->demo_path != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!sr_sample_data_remove_demo (self->demo_path, &error))
        g_warning ("The demo database could not be removed: %s", error->message);
      g_clear_pointer (&self->demo_path, g_free);
    }

  G_APPLICATION_CLASS (sr_application_parent_class)->shutdown (application);
}

static void
sr_application_activate (GApplication *application)
{
  SrApplication *self = SR_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL && self->context == NULL)
    {
      sr_application_show_store_error (self);
      return;
    }

  if (window == NULL)
    {
      window = GTK_WINDOW (sr_window_new (GTK_APPLICATION (self), self->context));

      if (self->measure_startup)
        g_signal_connect (window, "map", G_CALLBACK (on_window_map_cb), self);
    }

  gtk_window_present (window);
}

static void
sr_application_dispose (GObject *object)
{
  SrApplication *self = SR_APPLICATION (object);

  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sr_application_parent_class)->dispose (object);
}

static void
sr_application_finalize (GObject *object)
{
  SrApplication *self = SR_APPLICATION (object);

  g_clear_error (&self->store_error);
  g_clear_pointer (&self->database_option, g_free);
  g_clear_pointer (&self->demo_path, g_free);

  G_OBJECT_CLASS (sr_application_parent_class)->finalize (object);
}

static void
sr_application_class_init (SrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sr_application_dispose;
  object_class->finalize = sr_application_finalize;

  application_class->handle_local_options = sr_application_handle_local_options;
  application_class->startup = sr_application_startup;
  application_class->activate = sr_application_activate;
  application_class->shutdown = sr_application_shutdown;
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

/**
 * sr_application_get_context:
 *
 * Returns: (nullable) (transfer none): the open database with the settings and the worker
 *   using the app, or %NULL when the database could not be opened (see
 *   sr_application_get_store_error())
 */
SrContext *
sr_application_get_context (SrApplication *self)
{
  g_return_val_if_fail (SR_IS_APPLICATION (self), NULL);

  return self->context;
}

const GError *
sr_application_get_store_error (SrApplication *self)
{
  g_return_val_if_fail (SR_IS_APPLICATION (self), NULL);

  return self->store_error;
}

gboolean
sr_application_open_demo (SrApplication  *self,
                          GError        **error)
{
  g_autoptr(SrStore) demo = NULL;
  g_autoptr(GList) windows = NULL;
  GtkWindow *window;

  g_return_val_if_fail (SR_IS_APPLICATION (self), FALSE);

  if (self->demo)
    return TRUE;

  if ((demo = sr_sample_data_open_demo (error)) == NULL)
    return FALSE;

  /* The views hold the store they were given: they go with their windows, and the new
   * window's views get the demo. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));

  g_clear_object (&self->context);
  g_clear_error (&self->store_error);
  self->demo = TRUE;
  self->demo_path = g_strdup (sr_store_get_path (demo));
  self->context = sr_context_new (demo, self->settings);

  window = GTK_WINDOW (sr_window_new (GTK_APPLICATION (self), self->context));
  gtk_window_present (window);

  return TRUE;
}
