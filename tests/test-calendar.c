/* test-calendar.c: the Calendar view, the meeting dialog, series and the cadence panel
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs in Europe/Helsinki time: the series test crosses the change from
 * summer to winter time on 25 October 2026.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gui-test-util.h"
#include "sr-cadence-panel.h"
#include "sr-calendar-item.h"
#include "sr-calendar-query.h"
#include "sr-calendar-view.h"
#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-date-row.h"
#include "sr-group.h"
#include "sr-labels.h"
#include "sr-meeting-dialog.h"
#include "sr-meeting-lists.h"
#include "sr-meeting.h"
#include "sr-month-view.h"
#include "sr-period.h"
#include "sr-rules.h"
#include "sr-store-private.h"
#include "sr-week-view.h"
#include "sr-worker.h"

/* The worker set on the store stays: the context does not apply the setting over it. */
static SrContext *
make_context (SrStore *store)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  return sr_context_new (store, settings);
}

typedef struct
{
  char           *dir;
  SrContext      *context;
  SrStore        *store;
  SrWorker       *worker;
  SrClient       *client;
  SrPeriod       *period;
  GtkWindow      *window;
  SrCalendarView *view;
} Fixture;

static SrClient *
add_client (SrStore    *store,
            const char *first,
            const char *last)
{
  g_autoptr(GError) error = NULL;
  SrClient *client = sr_client_new (first, last);

  g_assert_true (sr_store_save_client (store, client, &error));
  g_assert_no_error (error);
  return client;
}

static SrPeriod *
add_period (SrStore    *store,
            SrClient   *client,
            const char *start,
            const char *end)
{
  g_autoptr(GError) error = NULL;
  SrPeriod *period = sr_period_new (sr_record_get_id (SR_RECORD (client)), start);

  g_object_set (period, "planned-end", end, "phase", SR_PHASE_ACTIVE, NULL);
  g_assert_true (sr_store_save_period (store, period, &error));
  g_assert_no_error (error);
  return period;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("sr-calendar-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "socrehab.db", NULL);
  f->store = sr_store_open (path, &error);
  g_assert_no_error (error);

  f->worker = sr_worker_new ("Kaisa Kalenteri");
  g_assert_true (sr_store_save_worker (f->store, f->worker, &error));
  sr_store_set_current_worker (f->store, sr_record_get_id (SR_RECORD (f->worker)));
  f->client = add_client (f->store, "Aino", "Aaltonen");
  f->period = add_period (f->store, f->client, "2026-09-01", "2026-11-30");

  f->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (f->window, 1100, 740);
  f->context = make_context (f->store);
  f->view = g_object_new (SR_TYPE_CALENDAR_VIEW, "context", f->context, NULL);
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  gui_test_settle (200);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  /* Destroying a dialog destroys its message dialogs: hold them all first. */
  g_list_foreach (toplevels, (GFunc) g_object_ref, NULL);
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != f->window)
      gtk_window_destroy (l->data);
  gtk_window_destroy (f->window);
  g_list_free_full (toplevels, g_object_unref);
  gui_test_settle (50);

  g_clear_object (&f->period);
  g_clear_object (&f->client);
  g_clear_object (&f->worker);
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  gui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtkWidget *
child (gpointer    dialog,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), SR_TYPE_MEETING_DIALOG, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
fill_time (gpointer    dialog,
           const char *day,
           const char *time,
           int         duration)
{
  sr_date_row_set_date (SR_DATE_ROW (child (dialog, "date_row")), day);
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "time_row")), time);
  if (duration > 0)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (dialog, "duration_spin")), duration);
}

