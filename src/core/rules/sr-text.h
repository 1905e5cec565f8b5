/* sr-text.h: sorting and searching names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sorting follows CLDR's Finnish rules, or its Swedish rules when the UI is
 * in Swedish: the first of g_get_language_names() that is Finnish or Swedish
 * decides, read once per process; any other UI language (English) sorts as
 * Finnish, the country's majority language. The rules are ICU's own copy of
 * CLDR, so installed locales and LC_COLLATE play no part. In both languages:
 * Å Ä Ö after Z (Æ with Ä, Ø with Ö), V and W separate letters, Ü as Y,
 * other accents (É) and then case only break ties. Spaces, punctuation and
 * symbols are ignored but for ties ("Aho" < "Aho-Berg" < "Ahola", and a
 * stray leading space or "+" moves no name), and last the text itself
 * breaks ties, so the order is total.
 *
 * sr_collate_key(): a byte string whose strcmp() order is that order, equal
 * only for canonically equal text (NULL sorts as ""). For sorting many
 * items, make each item's key once and compare keys.
 * sr_collate_compare(): the same order for one comparison, without keys.
 * Both are safe to call from any thread. */
char    *sr_collate_key     (const char *text);
int      sr_collate_compare (const char *a,
                             const char *b);

/* An FTS5 MATCH expression for what a user typed: every word becomes a
 * quoted prefix term, so no user text is ever FTS5 syntax. NULL when the
 * text has no searchable word. */
char    *sr_search_build_match (const char *text);

G_END_DECLS
