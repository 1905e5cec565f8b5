/* test-clients-view.c: the Clients view on a real (temporary) database
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "gui-test-util.h"
#include "sr-application.h"
#include "sr-client-dialog.h"
#include "sr-client-list.h"
#include "sr-client-lists.h"
#include "sr-client-page.h"
#include "sr-client-service.h"
#include "sr-close-period-dialog.h"
#include "sr-contact-dialog.h"
#include "sr-date-row.h"
#include "sr-period-dialog.h"
#include "sr-client.h"
#include "sr-clients-view.h"
#include "sr-format.h"
#include "sr-hetu.h"
#include "sr-list-splitter.h"
#include "sr-network-contact.h"
#include "sr-period.h"
#include "sr-window.h"
#include "sr-worker.h"

static SrApplication *app;
static SrWindow *window;
static SrClientsView *view;

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  gpointer found = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (found);
  return found;
}

static SrStore *
store (void)
{
  return sr_context_get_store (sr_application_get_context (app));
}

static gboolean
list_idle (gpointer user_data)
{
  GListModel *model = sr_clients_view_get_model (view);

  return model != NULL && !sr_client_list_get_loading (SR_CLIENT_LIST (model));
}

/* Waits for the list's refresh (it runs off the main thread) to settle. */
static void
wait_for_list (void)
{
  gui_test_settle (30);
  g_assert_true (gui_test_wait_for (list_idle, NULL, 5000));
  gui_test_settle (30);
}

typedef struct
{
  guint n;
} Count;

static gboolean
has_n_items (gpointer user_data)
{
  Count *count = user_data;
  GListModel *model = sr_clients_view_get_model (view);

  return model != NULL && !sr_client_list_get_loading (SR_CLIENT_LIST (model))
         && g_list_model_get_n_items (model) == count->n;
}

static void
wait_for_n_items (guint n)
{
  Count count = { n };

  gui_test_settle (30);
  g_assert_true (gui_test_wait_for (has_n_items, &count, 5000));
}

static void
ensure_worker (void)
{
  g_autoptr(SrWorker) worker = NULL;

  if (sr_store_get_current_worker (store ()) != NULL)
    return;

  worker = sr_worker_new ("Testaaja");
  g_assert_true (sr_store_save_worker (store (), worker, NULL));
  sr_context_set_current_worker (sr_application_get_context (app), sr_record_get_id (SR_RECORD (worker)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "win.view", "s", "clients"));
}

static SrClient *
add_client (const char *first,
            const char *last)
{
  g_autoptr(GError) error = NULL;
  SrClient *client = sr_client_new (first, last);

  g_assert_true (sr_store_save_client (store (), client, &error));
  g_assert_no_error (error);
  return client;
}

static char *
temporary_code (const char *ddmmyy,
                guint       individual)
{
  /* Individual numbers 900–999 are temporary codes: never a real person's. */
  return sr_hetu_compute_check (ddmmyy, '-', individual);
}

static void
test_welcome (void)
{
  GtkStack *main_stack = child (view, SR_TYPE_CLIENTS_VIEW, "main_stack");
  AdwEntryRow *name_row = child (view, SR_TYPE_CLIENTS_VIEW, "welcome_name_row");
  AdwComboRow *title_row = child (view, SR_TYPE_CLIENTS_VIEW, "welcome_title_row");
  GtkWidget *start = child (view, SR_TYPE_CLIENTS_VIEW, "welcome_start_button");
  g_autoptr(GListModel) workers = sr_store_list_workers (store ());
  g_autoptr(SrWorker) worker = NULL;
  g_autofree char *setting = NULL;
  int title = -1;

  /* A new database and no current worker: the view asks who is using the app. */
  g_assert_null (sr_store_get_current_worker (store ()));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "welcome");
  g_assert_false (gtk_widget_get_sensitive (start));
  g_assert_false (gtk_widget_get_sensitive (child (view, SR_TYPE_CLIENTS_VIEW, "empty_new_button")));

  gtk_editable_set_text (GTK_EDITABLE (name_row), "  Sanna Sosiaali  ");
  adw_combo_row_set_selected (title_row, 1);
  g_assert_true (gtk_widget_get_sensitive (start));
  g_signal_emit_by_name (start, "clicked");
  gui_test_settle (30);

  g_assert_cmpuint (g_list_model_get_n_items (workers), ==, 1);
  worker = g_list_model_get_item (workers, 0);
  g_assert_cmpstr (sr_worker_get_name (worker), ==, "Sanna Sosiaali");
  g_object_get (worker, "title", &title, NULL);
  g_assert_cmpint (title, ==, SR_WORKER_TITLE_SOCIAL_COUNSELLOR);

  setting = g_settings_get_string (sr_context_get_settings (sr_application_get_context (app)), "current-worker");
  g_assert_cmpstr (setting, ==, sr_record_get_id (SR_RECORD (worker)));
  g_assert_cmpstr (sr_store_get_current_worker (store ()), ==, sr_record_get_id (SR_RECORD (worker)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "clients");
}

