/* sr-group-page.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-group-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-attendance-table.h"
#include "sr-client-chooser.h"
#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-confirm.h"
#include "sr-date-row.h"
#include "sr-format.h"
#include "sr-group-dialog.h"
#include "sr-group-lists.h"
#include "sr-group-page.h"
#include "sr-group-service.h"
#include "sr-group.h"
#include "sr-labels.h"
#include "sr-period.h"
#include "sr-session-dialog.h"
#include "sr-toast.h"
#include "sr-worker.h"

struct _SrGroupPage
{
  GtkWidget          parent_instance;

  SrContext         *context;
  SrStore           *store;     /* the context's */
  char              *group_id;
  SrGroup           *group;
  GListModel        *sessions;
  GListModel        *members;
  gulong             store_committed_id;
  gulong             members_changed_id;

  /* Template widgets */
  GtkWidget         *back_button;
  GtkLabel          *title_label;
  AdwViewStack      *stack;
  SrAttendanceSheet *sheet;
  GtkLabel          *sessions_hint;
  GtkListBox        *sessions_list;
  GtkLabel          *members_label;
  GtkLabel          *capacity_label;
  GtkListBox        *members_list;
  AdwActionRow      *description_row;
  AdwActionRow      *methods_row;
  AdwActionRow      *leaders_row;
  AdwActionRow      *co_leaders_row;
  AdwActionRow      *location_row;
  AdwActionRow      *schedule_row;
  AdwActionRow      *dates_row;
  AdwActionRow      *capacity_row;
  AdwActionRow      *rate_row;
  AdwActionRow      *feedback_row;
};

G_DEFINE_FINAL_TYPE (SrGroupPage, sr_group_page, GTK_TYPE_WIDGET)

static void
add_toast (SrGroupPage *self,
           const char  *message)
{
  sr_widget_add_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static GtkWindow *
parent_window (SrGroupPage *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));

  return GTK_IS_WINDOW (native) ? GTK_WINDOW (native) : NULL;
}

static const char *
weekday_plural (int weekday)
{
  switch (weekday)
    {
    case 1: return _("Mondays");
    case 2: return _("Tuesdays");
    case 3: return _("Wednesdays");
    case 4: return _("Thursdays");
    case 5: return _("Fridays");
    case 6: return _("Saturdays");
    case 7: return _("Sundays");
    default: return NULL;
    }
}

static void
set_subtitle (AdwActionRow *row,
              const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL && *text != '\0' ? text : C_("value", "–"));
}

static guint
count_current_members (SrGroupPage *self)
{
  g_autofree char *today = sr_local_day_iso (NULL, 0);
  g_autoptr(GHashTable) clients = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = self->members != NULL ? g_list_model_get_n_items (self->members) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SrRecord) membership = g_list_model_get_item (self->members, i);
      const char *left = sr_record_get_string (membership, "left");

      if (left == NULL || g_strcmp0 (left, today) >= 0)
        g_hash_table_add (clients, g_strdup (sr_record_get_string (membership, "client-id")));
    }

  return g_hash_table_size (clients);
}

