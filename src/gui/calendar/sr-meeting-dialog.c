/* sr-meeting-dialog.c: plan a meeting or open one to edit, mark and write notes
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One dialog for a new meeting (optionally a weekly series) and for an
 * existing one. It reads its fields into the meeting and hands it to one
 * call of the calendar service (sr-calendar-service.h), which links the
 * period, makes the series and knows which meetings "this and following"
 * are; moving one of a series asks first whether the later ones move too.
 */

#define G_LOG_DOMAIN "sr-meeting-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-calendar-item.h"
#include "sr-calendar-query.h"
#include "sr-calendar-service.h"
#include "sr-client-chooser.h"
#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-confirm.h"
#include "sr-date-row.h"
#include "sr-enum-combo.h"
#include "sr-format.h"
#include "sr-labels.h"
#include "sr-meeting-dialog.h"
#include "sr-meeting-lists.h"
#include "sr-meeting.h"
#include "sr-period.h"
#include "sr-series.h"
#include "sr-toast.h"
#include "sr-worker.h"

struct _SrMeetingDialog
{
  AdwWindow          parent_instance;

  SrContext         *context;
  SrStore           *store;
  SrMeeting         *meeting;   /* NULL: a new one */
  SrClient          *client;
  GListModel        *workers;
  GCancellable      *cancellable;
  char              *suggested_for; /* the period the series' end was suggested from */

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkWidget         *save_button;
  GtkLabel          *error_label;
  GtkWidget         *warning_box;
  GtkLabel          *warning_label;
  AdwActionRow      *client_row;
  GtkWidget         *choose_client_button;
  SrDateRow         *date_row;
  AdwEntryRow       *time_row;
  GtkSpinButton     *duration_spin;
  AdwComboRow       *kind_row;
  AdwComboRow       *worker_row;
  AdwComboRow       *place_type_row;
  AdwEntryRow       *place_row;
  GtkWidget         *repeat_group;
  AdwExpanderRow    *repeat_row;
  SrDateRow         *until_row;
  GtkWidget         *status_group;
  AdwComboRow       *status_row;
  GtkTextView       *notes_view;
  GtkWidget         *delete_button;
};

G_DEFINE_FINAL_TYPE (SrMeetingDialog, sr_meeting_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_state (SrMeetingDialog *self);

static gboolean
get_time (SrMeetingDialog *self,
          int             *hour,
          int             *minute)
{
  return sr_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), hour, minute);
}

/* The start as typed, in local time; NULL if the date or time is not valid. */
static GDateTime *
get_start (SrMeetingDialog *self)
{
  const char *day = sr_date_row_get_date (self->date_row);
  GDate date;
  int hour, minute;

  if (day == NULL || !sr_date_from_iso (day, &date) || !get_time (self, &hour, &minute))
    return NULL;

  return g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), hour, minute, 0);
}