static SrClientDialog *
find_client_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (SR_IS_CLIENT_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return SR_CLIENT_DIALOG (toplevel);
    }

  return NULL;
}

/* Straight on from the welcome, without a restart: New Client works (its button and Ctrl+N
 * are one action) and the client is saved. */
static void
test_welcome_then_new_client (void)
{
  GtkWidget *new_button = child (view, SR_TYPE_CLIENTS_VIEW, "empty_new_button");
  SrClientDialog *dialog;
  g_autoptr(SrClient) saved = NULL;

  /* Right after the welcome: a worker, no clients yet. */
  g_assert_nonnull (sr_store_get_current_worker (store ()));
  wait_for_n_items (0);

  g_assert_true (gtk_widget_get_sensitive (new_button));
  g_assert_null (find_client_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "view.new-client", NULL));
  gui_test_settle (30);
  dialog = find_client_dialog ();
  g_assert_nonnull (dialog);

  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "first_name_row"), "Eino");
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "last_name_row"), "Aakkonen");
  g_signal_emit_by_name (child (dialog, SR_TYPE_CLIENT_DIALOG, "save_button"), "clicked");
  wait_for_n_items (1);
  g_assert_null (find_client_dialog ());

  saved = g_list_model_get_item (sr_clients_view_get_model (view), 0);
  g_assert_cmpstr (sr_client_get_last_name (saved), ==, "Aakkonen");
  /* The view shows the new client. */
  g_assert_true (sr_clients_view_get_shown_client (view) != NULL);
  g_assert_cmpstr (sr_record_get_id (SR_RECORD (sr_clients_view_get_shown_client (view))), ==,
                   sr_record_get_id (SR_RECORD (saved)));
}

static void
test_invalid_identity_code (void)
{
  SrClientDialog *dialog;
  GtkLabel *message;
  GtkWidget *save;
  g_autoptr(GError) expected = NULL;
  g_autofree char *valid = temporary_code ("150385", 912);
  g_autofree char *invalid = g_strdup (valid);
  guint n_before;

  ensure_worker ();
  wait_for_list ();
  n_before = g_list_model_get_n_items (sr_clients_view_get_model (view));

  /* One wrong check character. */
  invalid[10] = invalid[10] == 'A' ? 'B' : 'A';
  g_assert_false (sr_hetu_validate (invalid, NULL, &expected));

  dialog = sr_client_dialog_new (GTK_WINDOW (window), sr_application_get_context (app), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  message = child (dialog, SR_TYPE_CLIENT_DIALOG, "identity_message");
  save = child (dialog, SR_TYPE_CLIENT_DIALOG, "save_button");

  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "first_name_row"), "Ilmari");
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "last_name_row"), "Virhe");
  g_assert_true (gtk_widget_get_sensitive (save));

  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "identity_row"), invalid);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpstr (gtk_label_get_text (message), ==, expected->message);
  g_assert_false (gtk_widget_get_sensitive (save));

  /* Even a click that gets through saves nothing. */
  g_signal_emit_by_name (save, "clicked");
  gui_test_settle (50);
  wait_for_list ();
  g_assert_cmpuint (g_list_model_get_n_items (sr_clients_view_get_model (view)), ==, n_before);

  /* Corrected, the message goes and the date of birth follows the code. */
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "identity_row"), valid);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_true (gtk_widget_get_sensitive (save));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_save_sorted_and_search (void)
{
  g_autoptr(SrClient) a = NULL, b = NULL, c = NULL, item = NULL;
  g_autofree char *code = temporary_code ("020290", 934);
  GtkSearchEntry *search = child (view, SR_TYPE_CLIENTS_VIEW, "search_entry");
  SrClientDialog *dialog;
  GtkLabel *error_label;
  GListModel *model;
  guint n_before;

  ensure_worker ();
  wait_for_list ();
  n_before = g_list_model_get_n_items (sr_clients_view_get_model (view));
  a = add_client ("Aapo", "Aalto");
  b = add_client ("Örjan", "Ölander");
  c = add_client ("Maija", "Mäki");
  wait_for_n_items (n_before + 3);

  /* Through the dialog, as a caseworker would. */
  dialog = sr_client_dialog_new (GTK_WINDOW (window), sr_application_get_context (app), NULL);
  g_signal_connect_swapped (dialog, "saved", G_CALLBACK (sr_clients_view_show_client), view);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "first_name_row"), "Anna");
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "last_name_row"), "Berg");
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "identity_row"), code);
  g_signal_emit_by_name (child (dialog, SR_TYPE_CLIENT_DIALOG, "save_button"), "clicked");
  wait_for_n_items (n_before + 4);

  /* Sorted in Finnish order: Aalto, Berg, Mäki, Ölander (Ö after Z). */
  model = sr_clients_view_get_model (view);
  item = g_list_model_get_item (model, n_before + 1);
  g_assert_cmpstr (sr_client_get_last_name (item), ==, "Berg");
  g_assert_cmpstr (sr_client_get_identity_code (item), ==, code);
  g_clear_object (&item);
  item = g_list_model_get_item (model, n_before + 3);
  g_assert_cmpstr (sr_client_get_last_name (item), ==, "Ölander");
  g_clear_object (&item);

  /* The same identity code again: refused by the store, the dialog stays with what was
   * typed and says why. */
  dialog = sr_client_dialog_new (GTK_WINDOW (window), sr_application_get_context (app), NULL);
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  error_label = child (dialog, SR_TYPE_CLIENT_DIALOG, "error_label");
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "first_name_row"), "Toinen");
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "last_name_row"), "Berg");
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "identity_row"), code);
  g_signal_emit_by_name (child (dialog, SR_TYPE_CLIENT_DIALOG, "save_button"), "clicked");
  gui_test_settle (30);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_label_get_text (error_label), !=, "");
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "first_name_row")), ==, "Toinen");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  wait_for_n_items (n_before + 4);

  /* Typing part of a name narrows the list, diacritics or not. */
  gtk_editable_set_text (GTK_EDITABLE (search), "mak");
  wait_for_n_items (1);
  item = g_list_model_get_item (sr_clients_view_get_model (view), 0);
  g_assert_cmpstr (sr_client_get_last_name (item), ==, "Mäki");
  g_clear_object (&item);

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  wait_for_n_items (n_before + 4);
}

