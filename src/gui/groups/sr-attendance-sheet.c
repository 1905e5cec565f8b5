/* sr-attendance-sheet.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-attendance-sheet"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sr-attendance-sheet.h"
#include "sr-attendance-table.h"
#include "sr-format.h"
#include "sr-group.h"
#include "sr-labels.h"
#include "sr-toast.h"

struct _SrAttendanceSheet
{
  GtkWidget          parent_instance;

  SrStore           *store;
  SrAttendanceTable *table;
  gulong             table_changed_id;

  /* Undo of the last change: what the cells held before. */
  GArray            *undo_cells;
  AdwToast          *undo_toast;

  /* Template widgets */
  GtkRevealer       *unrecorded_revealer;
  GtkLabel          *unrecorded_label;
  GtkLabel          *session_label;
  GtkLabel          *session_sublabel;
  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  SrAttendanceGrid  *grid;
  AdwStatusPage     *empty_page;
  GtkLabel          *legend_label;
  GtkLabel          *summary_label;
};

G_DEFINE_FINAL_TYPE (SrAttendanceSheet, sr_attendance_sheet, GTK_TYPE_WIDGET)

enum {
  EDIT_SESSION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


static void
show_message (SrAttendanceSheet *self,
              const char        *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  sr_widget_add_toast (GTK_WIDGET (self), toast);
}

static void
update_actions (SrAttendanceSheet *self)
{
  guint member, session;
  gboolean has_session = self->table != NULL && sr_attendance_grid_get_cursor (self->grid, &member, &session);
  guint n_sessions = self->table != NULL ? sr_attendance_table_get_n_sessions (self->table) : 0;
  gboolean any_session = n_sessions > 0;
  gboolean cancelled = FALSE;

  if (any_session)
    {
      sr_attendance_grid_get_cursor (self->grid, &member, &session);
      cancelled = sr_attendance_table_session_cancelled (self->table, session);
    }
  else
    {
      session = 0;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.all-present", has_session && !cancelled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.previous-session", any_session && session > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.next-session", any_session && session + 1 < n_sessions);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.session-details", any_session);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.export", has_session);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.print", has_session && !cancelled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.undo", self->undo_cells != NULL);
}

static void
update_session_label (SrAttendanceSheet *self)
{
  SrSession *session = sr_attendance_sheet_get_session (self);
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *when = NULL;
  g_autofree char *topic = NULL;
  g_autofree char *sub = NULL;
  SrAttendanceRate rate;
  guint index;

  if (session == NULL)
    {
      gtk_label_set_text (self->session_label, "");
      gtk_label_set_text (self->session_sublabel, "");
      return;
    }

  sr_attendance_grid_get_cursor (self->grid, NULL, &index);
  g_object_get (session, "start", &start, "topic", &topic, NULL);
  when = sr_format_date_time (start);
  gtk_label_set_text (self->session_label, when);

  sr_attendance_table_session_rate (self->table, index, &rate);
  if (sr_attendance_table_session_cancelled (self->table, index))
    sub = g_strdup (sr_session_status_get_label (SR_SESSION_STATUS_CANCELLED));
  else
    /* Translators: under a session's time: "8 present of 10 · 2 not recorded" */
    sub = g_strdup_printf (_("%u present of %u · %u not recorded"),
                           rate.present + rate.partly,
                           rate.sessions_counted + rate.unrecorded,
                           rate.unrecorded);
  if (topic != NULL && *topic != '\0')
    {
      char *with_topic = g_strdup_printf ("%s · %s", topic, sub);

      g_free (sub);
      sub = with_topic;
    }
  gtk_label_set_text (self->session_sublabel, sub);
}

static void
update_summary (SrAttendanceSheet *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *rate_text = NULL;
  g_autofree char *feedback_text = NULL;
  g_autofree char *unrecorded_text = NULL;
  SrAttendanceRate rate;
  guint count = 0, unrecorded;
  double average = 0;

  if (self->table == NULL)
    return;

  sr_attendance_table_group_rate (self->table, &rate);
  if (rate.has_rate)
    /* Translators: the whole group's attendance rate, e.g. "Group attendance 78 %" */
    rate_text = g_strdup_printf (_("Group attendance %d %%"), (int) (rate.rate * 100 + 0.5));
  else
    rate_text = g_strdup (_("No attendance recorded yet"));

  if (!sr_group_feedback_summary (self->store, sr_attendance_table_get_group_id (self->table),
                                  NULL, &count, &average, &error))
    feedback_text = g_strdup (error->message);
  else if (count == 0)
    feedback_text = g_strdup (_("no feedback yet"));
  else
    /* Translators: average rating of a group's session feedback, e.g. "feedback 4.2 / 5 from 12" */
    feedback_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "feedback %.1f / 5 from %u rating",
                                                  "feedback %.1f / 5 from %u ratings", count),
                                     average, count);

  {
    g_autofree char *text = g_strdup_printf ("%s · %s · %s", rate_text, feedback_text,
                                             _("sessions not recorded are left out of rates"));
    gtk_label_set_text (self->summary_label, text);
  }

  unrecorded = sr_attendance_table_count_unrecorded (self->table, now, NULL);
  if (unrecorded > 0)
    {
      unrecorded_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u past session has attendance not recorded.",
                                                      "%u past sessions have attendance not recorded.",
                                                      unrecorded),
                                         unrecorded);
      gtk_label_set_text (self->unrecorded_label, unrecorded_text);
    }
  gtk_revealer_set_reveal_child (self->unrecorded_revealer, unrecorded > 0);
}