static const char *
get_worker_id (SrMeetingDialog *self)
{
  g_autoptr(SrWorker) worker = NULL;
  guint selected = adw_combo_row_get_selected (self->worker_row);

  if (self->workers == NULL || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  worker = g_list_model_get_item (self->workers, selected);
  /* The id string is owned by the model's item, which the model keeps. */
  return worker ? sr_record_get_id (SR_RECORD (worker)) : NULL;
}

static void
select_worker (SrMeetingDialog *self,
               const char      *worker_id)
{
  for (guint i = 0; worker_id != NULL && i < g_list_model_get_n_items (self->workers); i++)
    {
      g_autoptr(SrRecord) worker = g_list_model_get_item (self->workers, i);

      if (g_strcmp0 (sr_record_get_id (worker), worker_id) == 0)
        {
          adw_combo_row_set_selected (self->worker_row, i);
          return;
        }
    }
}

static char *
get_notes (SrMeetingDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
show_error (SrMeetingDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The series' default end (sr_series_default_until()), suggested once per
 * period so that a date the user typed stays; without a planned end only
 * into an empty row. */
static void
suggest_until (SrMeetingDialog *self,
               SrPeriod        *period)
{
  const char *period_id = period ? sr_record_get_id (SR_RECORD (period)) : "";
  const char *planned_end;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *until = NULL;

  if (self->meeting != NULL || g_strcmp0 (period_id, self->suggested_for) == 0)
    return;
  g_free (self->suggested_for);
  self->suggested_for = g_strdup (period_id);

  planned_end = period ? sr_record_get_string (SR_RECORD (period), "planned-end") : NULL;
  start = get_start (self);
  until = sr_series_default_until (start, planned_end);
  if (until != NULL && (planned_end != NULL || sr_date_row_get_date (self->until_row) == NULL))
    sr_date_row_set_date (self->until_row, until);
}

static void
update_warnings (SrMeetingDialog *self)
{
  g_autoptr(GString) warnings = g_string_new (NULL);
  g_autoptr(GDateTime) start = get_start (self);
  const char *day = sr_date_row_get_date (self->date_row);

  if (self->client != NULL && self->store != NULL)
    {
      SrPeriodMatch match = SR_PERIOD_MATCH_NONE;
      g_autoptr(SrPeriod) period = sr_calendar_find_period (self->store,
                                                            sr_record_get_id (SR_RECORD (self->client)),
                                                            day, &match, NULL);

      if (match == SR_PERIOD_MATCH_NONE)
        g_string_append (warnings, _("The client has no active rehabilitation period: the meeting will not be linked to a period."));
      else if (match == SR_PERIOD_MATCH_OUTSIDE)
        {
          g_autofree char *from = sr_format_day (sr_record_get_string (SR_RECORD (period), "start-date"));
          g_autofree char *to = sr_format_day (sr_record_get_string (SR_RECORD (period), "planned-end"));

          g_string_append_printf (warnings,
                                  /* TRANSLATORS: the period's start and planned end */
                                  _("The date is outside the client’s rehabilitation period (%s–%s)."),
                                  from ? from : "", to ? to : "");
        }
      suggest_until (self, period);
    }

  if (start != NULL && self->store != NULL)
    {
      g_auto(GStrv) overlaps = sr_calendar_find_overlaps (self->store, get_worker_id (self), start,
                                                          gtk_spin_button_get_value_as_int (self->duration_spin),
                                                          self->meeting ? sr_record_get_id (SR_RECORD (self->meeting)) : NULL,
                                                          NULL);
      guint n = overlaps ? g_strv_length (overlaps) : 0;

      if (n > 0)
        {
          if (warnings->len > 0)
            g_string_append_c (warnings, '\n');
          g_string_append_printf (warnings,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "The worker has another meeting at the same time.",
                                               "The worker has %u other meetings at the same time.", n),
                                  n);
        }
    }

  gtk_label_set_text (self->warning_label, warnings->str);
  gtk_widget_set_visible (self->warning_box, warnings->len > 0);
}

static void
update_repeat_subtitle (SrMeetingDialog *self)
{
  g_autoptr(GDateTime) start = get_start (self);
  const char *until = sr_date_row_get_date (self->until_row);
  g_autofree char *subtitle = NULL;
  GDate until_date;

  if (start != NULL && until != NULL && sr_date_from_iso (until, &until_date))
    {
      g_autoptr(GPtrArray) occurrences = sr_series_weekly (start, &until_date, 0);
      const char *weekday = sr_calendar_weekday_name (g_date_time_get_day_of_week (start), FALSE);
      g_autofree char *time = sr_format_time (start);

      /* TRANSLATORS: "every Tuesday at 10:00, 8 meetings" */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Every %s at %s, %u meeting",
                                               "Every %s at %s, %u meetings", occurrences->len),
                                  weekday, time, occurrences->len);
    }
  adw_expander_row_set_subtitle (self->repeat_row, subtitle ? subtitle : "");
}

static void
update_state (SrMeetingDialog *self)
{
  int hour, minute;
  gboolean time_ok = get_time (self, &hour, &minute);
  gboolean repeat = adw_expander_row_get_enable_expansion (self->repeat_row);
  gboolean until_ok = !repeat || sr_date_row_get_date (self->until_row) != NULL;

  if (time_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->time_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->time_row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->time_row),
                               time_ok ? NULL : _("Type a time like 9.30 or 14:00."));

  gtk_widget_set_sensitive (self->save_button,
                            self->client != NULL && sr_date_row_get_valid (self->date_row)
                            && sr_date_row_get_date (self->date_row) != NULL && time_ok && until_ok);

  update_warnings (self);
  if (repeat)
    update_repeat_subtitle (self);
}

static void
on_field_changed_cb (SrMeetingDialog *self)
{
  update_state (self);
}

static void
on_time_changed_cb (SrMeetingDialog *self)
{
  update_state (self);
}

