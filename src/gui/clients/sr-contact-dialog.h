/* sr-contact-dialog.h: add or change one contact of a client's network
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-client.h"
#include "sr-context.h"
#include "sr-network-contact.h"

G_BEGIN_DECLS

#define SR_TYPE_CONTACT_DIALOG (sr_contact_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SrContactDialog, sr_contact_dialog, SR, CONTACT_DIALOG, AdwWindow)

/* @contact NULL: a new contact of @client. The dialog saves through the
 * client service and closes itself on success; on failure it stays open
 * with what was typed and shows why. */
SrContactDialog *sr_contact_dialog_new  (GtkWindow        *parent,
                                         SrContext        *context,
                                         SrClient         *client,
                                         SrNetworkContact *contact);
/* What the Add (Save) button does; FALSE if nothing was saved. */
gboolean         sr_contact_dialog_save (SrContactDialog  *self);

G_END_DECLS
