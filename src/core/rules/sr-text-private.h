/* sr-text-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "fi" or "sv": the rules sr_collate_key() follows (see sr-text.h). */
const char *sr_collate_language (void);

/* What the keys depend on: ICU's collator version and the language. Keys
 * stored under another identity must be made again. */
char       *sr_collate_identity (void);

/* sr_collate_key() without its final 0 byte, for a BLOB: memcmp() order. */
GBytes     *sr_collate_key_bytes (const char *text);

/* The stored sort key of a client: last name, then first name, as lower
 * case hex digits (text whose strcmp() order is the key's). */
char       *sr_collate_name_key (const char *last_name,
                                 const char *first_name);

G_END_DECLS
