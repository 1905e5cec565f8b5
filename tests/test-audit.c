/* test-audit.c: the use and disclosure logs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sr-store-private.h"

static SrStore *
open_store (char **path_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sr-audit-XXXXXX", &error);
  g_autoptr(SrWorker) worker = sr_worker_new ("Auditoija");
  SrStore *store;

  *path_out = g_build_filename (dir, "socrehab.db", NULL);
  store = sr_store_open (*path_out, &error);
  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (store, worker, &error));
  sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
  return store;
}

static void
test_rows_written (void)
{
  g_autofree char *path = NULL;
  g_autoptr(SrStore) store = open_store (&path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = sr_client_new ("Salainen", "Henkilö");
  g_autoptr(GListModel) use = NULL;
  g_autoptr(GListModel) disclosure = NULL;
  g_autoptr(SrAuditEntry) entry = NULL;
  const char *id;

  g_object_set (client, "identity-code", "030385-902C", NULL);
  g_assert_true (sr_store_save_client (store, client, &error));
  id = sr_record_get_id (SR_RECORD (client));
  use = sr_store_list_audit (store, id, SR_AUDIT_LOG_USE, NULL);
  disclosure = sr_store_list_audit (store, id, SR_AUDIT_LOG_DISCLOSURE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (use), ==, 1);

  g_assert_true (sr_store_log_view_client (store, id, &error));
  g_assert_true (sr_store_log_disclosure (store, id, SR_AUDIT_ACTION_EXPORT, "csv", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (use), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (disclosure), ==, 1);

  entry = g_list_model_get_item (use, 0); /* newest first */
  g_assert_cmpint (sr_audit_entry_get_action (entry), ==, SR_AUDIT_ACTION_VIEW);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (entry), "worker-id"), ==,
                   sr_store_get_current_worker (store));

  /* Never personal data in the log. */
  {
    sqlite3_stmt *stmt = sr_store_prepare (store, "SELECT count (*) FROM audit_log WHERE"
                                           " coalesce (detail, '') || coalesce (entity_id, '')"
                                           " LIKE '%Salainen%' OR detail LIKE '%030385%'", NULL);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    sqlite3_reset (stmt);
  }

  /* The log cannot be saved through the store either. */
  g_assert_false (sr_store_save (store, SR_RECORD (entry), &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED);
}

static void
test_append_only_and_chain (void)
{
  g_autofree char *path = NULL;
  g_autoptr(SrStore) store = open_store (&path);
  g_autoptr(GError) error = NULL;
  guint64 bad = 0;
  sqlite3 *db = NULL;
  char *message = NULL;

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(SrClient) client = sr_client_new ("Asiakas", "Testi");

      g_assert_true (sr_store_save_client (store, client, &error));
    }
  g_assert_true (sr_store_verify_audit_chain (store, &bad, &error));
  g_assert_no_error (error);

  /* The triggers refuse UPDATE and DELETE. */
  g_assert_cmpint (sqlite3_exec (sr_store_get_db (store), "UPDATE audit_log SET detail = 'x'",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_TRIGGER);
  g_assert_cmpint (sqlite3_exec (sr_store_get_db (store), "DELETE FROM audit_log", NULL, NULL,
                                 NULL), ==, SQLITE_CONSTRAINT_TRIGGER);

  /* Someone with the file drops the triggers and edits row 3. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER audit_log_no_update;"
                                 "UPDATE audit_log SET action = 'view' WHERE seq = 3", NULL, NULL,
                                 &message), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_false (sr_store_verify_audit_chain (store, &bad, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CORRUPT);
  g_assert_cmpuint (bad, ==, 3);
}

static void
test_deleted_row_detected (void)
{
  g_autofree char *path = NULL;
  g_autoptr(SrStore) store = open_store (&path);
  g_autoptr(GError) error = NULL;
  guint64 bad = 0;
  sqlite3 *db = NULL;

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(SrClient) client = sr_client_new ("Asiakas", "Testi");

      g_assert_true (sr_store_save_client (store, client, &error));
    }

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER audit_log_no_delete;"
                                 "DELETE FROM audit_log WHERE seq = 2", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_false (sr_store_verify_audit_chain (store, &bad, &error));
  g_assert_cmpuint (bad, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/audit/rows-written", test_rows_written);
  g_test_add_func ("/audit/append-only-and-chain", test_append_only_and_chain);
  g_test_add_func ("/audit/deleted-row-detected", test_deleted_row_detected);

  return g_test_run ();
}