static void
update_empty (SrAttendanceSheet *self)
{
  guint members = self->table != NULL ? sr_attendance_table_get_n_members (self->table) : 0;
  guint sessions = self->table != NULL ? sr_attendance_table_get_n_sessions (self->table) : 0;

  if (sessions == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Sessions"));
      adw_status_page_set_description (self->empty_page,
                                       _("Plan the sessions from the group’s weekly schedule, or add one, on the Sessions page."));
    }
  else if (members == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Members"));
      adw_status_page_set_description (self->empty_page, _("Add members on the Members page."));
    }
  gtk_stack_set_visible_child_name (self->stack, sessions > 0 && members > 0 ? "grid" : "empty");
}

static void
on_table_changed_cb (SrAttendanceTable *table,
                     SrAttendanceSheet *self)
{
  update_empty (self);
  update_session_label (self);
  update_summary (self);
  update_actions (self);
}

static void
on_grid_cursor_moved_cb (SrAttendanceGrid  *grid,
                         SrAttendanceSheet *self)
{
  update_session_label (self);
  update_actions (self);
}

static void
on_undo_toast_dismissed_cb (AdwToast          *toast,
                            SrAttendanceSheet *self)
{
  if (self->undo_toast == toast)
    g_clear_object (&self->undo_toast);
}

static void
undo (SrAttendanceSheet *self)
{
  g_autoptr(GArray) cells = g_steal_pointer (&self->undo_cells);
  g_autoptr(GError) error = NULL;

  /* The toast stays until it times out; it says what happened and loses its button.
   * (Dismissing toasts by hand while others come and go crashes libadwaita 1.2.) */
  if (self->undo_toast != NULL)
    {
      adw_toast_set_title (self->undo_toast, _("Change undone"));
      adw_toast_set_button_label (self->undo_toast, NULL);
    }
  update_actions (self);

  if (cells == NULL || self->table == NULL)
    return;

  if (!sr_attendance_table_set_cells (self->table, (SrAttendanceCell *) cells->data, cells->len,
                                      NULL, &error))
    show_message (self, error->message);
  else if (cells->len > 0)
    sr_attendance_grid_set_cursor (self->grid,
                                   g_array_index (cells, SrAttendanceCell, 0).member,
                                   g_array_index (cells, SrAttendanceCell, 0).session);
}

