/* sr-window.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-clients-view.h"
#include "sr-calendar-view.h"
#include "sr-groups-view.h"
#include "sr-window.h"

struct _SrWindow
{
  AdwApplicationWindow  parent_instance;

  SrContext            *context;

  /* Template widgets */
  AdwViewStack         *stack;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewSwitcherTitle *switcher_title;
};

G_DEFINE_FINAL_TYPE (SrWindow, sr_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sr_window_save_geometry (SrWindow *self)
{
  GSettings *settings = sr_context_get_settings (self->context);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (settings);
  g_settings_set_boolean (settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  /* The unmaximized size: restoring a maximized size would open a window too big to move. */
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
  g_settings_apply (settings);
}

static gboolean
sr_window_close_request (GtkWindow *window)
{
  sr_window_save_geometry (SR_WINDOW (window));

  return GTK_WINDOW_CLASS (sr_window_parent_class)->close_request (window);
}

/* Views show each other's records through the window: win.show-client('ID') switches to
 * Clients and activates that view's own "view.show" action with the id, so a view never needs
 * another view's header. Every view that shows records installs "view.show" ("s"). */
static void
sr_window_show_record (SrWindow   *self,
                       const char *view_name,
                       GVariant   *parameter)
{
  GtkWidget *child = adw_view_stack_get_child_by_name (self->stack, view_name);

  g_return_if_fail (child != NULL);

  adw_view_stack_set_visible_child (self->stack, child);
  gtk_widget_activate_action_variant (child, "view.show", parameter);
}

static void
sr_window_show_client_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  sr_window_show_record (SR_WINDOW (user_data), "clients", parameter);
}

static void
sr_window_show_meeting_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  sr_window_show_record (SR_WINDOW (user_data), "calendar", parameter);
}

static void
sr_window_show_session_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  sr_window_show_record (SR_WINDOW (user_data), "groups", parameter);
}

static const GActionEntry win_entries[] = {
  { "show-client", sr_window_show_client_action, "s" },
  { "show-meeting", sr_window_show_meeting_action, "s" },
  { "show-session", sr_window_show_session_action, "s" },
};

static void
sr_window_constructed (GObject *object)
{
  SrWindow *self = SR_WINDOW (object);
  g_autoptr(GAction) view_action = NULL;
  GSettings *settings;

  G_OBJECT_CLASS (sr_window_parent_class)->constructed (object);

  g_assert (SR_IS_CONTEXT (self->context));
  settings = sr_context_get_settings (self->context);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (settings, "last-view",
                   self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);

  /* win.view('clients') … win.view('reports'): the stateful action follows the stack, so the
   * keyboard shortcuts, the switcher and the remembered view are one piece of state. */
  view_action = G_ACTION (g_property_action_new ("view", self->stack, "visible-child-name"));
  g_action_map_add_action (G_ACTION_MAP (self), view_action);
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries, G_N_ELEMENTS (win_entries), self);
}

static void
sr_window_dispose (GObject *object)
{
  SrWindow *self = SR_WINDOW (object);

  /* The view action watches the stack; drop it before the stack goes away. */
  g_action_map_remove_action (G_ACTION_MAP (self), "view");
  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_WINDOW);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (sr_window_parent_class)->dispose (object);
}

static void
sr_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SrWindow *self = SR_WINDOW (object);

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
sr_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SrWindow *self = SR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      /* The views bind to it in the template. */
      self->context = g_value_dup_object (value);
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_window_class_init (SrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = sr_window_constructed;
  object_class->dispose = sr_window_dispose;
  object_class->get_property = sr_window_get_property;
  object_class->set_property = sr_window_set_property;

  window_class->close_request = sr_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SR_TYPE_CLIENTS_VIEW);
  g_type_ensure (SR_TYPE_CALENDAR_VIEW);
  g_type_ensure (SR_TYPE_GROUPS_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SrWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SrWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SrWindow, switcher_title);
}

static void
sr_window_init (SrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SrWindow *
sr_window_new (GtkApplication *application,
               SrContext      *context)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);

  return g_object_new (SR_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

SrContext *
sr_window_get_context (SrWindow *self)
{
  g_return_val_if_fail (SR_IS_WINDOW (self), NULL);

  return self->context;
}

const char *
sr_window_get_view_name (SrWindow *self)
{
  g_return_val_if_fail (SR_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}