static GListModel *
all_meetings (Fixture *f)
{
  g_autoptr(GDateTime) from = g_date_time_new_local (2026, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_local (2027, 12, 31, 0, 0, 0);

  return sr_store_list_meetings (f->store, NULL, from, to);
}

static char *
local_text (GDateTime *when)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (when);

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
utc_text (GDateTime *when)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (when);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%MZ");
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* What a wait for the view's read looks for: the item of @id in the week
 * view, laid out (@shown) or absent (!@shown). */
typedef struct
{
  Fixture    *f;
  const char *id;
  gboolean    shown;
} WeekItem;

static GtkWidget *
week_item (Fixture    *f,
           const char *id)
{
  return sr_week_view_get_item_widget (SR_WEEK_VIEW (sr_calendar_view_get_week_view (f->view)), id);
}

static gboolean
week_item_is (gpointer data)
{
  WeekItem *wait = data;
  GtkWidget *item = week_item (wait->f, wait->id);

  if (!wait->shown)
    return item == NULL;
  return item != NULL && gtk_widget_get_width (item) > 0;
}

/* Waits (up to 5 s) for the view's read of its range to show, or drop, @id. */
static gboolean
wait_week_item (Fixture    *f,
                const char *id,
                gboolean    shown)
{
  WeekItem wait = { f, id, shown };

  return gui_test_wait_for (week_item_is, &wait, 5000);
}

/* Creating a meeting in the dialog puts it on the right day and time. */
static void
test_new_meeting (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(SrMeeting) meeting = NULL;
  g_autofree char *when = NULL;
  GtkWidget *dialog;
  GtkWidget *item;
  graphene_point_t point;
  int kind;

  sr_calendar_view_set_mode (f->view, "week");
  sr_calendar_view_set_date (f->view, "2026-10-13");
  dialog = sr_calendar_view_new_meeting (f->view, NULL, f->client);
  g_assert_true (SR_IS_MEETING_DIALOG (dialog));

  /* An unreadable time keeps Save off and marks the row. */
  fill_time (dialog, "2026-10-14", "25.61", 45);
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "save_button")));
  g_assert_true (gtk_widget_has_css_class (child (dialog, "time_row"), "error"));

  fill_time (dialog, "2026-10-14", "14.30", 45);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, "kind_row")), SR_MEETING_KIND_NETWORK_MEETING);
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "place_row")), "Kirjasto");
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "save_button")));
  g_signal_emit_by_name (child (dialog, "save_button"), "clicked");
  gui_test_settle (50);

  meetings = all_meetings (f);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  meeting = g_list_model_get_item (meetings, 0);
  when = local_text (sr_meeting_get_start (meeting));
  g_assert_cmpstr (when, ==, "2026-10-14 14:30");
  g_assert_cmpint (sr_record_get_int (SR_RECORD (meeting), "duration"), ==, 45);
  g_object_get (meeting, "kind", &kind, NULL);
  g_assert_cmpint (kind, ==, SR_MEETING_KIND_NETWORK_MEETING);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (meeting), "place"), ==, "Kirjasto");
  /* The client's active period is linked, the current worker is the worker. */
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (meeting), "period-id"), ==,
                   sr_record_get_id (SR_RECORD (f->period)));
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (meeting), "worker-id"), ==,
                   sr_record_get_id (SR_RECORD (f->worker)));

  /* The week view shows it in Wednesday's column at 14:30, once the range
   * is read again on its thread. */
  g_assert_true (wait_week_item (f, sr_record_get_id (SR_RECORD (meeting)), TRUE));
  item = week_item (f, sr_record_get_id (SR_RECORD (meeting)));
  g_assert_nonnull (item);
  g_assert_true (gtk_widget_compute_point (item, sr_calendar_view_get_week_view (f->view),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  {
    int width = gtk_widget_get_width (sr_calendar_view_get_week_view (f->view));
    double day_width = (width - 52) / 7.0;

    g_assert_cmpint ((int) ((point.x - 52) / day_width), ==, 2);
    /* The point is the button's content corner: within its padding of the slot's top. */
    g_assert_cmpfloat_with_epsilon (point.y, 14.5 * SR_WEEK_VIEW_HOUR_HEIGHT, 8.0);
  }
  g_assert_true (gtk_widget_has_css_class (item, "network-meeting"));
  g_assert_true (gtk_widget_has_css_class (item, "planned"));

  /* Dropping it after a drag moves it in the store. */
  {
    g_autoptr(GDateTime) moved = g_date_time_new_local (2026, 10, 16, 9, 15, 0);
    g_autoptr(SrMeeting) reread = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *text = NULL;

    g_signal_emit_by_name (sr_calendar_view_get_week_view (f->view), "item-moved",
                           sr_record_get_id (SR_RECORD (meeting)), moved);
    reread = sr_store_get_meeting (f->store, sr_record_get_id (SR_RECORD (meeting)), &error);
    text = local_text (sr_meeting_get_start (reread));
    g_assert_cmpstr (text, ==, "2026-10-16 09:15");
  }

  /* A click on a free half hour opens a new meeting there. */
  {
    g_autoptr(GDateTime) slot = g_date_time_new_local (2026, 10, 15, 13, 30, 0);
    GList *toplevels;
    GtkWidget *slot_dialog = NULL;

    g_signal_emit_by_name (sr_calendar_view_get_week_view (f->view), "slot-activated", slot);
    toplevels = gtk_window_list_toplevels ();
    for (GList *l = toplevels; l != NULL; l = l->next)
      if (SR_IS_MEETING_DIALOG (l->data) && sr_meeting_dialog_get_meeting (l->data) == NULL)
        slot_dialog = l->data;
    g_list_free (toplevels);
    g_assert_nonnull (slot_dialog);
    g_assert_cmpstr (sr_date_row_get_date (SR_DATE_ROW (child (slot_dialog, "date_row"))), ==, "2026-10-15");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (slot_dialog, "time_row"))), ==, "13:30");
    /* No client yet: nothing can be saved. */
    g_assert_false (gtk_widget_get_sensitive (child (slot_dialog, "save_button")));
  }
}