static void
update_members_header (SrGroupPage *self)
{
  g_autofree char *text = NULL;
  guint current = count_current_members (self);
  int capacity = 0;

  if (self->group != NULL)
    g_object_get (self->group, "capacity", &capacity, NULL);

  if (capacity > 0)
    /* Translators: "12 current members, room for 15" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u current member, room for %d",
                                         "%u current members, room for %d", current),
                            current, capacity);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u current member", "%u current members", current),
                            current);
  gtk_label_set_text (self->members_label, text);

  if (capacity > 0 && current > (guint) capacity)
    {
      g_autofree char *warning = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "The group is over its capacity by %u member.",
                                                               "The group is over its capacity by %u members.",
                                                               current - capacity),
                                                  current - capacity);
      gtk_label_set_text (self->capacity_label, warning);
      gtk_widget_set_visible (GTK_WIDGET (self->capacity_label), TRUE);
    }
  else if (capacity > 0 && current == (guint) capacity)
    {
      gtk_label_set_text (self->capacity_label, _("The group is full."));
      gtk_widget_set_visible (GTK_WIDGET (self->capacity_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->capacity_label), FALSE);
    }
}

static void
update_details (SrGroupPage *self)
{
  g_autofree char *name = NULL, *description = NULL, *co_leaders = NULL, *location = NULL;
  g_autofree char *time = NULL, *start = NULL, *end = NULL, *methods = NULL;
  g_autofree char *schedule = NULL, *dates = NULL, *capacity_text = NULL, *leaders = NULL;
  g_auto(GStrv) leader_ids = NULL;
  int weekday, duration, capacity;
  guint flags;

  if (self->group == NULL)
    return;

  g_object_get (self->group,
                "name", &name, "description", &description, "methods", &flags,
                "leader-ids", &leader_ids, "co-leaders", &co_leaders, "location", &location,
                "weekday", &weekday, "time", &time, "duration", &duration,
                "start-date", &start, "end-date", &end, "capacity", &capacity,
                NULL);

  gtk_label_set_text (self->title_label, name);
  set_subtitle (self->description_row, description);
  methods = sr_flags_dup_text (SR_TYPE_GROUP_METHOD, flags, ", ");
  set_subtitle (self->methods_row, methods);
  set_subtitle (self->co_leaders_row, co_leaders);
  set_subtitle (self->location_row, location);

  {
    GString *text = g_string_new (NULL);

    for (guint i = 0; leader_ids != NULL && leader_ids[i] != NULL; i++)
      {
        g_autoptr(SrWorker) worker = sr_store_get_worker (self->store, leader_ids[i], NULL);

        if (worker == NULL)
          continue;
        if (text->len > 0)
          g_string_append (text, ", ");
        g_string_append (text, sr_worker_get_name (worker));
      }
    leaders = g_string_free (text, FALSE);
    set_subtitle (self->leaders_row, leaders);
  }

  if (weekday_plural (weekday) != NULL)
    {
      g_autofree char *length = sr_format_duration (duration);

      /* Translators: a group's weekly schedule: "Tuesdays 13:30, 1 h 30 min" */
      schedule = g_strdup_printf (_("%s %s, %s"), weekday_plural (weekday), time != NULL ? time : "", length);
    }
  set_subtitle (self->schedule_row, schedule);

  {
    g_autofree char *from = sr_format_day (start);
    g_autofree char *to = sr_format_day (end);

    if (from != NULL || to != NULL)
      dates = g_strdup_printf ("%s – %s", from != NULL ? from : "", to != NULL ? to : "");
    set_subtitle (self->dates_row, dates);
  }

  if (capacity > 0)
    capacity_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d member", "%d members", capacity), capacity);
  else
    capacity_text = g_strdup (_("No limit"));
  set_subtitle (self->capacity_row, capacity_text);

  {
    g_autofree char *hint = NULL;

    if (weekday_plural (weekday) != NULL && time != NULL && end != NULL)
      hint = g_strdup (_("Plan Sessions adds the weekly sessions up to the end date; days that already have a session are skipped."));
    else
      hint = g_strdup (_("To plan the sessions, give the group a weekday, a time and start and end dates in Edit."));
    gtk_label_set_text (self->sessions_hint, hint);
  }

  update_members_header (self);
}

static void
update_statistics (SrGroupPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrAttendanceTable) table = NULL;
  g_autofree char *rate_text = NULL;
  g_autofree char *feedback_text = NULL;
  SrAttendanceRate rate;
  guint count = 0;
  double average = 0;

  if (self->group_id == NULL)
    return;

  table = sr_attendance_table_new (self->store, self->group_id, &error);
  if (table != NULL)
    {
      sr_attendance_table_group_rate (table, &rate);
      if (rate.has_rate)
        rate_text = g_strdup_printf (_("%d %% · sessions not recorded are left out"), (int) (rate.rate * 100 + 0.5));
      else
        rate_text = g_strdup (_("No attendance recorded yet"));
    }
  else
    {
      rate_text = g_strdup (error->message);
      g_clear_error (&error);
    }
  set_subtitle (self->rate_row, rate_text);

  if (!sr_group_feedback_summary (self->store, self->group_id, NULL, &count, &average, &error))
    feedback_text = g_strdup (error->message);
  else if (count == 0)
    feedback_text = g_strdup (_("No feedback yet"));
  else
    feedback_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Average %.1f / 5 from %u rating",
                                                  "Average %.1f / 5 from %u ratings", count),
                                     average, count);
  set_subtitle (self->feedback_row, feedback_text);
}

