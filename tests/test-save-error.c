/* test-save-error.c: a save refused as changed elsewhere or for want of a worker
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fictitious people only: identity codes with individual numbers 900–999.
 */

#include "config.h"

#include <adwaita.h>

#include "gui-test-util.h"
#include "sr-client-dialog.h"
#include "sr-client.h"
#include "sr-format.h"
#include "sr-goal-dialog.h"
#include "sr-group-dialog.h"
#include "sr-group.h"
#include "sr-session-dialog.h"
#include "sr-period.h"
#include "sr-plan.h"
#include "sr-store.h"
#include "sr-worker.h"

typedef struct
{
  char      *dir;
  SrStore   *store;
  SrContext *context;
  SrWorker  *worker;
  SrClient  *client;
  GtkWindow *window;
  SrClient  *saved;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("socrehab-save-error-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = sr_store_open (path, &error);
  g_assert_no_error (error);
  f->worker = sr_worker_new ("Testi Työntekijä");
  g_assert_true (sr_store_save_worker (f->store, f->worker, &error));
  sr_store_set_current_worker (f->store, sr_record_get_id (SR_RECORD (f->worker)));

  f->client = sr_client_new ("Maija", "Meikäläinen");
  g_object_set (f->client, "identity-code", "010594Y9032", "phone", "040 111 1111",
                "municipality", "Tampere", NULL);
  g_assert_true (sr_store_save_client (f->store, f->client, &error));
  g_assert_no_error (error);

  f->context = sr_context_new (f->store, settings);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (toplevel);
    }
  g_clear_object (&f->saved);
  g_clear_object (&f->client);
  g_clear_object (&f->worker);
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  gui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);
}

static void
on_saved_cb (SrClientDialog *dialog,
             SrClient       *client,
             Fixture        *f)
{
  g_set_object (&f->saved, client);
}

static AdwMessageDialog *
find_message (void)
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
message_shown (gpointer data)
{
  return find_message () != NULL;
}

/* The rows of the message's list: title and subtitle of each, "title=subtitle;". */
static char *
message_rows (AdwMessageDialog *message)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (message);
  GString *text = g_string_new (NULL);

  if (list == NULL)
    return g_string_free (text, FALSE);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      g_string_append_printf (text, "%s=%s;", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));

  return g_string_free (text, FALSE);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Clicks the button of @response, as the caseworker would. */
static void
respond (AdwMessageDialog *message,
         const char       *response)
{
  GtkWidget *button = find_button (GTK_WIDGET (message), adw_message_dialog_get_response_label (message, response));

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  gui_test_settle (30);
}

static SrClientDialog *
open_dialog (Fixture *f)
{
  SrClientDialog *dialog = sr_client_dialog_new (f->window, f->context, f->client);

  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved_cb), f);
  gtk_window_present (GTK_WINDOW (dialog));
  gui_test_settle (20);

  return dialog;
}

/* Another window changes the client's address and municipality after the
 * dialog opened, while the caseworker changes the phone and the municipality. */
static AdwMessageDialog *
save_over_other_change (Fixture        *f,
                        SrClientDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) elsewhere = sr_store_get_client (f->store, sr_record_get_id (SR_RECORD (f->client)), &error);
  g_autofree char *rows = NULL;
  AdwMessageDialog *message;

  g_object_set (elsewhere, "address", "Kauppakatu 1", "municipality", "Vantaa", NULL);
  g_assert_true (sr_store_save_client (f->store, elsewhere, &error));
  g_assert_no_error (error);

  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "phone_row"), "040 222 2222");
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "municipality_row"), "Espoo");
  g_signal_emit_by_name (child (dialog, SR_TYPE_CLIENT_DIALOG, "save_button"), "clicked");
  g_assert_true (gui_test_wait_for (message_shown, NULL, 2000));

  message = find_message ();
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Changed Elsewhere");
  g_assert_cmpstr (adw_message_dialog_get_default_response (message), ==, "reapply");
  g_assert_cmpstr (adw_message_dialog_get_close_response (message), ==, "cancel");
  /* What the stored version says where the caseworker made changes: the
   * phone as it was, the municipality as the other window made it. */
  rows = message_rows (message);
  g_assert_cmpstr (rows, ==, "Phone=040 111 1111;Municipality=Vantaa;");
  /* The municipality was changed on both sides: the message says so. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "marked as changed there too"));
  /* Nothing saved yet, the dialog is still open. */
  g_assert_null (f->saved);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  return message;
}