static GPtrArray *
make_series (Fixture *f)
{
  g_autoptr(GListModel) meetings = NULL;
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *dialog;

  dialog = sr_calendar_view_new_meeting (f->view, NULL, f->client);
  fill_time (dialog, "2026-10-13", "10", 60);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (child (dialog, "repeat_row")), TRUE);
  sr_date_row_set_date (SR_DATE_ROW (child (dialog, "until_row")), "2026-11-10");
  g_assert_true (sr_meeting_dialog_save (SR_MEETING_DIALOG (dialog)));
  gui_test_settle (50);

  meetings = all_meetings (f);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    g_ptr_array_add (result, g_list_model_get_item (meetings, i));
  return result;
}

/* A weekly series keeps 10:00 local time across the DST change. */
static void
test_series_dst (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) series = make_series (f);
  const char *expected_utc[] = {
    "2026-10-13T07:00Z", "2026-10-20T07:00Z", "2026-10-27T08:00Z",
    "2026-11-03T08:00Z", "2026-11-10T08:00Z",
  };

  g_assert_cmpuint (series->len, ==, G_N_ELEMENTS (expected_utc));
  for (guint i = 0; i < series->len; i++)
    {
      GDateTime *start = sr_meeting_get_start (g_ptr_array_index (series, i));
      g_autofree char *local = local_text (start);
      g_autofree char *utc = utc_text (start);

      g_assert_true (g_str_has_suffix (local, " 10:00"));
      g_assert_cmpstr (utc, ==, expected_utc[i]);
      g_assert_cmpstr (sr_record_get_string (g_ptr_array_index (series, i), "period-id"), ==,
                       sr_record_get_id (SR_RECORD (f->period)));
    }
}

static void
edit_time (Fixture    *f,
           SrMeeting  *meeting,
           const char *time,
           const char *response)
{
  g_autoptr(GError) error = NULL;
  SrMeetingDialog *dialog = sr_meeting_dialog_open (f->window, f->context,
                                                    sr_record_get_id (SR_RECORD (meeting)), &error);
  AdwMessageDialog *question;

  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "time_row")), time);
  /* A series asks first: nothing is saved yet. */
  g_assert_false (sr_meeting_dialog_save (dialog));
  question = find_message_dialog ();
  g_assert_nonnull (question);
  adw_message_dialog_response (question, response);
  gui_test_settle (50);
}

static void
assert_times (Fixture    *f,
              const char *expected[])
{
  g_autoptr(GListModel) meetings = all_meetings (f);

  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(SrMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *local = local_text (sr_meeting_get_start (meeting));

      g_assert_cmpstr (local, ==, expected[i]);
    }
}

/* Editing one occurrence leaves the others. */
static void
test_edit_one (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) series = make_series (f);
  const char *expected[] = {
    "2026-10-13 10:00", "2026-10-20 10:00", "2026-10-27 12:00", "2026-11-03 10:00",
    "2026-11-10 10:00",
  };

  edit_time (f, g_ptr_array_index (series, 2), "12:00", "one");
  assert_times (f, expected);
}

/* "All following" changes exactly the later meetings of the series. */
static void
test_edit_following (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) series = make_series (f);
  g_autoptr(SrClient) other = add_client (f->store, "Bertil", "Berg");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) other_start = g_date_time_new_local (2026, 11, 3, 10, 0, 0);
  g_autoptr(SrMeeting) other_meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (other)),
                                                       other_start, 60);
  const char *expected[] = {
    "2026-10-13 10:00", "2026-10-20 11:15", "2026-10-27 11:15", "2026-11-03 11:15",
    "2026-11-10 11:15",
  };
  g_autoptr(SrMeeting) reread = NULL;
  g_autofree char *other_time = NULL;

  /* Another client's meeting in the same slot is not part of the series. */
  g_object_set (other_meeting, "worker-id", sr_record_get_id (SR_RECORD (f->worker)), NULL);
  g_assert_true (sr_store_save_meeting (f->store, other_meeting, &error));

  edit_time (f, g_ptr_array_index (series, 1), "11.15", "following");

  {
    g_autoptr(GListModel) meetings = NULL;
    g_autoptr(GDateTime) from = g_date_time_new_local (2026, 1, 1, 0, 0, 0);
    g_autoptr(GDateTime) to = g_date_time_new_local (2027, 12, 31, 0, 0, 0);
    guint n = 0;

    meetings = sr_store_list_meetings (f->store, NULL, from, to);
    for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
      {
        g_autoptr(SrMeeting) meeting = g_list_model_get_item (meetings, i);
        g_autofree char *local = NULL;

        if (g_strcmp0 (sr_record_get_string (SR_RECORD (meeting), "client-id"),
                       sr_record_get_id (SR_RECORD (f->client))) != 0)
          continue;
        local = local_text (sr_meeting_get_start (meeting));
        g_assert_cmpstr (local, ==, expected[n++]);
      }
    g_assert_cmpuint (n, ==, 5);
  }

  reread = sr_store_get_meeting (f->store, sr_record_get_id (SR_RECORD (other_meeting)), &error);
  other_time = local_text (sr_meeting_get_start (reread));
  g_assert_cmpstr (other_time, ==, "2026-11-03 10:00");
}

