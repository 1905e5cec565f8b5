/* test-narrow.c: every view fits a 360 px window, in Finnish, where labels are longest
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A caseworker on a small laptop keeps SocRehab in half the screen. AdwViewStack takes the
 * minimum width of its widest child, so one wide row anywhere (in any view, even hidden)
 * widens the whole window: this walks every view and every section of a client's page.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "gui-test-util.h"
#include "sr-application.h"
#include "sr-client-page.h"
#include "sr-client.h"
#include "sr-clients-view.h"
#include "sr-window.h"
#include "sr-worker.h"

#define NARROW 360

static SrApplication *app;
static SrWindow *window;

/* Names the widgets that need more than @limit pixels, so a failure says where. */
static void
report_wide_widgets (GtkWidget *widget,
                     int        limit,
                     GString   *report)
{
  int minimum = 0;

  if (!gtk_widget_get_visible (widget))
    return;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > limit)
    g_string_append_printf (report, " %s=%d", G_OBJECT_TYPE_NAME (widget), minimum);

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    report_wide_widgets (c, limit, report);
}

static void
assert_fits (const char *where)
{
  gui_test_settle (150);

  if (gtk_widget_get_width (GTK_WIDGET (window)) > NARROW)
    {
      g_autoptr(GString) report = g_string_new (NULL);

      report_wide_widgets (GTK_WIDGET (window), NARROW, report);
      g_test_message ("%s is %d px wide:%s", where,
                      gtk_widget_get_width (GTK_WIDGET (window)), report->str);
    }
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW);
}

static void
test_narrow_views (void)
{
  static const char *views[] = { "clients", "calendar", "groups", "reports" };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", views[i]));
      assert_fits (views[i]);
    }
}

static void
test_narrow_client_page (void)
{
  SrStore *store = sr_context_get_store (sr_application_get_context (app));
  g_autoptr(SrWorker) worker = sr_worker_new ("Testaaja");
  g_autoptr(SrClient) client = sr_client_new ("Kapea", "Ikkuna");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pages = NULL;
  AdwViewStack *stack, *sections;
  GtkWidget *view, *page;

  g_assert_true (sr_store_save_worker (store, worker, &error));
  sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
  g_assert_true (sr_store_save_client (store, client, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-client", "s",
                                             sr_record_get_id (SR_RECORD (client))));
  gui_test_settle (200);

  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), SR_TYPE_WINDOW, "stack"));
  view = adw_view_stack_get_child_by_name (stack, "clients");
  g_assert_nonnull (sr_clients_view_get_shown_client (SR_CLIENTS_VIEW (view)));
  page = GTK_WIDGET (gtk_widget_get_template_child (view, SR_TYPE_CLIENTS_VIEW, "client_page"));
  sections = ADW_VIEW_STACK (gtk_widget_get_template_child (page, SR_TYPE_CLIENT_PAGE, "sections"));
  pages = G_LIST_MODEL (adw_view_stack_get_pages (sections));
  g_assert_cmpuint (g_list_model_get_n_items (pages), >=, 6);

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) section = g_list_model_get_item (pages, i);

      adw_view_stack_set_visible_child (sections, adw_view_stack_page_get_child (section));
      assert_fits (adw_view_stack_page_get_name (section));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = gui_test_isolate_environment ();
  g_autofree char *database = g_build_filename (home, "narrow.db", NULL);
  g_autoptr(GError) error = NULL;
  int ret;

  /* Finnish from the start; gtk_test_init() keeps the C locale, where LANGUAGE is ignored. */
  g_setenv ("LANGUAGE", "fi", TRUE);
  g_setenv ("SOCREHAB_DATABASE", database, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SOCREHAB_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_assert_cmpstr (_("Clients"), ==, "Asiakkaat");

  app = sr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sr_application_get_context (app));

  window = sr_window_new (GTK_APPLICATION (app), sr_application_get_context (app));
  gtk_window_set_default_size (GTK_WINDOW (window), NARROW, 700);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_settle (300);

  g_test_add_func ("/narrow/views", test_narrow_views);
  g_test_add_func ("/narrow/client-page", test_narrow_client_page);

  ret = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_settle (50);
  g_clear_object (&app);
  gui_test_remove_tree (home);

  return ret;
}