static void
test_open_logs_and_show (void)
{
  g_autoptr(SrClient) client = NULL;
  g_autoptr(GListModel) log = NULL;
  GtkListView *list_view = child (view, SR_TYPE_CLIENTS_VIEW, "list_view");
  guint n_before, position;

  ensure_worker ();
  wait_for_list ();
  client = add_client ("Lokki", "Lukija");
  wait_for_list ();

  log = sr_store_list_audit (store (), sr_record_get_id (SR_RECORD (client)), SR_AUDIT_LOG_USE, NULL);
  n_before = g_list_model_get_n_items (log);

  /* Opening the client from the list writes a use-log row. */
  position = sr_client_list_find (SR_CLIENT_LIST (sr_clients_view_get_model (view)),
                                  sr_record_get_id (SR_RECORD (client)));
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_signal_emit_by_name (list_view, "activate", position);
  gui_test_settle (30);
  g_assert_nonnull (sr_clients_view_get_shown_client (view));
  g_assert_cmpstr (sr_record_get_id (SR_RECORD (sr_clients_view_get_shown_client (view))), ==,
                   sr_record_get_id (SR_RECORD (client)));
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, n_before + 1);

  /* win.show-client from another view opens it too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "calendar"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-client", "s",
                                             sr_record_get_id (SR_RECORD (client))));
  gui_test_settle (30);
  g_assert_cmpstr (sr_window_get_view_name (window), ==, "clients");
  g_assert_cmpstr (sr_record_get_id (SR_RECORD (sr_clients_view_get_shown_client (view))), ==,
                   sr_record_get_id (SR_RECORD (client)));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static gboolean
client_listed (gpointer user_data)
{
  GListModel *model = sr_clients_view_get_model (view);

  return !sr_client_list_get_loading (SR_CLIENT_LIST (model))
         && sr_client_list_find (SR_CLIENT_LIST (model), user_data) != G_MAXUINT;
}

static gboolean
client_not_listed (gpointer user_data)
{
  GListModel *model = sr_clients_view_get_model (view);

  return !sr_client_list_get_loading (SR_CLIENT_LIST (model))
         && sr_client_list_find (SR_CLIENT_LIST (model), user_data) == G_MAXUINT;
}

static void
test_archive (void)
{
  g_autoptr(SrClient) client = NULL;
  GtkDropDown *filter = child (view, SR_TYPE_CLIENTS_VIEW, "filter_dropdown");
  GtkWidget *page = child (view, SR_TYPE_CLIENTS_VIEW, "client_page");
  AdwMessageDialog *dialog;
  const char *id;

  ensure_worker ();
  client = add_client ("Arkki", "Arkistoitava");
  id = sr_record_get_id (SR_RECORD (client));
  gtk_drop_down_set_selected (filter, 0);
  g_assert_true (gui_test_wait_for (client_listed, (gpointer) id, 5000));

  sr_clients_view_show_client (view, id);
  g_assert_true (gtk_widget_activate_action (page, "page.archive", NULL));
  gui_test_settle (30);

  /* Archiving asks first. */
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "archive");
  gui_test_settle (30);

  g_assert_true (gui_test_wait_for (client_not_listed, (gpointer) id, 5000));

  /* … and the client is under Archived, not gone. */
  gtk_drop_down_set_selected (filter, 5);
  g_assert_cmpint (sr_client_list_get_filter (SR_CLIENT_LIST (sr_clients_view_get_model (view))), ==,
                   SR_CLIENT_FILTER_ARCHIVED);
  g_assert_true (gui_test_wait_for (client_listed, (gpointer) id, 5000));
  gtk_drop_down_set_selected (filter, 0);
  wait_for_list ();
}