/* Delete in the dialog removes that meeting only, after the question; the
 * rest of its series stays as it was. */
static void
test_delete_one (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) series = make_series (f);
  g_autoptr(GError) error = NULL;
  const char *deleted_id = sr_record_get_id (g_ptr_array_index (series, 2));
  g_autoptr(SrMeeting) gone = NULL;
  const char *expected[] = {
    "2026-10-13 10:00", "2026-10-20 10:00", "2026-11-03 10:00", "2026-11-10 10:00",
  };
  SrMeetingDialog *dialog;
  AdwMessageDialog *question;
  GListModel *meetings;

  dialog = sr_meeting_dialog_open (f->window, f->context, deleted_id, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_get_visible (child (dialog, "delete_button")));

  /* Cancelling the question deletes nothing. */
  g_signal_emit_by_name (child (dialog, "delete_button"), "clicked");
  question = find_message_dialog ();
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "cancel");
  gui_test_settle (50);
  meetings = all_meetings (f);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 5);
  g_object_unref (meetings);
  g_assert_nonnull (dialog);

  g_signal_emit_by_name (child (dialog, "delete_button"), "clicked");
  question = find_message_dialog ();
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "delete");
  gui_test_settle (50);

  /* The dialog closes; the meeting is gone, the later ones are not. */
  g_assert_null (dialog);
  gone = sr_store_get_meeting (f->store, deleted_id, &error);
  g_assert_null (gone);
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND);
  meetings = all_meetings (f);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(SrMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *local = local_text (sr_meeting_get_start (meeting));

      g_assert_cmpstr (local, ==, expected[i]);
    }
  g_object_unref (meetings);
}

/* A new series ends by default where the client's period is planned to
 * end; a client without a period gets eight weeks. */
static void
test_series_default_end (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SrClient) other = add_client (f->store, "Bertil", "Berg");
  GtkWidget *dialog;

  dialog = sr_calendar_view_new_meeting (f->view, NULL, NULL);
  fill_time (dialog, "2026-10-13", "10", 60);
  sr_meeting_dialog_set_client (SR_MEETING_DIALOG (dialog), f->client);
  g_assert_cmpstr (sr_date_row_get_date (SR_DATE_ROW (child (dialog, "until_row"))), ==, "2026-11-30");

  /* A date typed for the same period stays. */
  sr_date_row_set_date (SR_DATE_ROW (child (dialog, "until_row")), "2026-11-10");
  fill_time (dialog, "2026-10-14", "10", 60);
  g_assert_cmpstr (sr_date_row_get_date (SR_DATE_ROW (child (dialog, "until_row"))), ==, "2026-11-10");
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = sr_calendar_view_new_meeting (f->view, NULL, NULL);
  fill_time (dialog, "2026-10-13", "10", 60);
  sr_meeting_dialog_set_client (SR_MEETING_DIALOG (dialog), other);
  g_assert_cmpstr (sr_date_row_get_date (SR_DATE_ROW (child (dialog, "until_row"))), ==, "2026-12-08");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Marking held and writing notes in the dialog. */
static void
test_mark_held (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 10, 14, 9, 0, 0);
  g_autoptr(SrMeeting) meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (f->client)), start, 60);
  g_autoptr(SrMeeting) reread = NULL;
  SrMeetingDialog *dialog;
  GtkTextBuffer *buffer;
  int status;

  g_assert_true (sr_store_save_meeting (f->store, meeting, &error));
  dialog = sr_meeting_dialog_open (f->window, f->context, sr_record_get_id (SR_RECORD (meeting)), &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  /* The dialog's choices read as the calendar and the client page write a status. */
  for (SrMeetingStatus s = SR_MEETING_STATUS_PLANNED; s <= SR_MEETING_STATUS_NO_SHOW; s++)
    {
      SrCalendarEntry entry = { .id = (char *) "m", .start = start, .duration = 60, .status = s };
      g_autoptr(SrCalendarItem) item = sr_calendar_item_new (&entry);
      GtkStringObject *shown;

      adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, "status_row")), s);
      shown = adw_combo_row_get_selected_item (ADW_COMBO_ROW (child (dialog, "status_row")));
      g_assert_cmpstr (gtk_string_object_get_string (shown), ==, sr_meeting_status_get_label (s));
      g_assert_cmpstr (sr_calendar_item_status_label (item), ==, sr_meeting_status_get_label (s));
    }
  g_assert_cmpstr (sr_meeting_status_get_label (SR_MEETING_STATUS_NO_SHOW), ==, "No-show");
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, "status_row")), SR_MEETING_STATUS_HELD);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (dialog, "notes_view")));
  gtk_text_buffer_set_text (buffer, "Käytiin kirjastossa.", -1);
  g_assert_true (sr_meeting_dialog_save (dialog));

  reread = sr_store_get_meeting (f->store, sr_record_get_id (SR_RECORD (meeting)), &error);
  g_object_get (reread, "status", &status, NULL);
  g_assert_cmpint (status, ==, SR_MEETING_STATUS_HELD);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (reread), "notes"), ==, "Käytiin kirjastossa.");
}

