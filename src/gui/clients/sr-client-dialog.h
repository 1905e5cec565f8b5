/* sr-client-dialog.h: new or edit a client, checked as you type
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-client.h"
#include "sr-context.h"
#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_CLIENT_DIALOG (sr_client_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SrClientDialog, sr_client_dialog, SR, CLIENT_DIALOG, AdwWindow)

/* @client NULL: a new client. The dialog saves through @store itself and
 * emits "saved" (SrClient) before it closes; a refused save keeps it open
 * with the store's message. */
SrClientDialog *sr_client_dialog_new (GtkWindow *parent,
                                      SrContext *context,
                                      SrClient  *client);

G_END_DECLS
