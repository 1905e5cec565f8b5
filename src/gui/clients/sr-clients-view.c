/* sr-clients-view.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-clients-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client-dialog.h"
#include "sr-client-list.h"
#include "sr-client-page.h"
#include "sr-client-service.h"
#include "sr-client-status.h"
#include "sr-client.h"
#include "sr-clients-view.h"
#include "sr-enum-combo.h"
#include "sr-labels.h"
#include "sr-list-splitter.h"
#include "sr-worker.h"

struct _SrClientsView
{
  AdwBin              parent_instance;

  SrContext          *context;
  SrStore            *store;
  SrClientList       *clients;
  GtkSingleSelection *selection;
  GHashTable         *bound_items;   /* GtkListItem on screen */
  GHashTable         *stale_clients; /* ids of clients whose rows to fill again at idle */
  GHashTable         *status_cache;  /* client id → SrClientStatus, as of status_day */
  char               *status_day;
  guint               rows_source;

  /* Template widgets */
  GtkStack           *main_stack;
  AdwLeaflet         *leaflet;
  GtkWidget          *list_pane;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *filter_dropdown;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
  GtkWidget          *empty_new_button;
  GtkStack           *content_stack;
  SrClientPage       *client_page;
  AdwEntryRow        *welcome_name_row;
  AdwComboRow        *welcome_title_row;
  GtkLabel           *welcome_error_label;
  GtkWidget          *welcome_start_button;
};

G_DEFINE_FINAL_TYPE (SrClientsView, sr_clients_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The dropdown's rows, in the order of filter_model in the .ui. */
static const SrClientFilter filters[] = {
  SR_CLIENT_FILTER_ALL,
  SR_CLIENT_FILTER_MINE,
  SR_CLIENT_FILTER_ACTIVE_PERIOD,
  SR_CLIENT_FILTER_NO_ACTIVE_PERIOD,
  SR_CLIENT_FILTER_NEEDS_ATTENTION,
  SR_CLIENT_FILTER_ARCHIVED,
};

static const SrWorkerTitle titles[] = {
  SR_WORKER_TITLE_SOCIAL_WORKER,
  SR_WORKER_TITLE_SOCIAL_COUNSELLOR,
  SR_WORKER_TITLE_GROUP_LEADER,
  SR_WORKER_TITLE_OTHER,
};

static SrClientFilter
current_filter (SrClientsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->filter_dropdown);

  return selected < G_N_ELEMENTS (filters) ? filters[selected] : SR_CLIENT_FILTER_ALL;
}

/* Welcome ------------------------------------------------------------------------ */

static void
sr_clients_view_update_welcome (SrClientsView *self)
{
  gboolean welcome = self->context != NULL && sr_context_get_current_worker (self->context) == NULL;

  gtk_stack_set_visible_child_name (self->main_stack, welcome ? "welcome" : "clients");
  if (welcome)
    gtk_widget_grab_focus (GTK_WIDGET (self->welcome_name_row));
}

static void
on_welcome_name_row_changed_cb (SrClientsView *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->welcome_name_row))));

  gtk_widget_set_sensitive (self->welcome_start_button, name[0] != '\0' && self->store != NULL);
}

static void
on_welcome_start_clicked_cb (SrClientsView *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->welcome_name_row))));
  g_autoptr(SrWorker) worker = NULL;
  g_autoptr(GError) error = NULL;
  guint title = adw_combo_row_get_selected (self->welcome_title_row);

  if (name[0] == '\0' || self->context == NULL)
    return;

  worker = sr_worker_new (name);
  g_object_set (worker, "title", title < G_N_ELEMENTS (titles) ? titles[title] : SR_WORKER_TITLE_OTHER,
                NULL);
  if (!sr_client_service_add_worker (sr_context_get_clients (self->context), worker, &error))
    {
      gtk_label_set_text (self->welcome_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->welcome_error_label), TRUE);
      return;
    }

  /* The view follows the context's notification (welcome gone, New Client enabled). */
  gtk_widget_set_visible (GTK_WIDGET (self->welcome_error_label), FALSE);
  sr_context_set_current_worker (self->context, sr_record_get_id (SR_RECORD (worker)));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* List ---------------------------------------------------------------------------- */