/* The splitter shows the model's items at every step of a split change. */
static void
on_splitter_changed_cb (GListModel *splitter,
                        guint       position,
                        guint       removed,
                        guint       added,
                        GString    *log)
{
  g_string_append_printf (log, "%u-%u+%u:", position, removed, added);
  for (guint i = 0; i < g_list_model_get_n_items (splitter); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (splitter, i);

      g_string_append (log, gtk_string_object_get_string (item));
    }
  g_string_append (log, " ");
}

static void
test_list_splitter (void)
{
  const char *before[] = { "a", "b", "c", "d", NULL };
  const char *middle[] = { "x", "y", "z", NULL };
  g_autoptr(GtkStringList) list = gtk_string_list_new (before);
  g_autoptr(SrListSplitter) splitter = sr_list_splitter_new (G_LIST_MODEL (list));
  g_autoptr(GString) log = g_string_new (NULL);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (splitter)), ==, 4);
  g_signal_connect (splitter, "items-changed", G_CALLBACK (on_splitter_changed_cb), log);

  /* b c → x y z: first the removal (a d), then the addition (a x y z d). */
  gtk_string_list_splice (list, 1, 2, middle);
  g_assert_cmpstr (log->str, ==, "1-2+0:ad 1-0+3:axyzd ");

  /* Pure additions and removals pass as they are. */
  g_string_truncate (log, 0);
  gtk_string_list_remove (list, 0);
  gtk_string_list_append (list, "e");
  g_assert_cmpstr (log->str, ==, "0-1+0:xyzd 4-0+1:xyzde ");
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *tooltip,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && ((tooltip != NULL && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
          || (label != NULL && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)))
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, tooltip, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GListModel *model;
  guint       n;
} ModelCount;

static gboolean
model_has_n (gpointer user_data)
{
  ModelCount *count = user_data;

  return g_list_model_get_n_items (count->model) == count->n;
}

static void
wait_for_model (GListModel *model,
                guint       n)
{
  ModelCount count = { model, n };

  g_assert_true (gui_test_wait_for (model_has_n, &count, 5000));
}

static gboolean
widget_insensitive (gpointer user_data)
{
  return !gtk_widget_get_sensitive (user_data);
}

/* The visible dialog of @type, once it is shown. */
static gpointer
find_dialog (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  gui_test_settle (50);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }

  return NULL;
}

static gboolean
dialog_gone (gpointer user_data)
{
  return find_dialog (GPOINTER_TO_SIZE (user_data)) == NULL;
}

static void
wait_until_closed (GType type)
{
  g_assert_true (gui_test_wait_for (dialog_gone, GSIZE_TO_POINTER (type), 5000));
}

/* Enter in a text row, as the keyboard gives it to the focused field. */
static void
press_enter (gpointer row)
{
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
  gui_test_settle (50);
}

/* Escape, through the dialog's own key binding. */
static void
press_escape (GtkWidget *dialog)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (dialog);
  gboolean done = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !done; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !done; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Escape
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            done = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, dialog,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_assert_true (done);
  gui_test_settle (50);
}

static GtkLabel *
error_label (gpointer dialog,
             GType    type)
{
  return child (dialog, type, "error_label");
}

