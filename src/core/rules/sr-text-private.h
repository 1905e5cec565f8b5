/* sr-text-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The stored sort key of a client: last name, then first name. */
char *sr_collate_name_key (const char *last_name,
                           const char *first_name);

G_END_DECLS
