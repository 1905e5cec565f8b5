/* sr-cadence-panel.c: clients with no meeting within a week, to plan one
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model's "at least weekly" made visible: the list is the core's
 * cadence rule (sr_calendar_list_cadence_clients()), live, so a client
 * leaves it as soon as a meeting is planned.
 */

#define G_LOG_DOMAIN "sr-cadence-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-cadence-panel.h"
#include "sr-calendar-query.h"
#include "sr-client.h"

struct _SrCadencePanel
{
  GtkBox            parent_instance;

  SrContext        *context;
  SrStore          *store;
  GListModel       *clients;

  /* Template widgets */
  GtkLabel         *count_label;
  GtkStack         *stack;
  GtkNoSelection   *selection;
};

G_DEFINE_FINAL_TYPE (SrCadencePanel, sr_cadence_panel, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  PLAN_MEETING,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_count (SrCadencePanel *self)
{
  guint n = self->clients ? g_list_model_get_n_items (self->clients) : 0;
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u client", "%u clients", n), n);

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
on_clients_items_changed_cb (SrCadencePanel *self)
{
  update_count (self);
}

static void
on_plan_clicked_cb (GtkButton   *button,
                    GtkListItem *list_item)
{
  SrClient *client = gtk_list_item_get_item (list_item);
  GtkWidget *panel = gtk_widget_get_ancestor (GTK_WIDGET (button), SR_TYPE_CADENCE_PANEL);

  if (client != NULL && panel != NULL)
    g_signal_emit (panel, signals[PLAN_MEETING], 0, client);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *button = gtk_button_new_with_label (_("Plan Meeting"));

  /* Name above the button: the panel is narrow and the label long in Finnish. */
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "accent");
  g_signal_connect (button, "clicked", G_CALLBACK (on_plan_clicked_cb), list_item);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_list_item_set_child (list_item, box);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item)
{
  SrClient *client = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *button = gtk_widget_get_last_child (box);
  g_autofree char *name = sr_client_dup_display_name (client);
  /* TRANSLATORS: tooltip of a client's Plan Meeting button */
  g_autofree char *tooltip = g_strdup_printf (_("Plan a meeting with %s"), name);

  gtk_label_set_text (GTK_LABEL (label), name);
  gtk_widget_set_tooltip_text (button, tooltip);
}

SrContext *
sr_cadence_panel_get_context (SrCadencePanel *self)
{
  g_return_val_if_fail (SR_IS_CADENCE_PANEL (self), NULL);

  return self->context;
}

void
sr_cadence_panel_refresh (SrCadencePanel *self)
{
  g_return_if_fail (SR_IS_CADENCE_PANEL (self));

  if (self->clients != NULL)
    g_signal_handlers_disconnect_by_func (self->clients, on_clients_items_changed_cb, self);
  g_clear_object (&self->clients);

  if (self->store != NULL)
    {
      self->clients = sr_calendar_list_cadence_clients (self->store, NULL);
      g_signal_connect_swapped (self->clients, "items-changed",
                                G_CALLBACK (on_clients_items_changed_cb), self);
    }
  gtk_no_selection_set_model (self->selection, self->clients);
  update_count (self);
}

static void
sr_cadence_panel_set_store (SrCadencePanel *self,
                            SrStore        *store)
{
  g_return_if_fail (store == NULL || SR_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* The rule is asked only while the panel is shown (see map). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) || self->clients != NULL)
    sr_cadence_panel_refresh (self);
}

void
sr_cadence_panel_set_context (SrCadencePanel *self,
                              SrContext      *context)
{
  g_return_if_fail (SR_IS_CADENCE_PANEL (self));
  g_return_if_fail (context == NULL || SR_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  sr_cadence_panel_set_store (self, context != NULL ? sr_context_get_store (context) : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

GListModel *
sr_cadence_panel_get_clients (SrCadencePanel *self)
{
  g_return_val_if_fail (SR_IS_CADENCE_PANEL (self), NULL);

  return self->clients;
}

/* At the scale of a county the rule is a query over every client with an
 * open period, run again on each saved meeting: only while it is seen. */
static void
sr_cadence_panel_map (GtkWidget *widget)
{
  SrCadencePanel *self = SR_CADENCE_PANEL (widget);

  GTK_WIDGET_CLASS (sr_cadence_panel_parent_class)->map (widget);
  sr_cadence_panel_refresh (self);
}

static void
sr_cadence_panel_unmap (GtkWidget *widget)
{
  SrCadencePanel *self = SR_CADENCE_PANEL (widget);

  GTK_WIDGET_CLASS (sr_cadence_panel_parent_class)->unmap (widget);
  if (self->clients != NULL)
    g_signal_handlers_disconnect_by_func (self->clients, on_clients_items_changed_cb, self);
  g_clear_object (&self->clients);
  gtk_no_selection_set_model (self->selection, NULL);
}

static void
sr_cadence_panel_dispose (GObject *object)
{
  SrCadencePanel *self = SR_CADENCE_PANEL (object);

  if (self->clients != NULL)
    g_signal_handlers_disconnect_by_func (self->clients, on_clients_items_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_CADENCE_PANEL);
  g_clear_object (&self->clients);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sr_cadence_panel_parent_class)->dispose (object);
}

static void
sr_cadence_panel_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SrCadencePanel *self = SR_CADENCE_PANEL (object);

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
sr_cadence_panel_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SrCadencePanel *self = SR_CADENCE_PANEL (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      sr_cadence_panel_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_cadence_panel_class_init (SrCadencePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_cadence_panel_dispose;
  object_class->get_property = sr_cadence_panel_get_property;
  object_class->set_property = sr_cadence_panel_set_property;
  widget_class->map = sr_cadence_panel_map;
  widget_class->unmap = sr_cadence_panel_unmap;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SR_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PLAN_MEETING] = g_signal_new ("plan-meeting", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, SR_TYPE_CLIENT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SocRehab/ui/sr-cadence-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SrCadencePanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, SrCadencePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, SrCadencePanel, selection);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind_cb);
}

static void
sr_cadence_panel_init (SrCadencePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_count (self);
}