static void
sr_clients_view_update_empty (SrClientsView *self)
{
  const char *search;
  SrClientFilter filter;

  if (self->clients == NULL)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  /* While the first refresh runs the list is empty but not "no clients". */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->clients)) > 0
      || sr_client_list_get_loading (self->clients))
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  search = sr_client_list_get_search_text (self->clients);
  filter = sr_client_list_get_filter (self->clients);

  if (search != NULL && search[0] != '\0')
    {
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Results"));
      adw_status_page_set_description (self->empty_page,
                                       _("No client’s name, identity code, phone or municipality matches. Try part of the name, or another list."));
      gtk_widget_set_visible (self->empty_new_button, FALSE);
    }
  else if (filter == SR_CLIENT_FILTER_ALL)
    {
      adw_status_page_set_icon_name (self->empty_page, "avatar-default-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Clients Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Add your first client: their name is enough to start."));
      gtk_widget_set_visible (self->empty_new_button, TRUE);
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "avatar-default-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Clients in This List"));
      adw_status_page_set_description (self->empty_page,
                                       filter == SR_CLIENT_FILTER_NEEDS_ATTENTION
                                       ? _("Nobody needs attention right now.")
                                       : _("Choose another list to see more clients."));
      gtk_widget_set_visible (self->empty_new_button, FALSE);
    }

  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
on_clients_items_changed_cb (SrClientsView *self)
{
  sr_clients_view_update_empty (self);
}

static void
on_search_entry_search_changed_cb (SrClientsView *self)
{
  if (self->clients != NULL)
    sr_client_list_set_search_text (self->clients, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_entry_stop_search_cb (SrClientsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_dropdown_selected_cb (SrClientsView *self)
{
  if (self->clients != NULL)
    sr_client_list_set_filter (self->clients, current_filter (self));
}

static void
sr_clients_view_open_position (SrClientsView *self,
                               guint          position)
{
  g_autoptr(SrClient) client = NULL;

  if (self->clients == NULL)
    return;

  client = g_list_model_get_item (G_LIST_MODEL (self->clients), position);
  if (client == NULL)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  sr_clients_view_show_client (self, sr_record_get_id (SR_RECORD (client)));
}

static void
on_list_view_activate_cb (SrClientsView *self,
                          guint          position)
{
  sr_clients_view_open_position (self, position);
}

/* Enter in the search opens the first match: find and open without the mouse. */
static void
on_search_entry_activate_cb (SrClientsView *self)
{
  if (self->clients != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->clients)) > 0)
    sr_clients_view_open_position (self, 0);
}

/* The shown client was deleted (created by mistake): back to no client. */
static void
on_client_page_client_changed_cb (SrClientsView *self)
{
  if (sr_client_page_get_client (self->client_page) != NULL)
    return;

  gtk_stack_set_visible_child_name (self->content_stack, "none");
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
on_client_page_back_cb (SrClientsView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Rows ---------------------------------------------------------------------------- */

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     SrClientsView            *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *flag = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_add_css_class (flag, "warning");
  gtk_widget_set_valign (flag, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (labels), name);
  gtk_box_append (GTK_BOX (labels), detail);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), flag);
  gtk_list_item_set_child (item, box);
}

/* Where a client stands, read once: rows are bound again on every scroll and list refresh,
 * but a client's status only changes with a commit that concerns them (which drops it from
 * the cache) or with the date. */
