/* sr-store-collation.h: sorting names inside SQLite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include <glib.h>

G_BEGIN_DECLS

/* Adds to @db the SQL functions sr_sort_key (TEXT) → BLOB, whose memcmp()
 * order is sr_collate_compare()'s, and sr_name_sort_key (last, first) →
 * sr_collate_name_key(). "ORDER BY sr_sort_key (t.name)" makes one key per
 * row, where "COLLATE SR_LOCALE" collates on every comparison. */
gboolean sr_store_add_collation_functions (sqlite3  *db,
                                           GError  **error);

/* Remakes every client's stored sort key when the collation they were made
 * with (sr_collate_identity(), kept in the collation table) is not the one
 * in use: another ICU version or UI language, or keys from before ICU. */
gboolean sr_store_refresh_sort_keys       (sqlite3  *db,
                                           GError  **error);

G_END_DECLS
