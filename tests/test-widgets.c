/* test-widgets.c: the shared client chooser and date row
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "gui-test-util.h"
#include "sr-client-chooser.h"
#include "sr-client.h"
#include "sr-date-row.h"
#include "sr-store.h"
#include "sr-worker.h"

static char *home;

static void
test_date_row_typing (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row = sr_date_row_new ();

  gtk_window_set_child (GTK_WINDOW (window), row);
  gtk_window_present (GTK_WINDOW (window));

  gtk_editable_set_text (GTK_EDITABLE (row), "5.3.2026");
  g_assert_cmpstr (sr_date_row_get_date (SR_DATE_ROW (row)), ==, "2026-03-05");
  g_assert_true (sr_date_row_get_valid (SR_DATE_ROW (row)));
  g_assert_false (gtk_widget_has_css_class (row, "error"));

  /* A date that does not exist is marked at once and says what to type. */
  gtk_editable_set_text (GTK_EDITABLE (row), "31.2.2026");
  g_assert_null (sr_date_row_get_date (SR_DATE_ROW (row)));
  g_assert_false (sr_date_row_get_valid (SR_DATE_ROW (row)));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (row));

  /* Empty is fine unless required. */
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_assert_true (sr_date_row_get_valid (SR_DATE_ROW (row)));
  sr_date_row_set_required (SR_DATE_ROW (row), TRUE);
  g_assert_false (sr_date_row_get_valid (SR_DATE_ROW (row)));

  /* Set from the database, shown as d.m.yyyy. */
  sr_date_row_set_date (SR_DATE_ROW (row), "2026-11-22");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "22.11.2026");
  g_assert_true (sr_date_row_get_valid (SR_DATE_ROW (row)));

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  gboolean  done;
  SrClient *client;
  GError   *error;
} ChooseResult;

static void
on_chosen_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ChooseResult *choose = user_data;

  choose->client = sr_client_chooser_choose_finish (result, &choose->error);
  choose->done = TRUE;
}

static gboolean
choose_done (gpointer user_data)
{
  return ((ChooseResult *) user_data)->done;
}

static SrClientChooser *
find_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (SR_IS_CLIENT_CHOOSER (window))
        return SR_CLIENT_CHOOSER (window);
    }

  return NULL;
}

static gboolean
only_one_match (gpointer user_data)
{
  SrClientChooser *chooser = user_data;
  GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (chooser),
                                                                    SR_TYPE_CLIENT_CHOOSER,
                                                                    "list_view"));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))) == 1;
}

static SrStore *
make_store (void)
{
  static const char *names[][3] = {
    { "Matti", "Virtanen", "010594Y9032" },
    { "Åke", "Öhman", NULL },
    { "Liisa", "Korhonen", NULL },
  };
  g_autofree char *path = g_build_filename (home, "chooser.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Test Worker");
  SrStore *store = sr_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (store, worker, &error));
  g_assert_no_error (error);
  sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SrClient) client = g_object_new (SR_TYPE_CLIENT,
                                                 "first-name", names[i][0],
                                                 "last-name", names[i][1],
                                                 "identity-code", names[i][2],
                                                 NULL);

      g_assert_true (sr_store_save_client (store, client, &error));
      g_assert_no_error (error);
    }

  return store;
}

static void
test_client_chooser (void)
{
  g_autoptr(SrStore) store = make_store ();
  GtkWidget *parent = gtk_window_new ();
  ChooseResult result = { 0 };
  SrClientChooser *chooser;

  gtk_window_present (GTK_WINDOW (parent));

  /* Type part of a name, take the match. */
  sr_client_chooser_choose_async (GTK_WINDOW (parent), store, NULL, NULL, on_chosen_cb, &result);
  chooser = find_chooser ();
  g_assert_nonnull (chooser);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (chooser)));

  sr_client_chooser_set_search (chooser, "virt");
  g_assert_true (gui_test_wait_for (only_one_match, chooser, 5000));
  g_assert_true (sr_client_chooser_accept (chooser));
  g_assert_true (gui_test_wait_for (choose_done, &result, 2000));
  g_assert_no_error (result.error);
  g_assert_nonnull (result.client);
  g_assert_cmpstr (sr_client_get_last_name (result.client), ==, "Virtanen");
  g_clear_object (&result.client);
  g_assert_null (find_chooser ());

  /* Closing the dialog is a cancel: no client, no error. */
  memset (&result, 0, sizeof result);
  sr_client_chooser_choose_async (GTK_WINDOW (parent), store, "Add Member", NULL, on_chosen_cb, &result);
  chooser = find_chooser ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (chooser)), ==, "Add Member");
  gtk_window_close (GTK_WINDOW (chooser));
  g_assert_true (gui_test_wait_for (choose_done, &result, 2000));
  g_assert_no_error (result.error);
  g_assert_null (result.client);

  gtk_window_destroy (GTK_WINDOW (parent));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  home = gui_test_isolate_environment ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/widgets/date-row/typing", test_date_row_typing);
  g_test_add_func ("/widgets/client-chooser", test_client_chooser);

  ret = g_test_run ();

  gui_test_remove_tree (home);
  g_free (home);

  return ret;
}
