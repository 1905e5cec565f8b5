/* sr-group-dialog.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-group-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client-lists.h"
#include "sr-date-row.h"
#include "sr-format.h"
#include "sr-group-dialog.h"
#include "sr-group-service.h"
#include "sr-group.h"
#include "sr-labels.h"
#include "sr-record-merge.h"
#include "sr-save-error.h"
#include "sr-worker.h"

struct _SrGroupDialog
{
  AdwWindow        parent_instance;

  SrContext       *context;
  SrStore         *store;
  SrGroup         *group;
  GPtrArray       *method_checks;  /* GtkCheckButton, data "flag" */
  GPtrArray       *leader_checks;  /* GtkCheckButton, data "worker-id" */

  /* Template widgets */
  GtkWidget       *save_button;
  GtkLabel        *error_label;
  AdwEntryRow     *name_row;
  AdwEntryRow     *description_row;
  AdwExpanderRow  *methods_row;
  AdwExpanderRow  *leaders_row;
  AdwEntryRow     *co_leaders_row;
  AdwEntryRow     *location_row;
  AdwComboRow     *weekday_row;
  AdwEntryRow     *time_row;
  GtkSpinButton   *duration_spin;
  SrDateRow       *start_row;
  SrDateRow       *end_row;
  GtkSpinButton   *capacity_spin;
};

G_DEFINE_FINAL_TYPE (SrGroupDialog, sr_group_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
time_valid (SrGroupDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->time_row));
  int h, m;

  return *text == '\0' || sr_parse_time (text, &h, &m);
}

static void
on_field_changed_cb (SrGroupDialog *self)
{
  gboolean name_ok;
  gboolean time_ok = time_valid (self);
  gboolean dates_ok = sr_date_row_get_valid (self->start_row) && sr_date_row_get_valid (self->end_row);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  name_ok = *name != '\0';
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

  gtk_widget_set_sensitive (self->save_button, name_ok && time_ok && dates_ok);
}

static void
show_error (SrGroupDialog *self,
            const char    *message)
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

static void sr_group_dialog_show_group (SrGroupDialog *self, SrGroup *group);
static void sr_group_dialog_save_again (GtkWidget *widget, SrRecord *original, SrRecord *group);

static void
sr_group_dialog_reload (GtkWidget *widget,
                        SrRecord  *current)
{
  SrGroupDialog *self = SR_GROUP_DIALOG (widget);

  g_set_object (&self->group, SR_GROUP (current));
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  sr_group_dialog_show_group (self, self->group);
}

/* The weekday row's choices, by the value they stand for. */
static char **
weekday_names (SrGroupDialog *self)
{
  GListModel *days = adw_combo_row_get_model (self->weekday_row);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; GTK_IS_STRING_LIST (days) && i < g_list_model_get_n_items (days); i++)
    g_strv_builder_add (names, gtk_string_list_get_string (GTK_STRING_LIST (days), i));

  return g_strv_builder_end (names);
}

static gboolean
sr_group_dialog_store (SrGroupDialog *self,
                       SrRecord      *original,
                       SrRecord      *group)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) weekdays = weekday_names (self);
  const SrFieldLabel labels[] = {
    { "name", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->name_row)) },
    { "description", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->description_row)) },
    { "methods", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->methods_row)) },
    { "leader-ids", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->leaders_row)) },
    { "co-leaders", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->co_leaders_row)) },
    { "location", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->location_row)) },
    { "weekday", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->weekday_row)),
      (const char * const *) weekdays },
    { "time", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->time_row)) },
    { "duration", sr_save_error_row_title (GTK_WIDGET (self->duration_spin)) },
    { "capacity", sr_save_error_row_title (GTK_WIDGET (self->capacity_spin)) },
    { "start-date", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->start_row)) },
    { "end-date", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->end_row)) },
    { NULL, },
  };

  if (original != NULL)
    g_set_object (&self->group, SR_GROUP (original));

  if (!sr_group_service_save_group (sr_context_get_groups (self->context), SR_GROUP (group), &error))
    {
      if (!sr_save_error_handle (GTK_WIDGET (self), self->context, error, original, group, labels,
                                 sr_group_dialog_save_again, sr_group_dialog_reload))
        show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, sr_record_get_id (group));
  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}

static void
sr_group_dialog_save_again (GtkWidget *widget,
                            SrRecord  *original,
                            SrRecord  *group)
{
  sr_group_dialog_store (SR_GROUP_DIALOG (widget), original, group);
}

