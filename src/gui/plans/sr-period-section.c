/* sr-period-section.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-period-section"

#include "config.h"

#include "sr-period-section.h"
#include "sr-period.h"
#include "sr-plan-service.h"
#include "sr-toast.h"

typedef struct
{
  SrContext *context;
  SrStore   *store;     /* the context's */
  SrPeriod  *period;
  gulong     store_committed_id;
} SrPeriodSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SrPeriodSection, sr_period_section, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PERIOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
save (SrPeriodSection *self)
{
  SrPeriodSectionClass *klass = SR_PERIOD_SECTION_GET_CLASS (self);

  if (klass->save != NULL)
    klass->save (self);
}

static void
reset (SrPeriodSection *self)
{
  SrPeriodSectionClass *klass = SR_PERIOD_SECTION_GET_CLASS (self);

  if (klass->reset != NULL)
    klass->reset (self);
}

static void
on_store_committed_cb (SrStore         *store,
                       SrChanges       *changes,
                       SrPeriodSection *self)
{
  SrPeriodSectionClass *klass = SR_PERIOD_SECTION_GET_CLASS (self);

  if (klass->store_committed != NULL)
    klass->store_committed (self, changes);
}

static void
sr_period_section_unmap (GtkWidget *widget)
{
  save (SR_PERIOD_SECTION (widget));

  GTK_WIDGET_CLASS (sr_period_section_parent_class)->unmap (widget);
}

static void
sr_period_section_dispose (GObject *object)
{
  SrPeriodSection *self = SR_PERIOD_SECTION (object);
  SrPeriodSectionPrivate *priv = sr_period_section_get_instance_private (self);

  if (priv->store != NULL)
    g_clear_signal_handler (&priv->store_committed_id, priv->store);
  g_clear_object (&priv->period);
  g_clear_object (&priv->store);
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (sr_period_section_parent_class)->dispose (object);
}

static void
sr_period_section_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SrPeriodSection *self = SR_PERIOD_SECTION (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, sr_period_section_get_context (self));
      break;

    case PROP_PERIOD:
      g_value_set_object (value, sr_period_section_get_period (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_period_section_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SrPeriodSection *self = SR_PERIOD_SECTION (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      sr_period_section_set_context (self, g_value_get_object (value));
      break;

    case PROP_PERIOD:
      sr_period_section_set_period (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_period_section_class_init (SrPeriodSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_period_section_dispose;
  object_class->get_property = sr_period_section_get_property;
  object_class->set_property = sr_period_section_set_property;
  widget_class->unmap = sr_period_section_unmap;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERIOD] =
    g_param_spec_object ("period", NULL, NULL,
                         SR_TYPE_PERIOD,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sr_period_section_init (SrPeriodSection *self)
{
}

SrStore *
sr_period_section_get_store (SrPeriodSection *self)
{
  SrPeriodSectionPrivate *priv = sr_period_section_get_instance_private (self);

  g_return_val_if_fail (SR_IS_PERIOD_SECTION (self), NULL);

  return priv->store;
}

SrContext *
sr_period_section_get_context (SrPeriodSection *self)
{
  SrPeriodSectionPrivate *priv = sr_period_section_get_instance_private (self);

  g_return_val_if_fail (SR_IS_PERIOD_SECTION (self), NULL);

  return priv->context;
}

void
sr_period_section_set_context (SrPeriodSection *self,
                               SrContext       *context)
{
  SrPeriodSectionPrivate *priv = sr_period_section_get_instance_private (self);

  g_return_if_fail (SR_IS_PERIOD_SECTION (self));
  g_return_if_fail (context == NULL || SR_IS_CONTEXT (context));

  if (context == priv->context)
    return;

  save (self);
  if (priv->store != NULL)
    g_clear_signal_handler (&priv->store_committed_id, priv->store);
  g_set_object (&priv->context, context);
  g_set_object (&priv->store, (context != NULL ? sr_context_get_store (context) : NULL));
  if (priv->store != NULL)
    priv->store_committed_id = g_signal_connect (priv->store, "committed", G_CALLBACK (on_store_committed_cb), self);
  reset (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

SrPeriod *
sr_period_section_get_period (SrPeriodSection *self)
{
  SrPeriodSectionPrivate *priv = sr_period_section_get_instance_private (self);

  g_return_val_if_fail (SR_IS_PERIOD_SECTION (self), NULL);

  return priv->period;
}

void
sr_period_section_set_period (SrPeriodSection *self,
                              SrPeriod        *period)
{
  SrPeriodSectionPrivate *priv = sr_period_section_get_instance_private (self);

  g_return_if_fail (SR_IS_PERIOD_SECTION (self));
  g_return_if_fail (period == NULL || SR_IS_PERIOD (period));

  if (period == priv->period)
    return;
  if (period != NULL && priv->period != NULL
      && g_strcmp0 (sr_record_get_id (SR_RECORD (period)), sr_record_get_id (SR_RECORD (priv->period))) == 0)
    {
      /* The same period again (e.g. after its own save): keep what is typed. */
      g_set_object (&priv->period, period);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
      return;
    }

  save (self);
  g_set_object (&priv->period, period);
  reset (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

void
sr_period_section_add_toast (SrPeriodSection *self,
                             AdwToast        *toast)
{
  g_return_if_fail (SR_IS_PERIOD_SECTION (self));

  sr_widget_add_toast (GTK_WIDGET (self), toast);
}

void
sr_period_section_show_error (SrPeriodSection *self,
                              const GError    *error)
{
  AdwToast *toast;

  g_return_if_fail (SR_IS_PERIOD_SECTION (self));
  g_return_if_fail (error != NULL);

  toast = adw_toast_new (error->message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  sr_period_section_add_toast (self, toast);
}

typedef struct
{
  SrPlanService *plans;
  SrRecord      *record;
  GWeakRef       section;
} UndoRemove;

static void
undo_remove_free (gpointer data)
{
  UndoRemove *undo = data;

  g_object_unref (undo->plans);
  g_object_unref (undo->record);
  g_weak_ref_clear (&undo->section);
  g_free (undo);
}

static void
on_undo_remove_cb (AdwToast   *toast,
                   UndoRemove *undo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrPeriodSection) section = g_weak_ref_get (&undo->section);

  /* Saved again with the same id, as it was. */
  if (!sr_plan_service_restore (undo->plans, undo->record, &error) && section != NULL)
    sr_period_section_show_error (section, error);
}

void
sr_period_section_add_undo_toast (SrPeriodSection *self,
                                  AdwToast        *toast,
                                  SrRecord        *record)
{
  SrPeriodSectionPrivate *priv = sr_period_section_get_instance_private (self);
  UndoRemove *undo;

  g_return_if_fail (SR_IS_PERIOD_SECTION (self));
  g_return_if_fail (ADW_IS_TOAST (toast));
  g_return_if_fail (SR_IS_RECORD (record));
  g_return_if_fail (priv->context != NULL);

  undo = g_new0 (UndoRemove, 1);
  undo->plans = g_object_ref (sr_context_get_plans (priv->context));
  undo->record = g_object_ref (record);
  g_weak_ref_init (&undo->section, self);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb),
                         undo, (GClosureNotify) (void (*) (void)) undo_remove_free, 0);
  sr_period_section_add_toast (self, toast);
}

GtkWidget *
sr_period_section_row_button_new (const char *icon_name,
                                  const char *tooltip,
                                  const char *action_name,
                                  const char *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);

  return button;
}

GtkWidget *
sr_period_section_placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);

  return label;
}
