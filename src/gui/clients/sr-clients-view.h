/* sr-clients-view.h: the Clients view: the client list and a client's page
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

#define SR_TYPE_CLIENTS_VIEW (sr_clients_view_get_type ())

G_DECLARE_FINAL_TYPE (SrClientsView, sr_clients_view, SR, CLIENTS_VIEW, AdwBin)

GtkWidget  *sr_clients_view_new              (void);
SrContext  *sr_clients_view_get_context      (SrClientsView *self);
void        sr_clients_view_set_context      (SrClientsView *self,
                                              SrContext     *context);
/* The list model shown (an SrClientList), or NULL without a store. */
GListModel *sr_clients_view_get_model        (SrClientsView *self);
/* Opens the client's page (and selects the row when the client is listed). */
void        sr_clients_view_show_client      (SrClientsView *self,
                                              const char    *client_id);
/* The client whose page is open, or NULL. */
SrClient   *sr_clients_view_get_shown_client (SrClientsView *self);

G_END_DECLS