static gboolean
more_button_shown (gpointer data)
{
  Fixture *f = data;

  return sr_month_view_get_more_button (SR_MONTH_VIEW (sr_calendar_view_get_month_view (f->view)),
                                        "2026-10-14") != NULL;
}

static gboolean
panel_count_is (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (sr_cadence_panel_get_clients (args[0])) == GPOINTER_TO_UINT (args[1]);
}

/* The cadence panel lists exactly the clients the core rule flags, and a
 * client leaves it once a meeting is planned from the panel. */
static void
test_cadence_panel (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) clients = g_ptr_array_new_with_free_func (g_object_unref);
  SrCadencePanel *panel = SR_CADENCE_PANEL (sr_calendar_view_get_cadence_panel (f->view));
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  struct
  {
    const char *name;
    gboolean    period;
    int         days;     /* a meeting this many days from now; 0: none */
    int         status;
  } cases[] = {
    { "Held2DaysAgo", TRUE, -2, SR_MEETING_STATUS_HELD },
    { "Held9DaysAgo", TRUE, -9, SR_MEETING_STATUS_HELD },
    { "Planned6Days", TRUE, 6, SR_MEETING_STATUS_PLANNED },
    { "Planned9Days", TRUE, 9, SR_MEETING_STATUS_PLANNED },
    { "NoShow1DayAgo", TRUE, -1, SR_MEETING_STATUS_NO_SHOW },
    { "NoMeetings", TRUE, 0, 0 },
    { "NoPeriod", FALSE, 0, 0 },
  };
  GListModel *listed;
  gpointer args[2];
  GtkWidget *dialog;
  SrClient *to_plan = NULL;

  /* The fixture's client has an active period and no meetings. */
  g_ptr_array_add (clients, g_object_ref (f->client));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      SrClient *client = add_client (f->store, "Testi", cases[i].name);

      g_ptr_array_add (clients, client);
      if (cases[i].period)
        {
          g_autofree char *start = g_date_time_format (now, "%Y-%m-01");
          g_autoptr(GDateTime) later = g_date_time_add_months (now, 6);
          g_autofree char *end = g_date_time_format (later, "%Y-%m-%d");
          g_autoptr(GDateTime) earlier = g_date_time_add_months (now, -1);
          g_autofree char *begin = g_date_time_format (earlier, "%Y-%m-%d");

          g_object_unref (add_period (f->store, client, begin, end));
        }
      if (cases[i].days != 0)
        {
          g_autoptr(GDateTime) start = g_date_time_add_days (now, cases[i].days);
          g_autoptr(SrMeeting) meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (client)), start, 60);

          g_object_set (meeting, "status", cases[i].status, NULL);
          g_assert_true (sr_store_save_meeting (f->store, meeting, &error));
        }
    }

  /* What the core rule says, client by client. */
  for (guint i = 0; i < clients->len; i++)
    {
      SrClient *client = g_ptr_array_index (clients, i);
      g_autoptr(GListModel) periods = sr_store_list_periods (f->store, sr_record_get_id (SR_RECORD (client)));
      g_autoptr(GListModel) meetings = sr_store_list_client_meetings (f->store, sr_record_get_id (SR_RECORD (client)));
      g_autoptr(GDateTime) last = NULL;
      g_autoptr(GDateTime) next = NULL;

      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          g_autoptr(SrMeeting) meeting = g_list_model_get_item (meetings, j);
          GDateTime *start = sr_meeting_get_start (meeting);
          int status;

          g_object_get (meeting, "status", &status, NULL);
          if (g_date_time_compare (start, now) <= 0
              && (status == SR_MEETING_STATUS_HELD || status == SR_MEETING_STATUS_PLANNED)
              && (last == NULL || g_date_time_compare (start, last) > 0))
            {
              g_clear_pointer (&last, g_date_time_unref);
              last = g_date_time_ref (start);
            }
          if (g_date_time_compare (start, now) > 0 && status == SR_MEETING_STATUS_PLANNED
              && (next == NULL || g_date_time_compare (start, next) < 0))
            {
              g_clear_pointer (&next, g_date_time_unref);
              next = g_date_time_ref (start);
            }
        }
      if (sr_rules_cadence_flagged (g_list_model_get_n_items (periods) > 0, last, next, now))
        g_hash_table_add (expected, (gpointer) sr_record_get_id (SR_RECORD (client)));
    }
  /* Sanity: the rule flags the fixture's client, 9 days ago, 9 days ahead, no-show, none. */
  g_assert_cmpuint (g_hash_table_size (expected), ==, 5);

  sr_cadence_panel_refresh (panel);
  listed = sr_cadence_panel_get_clients (panel);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, g_hash_table_size (expected));
  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(SrClient) client = g_list_model_get_item (listed, i);

      g_assert_true (g_hash_table_contains (expected, sr_record_get_id (SR_RECORD (client))));
      if (g_str_equal (sr_client_get_last_name (client), "NoMeetings"))
        to_plan = client;
    }
  g_assert_nonnull (to_plan);

  /* The panel's Plan Meeting opens the dialog with the client chosen. */
  g_signal_emit_by_name (panel, "plan-meeting", to_plan);
  gui_test_settle (50);
  {
    GList *toplevels = gtk_window_list_toplevels ();

    dialog = NULL;
    for (GList *l = toplevels; l != NULL; l = l->next)
      if (SR_IS_MEETING_DIALOG (l->data))
        dialog = l->data;
    g_list_free (toplevels);
  }
  g_assert_nonnull (dialog);
  {
    g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
    g_autofree char *day = g_date_time_format (tomorrow, "%Y-%m-%d");

    fill_time (dialog, day, "13:00", 60);
  }
  g_assert_true (sr_meeting_dialog_save (SR_MEETING_DIALOG (dialog)));

  args[0] = panel;
  args[1] = GUINT_TO_POINTER (g_hash_table_size (expected) - 1);
  g_assert_true (gui_test_wait_for (panel_count_is, args, 2000));
  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(SrClient) client = g_list_model_get_item (listed, i);

      g_assert_cmpstr (sr_client_get_last_name (client), !=, "NoMeetings");
    }
}

