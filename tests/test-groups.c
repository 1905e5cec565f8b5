/* test-groups.c: the Groups view and its attendance sheet, driven like a group leader would
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gui-test-util.h"
#include "sr-attendance-grid.h"
#include "sr-attendance-sheet.h"
#include "sr-attendance-table.h"
#include "sr-audit-entry.h"
#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-feedback-dialog.h"
#include "sr-format.h"
#include "sr-group-dialog.h"
#include "sr-group-lists.h"
#include "sr-group-page.h"
#include "sr-group-service.h"
#include "sr-group.h"
#include "sr-groups-view.h"
#include "sr-store-private.h"
#include "sr-store.h"
#include "sr-worker.h"

#define N_MEMBERS 4

static char *tmp_dir;

/* The worker set on the store stays: the context does not apply the setting over it. */
static SrContext *
make_context (SrStore *store)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  return sr_context_new (store, settings);
}

typedef struct
{
  SrContext    *context;
  SrStore      *store;
  char         *group_id;
  char         *client_ids[N_MEMBERS];
  char         *session_ids[3];
  GtkWindow    *window;
  SrGroupsView *view;
} Fixture;

static const char *names[N_MEMBERS][2] = {
  { "Aino", "Aalto" },
  { "Bertta", "Berg" },
  { NULL, "=HYPERLINK(\"http://x\",\"y\")" },
  { "Daniel", "Dahl" },
};

static char *
days_ago_iso (int days,
              int hour)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);
  g_autoptr(GDateTime) at = g_date_time_new_local (g_date_time_get_year (then),
                                                   g_date_time_get_month (then),
                                                   g_date_time_get_day_of_month (then), hour, 0, 0);

  return g_date_time_format_iso8601 (at);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Leader");
  g_autoptr(SrGroup) group = sr_group_new ("Thursday group");
  static int counter;
  g_autofree char *db = g_strdup_printf ("%s/groups-%d.db", tmp_dir, counter++);

  f->store = sr_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (f->store, worker, &error));
  sr_store_set_current_worker (f->store, sr_record_get_id (SR_RECORD (worker)));

  g_object_set (group, "location", "Library", "weekday", 4, "time", "13:00", NULL);
  g_assert_true (sr_store_save_group (f->store, group, &error));
  f->group_id = g_strdup (sr_record_get_id (SR_RECORD (group)));

  for (guint i = 0; i < N_MEMBERS; i++)
    {
      g_autoptr(SrClient) client = sr_client_new (names[i][0], names[i][1]);
      g_autoptr(SrMembership) membership = NULL;
      g_autofree char *joined = days_ago_iso (100, 12);

      g_assert_true (sr_store_save_client (f->store, client, &error));
      g_assert_no_error (error);
      f->client_ids[i] = g_strdup (sr_record_get_id (SR_RECORD (client)));
      joined[10] = '\0';
      membership = sr_membership_new (f->group_id, f->client_ids[i], joined);
      g_assert_true (sr_store_save_membership (f->store, membership, &error));
      g_assert_no_error (error);
    }

  /* Three weekly sessions: 15 and 8 days ago, and one 1 day ago. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *iso = days_ago_iso (i == 0 ? 15 : i == 1 ? 8 : 1, 13);
      g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso, NULL);
      g_autoptr(SrSession) session = sr_session_new (f->group_id, start);

      g_assert_true (sr_store_save_session (f->store, session, &error));
      g_assert_no_error (error);
      f->session_ids[i] = g_strdup (sr_record_get_id (SR_RECORD (session)));
    }

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1100, 700);
  f->context = make_context (f->store);
  f->view = g_object_new (SR_TYPE_GROUPS_VIEW, "context", f->context, NULL);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  gui_test_settle (200);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  gui_test_settle (50);
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  g_free (f->group_id);
  for (guint i = 0; i < N_MEMBERS; i++)
    g_free (f->client_ids[i]);
  for (guint i = 0; i < G_N_ELEMENTS (f->session_ids); i++)
    g_free (f->session_ids[i]);
}

static SrAttendanceSheet *
open_sheet (Fixture    *f,
            const char *session_id)
{
  SrGroupPage *page = sr_groups_view_get_page (f->view);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.show", "s", session_id));
  gui_test_settle (100);
  g_assert_cmpstr (sr_group_page_get_group_id (page), ==, f->group_id);

  return sr_group_page_get_sheet (page);
}

static int
stored_status (Fixture *f,
               guint    member,
               guint    session)
{
  g_autoptr(GListModel) rows = sr_store_list_attendance (f->store, f->session_ids[session]);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SrRecord) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (sr_record_get_string (row, "client-id"), f->client_ids[member]) == 0)
        {
          int status;

          g_object_get (row, "status", &status, NULL);
          return status;
        }
    }

  /* No row: nobody has recorded the member (only changed cells are written). */
  return SR_ATTENDANCE_NOT_RECORDED;
}

