/* sr-plan-view.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-plan-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-plan-view.h"

struct _SrPlanView
{
  AdwBin     parent_instance;

  SrStore   *store;
  SrPeriod  *period;

  /* Template widgets */
  GtkStack  *stack;
  GtkBox    *content_box;
};

G_DEFINE_FINAL_TYPE (SrPlanView, sr_plan_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERIOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sr_plan_view_reload (SrPlanView *self)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    self->store && self->period ? "content" : "empty");
}

static void
sr_plan_view_dispose (GObject *object)
{
  SrPlanView *self = SR_PLAN_VIEW (object);

  /* AdwBin unparents its child itself: clearing it here instead of
   * gtk_widget_dispose_template() avoids unparenting it twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);

  g_clear_object (&self->period);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sr_plan_view_parent_class)->dispose (object);
}

static void
sr_plan_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SrPlanView *self = SR_PLAN_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PERIOD:
      g_value_set_object (value, self->period);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_plan_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SrPlanView *self = SR_PLAN_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sr_plan_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_PERIOD:
      sr_plan_view_set_period (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_plan_view_class_init (SrPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_plan_view_dispose;
  object_class->get_property = sr_plan_view_get_property;
  object_class->set_property = sr_plan_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERIOD] =
    g_param_spec_object ("period", NULL, NULL,
                         SR_TYPE_PERIOD,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, stack);
  gtk_widget_class_bind_template_child (widget_class, SrPlanView, content_box);
}

static void
sr_plan_view_init (SrPlanView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sr_plan_view_reload (self);
}

GtkWidget *
sr_plan_view_new (void)
{
  return g_object_new (SR_TYPE_PLAN_VIEW, NULL);
}

SrStore *
sr_plan_view_get_store (SrPlanView *self)
{
  g_return_val_if_fail (SR_IS_PLAN_VIEW (self), NULL);

  return self->store;
}

void
sr_plan_view_set_store (SrPlanView *self,
                              SrStore          *store)
{
  g_return_if_fail (SR_IS_PLAN_VIEW (self));
  g_return_if_fail (store == NULL || SR_IS_STORE (store));

  if (g_set_object (&self->store, store))
    {
      sr_plan_view_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
}

SrPeriod *
sr_plan_view_get_period (SrPlanView *self)
{
  g_return_val_if_fail (SR_IS_PLAN_VIEW (self), NULL);

  return self->period;
}

void
sr_plan_view_set_period (SrPlanView *self,
                               SrPeriod         *period)
{
  g_return_if_fail (SR_IS_PLAN_VIEW (self));
  g_return_if_fail (period == NULL || SR_IS_PERIOD (period));

  if (g_set_object (&self->period, period))
    {
      sr_plan_view_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
    }
}
