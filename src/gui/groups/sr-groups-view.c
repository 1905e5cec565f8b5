/* sr-groups-view.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-groups-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sr-format.h"
#include "sr-group-dialog.h"
#include "sr-group-lists.h"
#include "sr-group.h"
#include "sr-groups-view.h"
#include "sr-toast.h"

struct _SrGroupsView
{
  GtkWidget           parent_instance;

  SrContext          *context;
  SrStore            *store;
  GListModel         *groups;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  char               *today;

  /* Template widgets */
  AdwLeaflet         *leaflet;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *active_toggle;
  GtkToggleButton    *ended_toggle;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  AdwStatusPage      *list_empty;
  GtkStack           *content_stack;
  AdwStatusPage      *content_empty;
  SrGroupPage        *page;
};

G_DEFINE_FINAL_TYPE (SrGroupsView, sr_groups_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_toast (SrGroupsView *self,
           const char   *message)
{
  sr_widget_add_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static gboolean
group_ended (SrGroupsView *self,
             SrGroup      *group)
{
  const char *end = sr_record_get_string (SR_RECORD (group), "end-date");

  return end != NULL && g_strcmp0 (end, self->today) < 0;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  SrGroupsView *self = user_data;
  SrGroup *group = item;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean ended = gtk_toggle_button_get_active (self->ended_toggle);

  if (group_ended (self, group) != ended)
    return FALSE;

  if (search != NULL && *search != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (search, -1);
      const char *fields[] = { "name", "location", "co-leaders" };

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          const char *value = sr_record_get_string (SR_RECORD (group), fields[i]);
          g_autofree char *folded = value != NULL ? g_utf8_casefold (value, -1) : NULL;

          if (folded != NULL && strstr (folded, needle) != NULL)
            return TRUE;
        }
      return FALSE;
    }

  return TRUE;
}

static void
update_empty_states (SrGroupsView *self)
{
  guint total = self->groups != NULL ? g_list_model_get_n_items (self->groups) : 0;
  guint shown = self->filtered != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (shown > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
    }
  else
    {
      if (search != NULL && *search != '\0')
        adw_status_page_set_title (self->list_empty, _("No Groups Found"));
      else if (gtk_toggle_button_get_active (self->ended_toggle))
        adw_status_page_set_title (self->list_empty, _("No Ended Groups"));
      else
        adw_status_page_set_title (self->list_empty, _("No Active Groups"));
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }

  if (total == 0)
    {
      adw_status_page_set_title (self->content_empty, _("No Groups Yet"));
      adw_status_page_set_description (self->content_empty,
                                       _("Peer support groups will be kept here with their members, sessions, attendance and feedback."));
    }
  else
    {
      adw_status_page_set_title (self->content_empty, _("No Group Selected"));
      adw_status_page_set_description (self->content_empty,
                                       _("Choose a group to record attendance and feedback."));
    }
}

static void
on_filter_changed_cb (SrGroupsView *self)
{
  g_free (self->today);
  self->today = sr_local_day_iso (NULL, 0);
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty_states (self);
}

static void
show_selected (SrGroupsView *self,
               const char   *session_id,
               gboolean      navigate)
{
  SrGroup *group = gtk_single_selection_get_selected_item (self->selection);

  if (group == NULL)
    {
      sr_group_page_set_group (self->page, self->context, NULL, NULL);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  sr_group_page_set_group (self->page, self->context, sr_record_get_id (SR_RECORD (group)), session_id);
  gtk_stack_set_visible_child_name (self->content_stack, "group");
  if (navigate)
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      /* Straight to recording: the keys work on the sheet at once. */
      sr_group_page_set_visible_tab (self->page, "attendance");
      gtk_widget_grab_focus (GTK_WIDGET (sr_attendance_sheet_get_grid (sr_group_page_get_sheet (self->page))));
    }
}

static void
on_selection_changed_cb (SrGroupsView *self)
{
  show_selected (self, NULL, FALSE);
}

static void
on_list_activate_cb (SrGroupsView *self,
                     guint         position)
{
  gtk_single_selection_set_selected (self->selection, position);
  show_selected (self, NULL, TRUE);
}

static void
on_leaflet_folded_cb (SrGroupsView *self)
{
  sr_group_page_set_show_back (self->page, adw_leaflet_get_folded (self->leaflet));
}

static void
on_group_saved_cb (SrGroupDialog *dialog,
                   const char    *group_id,
                   SrGroupsView  *self)
{
  sr_groups_view_show_group (self, group_id, NULL);
}

static void
sr_groups_view_new_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SrGroupsView *self = SR_GROUPS_VIEW (widget);
  GtkNative *native = gtk_widget_get_native (widget);
  SrGroupDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = sr_group_dialog_new (GTK_IS_WINDOW (native) ? GTK_WINDOW (native) : NULL, self->context, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_group_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sr_groups_view_back_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SrGroupsView *self = SR_GROUPS_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  SrGroupsView *self = SR_GROUPS_VIEW (widget);

  /* Escape goes back to the list only when one pane is shown at a time. */
  if (!adw_leaflet_get_folded (self->leaflet)
      || g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "content") != 0)
    return FALSE;

  sr_groups_view_back_action (widget, NULL, NULL);
  return TRUE;
}

