/* sr-session-dialog.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-session-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-attendance-table.h"
#include "sr-client.h"
#include "sr-confirm.h"
#include "sr-date-row.h"
#include "sr-feedback-dialog.h"
#include "sr-format.h"
#include "sr-group-lists.h"
#include "sr-group-service.h"
#include "sr-group.h"
#include "sr-record-merge.h"
#include "sr-save-error.h"
#include "sr-session-dialog.h"

struct _SrSessionDialog
{
  AdwWindow            parent_instance;

  SrContext           *context;
  SrStore             *store;
  SrGroup             *group;
  SrSession           *session;
  GListModel          *feedback;
  gulong               feedback_changed_id;

  /* Template widgets */
  GtkWidget           *save_button;
  GtkLabel            *error_label;
  GtkLabel            *cancelled_label;
  SrDateRow           *date_row;
  AdwEntryRow         *time_row;
  GtkSpinButton       *duration_spin;
  AdwEntryRow         *location_row;
  AdwEntryRow         *topic_row;
  GtkTextView         *notes_view;
  AdwPreferencesGroup *feedback_group;
  GtkListBox          *feedback_list;
  AdwPreferencesGroup *cancel_group;
  GtkWidget           *cancel_session_button;
  GtkWidget           *restore_session_button;
};

G_DEFINE_FINAL_TYPE (SrSessionDialog, sr_session_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
time_valid (SrSessionDialog *self,
            int             *hour,
            int             *minute)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->time_row));

  return sr_parse_time (text, hour, minute);
}

static void
on_field_changed_cb (SrSessionDialog *self)
{
  int h, m;
  gboolean time_ok = time_valid (self, &h, &m);

  if (time_ok)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->time_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->time_row), NULL);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->time_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->time_row), _("Type the time as 13.30 or 13:30."));
    }

  gtk_widget_set_sensitive (self->save_button,
                            time_ok && sr_date_row_get_valid (self->date_row)
                            && sr_date_row_get_date (self->date_row) != NULL);
}

static void
show_error (SrSessionDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static char *
entry_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static char *
notes_text (SrSessionDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static void sr_session_dialog_show_session (SrSessionDialog *self, SrSession *session);
static void sr_session_dialog_save_again (GtkWidget *widget, SrRecord *original, SrRecord *session);

static void
sr_session_dialog_reload (GtkWidget *widget,
                          SrRecord  *current)
{
  SrSessionDialog *self = SR_SESSION_DIALOG (widget);

  g_set_object (&self->session, SR_SESSION (current));
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  sr_session_dialog_show_session (self, self->session);
}

static gboolean
sr_session_dialog_store (SrSessionDialog *self,
                         SrRecord        *original,
                         SrRecord        *session)
{
  g_autoptr(GError) error = NULL;
  const SrFieldLabel labels[] = {
    { "start", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->date_row)) },
    { "duration", sr_save_error_row_title (GTK_WIDGET (self->duration_spin)) },
    { "location", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->location_row)) },
    { "topic", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->topic_row)) },
    { "notes", _("Notes") },
    { "status", _("Status") },
    { NULL, },
  };

  if (original != NULL)
    g_set_object (&self->session, SR_SESSION (original));

  if (!sr_group_service_save_session (sr_context_get_groups (self->context), SR_SESSION (session), &error))
    {
      if (!sr_save_error_handle (GTK_WIDGET (self), self->context, error, original, session, labels,
                                 sr_session_dialog_save_again, sr_session_dialog_reload))
        show_error (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
sr_session_dialog_save_again (GtkWidget *widget,
                              SrRecord  *original,
                              SrRecord  *session)
{
  sr_session_dialog_store (SR_SESSION_DIALOG (widget), original, session);
}

/* Writes the form into a fresh copy and saves it; @status < 0 keeps the status. */
static gboolean
save_with (SrSessionDialog *self,
           int              status,
           const char      *cancel_reason)
{
  g_autoptr(SrSession) session = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *location = entry_text (self->location_row);
  g_autofree char *topic = entry_text (self->topic_row);
  g_autofree char *notes = notes_text (self);
  GDate day;
  int h, m;

  if (!time_valid (self, &h, &m) || sr_date_row_get_date (self->date_row) == NULL
      || !sr_date_from_iso (sr_date_row_get_date (self->date_row), &day))
    {
      show_error (self, _("The session needs a date and a time."));
      return FALSE;
    }
  start = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                                 g_date_get_day (&day), h, m, 0);

  /* A copy of the session as read: a change made elsewhere meanwhile is not
   * overwritten (CONFLICT). */
  if (self->session != NULL)
    session = SR_SESSION (sr_record_copy (SR_RECORD (self->session)));
  else
    session = sr_session_new (sr_record_get_id (SR_RECORD (self->group)), start);

  if (cancel_reason != NULL)
    {
      /* The session has no field of its own for the reason: it leads the notes. */
      /* Translators: written at the start of a cancelled session's notes */
      char *with_reason = g_strdup_printf (_("Cancelled: %s"), cancel_reason);

      if (notes != NULL)
        {
          char *both = g_strdup_printf ("%s\n\n%s", with_reason, notes);

          g_free (with_reason);
          with_reason = both;
        }
      g_free (notes);
      notes = with_reason;
    }

  g_object_set (session,
                "start", start,
                "duration", gtk_spin_button_get_value_as_int (self->duration_spin),
                "location", location,
                "topic", topic,
                "notes", notes,
                NULL);
  if (status >= 0)
    g_object_set (session, "status", status, NULL);

  return sr_session_dialog_store (self, SR_RECORD (self->session), SR_RECORD (session));
}

gboolean
sr_session_dialog_save (SrSessionDialog *self)
{
  g_return_val_if_fail (SR_IS_SESSION_DIALOG (self), FALSE);

  return save_with (self, -1, NULL);
}

static void
on_save_clicked_cb (SrSessionDialog *self)
{
  sr_session_dialog_save (self);
}

static void
on_cancel_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SrSessionDialog  *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "reason");
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (response, "cancel-session") == 0)
    save_with (self, SR_SESSION_STATUS_CANCELLED, reason);
}

