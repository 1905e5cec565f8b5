/* sr-service.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-service"

#include "config.h"

#include "sr-service.h"

typedef struct
{
  SrStore *store;
} SrServicePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SrService, sr_service, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sr_service_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SrServicePrivate *priv = sr_service_get_instance_private (SR_SERVICE (object));

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_service_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SrServicePrivate *priv = sr_service_get_instance_private (SR_SERVICE (object));

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_service_constructed (GObject *object)
{
  SrServicePrivate *priv = sr_service_get_instance_private (SR_SERVICE (object));

  G_OBJECT_CLASS (sr_service_parent_class)->constructed (object);

  g_assert (SR_IS_STORE (priv->store));
}

static void
sr_service_dispose (GObject *object)
{
  SrServicePrivate *priv = sr_service_get_instance_private (SR_SERVICE (object));

  g_clear_object (&priv->store);

  G_OBJECT_CLASS (sr_service_parent_class)->dispose (object);
}

static void
sr_service_class_init (SrServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sr_service_get_property;
  object_class->set_property = sr_service_set_property;
  object_class->constructed = sr_service_constructed;
  object_class->dispose = sr_service_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sr_service_init (SrService *self)
{
}

SrStore *
sr_service_get_store (SrService *self)
{
  SrServicePrivate *priv;

  g_return_val_if_fail (SR_IS_SERVICE (self), NULL);

  priv = sr_service_get_instance_private (self);
  return priv->store;
}
