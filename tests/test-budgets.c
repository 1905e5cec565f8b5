/* test-budgets.c: how many SQL statements a caseworker's action costs
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Statement counts are deterministic where times are not. With the real window on demo data
 * (the Clients, Calendar and Groups views open, a client's page and a group's attendance sheet
 * shown), each action below is done through the widget a caseworker uses, and every statement
 * the store's connection runs until the app is idle again is counted with sqlite3_trace_v2():
 * the write itself and every listener's refresh. Once, saving one review ran 523 statements
 * because each record of a commit was announced on its own and every listener re-queried; the
 * budgets keep that from coming back.
 *
 * What is counted is the store's own connection: every write and every refresh made on the
 * main thread. The client list and the calendar read on worker threads from read-only
 * connections; those reads happen at most once per commit (the list models' coalescing) and
 * are not in these counts.
 */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "gui-test-util.h"
#include "sr-application.h"
#include "sr-attendance-grid.h"
#include "sr-attendance-sheet.h"
#include "sr-attendance-table.h"
#include "sr-calendar-view.h"
#include "sr-client.h"
#include "sr-clients-view.h"
#include "sr-context.h"
#include "sr-date-row.h"
#include "sr-group-page.h"
#include "sr-groups-view.h"
#include "sr-meeting-dialog.h"
#include "sr-plan-lists.h"
#include "sr-plan.h"
#include "sr-review-dialog.h"
#include "sr-sample-data.h"
#include "sr-store-private.h"
#include "sr-window.h"

/* The budgets (#10) for a review and the keys; for saving a client and a series, the
 * counts measured when they were met (35 and 65 on demo data) with room for other days. */
#define BUDGET_REVIEW_4_RATINGS    60
#define BUDGET_FIRST_KEY           20
#define BUDGET_KEY_RECORDED        15
#define BUDGET_SAVE_CLIENT         45
#define BUDGET_SERIES_27           80

static char *home;
static char *db_path;
static char *worker_id;

static SrApplication *app;
static SrWindow *window;

static guint n_statements;
static GString *statement_log;

static int
trace_cb (unsigned int  type,
          void         *context,
          void         *p,
          void         *x)
{
  const char *sql = x;

  /* Statements of triggers come as comments ("-- …"): the statement that fired them counts. */
  if (type == SQLITE_TRACE_STMT && sql != NULL && !g_str_has_prefix (sql, "--"))
    {
      n_statements++;
      if (statement_log != NULL)
        g_string_append_printf (statement_log, "  %s\n", sql);
    }

  return 0;
}

static SrStore *
store (void)
{
  return sr_context_get_store (sr_application_get_context (app));
}

static void
count_start (void)
{
  gui_test_settle (300);
  n_statements = 0;
  g_string_truncate (statement_log, 0);
  sqlite3_trace_v2 (sr_store_get_db (store ()), SQLITE_TRACE_STMT, trace_cb, NULL);
}

static guint
count_stop (const char *what,
            guint       budget)
{
  gui_test_settle (500);
  sqlite3_trace_v2 (sr_store_get_db (store ()), 0, NULL, NULL);

  g_test_message ("%s: %u statements (budget %u)", what, n_statements, budget);
  if (n_statements > budget)
    g_test_message ("the statements:\n%s", statement_log->str);

  return n_statements;
}

static char *
query_text (const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (sr_store_get_db (store ()), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  g_assert_nonnull (result);
  return result;
}

static GtkWidget *
view_named (const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                       SR_TYPE_WINDOW, "stack"));

  adw_view_stack_set_visible_child_name (stack, name);
  gui_test_settle (100);
  return adw_view_stack_get_child_by_name (stack, name);
}

/* The client's page open in the Clients view, as after clicking the client in the list. */
static void
show_client (const char *client_id)
{
  sr_clients_view_show_client (SR_CLIENTS_VIEW (view_named ("clients")), client_id);
  gui_test_settle (200);
}