/* The grid's rows are sorted by name: find a client's row. */
static guint
row_of (SrAttendanceGrid *grid,
        const char       *client_id)
{
  SrAttendanceTable *table = sr_attendance_grid_get_table (grid);

  for (guint m = 0; m < sr_attendance_table_get_n_members (table); m++)
    if (g_strcmp0 (sr_attendance_table_get_client_id (table, m), client_id) == 0)
      return m;

  g_assert_not_reached ();
}

static gboolean
press (GtkWidget *widget,
       guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  gui_test_settle (20);

  return handled;
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  SrAttendanceSheet *sheet = open_sheet (f, f->session_ids[1]);
  SrAttendanceGrid *grid = sr_attendance_sheet_get_grid (sheet);
  guint member, session;

  /* view.show opened the sheet at that session, on the first member. */
  g_assert_true (sr_attendance_grid_get_cursor (grid, &member, &session));
  g_assert_cmpuint (session, ==, 1);
  g_assert_cmpuint (member, ==, 0);
  g_assert_cmpstr (sr_record_get_id (SR_RECORD (sr_attendance_sheet_get_session (sheet))), ==, f->session_ids[1]);
  gtk_widget_grab_focus (GTK_WIDGET (grid));

  /* One key per member: each key records and moves down to the next member. */
  {
    static const struct { guint client; guint key; int status; } keys[] = {
      { 2, GDK_KEY_p, SR_ATTENDANCE_PRESENT },          /* =HYPERLINK… */
      { 0, GDK_KEY_A, SR_ATTENDANCE_ABSENT_NOTIFIED },  /* Aalto */
      { 1, GDK_KEY_n, SR_ATTENDANCE_NO_SHOW },          /* Berg */
    };

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      {
        guint row = row_of (grid, f->client_ids[keys[i].client]);

        sr_attendance_grid_set_cursor (grid, row, 1);
        g_assert_true (press (GTK_WIDGET (grid), keys[i].key));
        g_assert_true (sr_attendance_grid_get_cursor (grid, &member, &session));
        g_assert_cmpuint (member, ==, MIN (row + 1, N_MEMBERS - 1));
        g_assert_cmpuint (session, ==, 1);
        g_assert_cmpint (stored_status (f, keys[i].client, 1), ==, keys[i].status);
      }
  }
  g_assert_cmpint (stored_status (f, 3, 1), ==, SR_ATTENDANCE_NOT_RECORDED);     /* Dahl */

  /* The digits work in every language: 1 present, 3 absent notified, 4 no-show; then the
   * letters above put back what they recorded. */
  {
    static const struct { guint client; guint key; int status; } digits[] = {
      { 2, GDK_KEY_4, SR_ATTENDANCE_NO_SHOW },
      { 0, GDK_KEY_1, SR_ATTENDANCE_PRESENT },
      { 1, GDK_KEY_KP_3, SR_ATTENDANCE_ABSENT_NOTIFIED },
      { 2, GDK_KEY_p, SR_ATTENDANCE_PRESENT },
      { 0, GDK_KEY_A, SR_ATTENDANCE_ABSENT_NOTIFIED },
      { 1, GDK_KEY_n, SR_ATTENDANCE_NO_SHOW },
    };

    for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
      {
        sr_attendance_grid_set_cursor (grid, row_of (grid, f->client_ids[digits[i].client]), 1);
        g_assert_true (press (GTK_WIDGET (grid), digits[i].key));
        g_assert_cmpint (stored_status (f, digits[i].client, 1), ==, digits[i].status);
      }
  }

  /* Arrows move; Down then Up comes back to Berg, and Delete clears Berg again. */
  sr_attendance_grid_set_cursor (grid, row_of (grid, f->client_ids[1]), 1);
  g_assert_true (press (GTK_WIDGET (grid), GDK_KEY_Down));
  g_assert_true (press (GTK_WIDGET (grid), GDK_KEY_Up));
  g_assert_true (press (GTK_WIDGET (grid), GDK_KEY_Delete));
  g_assert_cmpint (stored_status (f, 1, 1), ==, SR_ATTENDANCE_NOT_RECORDED);
  sr_attendance_grid_set_cursor (grid, row_of (grid, f->client_ids[3]), 1);
  g_assert_true (press (GTK_WIDGET (grid), GDK_KEY_Left));
  g_assert_true (sr_attendance_grid_get_cursor (grid, &member, &session));
  g_assert_cmpuint (member, ==, row_of (grid, f->client_ids[3]));
  g_assert_cmpuint (session, ==, 0);
  g_assert_true (press (GTK_WIDGET (grid), GDK_KEY_Right));
  g_assert_true (press (GTK_WIDGET (grid), GDK_KEY_Right));
  g_assert_true (sr_attendance_grid_get_cursor (grid, &member, &session));
  g_assert_cmpuint (session, ==, 2);
  /* Keys the sheet does not use pass on (Tab moves the focus on). */
  g_assert_false (press (GTK_WIDGET (grid), GDK_KEY_Tab));

  /* O asks for minutes and a reason; Enter in the reason saves. */
  g_assert_true (press (GTK_WIDGET (grid), GDK_KEY_o));
  {
    GtkWidget *popover = NULL, *spin = NULL, *entry = NULL;

    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid)); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
        popover = child;
    g_assert_nonnull (popover);

    for (GtkWidget *w = gtk_widget_get_first_child (gtk_popover_get_child (GTK_POPOVER (popover)));
         w != NULL; w = gtk_widget_get_next_sibling (w))
      {
        if (GTK_IS_SPIN_BUTTON (w))
          spin = w;
        else if (GTK_IS_ENTRY (w))
          entry = w;
      }
    g_assert_nonnull (spin);
    g_assert_nonnull (entry);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 40);
    gtk_editable_set_text (GTK_EDITABLE (entry), "left early");
    /* Enter in the reason saves. */
    g_signal_emit_by_name (entry, "activate");
    gui_test_settle (50);
  }
  {
    SrAttendanceTable *table = sr_attendance_grid_get_table (grid);
    guint dahl = row_of (grid, f->client_ids[3]);

    g_assert_cmpint (stored_status (f, 3, 2), ==, SR_ATTENDANCE_PARTLY_PRESENT);
    g_assert_cmpint (sr_attendance_table_get_minutes (table, dahl, 2), ==, 40);
    g_assert_cmpstr (sr_attendance_table_get_reason (table, dahl, 2), ==, "left early");
  }

  /* Rates leave unrecorded sessions out: Aalto has one absence recorded and two sessions
   * not recorded, so 0 % of one, not of three; the sheet reads the store again the same. */
  {
    SrAttendanceTable *table = sr_attendance_grid_get_table (grid);
    SrAttendanceRate rate;

    sr_attendance_table_member_rate (table, row_of (grid, f->client_ids[0]), &rate);
    g_assert_true (rate.has_rate);
    g_assert_cmpuint (rate.sessions_counted, ==, 1);
    g_assert_cmpuint (rate.unrecorded, ==, 2);
    sr_attendance_table_member_rate (table, row_of (grid, f->client_ids[2]), &rate);
    g_assert_cmpfloat (rate.rate, ==, 1.0);
    g_assert_cmpuint (rate.sessions_counted, ==, 1);
  }
}