static gboolean
get_status (SrClientsView  *self,
            const char     *client_id,
            SrClientStatus *status)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%F");
  SrClientStatus *cached;

  if (g_strcmp0 (today, self->status_day) != 0)
    {
      g_hash_table_remove_all (self->status_cache);
      g_free (self->status_day);
      self->status_day = g_steal_pointer (&today);
    }

  if ((cached = g_hash_table_lookup (self->status_cache, client_id)) != NULL)
    {
      *status = *cached;
      return TRUE;
    }

  if (!sr_client_status_get (self->store, client_id, now, status, NULL))
    return FALSE;

  g_hash_table_insert (self->status_cache, g_strdup (client_id), g_memdup2 (status, sizeof *status));
  return TRUE;
}

static void
sr_clients_view_fill_row (SrClientsView *self,
                          GtkListItem   *item)
{
  SrClient *client = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *labels = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_first_child (labels);
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  GtkWidget *flag = gtk_widget_get_next_sibling (labels);
  g_autofree char *display_name = sr_client_dup_display_name (client);
  g_autofree char *flags_text = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  SrClientStatus status = { 0 };

  gtk_label_set_text (GTK_LABEL (name), display_name);

  /* A few indexed queries for each row on screen, never for the whole list. */
  if (self->store != NULL && get_status (self, sr_record_get_id (SR_RECORD (client)), &status))
    {
      flags_text = sr_client_status_dup_flags_text (&status);
      if (sr_client_get_archived (client))
        g_string_append (text, _("Archived"));
      else if (status.has_open_period)
        /* Translators: a client list row: the phase of the client's rehabilitation period. */
        g_string_append_printf (text, _("Period: %s"), sr_phase_get_label (status.phase));
      else
        g_string_append (text, _("No open period"));
    }

  if (flags_text != NULL)
    {
      /* Translators: a client list row: the phase, then why the client needs attention. */
      g_autofree char *joined = g_strdup_printf (_("%s · %s"), text->str, flags_text);

      g_string_assign (text, joined);
    }

  gtk_label_set_text (GTK_LABEL (detail), text->str);
  gtk_widget_set_visible (flag, flags_text != NULL);
  gtk_widget_set_tooltip_text (flag, flags_text);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    SrClientsView            *self)
{
  g_hash_table_add (self->bound_items, item);
  sr_clients_view_fill_row (self, item);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      SrClientsView            *self)
{
  if (self->bound_items != NULL)
    g_hash_table_remove (self->bound_items, item);
}

/* A period, meeting, plan or review of a client on screen changed: that client's row shows
 * its phase and flags afresh (a few queries). */
static gboolean
refresh_rows_cb (gpointer user_data)
{
  SrClientsView *self = user_data;
  GHashTableIter iter;
  gpointer item;

  self->rows_source = 0;
  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    {
      SrRecord *client = gtk_list_item_get_item (item);

      if (client != NULL && g_hash_table_contains (self->stale_clients, sr_record_get_id (client)))
        sr_clients_view_fill_row (self, item);
    }
  g_hash_table_remove_all (self->stale_clients);

  return G_SOURCE_REMOVE;
}

/* Actions ------------------------------------------------------------------------- */

static void
on_client_dialog_saved_cb (SrClientsView *self,
                           SrClient      *client)
{
  sr_clients_view_show_client (self, sr_record_get_id (SR_RECORD (client)));
}