static SrAttendanceGrid *
show_session (const char *group_id,
              const char *session_id)
{
  SrGroupsView *groups = SR_GROUPS_VIEW (view_named ("groups"));
  SrAttendanceGrid *grid;
  SrAttendanceTable *table;
  int column;

  g_assert_true (sr_groups_view_show_group (groups, group_id, session_id));
  gui_test_settle (200);

  grid = sr_attendance_sheet_get_grid (sr_group_page_get_sheet (sr_groups_view_get_page (groups)));
  table = sr_attendance_grid_get_table (grid);
  column = sr_attendance_table_find_session (table, session_id);
  g_assert_cmpint (column, >=, 0);
  sr_attendance_grid_set_cursor (grid, 0, column);

  return grid;
}

static void
test_budget_review (void)
{
  /* A current plan with exactly four goals, of an open period. */
  g_autofree char *plan_id =
    query_text ("SELECT p.id FROM plans p JOIN periods e ON e.id = p.period_id "
                "WHERE e.phase <> 'closed' AND (SELECT count(*) FROM goals g WHERE g.plan_id = p.id) = 4 "
                "AND p.version = (SELECT max(version) FROM plans q WHERE q.period_id = p.period_id) "
                "ORDER BY p.id LIMIT 1");
  g_autofree char *sql = g_strdup_printf ("SELECT e.client_id FROM plans p JOIN periods e "
                                          "ON e.id = p.period_id WHERE p.id = '%s'", plan_id);
  g_autofree char *client_id = query_text (sql);
  g_autoptr(SrPlan) plan = NULL;
  g_autoptr(GListModel) reviews = NULL;
  g_autoptr(GError) error = NULL;
  SrReviewDialog *dialog;
  guint n_reviews;

  plan = sr_store_get_plan (store (), plan_id, &error);
  g_assert_no_error (error);

  show_client (client_id);
  reviews = sr_store_list_reviews (store (), plan_id);
  n_reviews = g_list_model_get_n_items (reviews);

  dialog = sr_review_dialog_new (GTK_WINDOW (window), sr_application_get_context (app), plan);
  gtk_window_present (GTK_WINDOW (dialog));
  for (guint i = 0; i < 4; i++)
    sr_review_dialog_set_level (dialog, i, (int) i - 1);

  count_start ();
  g_assert_true (sr_review_dialog_save (dialog));
  g_assert_cmpuint (count_stop ("review with 4 ratings", BUDGET_REVIEW_4_RATINGS), <=,
                    BUDGET_REVIEW_4_RATINGS);

  /* It was saved, whole. */
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, n_reviews + 1);
}

/* The first key in a session nobody has recorded yet, and then one more key there. */
static void
test_budget_attendance (void)
{
  g_autofree char *session_id =
    query_text ("SELECT s.id FROM sessions s WHERE s.status = 'planned' "
                "AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id "
                "                AND a.status <> 'not-recorded') "
                "AND (SELECT count(*) FROM memberships m WHERE m.group_id = s.group_id) >= 5 "
                "ORDER BY s.start LIMIT 1");
  g_autofree char *sql = g_strdup_printf ("SELECT group_id FROM sessions WHERE id = '%s'", session_id);
  g_autofree char *group_id = query_text (sql);
  SrAttendanceGrid *grid = show_session (group_id, session_id);
  SrAttendanceTable *table = sr_attendance_grid_get_table (grid);
  int column = sr_attendance_table_find_session (table, session_id);

  g_assert_cmpuint (sr_attendance_table_get_status (table, 0, column), ==, SR_ATTENDANCE_NOT_RECORDED);

  count_start ();
  g_assert_true (sr_attendance_grid_record (grid, SR_ATTENDANCE_PRESENT));
  g_assert_cmpuint (count_stop ("first key in an unrecorded session", BUDGET_FIRST_KEY), <=,
                    BUDGET_FIRST_KEY);
  g_assert_cmpuint (sr_attendance_table_get_status (table, 0, column), ==, SR_ATTENDANCE_PRESENT);

  /* The next member, now that the session has a record. */
  sr_attendance_grid_set_cursor (grid, 1, column);
  count_start ();
  g_assert_true (sr_attendance_grid_record (grid, SR_ATTENDANCE_ABSENT_NOTIFIED));
  g_assert_cmpuint (count_stop ("one key in a recorded session", BUDGET_KEY_RECORDED), <=,
                    BUDGET_KEY_RECORDED);
  g_assert_cmpuint (sr_attendance_table_get_status (table, 1, column), ==, SR_ATTENDANCE_ABSENT_NOTIFIED);
}