/* Sessions -------------------------------------------------------------------------------------- */

static GtkWidget *
create_session_row (gpointer item,
                    gpointer user_data)
{
  SrGroupPage *self = user_data;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *when = NULL;
  g_autofree char *topic = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  guint count = 0;
  double average = 0;
  GtkWidget *row;

  g_object_get (item, "start", &start, "topic", &topic, "status", &status, NULL);
  when = sr_format_date_time (start);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  sr_group_feedback_summary (self->store, NULL, sr_record_get_id (SR_RECORD (item)), &count, &average, &error);
  {
    GString *text = g_string_new (NULL);

    if (status == SR_SESSION_STATUS_CANCELLED)
      g_string_append (text, sr_session_status_get_label (SR_SESSION_STATUS_CANCELLED));
    if (topic != NULL)
      g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", topic);
    if (count > 0)
      {
        g_autofree char *feedback = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                  "feedback %.1f / 5 (%u)",
                                                                  "feedback %.1f / 5 (%u)", count),
                                                     average, count);
        g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", feedback);
      }
    subtitle = g_string_free (text, FALSE);
  }
  if (*subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (status == SR_SESSION_STATUS_CANCELLED)
    gtk_widget_add_css_class (row, "dim-label");

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "session", g_object_ref (item), g_object_unref);

  return row;
}

static void
open_session (SrGroupPage *self,
              SrSession   *session)
{
  SrSessionDialog *dialog;

  if (self->group == NULL)
    return;

  dialog = sr_session_dialog_new (parent_window (self), self->context, self->group, session);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_session_row_activated_cb (SrGroupPage   *self,
                             GtkListBoxRow *row)
{
  SrSession *session = g_object_get_data (G_OBJECT (row), "session");

  if (session != NULL)
    open_session (self, session);
}

static void
on_sheet_edit_session_cb (SrGroupPage *self,
                          const char  *session_id)
{
  g_autoptr(SrSession) session = sr_store_get_session (self->store, session_id, NULL);

  if (session != NULL)
    open_session (self, session);
}

gboolean
sr_group_page_plan_sessions (SrGroupPage  *self,
                             GError      **error)
{
  g_autoptr(GPtrArray) sessions = NULL;

  g_return_val_if_fail (SR_IS_GROUP_PAGE (self), FALSE);
  g_return_val_if_fail (self->group != NULL, FALSE);

  sessions = sr_group_service_plan_sessions (sr_context_get_groups (self->context), self->group_id, error);
  if (sessions == NULL)
    return FALSE;

  {
    g_autofree char *message = NULL;

    if (sessions->len == 0)
      message = g_strdup (_("Every session of the schedule is already planned."));
    else
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session planned", "%u sessions planned",
                                              sessions->len),
                                 sessions->len);
    add_toast (self, message);
  }

  return TRUE;
}

static void
sr_group_page_plan_sessions_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  SrGroupPage *self = SR_GROUP_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->group != NULL && !sr_group_page_plan_sessions (self, &error))
    add_toast (self, error->message);
}

static void
sr_group_page_add_session_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  open_session (SR_GROUP_PAGE (widget), NULL);
}

/* Members --------------------------------------------------------------------------------------- */

static gboolean
has_open_period (SrGroupPage *self,
                 const char  *client_id)
{
  g_autoptr(GListModel) periods = sr_store_list_periods (self->store, client_id);

  for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(SrPeriod) period = g_list_model_get_item (periods, i);

      if (sr_period_is_open (period))
        return TRUE;
    }

  return FALSE;
}