static void
on_undo_clicked_cb (AdwToast          *toast,
                    SrAttendanceSheet *self)
{
  if (self->undo_toast == toast)
    undo (self);
}

static void
remember_undo (SrAttendanceSheet *self,
               GArray            *previous,
               const char        *message)
{
  AdwToast *toast;

  g_clear_pointer (&self->undo_cells, g_array_unref);
  if (previous != NULL)
    self->undo_cells = g_array_ref (previous);

  /* One key after another: the toast on show tells the latest change. */
  if (self->undo_toast != NULL)
    {
      adw_toast_set_title (self->undo_toast, message);
      adw_toast_set_button_label (self->undo_toast, _("_Undo"));
      update_actions (self);
      return;
    }

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 4);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self);
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self);
  self->undo_toast = g_object_ref (toast);
  sr_widget_add_toast (GTK_WIDGET (self), toast);

  update_actions (self);
}

static void
on_grid_recorded_cb (SrAttendanceGrid  *grid,
                     GArray            *previous,
                     const char        *message,
                     SrAttendanceSheet *self)
{
  remember_undo (self, previous, message);
}

static void
on_grid_failed_cb (SrAttendanceGrid  *grid,
                   const char        *message,
                   SrAttendanceSheet *self)
{
  show_message (self, message);
}

/* Actions ----------------------------------------------------------------------------------- */

static void
sr_attendance_sheet_all_present_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  SrAttendanceSheet *self = SR_ATTENDANCE_SHEET (widget);
  g_autoptr(GArray) previous = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint session;

  if (self->table == NULL || !sr_attendance_grid_get_cursor (self->grid, NULL, &session))
    return;

  if (!sr_attendance_table_all_present (self->table, session, &previous, &error))
    {
      show_message (self, error->message);
      return;
    }
  if (previous->len == 0)
    {
      show_message (self, _("Everyone in this session is already recorded."));
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u member marked present",
                                          "%u members marked present", previous->len),
                             previous->len);
  remember_undo (self, previous, message);
  gtk_widget_grab_focus (GTK_WIDGET (self->grid));
}

static void
sr_attendance_sheet_undo_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  undo (SR_ATTENDANCE_SHEET (widget));
}

static void
move_session (SrAttendanceSheet *self,
              int                delta)
{
  guint member = 0, session = 0;

  if (self->table == NULL)
    return;
  sr_attendance_grid_get_cursor (self->grid, &member, &session);
  if ((int) session + delta < 0)
    return;
  sr_attendance_grid_set_cursor (self->grid, member, session + delta);
}

static void
sr_attendance_sheet_previous_session_action (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *parameter)
{
  move_session (SR_ATTENDANCE_SHEET (widget), -1);
}

static void
sr_attendance_sheet_next_session_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  move_session (SR_ATTENDANCE_SHEET (widget), 1);
}

static void
sr_attendance_sheet_goto_unrecorded_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter)
{
  SrAttendanceSheet *self = SR_ATTENDANCE_SHEET (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int first = -1;

  if (self->table == NULL)
    return;
  if (sr_attendance_table_count_unrecorded (self->table, now, &first) == 0 || first < 0)
    return;

  /* The first member not recorded in that session. */
  for (guint m = 0; m < sr_attendance_table_get_n_members (self->table); m++)
    if (sr_attendance_table_is_member_at (self->table, m, first)
        && sr_attendance_table_get_status (self->table, m, first) == SR_ATTENDANCE_NOT_RECORDED)
      {
        sr_attendance_grid_set_cursor (self->grid, m, first);
        break;
      }
  gtk_widget_grab_focus (GTK_WIDGET (self->grid));
}

static void
sr_attendance_sheet_session_details_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter)
{
  SrAttendanceSheet *self = SR_ATTENDANCE_SHEET (widget);
  SrSession *session = sr_attendance_sheet_get_session (self);

  if (session != NULL)
    g_signal_emit (self, signals[EDIT_SESSION], 0, sr_record_get_id (SR_RECORD (session)));
}