static void
test_budget_save_client (void)
{
  g_autofree char *client_id =
    query_text ("SELECT c.id FROM clients c WHERE EXISTS (SELECT 1 FROM periods e "
                "WHERE e.client_id = c.id AND e.phase <> 'closed') ORDER BY c.id LIMIT 1");
  g_autoptr(SrClient) client = NULL;
  g_autoptr(GError) error = NULL;

  show_client (client_id);
  client = sr_store_get_client (store (), client_id, &error);
  g_assert_no_error (error);
  g_object_set (client, "phone", "040 5550999", NULL);

  count_start ();
  g_assert_true (sr_store_save_client (store (), client, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_stop ("save a client", BUDGET_SAVE_CLIENT), <=, BUDGET_SAVE_CLIENT);
}

static void
test_budget_series (void)
{
  g_autofree char *client_id =
    query_text ("SELECT c.id FROM clients c WHERE EXISTS (SELECT 1 FROM periods e "
                "WHERE e.client_id = c.id AND e.phase <> 'closed') ORDER BY c.id DESC LIMIT 1");
  g_autoptr(SrClient) client = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SrCalendarView *calendar;
  GtkWidget *dialog;

  client = sr_store_get_client (store (), client_id, &error);
  g_assert_no_error (error);

  /* 27 weekly meetings from next week on, at a time the demo leaves free. */
  first = g_date_time_add_days (now, 7);
  last = g_date_time_add_weeks (first, 26);
  first_day = g_date_time_format (first, "%Y-%m-%d");
  last_day = g_date_time_format (last, "%Y-%m-%d");

  calendar = SR_CALENDAR_VIEW (view_named ("calendar"));
  dialog = sr_calendar_view_new_meeting (calendar, NULL, client);
  sr_date_row_set_date (SR_DATE_ROW (gtk_widget_get_template_child (dialog, SR_TYPE_MEETING_DIALOG, "date_row")), first_day);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (dialog, SR_TYPE_MEETING_DIALOG, "time_row")), "7:15");
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (gtk_widget_get_template_child (dialog, SR_TYPE_MEETING_DIALOG, "repeat_row")), TRUE);
  sr_date_row_set_date (SR_DATE_ROW (gtk_widget_get_template_child (dialog, SR_TYPE_MEETING_DIALOG, "until_row")), last_day);
  gui_test_settle (50);

  sql = g_strdup_printf ("SELECT count(*) FROM meetings WHERE client_id = '%s'", client_id);
  before = query_text (sql);

  count_start ();
  g_assert_true (sr_meeting_dialog_save (SR_MEETING_DIALOG (dialog)));
  g_assert_cmpuint (count_stop ("a weekly series of 27 meetings", BUDGET_SERIES_27), <=,
                    BUDGET_SERIES_27);

  after = query_text (sql);
  g_assert_cmpint (atoi (after) - atoi (before), ==, 27);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  SrSampleOptions options;
  int result;

  home = gui_test_isolate_environment ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  statement_log = g_string_new (NULL);

  /* The demo's data in a file database, opened by the app as a caseworker's own. */
  db_path = g_build_filename (home, "budgets.db", NULL);
  {
    g_autoptr(SrStore) maker = sr_store_open (db_path, &error);

    g_assert_no_error (error);
    sr_sample_options_init (&options);
    g_assert_true (sr_sample_data_generate (maker, &options, &error));
    g_assert_no_error (error);
    worker_id = g_strdup (sr_store_get_current_worker (maker));
  }

  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (settings, "current-worker", worker_id);

  g_setenv ("SOCREHAB_DATABASE", db_path, TRUE);
  app = sr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  gui_test_settle (300);
  window = SR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);

  /* Every view open once, as in a working day. */
  view_named ("calendar");
  view_named ("groups");
  view_named ("clients");

  g_test_add_func ("/budgets/review", test_budget_review);
  g_test_add_func ("/budgets/attendance", test_budget_attendance);
  g_test_add_func ("/budgets/save-client", test_budget_save_client);
  g_test_add_func ("/budgets/series", test_budget_series);

  result = g_test_run ();

  g_application_quit (G_APPLICATION (app));
  g_clear_object (&app);
  gui_test_remove_tree (home);
  return result;
}
