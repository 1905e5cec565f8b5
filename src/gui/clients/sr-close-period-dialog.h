/* sr-close-period-dialog.h: close a client's rehabilitation period
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-context.h"

G_BEGIN_DECLS

#define SR_TYPE_CLOSE_PERIOD_DIALOG (sr_close_period_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SrClosePeriodDialog, sr_close_period_dialog, SR, CLOSE_PERIOD_DIALOG, AdwWindow)

/* Closes the period @period_id, ending today unless another day is given.
 * The dialog closes the period through the client service and closes
 * itself on success; on failure it stays open with what was typed and
 * shows why. */
SrClosePeriodDialog *sr_close_period_dialog_new  (GtkWindow           *parent,
                                                  SrContext           *context,
                                                  const char          *period_id);
/* What the Close Period button does; FALSE if nothing was saved. */
gboolean             sr_close_period_dialog_save (SrClosePeriodDialog *self);

G_END_DECLS
