/* sr-text.h: sorting and searching names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A byte string whose strcmp() order is Finnish/Swedish alphabetical order,
 * independent of the process locale: case and accents (é, ü→y) are ignored,
 * Å Ä Ö (and Æ Ø) sort after Z, punctuation is ignored; ties are broken
 * by the original text so the order is total. */
char    *sr_collate_key     (const char *text);
int      sr_collate_compare (const char *a,
                             const char *b);

/* An FTS5 MATCH expression for what a user typed: every word becomes a
 * quoted prefix term, so no user text is ever FTS5 syntax. NULL when the
 * text has no searchable word. */
char    *sr_search_build_match (const char *text);

G_END_DECLS