static void
sr_groups_view_show_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SrGroupsView *self = SR_GROUPS_VIEW (widget);
  const char *session_id = g_variant_get_string (parameter, NULL);
  g_autoptr(SrSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *group_id = NULL;

  if (self->store == NULL)
    return;

  session = sr_store_get_session (self->store, session_id, &error);
  if (session == NULL)
    {
      add_toast (self, error->message);
      return;
    }

  g_object_get (session, "group-id", &group_id, NULL);
  if (!sr_groups_view_show_group (self, group_id, session_id))
    return;

  sr_group_page_set_visible_tab (self->page, "attendance");
  gtk_widget_grab_focus (GTK_WIDGET (sr_attendance_sheet_get_grid (sr_group_page_get_sheet (self->page))));
}

static void
sr_groups_view_search_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  SrGroupsView *self = SR_GROUPS_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
sr_groups_view_dispose (GObject *object)
{
  SrGroupsView *self = SR_GROUPS_VIEW (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_GROUPS_VIEW);
  {
    GtkWidget *child;

    /* Unnamed template children too. */
    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->groups);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sr_groups_view_parent_class)->dispose (object);
}

static void
sr_groups_view_finalize (GObject *object)
{
  SrGroupsView *self = SR_GROUPS_VIEW (object);

  g_free (self->today);

  G_OBJECT_CLASS (sr_groups_view_parent_class)->finalize (object);
}

static void
sr_groups_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SrGroupsView *self = SR_GROUPS_VIEW (object);

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
sr_groups_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SrGroupsView *self = SR_GROUPS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      sr_groups_view_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_groups_view_class_init (SrGroupsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_groups_view_dispose;
  object_class->finalize = sr_groups_view_finalize;
  object_class->get_property = sr_groups_view_get_property;
  object_class->set_property = sr_groups_view_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SR_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SR_TYPE_GROUP);
  g_type_ensure (SR_TYPE_GROUP_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-groups-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SrGroupsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SrGroupsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SrGroupsView, active_toggle);
  gtk_widget_class_bind_template_child (widget_class, SrGroupsView, ended_toggle);
  gtk_widget_class_bind_template_child (widget_class, SrGroupsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SrGroupsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SrGroupsView, list_empty);
  gtk_widget_class_bind_template_child (widget_class, SrGroupsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SrGroupsView, content_empty);
  gtk_widget_class_bind_template_child (widget_class, SrGroupsView, page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);

  gtk_widget_class_install_action (widget_class, "groups.new", NULL, sr_groups_view_new_action);
  gtk_widget_class_install_action (widget_class, "groups.back", NULL, sr_groups_view_back_action);
  gtk_widget_class_install_action (widget_class, "groups.search", NULL, sr_groups_view_search_action);
  gtk_widget_class_install_action (widget_class, "view.show", "s", sr_groups_view_show_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "groups.new", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "groups.search", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sr_groups_view_init (SrGroupsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (update_empty_states), self);

  on_filter_changed_cb (self);
  on_leaflet_folded_cb (self);
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

SrContext *
sr_groups_view_get_context (SrGroupsView *self)
{
  g_return_val_if_fail (SR_IS_GROUPS_VIEW (self), NULL);

  return self->context;
}

static void
sr_groups_view_set_store (SrGroupsView *self,
                          SrStore      *store)
{
  g_return_if_fail (store == NULL || SR_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_object (&self->groups);
  if (store != NULL)
    self->groups = sr_store_list_groups (store);
  gtk_filter_list_model_set_model (self->filtered, self->groups);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  show_selected (self, NULL, FALSE);
  update_empty_states (self);
}

void
sr_groups_view_set_context (SrGroupsView *self,
                            SrContext    *context)
{
  g_return_if_fail (SR_IS_GROUPS_VIEW (self));
  g_return_if_fail (context == NULL || SR_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  sr_groups_view_set_store (self, context != NULL ? sr_context_get_store (context) : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

gboolean
sr_groups_view_show_group (SrGroupsView *self,
                           const char   *group_id,
                           const char   *session_id)
{
  g_autoptr(SrGroup) group = NULL;
  guint n;

  g_return_val_if_fail (SR_IS_GROUPS_VIEW (self), FALSE);

  if (self->store == NULL || group_id == NULL)
    return FALSE;

  group = sr_store_get_group (self->store, group_id, NULL);
  if (group == NULL)
    return FALSE;

  /* Make sure the list shows it: no search, the right half. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_toggle_button_set_active (group_ended (self, group) ? self->ended_toggle : self->active_toggle, TRUE);
  on_filter_changed_cb (self);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SrGroup) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (g_strcmp0 (sr_record_get_id (SR_RECORD (item)), group_id) == 0)
        {
          g_signal_handlers_block_by_func (self->selection, on_selection_changed_cb, self);
          gtk_single_selection_set_selected (self->selection, i);
          g_signal_handlers_unblock_by_func (self->selection, on_selection_changed_cb, self);
          show_selected (self, session_id, TRUE);
          return TRUE;
        }
    }

  return FALSE;
}

SrGroupPage *
sr_groups_view_get_page (SrGroupsView *self)
{
  g_return_val_if_fail (SR_IS_GROUPS_VIEW (self), NULL);

  return self->page;
}
