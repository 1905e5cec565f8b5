/* test-migrations.c: from an empty file and from a version-1 database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sr-client-list.h"
#include "sr-store-private.h"

static void
test_from_version_1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sr-migrate-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "v1.db", NULL);
  g_autoptr(SrStore) store = NULL;
  g_autoptr(SrClientList) list = NULL;
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

  return g_test_run ();
}