static void
on_leave_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      SrGroupPage      *self)
{
  SrRecord *membership = g_object_get_data (G_OBJECT (dialog), "membership");
  SrDateRow *date_row = g_object_get_data (G_OBJECT (dialog), "date-row");
  GtkEditable *reason_entry = g_object_get_data (G_OBJECT (dialog), "reason");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "leave") != 0)
    return;

  if (!sr_group_service_end_membership (sr_context_get_groups (self->context), sr_record_get_id (membership),
                                        sr_date_row_get_date (date_row), gtk_editable_get_text (reason_entry),
                                        &error))
    add_toast (self, error->message);
}

static void
on_leave_valid_cb (SrDateRow        *row,
                   GParamSpec       *pspec,
                   AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "leave",
                                           sr_date_row_get_valid (row) && sr_date_row_get_date (row) != NULL);
}

static void
on_leave_clicked_cb (GtkButton   *button,
                     SrGroupPage *self)
{
  SrRecord *membership = g_object_get_data (G_OBJECT (button), "membership");
  AdwMessageDialog *dialog;
  GtkWidget *box, *list, *date_row, *reason;
  g_autofree char *today = sr_local_day_iso (NULL, 0);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), _("Mark as Left?"),
                                                       _("The member stays in the group’s history; from this day on they are not listed in new sessions.")));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  date_row = sr_date_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date_row), _("Left on"));
  sr_date_row_set_required (SR_DATE_ROW (date_row), TRUE);
  sr_date_row_set_date (SR_DATE_ROW (date_row), today);
  gtk_list_box_append (GTK_LIST_BOX (list), date_row);
  reason = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (reason), _("Reason"));
  gtk_list_box_append (GTK_LIST_BOX (list), reason);
  gtk_box_append (GTK_BOX (box), list);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "leave", _("Mark as _Left"), NULL);
  adw_message_dialog_set_default_response (dialog, "leave");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "membership", g_object_ref (membership), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "date-row", date_row);
  g_object_set_data (G_OBJECT (dialog), "reason", reason);
  g_signal_connect (date_row, "notify::valid", G_CALLBACK (on_leave_valid_cb), dialog);
  g_signal_connect (date_row, "notify::date", G_CALLBACK (on_leave_valid_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_leave_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_remove_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SrGroupPage      *self)
{
  SrRecord *membership = g_object_get_data (G_OBJECT (dialog), "membership");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") == 0 && self->context != NULL
      && !sr_group_service_remove_membership (sr_context_get_groups (self->context),
                                              sr_record_get_id (membership), &error))
    add_toast (self, error->message);
}