static void
test_all_present_undo (Fixture       *f,
                       gconstpointer  data)
{
  SrAttendanceSheet *sheet = open_sheet (f, f->session_ids[2]);
  SrAttendanceGrid *grid = sr_attendance_sheet_get_grid (sheet);

  gtk_widget_grab_focus (GTK_WIDGET (grid));
  /* Berg sent word: A first, then everyone else present. */
  sr_attendance_grid_set_cursor (grid, row_of (grid, f->client_ids[1]), 2);
  g_assert_true (press (GTK_WIDGET (grid), GDK_KEY_a));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.all-present", NULL));
  gui_test_settle (20);
  for (guint i = 0; i < N_MEMBERS; i++)
    g_assert_cmpint (stored_status (f, i, 2), ==, i == 1 ? SR_ATTENDANCE_ABSENT_NOTIFIED : SR_ATTENDANCE_PRESENT);

  /* Undo takes back the whole "all present", and only that. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.undo", NULL));
  gui_test_settle (20);
  for (guint i = 0; i < N_MEMBERS; i++)
    g_assert_cmpint (stored_status (f, i, 2), ==, i == 1 ? SR_ATTENDANCE_ABSENT_NOTIFIED : SR_ATTENDANCE_NOT_RECORDED);

  /* Nothing more to undo: a second undo changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (sheet), "sheet.undo", NULL);
  g_assert_cmpint (stored_status (f, 1, 2), ==, SR_ATTENDANCE_ABSENT_NOTIFIED);
}

static void
test_csv_export (Fixture       *f,
                 gconstpointer  data)
{
  SrAttendanceSheet *sheet = open_sheet (f, f->session_ids[0]);
  SrAttendanceGrid *grid = sr_attendance_sheet_get_grid (sheet);
  g_autofree char *path = g_build_filename (tmp_dir, "export.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GListModel) audit = NULL;
  GStatBuf st;

  gtk_widget_grab_focus (GTK_WIDGET (grid));
  sr_attendance_grid_set_cursor (grid, row_of (grid, f->client_ids[2]), 0);
  g_assert_true (press (GTK_WIDGET (grid), GDK_KEY_p));

  g_assert_true (sr_attendance_sheet_export_to_file (sheet, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));

  /* The formula is text, guarded and quoted; the header and rows end in CRLF; numbers stay. */
  g_assert_true (g_str_has_prefix (contents, "Member,"));
  g_assert_nonnull (strstr (contents, "\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Present,"));
  g_assert_null (strstr (contents, "\r\n=HYPERLINK"));
  g_assert_nonnull (strstr (contents, ",1,0,0,0,2,100.0\r\n"));
  /* Readable by the user only. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);

  /* Logged as a disclosure of every member's data. */
  for (guint i = 0; i < N_MEMBERS; i++)
    {
      g_clear_object (&audit);
      audit = sr_store_list_audit (f->store, f->client_ids[i], SR_AUDIT_LOG_DISCLOSURE, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (audit), ==, 1);
    }
}