static SrPeriod *
open_period_of (SrClient *client)
{
  g_autoptr(GListModel) periods = sr_store_list_periods (store (), sr_record_get_id (SR_RECORD (client)));

  for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(SrPeriod) period = g_list_model_get_item (periods, i);

      if (sr_period_is_open (period))
        return g_steal_pointer (&period);
    }

  return NULL;
}

static void
test_period_dialog (void)
{
  g_autoptr(SrClient) client = NULL;
  g_autoptr(GListModel) periods = NULL;
  g_autoptr(SrPeriod) period = NULL;
  g_autofree char *end = NULL;
  SrClientPage *page = child (view, SR_TYPE_CLIENTS_VIEW, "client_page");
  SrPeriodDialog *dialog;
  GType type = SR_TYPE_PERIOD_DIALOG;

  ensure_worker ();
  client = add_client ("Pertti", "Jaksonen");
  periods = sr_store_list_periods (store (), sr_record_get_id (SR_RECORD (client)));
  sr_clients_view_show_client (view, sr_record_get_id (SR_RECORD (client)));
  sr_client_page_set_section (page, "periods");
  gui_test_settle (50);

  /* Escape cancels: nothing is saved. */
  g_signal_emit_by_name (child (page, SR_TYPE_CLIENT_PAGE, "new_period_button"), "clicked");
  dialog = find_dialog (type);
  g_assert_nonnull (dialog);
  press_escape (GTK_WIDGET (dialog));
  wait_until_closed (type);
  g_assert_cmpuint (g_list_model_get_n_items (periods), ==, 0);

  /* Opened from the page: the planned end follows the start until it is
   * typed; an unreadable start cannot be saved. */
  g_signal_emit_by_name (child (page, SR_TYPE_CLIENT_PAGE, "new_period_button"), "clicked");
  dialog = find_dialog (type);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)),
                                         child (dialog, type, "start_row")));
  gtk_editable_set_text (child (dialog, type, "start_row"), "1.3.2026");
  end = sr_client_service_default_planned_end ("2026-03-01");
  g_assert_cmpstr (sr_date_row_get_date (child (dialog, type, "planned_end_row")), ==, end);
  gtk_editable_set_text (child (dialog, type, "start_row"), "31.2.2026");
  g_assert_false (sr_period_dialog_save (dialog));
  g_assert_nonnull (find_dialog (type));
  gtk_editable_set_text (child (dialog, type, "start_row"), "1.3.2026");
  gtk_editable_set_text (child (dialog, type, "planned_end_row"), "31.12.2026");
  gtk_editable_set_text (child (dialog, type, "start_row"), "2.3.2026");
  g_assert_cmpstr (sr_date_row_get_date (child (dialog, type, "planned_end_row")), ==, "2026-12-31");
  gtk_editable_set_text (child (dialog, type, "decision_number_row"), " SOS-2026-17 ");

  /* Enter in a field saves: the period is on the page's list, in assessment. */
  press_enter (child (dialog, type, "decision_number_row"));
  wait_until_closed (type);
  wait_for_model (periods, 1);
  period = g_list_model_get_item (periods, 0);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (period), "start-date"), ==, "2026-03-02");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (period), "planned-end"), ==, "2026-12-31");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (period), "decision-number"), ==, "SOS-2026-17");
  g_assert_cmpint (sr_period_get_phase (period), ==, SR_PHASE_ASSESSMENT);
  /* Only one open period at a time. */
  g_assert_true (gui_test_wait_for (widget_insensitive,
                                    child (page, SR_TYPE_CLIENT_PAGE, "new_period_button"), 5000));

  /* A save the service refuses (a planned end before the start) keeps the
   * dialog open with what was typed, and says why. */
  dialog = sr_period_dialog_new (GTK_WINDOW (window), sr_application_get_context (app), client);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (child (dialog, type, "planned_end_row"), "1.1.2020");
  gtk_editable_set_text (child (dialog, type, "decided_by_row"), "Sosiaalityön johtaja");
  g_assert_false (sr_period_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label (dialog, type))));
  g_assert_cmpstr (gtk_label_get_text (error_label (dialog, type)), !=, "");
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, type, "decided_by_row")), ==, "Sosiaalityön johtaja");
  g_assert_nonnull (find_dialog (type));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (periods), ==, 1);
}

static gboolean
phase_is (gpointer user_data)
{
  SrClient *client = user_data;
  g_autoptr(SrPeriod) period = open_period_of (client);
  SrPhase wanted = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (client), "wanted-phase"));

  return period != NULL && sr_period_get_phase (period) == wanted;
}