/* Export ------------------------------------------------------------------------------------ */

static gboolean
log_disclosures (SrAttendanceSheet  *self,
                 SrAuditAction       action,
                 const char         *detail,
                 int                 session,
                 GError            **error)
{
  for (guint m = 0; m < sr_attendance_table_get_n_members (self->table); m++)
    {
      if (session >= 0 && !sr_attendance_table_is_member_at (self->table, m, session))
        continue;
      if (!sr_store_log_disclosure (self->store, sr_attendance_table_get_client_id (self->table, m),
                                    action, detail, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
sr_attendance_sheet_export_to_file (SrAttendanceSheet  *self,
                                    GFile              *file,
                                    GError            **error)
{
  g_autofree char *csv = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (SR_IS_ATTENDANCE_SHEET (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->table != NULL, FALSE);

  csv = sr_attendance_table_to_csv (self->table);
  if (!g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE,
                                G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, NULL, error))
    return FALSE;

  /* The log names the group by id only: no personal data in the detail. */
  detail = g_strdup_printf ("csv: group attendance %s", sr_attendance_table_get_group_id (self->table));
  return log_disclosures (self, SR_AUDIT_ACTION_EXPORT, detail, -1, error);
}

static void
on_export_response_cb (GtkNativeDialog   *dialog,
                       int                response,
                       SrAttendanceSheet *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (!sr_attendance_sheet_export_to_file (self, file, &error))
        show_message (self, error->message);
      else
        show_message (self, _("Attendance exported"));
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
sr_attendance_sheet_export_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  SrAttendanceSheet *self = SR_ATTENDANCE_SHEET (widget);
  GtkNative *native = gtk_widget_get_native (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = NULL;

  if (self->table == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Attendance"),
                                         GTK_IS_WINDOW (native) ? GTK_WINDOW (native) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: file name of an attendance export; keep it a file name */
  name = g_date_time_format (now, _("attendance-%Y-%m-%d.csv"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Printing: a paper sign-in sheet for one session --------------------------------------------- */

typedef struct
{
  SrAttendanceSheet *self;
  GPtrArray         *names;
  char              *title;
  char              *subtitle;
  int                rows_per_page;
  guint              session;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_object_unref (job->self);
  g_ptr_array_unref (job->names);
  g_free (job->title);
  g_free (job->subtitle);
  g_free (job);
}

#define PRINT_ROW_H 26.0
#define PRINT_HEAD_H 90.0

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  double height = gtk_print_context_get_height (context);
  int rows = MAX (1, (int) ((height - PRINT_HEAD_H) / PRINT_ROW_H) - 1);
  int pages = MAX (1, ((int) job->names->len + rows - 1) / rows);

  job->rows_per_page = rows;
  gtk_print_operation_set_n_pages (operation, pages);
}

static void
print_text (cairo_t     *cr,
            PangoLayout *layout,
            const char  *text,
            double       x,
            double       y,
            double       width)
{
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  g_autoptr(PangoLayout) layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) title_font = pango_font_description_from_string ("Sans Bold 14");
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  g_autoptr(PangoFontDescription) bold = pango_font_description_from_string ("Sans Bold 10");
  double number_w = 30, name_w = width * 0.45, y;
  int first = page * job->rows_per_page;
  int last = MIN ((int) job->names->len, first + job->rows_per_page);

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.6);

  pango_layout_set_font_description (layout, title_font);
  print_text (cr, layout, job->title, 0, 0, width);
  pango_layout_set_font_description (layout, font);
  print_text (cr, layout, job->subtitle, 0, 26, width);

  y = PRINT_HEAD_H - PRINT_ROW_H;
  pango_layout_set_font_description (layout, bold);
  print_text (cr, layout, C_("sign-in sheet", "No."), 4, y + 6, number_w - 4);
  print_text (cr, layout, C_("sign-in sheet", "Name"), number_w + 4, y + 6, name_w - 8);
  print_text (cr, layout, C_("sign-in sheet", "Signature"), number_w + name_w + 4, y + 6, width - number_w - name_w - 8);
  pango_layout_set_font_description (layout, font);

  for (int i = first; i <= last; i++)
    {
      double row_y = PRINT_HEAD_H + (i - first) * PRINT_ROW_H;

      cairo_move_to (cr, 0, row_y);
      cairo_line_to (cr, width, row_y);
      if (i == last)
        break;

      {
        g_autofree char *number = g_strdup_printf ("%d", i + 1);

        print_text (cr, layout, number, 4, row_y + 6, number_w - 4);
        print_text (cr, layout, g_ptr_array_index (job->names, i), number_w + 4, row_y + 6, name_w - 8);
      }
    }
  /* Column lines */
  {
    double bottom = PRINT_HEAD_H + (last - first) * PRINT_ROW_H;

    cairo_move_to (cr, 0, PRINT_HEAD_H - PRINT_ROW_H);
    cairo_line_to (cr, width, PRINT_HEAD_H - PRINT_ROW_H);
    for (int c = 0; c < 4; c++)
      {
        double x = c == 0 ? 0 : c == 1 ? number_w : c == 2 ? number_w + name_w : width;

        cairo_move_to (cr, x, PRINT_HEAD_H - PRINT_ROW_H);
        cairo_line_to (cr, x, bottom);
      }
  }
  cairo_stroke (cr);
}

/* Runs the print dialog, or with @export_path writes a PDF without one; a printed or
 * exported sheet is logged as a disclosure of every member on it. */
static gboolean
print_sheet (SrAttendanceSheet  *self,
             const char         *export_path,
             GError            **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(SrGroup) group = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *when = NULL;
  g_autofree char *location = NULL;
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GtkPrintOperationResult result;
  SrSession *session;
  PrintJob *job;
  guint index;

  if (self->table == NULL || !sr_attendance_grid_get_cursor (self->grid, NULL, &index))
    return TRUE;

  session = sr_attendance_table_get_session (self->table, index);
  group = sr_store_get_group (self->store, sr_attendance_table_get_group_id (self->table), error);
  if (group == NULL)
    return FALSE;

  job = g_new0 (PrintJob, 1);
  job->self = g_object_ref (self);
  job->session = index;
  job->names = g_ptr_array_new_with_free_func (g_free);
  for (guint m = 0; m < sr_attendance_table_get_n_members (self->table); m++)
    if (sr_attendance_table_is_member_at (self->table, m, index))
      g_ptr_array_add (job->names, g_strdup (sr_attendance_table_get_member_name (self->table, m)));

  g_object_get (session, "start", &start, "location", &location, NULL);
  when = sr_format_date_time (start);
  job->title = g_strdup (sr_group_get_name (group));
  if (location == NULL)
    g_object_get (group, "location", &location, NULL);
  job->subtitle = location != NULL ? g_strdup_printf ("%s · %s", when, location) : g_strdup (when);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, _("Sign-in Sheet"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "job", job, (GDestroyNotify) print_job_free);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);

  result = gtk_print_operation_run (operation,
                                    export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (native) ? GTK_WINDOW (native) : NULL,
                                    error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_autofree char *detail = g_strdup_printf ("print: sign-in sheet, session %s",
                                                 sr_record_get_id (SR_RECORD (session)));

      return log_disclosures (self, SR_AUDIT_ACTION_PRINT, detail, index, error);
    }

  return TRUE;
}

static void
sr_attendance_sheet_print_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  SrAttendanceSheet *self = SR_ATTENDANCE_SHEET (widget);
  g_autoptr(GError) error = NULL;

  if (!print_sheet (self, NULL, &error))
    show_message (self, error->message);
}

gboolean
sr_attendance_sheet_print_to_pdf (SrAttendanceSheet  *self,
                                  const char         *path,
                                  GError            **error)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_SHEET (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return print_sheet (self, path, error);
}

/* The class ----------------------------------------------------------------------------------- */

static void
sr_attendance_sheet_dispose (GObject *object)
{
  SrAttendanceSheet *self = SR_ATTENDANCE_SHEET (object);

  if (self->table != NULL)
    g_clear_signal_handler (&self->table_changed_id, self->table);
  g_clear_object (&self->table);
  g_clear_object (&self->store);
  g_clear_pointer (&self->undo_cells, g_array_unref);
  if (self->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_toast, self);
  g_clear_object (&self->undo_toast);

  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_ATTENDANCE_SHEET);
  {
    GtkWidget *child;

    /* Unnamed template children too. */
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }

  G_OBJECT_CLASS (sr_attendance_sheet_parent_class)->dispose (object);
}

static void
sr_attendance_sheet_class_init (SrAttendanceSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_attendance_sheet_dispose;

  /* The details (and feedback) of the session with this id should be shown. */
  signals[EDIT_SESSION] = g_signal_new ("edit-session", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (SR_TYPE_ATTENDANCE_GRID);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-attendance-sheet.ui");
  gtk_widget_class_bind_template_child (widget_class, SrAttendanceSheet, unrecorded_revealer);
  gtk_widget_class_bind_template_child (widget_class, SrAttendanceSheet, unrecorded_label);
  gtk_widget_class_bind_template_child (widget_class, SrAttendanceSheet, session_label);
  gtk_widget_class_bind_template_child (widget_class, SrAttendanceSheet, session_sublabel);
  gtk_widget_class_bind_template_child (widget_class, SrAttendanceSheet, stack);
  gtk_widget_class_bind_template_child (widget_class, SrAttendanceSheet, scroller);
  gtk_widget_class_bind_template_child (widget_class, SrAttendanceSheet, grid);
  gtk_widget_class_bind_template_child (widget_class, SrAttendanceSheet, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SrAttendanceSheet, legend_label);
  gtk_widget_class_bind_template_child (widget_class, SrAttendanceSheet, summary_label);

  gtk_widget_class_install_action (widget_class, "sheet.all-present", NULL, sr_attendance_sheet_all_present_action);
  gtk_widget_class_install_action (widget_class, "sheet.undo", NULL, sr_attendance_sheet_undo_action);
  gtk_widget_class_install_action (widget_class, "sheet.previous-session", NULL, sr_attendance_sheet_previous_session_action);
  gtk_widget_class_install_action (widget_class, "sheet.next-session", NULL, sr_attendance_sheet_next_session_action);
  gtk_widget_class_install_action (widget_class, "sheet.goto-unrecorded", NULL, sr_attendance_sheet_goto_unrecorded_action);
  gtk_widget_class_install_action (widget_class, "sheet.session-details", NULL, sr_attendance_sheet_session_details_action);
  gtk_widget_class_install_action (widget_class, "sheet.export", NULL, sr_attendance_sheet_export_action);
  gtk_widget_class_install_action (widget_class, "sheet.print", NULL, sr_attendance_sheet_print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "sheet.all-present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "sheet.all-present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "sheet.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "sheet.previous-session", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "sheet.next-session", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "sheet.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "sheet.print", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
sr_attendance_sheet_init (SrAttendanceSheet *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  {
    g_autofree char *present = g_markup_escape_text (sr_attendance_grid_key_letter (SR_ATTENDANCE_PRESENT), -1);
    g_autofree char *partly = g_markup_escape_text (sr_attendance_grid_key_letter (SR_ATTENDANCE_PARTLY_PRESENT), -1);
    g_autofree char *absent = g_markup_escape_text (sr_attendance_grid_key_letter (SR_ATTENDANCE_ABSENT_NOTIFIED), -1);
    g_autofree char *no_show = g_markup_escape_text (sr_attendance_grid_key_letter (SR_ATTENDANCE_NO_SHOW), -1);
    g_autofree char *legend = NULL;

    /* Translators: the attendance sheet's keys. %1$s … %4$s are the letter keys you chose for
     * present, partly present, absent notified and no-show ("attendance key"); keep the
     * markup and the digits. */
    legend = g_strdup_printf (_("<b>%1$s</b> or <b>1</b> present · <b>%2$s</b> or <b>2</b> partly present · "
                                "<b>%3$s</b> or <b>3</b> absent, notified · <b>%4$s</b> or <b>4</b> no-show · "
                                "<b>0</b> or <b>Delete</b> not recorded · arrow keys move · "
                                "<b>Ctrl+Enter</b> all present · <b>Ctrl+Z</b> undo"),
                              present, partly, absent, no_show);
    gtk_label_set_markup (self->legend_label, legend);
  }

  g_signal_connect (self->grid, "recorded", G_CALLBACK (on_grid_recorded_cb), self);
  g_signal_connect (self->grid, "failed", G_CALLBACK (on_grid_failed_cb), self);
  g_signal_connect (self->grid, "cursor-moved", G_CALLBACK (on_grid_cursor_moved_cb), self);

  update_empty (self);
  update_actions (self);
}

void
sr_attendance_sheet_set_group (SrAttendanceSheet *self,
                               SrStore           *store,
                               const char        *group_id,
                               const char        *session_id)
{
  g_autoptr(SrAttendanceTable) table = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SR_IS_ATTENDANCE_SHEET (self));
  g_return_if_fail (store == NULL || SR_IS_STORE (store));

  g_clear_pointer (&self->undo_cells, g_array_unref);
  if (self->table != NULL)
    g_clear_signal_handler (&self->table_changed_id, self->table);
  g_clear_object (&self->table);
  g_set_object (&self->store, store);

  if (store != NULL && group_id != NULL)
    {
      table = sr_attendance_table_new (store, group_id, &error);
      if (table == NULL)
        show_message (self, error->message);
    }

  self->table = g_steal_pointer (&table);
  sr_attendance_grid_set_table (self->grid, self->table);
  if (self->table != NULL)
    {
      self->table_changed_id = g_signal_connect (self->table, "changed",
                                                 G_CALLBACK (on_table_changed_cb), self);
      sr_attendance_sheet_show_session (self, session_id);
    }

  on_table_changed_cb (self->table, self);
}

SrAttendanceGrid *
sr_attendance_sheet_get_grid (SrAttendanceSheet *self)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_SHEET (self), NULL);

  return self->grid;
}

SrSession *
sr_attendance_sheet_get_session (SrAttendanceSheet *self)
{
  guint session;

  g_return_val_if_fail (SR_IS_ATTENDANCE_SHEET (self), NULL);

  if (self->table == NULL || sr_attendance_table_get_n_sessions (self->table) == 0)
    return NULL;

  sr_attendance_grid_get_cursor (self->grid, NULL, &session);
  return sr_attendance_table_get_session (self->table, session);
}

void
sr_attendance_sheet_show_session (SrAttendanceSheet *self,
                                  const char        *session_id)
{
  int index = -1;

  g_return_if_fail (SR_IS_ATTENDANCE_SHEET (self));

  if (self->table == NULL)
    return;

  if (session_id != NULL)
    index = sr_attendance_table_find_session (self->table, session_id);
  if (index < 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      index = sr_attendance_table_find_current_session (self->table, now);
    }
  if (index >= 0)
    {
      guint member = 0;

      /* Start on the first member who was in the group that day. */
      for (guint m = 0; m < sr_attendance_table_get_n_members (self->table); m++)
        if (sr_attendance_table_is_member_at (self->table, m, index))
          {
            member = m;
            break;
          }
      sr_attendance_grid_set_cursor (self->grid, member, index);
    }

  update_session_label (self);
  update_actions (self);
}
