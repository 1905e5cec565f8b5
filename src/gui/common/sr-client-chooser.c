/* sr-client-chooser.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-client-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client-chooser.h"
#include "sr-client-list.h"
#include "sr-client.h"
#include "sr-format.h"

struct _SrClientChooser
{
  AdwWindow           parent_instance;

  SrClientList       *clients;
  GTask              *task;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkStack           *stack;
  GtkButton          *choose_button;
};

G_DEFINE_FINAL_TYPE (SrClientChooser, sr_client_chooser, ADW_TYPE_WINDOW)

static char *
client_title_cb (GtkListItem *item,
                 SrClient    *client)
{
  if (client == NULL)
    return NULL;

  return sr_client_dup_display_name (client);
}

static char *
client_subtitle_cb (GtkListItem *item,
                    SrClient    *client)
{
  g_autofree char *birth_date = NULL;
  const char *municipality;

  if (client == NULL)
    return NULL;

  birth_date = sr_format_day (sr_record_get_string (SR_RECORD (client), "birth-date"));
  municipality = sr_record_get_string (SR_RECORD (client), "municipality");

  if (birth_date != NULL && municipality != NULL)
    /* Translators: a client's birth date and home municipality, e.g. "5.3.1980 · Espoo" */
    return g_strdup_printf (C_("client subtitle", "%1$s · %2$s"), birth_date, municipality);

  return g_strdup (birth_date != NULL ? birth_date : municipality);
}

static void
sr_client_chooser_finish (SrClientChooser *self,
                          SrClient        *client)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->task);

  if (task != NULL)
    g_task_return_pointer (task, client != NULL ? g_object_ref (client) : NULL, g_object_unref);

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
update_state (SrClientChooser *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->clients));

  gtk_stack_set_visible_child_name (self->stack, n_items > 0 ? "list" : "empty");
  gtk_widget_set_sensitive (GTK_WIDGET (self->choose_button),
                            gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
on_clients_items_changed_cb (GListModel      *model,
                             guint            position,
                             guint            removed,
                             guint            added,
                             SrClientChooser *self)
{
  update_state (self);
}

static void
on_selection_changed_cb (SrClientChooser *self)
{
  update_state (self);
}

static void
on_search_changed_cb (SrClientChooser *self,
                      GtkSearchEntry  *entry)
{
  sr_client_list_set_search_text (self->clients, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_search_activate_cb (SrClientChooser *self)
{
  sr_client_chooser_accept (self);
}

static void
on_search_stop_cb (SrClientChooser *self)
{
  sr_client_chooser_finish (self, NULL);
}

/* Down from the search field goes into the list, as in GNOME's own choosers. */
static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          SrClientChooser       *self)
{
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    return gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);

  return GDK_EVENT_PROPAGATE;
}

static void
on_list_view_activate_cb (SrClientChooser *self,
                          guint            position)
{
  gtk_single_selection_set_selected (self->selection, position);
  sr_client_chooser_accept (self);
}

static void
on_cancel_clicked_cb (SrClientChooser *self)
{
  sr_client_chooser_finish (self, NULL);
}

static gboolean
sr_client_chooser_close_request (GtkWindow *window)
{
  SrClientChooser *self = SR_CLIENT_CHOOSER (window);
  g_autoptr(GTask) task = g_steal_pointer (&self->task);

  if (task != NULL)
    g_task_return_pointer (task, NULL, NULL);

  return GTK_WINDOW_CLASS (sr_client_chooser_parent_class)->close_request (window);
}

static void
sr_client_chooser_dispose (GObject *object)
{
  SrClientChooser *self = SR_CLIENT_CHOOSER (object);

  if (self->task != NULL)
    {
      g_autoptr(GTask) task = g_steal_pointer (&self->task);

      g_task_return_pointer (task, NULL, NULL);
    }

  if (self->clients != NULL)
    g_signal_handlers_disconnect_by_func (self->clients, on_clients_items_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_CLIENT_CHOOSER);
  g_clear_object (&self->clients);

  G_OBJECT_CLASS (sr_client_chooser_parent_class)->dispose (object);
}

static void
sr_client_chooser_class_init (SrClientChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sr_client_chooser_dispose;
  window_class->close_request = sr_client_chooser_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SocRehab/ui/sr-client-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, SrClientChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SrClientChooser, list_view);
  gtk_widget_class_bind_template_child (widget_class, SrClientChooser, selection);
  gtk_widget_class_bind_template_child (widget_class, SrClientChooser, stack);
  gtk_widget_class_bind_template_child (widget_class, SrClientChooser, choose_button);
  gtk_widget_class_bind_template_callback (widget_class, client_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, client_subtitle_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sr_client_chooser_accept);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sr_client_chooser_init (SrClientChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
sr_client_chooser_choose_async (GtkWindow           *parent,
                                SrStore             *store,
                                const char          *title,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  SrClientChooser *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (SR_IS_STORE (store));

  self = g_object_new (SR_TYPE_CLIENT_CHOOSER,
                       "transient-for", parent,
                       "modal", TRUE,
                       "title", title != NULL ? title : _("Choose Client"),
                       NULL);

  /* No source object: the dialog is gone by the time the caller hears back. */
  self->task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, sr_client_chooser_choose_async);

  self->clients = sr_client_list_new (store);
  sr_client_list_set_filter (self->clients, SR_CLIENT_FILTER_ALL);
  g_signal_connect (self->clients, "items-changed", G_CALLBACK (on_clients_items_changed_cb), self);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->clients));
  update_state (self);

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

SrClient *
sr_client_chooser_choose_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
sr_client_chooser_set_search (SrClientChooser *self,
                              const char      *text)
{
  g_return_if_fail (SR_IS_CLIENT_CHOOSER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  sr_client_list_set_search_text (self->clients, text);
}

/**
 * sr_client_chooser_accept:
 *
 * Chooses the selected client, if any, and closes the dialog.
 *
 * Returns: %TRUE if a client was chosen
 */
gboolean
sr_client_chooser_accept (SrClientChooser *self)
{
  SrClient *client;

  g_return_val_if_fail (SR_IS_CLIENT_CHOOSER (self), FALSE);

  client = gtk_single_selection_get_selected_item (self->selection);
  if (client == NULL)
    return FALSE;

  sr_client_chooser_finish (self, client);

  return TRUE;
}