static void
test_period_actions (void)
{
  g_autoptr(SrClient) client = NULL;
  g_autoptr(SrPeriod) period = NULL;
  g_autoptr(SrPeriod) closed = NULL;
  SrClientPage *page = child (view, SR_TYPE_CLIENTS_VIEW, "client_page");
  static const char * const moves[] = { "Move to _Planning", "Move to _Active", "Move to C_losing" };
  SrClosePeriodDialog *dialog;
  GType type = SR_TYPE_CLOSE_PERIOD_DIALOG;
  GtkWidget *button;
  int reason = 0;

  ensure_worker ();
  client = add_client ("Kaisa", "Vaiheinen");
  period = sr_period_new (sr_record_get_id (SR_RECORD (client)), "2026-01-05");
  g_assert_true (sr_client_service_open_period (sr_context_get_clients (sr_application_get_context (app)),
                                                period, NULL));
  sr_clients_view_show_client (view, sr_record_get_id (SR_RECORD (client)));
  sr_client_page_set_section (page, "periods");

  /* Each phase's button moves the period on; closing has none, only Close. */
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      gui_test_settle (100);
      button = find_button (GTK_WIDGET (page), NULL, moves[i]);
      g_assert_nonnull (button);
      g_signal_emit_by_name (button, "clicked");
      g_object_set_data (G_OBJECT (client), "wanted-phase", GINT_TO_POINTER (SR_PHASE_PLANNING + i));
      g_assert_true (gui_test_wait_for (phase_is, client, 5000));
    }
  gui_test_settle (100);
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    g_assert_null (find_button (GTK_WIDGET (page), NULL, moves[i]));

  /* Close…: an end before the start is refused, the dialog stays with the note. */
  button = find_button (GTK_WIDGET (page), NULL, "_Close…");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  dialog = find_dialog (type);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (child (dialog, type, "end_row"), "1.1.2026");
  adw_combo_row_set_selected (child (dialog, type, "reason_row"), 1);
  gtk_editable_set_text (child (dialog, type, "note_row"), " Siirtyi kuntouttavaan työtoimintaan ");
  g_assert_false (sr_close_period_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label (dialog, type))));
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, type, "note_row")), ==,
                   " Siirtyi kuntouttavaan työtoimintaan ");
  g_assert_nonnull (find_dialog (type));

  /* An empty end cannot be saved; with a day after the start, Enter closes it. */
  gtk_editable_set_text (child (dialog, type, "end_row"), "");
  g_assert_false (sr_close_period_dialog_save (dialog));
  gtk_editable_set_text (child (dialog, type, "end_row"), "30.6.2026");
  press_enter (child (dialog, type, "note_row"));
  wait_until_closed (type);
  closed = sr_store_get_period (store (), sr_record_get_id (SR_RECORD (period)), NULL);
  g_assert_cmpint (sr_period_get_phase (closed), ==, SR_PHASE_CLOSED);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (closed), "actual-end"), ==, "2026-06-30");
  g_object_get (closed, "closing-reason", &reason, NULL);
  g_assert_cmpint (reason, ==, SR_CLOSING_REASON_OTHER_SERVICE);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (closed), "closing-note"), ==,
                   "Siirtyi kuntouttavaan työtoimintaan");
  /* No open period left: a new one can be started from the page again. */
  gui_test_settle (100);
  g_assert_true (gtk_widget_get_sensitive (child (page, SR_TYPE_CLIENT_PAGE, "new_period_button")));
}

