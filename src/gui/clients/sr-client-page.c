/* sr-client-page.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-client-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-assessment-view.h"
#include "sr-client-dialog.h"
#include "sr-client-lists.h"
#include "sr-client-service.h"
#include "sr-client-page.h"
#include "sr-client-status.h"
#include "sr-client.h"
#include "sr-close-period-dialog.h"
#include "sr-confirm.h"
#include "sr-contact-dialog.h"
#include "sr-date-row.h"
#include "sr-format.h"
#include "sr-group-lists.h"
#include "sr-group.h"
#include "sr-labels.h"
#include "sr-meeting-lists.h"
#include "sr-meeting.h"
#include "sr-network-contact.h"
#include "sr-period-dialog.h"
#include "sr-period.h"
#include "sr-plan-view.h"
#include "sr-toast.h"
#include "sr-worker.h"

struct _SrClientPage
{
  AdwBin               parent_instance;

  SrContext           *context;
  SrStore             *store;
  SrClient            *client;
  SrPeriod            *period;        /* shown in Assessment and Plan */
  GListModel          *periods;
  GListModel          *meetings;
  GListModel          *contacts;
  GListModel          *memberships;
  guint                refresh_source;

  /* Template widgets */
  GtkWidget           *back_button;
  GtkLabel            *name_label;
  GtkLabel            *summary_label;
  AdwViewStack        *sections;
  GtkWidget           *attention_group;
  GtkListBox          *attention_list;
  GtkListBox          *current_period_list;
  GtkListBox          *contact_list;
  GtkWidget           *groups_group;
  GtkListBox          *groups_list;
  GtkListBox          *periods_list;
  GtkWidget           *new_period_button;
  GtkListBox          *meetings_list;
  GtkListBox          *network_list;
  GtkWidget           *add_contact_button;
  SrAssessmentView    *assessment_view;
  SrPlanView          *plan_view;
};

G_DEFINE_FINAL_TYPE (SrClientPage, sr_client_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_CLIENT,
  PROP_SHOW_BACK_BUTTON,
  N_PROPS
};

enum {
  BACK,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void sr_client_page_refresh (SrClientPage *self);

/* Helpers ------------------------------------------------------------------------- */


static void
show_error_toast (SrClientPage *self,
                  const char   *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  sr_widget_add_toast (GTK_WIDGET (self), toast);
}

static GtkWindow *
parent_window (SrClientPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
clear_list_box (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
add_info_row (GtkListBox *list,
              const char *title,
              const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value != NULL && value[0] != '\0' ? value : "—");
  gtk_list_box_append (list, row);

  return row;
}

static char *
format_day_or_dash (const char *iso_day)
{
  char *text = sr_format_day (iso_day);

  return text != NULL ? text : g_strdup ("—");
}

/* "1.3.2026 – 31.8.2026" */
static char *
format_range (const char *from,
              const char *to)
{
  g_autofree char *a = format_day_or_dash (from);
  g_autofree char *b = to != NULL ? format_day_or_dash (to) : g_strdup ("");

  /* Translators: a range of dates, e.g. a period's start and end. */
  return g_strdup_printf (_("%s – %s"), a, b);
}

static SrPhase
period_phase (SrPeriod *period)
{
  return sr_period_get_phase (period);
}

/* The period Assessment and Plan show: the open one, else the latest. */
static SrPeriod *
choose_period (SrClientPage *self)
{
  guint n = self->periods != NULL ? g_list_model_get_n_items (self->periods) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SrPeriod) period = g_list_model_get_item (self->periods, i);

      if (sr_period_is_open (period))
        return g_steal_pointer (&period);
    }

  return n > 0 ? g_list_model_get_item (self->periods, 0) : NULL;
}

/* Overview ------------------------------------------------------------------------- */