static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  SrAttendanceSheet *sheet = open_sheet (f, f->session_ids[1]);
  g_autofree char *path = g_build_filename (tmp_dir, "sign-in.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (sr_attendance_sheet_print_to_pdf (sheet, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (length, >, 1000);

  /* A print is a disclosure of each member on the sheet. */
  for (guint i = 0; i < N_MEMBERS; i++)
    {
      g_autoptr(GListModel) audit = sr_store_list_audit (f->store, f->client_ids[i], SR_AUDIT_LOG_DISCLOSURE, NULL);
      g_autoptr(SrAuditEntry) entry = NULL;
      int action;

      g_assert_cmpuint (g_list_model_get_n_items (audit), ==, 1);
      entry = g_list_model_get_item (audit, 0);
      g_object_get (entry, "action", &action, NULL);
      g_assert_cmpint (action, ==, SR_AUDIT_ACTION_PRINT);
    }
}

static void
test_feedback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SrSession) session = sr_store_get_session (f->store, f->session_ids[2], NULL);
  g_autoptr(GError) error = NULL;
  guint count = 0;
  double average = 0;

  /* The raters are the session's members, listed without writing anything. */
  {
    g_autoptr(GListModel) rows = sr_store_list_attendance (f->store, f->session_ids[2]);
    guint before = g_list_model_get_n_items (rows);
    g_autoptr(GPtrArray) members = sr_group_service_session_members (sr_context_get_groups (f->context),
                                                                     f->session_ids[2], &error);
    SrFeedbackDialog *dialog = sr_feedback_dialog_new (f->window, f->context, session);
    AdwComboRow *from_row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                        SR_TYPE_FEEDBACK_DIALOG, "from_row"));

    g_assert_no_error (error);
    g_assert_cmpuint (members->len, >, 0);
    /* Anonymous, then each member. */
    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (from_row)), ==, 1 + members->len);
    gui_test_settle (20);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, before);
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  for (int i = 0; i < 2; i++)
    {
      SrFeedbackDialog *dialog = sr_feedback_dialog_new (f->window, f->context, session);

      gtk_window_present (GTK_WINDOW (dialog));
      /* Anonymous 5, then a named 2. */
      sr_feedback_dialog_fill (dialog, i == 0 ? 5 : 2, i == 0 ? 0 : 1, "Good walk");
      g_assert_true (sr_feedback_dialog_save (dialog));
      gui_test_settle (20);
    }

  g_assert_true (sr_group_feedback_summary (f->store, f->group_id, f->session_ids[2], &count, &average, &error));
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpfloat_with_epsilon (average, 3.5, 1e-9);
  {
    g_autoptr(GListModel) feedback = sr_store_list_feedback (f->store, f->session_ids[2]);
    guint anonymous = 0;

    for (guint i = 0; i < g_list_model_get_n_items (feedback); i++)
      {
        g_autoptr(SrRecord) row = g_list_model_get_item (feedback, i);

        anonymous += sr_record_get_boolean (row, "anonymous") && sr_record_get_string (row, "client-id") == NULL;
      }
    g_assert_cmpuint (anonymous, ==, 1);
  }
}