static void
on_until_changed_cb (SrMeetingDialog *self)
{
  update_state (self);
}

void
sr_meeting_dialog_set_client (SrMeetingDialog *self,
                              SrClient        *client)
{
  g_autofree char *name = NULL;

  g_return_if_fail (SR_IS_MEETING_DIALOG (self));
  g_return_if_fail (client == NULL || SR_IS_CLIENT (client));

  g_set_object (&self->client, client);
  name = client ? sr_client_dup_display_name (client) : NULL;
  adw_action_row_set_subtitle (self->client_row, name ? name : _("Not chosen"));
  update_state (self);
}

static void
on_client_chosen_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(SrMeetingDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = sr_client_chooser_choose_finish (result, &error);

  if (client != NULL)
    sr_meeting_dialog_set_client (self, client);
  else if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error->message);
}

static void
on_choose_client_clicked_cb (SrMeetingDialog *self)
{
  sr_client_chooser_choose_async (GTK_WINDOW (self), self->store, _("Choose Client"),
                                  self->cancellable, on_client_chosen_cb, g_object_ref (self));
}

/* The dialog's fields into @meeting, except the start, status and notes. */
static void
apply_common_fields (SrMeetingDialog *self,
                     SrMeeting       *meeting)
{
  g_object_set (meeting,
                "duration", gtk_spin_button_get_value_as_int (self->duration_spin),
                "kind", (int) adw_combo_row_get_selected (self->kind_row),
                "place-type", (int) adw_combo_row_get_selected (self->place_type_row),
                "place", gtk_editable_get_text (GTK_EDITABLE (self->place_row)),
                "worker-id", get_worker_id (self),
                NULL);
}

static void
toast (SrMeetingDialog *self,
       const char      *message)
{
  sr_widget_add_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static SrCalendarService *
get_calendar (SrMeetingDialog *self)
{
  return sr_context_get_calendar (self->context);
}

/* A new meeting, or a weekly series of them when Repeat is on. */
static gboolean
save_new (SrMeetingDialog *self)
{
  g_autoptr(GDateTime) start = get_start (self);
  g_autoptr(SrMeeting) meeting = NULL;
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = get_notes (self);
  gboolean repeat;
  GDate until;

  meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (self->client)), start,
                            gtk_spin_button_get_value_as_int (self->duration_spin));
  apply_common_fields (self, meeting);
  g_object_set (meeting, "notes", notes, NULL);

  repeat = adw_expander_row_get_enable_expansion (self->repeat_row)
           && sr_date_from_iso (sr_date_row_get_date (self->until_row), &until);
  saved = sr_calendar_service_create_series (get_calendar (self), meeting, repeat ? &until : NULL, &error);
  if (saved == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  if (saved->len > 1)
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u meeting planned",
                                                               "%u meetings planned",
                                                               saved->len),
                                                  saved->len);
      toast (self, message);
    }

  return TRUE;
}

/* The dialog's fields into the meeting being edited. */
static void
apply_edits (SrMeetingDialog *self)
{
  g_autoptr(GDateTime) start = get_start (self);
  g_autofree char *notes = get_notes (self);

  apply_common_fields (self, self->meeting);
  g_object_set (self->meeting,
                "start", start,
                "status", (int) adw_combo_row_get_selected (self->status_row),
                "notes", notes,
                "client-id", sr_record_get_id (SR_RECORD (self->client)),
                NULL);
}