static void
fill_attention (SrClientPage   *self,
                SrClientStatus *status)
{
  static const SrClientFlags all[] = {
    SR_CLIENT_FLAG_NO_RECENT_MEETING, SR_CLIENT_FLAG_DECISION_ENDING,
    SR_CLIENT_FLAG_REVIEW_OVERDUE, SR_CLIENT_FLAG_PAST_PLANNED_END,
  };

  clear_list_box (self->attention_list);
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_autofree char *reason = NULL;
      GtkWidget *row, *icon;

      if ((status->flags & all[i]) == 0)
        continue;

      reason = sr_client_flag_dup_reason (all[i], status);
      row = add_info_row (self->attention_list, reason, sr_client_flag_get_advice (all[i]));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  gtk_widget_set_visible (self->attention_group, status->flags != SR_CLIENT_FLAG_NONE);
}

static SrMeeting *
find_next_meeting (SrClientPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  SrMeeting *next = NULL;
  guint n = self->meetings != NULL ? g_list_model_get_n_items (self->meetings) : 0;

  /* Newest first: the last planned one still ahead is the next. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SrMeeting) meeting = g_list_model_get_item (self->meetings, i);
      int status = 0;

      g_object_get (meeting, "status", &status, NULL);
      if (g_date_time_compare (sr_meeting_get_start (meeting), now) < 0)
        break;
      if (status == SR_MEETING_STATUS_PLANNED)
        g_set_object (&next, meeting);
    }

  return next;
}

static void
fill_current_period (SrClientPage         *self,
                     const SrClientStatus *status)
{
  g_autoptr(SrMeeting) next = find_next_meeting (self);
  g_autofree char *next_text = NULL;

  clear_list_box (self->current_period_list);

  if (self->period == NULL || !sr_period_is_open (self->period))
    {
      GtkWidget *row = add_info_row (self->current_period_list, _("No open period"),
                                     _("Start a period in Periods when a decision on social rehabilitation has been made."));

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  else
    {
      SrRecord *p = SR_RECORD (self->period);
      g_autofree char *dates = format_range (sr_record_get_string (p, "start-date"),
                                             sr_record_get_string (p, "planned-end"));
      g_autofree char *validity = format_range (sr_record_get_string (p, "decision-valid-from"),
                                                sr_record_get_string (p, "decision-valid-to"));
      const char *number = sr_record_get_string (p, "decision-number");
      g_autofree char *decision = NULL;
      GtkWidget *row;

      add_info_row (self->current_period_list, _("Phase"), sr_phase_get_label (period_phase (self->period)));
      add_info_row (self->current_period_list, _("Start and planned end"), dates);

      if (number != NULL)
        {
          g_autofree char *decided = format_day_or_dash (sr_record_get_string (p, "decision-date"));

          /* Translators: a decision's number and the day it was made. */
          decision = g_strdup_printf (_("%s, made on %s"), number, decided);
        }
      add_info_row (self->current_period_list, _("Decision"), decision);
      row = add_info_row (self->current_period_list, _("Decision valid"), validity);
      if (status->flags & SR_CLIENT_FLAG_DECISION_ENDING)
        {
          g_autofree char *reason = sr_client_flag_dup_reason (SR_CLIENT_FLAG_DECISION_ENDING, status);
          GtkWidget *label = gtk_label_new (reason);

          gtk_widget_add_css_class (label, "warning");
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
        }
    }

  if (next != NULL)
    {
      g_autofree char *when = sr_format_date_time (sr_meeting_get_start (next));
      int kind = 0;

      g_object_get (next, "kind", &kind, NULL);
      /* Translators: the next meeting: when, then what kind. */
      next_text = g_strdup_printf (_("%s, %s"), when, sr_meeting_kind_get_label (kind));
    }
  add_info_row (self->current_period_list, _("Next meeting"),
                next_text != NULL ? next_text : _("None planned"));
}