static void
test_conflict_reapply (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) stored = NULL;
  SrClientDialog *dialog = open_dialog (f);
  AdwMessageDialog *message = save_over_other_change (f, dialog);

  g_assert_cmpstr (adw_message_dialog_get_response_label (message, "reapply"), ==, "_Apply My Changes Again");
  respond (message, "reapply");
  g_assert_null (find_message ());

  g_assert_nonnull (f->saved);
  stored = sr_store_get_client (f->store, sr_record_get_id (SR_RECORD (f->client)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "phone"), ==, "040 222 2222");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "municipality"), ==, "Espoo");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "address"), ==, "Kauppakatu 1");
}

static void
test_conflict_show_current (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) stored = NULL;
  SrClientDialog *dialog = open_dialog (f);
  AdwMessageDialog *message = save_over_other_change (f, dialog);
  gint64 revision;

  stored = sr_store_get_client (f->store, sr_record_get_id (SR_RECORD (f->client)), &error);
  revision = sr_record_get_revision (SR_RECORD (stored));
  g_assert_cmpstr (adw_message_dialog_get_response_label (message, "reload"), ==, "_Show Current Version");
  respond (message, "reload");
  g_assert_null (find_message ());

  /* The dialog shows the stored client; nothing of the edit is kept or saved. */
  g_assert_null (f->saved);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "phone_row")), ==, "040 111 1111");
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "municipality_row")), ==, "Vantaa");
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "address_row")), ==, "Kauppakatu 1");
  g_clear_object (&stored);
  stored = sr_store_get_client (f->store, sr_record_get_id (SR_RECORD (f->client)), &error);
  g_assert_cmpint (sr_record_get_revision (SR_RECORD (stored)), ==, revision);

  /* An edit of what is shown now saves without asking. */
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "phone_row"), "040 333 3333");
  g_signal_emit_by_name (child (dialog, SR_TYPE_CLIENT_DIALOG, "save_button"), "clicked");
  gui_test_settle (30);
  g_assert_null (find_message ());
  g_assert_nonnull (f->saved);
  g_clear_object (&stored);
  stored = sr_store_get_client (f->store, sr_record_get_id (SR_RECORD (f->client)), &error);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "phone"), ==, "040 333 3333");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "municipality"), ==, "Vantaa");
}

/* The goal dialog: the caseworker changes the goal's text and target day,
 * another window its level 0 and the same target day. */
static void
test_goal_conflict (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrPeriod) period = sr_period_new (sr_record_get_id (SR_RECORD (f->client)), "2026-01-05");
  g_autoptr(SrPlan) plan = NULL;
  g_autoptr(SrGoal) goal = NULL;
  g_autoptr(SrGoal) elsewhere = NULL;
  g_autoptr(SrGoal) stored = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *day = sr_format_day ("2026-08-31");
  g_autofree char *expected = NULL;
  SrGoalDialog *dialog;
  AdwMessageDialog *message;

  g_assert_true (sr_store_save_period (f->store, period, &error));
  plan = sr_plan_new (sr_record_get_id (SR_RECORD (period)));
  g_assert_true (sr_store_save_plan (f->store, plan, &error));
  goal = sr_goal_new (sr_record_get_id (SR_RECORD (plan)), "Käyn kirjastossa");
  g_object_set (goal, "target-date", "2026-06-30", "level-0", "Kerran kuussa", NULL);
  g_assert_true (sr_store_save_goal (f->store, goal, &error));
  g_assert_no_error (error);

  dialog = sr_goal_dialog_new (f->window, f->context, plan, goal);
  gtk_window_present (GTK_WINDOW (dialog));
  gui_test_settle (20);

  elsewhere = sr_store_get_goal (f->store, sr_record_get_id (SR_RECORD (goal)), &error);
  g_object_set (elsewhere, "level-0", "Kahdesti kuussa", "target-date", "2026-08-31", NULL);
  g_assert_true (sr_store_save_goal (f->store, elsewhere, &error));

  gtk_editable_set_text (child (dialog, SR_TYPE_GOAL_DIALOG, "text_row"), "Käyn kirjastossa viikoittain");
  gtk_editable_set_text (child (dialog, SR_TYPE_GOAL_DIALOG, "target_date_row"), "31.7.2026");
  g_assert_false (sr_goal_dialog_save (dialog));
  g_assert_true (gui_test_wait_for (message_shown, NULL, 2000));
  message = find_message ();
  rows = message_rows (message);
  /* The row titles without their mnemonics, the day as the dialog writes it. */
  expected = g_strdup_printf ("Goal=Käyn kirjastossa;Target date=%s;", day);
  g_assert_cmpstr (rows, ==, expected);

  respond (message, "reapply");
  g_assert_null (find_message ());
  stored = sr_store_get_goal (f->store, sr_record_get_id (SR_RECORD (goal)), &error);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "text"), ==, "Käyn kirjastossa viikoittain");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "target-date"), ==, "2026-07-31");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "level-0"), ==, "Kahdesti kuussa");
}

