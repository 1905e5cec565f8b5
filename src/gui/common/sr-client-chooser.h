/* sr-client-chooser.h: a dialog to choose one client by typing part of a name
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-client.h"
#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_CLIENT_CHOOSER (sr_client_chooser_get_type ())

G_DECLARE_FINAL_TYPE (SrClientChooser, sr_client_chooser, SR, CLIENT_CHOOSER, AdwWindow)

/* Shows a modal chooser over @parent listing the clients that are not archived. The result is
 * the chosen client, or NULL without an error when the user cancelled. @title is the
 * dialog's title, e.g. _("Add Member"); NULL for "Choose Client". */
void      sr_client_chooser_choose_async  (GtkWindow           *parent,
                                           SrStore             *store,
                                           const char          *title,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
SrClient *sr_client_chooser_choose_finish (GAsyncResult        *result,
                                           GError             **error);

/* For tests: the dialog's search text, and choosing the selected row. */
void      sr_client_chooser_set_search    (SrClientChooser     *self,
                                           const char          *text);
gboolean  sr_client_chooser_accept        (SrClientChooser     *self);

G_END_DECLS