gboolean
sr_group_dialog_save (SrGroupDialog *self)
{
  g_autoptr(SrGroup) group = NULL;
  g_autoptr(GStrvBuilder) leaders = g_strv_builder_new ();
  g_auto(GStrv) leader_ids = NULL;
  g_autofree char *name = entry_text (self->name_row);
  g_autofree char *description = entry_text (self->description_row);
  g_autofree char *co_leaders = entry_text (self->co_leaders_row);
  g_autofree char *location = entry_text (self->location_row);
  g_autofree char *time_text = entry_text (self->time_row);
  g_autofree char *time = NULL;
  guint flags = 0;
  int h, m;

  g_return_val_if_fail (SR_IS_GROUP_DIALOG (self), FALSE);

  if (!gtk_widget_get_sensitive (self->save_button))
    return FALSE;

  if (time_text != NULL && sr_parse_time (time_text, &h, &m))
    time = g_strdup_printf ("%02d:%02d", h, m);

  for (guint i = 0; i < self->method_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->method_checks, i);

      if (gtk_check_button_get_active (check))
        flags |= GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "flag"));
    }
  for (guint i = 0; i < self->leader_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->leader_checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (leaders, g_object_get_data (G_OBJECT (check), "worker-id"));
    }
  leader_ids = g_strv_builder_end (leaders);

  /* A copy of the group as read, so a refused save leaves the form as typed
   * and a change made elsewhere meanwhile is not overwritten. */
  if (self->group != NULL)
    group = SR_GROUP (sr_record_copy (SR_RECORD (self->group)));
  else
    group = sr_group_new (name);

  g_object_set (group,
                "name", name,
                "description", description,
                "methods", flags,
                "leader-ids", leader_ids,
                "co-leaders", co_leaders,
                "location", location,
                "weekday", (int) adw_combo_row_get_selected (self->weekday_row),
                "time", time,
                "duration", gtk_spin_button_get_value_as_int (self->duration_spin),
                "start-date", sr_date_row_get_date (self->start_row),
                "end-date", sr_date_row_get_date (self->end_row),
                "capacity", gtk_spin_button_get_value_as_int (self->capacity_spin),
                NULL);

  return sr_group_dialog_store (self, SR_RECORD (self->group), SR_RECORD (group));
}

static void
on_save_clicked_cb (SrGroupDialog *self)
{
  sr_group_dialog_save (self);
}

static void
sr_group_dialog_dispose (GObject *object)
{
  SrGroupDialog *self = SR_GROUP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_GROUP_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->group);
  g_clear_pointer (&self->method_checks, g_ptr_array_unref);
  g_clear_pointer (&self->leader_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (sr_group_dialog_parent_class)->dispose (object);
}