static void
on_remove_clicked_cb (GtkButton   *button,
                      SrGroupPage *self)
{
  SrRecord *membership = g_object_get_data (G_OBJECT (button), "membership");
  AdwMessageDialog *dialog;

  dialog = sr_confirm_destructive_new (parent_window (self), _("Remove the Membership?"),
                                       _("Only remove a membership added by mistake. A member who stops coming is marked as left instead."),
                                       "remove", _("_Remove"));
  g_object_set_data_full (G_OBJECT (dialog), "membership", g_object_ref (membership), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_remove_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer user_data)
{
  SrGroupPage *self = user_data;
  SrRecord *membership = item;
  const char *client_id = sr_record_get_string (membership, "client-id");
  g_autoptr(SrClient) client = sr_store_get_client (self->store, client_id, NULL);
  g_autofree char *name = client != NULL ? sr_client_dup_display_name (client) : g_strdup ("");
  g_autofree char *joined = sr_format_day (sr_record_get_string (membership, "joined"));
  g_autofree char *left = sr_format_day (sr_record_get_string (membership, "left"));
  const char *reason = sr_record_get_string (membership, "reason");
  GString *subtitle = g_string_new (NULL);
  g_autofree char *subtitle_text = NULL;
  GtkWidget *row, *button;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);

  if (joined != NULL)
    g_string_append_printf (subtitle, _("Joined %s"), joined);
  if (left != NULL)
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle, _("Left %s"), left);
      if (reason != NULL)
        g_string_append_printf (subtitle, ": %s", reason);
    }
  if (client != NULL && !has_open_period (self, client_id))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_set_tooltip_text (icon, _("No open rehabilitation period"));
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, _("No open rehabilitation period"));
    }
  subtitle_text = g_string_free (subtitle, FALSE);
  if (*subtitle_text != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle_text);

  if (left == NULL)
    {
      button = gtk_button_new_with_mnemonic (_("_Left…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Mark as left, with the date and reason"));
      g_object_set_data_full (G_OBJECT (button), "membership", g_object_ref (membership), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (on_leave_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove Membership Added by Mistake"));
  g_object_set_data_full (G_OBJECT (button), "membership", g_object_ref (membership), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

gboolean
sr_group_page_add_member (SrGroupPage  *self,
                          SrClient     *client,
                          GError      **error)
{
  g_autoptr(SrMembership) membership = NULL;

  g_return_val_if_fail (SR_IS_GROUP_PAGE (self), FALSE);
  g_return_val_if_fail (SR_IS_CLIENT (client), FALSE);
  g_return_val_if_fail (self->group_id != NULL, FALSE);

  membership = sr_group_service_add_member (sr_context_get_groups (self->context), self->group_id,
                                            sr_record_get_id (SR_RECORD (client)), NULL, error);
  if (membership == NULL)
    return FALSE;

  update_members_header (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->capacity_label)))
    add_toast (self, gtk_label_get_text (self->capacity_label));

  return TRUE;
}

static void
on_client_chosen_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(SrGroupPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = sr_client_chooser_choose_finish (result, &error);

  if (client == NULL)
    {
      if (error != NULL)
        add_toast (self, error->message);
      return;
    }
  if (self->group_id == NULL)
    return;

  if (!sr_group_page_add_member (self, client, &error))
    add_toast (self, error->message);
}

static void
sr_group_page_add_member_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  SrGroupPage *self = SR_GROUP_PAGE (widget);

  if (self->store == NULL || self->group_id == NULL)
    return;

  sr_client_chooser_choose_async (parent_window (self), self->store, _("Add Member"), NULL,
                                  on_client_chosen_cb, g_object_ref (self));
}

/* Details --------------------------------------------------------------------------------------- */

static void
sr_group_page_edit_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SrGroupPage *self = SR_GROUP_PAGE (widget);
  SrGroupDialog *dialog;

  if (self->group == NULL)
    return;

  dialog = sr_group_dialog_new (parent_window (self), self->context, self->group);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reload_group (SrGroupPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->group);
  if (self->group_id == NULL)
    return;

  self->group = sr_store_get_group (self->store, self->group_id, &error);
  if (self->group == NULL)
    add_toast (self, error->message);
  update_details (self);
}

static void
on_store_committed_cb (SrStore     *store,
                       SrChanges   *changes,
                       SrGroupPage *self)
{
  static const char * const sheet_parts[] = {
    SR_ENTITY_ATTENDANCE, SR_ENTITY_FEEDBACK, SR_ENTITY_SESSION, SR_ENTITY_MEMBERSHIP, NULL
  };

  if (sr_changes_has_record (changes, SR_ENTITY_GROUP, self->group_id))
    reload_group (self);

  if (sr_changes_has_any (changes, sheet_parts))
    {
      /* Feedback changes a session row's summary: rebuild the rows once. */
      if (sr_changes_has_entity (changes, SR_ENTITY_FEEDBACK) && self->sessions != NULL)
        gtk_list_box_bind_model (self->sessions_list, self->sessions, create_session_row, self, NULL);
      if (gtk_widget_get_mapped (GTK_WIDGET (self->rate_row)))
        update_statistics (self);
    }
}

static void
on_stack_visible_child_cb (SrGroupPage *self)
{
  /* The details page shows figures: compute them when it is shown. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "details") == 0)
    update_statistics (self);
}

static void
clear_group (SrGroupPage *self)
{
  if (self->members != NULL)
    g_clear_signal_handler (&self->members_changed_id, self->members);
  gtk_list_box_bind_model (self->sessions_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->members_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->sessions);
  g_clear_object (&self->members);
  g_clear_object (&self->group);
  g_clear_pointer (&self->group_id, g_free);
}

static void
sr_group_page_dispose (GObject *object)
{
  SrGroupPage *self = SR_GROUP_PAGE (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->store_committed_id, self->store);
  clear_group (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_GROUP_PAGE);
  {
    GtkWidget *child;

    /* Unnamed template children too. */
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sr_group_page_parent_class)->dispose (object);
}