static void
on_reason_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "cancel-session", *reason != '\0');
}

static void
on_cancel_session_clicked_cb (SrSessionDialog *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Cancel the Session?"),
                                                       _("Attendance is not recorded for a cancelled session. Say why it was cancelled.")));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Session"),
                                    "cancel-session", _("Cancel _Session"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "cancel-session", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "cancel-session", FALSE);
  adw_message_dialog_set_default_response (dialog, "cancel-session");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_object_set_data (G_OBJECT (dialog), "reason", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_cancel_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_restore_session_clicked_cb (SrSessionDialog *self)
{
  save_with (self, SR_SESSION_STATUS_PLANNED, NULL);
}

static void
on_add_feedback_clicked_cb (SrSessionDialog *self)
{
  SrFeedbackDialog *dialog;

  if (self->session == NULL)
    return;

  dialog = sr_feedback_dialog_new (GTK_WINDOW (self), self->context, self->session);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_delete_feedback_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                SrSessionDialog  *self)
{
  SrRecord *feedback = g_object_get_data (G_OBJECT (dialog), "feedback");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") == 0
      && !sr_group_service_delete_feedback (sr_context_get_groups (self->context),
                                            sr_record_get_id (feedback), &error))
    show_error (self, error->message);
}

static void
on_delete_feedback_clicked_cb (GtkButton       *button,
                               SrSessionDialog *self)
{
  SrRecord *feedback = g_object_get_data (G_OBJECT (button), "feedback");
  AdwMessageDialog *dialog;

  dialog = sr_confirm_destructive_new (GTK_WINDOW (self), _("Delete the Feedback?"),
                                       _("Only delete feedback entered by mistake."),
                                       "delete", _("_Delete"));
  g_object_set_data_full (G_OBJECT (dialog), "feedback", g_object_ref (feedback), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_feedback_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
stars (int rating)
{
  GString *text = g_string_new (NULL);

  for (int i = 1; i <= 5; i++)
    g_string_append (text, i <= rating ? "★" : "☆");

  return g_string_free (text, FALSE);
}

static GtkWidget *
create_feedback_row (gpointer item,
                     gpointer user_data)
{
  SrSessionDialog *self = user_data;
  SrFeedback *feedback = item;
  g_autofree char *text = NULL;
  g_autofree char *client_id = NULL;
  g_autofree char *star_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *who = NULL;
  gboolean anonymous;
  int rating;
  GtkWidget *row, *button;

  g_object_get (feedback, "text", &text, "client-id", &client_id, "anonymous", &anonymous,
                "rating", &rating, NULL);
  if (anonymous || client_id == NULL)
    {
      who = g_strdup (_("Anonymous"));
    }
  else
    {
      g_autoptr(SrClient) client = sr_store_get_client (self->store, client_id, NULL);

      who = client != NULL ? sr_client_dup_display_name (client) : g_strdup (_("Anonymous"));
    }

  star_text = stars (rating);
  /* Translators: a feedback row: "★★★★☆ 4/5 · Anonymous" */
  title = g_strdup_printf (_("%s %d/5 · %s"), star_text, rating, who);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (text != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete Feedback"));
  g_object_set_data_full (G_OBJECT (button), "feedback", g_object_ref (feedback), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_delete_feedback_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
update_feedback_summary (SrSessionDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint count = 0;
  double average = 0;

  if (self->session == NULL)
    return;

  if (!sr_group_feedback_summary (self->store, NULL, sr_record_get_id (SR_RECORD (self->session)),
                                  &count, &average, &error))
    text = g_strdup (error->message);
  else if (count == 0)
    text = g_strdup (_("No feedback for this session yet."));
  else
    /* Translators: feedback summary of a session */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Average %.1f / 5 from %u rating",
                                         "Average %.1f / 5 from %u ratings", count),
                            average, count);
  adw_preferences_group_set_description (self->feedback_group, text);
  /* An empty boxed list would show as a stray line. */
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_list), count > 0);
}

static void
sr_session_dialog_dispose (GObject *object)
{
  SrSessionDialog *self = SR_SESSION_DIALOG (object);

  if (self->feedback != NULL)
    g_clear_signal_handler (&self->feedback_changed_id, self->feedback);
  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_SESSION_DIALOG);
  g_clear_object (&self->feedback);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->group);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sr_session_dialog_parent_class)->dispose (object);
}