static void
fill_contact (SrClientPage *self)
{
  SrRecord *c = SR_RECORD (self->client);
  g_autofree char *birth = sr_format_day (sr_record_get_string (c, "birth-date"));
  const char *worker_id = sr_client_get_worker_id (self->client);
  g_autoptr(SrWorker) worker = NULL;
  int language = 0;

  clear_list_box (self->contact_list);

  if (worker_id != NULL)
    worker = sr_store_get_worker (self->store, worker_id, NULL);
  g_object_get (self->client, "language", &language, NULL);

  add_info_row (self->contact_list, _("Named worker"), worker != NULL ? sr_worker_get_name (worker) : NULL);
  add_info_row (self->contact_list, _("Identity code"), sr_client_get_identity_code (self->client));
  add_info_row (self->contact_list, _("Date of birth"), birth);
  add_info_row (self->contact_list, _("Phone"), sr_record_get_string (c, "phone"));
  add_info_row (self->contact_list, _("Email"), sr_record_get_string (c, "email"));
  add_info_row (self->contact_list, _("Address"), sr_record_get_string (c, "address"));
  add_info_row (self->contact_list, _("Municipality"), sr_record_get_string (c, "municipality"));
  add_info_row (self->contact_list, _("Language"), sr_language_get_label (language));
  if (sr_record_get_string (c, "notes") != NULL)
    {
      GtkWidget *row = add_info_row (self->contact_list, _("Notes"), sr_record_get_string (c, "notes"));

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
}

static void
fill_groups (SrClientPage *self)
{
  guint n = self->memberships != NULL ? g_list_model_get_n_items (self->memberships) : 0;
  guint shown = 0;

  clear_list_box (self->groups_list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SrRecord) membership = g_list_model_get_item (self->memberships, i);
      const char *group_id = sr_record_get_string (membership, "group-id");
      g_autoptr(SrGroup) group = sr_store_get_group (self->store, group_id, NULL);
      g_autofree char *text = NULL;
      SrAttendanceRate rate;

      if (group == NULL)
        continue;

      if (sr_client_attendance_rate (self->store, sr_record_get_id (SR_RECORD (self->client)),
                                     group_id, &rate, NULL) && rate.has_rate)
        /* Translators: attendance in a group: a percentage, then of how many sessions. */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Attended %.0f %% of %u session",
                                             "Attended %.0f %% of %u sessions",
                                             rate.sessions_counted),
                                rate.rate * 100.0, rate.sessions_counted);
      else
        text = g_strdup (_("No attendance recorded yet"));

      if (sr_record_get_string (membership, "left") != NULL)
        {
          g_autofree char *left = sr_format_day (sr_record_get_string (membership, "left"));
          g_autofree char *with_left = g_strdup_printf (_("%s; left on %s"), text, left);

          g_free (text);
          text = g_steal_pointer (&with_left);
        }

      add_info_row (self->groups_list, sr_group_get_name (group), text);
      shown++;
    }

  gtk_widget_set_visible (self->groups_group, shown > 0);
}

static void
sr_client_page_fill_overview (SrClientPage *self)
{
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;
  SrClientStatus status = { 0 };

  if (self->client == NULL)
    return;

  sr_client_status_get (self->store, sr_record_get_id (SR_RECORD (self->client)), NULL, &status, NULL);

  name = sr_client_dup_display_name (self->client);
  gtk_label_set_text (self->name_label, name);

  if (sr_client_get_archived (self->client))
    summary = g_strdup (_("Archived"));
  else if (status.has_open_period)
    summary = g_strdup_printf (_("Period: %s"), sr_phase_get_label (status.phase));
  else
    summary = g_strdup (_("No open period"));
  gtk_label_set_text (self->summary_label, summary);

  fill_attention (self, &status);
  fill_current_period (self, &status);
  fill_contact (self);
  fill_groups (self);
}

/* Periods -------------------------------------------------------------------------- */

