/* sr-client.h: a client of social rehabilitation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sr-record.h"
#include "sr-enums.h"

G_BEGIN_DECLS

#define SR_TYPE_CLIENT (sr_client_get_type ())

G_DECLARE_FINAL_TYPE (SrClient, sr_client, SR, CLIENT, SrRecord)

/* Properties:
 *  "first-name", "last-name" (string; at least one required),
 *  "identity-code" (string, optional; validated and normalised on save,
 *                   unique among clients),
 *  "birth-date" (date; derived from the identity code when there is one),
 *  "phone", "email", "address", "municipality" (string),
 *  "language" (SrLanguage), "worker-id" (ref: the named worker),
 *  "notes" (string), "archived" (boolean; set with sr_store_archive_client()).
 */

SrClient   *sr_client_new               (const char *first_name,
                                         const char *last_name);
const char *sr_client_get_first_name    (SrClient   *self);
const char *sr_client_get_last_name     (SrClient   *self);
const char *sr_client_get_identity_code (SrClient   *self);
const char *sr_client_get_worker_id     (SrClient   *self);
gboolean    sr_client_get_archived      (SrClient   *self);
/* "Last, First" for lists; never logged. */
char       *sr_client_dup_display_name  (SrClient   *self);

G_END_DECLS
