/* sr-store-collation.c: sorting names inside SQLite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-store"

#include "config.h"

#include "sr-store-private.h"
#include "sr-text-private.h"
#include "sr-text.h"

static void
sort_key_function (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  g_autoptr(GBytes) key = sr_collate_key_bytes ((const char *) sqlite3_value_text (argv[0]));
  gsize len;
  const void *data = g_bytes_get_data (key, &len);

  sqlite3_result_blob (context, data, (int) len, SQLITE_TRANSIENT);
}

static void
name_sort_key_function (sqlite3_context  *context,
                        int               argc,
                        sqlite3_value   **argv)
{
  sqlite3_result_text (context,
                       sr_collate_name_key ((const char *) sqlite3_value_text (argv[0]),
                                            (const char *) sqlite3_value_text (argv[1])),
                       -1, g_free);
}

gboolean
sr_store_add_collation_functions (sqlite3  *db,
                                  GError  **error)
{
  /* Deterministic: SQLite may evaluate them once per row and reuse. */
  int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc = sqlite3_create_function (db, "sr_sort_key", 1, flags, NULL, sort_key_function,
                                    NULL, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_create_function (db, "sr_name_sort_key", 2, flags, NULL,
                                  name_sort_key_function, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      sr_store_set_sqlite_error (db, rc, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
sr_store_refresh_sort_keys (sqlite3  *db,
                            GError  **error)
{
  g_autofree char *identity = sr_collate_identity ();
  sqlite3_stmt *stmt = NULL;
  gboolean current;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT identity = ?1 FROM collation WHERE id = 1", -1, &stmt,
                           NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, identity, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  current = rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      sr_store_set_sqlite_error (db, rc, error);
      return FALSE;
    }
  if (current)
    return TRUE;

  /* One transaction: the list never sees keys of two collations mixed. The
   * search index is not touched (its trigger watches the name columns). */
  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "UPDATE clients SET sort_key = sr_name_sort_key (last_name, first_name)",
                       NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "UPDATE collation SET identity = ?1 WHERE id = 1", -1, &stmt,
                             NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, identity, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (rc == SQLITE_DONE)
        rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      sr_store_set_sqlite_error (db, rc, error);
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}
