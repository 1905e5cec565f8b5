/* sr-period-dialog.h: start a client's rehabilitation period
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-client.h"
#include "sr-context.h"

G_BEGIN_DECLS

#define SR_TYPE_PERIOD_DIALOG (sr_period_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SrPeriodDialog, sr_period_dialog, SR, PERIOD_DIALOG, AdwWindow)

/* A new period of @client, starting today and planned for the default
 * length. The dialog opens it through the client service and closes itself
 * on success; on failure it stays open with what was typed and shows why. */
SrPeriodDialog *sr_period_dialog_new  (GtkWindow      *parent,
                                       SrContext      *context,
                                       SrClient       *client);
/* What the Start Period button does; FALSE if nothing was saved. */
gboolean        sr_period_dialog_save (SrPeriodDialog *self);

G_END_DECLS
