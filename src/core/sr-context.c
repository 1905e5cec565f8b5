/* sr-context.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-context"

#include "config.h"

#include "sr-context.h"
#include "sr-worker.h"
#include "sr-gas.h"

struct _SrContext
{
  GObject    parent_instance;

  SrStore   *store;
  GSettings *settings;

  /* Whether the worker using the app is the "current-worker" setting. A store that comes
   * with a current worker of its own (the demo's sample data makes one) keeps it: the
   * setting is then neither applied to it nor written from it, so the demo's fictitious
   * worker never becomes the worker of the caseworker's own data. */
  guint      follows_setting : 1;

  SrClientService   *clients;
  SrPlanService     *plans;
  SrCalendarService *calendar;
  SrGroupService    *groups;
};

G_DEFINE_FINAL_TYPE (SrContext, sr_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_CURRENT_WORKER,
  PROP_GAS_RHO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sr_context_set_store_worker (SrContext  *self,
                             const char *worker_id)
{
  if (g_strcmp0 (sr_store_get_current_worker (self->store), worker_id) == 0)
    return;

  sr_store_set_current_worker (self->store, worker_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_WORKER]);
}

/* The setting names a worker record by id. An id that is not in this database (the setting
 * was made with another database) is not applied: writes then ask for a worker instead of
 * logging a stranger in the audit log. */
static void
sr_context_apply_setting (SrContext *self)
{
  g_autofree char *worker_id = NULL;
  g_autoptr(SrWorker) worker = NULL;

  if (!self->follows_setting)
    return;

  worker_id = g_settings_get_string (self->settings, "current-worker");
  if (worker_id[0] != '\0')
    worker = sr_store_get_worker (self->store, worker_id, NULL);

  sr_context_set_store_worker (self, worker != NULL ? worker_id : NULL);
}

static void
on_settings_current_worker_changed_cb (SrContext *self)
{
  sr_context_apply_setting (self);
}

static void
on_settings_gas_rho_changed_cb (SrContext *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GAS_RHO]);
}

static void
sr_context_constructed (GObject *object)
{
  SrContext *self = SR_CONTEXT (object);

  G_OBJECT_CLASS (sr_context_parent_class)->constructed (object);

  g_assert (SR_IS_STORE (self->store));
  g_assert (G_IS_SETTINGS (self->settings));

  self->clients = sr_client_service_new (self->store);
  self->plans = sr_plan_service_new (self->store);
  self->calendar = sr_calendar_service_new (self->store);
  self->groups = sr_group_service_new (self->store);

  self->follows_setting = sr_store_get_current_worker (self->store) == NULL;
  sr_context_apply_setting (self);

  g_signal_connect_object (self->settings, "changed::current-worker",
                           G_CALLBACK (on_settings_current_worker_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::gas-rho",
                           G_CALLBACK (on_settings_gas_rho_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
sr_context_dispose (GObject *object)
{
  SrContext *self = SR_CONTEXT (object);

  g_clear_object (&self->clients);
  g_clear_object (&self->plans);
  g_clear_object (&self->calendar);
  g_clear_object (&self->groups);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sr_context_parent_class)->dispose (object);
}

static void
sr_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SrContext *self = SR_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_CURRENT_WORKER:
      g_value_set_string (value, sr_context_get_current_worker (self));
      break;

    case PROP_GAS_RHO:
      g_value_set_double (value, sr_context_get_gas_rho (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SrContext *self = SR_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_CURRENT_WORKER:
      sr_context_set_current_worker (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_context_class_init (SrContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sr_context_constructed;
  object_class->dispose = sr_context_dispose;
  object_class->get_property = sr_context_get_property;
  object_class->set_property = sr_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CURRENT_WORKER] =
    g_param_spec_string ("current-worker", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_GAS_RHO] =
    g_param_spec_double ("gas-rho", NULL, NULL,
                         0.0, 1.0, SR_GAS_DEFAULT_RHO,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sr_context_init (SrContext *self)
{
}

/**
 * sr_context_new:
 * @store: the open database
 * @settings: the app's settings (schema %APPLICATION_ID)
 *
 * Applies the "current-worker" setting to @store, unless @store already has a current
 * worker (see sr_context_set_current_worker()).
 */
SrContext *
sr_context_new (SrStore   *store,
                GSettings *settings)
{
  g_return_val_if_fail (SR_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SR_TYPE_CONTEXT,
                       "store", store,
                       "settings", settings,
                       NULL);
}

SrStore *
sr_context_get_store (SrContext *self)
{
  g_return_val_if_fail (SR_IS_CONTEXT (self), NULL);

  return self->store;
}

GSettings *
sr_context_get_settings (SrContext *self)
{
  g_return_val_if_fail (SR_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * sr_context_get_current_worker:
 *
 * Returns: (nullable): the id of the worker named in the audit log of every write, or
 *   %NULL when nobody has said who is using the app
 */
const char *
sr_context_get_current_worker (SrContext *self)
{
  g_return_val_if_fail (SR_IS_CONTEXT (self), NULL);

  return sr_store_get_current_worker (self->store);
}

/**
 * sr_context_set_current_worker:
 * @worker_id: (nullable): the id of a worker of this database
 *
 * Makes @worker_id the worker using the app. It is remembered in the settings for the next
 * start, unless the store came with a worker of its own (the demo). An id that is not in
 * this database is not applied.
 */
void
sr_context_set_current_worker (SrContext  *self,
                               const char *worker_id)
{
  g_autoptr(SrWorker) worker = NULL;

  g_return_if_fail (SR_IS_CONTEXT (self));

  if (self->follows_setting)
    {
      g_settings_set_string (self->settings, "current-worker", worker_id != NULL ? worker_id : "");
      /* The settings backend may tell of the change later; apply it now. */
      sr_context_apply_setting (self);
      return;
    }

  if (worker_id != NULL)
    worker = sr_store_get_worker (self->store, worker_id, NULL);
  sr_context_set_store_worker (self, worker != NULL ? worker_id : NULL);
}

/**
 * sr_context_get_gas_rho:
 *
 * Returns: the assumed correlation ρ between the goals of a plan, for GAS T-scores (the
 *   "gas-rho" setting)
 */
double
sr_context_get_gas_rho (SrContext *self)
{
  g_return_val_if_fail (SR_IS_CONTEXT (self), 0.0);

  return g_settings_get_double (self->settings, "gas-rho");
}

SrClientService *
sr_context_get_clients (SrContext *self)
{
  g_return_val_if_fail (SR_IS_CONTEXT (self), NULL);

  return self->clients;
}

SrPlanService *
sr_context_get_plans (SrContext *self)
{
  g_return_val_if_fail (SR_IS_CONTEXT (self), NULL);

  return self->plans;
}

SrCalendarService *
sr_context_get_calendar (SrContext *self)
{
  g_return_val_if_fail (SR_IS_CONTEXT (self), NULL);

  return self->calendar;
}

SrGroupService *
sr_context_get_groups (SrContext *self)
{
  g_return_val_if_fail (SR_IS_CONTEXT (self), NULL);

  return self->groups;
}