static void
sr_session_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SrSessionDialog *self = SR_SESSION_DIALOG (object);

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
sr_session_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SrSessionDialog *self = SR_SESSION_DIALOG (object);

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
sr_session_dialog_class_init (SrSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_session_dialog_dispose;
  object_class->get_property = sr_session_dialog_get_property;
  object_class->set_property = sr_session_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SR_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, cancelled_label);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, topic_row);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, feedback_group);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, feedback_list);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, cancel_group);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, cancel_session_button);
  gtk_widget_class_bind_template_child (widget_class, SrSessionDialog, restore_session_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_feedback_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_session_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_restore_session_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sr_session_dialog_init (SrSessionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
}

static void
show_fields (SrSessionDialog *self,
             GDateTime       *start,
             int              duration,
             const char      *location,
             const char      *topic,
             const char      *notes)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (start);
  g_autofree char *iso = sr_local_day_iso (local, 0);
  g_autofree char *time = sr_format_time (local);

  sr_date_row_set_date (self->date_row, iso);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  gtk_spin_button_set_value (self->duration_spin, duration);
  gtk_editable_set_text (GTK_EDITABLE (self->location_row), location != NULL ? location : "");
  gtk_editable_set_text (GTK_EDITABLE (self->topic_row), topic != NULL ? topic : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);
}

/* Shows the stored @session's values and whether it was cancelled. */
static void
sr_session_dialog_show_session (SrSessionDialog *self,
                                SrSession       *session)
{
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *location = NULL;
  g_autofree char *topic = NULL;
  g_autofree char *notes = NULL;
  int duration = 90, status = SR_SESSION_STATUS_PLANNED;
  gboolean cancelled;

  g_object_get (session, "start", &start, "duration", &duration, "location", &location,
                "topic", &topic, "notes", &notes, "status", &status, NULL);
  show_fields (self, start, duration, location, topic, notes);

  cancelled = status == SR_SESSION_STATUS_CANCELLED;
  gtk_widget_set_visible (self->cancel_session_button, !cancelled);
  gtk_widget_set_visible (self->restore_session_button, cancelled);
  gtk_widget_set_visible (GTK_WIDGET (self->cancelled_label), cancelled);
  gtk_label_set_text (self->cancelled_label, _("This session was cancelled."));
  on_field_changed_cb (self);
}

SrSessionDialog *
sr_session_dialog_new (GtkWindow *parent,
                       SrContext *context,
                       SrGroup   *group,
                       SrSession *session)
{
  SrSessionDialog *self;

  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (SR_IS_GROUP (group), NULL);
  g_return_val_if_fail (session == NULL || SR_IS_SESSION (session), NULL);

  self = g_object_new (SR_TYPE_SESSION_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       "title", session != NULL ? _("Session") : _("New Session"),
                       NULL);
  self->group = g_object_ref (group);
  self->session = session != NULL ? SR_SESSION (sr_record_copy (SR_RECORD (session))) : NULL;

  if (session != NULL)
    {
      sr_session_dialog_show_session (self, self->session);
      self->feedback = sr_store_list_feedback (self->store, sr_record_get_id (SR_RECORD (session)));
      gtk_list_box_bind_model (self->feedback_list, self->feedback, create_feedback_row, self, NULL);
      self->feedback_changed_id = g_signal_connect_swapped (self->feedback, "items-changed",
                                                            G_CALLBACK (update_feedback_summary), self);
      update_feedback_summary (self);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) start = NULL;
      g_autofree char *location = NULL;
      g_autofree char *time = NULL;
      int duration = 90, h = 10, m = 0;

      /* An extra session: today, at the group's usual time and place. */
      g_object_get (group, "duration", &duration, "location", &location, "time", &time, NULL);
      if (time != NULL)
        sr_parse_time (time, &h, &m);
      start = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                     g_date_time_get_day_of_month (now), h, m, 0);
      show_fields (self, start, duration, location, NULL, NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_group), session != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_group), session != NULL);

  on_field_changed_cb (self);

  return self;
}
