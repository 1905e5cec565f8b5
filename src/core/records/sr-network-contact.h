/* sr-network-contact.h: a professional in a client's network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sr-record.h"

G_BEGIN_DECLS

#define SR_TYPE_NETWORK_CONTACT (sr_network_contact_get_type ())

G_DECLARE_FINAL_TYPE (SrNetworkContact, sr_network_contact, SR, NETWORK_CONTACT, SrRecord)

/* Properties: "client-id" (ref, required), "organisation", "service-type",
 * "person", "role", "contact" (string), "consent-to-share" (boolean),
 * "consent-date" (date). */

SrNetworkContact *sr_network_contact_new (const char *client_id,
                                          const char *organisation);

G_END_DECLS
