/* test-window.c: the main window, its views, actions and narrow layout
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "gui-test-util.h"
#include "sr-application.h"
#include "sr-calendar-view.h"
#include "sr-clients-view.h"
#include "sr-groups-view.h"
#include "sr-window.h"

static const char *view_names[] = { "clients", "calendar", "groups", "reports" };

static SrApplication *app;

static SrWindow *
create_window (int width,
               int height)
{
  SrWindow *window = sr_window_new (GTK_APPLICATION (app), sr_application_get_context (app));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_settle (300);

  return window;
}

static void
test_window_template (void)
{
  SrWindow *window = create_window (1100, 700);
  AdwViewStack *stack;
  g_autoptr(GListModel) pages = NULL;

  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), SR_TYPE_WINDOW, "stack"));
  g_assert_nonnull (stack);

  pages = G_LIST_MODEL (adw_view_stack_get_pages (stack));
  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, G_N_ELEMENTS (view_names));

  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);
      GtkWidget *child = adw_view_stack_page_get_child (page);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, view_names[i]);
      g_assert_nonnull (adw_view_stack_page_get_title (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));

      if (g_str_equal (view_names[i], "calendar"))
        {
          g_assert_true (SR_IS_CALENDAR_VIEW (child));
          continue;
        }

      if (g_str_equal (view_names[i], "groups"))
        {
          g_assert_true (SR_IS_GROUPS_VIEW (child));
          continue;
        }

      /* The Clients view is built; the others start with a real empty state: a title and
       * a sentence, no buttons. */
      if (g_str_equal (view_names[i], "clients"))
        {
          g_assert_true (SR_IS_CLIENTS_VIEW (child));
          continue;
        }
      g_assert_true (ADW_IS_STATUS_PAGE (child));
      g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (child)), !=, "");
      g_assert_nonnull (adw_status_page_get_description (ADW_STATUS_PAGE (child)));
      g_assert_null (adw_status_page_get_child (ADW_STATUS_PAGE (child)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_view_actions (void)
{
  SrWindow *window = create_window (1100, 700);

  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    {
      g_autofree char *detailed = g_strdup_printf ("win.view::%s", view_names[i]);
      g_autofree char *expected_accel = g_strdup_printf ("<Alt>%u", i + 1);
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), detailed);

      g_assert_nonnull (accels);
      g_assert_true (g_strv_contains ((const char * const *) accels, expected_accel));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", view_names[i]));
      g_assert_cmpstr (sr_window_get_view_name (window), ==, view_names[i]);
    }

  /* The last view is remembered for the next start. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
    g_autofree char *last = g_settings_get_string (settings, "last-view");

    g_assert_cmpstr (last, ==, "reports");
  }

  /* And restored: a new window opens on it. */
  gtk_window_destroy (GTK_WINDOW (window));
  window = create_window (1100, 700);
  g_assert_cmpstr (sr_window_get_view_name (window), ==, "reports");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "clients"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_app_actions (void)
{
  static const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "app.help", "F1" },
    { "win.show-help-overlay", "<Control>question" },
  };

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "help"));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                     expected[i].action);
      g_assert_true (g_strv_contains ((const char * const *) accels, expected[i].accel));
    }
}

static gboolean
bar_revealed (gpointer user_data)
{
  return adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (user_data));
}

static gboolean
bar_hidden (gpointer user_data)
{
  return !adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (user_data));
}

static void
test_window_narrow_layout (void)
{
  SrWindow *window;
  GtkWidget *bar;

  /* A wide window keeps the switcher in the header bar. */
  window = create_window (1100, 700);
  bar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), SR_TYPE_WINDOW, "switcher_bar"));
  g_assert_true (gui_test_wait_for (bar_hidden, bar, 2000));
  gtk_window_destroy (GTK_WINDOW (window));

  /* At 360 px, half a small laptop screen, it moves to the bottom bar. */
  window = create_window (360, 640);
  bar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), SR_TYPE_WINDOW, "switcher_bar"));
  g_assert_true (gui_test_wait_for (bar_revealed, bar, 2000));
  g_assert_true (gtk_widget_get_mapped (bar));
  /* Nothing in the window insists on more room than that. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_restores_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  SrWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 812);
  g_settings_set_int (settings, "window-height", 604);

  window = sr_window_new (GTK_APPLICATION (app), sr_application_get_context (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 812);
  g_assert_cmpint (height, ==, 604);

  /* Closing saves the size the user left it at. */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_settle (100);
  gtk_window_close (GTK_WINDOW (window));
  gui_test_settle (50);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = gui_test_isolate_environment ();
  int ret;

  gtk_test_init (&argc, &argv, NULL);

  app = sr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/window/template", test_window_template);
  g_test_add_func ("/window/view-actions", test_window_view_actions);
  g_test_add_func ("/window/app-actions", test_window_app_actions);
  g_test_add_func ("/window/narrow-layout", test_window_narrow_layout);
  g_test_add_func ("/window/restores-size", test_window_restores_size);

  ret = g_test_run ();

  g_clear_object (&app);
  gui_test_remove_tree (home);

  return ret;
}
