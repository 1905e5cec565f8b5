/* test-migrations.c: from an empty file and from a version-1 database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sr-client-list.h"
#include "sr-store-private.h"
#include "sr-text-private.h"
#include "sr-client.h"
#include "sr-record.h"
#include "sr-store.h"
#include "sr-worker.h"

/* One text value from @sql on the store's own connection. */
static char *
query_text (SrStore    *store,
            const char *sql,
            const char *param)
{
  sqlite3_stmt *stmt = sr_store_prepare (store, sql, NULL);
  char *text = NULL;

  g_assert_nonnull (stmt);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return text;
}

#define SORT_KEY_SQL "SELECT sort_key FROM clients WHERE id = ?1"

static void
test_from_version_1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sr-migrate-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "v1.db", NULL);
  g_autoptr(SrStore) store = NULL;
  g_autoptr(SrClientList) list = NULL;
  g_autofree char *expected = sr_collate_name_key ("Hämäläinen", "Eeva");
  g_autofree char *key = NULL;
  sqlite3 *db = NULL;

  /* The fixture: a database as version 1 of the schema left it, with a
   * client written as version 1 wrote clients. */
  store = sr_store_open_at_version (path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sr_store_get_schema_version (store), ==, 1);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO clients (id, created_at, updated_at, num,"
                                 " sort_key, first_name, last_name, archived) VALUES"
                                 " ('c1', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 1,"
                                 " 'h', 'Eeva', 'Hämäläinen', 0)", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  store = sr_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sr_store_get_schema_version (store), ==, SR_STORE_SCHEMA_VERSION);

  /* Migration 2 indexed the existing client for search. */
  list = sr_client_list_new (store);
  sr_client_list_set_search_text (list, "hama");
  while (sr_client_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* Migration 4 made the old sort key again, with ICU. */
  key = query_text (store, SORT_KEY_SQL, "c1");
  g_assert_cmpstr (key, ==, expected);
}

/* Keys made under another collation (an ICU upgrade, the UI changed to
 * Swedish) are made again on open, and the search index is left alone. */
static void
test_sort_keys_remade (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sr-migrate-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "keys.db", NULL);
  g_autofree char *expected = sr_collate_name_key ("Östman", "Väinö");
  g_autofree char *identity = sr_collate_identity ();
  g_autoptr(SrStore) store = NULL;
  g_autoptr(SrClient) client = sr_client_new ("Väinö", "Östman");
  g_autoptr(SrWorker) worker = sr_worker_new ("Työntekijä");
  g_autoptr(SrClientList) list = NULL;
  g_autofree char *key = NULL;
  g_autofree char *stored_identity = NULL;
  sqlite3 *db = NULL;

  store = sr_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (store, worker, &error));
  sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
  g_assert_true (sr_store_save_client (store, client, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE clients SET sort_key = 'stale';"
                                 "UPDATE collation SET identity = 'icu 1.0 xx'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = sr_store_open (path, &error);
  g_assert_no_error (error);
  key = query_text (store, SORT_KEY_SQL, sr_record_get_id (SR_RECORD (client)));
  stored_identity = query_text (store, "SELECT identity FROM collation", NULL);
  g_assert_cmpstr (key, ==, expected);
  g_assert_cmpstr (stored_identity, ==, identity);

  list = sr_client_list_new (store);
  sr_client_list_set_search_text (list, "östm");
  while (sr_client_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_clear_object (&list);
  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_from_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrStore) store = sr_store_open (":memory:", &error);
  sqlite3_stmt *stmt;

  g_assert_no_error (error);
  g_assert_cmpint (sr_store_get_schema_version (store), ==, SR_STORE_SCHEMA_VERSION);
  stmt = sr_store_prepare (store, "PRAGMA application_id", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, SR_STORE_APPLICATION_ID);
  sqlite3_reset (stmt);
  stmt = sr_store_prepare (store, "PRAGMA foreign_keys", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_reset (stmt);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migrations/from-empty", test_from_empty);
  g_test_add_func ("/migrations/from-version-1", test_from_version_1);
  g_test_add_func ("/migrations/sort-keys-remade", test_sort_keys_remade);

  return g_test_run ();
}
