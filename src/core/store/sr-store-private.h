/* sr-store-private.h: the store for the rest of src/core and for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "sr-store.h"

G_BEGIN_DECLS

/* A cached, reset statement on the store's connection (main thread only). */
sqlite3_stmt *sr_store_prepare           (SrStore     *self,
                                          const char  *sql,
                                          GError     **error);
sqlite3      *sr_store_get_db            (SrStore     *self);
gboolean      sr_store_is_memory         (SrStore     *self);
/* A read-only connection for a worker thread, one thread at a time: an
 * idle one from the store's pool (its page cache still warm) or a new one.
 * Hand it back with sr_store_release_reader() from any thread, while the
 * store is alive. Not for an in-memory store. */
sqlite3      *sr_store_acquire_reader    (SrStore     *self,
                                          GError     **error);
void          sr_store_release_reader    (SrStore     *self,
                                          sqlite3     *db);
/* "SELECT t.id, t.created_at, t.updated_at, t.revision, t.<fields> FROM
 * <table> t", built once per type */
const char   *sr_store_select_sql        (GType        type);
/* Makes a record from the current row of a statement made with the above. */
SrRecord     *sr_store_record_from_row   (GType         type,
                                          sqlite3_stmt *stmt);
/* A time as stored ("YYYY-MM-DDTHH:MM:SSZ"), or NULL; safe on any thread. */
GDateTime    *sr_store_parse_time        (const char  *text);
/* @dt as stored: UTC "YYYY-MM-DDTHH:MM:SSZ"; NULL for NULL. */
char         *sr_store_format_time       (GDateTime   *dt);
/* Makes what runs on @db fail (SQLITE_INTERRUPT) once @cancellable is
 * cancelled; NULL stops watching. For worker threads' readers. */
void          sr_store_interrupt_when_cancelled (sqlite3      *db,
                                                 GCancellable *cancellable);
/* Sets @error from the connection's last error. */
void          sr_store_set_sqlite_error  (sqlite3      *db,
                                          int           rc,
                                          GError      **error);

/* Saves @records (all or none) in one transaction. */
gboolean      sr_store_save_all          (SrStore     *self,
                                          SrRecord   **records,
                                          guint        n_records,
                                          GError     **error);
/* sr_store_get() and sr_store_delete() of the record @id of @type. */
gboolean      sr_store_delete_by_id      (SrStore     *self,
                                          GType        type,
                                          const char  *id,
                                          GError     **error);
/* The first column (ids) of the rows of @sql, with @param as ?1; NULL on
 * error. */
GPtrArray    *sr_store_query_ids         (SrStore     *self,
                                          const char  *sql,
                                          const char  *param,
                                          GError     **error);

/* Saves a record removed a moment ago back with its id, for an undo. A plain save of a
 * record read from the database that is no longer there fails with
 * SR_STORE_ERROR_NOT_FOUND (it was deleted elsewhere). */
gboolean      sr_store_restore           (SrStore     *self,
                                          SrRecord    *record,
                                          GError     **error);

/* One user action (the domain services): every save until the commit is in
 * one transaction, all or nothing. A save that fails rolls the whole action
 * back at once; later saves in it fail, and sr_store_commit_action() then
 * fails too (call sr_store_rollback_action(), which is then a no-op). One
 * ::committed after the commit. Objects get their ids as each save returns
 * (and keep them after a rollback: the services restore them). Actions do
 * not nest, and are not batches. */
gboolean      sr_store_begin_action      (SrStore     *self,
                                          GError     **error);
gboolean      sr_store_commit_action     (SrStore     *self,
                                          GError     **error);
void          sr_store_rollback_action   (SrStore     *self);

/* Bulk writes (sample data): many saves in one transaction, each save a
 * savepoint within it (a failed save rolls back alone), one sync at the
 * commit. ::changed for each saved record is emitted after the commit;
 * objects get their ids as each save returns. Batches do not nest. */
gboolean      sr_store_begin_batch       (SrStore     *self,
                                          GError     **error);
gboolean      sr_store_commit_batch      (SrStore     *self,
                                          GError     **error);
void          sr_store_rollback_batch    (SrStore     *self);

/* What the files of a database at a path end with, "" (the database
 * itself) first; NULL-terminated. */
const char * const *sr_store_file_suffixes (void);

/* Tests: open (creating) and migrate only up to @version, to make fixtures
 * of older schemas. */
SrStore      *sr_store_open_at_version   (const char  *path,
                                          int          version,
                                          GError     **error);

/* Sorting names inside SQLite (sr-store-collation.c) ----------------------- */

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
