/* sr-client-page.h: one client in sections: overview, periods, assessment,
 * plan, meetings and network
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

#define SR_TYPE_CLIENT_PAGE (sr_client_page_get_type ())

G_DECLARE_FINAL_TYPE (SrClientPage, sr_client_page, SR, CLIENT_PAGE, AdwBin)

/* Properties: "context", "client" (SrClient, nullable), "show-back-button".
 * Signals: "back" (the back button was pressed). */

SrContext  *sr_client_page_get_context (SrClientPage *self);
void        sr_client_page_set_context (SrClientPage *self,
                                        SrContext    *context);
SrClient   *sr_client_page_get_client  (SrClientPage *self);
/* Shows @client (a fresh copy is read from the store on changes). */
void        sr_client_page_set_client  (SrClientPage *self,
                                        SrClient     *client);
/* "overview", "periods", "assessment", "plan", "meetings", "network" */
void        sr_client_page_set_section (SrClientPage *self,
                                        const char   *section);

G_END_DECLS
