/* sr-context.h: the one door from the gui into core
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application makes one SrContext for the open database and hands it to the window,
 * which hands it to every view and dialog. It holds what every part of the app shares: the
 * store, the settings, the worker using the app, the GAS ρ, and the domain services through
 * which the gui does everything it writes (one call per user action, one transaction each).
 */

#pragma once

#include <gio/gio.h>

#include "sr-calendar-service.h"
#include "sr-client-service.h"
#include "sr-group-service.h"
#include "sr-plan-service.h"
#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_CONTEXT (sr_context_get_type ())

G_DECLARE_FINAL_TYPE (SrContext, sr_context, SR, CONTEXT, GObject)

/* Properties: "store" and "settings" (construct-only), "current-worker" (string, nullable,
 * notified when it changes), "gas-rho" (double, follows the setting). */
SrContext  *sr_context_new                (SrStore    *store,
                                           GSettings  *settings);
SrStore    *sr_context_get_store          (SrContext  *self);
GSettings  *sr_context_get_settings       (SrContext  *self);
const char *sr_context_get_current_worker (SrContext  *self);
void        sr_context_set_current_worker (SrContext  *self,
                                           const char *worker_id);
double      sr_context_get_gas_rho        (SrContext  *self);

/* The domain services, made with the context and living as long as it. */
SrClientService   *sr_context_get_clients  (SrContext *self);
SrPlanService     *sr_context_get_plans    (SrContext *self);
SrCalendarService *sr_context_get_calendar (SrContext *self);
SrGroupService    *sr_context_get_groups   (SrContext *self);

G_END_DECLS
