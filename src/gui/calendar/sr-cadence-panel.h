/* sr-cadence-panel.h: clients with no meeting within a week, to plan one
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sr-context.h"

G_BEGIN_DECLS

#define SR_TYPE_CADENCE_PANEL (sr_cadence_panel_get_type ())

G_DECLARE_FINAL_TYPE (SrCadencePanel, sr_cadence_panel, SR, CADENCE_PANEL, GtkBox)

/* Properties: "context" (SrContext, may be NULL). Signal "plan-meeting"
 * (SrClient *client): the client's Plan Meeting button was pressed. */

SrContext  *sr_cadence_panel_get_context (SrCadencePanel *self);
void        sr_cadence_panel_set_context (SrCadencePanel *self,
                                          SrContext      *context);
/* The flagged clients (SrClient); live while the panel is mapped or after
 * sr_cadence_panel_refresh(); NULL before. */
GListModel *sr_cadence_panel_get_clients (SrCadencePanel *self);
/* Asks the rule again for today (after midnight). */
void        sr_cadence_panel_refresh     (SrCadencePanel *self);

G_END_DECLS