static void
test_group_dialog_and_plan (Fixture       *f,
                            gconstpointer  data)
{
  SrGroupDialog *dialog = sr_group_dialog_new (f->window, f->context, NULL);
  g_autoptr(GListModel) groups = sr_store_list_groups (f->store);
  GtkWidget *name_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), SR_TYPE_GROUP_DIALOG, "name_row"));
  GtkWidget *time_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), SR_TYPE_GROUP_DIALOG, "time_row"));
  GtkWidget *weekday_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), SR_TYPE_GROUP_DIALOG, "weekday_row"));
  GtkWidget *start_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), SR_TYPE_GROUP_DIALOG, "start_row"));
  GtkWidget *end_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), SR_TYPE_GROUP_DIALOG, "end_row"));
  GtkWidget *save = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), SR_TYPE_GROUP_DIALOG, "save_button"));
  g_autoptr(GError) error = NULL;
  SrGroupPage *page;
  guint before = g_list_model_get_n_items (groups);

  gtk_window_present (GTK_WINDOW (dialog));
  gui_test_settle (50);

  /* No name: Save is off. A bad time is marked as typed. */
  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Art group");
  gtk_editable_set_text (GTK_EDITABLE (time_row), "25.70");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (time_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (time_row), "9.30");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* The end before the start: the store refuses, the dialog stays with what was typed. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (weekday_row), 3);
  gtk_editable_set_text (GTK_EDITABLE (start_row), "2.3.2026");
  gtk_editable_set_text (GTK_EDITABLE (end_row), "1.3.2026");
  gui_test_settle (20);
  g_assert_false (sr_group_dialog_save (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, before);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Art group");

  gtk_editable_set_text (GTK_EDITABLE (end_row), "30.3.2026");
  gui_test_settle (20);
  g_assert_true (sr_group_dialog_save (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, before + 1);

  /* The new group is shown; plan its Wednesdays of March 2026 at 9.30. */
  page = sr_groups_view_get_page (f->view);
  {
    g_autoptr(SrGroup) group = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
      {
        g_autoptr(SrGroup) item = g_list_model_get_item (groups, i);

        if (g_str_equal (sr_group_get_name (item), "Art group"))
          group = g_object_ref (item);
      }
    g_assert_nonnull (group);
    g_assert_true (sr_groups_view_show_group (f->view, sr_record_get_id (SR_RECORD (group)), NULL));
    gui_test_settle (50);
    g_assert_true (sr_group_page_plan_sessions (page, &error));
    g_assert_no_error (error);
    {
      g_autoptr(GListModel) sessions = sr_store_list_sessions (f->store, sr_record_get_id (SR_RECORD (group)));

      /* 4, 11, 18 and 25 March. */
      g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 4);
      /* Planning again adds none. */
      g_assert_true (sr_group_page_plan_sessions (page, &error));
      g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 4);
    }
  }
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);

      if (found != NULL)
        return found;
    }

  return NULL;
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