/* This meeting only, or it and the later ones of its series moved alike. */
static gboolean
save_existing (SrMeetingDialog *self,
               SrModType        mod_type)
{
  g_autoptr(GError) error = NULL;

  apply_edits (self);
  if (!sr_calendar_service_update_meeting (get_calendar (self), self->meeting, mod_type, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  return TRUE;
}

static GtkWindow *
question_parent (SrMeetingDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  return parent != NULL ? parent : GTK_WINDOW (self);
}

static void
on_series_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SrMeetingDialog  *self)
{
  gboolean saved = FALSE;

  if (g_str_equal (response, "one"))
    saved = save_existing (self, SR_MOD_THIS);
  else if (g_str_equal (response, "following"))
    saved = save_existing (self, SR_MOD_THIS_AND_FOLLOWING);

  if (saved)
    gtk_window_destroy (GTK_WINDOW (self));
}

gboolean
sr_meeting_dialog_save (SrMeetingDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint n_following = 0;
  gboolean saved;

  g_return_val_if_fail (SR_IS_MEETING_DIALOG (self), FALSE);

  update_state (self);
  if (!gtk_widget_get_sensitive (self->save_button) || self->store == NULL)
    return FALSE;

  show_error (self, NULL);

  if (self->meeting == NULL)
    saved = save_new (self);
  else
    {
      /* Ask only when the edit changes what a series shares and there are
       * later meetings to change with it. */
      apply_edits (self);
      if (!sr_calendar_service_count_following (get_calendar (self), self->meeting, &n_following, &error))
        {
          show_error (self, error->message);
          return FALSE;
        }

      if (n_following > 0)
        {
          AdwMessageDialog *dialog;
          g_autofree char *body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "This meeting belongs to a weekly series with %u later meeting.",
                                                                "This meeting belongs to a weekly series with %u later meetings.",
                                                                n_following),
                                                   n_following);

          /* Over our parent, not over us: answering closes this dialog. */
          dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (question_parent (self),
                                                               _("Change Later Meetings Too?"), body));
          adw_message_dialog_add_responses (dialog,
                                            "cancel", _("_Cancel"),
                                            "one", _("_Only This Meeting"),
                                            "following", _("_All Following"),
                                            NULL);
          adw_message_dialog_set_response_appearance (dialog, "following", ADW_RESPONSE_SUGGESTED);
          adw_message_dialog_set_default_response (dialog, "one");
          adw_message_dialog_set_close_response (dialog, "cancel");
          g_signal_connect_object (dialog, "response", G_CALLBACK (on_series_response_cb), self, 0);
          gtk_window_present (GTK_WINDOW (dialog));
          return FALSE;
        }

      saved = save_existing (self, SR_MOD_THIS);
    }

  if (saved)
    gtk_window_destroy (GTK_WINDOW (self));

  return saved;
}

static void
on_save_clicked_cb (SrMeetingDialog *self)
{
  sr_meeting_dialog_save (self);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SrMeetingDialog  *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;

  if (!sr_calendar_service_delete_meeting (get_calendar (self), sr_record_get_id (SR_RECORD (self->meeting)),
                                           SR_MOD_THIS, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_delete_clicked_cb (SrMeetingDialog *self)
{
  AdwMessageDialog *dialog;

  dialog = sr_confirm_destructive_new (question_parent (self), _("Delete Meeting?"),
                                       _("Delete a meeting only if it was entered by mistake. A cancelled meeting should be marked cancelled instead, so that it is counted."),
                                       "delete", _("_Delete"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sr_meeting_dialog_dispose (GObject *object)
{
  SrMeetingDialog *self = SR_MEETING_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_MEETING_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->meeting);
  g_clear_object (&self->client);
  g_clear_object (&self->workers);

  G_OBJECT_CLASS (sr_meeting_dialog_parent_class)->dispose (object);
}

static void
sr_meeting_dialog_finalize (GObject *object)
{
  SrMeetingDialog *self = SR_MEETING_DIALOG (object);

  g_free (self->suggested_for);

  G_OBJECT_CLASS (sr_meeting_dialog_parent_class)->finalize (object);
}

static void
sr_meeting_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SrMeetingDialog *self = SR_MEETING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_meeting_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SrMeetingDialog *self = SR_MEETING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      self->store = g_object_ref (sr_context_get_store (self->context));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_meeting_dialog_class_init (SrMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_meeting_dialog_dispose;
  object_class->get_property = sr_meeting_dialog_get_property;
  object_class->set_property = sr_meeting_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
  object_class->finalize = sr_meeting_dialog_finalize;

  g_type_ensure (SR_TYPE_DATE_ROW);
  g_type_ensure (SR_TYPE_WORKER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SocRehab/ui/sr-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, warning_box);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, warning_label);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, client_row);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, choose_client_button);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, worker_row);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, place_type_row);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, repeat_group);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, until_row);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, status_group);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SrMeetingDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_client_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sr_meeting_dialog_init (SrMeetingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sr_combo_row_set_enum (self->kind_row, SR_TYPE_MEETING_KIND);
  sr_combo_row_set_enum (self->place_type_row, SR_TYPE_PLACE_TYPE);
  sr_combo_row_set_enum (self->status_row, SR_TYPE_MEETING_STATUS);
  self->cancellable = g_cancellable_new ();
  g_signal_connect_swapped (self->date_row, "notify::date", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->date_row, "notify::valid", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->until_row, "notify::date", G_CALLBACK (on_until_changed_cb), self);
}