/* The month view counts a busy day into "+N more"; sessions show with their kind. */
static void
test_month_view (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrGroup) group = sr_group_new ("Torstairyhmä");
  g_autoptr(GDateTime) session_start = g_date_time_new_local (2026, 10, 15, 13, 0, 0);
  g_autoptr(SrSession) session = NULL;
  g_autofree char *first_id = NULL;
  GtkWidget *more;
  GtkWidget *label;

  g_object_set (group, "leader-ids", (const char * const[]) { sr_record_get_id (SR_RECORD (f->worker)), NULL },
                NULL);
  g_assert_true (sr_store_save_group (f->store, group, &error));
  session = sr_session_new (sr_record_get_id (SR_RECORD (group)), session_start);
  g_assert_true (sr_store_save_session (f->store, session, &error));

  for (int i = 0; i < 7; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_local (2026, 10, 14, 8 + i, 0, 0);
      g_autoptr(SrMeeting) meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (f->client)), start, 45);

      g_object_set (meeting, "worker-id", sr_record_get_id (SR_RECORD (f->worker)), NULL);
      g_assert_true (sr_store_save_meeting (f->store, meeting, &error));
      if (first_id == NULL)
        first_id = g_strdup (sr_record_get_id (SR_RECORD (meeting)));
    }

  sr_calendar_view_set_mode (f->view, "month");
  sr_calendar_view_set_date (f->view, "2026-10-20");
  g_assert_true (gui_test_wait_for (more_button_shown, f, 5000));

  more = sr_month_view_get_more_button (SR_MONTH_VIEW (sr_calendar_view_get_month_view (f->view)),
                                        "2026-10-14");
  g_assert_nonnull (more);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (more)), ==, "+5 more");
  g_assert_null (sr_month_view_get_more_button (SR_MONTH_VIEW (sr_calendar_view_get_month_view (f->view)),
                                                "2026-10-15"));

  /* "+N more" opens that day. */
  g_signal_emit_by_name (more, "clicked");
  g_assert_cmpstr (sr_calendar_view_get_date (f->view), ==, "2026-10-14");
  g_assert_cmpstr (sr_calendar_view_get_mode (f->view), ==, "week");

  /* The worker leads the group: the session is in their week, as a session. */
  g_assert_true (wait_week_item (f, sr_record_get_id (SR_RECORD (session)), TRUE));
  label = week_item (f, sr_record_get_id (SR_RECORD (session)));
  g_assert_true (gtk_widget_has_css_class (label, "session"));

  /* The kind filter leaves sessions out; the meetings stay. */
  g_object_set (f->view, "kind-filter", "meetings", NULL);
  g_assert_true (wait_week_item (f, sr_record_get_id (SR_RECORD (session)), FALSE));
  g_assert_nonnull (week_item (f, first_id));

  /* For measurements, flush reads the range at once. */
  g_object_set (f->view, "kind-filter", "all", NULL);
  sr_calendar_view_flush (f->view);
  g_assert_nonnull (week_item (f, sr_record_get_id (SR_RECORD (session))));
}