/* The group dialog: the caseworker moves the group to Wednesday, another
 * window changes its place and leaders. The message names the day and the
 * leaders as the dialog does; Show Current Version shows the other change. */
static void
test_group_conflict (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrGroup) group = sr_group_new ("Keskiviikkoryhmä");
  g_autoptr(SrGroup) elsewhere = NULL;
  g_autoptr(SrGroup) stored = NULL;
  g_autofree char *rows = NULL;
  const char *leaders[] = { sr_record_get_id (SR_RECORD (f->worker)), NULL };
  SrGroupDialog *dialog;
  AdwMessageDialog *message;

  g_object_set (group, "weekday", 2, "location", "Kerhohuone", NULL);
  g_assert_true (sr_store_save_group (f->store, group, &error));
  g_assert_no_error (error);
  dialog = sr_group_dialog_new (f->window, f->context, group);
  gtk_window_present (GTK_WINDOW (dialog));
  gui_test_settle (20);

  elsewhere = sr_store_get_group (f->store, sr_record_get_id (SR_RECORD (group)), &error);
  g_object_set (elsewhere, "location", "Kirjasto", "weekday", 4, "leader-ids", leaders, NULL);
  g_assert_true (sr_store_save_group (f->store, elsewhere, &error));

  adw_combo_row_set_selected (child (dialog, SR_TYPE_GROUP_DIALOG, "weekday_row"), 3);
  g_assert_false (sr_group_dialog_save (dialog));
  g_assert_true (gui_test_wait_for (message_shown, NULL, 2000));
  message = find_message ();
  rows = message_rows (message);
  g_assert_cmpstr (rows, ==, "Weekday=Thursday;");

  respond (message, "reload");
  g_assert_null (find_message ());
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, SR_TYPE_GROUP_DIALOG, "location_row")), ==, "Kirjasto");
  g_assert_cmpuint (adw_combo_row_get_selected (child (dialog, SR_TYPE_GROUP_DIALOG, "weekday_row")), ==, 4);

  /* Saved now, the other change stays whole, the leader included. */
  g_assert_true (sr_group_dialog_save (dialog));
  stored = sr_store_get_group (f->store, sr_record_get_id (SR_RECORD (group)), &error);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "location"), ==, "Kirjasto");
  g_assert_cmpint (sr_record_get_int (SR_RECORD (stored), "weekday"), ==, 4);
  {
    g_auto(GStrv) ids = NULL;

    g_object_get (stored, "leader-ids", &ids, NULL);
    g_assert_true (g_strv_equal ((const char * const *) ids, leaders));
  }
}

/* The session dialog: the caseworker changes the place, another window the
 * topic; applied again, both are stored. */
static void
test_session_conflict (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrGroup) group = sr_group_new ("Kävelyryhmä");
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 4, 11, 0, 0);
  g_autoptr(SrSession) session = NULL;
  g_autoptr(SrSession) elsewhere = NULL;
  g_autoptr(SrSession) stored = NULL;
  g_autofree char *rows = NULL;
  SrSessionDialog *dialog;
  AdwMessageDialog *message;

  g_assert_true (sr_store_save_group (f->store, group, &error));
  session = sr_session_new (sr_record_get_id (SR_RECORD (group)), start);
  g_object_set (session, "location", "Puisto", "topic", "Kevätkävely", NULL);
  g_assert_true (sr_store_save_session (f->store, session, &error));
  g_assert_no_error (error);
  dialog = sr_session_dialog_new (f->window, f->context, group, session);
  gtk_window_present (GTK_WINDOW (dialog));
  gui_test_settle (20);

  elsewhere = SR_SESSION (sr_store_get (f->store, SR_TYPE_SESSION, sr_record_get_id (SR_RECORD (session)), &error));
  g_object_set (elsewhere, "topic", "Luontopolku", NULL);
  g_assert_true (sr_store_save_session (f->store, elsewhere, &error));

  gtk_editable_set_text (child (dialog, SR_TYPE_SESSION_DIALOG, "location_row"), "Ranta");
  g_assert_false (sr_session_dialog_save (dialog));
  g_assert_true (gui_test_wait_for (message_shown, NULL, 2000));
  message = find_message ();
  rows = message_rows (message);
  g_assert_cmpstr (rows, ==, "Location=Puisto;");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "keeps the other changes too"));

  respond (message, "reapply");
  g_assert_null (find_message ());
  stored = SR_SESSION (sr_store_get (f->store, SR_TYPE_SESSION, sr_record_get_id (SR_RECORD (session)), &error));
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "location"), ==, "Ranta");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "topic"), ==, "Luontopolku");
}