static SrMeetingDialog *
dialog_new (GtkWindow *parent,
            SrContext *context)
{
  SrMeetingDialog *self = g_object_new (SR_TYPE_MEETING_DIALOG,
                                        "transient-for", parent,
                                        "context", context,
                                        NULL);
  self->workers = sr_store_list_workers (self->store);
  adw_combo_row_set_model (self->worker_row, self->workers);
  return self;
}

SrMeetingDialog *
sr_meeting_dialog_new_meeting (GtkWindow *parent,
                               SrContext *context,
                               GDateTime *start,
                               SrClient  *client)
{
  SrMeetingDialog *self;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);

  self = dialog_new (parent, context);
  gtk_window_set_title (GTK_WINDOW (self), _("New Meeting"));
  adw_window_title_set_title (self->window_title, _("New Meeting"));

  if (start != NULL)
    when = g_date_time_to_local (start);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) hour = g_date_time_new_local (g_date_time_get_year (now),
                                                         g_date_time_get_month (now),
                                                         g_date_time_get_day_of_month (now),
                                                         g_date_time_get_hour (now), 0, 0);

      when = g_date_time_add_hours (hour, 1);
    }
  day = sr_local_day_iso (when, 0);
  time = sr_format_time (when);
  sr_date_row_set_date (self->date_row, day);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  select_worker (self, sr_context_get_current_worker (context));
  sr_meeting_dialog_set_client (self, client);

  return self;
}

SrMeetingDialog *
sr_meeting_dialog_open (GtkWindow   *parent,
                        SrContext   *context,
                        const char  *meeting_id,
                        GError     **error)
{
  SrMeetingDialog *self;
  g_autoptr(SrMeeting) meeting = NULL;
  g_autoptr(SrClient) client = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  g_autofree char *title = NULL;
  const char *notes;
  int kind, place_type, status;

  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);

  meeting = sr_store_get_meeting (sr_context_get_store (context), meeting_id, error);
  if (meeting == NULL)
    return NULL;
  client = sr_store_get_client (sr_context_get_store (context), sr_record_get_string (SR_RECORD (meeting), "client-id"), error);
  if (client == NULL)
    return NULL;

  self = dialog_new (parent, context);
  self->meeting = g_steal_pointer (&meeting);

  g_object_get (self->meeting, "kind", &kind, "place-type", &place_type, "status", &status, NULL);
  start = g_date_time_to_local (sr_meeting_get_start (self->meeting));
  day = sr_local_day_iso (start, 0);
  time = sr_format_time (start);
  title = sr_format_date_time (start);

  gtk_window_set_title (GTK_WINDOW (self), sr_meeting_kind_get_label (kind));
  adw_window_title_set_title (self->window_title, sr_meeting_kind_get_label (kind));
  adw_window_title_set_subtitle (self->window_title, title);

  sr_date_row_set_date (self->date_row, day);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  gtk_spin_button_set_value (self->duration_spin, sr_record_get_int (SR_RECORD (self->meeting), "duration"));
  adw_combo_row_set_selected (self->kind_row, kind);
  adw_combo_row_set_selected (self->place_type_row, place_type);
  adw_combo_row_set_selected (self->status_row, status);
  gtk_editable_set_text (GTK_EDITABLE (self->place_row),
                         sr_record_get_string (SR_RECORD (self->meeting), "place") ?: "");
  notes = sr_record_get_string (SR_RECORD (self->meeting), "notes");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes ? notes : "", -1);
  select_worker (self, sr_record_get_string (SR_RECORD (self->meeting), "worker-id"));

  gtk_widget_set_visible (self->repeat_group, FALSE);
  gtk_widget_set_visible (self->status_group, TRUE);
  gtk_widget_set_visible (self->delete_button, TRUE);
  sr_meeting_dialog_set_client (self, client);

  /* Looking at a meeting is a use of the client's data. */
  sr_store_log_view_client (self->store, sr_record_get_id (SR_RECORD (client)), NULL);

  return self;
}

SrMeeting *
sr_meeting_dialog_get_meeting (SrMeetingDialog *self)
{
  g_return_val_if_fail (SR_IS_MEETING_DIALOG (self), NULL);

  return self->meeting;
}