static SrMeeting *
add_meeting (Fixture    *f,
             const char *worker_id,
             int         day,
             int         hour,
             int         minute)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 10, day, hour, minute, 0);
  SrMeeting *meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (f->client)), start, 30);

  g_object_set (meeting, "worker-id", worker_id, NULL);
  g_assert_true (sr_store_save_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  return meeting;
}

static gboolean
agenda_has_item (Fixture    *f,
                 const char *id)
{
  GtkWidget *list = sr_calendar_view_get_agenda_list (f->view);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      SrCalendarItem *item = g_object_get_data (G_OBJECT (row), "item");

      if (item != NULL && g_strcmp0 (item->id, id) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The week stays on screen while the next is read, and only the latest read
 * is shown: a result for a filter already left is dropped even when it
 * comes back after the newer one. */
static void
test_latest_read (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) other = sr_worker_new ("Olli Ohjaaja");
  g_autoptr(SrWorker) third = sr_worker_new ("Tuula Tiimi");
  g_autoptr(SrMeeting) mine = NULL;
  g_autoptr(SrMeeting) thirds = NULL;
  g_autofree char *theirs_id = NULL;
  WeekItem theirs_shown = { f, NULL, TRUE };

  g_assert_true (sr_store_save_worker (f->store, other, &error));
  g_assert_true (sr_store_save_worker (f->store, third, &error));
  mine = add_meeting (f, sr_record_get_id (SR_RECORD (f->worker)), 14, 9, 0);
  thirds = add_meeting (f, sr_record_get_id (SR_RECORD (third)), 15, 11, 0);

  /* Another worker's busy week makes everyone's week much longer to read
   * than one worker's. */
  g_assert_true (sr_store_begin_batch (f->store, &error));
  for (int i = 0; i < 2000; i++)
    {
      g_autoptr(SrMeeting) meeting = add_meeting (f, sr_record_get_id (SR_RECORD (other)), 12 + i % 7,
                                                  8 + (i / 7) % 10, (i / 70) % 60);

      if (theirs_id == NULL)
        theirs_id = g_strdup (sr_record_get_id (SR_RECORD (meeting)));
    }
  g_assert_true (sr_store_commit_batch (f->store, &error));
  g_assert_no_error (error);
  theirs_shown.id = theirs_id;

  sr_calendar_view_set_mode (f->view, "week");
  sr_calendar_view_set_date (f->view, "2026-10-14");
  g_assert_true (wait_week_item (f, sr_record_get_id (SR_RECORD (mine)), TRUE));
  g_assert_null (week_item (f, theirs_id));

  /* Everyone's week is asked for: until it is read, mine stays on screen
   * (no empty flash in between). */
  g_object_set (f->view, "worker-filter", "all", NULL);
  g_assert_nonnull (week_item (f, sr_record_get_id (SR_RECORD (mine))));
  g_assert_null (week_item (f, theirs_id));

  /* Before it is read, the third worker's week is asked for: it comes back
   * first, and everyone's week, read or not, is never shown after it. */
  g_object_set (f->view, "worker-filter", sr_record_get_id (SR_RECORD (third)), NULL);
  g_assert_true (wait_week_item (f, sr_record_get_id (SR_RECORD (thirds)), TRUE));
  g_assert_null (week_item (f, sr_record_get_id (SR_RECORD (mine))));
  g_assert_false (gui_test_wait_for (week_item_is, &theirs_shown, 500));
  g_assert_nonnull (week_item (f, sr_record_get_id (SR_RECORD (thirds))));
  g_assert_null (week_item (f, sr_record_get_id (SR_RECORD (mine))));

  /* The agenda shows the same week: at once, while it is read again. */
  sr_calendar_view_set_mode (f->view, "agenda");
  g_assert_true (agenda_has_item (f, sr_record_get_id (SR_RECORD (thirds))));
  g_assert_false (agenda_has_item (f, sr_record_get_id (SR_RECORD (mine))));
}

/* Today, previous and next, by week, by month and by day. */
static void
test_navigation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  sr_calendar_view_set_mode (f->view, "week");
  sr_calendar_view_set_date (f->view, "2026-10-14");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.next", NULL));
  g_assert_cmpstr (sr_calendar_view_get_date (f->view), ==, "2026-10-21");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.previous-day", NULL));
  g_assert_cmpstr (sr_calendar_view_get_date (f->view), ==, "2026-10-20");

  sr_calendar_view_set_mode (f->view, "month");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.previous", NULL));
  g_assert_cmpstr (sr_calendar_view_get_date (f->view), ==, "2026-09-01");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.today", NULL));
  g_assert_cmpstr (sr_calendar_view_get_date (f->view), ==, today);

  /* The mode is a stateful action for the buttons and the menu. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.mode", "s", "agenda"));
  g_assert_cmpstr (sr_calendar_view_get_mode (f->view), ==, "agenda");
}

/* view.show('ID') goes to the meeting's day and opens it. */
static void
test_view_show (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_local (2027, 2, 3, 9, 0, 0);
  g_autoptr(SrMeeting) meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (f->client)), start, 60);
  GList *toplevels;
  gboolean opened = FALSE;

  g_assert_true (sr_store_save_meeting (f->store, meeting, &error));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.show", "s",
                                             sr_record_get_id (SR_RECORD (meeting))));
  g_assert_cmpstr (sr_calendar_view_get_date (f->view), ==, "2027-02-03");

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (SR_IS_MEETING_DIALOG (l->data))
      opened |= g_strcmp0 (sr_record_get_id (SR_RECORD (sr_meeting_dialog_get_meeting (l->data))),
                           sr_record_get_id (SR_RECORD (meeting))) == 0;
  g_list_free (toplevels);
  g_assert_true (opened);
}