/* Nobody is named as using the app: saving asks who is, and saves after a choice. */
static void
test_no_worker (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) other = sr_worker_new ("Toinen Työntekijä");
  g_autoptr(SrClient) stored = NULL;
  SrClientDialog *dialog;
  AdwMessageDialog *message;
  GtkListBox *list;

  g_assert_true (sr_store_save_worker (f->store, other, &error));
  sr_context_set_current_worker (f->context, NULL);
  g_assert_null (sr_store_get_current_worker (f->store));

  dialog = open_dialog (f);
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "phone_row"), "040 444 4444");
  g_signal_emit_by_name (child (dialog, SR_TYPE_CLIENT_DIALOG, "save_button"), "clicked");
  g_assert_true (gui_test_wait_for (message_shown, NULL, 2000));

  message = find_message ();
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Who Is Using SocRehab?");
  g_assert_cmpstr (adw_message_dialog_get_default_response (message), ==, "save");
  g_assert_cmpstr (adw_message_dialog_get_close_response (message), ==, "cancel");
  g_assert_null (f->saved);

  /* The active workers, in name order; choose the second. */
  list = GTK_LIST_BOX (adw_message_dialog_get_extra_child (message));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))),
                   ==, "Testi Työntekijä");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 1))),
                   ==, "Toinen Työntekijä");
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 1));
  respond (message, "save");

  g_assert_null (find_message ());
  g_assert_nonnull (f->saved);
  g_assert_cmpstr (sr_context_get_current_worker (f->context), ==, sr_record_get_id (SR_RECORD (other)));
  stored = sr_store_get_client (f->store, sr_record_get_id (SR_RECORD (f->client)), &error);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "phone"), ==, "040 444 4444");
}

/* No active worker to choose: the message says how to add one, and saves nothing. */
static void
test_no_worker_none (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SrClientDialog *dialog;
  AdwMessageDialog *message;

  g_object_set (f->worker, "active", FALSE, NULL);
  g_assert_true (sr_store_save_worker (f->store, f->worker, &error));
  g_assert_no_error (error);
  sr_context_set_current_worker (f->context, NULL);

  dialog = open_dialog (f);
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "phone_row"), "040 666 6666");
  g_signal_emit_by_name (child (dialog, SR_TYPE_CLIENT_DIALOG, "save_button"), "clicked");
  g_assert_true (gui_test_wait_for (message_shown, NULL, 2000));
  message = find_message ();
  g_assert_null (adw_message_dialog_get_extra_child (message));
  g_assert_true (adw_message_dialog_has_response (message, "close"));
  g_assert_false (adw_message_dialog_has_response (message, "save"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "enter your name in Clients"));
  respond (message, "close");

  g_assert_null (find_message ());
  g_assert_null (f->saved);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
}

/* Cancelling the question keeps the edit in the dialog, unsaved. */
static void
test_no_worker_cancel (Fixture       *f,
                       gconstpointer  data)
{
  SrClientDialog *dialog;

  sr_context_set_current_worker (f->context, NULL);
  dialog = open_dialog (f);
  gtk_editable_set_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "phone_row"), "040 555 5555");
  g_signal_emit_by_name (child (dialog, SR_TYPE_CLIENT_DIALOG, "save_button"), "clicked");
  g_assert_true (gui_test_wait_for (message_shown, NULL, 2000));
  respond (find_message (), "cancel");

  g_assert_null (find_message ());
  g_assert_null (f->saved);
  g_assert_null (sr_context_get_current_worker (f->context));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, SR_TYPE_CLIENT_DIALOG, "phone_row")), ==, "040 555 5555");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = gui_test_isolate_environment ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add ("/save-error/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("conflict-reapply", test_conflict_reapply);
  ADD ("conflict-show-current", test_conflict_show_current);
  ADD ("goal-conflict", test_goal_conflict);
  ADD ("group-conflict", test_group_conflict);
  ADD ("session-conflict", test_session_conflict);
  ADD ("no-worker", test_no_worker);
  ADD ("no-worker-cancel", test_no_worker_cancel);
  ADD ("no-worker-none", test_no_worker_none);
#undef ADD

  {
    int ret = g_test_run ();

    gui_test_remove_tree (home);
    return ret;
  }
}