static void
sr_group_dialog_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SrGroupDialog *self = SR_GROUP_DIALOG (object);

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
sr_group_dialog_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SrGroupDialog *self = SR_GROUP_DIALOG (object);

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
sr_group_dialog_class_init (SrGroupDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_group_dialog_dispose;
  object_class->get_property = sr_group_dialog_get_property;
  object_class->set_property = sr_group_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (SR_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-group-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, methods_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, leaders_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, co_leaders_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, weekday_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, SrGroupDialog, capacity_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sr_group_dialog_init (SrGroupDialog *self)
{
  g_autoptr(GtkStringList) weekdays = NULL;
  g_autoptr(GFlagsClass) methods = g_type_class_ref (SR_TYPE_GROUP_METHOD);
  const char *days[] = {
    C_("weekday", "None"), _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"),
    _("Friday"), _("Saturday"), _("Sunday"), NULL
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->method_checks = g_ptr_array_new ();
  self->leader_checks = g_ptr_array_new ();

  weekdays = gtk_string_list_new (days);
  adw_combo_row_set_model (self->weekday_row, G_LIST_MODEL (weekdays));

  for (guint i = 0; i < methods->n_values; i++)
    {
      guint flag = methods->values[i].value;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sr_group_method_get_label (flag));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (check), "flag", GUINT_TO_POINTER (flag));
      g_ptr_array_add (self->method_checks, check);
      adw_expander_row_add_row (self->methods_row, row);
    }

  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
}

static void
update_subtitles (SrGroupDialog *self)
{
  guint methods_on = 0, leaders_on = 0;
  g_autofree char *methods_text = NULL;
  g_autofree char *leaders_text = NULL;

  for (guint i = 0; i < self->method_checks->len; i++)
    methods_on += gtk_check_button_get_active (g_ptr_array_index (self->method_checks, i));
  for (guint i = 0; i < self->leader_checks->len; i++)
    leaders_on += gtk_check_button_get_active (g_ptr_array_index (self->leader_checks, i));

  methods_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u chosen", "%u chosen", methods_on), methods_on);
  leaders_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u chosen", "%u chosen", leaders_on), leaders_on);
  adw_expander_row_set_subtitle (self->methods_row, methods_text);
  adw_expander_row_set_subtitle (self->leaders_row, leaders_text);
}

/* Shows @group's values (the dialog's rows and checks already made). */
static void
sr_group_dialog_show_group (SrGroupDialog *self,
                            SrGroup       *group)
{
  g_autofree char *name = NULL, *description = NULL, *co_leaders = NULL;
  g_autofree char *location = NULL, *time = NULL, *start = NULL, *end = NULL;
  g_auto(GStrv) leader_ids = NULL;
  int weekday, duration, capacity;
  guint flags = 0;

  g_object_get (group,
                "name", &name, "description", &description, "methods", &flags,
                "leader-ids", &leader_ids, "co-leaders", &co_leaders, "location", &location,
                "weekday", &weekday, "time", &time, "duration", &duration,
                "start-date", &start, "end-date", &end, "capacity", &capacity,
                NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), description != NULL ? description : "");
  gtk_editable_set_text (GTK_EDITABLE (self->co_leaders_row), co_leaders != NULL ? co_leaders : "");
  gtk_editable_set_text (GTK_EDITABLE (self->location_row), location != NULL ? location : "");
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time != NULL ? time : "");
  adw_combo_row_set_selected (self->weekday_row, CLAMP (weekday, 0, 7));
  gtk_spin_button_set_value (self->duration_spin, duration);
  gtk_spin_button_set_value (self->capacity_spin, capacity);
  sr_date_row_set_date (self->start_row, start);
  sr_date_row_set_date (self->end_row, end);

  for (guint i = 0; i < self->method_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->method_checks, i);

      gtk_check_button_set_active (check, (flags & GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "flag"))) != 0);
    }
  for (guint i = 0; i < self->leader_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->leader_checks, i);
      const char *id = g_object_get_data (G_OBJECT (check), "worker-id");

      gtk_check_button_set_active (check, leader_ids != NULL && g_strv_contains ((const char * const *) leader_ids, id));
    }
  update_subtitles (self);
  on_field_changed_cb (self);
}

SrGroupDialog *
sr_group_dialog_new (GtkWindow *parent,
                     SrContext *context,
                     SrGroup   *group)
{
  SrGroupDialog *self;
  g_autoptr(GListModel) workers = NULL;
  g_auto(GStrv) leader_ids = NULL;
  guint flags = 0;

  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (group == NULL || SR_IS_GROUP (group), NULL);

  self = g_object_new (SR_TYPE_GROUP_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       "title", group != NULL ? _("Edit Group") : _("New Group"),
                       NULL);
  self->group = group != NULL ? SR_GROUP (sr_record_copy (SR_RECORD (group))) : NULL;

  if (group != NULL)
    g_object_get (group, "methods", &flags, "leader-ids", &leader_ids, NULL);

  for (guint i = 0; i < self->method_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->method_checks, i);

      gtk_check_button_set_active (check, (flags & GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "flag"))) != 0);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_subtitles), self);
    }

  /* Leaders: the active workers, and anyone already leading. */
  workers = sr_store_list_workers (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (workers); i++)
    {
      g_autoptr(SrWorker) worker = g_list_model_get_item (workers, i);
      const char *id = sr_record_get_id (SR_RECORD (worker));
      gboolean leads = leader_ids != NULL && g_strv_contains ((const char * const *) leader_ids, id);
      GtkWidget *row, *check;

      if (!sr_record_get_boolean (SR_RECORD (worker), "active") && !leads)
        continue;

      row = adw_action_row_new ();
      check = gtk_check_button_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sr_worker_get_name (worker));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), leads);
      g_object_set_data_full (G_OBJECT (check), "worker-id", g_strdup (id), g_free);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_subtitles), self);
      g_ptr_array_add (self->leader_checks, check);
      adw_expander_row_add_row (self->leaders_row, row);
    }

  if (group != NULL)
    sr_group_dialog_show_group (self, group);
  update_subtitles (self);
  on_field_changed_cb (self);

  return self;
}