static void
test_contact_dialog (void)
{
  g_autoptr(SrClient) client = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(SrNetworkContact) contact = NULL;
  g_autoptr(SrNetworkContact) edited = NULL;
  g_autoptr(SrNetworkContact) gone = NULL;
  g_autoptr(GError) error = NULL;
  SrClientPage *page = child (view, SR_TYPE_CLIENTS_VIEW, "client_page");
  SrContactDialog *dialog;
  GType type = SR_TYPE_CONTACT_DIALOG;
  GtkWidget *button;

  ensure_worker ();
  client = add_client ("Verna", "Verkostonen");
  contacts = sr_store_list_network_contacts (store (), sr_record_get_id (SR_RECORD (client)));
  sr_clients_view_show_client (view, sr_record_get_id (SR_RECORD (client)));
  sr_client_page_set_section (page, "network");
  gui_test_settle (50);

  /* Added from the page: without an organisation or a person it cannot be saved. */
  g_signal_emit_by_name (child (page, SR_TYPE_CLIENT_PAGE, "add_contact_button"), "clicked");
  dialog = find_dialog (type);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Contact");
  gtk_editable_set_text (child (dialog, type, "contact_row"), "040 000 0000");
  g_assert_false (sr_contact_dialog_save (dialog));
  gtk_editable_set_text (child (dialog, type, "organisation_row"), "TE-palvelut");
  gtk_editable_set_text (child (dialog, type, "role_row"), "Työvoimaneuvoja");
  gtk_switch_set_active (child (dialog, type, "consent_switch"), TRUE);
  gtk_editable_set_text (child (dialog, type, "consent_date_row"), "2.2.2026");
  press_enter (child (dialog, type, "role_row"));
  wait_until_closed (type);
  wait_for_model (contacts, 1);
  contact = g_list_model_get_item (contacts, 0);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (contact), "organisation"), ==, "TE-palvelut");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (contact), "contact"), ==, "040 000 0000");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (contact), "consent-date"), ==, "2026-02-02");

  /* Edited from its row: consent withdrawn takes its date away. */
  gui_test_settle (100);
  button = find_button (GTK_WIDGET (page), "Edit Contact", NULL);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  dialog = find_dialog (type);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Contact");
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, type, "role_row")), ==, "Työvoimaneuvoja");
  gtk_editable_set_text (child (dialog, type, "person_row"), "Teija Testinen");
  gtk_switch_set_active (child (dialog, type, "consent_switch"), FALSE);
  g_assert_true (sr_contact_dialog_save (dialog));
  wait_until_closed (type);
  edited = sr_store_get_network_contact (store (), sr_record_get_id (SR_RECORD (contact)), &error);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (edited), "person"), ==, "Teija Testinen");
  g_assert_false (sr_record_get_boolean (SR_RECORD (edited), "consent-to-share"));
  g_assert_null (sr_record_get_string (SR_RECORD (edited), "consent-date"));

  /* Removed elsewhere while being edited: refused, the dialog keeps what
   * was typed and says why. */
  gone = sr_network_contact_new (sr_record_get_id (SR_RECORD (client)), "Kela");
  g_assert_true (sr_store_save_network_contact (store (), gone, &error));
  dialog = sr_contact_dialog_new (GTK_WINDOW (window), sr_application_get_context (app), client, gone);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (child (dialog, type, "person_row"), "Kalle Kelanen");
  g_assert_true (sr_store_delete_network_contact (store (), sr_record_get_id (SR_RECORD (gone)), &error));
  g_assert_false (sr_contact_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label (dialog, type))));
  g_assert_cmpstr (gtk_label_get_text (error_label (dialog, type)), !=, "");
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, type, "person_row")), ==, "Kalle Kelanen");
  g_assert_nonnull (find_dialog (type));
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_model (contacts, 1);

  /* Removing a contact takes effect at once and Undo brings it back. */
  gui_test_settle (100);
  button = find_button (GTK_WIDGET (page), "Remove Contact", NULL);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_for_model (contacts, 0);
  gui_test_settle (100);
  button = find_button (GTK_WIDGET (window), NULL, "_Undo");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_for_model (contacts, 1);
}

/* Timing at scale, only when asked: SOCREHAB_MEASURE_DB=<a database made by
 * benchmark-store --reuse PATH>. Prints numbers only, never names. */
typedef struct
{
  SrClientsView *view;
  gboolean       painted;
  gint64         painted_at;
  gboolean       armed;
  gboolean       changed;
} Measure;

static void
on_measure_items_changed_cb (Measure *m)
{
  m->changed = TRUE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Measure       *m)
{
  GListModel *model = sr_clients_view_get_model (m->view);

  if (m->armed && m->changed && model != NULL && !sr_client_list_get_loading (SR_CLIENT_LIST (model)))
    {
      m->painted = TRUE;
      m->painted_at = g_get_monotonic_time ();
      m->armed = FALSE;
    }
}

static gboolean
measure_painted (gpointer user_data)
{
  return ((Measure *) user_data)->painted;
}

