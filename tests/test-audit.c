/* test-audit.c: the use and disclosure logs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sr-audit-entry.h"
#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-store-private.h"
#include "sr-worker.h"

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

static gint64
newest_seq (SrStore *store)
{
  sqlite3_stmt *stmt = sr_store_prepare (store, "SELECT max (seq) FROM audit_log", NULL);
  gint64 seq;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  seq = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return seq;
}

static void
save_clients (SrStore *store,
              guint    n)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SrClient) client = sr_client_new ("Asiakas", "Testi");

      g_assert_true (sr_store_save_client (store, client, &error));
      g_assert_no_error (error);
    }
}

/* Entries cut off the end leave a chain that holds together: the newest
 * entry recorded beside the database shows they are missing. */
static void
test_truncation_detected (void)
{
  g_autofree char *path = NULL;
  g_autoptr(SrStore) store = open_store (&path);
  g_autoptr(GError) error = NULL;
  g_autofree char *head_path = NULL;
  g_autofree char *head = NULL;
  g_autofree char *expected = NULL;
  guint64 bad = 0;
  sqlite3 *db = NULL;
  GStatBuf st;
  gint64 last;

  save_clients (store, 4);
  last = newest_seq (store);

  /* The record is private, and names the newest entry. */
  head_path = g_strconcat (path, ".audit-head", NULL);
  g_assert_cmpint (g_stat (head_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (head_path, &head, NULL, NULL));
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " ", last);
  g_assert_true (g_str_has_prefix (head, expected));
  g_assert_true (sr_store_verify_audit_chain (store, &bad, &error));
  g_assert_no_error (error);

  /* Someone with the file drops the trigger and deletes the two newest entries. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  {
    g_autofree char *sql = g_strdup_printf ("DROP TRIGGER audit_log_no_delete;"
                                            " DELETE FROM audit_log WHERE seq >= %" G_GINT64_FORMAT,
                                            last - 1);

    g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  sqlite3_close (db);

  g_assert_false (sr_store_verify_audit_chain (store, &bad, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CORRUPT);
  g_assert_cmpuint (bad, ==, (guint64) (last - 1));
  g_clear_error (&error);

  /* A database moved without the record still verifies its chain. */
  g_assert_cmpint (g_unlink (head_path), ==, 0);
  g_assert_true (sr_store_verify_audit_chain (store, &bad, &error));
  g_assert_no_error (error);

  /* The next write records the head again. */
  save_clients (store, 1);
  g_assert_true (g_file_test (head_path, G_FILE_TEST_EXISTS));
  g_assert_true (sr_store_verify_audit_chain (store, &bad, &error));
  g_assert_no_error (error);
}

/* A write that rolls back leaves the recorded head where it was. */
static void
test_head_after_rollback (void)
{
  g_autofree char *path = NULL;
  g_autoptr(SrStore) store = open_store (&path);
  g_autoptr(GError) error = NULL;
  g_autofree char *head_path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint64 bad = 0;

  save_clients (store, 2);
  head_path = g_strconcat (path, ".audit-head", NULL);
  g_assert_true (g_file_get_contents (head_path, &before, NULL, NULL));

  g_assert_true (sr_store_begin_batch (store, &error));
  save_clients (store, 3);
  sr_store_rollback_batch (store);

  g_assert_true (g_file_get_contents (head_path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  g_assert_true (sr_store_verify_audit_chain (store, &bad, &error));
  g_assert_no_error (error);

  /* A committed batch records its last entry. */
  g_assert_true (sr_store_begin_batch (store, &error));
  save_clients (store, 3);
  g_assert_true (sr_store_commit_batch (store, &error));
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (head_path, &after, NULL, NULL));
  g_assert_cmpstr (before, !=, after);
  g_assert_true (sr_store_verify_audit_chain (store, &bad, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/audit/rows-written", test_rows_written);
  g_test_add_func ("/audit/append-only-and-chain", test_append_only_and_chain);
  g_test_add_func ("/audit/deleted-row-detected", test_deleted_row_detected);
  g_test_add_func ("/audit/truncation-detected", test_truncation_detected);
  g_test_add_func ("/audit/head-after-rollback", test_head_after_rollback);

  return g_test_run ();
}