/* The export leaves names and notes out and logs a disclosure. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, 2);
  g_autoptr(SrMeeting) meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (f->client)), start, 60);
  g_autofree char *path = g_build_filename (f->dir, "meetings.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) log = NULL;
  g_autofree char *text = NULL;
  GStatBuf st;
  guint n = 0;

  g_object_set (meeting, "worker-id", sr_record_get_id (SR_RECORD (f->worker)), "notes", "Salaista", NULL);
  g_assert_true (sr_store_save_meeting (f->store, meeting, &error));

  g_assert_true (sr_calendar_view_export (f->view, file, FALSE, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_nonnull (strstr (text, "BEGIN:VEVENT"));
  g_assert_null (strstr (text, "Aaltonen"));
  g_assert_null (strstr (text, "Salaista"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  log = sr_store_list_audit (f->store, sr_record_get_id (SR_RECORD (f->client)), SR_AUDIT_LOG_DISCLOSURE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 1);
}


static gboolean
menu_has_items (gpointer user_data)
{
  gpointer *data = user_data;

  return g_menu_model_get_n_items (G_MENU_MODEL (data[0])) == GPOINTER_TO_INT (data[1]);
}

/* The "Other Worker" menu is filled when it opens, not at every start: a county's database has
 * thousands of workers. */
static void
test_worker_menu (Fixture       *f,
                  gconstpointer  data)
{
  GMenu *submenu = G_MENU (gtk_widget_get_template_child (GTK_WIDGET (f->view), SR_TYPE_CALENDAR_VIEW,
                                                          "workers_submenu"));
  GtkMenuButton *button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (f->view),
                                                                          SR_TYPE_CALENDAR_VIEW,
                                                                          "menu_button"));
  g_autoptr(SrWorker) other = sr_worker_new ("Olli Ohjaaja");
  g_autoptr(GError) error = NULL;
  gpointer wait[2] = { submenu, GINT_TO_POINTER (2) };

  g_assert_true (sr_store_save_worker (f->store, other, &error));
  g_assert_no_error (error);
  gui_test_settle (50);
  g_assert_cmpint (g_menu_model_get_n_items (G_MENU_MODEL (submenu)), ==, 0);

  gtk_menu_button_popup (button);
  g_assert_true (gui_test_wait_for (menu_has_items, wait, 2000));
  gtk_menu_button_popdown (button);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;

  /* Finland's time, before anything makes a GTimeZone. */
  g_setenv ("TZ", "Europe/Helsinki", TRUE);
  home = gui_test_isolate_environment ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/calendar/new-meeting", test_new_meeting);
  ADD ("/calendar/series-dst", test_series_dst);
  ADD ("/calendar/edit-one", test_edit_one);
  ADD ("/calendar/edit-following", test_edit_following);
  ADD ("/calendar/delete-one", test_delete_one);
  ADD ("/calendar/series-default-end", test_series_default_end);
  ADD ("/calendar/mark-held", test_mark_held);
  ADD ("/calendar/cadence-panel", test_cadence_panel);
  ADD ("/calendar/month-view", test_month_view);
  ADD ("/calendar/latest-read", test_latest_read);
  ADD ("/calendar/navigation", test_navigation);
  ADD ("/calendar/view-show", test_view_show);
  ADD ("/calendar/export", test_export);
  ADD ("/calendar/worker-menu", test_worker_menu);
#undef ADD

  {
    int ret = g_test_run ();

    gui_test_remove_tree (home);
    return ret;
  }
}