static void
test_measure (void)
{
  const char *path = g_getenv ("SOCREHAB_MEASURE_DB");
  static const char *searches[] = { "vir", "la", "mäk", "nie", "ko", "sal", "ber", "an" };
  g_autoptr(SrStore) big = NULL;
  g_autoptr(SrContext) big_context = NULL;
  g_autoptr(GListModel) workers = NULL;
  g_autoptr(SrWorker) worker = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *win, *measured;
  GtkSearchEntry *search;
  Measure m = { 0 };
  gint64 start;
  double first_ms;

  if (path == NULL)
    {
      g_test_skip ("Set SOCREHAB_MEASURE_DB to a large database to measure");
      return;
    }

  big = sr_store_open (path, &error);
  g_assert_no_error (error);
  workers = sr_store_list_workers (big);
  worker = g_list_model_get_item (workers, 0);
  sr_store_set_current_worker (big, sr_record_get_id (SR_RECORD (worker)));
  big_context = sr_context_new (big, sr_context_get_settings (sr_application_get_context (app)));

  win = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (win), 1100, 700);
  measured = sr_clients_view_new ();
  gtk_window_set_child (GTK_WINDOW (win), measured);
  gtk_window_present (GTK_WINDOW (win));
  gui_test_settle (200);
  m.view = SR_CLIENTS_VIEW (measured);
  g_signal_connect (gtk_widget_get_frame_clock (win), "after-paint", G_CALLBACK (on_after_paint_cb), &m);
  search = child (measured, SR_TYPE_CLIENTS_VIEW, "search_entry");

  /* Store handed to the view → first rows painted. */
  start = g_get_monotonic_time ();
  m.armed = TRUE;
  sr_clients_view_set_context (SR_CLIENTS_VIEW (measured), big_context);
  g_signal_connect_swapped (sr_clients_view_get_model (SR_CLIENTS_VIEW (measured)), "items-changed",
                            G_CALLBACK (on_measure_items_changed_cb), &m);
  gtk_widget_queue_draw (win);
  g_assert_true (gui_test_wait_for (measure_painted, &m, 30000));
  first_ms = (m.painted_at - start) / 1000.0;
  g_printerr ("measure: clients %u, first rows painted %.1f ms\n",
              g_list_model_get_n_items (sr_clients_view_get_model (SR_CLIENTS_VIEW (measured))), first_ms);

  /* A keystroke in the search (the entry waits its search delay first) → list painted. */
  for (guint i = 0; i < G_N_ELEMENTS (searches) * 2; i++)
    {
      const char *text = i % 2 == 0 ? searches[i / 2] : "";
      double ms;

      m.painted = FALSE;
      m.changed = FALSE;
      start = g_get_monotonic_time ();
      gtk_editable_set_text (GTK_EDITABLE (search), text);
      gui_test_settle (gtk_search_entry_get_search_delay (search) / 2);
      m.armed = TRUE;
      gtk_widget_queue_draw (win);
      g_assert_true (gui_test_wait_for (measure_painted, &m, 30000));
      ms = (m.painted_at - start) / 1000.0;
      g_printerr ("measure: search %s, %u rows, keystroke to painted %.1f ms"
                  " (of which search delay %u ms)\n",
                  i % 2 == 0 ? "typed" : "cleared",
                  g_list_model_get_n_items (sr_clients_view_get_model (SR_CLIENTS_VIEW (measured))),
                  ms, gtk_search_entry_get_search_delay (search));
    }

  gtk_window_destroy (GTK_WINDOW (win));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = gui_test_isolate_environment ();
  AdwViewStack *stack;
  int ret;

  gtk_test_init (&argc, &argv, NULL);

  /* The app opens a new database in the private data folder: no worker yet. */
  app = sr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (store ());

  window = sr_window_new (GTK_APPLICATION (app), sr_application_get_context (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "clients"));
  stack = child (window, SR_TYPE_WINDOW, "stack");
  view = SR_CLIENTS_VIEW (adw_view_stack_get_child_by_name (stack, "clients"));
  gui_test_settle (100);
  g_assert_true (sr_clients_view_get_context (view) == sr_application_get_context (app));

  g_test_add_func ("/clients-view/list-splitter", test_list_splitter);
  g_test_add_func ("/clients-view/welcome", test_welcome);
  g_test_add_func ("/clients-view/welcome-then-new-client", test_welcome_then_new_client);
  g_test_add_func ("/clients-view/invalid-identity-code", test_invalid_identity_code);
  g_test_add_func ("/clients-view/save-sorted-and-search", test_save_sorted_and_search);
  g_test_add_func ("/clients-view/open-logs-and-show", test_open_logs_and_show);
  /* Before archiving: its message would hold the Undo message back. */
  g_test_add_func ("/clients-view/period-dialog", test_period_dialog);
  g_test_add_func ("/clients-view/period-actions", test_period_actions);
  g_test_add_func ("/clients-view/contact-dialog", test_contact_dialog);
  g_test_add_func ("/clients-view/archive", test_archive);
  g_test_add_func ("/clients-view/measure", test_measure);

  ret = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  gui_test_remove_tree (home);

  return ret;
}