static void
test_membership (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = sr_client_new ("Uusi", "Jäsen");
  g_autoptr(GListModel) members = sr_store_list_group_members (f->store, f->group_id);
  g_autofree char *today = NULL;
  SrGroupPage *page = sr_groups_view_get_page (f->view);
  AdwMessageDialog *dialog;
  GtkWidget *button, *extra;
  guint before = g_list_model_get_n_items (members);

  g_assert_true (sr_store_save_client (f->store, client, &error));
  g_assert_true (sr_groups_view_show_group (f->view, f->group_id, NULL));
  sr_group_page_set_visible_tab (page, "members");
  gui_test_settle (50);

  /* Added from today; a second time while still a member is refused. */
  g_assert_true (sr_group_page_add_member (page, client, &error));
  g_assert_no_error (error);
  gui_test_settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, before + 1);
  g_assert_false (sr_group_page_add_member (page, client, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  gui_test_settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, before + 1);

  /* Left, through the member's button: today, with the reason given. */
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SrRecord) membership = g_list_model_get_item (members, i);

      g_assert_null (sr_record_get_string (membership, "left"));
    }
  button = find_button (GTK_WIDGET (page), "_Left…");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  gui_test_settle (50);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  extra = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog));
  /* The list's second row is the reason. */
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_next_sibling (gtk_widget_get_first_child (extra))),
                         " Muutti pois ");
  g_signal_emit_by_name (dialog, "response", "leave");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gui_test_settle (50);

  today = sr_local_day_iso (NULL, 0);
  {
    guint left = 0;

    for (guint i = 0; i < g_list_model_get_n_items (members); i++)
      {
        g_autoptr(SrRecord) membership = g_list_model_get_item (members, i);

        if (sr_record_get_string (membership, "left") != NULL)
          {
            g_assert_cmpstr (sr_record_get_string (membership, "left"), ==, today);
            g_assert_cmpstr (sr_record_get_string (membership, "reason"), ==, "Muutti pois");
            left++;
          }
      }
    g_assert_cmpuint (left, ==, 1);
  }
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (gtk_widget_get_template_child (GTK_WIDGET (f->view), SR_TYPE_GROUPS_VIEW, "leaflet"));

  gtk_window_set_default_size (f->window, 360, 640);
  gui_test_settle (300);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 360);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  /* One pane at a time: a session opens the group's page, back returns to the list. */
  open_sheet (f, f->session_ids[2]);
  gui_test_settle (300);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "groups.back", NULL));
  gui_test_settle (300);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