static void
on_new_period_clicked_cb (SrClientPage *self)
{
  SrPeriodDialog *dialog;

  if (self->client == NULL)
    return;

  dialog = sr_period_dialog_new (parent_window (self), self->context, self->client);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_next_phase_clicked_cb (GtkButton    *button,
                          SrClientPage *self)
{
  const char *period_id = g_object_get_data (G_OBJECT (button), "period-id");
  g_autoptr(GError) error = NULL;

  if (!sr_client_service_advance_period (sr_context_get_clients (self->context), period_id, NULL, &error))
    show_error_toast (self, error->message);
}

static void
on_close_period_clicked_cb (GtkButton    *button,
                            SrClientPage *self)
{
  SrClosePeriodDialog *dialog;

  dialog = sr_close_period_dialog_new (parent_window (self), self->context,
                                       g_object_get_data (G_OBJECT (button), "period-id"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_period_row (gpointer item,
                   gpointer user_data)
{
  SrClientPage *self = user_data;
  SrPeriod *period = item;
  SrRecord *p = SR_RECORD (period);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *dates = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *number = sr_record_get_string (p, "decision-number");
  gboolean open = sr_period_is_open (period);

  dates = format_range (sr_record_get_string (p, "start-date"),
                        open ? sr_record_get_string (p, "planned-end") : sr_record_get_string (p, "actual-end"));
  /* Translators: a period in the list: its phase, then its dates. */
  title = g_strdup_printf (_("%s · %s"), sr_phase_get_label (period_phase (period)), dates);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  if (number != NULL)
    {
      g_autofree char *valid_to = format_day_or_dash (sr_record_get_string (p, "decision-valid-to"));

      g_string_append_printf (subtitle, _("Decision %s, valid to %s"), number, valid_to);
    }
  if (!open)
    {
      int reason = 0;

      g_object_get (period, "closing-reason", &reason, NULL);
      if (reason != SR_CLOSING_REASON_NONE)
        {
          if (subtitle->len > 0)
            g_string_append (subtitle, "\n");
          g_string_append (subtitle, sr_closing_reason_get_label (reason));
        }
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  if (open)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *button;
      SrPhase next;

      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);

      if (sr_client_service_next_phase (period_phase (period), &next))
        {
          button = gtk_button_new_with_mnemonic (sr_phase_get_next_label (period_phase (period)));
          g_object_set_data_full (G_OBJECT (button), "period-id", g_strdup (sr_record_get_id (p)), g_free);
          g_signal_connect (button, "clicked", G_CALLBACK (on_next_phase_clicked_cb), self);
          gtk_box_append (GTK_BOX (box), button);
        }

      button = gtk_button_new_with_mnemonic (_("_Close…"));
      g_object_set_data_full (G_OBJECT (button), "period-id", g_strdup (sr_record_get_id (p)), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_close_period_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
    }

  return row;
}

/* Meetings ------------------------------------------------------------------------- */

static void
on_open_meeting_clicked_cb (GtkButton *button)
{
  gtk_widget_activate_action (GTK_WIDGET (button), "win.show-meeting", "s",
                              g_object_get_data (G_OBJECT (button), "meeting-id"));
}

static GtkWidget *
create_meeting_row (gpointer item,
                    gpointer user_data)
{
  SrMeeting *meeting = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  g_autofree char *when = sr_format_date_time (sr_meeting_get_start (meeting));
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *notes = sr_record_get_string (SR_RECORD (meeting), "notes");
  int kind = 0, status = 0;

  g_object_get (meeting, "kind", &kind, "status", &status, NULL);
  title = g_strdup_printf (_("%s · %s"), when, sr_meeting_kind_get_label (kind));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_string_append (subtitle, sr_meeting_status_get_label (status));
  if (notes != NULL)
    g_string_append_printf (subtitle, "\n%s", notes);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);

  button = gtk_button_new_from_icon_name ("x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Open in Calendar"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Open in Calendar"), -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "meeting-id",
                          g_strdup (sr_record_get_id (SR_RECORD (meeting))), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_open_meeting_clicked_cb), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* Network -------------------------------------------------------------------------- */

static void
sr_client_page_edit_contact (SrClientPage     *self,
                             SrNetworkContact *contact)
{
  SrContactDialog *dialog;

  dialog = sr_contact_dialog_new (parent_window (self), self->context, self->client, contact);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_add_contact_clicked_cb (SrClientPage *self)
{
  if (self->client != NULL)
    sr_client_page_edit_contact (self, NULL);
}

static void
on_edit_contact_clicked_cb (GtkButton    *button,
                            SrClientPage *self)
{
  sr_client_page_edit_contact (self, g_object_get_data (G_OBJECT (button), "contact"));
}

static void
on_undo_remove_contact_cb (AdwToast         *toast,
                           SrClientPage     *self)
{
  SrNetworkContact *contact = g_object_get_data (G_OBJECT (toast), "contact");
  g_autoptr(GError) error = NULL;

  /* Saving the removed record again puts it back with its id. */
  if (self->context != NULL
      && !sr_client_service_restore_contact (sr_context_get_clients (self->context), contact, &error))
    show_error_toast (self, error->message);
}

static void
on_remove_contact_clicked_cb (GtkButton    *button,
                              SrClientPage *self)
{
  SrNetworkContact *contact = g_object_get_data (G_OBJECT (button), "contact");
  g_autoptr(SrNetworkContact) kept = g_object_ref (contact);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (self->context == NULL)
    return;

  if (!sr_client_service_delete_contact (sr_context_get_clients (self->context),
                                         sr_record_get_id (SR_RECORD (kept)), &error))
    {
      show_error_toast (self, error->message);
      return;
    }

  toast = adw_toast_new (_("Contact removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "contact", g_steal_pointer (&kept), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove_contact_cb), self, 0);
  sr_widget_add_toast (GTK_WIDGET (self), toast);
}

static GtkWidget *
create_contact_row (gpointer item,
                    gpointer user_data)
{
  SrClientPage *self = user_data;
  SrRecord *c = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  const char *organisation = sr_record_get_string (c, "organisation");
  const char *person = sr_record_get_string (c, "person");
  const char *role = sr_record_get_string (c, "role");
  const char *service = sr_record_get_string (c, "service-type");
  const char *details = sr_record_get_string (c, "contact");
  g_autoptr(GString) subtitle = g_string_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), organisation != NULL ? organisation : person);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  if (service != NULL)
    g_string_append_printf (subtitle, "%s\n", service);
  if (person != NULL && organisation != NULL)
    g_string_append (subtitle, person);
  if (role != NULL)
    g_string_append_printf (subtitle, subtitle->len > 0 && subtitle->str[subtitle->len - 1] != '\n' ? ", %s" : "%s", role);
  if (details != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 && subtitle->str[subtitle->len - 1] != '\n' ? "\n" : "", details);
  if (subtitle->len > 0 && subtitle->str[subtitle->len - 1] != '\n')
    g_string_append (subtitle, "\n");
  if (sr_record_get_boolean (c, "consent-to-share"))
    {
      g_autofree char *day = format_day_or_dash (sr_record_get_string (c, "consent-date"));

      g_string_append_printf (subtitle, _("Consent to share given on %s"), day);
    }
  else
    g_string_append (subtitle, _("No consent to share"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  button = gtk_button_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Edit Contact"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Edit Contact"), -1);
  g_object_set_data_full (G_OBJECT (button), "contact", g_object_ref (c), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_edit_contact_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove Contact"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Contact"), -1);
  g_object_set_data_full (G_OBJECT (button), "contact", g_object_ref (c), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_contact_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* Client actions ------------------------------------------------------------------- */

static void
sr_client_page_update_actions (SrClientPage *self)
{
  gboolean has = self->client != NULL;
  gboolean archived = has && sr_client_get_archived (self->client);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.edit", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.archive", has && !archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.unarchive", archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.delete", has);
  gtk_widget_set_sensitive (self->new_period_button,
                            has && !archived && (self->period == NULL || !sr_period_is_open (self->period)));
  gtk_widget_set_sensitive (self->add_contact_button, has && !archived);
}

static void
sr_client_page_edit_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SrClientPage *self = SR_CLIENT_PAGE (widget);
  SrClientDialog *dialog;

  if (self->client == NULL)
    return;

  dialog = sr_client_dialog_new (parent_window (self), self->context, self->client);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_archive_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        SrClientPage     *self)
{
  g_autoptr(GError) error = NULL;
  const char *client_id = g_object_get_data (G_OBJECT (dialog), "client-id");

  if (g_strcmp0 (response, "archive") != 0 || self->context == NULL)
    return;

  if (!sr_client_service_archive_client (sr_context_get_clients (self->context), client_id, TRUE, &error))
    show_error_toast (self, error->message);
  else
    sr_widget_add_toast (GTK_WIDGET (self), adw_toast_new (_("Client archived")));
}

static void
sr_client_page_archive_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  SrClientPage *self = SR_CLIENT_PAGE (widget);
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (self->client == NULL)
    return;

  name = sr_client_dup_display_name (self->client);
  dialog = GTK_WIDGET (sr_confirm_destructive_new (parent_window (self), _("Archive Client?"), NULL,
                                                   "archive", _("_Archive")));
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s will leave the client lists. Nothing is deleted: the records are kept as the law on retention requires, and the client can be found and restored under Archived."),
                                  name);
  g_object_set_data_full (G_OBJECT (dialog), "client-id",
                          g_strdup (sr_record_get_id (SR_RECORD (self->client))), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_archive_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sr_client_page_unarchive_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  SrClientPage *self = SR_CLIENT_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->client == NULL || self->context == NULL)
    return;

  if (!sr_client_service_archive_client (sr_context_get_clients (self->context),
                                         sr_record_get_id (SR_RECORD (self->client)), FALSE, &error))
    show_error_toast (self, error->message);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SrClientPage     *self)
{
  g_autoptr(GError) error = NULL;
  const char *client_id = g_object_get_data (G_OBJECT (dialog), "client-id");

  if (g_strcmp0 (response, "delete") != 0 || self->context == NULL)
    return;

  if (!sr_client_service_delete_client (sr_context_get_clients (self->context), client_id, &error))
    {
      GtkWidget *message = adw_message_dialog_new (parent_window (self), _("The Client Was Not Deleted"),
                                                   error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }

  sr_widget_add_toast (GTK_WIDGET (self), adw_toast_new (_("Client deleted")));
  if (self->client != NULL && g_strcmp0 (sr_record_get_id (SR_RECORD (self->client)), client_id) == 0)
    sr_client_page_set_client (self, NULL);
}

static void
sr_client_page_delete_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  SrClientPage *self = SR_CLIENT_PAGE (widget);
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (self->client == NULL)
    return;

  name = sr_client_dup_display_name (self->client);
  dialog = GTK_WIDGET (sr_confirm_destructive_new (parent_window (self), _("Delete Client?"), NULL,
                                                   "delete", _("_Delete")));
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Only a client created by mistake can be deleted: %s has no periods, meetings or other records. This cannot be undone. To take a client off the lists, archive them instead."),
                                  name);
  g_object_set_data_full (G_OBJECT (dialog), "client-id",
                          g_strdup (sr_record_get_id (SR_RECORD (self->client))), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_back_clicked_cb (SrClientPage *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

/* Refresh -------------------------------------------------------------------------- */

static void
sr_client_page_refresh (SrClientPage *self)
{
  g_autoptr(SrPeriod) period = NULL;

  if (self->client == NULL || self->store == NULL)
    return;

  period = choose_period (self);
  /* Same period (by id): keep the embedded editors' state. */
  if (period == NULL || self->period == NULL
      || g_strcmp0 (sr_record_get_id (SR_RECORD (period)), sr_record_get_id (SR_RECORD (self->period))) != 0)
    {
      g_set_object (&self->period, period);
      sr_assessment_view_set_period (self->assessment_view, period);
      sr_plan_view_set_period (self->plan_view, period);
    }
  else
    g_set_object (&self->period, period);

  gtk_widget_set_sensitive (self->new_period_button,
                            !sr_client_get_archived (self->client)
                            && (self->period == NULL || !sr_period_is_open (self->period)));
  sr_client_page_fill_overview (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  SrClientPage *self = user_data;

  self->refresh_source = 0;
  sr_client_page_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (SrClientPage *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

static void
on_store_committed_cb (SrClientPage *self,
                       SrChanges    *changes)
{
  g_autofree char *client_id = NULL;

  if (self->client == NULL)
    return;
  client_id = g_strdup (sr_record_get_id (SR_RECORD (self->client)));

  if (sr_changes_has_record (changes, SR_ENTITY_CLIENT, client_id))
    {
      g_autoptr(SrClient) fresh = sr_store_get_client (self->store, client_id, NULL);

      if (fresh == NULL)
        return;
      g_set_object (&self->client, fresh);
      sr_client_page_update_actions (self);
    }

  /* What the page shows belongs to this client, or is a worker, group or session it names.
   * The audit row of opening the page is no reason to refresh it. */
  for (guint i = 0; i < sr_changes_get_n_changes (changes); i++)
    {
      const char *entity_type = sr_changes_get_entity_type (changes, i);

      if (g_str_equal (entity_type, SR_ENTITY_AUDIT))
        continue;
      if (g_strcmp0 (sr_changes_get_client_id (changes, i), client_id) == 0
          || g_str_equal (entity_type, SR_ENTITY_WORKER)
          || g_str_equal (entity_type, SR_ENTITY_GROUP)
          || g_str_equal (entity_type, SR_ENTITY_SESSION))
        {
          queue_refresh (self);
          return;
        }
    }
}

/* GObject -------------------------------------------------------------------------- */

static void
sr_client_page_dispose (GObject *object)
{
  SrClientPage *self = SR_CLIENT_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  /* AdwBin would unparent its child again after the template is gone. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_CLIENT_PAGE);

  g_clear_object (&self->periods);
  g_clear_object (&self->meetings);
  g_clear_object (&self->contacts);
  g_clear_object (&self->memberships);
  g_clear_object (&self->period);
  g_clear_object (&self->client);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sr_client_page_parent_class)->dispose (object);
}

static void
sr_client_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SrClientPage *self = SR_CLIENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    case PROP_SHOW_BACK_BUTTON:
      g_value_set_boolean (value, gtk_widget_get_visible (self->back_button));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_client_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SrClientPage *self = SR_CLIENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      sr_client_page_set_context (self, g_value_get_object (value));
      break;

    case PROP_CLIENT:
      sr_client_page_set_client (self, g_value_get_object (value));
      break;

    case PROP_SHOW_BACK_BUTTON:
      if (gtk_widget_get_visible (self->back_button) != g_value_get_boolean (value))
        {
          gtk_widget_set_visible (self->back_button, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_client_page_class_init (SrClientPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_client_page_dispose;
  object_class->get_property = sr_client_page_get_property;
  object_class->set_property = sr_client_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, SR_TYPE_CLIENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SHOW_BACK_BUTTON] =
    g_param_spec_boolean ("show-back-button", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* The embedded editors use date rows in their templates. */
  g_type_ensure (SR_TYPE_DATE_ROW);
  g_type_ensure (SR_TYPE_ASSESSMENT_VIEW);
  g_type_ensure (SR_TYPE_PLAN_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-client-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, sections);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, attention_group);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, attention_list);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, current_period_list);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, contact_list);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, groups_group);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, groups_list);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, periods_list);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, new_period_button);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, network_list);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, add_contact_button);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, assessment_view);
  gtk_widget_class_bind_template_child (widget_class, SrClientPage, plan_view);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_period_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_contact_clicked_cb);

  gtk_widget_class_install_action (widget_class, "page.edit", NULL, sr_client_page_edit_action);
  gtk_widget_class_install_action (widget_class, "page.archive", NULL, sr_client_page_archive_action);
  gtk_widget_class_install_action (widget_class, "page.unarchive", NULL, sr_client_page_unarchive_action);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, sr_client_page_delete_action);
}