static void
sr_clients_view_new_client_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  SrClientsView *self = SR_CLIENTS_VIEW (widget);
  SrClientDialog *dialog;

  if (self->context == NULL || sr_context_get_current_worker (self->context) == NULL)
    return;

  dialog = sr_client_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->context, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_client_dialog_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sr_clients_view_focus_search_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  SrClientsView *self = SR_CLIENTS_VIEW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "clients") != 0)
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
sr_clients_view_show_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  sr_clients_view_show_client (SR_CLIENTS_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static gboolean
on_escape_cb (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  SrClientsView *self = SR_CLIENTS_VIEW (widget);

  if (!adw_leaflet_get_folded (self->leaflet)
      || adw_leaflet_get_visible_child (self->leaflet) == self->list_pane)
    return FALSE;

  return adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
sr_clients_view_update_actions (SrClientsView *self)
{
  gboolean can_write = self->context != NULL && sr_context_get_current_worker (self->context) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.new-client", can_write);
}

static void
on_context_current_worker_changed_cb (SrClientsView *self)
{
  sr_clients_view_update_welcome (self);
  sr_clients_view_update_actions (self);
}

static void
on_store_committed_cb (SrClientsView *self,
                       SrChanges     *changes)
{
  static const char * const row_parts[] = {
    SR_ENTITY_PERIOD, SR_ENTITY_MEETING, SR_ENTITY_PLAN, SR_ENTITY_REVIEW, NULL
  };

  /* Only the rows of the clients the commit concerns show their phase and flags afresh. */
  if (!sr_changes_has_any (changes, row_parts))
    return;
  for (guint i = 0; i < sr_changes_get_n_changes (changes); i++)
    {
      const char *client_id = sr_changes_get_client_id (changes, i);

      if (client_id != NULL)
        {
          g_hash_table_remove (self->status_cache, client_id);
          g_hash_table_add (self->stale_clients, g_strdup (client_id));
        }
    }
  if (self->rows_source == 0 && g_hash_table_size (self->stale_clients) > 0)
    self->rows_source = g_idle_add (refresh_rows_cb, self);
}

/* GObject ------------------------------------------------------------------------- */

static void
sr_clients_view_dispose (GObject *object)
{
  SrClientsView *self = SR_CLIENTS_VIEW (object);

  g_clear_handle_id (&self->rows_source, g_source_remove);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  /* AdwBin would unparent its child again after the template is gone. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_CLIENTS_VIEW);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->clients);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);
  g_clear_pointer (&self->stale_clients, g_hash_table_unref);
  g_clear_pointer (&self->status_cache, g_hash_table_unref);
  g_clear_pointer (&self->status_day, g_free);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sr_clients_view_parent_class)->dispose (object);
}

static void
sr_clients_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SrClientsView *self = SR_CLIENTS_VIEW (object);

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
sr_clients_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SrClientsView *self = SR_CLIENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      sr_clients_view_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_clients_view_class_init (SrClientsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_clients_view_dispose;
  object_class->get_property = sr_clients_view_get_property;
  object_class->set_property = sr_clients_view_set_property;


  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SR_TYPE_CLIENT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-clients-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, empty_new_button);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, client_page);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, welcome_name_row);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, welcome_title_row);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, welcome_error_label);
  gtk_widget_class_bind_template_child (widget_class, SrClientsView, welcome_start_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_client_page_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_welcome_name_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_welcome_start_clicked_cb);

  gtk_widget_class_install_action (widget_class, "view.show", "s", sr_clients_view_show_action);
  gtk_widget_class_install_action (widget_class, "view.new-client", NULL, sr_clients_view_new_client_action);
  gtk_widget_class_install_action (widget_class, "view.focus-search", NULL, sr_clients_view_focus_search_action);
}

static void
sr_clients_view_init (SrClientsView *self)
{
  GtkListItemFactory *factory;
  GtkEventController *shortcuts;

  self->bound_items = g_hash_table_new (NULL, NULL);
  self->stale_clients = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->status_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  sr_combo_row_set_enum (self->welcome_title_row, SR_TYPE_WORKER_TITLE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_object_bind_property (self->leaflet, "folded", self->client_page, "show-back-button",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->client_page, "notify::client",
                           G_CALLBACK (on_client_page_client_changed_cb), self, G_CONNECT_SWAPPED);

  /* Ctrl+N and Ctrl+F work wherever the focus is while the view is shown (a managed
   * controller runs from the window, only when this view is mapped); Escape goes back
   * to the list on a narrow window. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>n"),
                                                          gtk_named_action_new ("view.new-client")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>f"),
                                                          gtk_named_action_new ("view.focus-search")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Escape"),
                                                          gtk_callback_action_new (on_escape_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  sr_clients_view_update_actions (self);
}

GtkWidget *
sr_clients_view_new (void)
{
  return g_object_new (SR_TYPE_CLIENTS_VIEW, NULL);
}

SrContext *
sr_clients_view_get_context (SrClientsView *self)
{
  g_return_val_if_fail (SR_IS_CLIENTS_VIEW (self), NULL);

  return self->context;
}

static void
sr_clients_view_set_store (SrClientsView *self,
                           SrStore       *store)
{
  g_autoptr(SrListSplitter) splitter = NULL;

  g_return_if_fail (store == NULL || SR_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->clients != NULL)
    g_signal_handlers_disconnect_by_data (self->clients, self);
  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->clients);
  g_set_object (&self->store, store);
  g_hash_table_remove_all (self->status_cache);

  sr_client_page_set_client (self->client_page, NULL);
  sr_client_page_set_context (self->client_page, self->context);
  gtk_stack_set_visible_child_name (self->content_stack, "none");

  if (store != NULL)
    {
      /* SrClientList sorts, filters and searches in SQL and makes items lazily: it goes to
       * the selection as it is, never through a model that would touch every item (the
       * splitter only reshapes its change signals; see sr-list-splitter.h). */
      self->clients = sr_client_list_new (store);
      sr_client_list_set_filter (self->clients, current_filter (self));
      sr_client_list_set_search_text (self->clients,
                                      gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      g_signal_connect_object (self->clients, "items-changed",
                               G_CALLBACK (on_clients_items_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->clients, "notify::loading",
                               G_CALLBACK (on_clients_items_changed_cb), self, G_CONNECT_SWAPPED);
      splitter = sr_list_splitter_new (G_LIST_MODEL (self->clients));
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (splitter));
      g_signal_connect_object (store, "committed", G_CALLBACK (on_store_committed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  sr_clients_view_update_empty (self);
  sr_clients_view_update_welcome (self);
  sr_clients_view_update_actions (self);
  on_welcome_name_row_changed_cb (self);
}

void
sr_clients_view_set_context (SrClientsView *self,
                             SrContext     *context)
{
  g_return_if_fail (SR_IS_CLIENTS_VIEW (self));
  g_return_if_fail (context == NULL || SR_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    g_signal_connect_object (context, "notify::current-worker",
                             G_CALLBACK (on_context_current_worker_changed_cb), self,
                             G_CONNECT_SWAPPED);

  sr_clients_view_set_store (self, context != NULL ? sr_context_get_store (context) : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

GListModel *
sr_clients_view_get_model (SrClientsView *self)
{
  g_return_val_if_fail (SR_IS_CLIENTS_VIEW (self), NULL);

  return self->clients != NULL ? G_LIST_MODEL (self->clients) : NULL;
}

void
sr_clients_view_show_client (SrClientsView *self,
                             const char    *client_id)
{
  g_autoptr(SrClient) client = NULL;
  g_autoptr(GError) error = NULL;
  guint position;

  g_return_if_fail (SR_IS_CLIENTS_VIEW (self));
  g_return_if_fail (client_id != NULL);

  if (self->store == NULL)
    return;

  client = sr_store_get_client (self->store, client_id, &error);
  if (client == NULL)
    return;

  position = sr_client_list_find (self->clients, client_id);
  if (position != G_MAXUINT)
    {
      gtk_single_selection_set_selected (self->selection, position);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
    }
  else
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  gtk_stack_set_visible_child_name (self->main_stack, "clients");
  sr_client_page_set_client (self->client_page, client);
  gtk_stack_set_visible_child_name (self->content_stack, "client");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
}

SrClient *
sr_clients_view_get_shown_client (SrClientsView *self)
{
  g_return_val_if_fail (SR_IS_CLIENTS_VIEW (self), NULL);

  return sr_client_page_get_client (self->client_page);
}
