/* test-application.c: the app opens the database, refuses what it cannot read, backs up
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <sys/stat.h>

#include "gui-test-util.h"
#include "sr-application.h"
#include "sr-window.h"

static char *home;

static SrApplication *
start_app (const char *database_path)
{
  g_autoptr(GError) error = NULL;
  SrApplication *app;

  g_setenv ("SOCREHAB_DATABASE", database_path, TRUE);
  app = sr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  gui_test_settle (200);

  return app;
}

static void
stop_app (SrApplication *app)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  while (windows != NULL)
    {
      gtk_window_destroy (windows->data);
      windows = gtk_application_get_windows (GTK_APPLICATION (app));
    }
  gui_test_settle (50);
  g_object_unref (app);
}

static char *
today_backup_path (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "socrehab-%Y-%m-%d.db");

  return g_build_filename (g_get_user_data_dir (), "socrehab", "backups", name, NULL);
}

static gboolean
file_exists (gpointer user_data)
{
  return g_file_test (user_data, G_FILE_TEST_EXISTS);
}

static void
test_application_opens_database (void)
{
  g_autofree char *path = g_build_filename (home, "opens", "socrehab.db", NULL);
  g_autofree char *backup = today_backup_path ();
  SrApplication *app = start_app (path);
  GtkWindow *window;
  struct stat st;

  g_assert_nonnull (sr_application_get_context (app));
  g_assert_null (sr_application_get_store_error (app));
  g_assert_cmpstr (sr_store_get_path (sr_context_get_store (sr_application_get_context (app))), ==, path);

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (SR_IS_WINDOW (window));

  /* Every view that shows data was handed this database. */
  {
    AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                         SR_TYPE_WINDOW, "stack"));
    static const char *views[] = { "clients", "calendar", "groups" };

    for (guint i = 0; i < G_N_ELEMENTS (views); i++)
      {
        GtkWidget *view = adw_view_stack_get_child_by_name (stack, views[i]);
        g_autoptr(SrContext) view_context = NULL;

        g_object_get (view, "context", &view_context, NULL);
        g_assert_true (view_context == sr_application_get_context (app));
      }
  }

  /* Only the user can read the database. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The first start of the day makes a backup, in a thread, readable by the user only. */
  g_assert_true (gui_test_wait_for (file_exists, backup, 10000));
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  stop_app (app);
}

static void
test_application_refuses_unreadable (void)
{
  static const char garbage[] = "These are somebody's notes, not a database.\n";
  g_autofree char *path = g_build_filename (home, "garbage.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  SrApplication *app;
  GList *windows;
  gsize length;

  g_file_set_contents (path, garbage, -1, &error);
  g_assert_no_error (error);

  app = start_app (path);

  g_assert_null (sr_application_get_context (app));
  g_assert_nonnull (sr_application_get_store_error (app));
  g_assert_true (sr_application_get_store_error (app)->domain == SR_STORE_ERROR);

  /* No main window over an empty database: a message that says why. */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (windows->data));
  g_assert_cmpstr (adw_message_dialog_get_body (windows->data), ==,
                   sr_application_get_store_error (app)->message);

  /* And the file is left exactly as it was. */
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, garbage, sizeof garbage - 1);

  stop_app (app);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  home = gui_test_isolate_environment ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/application/opens-database", test_application_opens_database);
  g_test_add_func ("/application/refuses-unreadable", test_application_refuses_unreadable);

  ret = g_test_run ();

  gui_test_remove_tree (home);
  g_free (home);

  return ret;
}