static GtkWidget *
new_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static void
sr_client_page_init (SrClientPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->periods_list, new_placeholder (_("No periods yet")));
  gtk_list_box_set_placeholder (self->meetings_list, new_placeholder (_("No meetings yet")));
  gtk_list_box_set_placeholder (self->network_list, new_placeholder (_("No contacts yet")));

  sr_client_page_update_actions (self);
}

SrContext *
sr_client_page_get_context (SrClientPage *self)
{
  g_return_val_if_fail (SR_IS_CLIENT_PAGE (self), NULL);

  return self->context;
}

static void
sr_client_page_set_store (SrClientPage *self,
                          SrStore      *store)
{
  g_return_if_fail (store == NULL || SR_IS_STORE (store));

  if (self->store == store)
    return;

  sr_client_page_set_client (self, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "committed", G_CALLBACK (on_store_committed_cb), self, G_CONNECT_SWAPPED);

  sr_period_section_set_context (SR_PERIOD_SECTION (self->assessment_view), self->context);
  sr_period_section_set_context (SR_PERIOD_SECTION (self->plan_view), self->context);
}

void
sr_client_page_set_context (SrClientPage *self,
                            SrContext    *context)
{
  g_return_if_fail (SR_IS_CLIENT_PAGE (self));
  g_return_if_fail (context == NULL || SR_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  sr_client_page_set_store (self, context != NULL ? sr_context_get_store (context) : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

SrClient *
sr_client_page_get_client (SrClientPage *self)
{
  g_return_val_if_fail (SR_IS_CLIENT_PAGE (self), NULL);

  return self->client;
}

void
sr_client_page_set_client (SrClientPage *self,
                           SrClient     *client)
{
  gboolean other;

  g_return_if_fail (SR_IS_CLIENT_PAGE (self));
  g_return_if_fail (client == NULL || SR_IS_CLIENT (client));

  if (self->client == client)
    return;

  other = client == NULL || self->client == NULL
          || g_strcmp0 (sr_record_get_id (SR_RECORD (client)), sr_record_get_id (SR_RECORD (self->client))) != 0;
  g_set_object (&self->client, client);

  if (other)
    {
      g_clear_object (&self->periods);
      g_clear_object (&self->meetings);
      g_clear_object (&self->contacts);
      g_clear_object (&self->memberships);
      g_clear_object (&self->period);
      sr_assessment_view_set_period (self->assessment_view, NULL);
      sr_plan_view_set_period (self->plan_view, NULL);

      if (client != NULL && self->store != NULL)
        {
          const char *id = sr_record_get_id (SR_RECORD (client));
          g_autoptr(GError) error = NULL;

          /* Opening a client's record is a use of client data: it goes to the use log. */
          if (!sr_store_log_view_client (self->store, id, &error))
            show_error_toast (self, error->message);

          self->periods = sr_store_list_periods (self->store, id);
          self->meetings = sr_store_list_client_meetings (self->store, id);
          self->contacts = sr_store_list_network_contacts (self->store, id);
          self->memberships = sr_store_list_client_memberships (self->store, id);
          /* The live lists update after the store's signal: refresh again when they do. */
          g_signal_connect_object (self->periods, "items-changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (self->meetings, "items-changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (self->memberships, "items-changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
          adw_view_stack_set_visible_child_name (self->sections, "overview");
        }

      gtk_list_box_bind_model (self->periods_list, self->periods, create_period_row, self, NULL);
      gtk_list_box_bind_model (self->meetings_list, self->meetings, create_meeting_row, self, NULL);
      gtk_list_box_bind_model (self->network_list, self->contacts, create_contact_row, self, NULL);
    }

  sr_client_page_update_actions (self);
  sr_client_page_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
}

void
sr_client_page_set_section (SrClientPage *self,
                            const char   *section)
{
  g_return_if_fail (SR_IS_CLIENT_PAGE (self));

  adw_view_stack_set_visible_child_name (self->sections, section);
}