/* Measuring the sheet of 30 members and 60 sessions -------------------------------------------- */

typedef struct
{
  gint64  before;
  GArray *frames;  /* gint64 µs of each frame's before-paint → after-paint */
  gint64  first_after_paint;
} Timing;

static void
on_before_paint_cb (GdkFrameClock *clock,
                    Timing        *t)
{
  t->before = g_get_monotonic_time ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Timing        *t)
{
  gint64 now = g_get_monotonic_time ();
  gint64 took = now - t->before;

  if (t->first_after_paint == 0)
    t->first_after_paint = now;
  g_array_append_val (t->frames, took);
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
test_big_sheet (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_build_filename (tmp_dir, "big.db", NULL);
  g_autoptr(SrStore) store = sr_store_open (db, &error);
  g_autoptr(SrWorker) worker = sr_worker_new ("Leader");
  g_autoptr(SrGroup) group = sr_group_new ("Big group");
  g_autoptr(GDateTime) first = g_date_time_new_local (2025, 1, 2, 13, 0, 0);
  g_autoptr(SrAttendanceTable) table = NULL;
  GPtrArray *sessions = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *window, *scroller, *grid;
  GdkFrameClock *clock;
  Timing t = { 0, g_array_new (FALSE, FALSE, sizeof (gint64)), 0 };
  gint64 start, load_done;
  GtkAdjustment *hadj, *vadj;
  GArray *scroll;

  /* Runs only as a benchmark (-m perf): see tests/meson.build. */
  if (!g_test_perf ())
    {
      g_test_skip ("a measurement: run it with meson test --benchmark");
      return;
    }

  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (store, worker, &error));
  sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
  g_assert_true (sr_store_save_group (store, group, &error));

  g_assert_true (sr_store_begin_batch (store, &error));
  for (guint s = 0; s < 60; s++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_weeks (first, s);
      g_autoptr(SrSession) session = sr_session_new (sr_record_get_id (SR_RECORD (group)), when);

      g_assert_true (sr_store_save_session (store, session, &error));
      g_ptr_array_add (sessions, g_strdup (sr_record_get_id (SR_RECORD (session))));
    }
  for (guint m = 0; m < 30; m++)
    {
      g_autofree char *last = g_strdup_printf ("Member%02u", m);
      g_autoptr(SrClient) client = sr_client_new ("Test", last);
      g_autoptr(SrMembership) membership = NULL;

      g_assert_true (sr_store_save_client (store, client, &error));
      membership = sr_membership_new (sr_record_get_id (SR_RECORD (group)),
                                      sr_record_get_id (SR_RECORD (client)), "2025-01-01");
      g_assert_true (sr_store_save_membership (store, membership, &error));
      for (guint s = 0; s < 60; s++)
        {
          g_autoptr(SrAttendance) row = sr_attendance_new (g_ptr_array_index (sessions, s),
                                                           sr_record_get_id (SR_RECORD (client)),
                                                           1 + (m + s) % 4);

          g_assert_true (sr_store_save_attendance (store, row, &error));
        }
    }
  g_assert_true (sr_store_commit_batch (store, &error));
  g_assert_no_error (error);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_settle (200);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), &t);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &t);

  /* Open: load the table (1,800 cells), make the grid, until its first frame is painted. */
  start = g_get_monotonic_time ();
  table = sr_attendance_table_new (store, sr_record_get_id (SR_RECORD (group)), &error);
  g_assert_no_error (error);
  load_done = g_get_monotonic_time ();
  scroller = gtk_scrolled_window_new ();
  grid = sr_attendance_grid_new ();
  sr_attendance_grid_set_table (SR_ATTENDANCE_GRID (grid), table);
  sr_attendance_grid_set_cursor (SR_ATTENDANCE_GRID (grid), 0, 59);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
  g_array_set_size (t.frames, 0);
  t.first_after_paint = 0;
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  while (t.first_after_paint == 0)
    g_main_context_iteration (NULL, TRUE);

  g_test_message ("sheet 30 x 60: table load %.1f ms, open to first frame %.1f ms (that frame's paint %.1f ms)",
                  (load_done - start) / 1000.0, (t.first_after_paint - start) / 1000.0,
                  g_array_index (t.frames, gint64, 0) / 1000.0);

  /* Opened again, as when a leader goes from group to group (fonts and styles warm). */
  {
    g_autoptr(SrAttendanceTable) again = NULL;

    start = g_get_monotonic_time ();
    again = sr_attendance_table_new (store, sr_record_get_id (SR_RECORD (group)), &error);
    scroller = gtk_scrolled_window_new ();
    grid = sr_attendance_grid_new ();
    sr_attendance_grid_set_table (SR_ATTENDANCE_GRID (grid), again);
    sr_attendance_grid_set_cursor (SR_ATTENDANCE_GRID (grid), 0, 59);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
    g_array_set_size (t.frames, 0);
    t.first_after_paint = 0;
    gtk_window_set_child (GTK_WINDOW (window), scroller);
    while (t.first_after_paint == 0)
      g_main_context_iteration (NULL, TRUE);
    g_test_message ("sheet 30 x 60 opened again: %.1f ms to the first frame (its paint %.1f ms)",
                    (t.first_after_paint - start) / 1000.0, g_array_index (t.frames, gint64, 0) / 1000.0);
  }

  /* Scroll: 120 frames across both directions, a cell or row per frame. */
  hadj = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (grid));
  vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (grid));
  scroll = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < 120; i++)
    {
      guint n = t.frames->len;

      if (i < 60)
        gtk_adjustment_set_value (hadj, gtk_adjustment_get_upper (hadj) - (i + 1) * 40.0);
      else
        gtk_adjustment_set_value (vadj, (i % 2) ? 0 : gtk_adjustment_get_upper (vadj));
      while (t.frames->len == n)
        g_main_context_iteration (NULL, TRUE);
      g_array_append_val (scroll, g_array_index (t.frames, gint64, t.frames->len - 1));
    }
  g_array_sort (scroll, compare_gint64);
  g_test_message ("sheet 30 x 60 scrolling: frame work median %.2f ms, 95th %.2f ms, max %.2f ms (%u frames)",
                  g_array_index (scroll, gint64, scroll->len / 2) / 1000.0,
                  g_array_index (scroll, gint64, scroll->len * 95 / 100) / 1000.0,
                  g_array_index (scroll, gint64, scroll->len - 1) / 1000.0, scroll->len);
  /* A measurement, not a verdict: timing on a shared machine is no pass/fail criterion.
   * meson test --benchmark runs it and prints the figures. */
  g_assert_cmpuint (scroll->len, ==, 120);

  g_signal_handlers_disconnect_by_data (clock, &t);
  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (scroll);
  g_array_unref (t.frames);
  g_ptr_array_unref (sessions);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = gui_test_isolate_environment ();
  g_autoptr(GError) error = NULL;
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  tmp_dir = g_dir_make_tmp ("socrehab-groups-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add ("/groups/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/groups/all-present-undo", Fixture, NULL, fixture_set_up, test_all_present_undo, fixture_tear_down);
  g_test_add ("/groups/csv-export", Fixture, NULL, fixture_set_up, test_csv_export, fixture_tear_down);
  g_test_add ("/groups/print", Fixture, NULL, fixture_set_up, test_print, fixture_tear_down);
  g_test_add ("/groups/feedback", Fixture, NULL, fixture_set_up, test_feedback, fixture_tear_down);
  g_test_add ("/groups/membership", Fixture, NULL, fixture_set_up, test_membership, fixture_tear_down);
  g_test_add ("/groups/group-dialog-and-plan", Fixture, NULL, fixture_set_up, test_group_dialog_and_plan, fixture_tear_down);
  g_test_add ("/groups/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add_func ("/groups/big-sheet", test_big_sheet);

  ret = g_test_run ();

  gui_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  gui_test_remove_tree (home);

  return ret;
}
