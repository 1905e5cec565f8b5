/* sr-service.h: what the domain services share
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A domain service (clients, plans, calendar, groups) runs the use cases of its domain, one
 * call per user action, on the store it was made with. SrContext makes one of each.
 */

#pragma once

#include <glib-object.h>

#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_SERVICE (sr_service_get_type ())

G_DECLARE_DERIVABLE_TYPE (SrService, sr_service, SR, SERVICE, GObject)

struct _SrServiceClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer padding[4];
};

/* Property: "store" (SrStore, construct-only). */
SrStore *sr_service_get_store (SrService *self);

G_END_DECLS