static void
sr_group_page_class_init (SrGroupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_group_page_dispose;

  g_type_ensure (SR_TYPE_ATTENDANCE_SHEET);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-group-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, sheet);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, sessions_hint);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, sessions_list);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, members_label);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, capacity_label);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, members_list);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, description_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, methods_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, leaders_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, co_leaders_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, location_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, schedule_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, dates_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, capacity_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, rate_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupPage, feedback_row);
  gtk_widget_class_bind_template_callback (widget_class, on_session_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sheet_edit_session_cb);

  gtk_widget_class_install_action (widget_class, "group.edit", NULL, sr_group_page_edit_action);
  gtk_widget_class_install_action (widget_class, "group.plan-sessions", NULL, sr_group_page_plan_sessions_action);
  gtk_widget_class_install_action (widget_class, "group.add-session", NULL, sr_group_page_add_session_action);
  gtk_widget_class_install_action (widget_class, "group.add-member", NULL, sr_group_page_add_member_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
sr_group_page_init (SrGroupPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (on_stack_visible_child_cb), self);
}

void
sr_group_page_set_group (SrGroupPage *self,
                         SrContext   *context,
                         const char  *group_id,
                         const char  *session_id)
{
  SrStore *store;

  g_return_if_fail (SR_IS_GROUP_PAGE (self));
  g_return_if_fail (context == NULL || SR_IS_CONTEXT (context));

  store = context != NULL ? sr_context_get_store (context) : NULL;
  if (self->context != context)
    {
      if (self->store != NULL)
        g_clear_signal_handler (&self->store_committed_id, self->store);
      g_set_object (&self->context, context);
      g_set_object (&self->store, store);
      if (store != NULL)
        self->store_committed_id = g_signal_connect (store, "committed", G_CALLBACK (on_store_committed_cb), self);
    }

  if (g_strcmp0 (group_id, self->group_id) == 0 && group_id != NULL)
    {
      if (session_id != NULL)
        sr_attendance_sheet_show_session (self->sheet, session_id);
      return;
    }

  clear_group (self);
  if (store == NULL || group_id == NULL)
    {
      sr_attendance_sheet_set_group (self->sheet, NULL, NULL, NULL);
      return;
    }

  self->group_id = g_strdup (group_id);
  reload_group (self);

  self->sessions = sr_store_list_sessions (store, group_id);
  gtk_list_box_bind_model (self->sessions_list, self->sessions, create_session_row, self, NULL);
  self->members = sr_store_list_group_members (store, group_id);
  gtk_list_box_bind_model (self->members_list, self->members, create_member_row, self, NULL);
  self->members_changed_id = g_signal_connect_swapped (self->members, "items-changed",
                                                       G_CALLBACK (update_members_header), self);
  update_members_header (self);

  sr_attendance_sheet_set_group (self->sheet, store, group_id, session_id);
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "details") == 0)
    update_statistics (self);
}

const char *
sr_group_page_get_group_id (SrGroupPage *self)
{
  g_return_val_if_fail (SR_IS_GROUP_PAGE (self), NULL);

  return self->group_id;
}

void
sr_group_page_set_visible_tab (SrGroupPage *self,
                               const char  *name)
{
  g_return_if_fail (SR_IS_GROUP_PAGE (self));

  adw_view_stack_set_visible_child_name (self->stack, name);
}

SrAttendanceSheet *
sr_group_page_get_sheet (SrGroupPage *self)
{
  g_return_val_if_fail (SR_IS_GROUP_PAGE (self), NULL);

  return self->sheet;
}

void
sr_group_page_set_show_back (SrGroupPage *self,
                             gboolean     show_back)
{
  g_return_if_fail (SR_IS_GROUP_PAGE (self));

  gtk_widget_set_visible (self->back_button, show_back);
}
