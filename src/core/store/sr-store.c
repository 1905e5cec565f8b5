/* sr-store.c: the SocRehab database: open, connections, transactions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The object, opening (and refusing) a file, the connection's statement
 * cache and the readers' pool, transactions and batches, and ::changed.
 * The rest of the store is in the files named in sr-store-internal.h.
 *
 * Nothing in this file may print personal data: errors name tables and
 * columns, never values, and the audit log holds ids only.
 */

#define G_LOG_DOMAIN "sr-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sr-record-private.h"
#include "sr-store-internal.h"

/* Idle readers kept open: one per list that can be refreshing at once. */
#define MAX_IDLE_READERS 2
/* Each reader's page cache (KiB): a client list walks an index of every client. */
#define READER_CACHE_KIB 16384

G_DEFINE_FINAL_TYPE (SrStore, sr_store, G_TYPE_OBJECT)

enum {
  COMMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Connections ---------------------------------------------------------------- */

sqlite3_stmt *
sr_store_prepare (SrStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sr_store_set_sqlite_error (self->db, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

sqlite3 *
sr_store_get_db (SrStore *self)
{
  g_return_val_if_fail (SR_IS_STORE (self), NULL);

  return self->db;
}

gboolean
sr_store_is_memory (SrStore *self)
{
  g_return_val_if_fail (SR_IS_STORE (self), TRUE);

  return g_strcmp0 (self->path, ":memory:") == 0 || self->path[0] == '\0';
}

static sqlite3 *
open_reader (SrStore  *self,
             GError  **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK || !sr_sqlite_configure (db, FALSE, error)
      || !sr_sqlite_exec (db, "PRAGMA cache_size = -" G_STRINGIFY (READER_CACHE_KIB), error))
    {
      if (rc != SQLITE_OK)
        sr_store_set_sqlite_error (db, rc, error);
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

sqlite3 *
sr_store_acquire_reader (SrStore  *self,
                         GError  **error)
{
  sqlite3 *db = NULL;

  g_return_val_if_fail (SR_IS_STORE (self), NULL);
  g_return_val_if_fail (!sr_store_is_memory (self), NULL);

  g_mutex_lock (&self->readers_lock);
  if (self->readers->len > 0)
    db = g_ptr_array_steal_index_fast (self->readers, self->readers->len - 1);
  g_mutex_unlock (&self->readers_lock);

  return db != NULL ? db : open_reader (self, error);
}

void
sr_store_release_reader (SrStore *self,
                         sqlite3 *db)
{
  g_return_if_fail (SR_IS_STORE (self));

  if (db == NULL)
    return;

  g_mutex_lock (&self->readers_lock);
  if (self->readers->len < MAX_IDLE_READERS)
    g_ptr_array_add (self->readers, g_steal_pointer (&db));
  g_mutex_unlock (&self->readers_lock);

  if (db != NULL)
    sqlite3_close (db);
}

/* Files -------------------------------------------------------------------- */

char *
sr_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "socrehab", "socrehab.db", NULL);
}

char *
sr_store_default_backup_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "socrehab", "backups", NULL);
}

char *
sr_store_resolve_path (const char *cmdline_path)
{
  const char *env = g_getenv ("SOCREHAB_DATABASE");

  if (cmdline_path != NULL && cmdline_path[0] != '\0')
    return g_strdup (cmdline_path);
  if (env != NULL && env[0] != '\0')
    return g_strdup (env);

  return sr_store_default_path ();
}

/* Makes @dir (and parents) with mode 0700; an existing @dir is tightened to
 * 0700 only if @tighten, as it may be a folder the user chose. */
gboolean
sr_store_make_private_dir (const char  *dir,
                           gboolean     tighten,
                           GError     **error)
{
  gboolean existed = g_file_test (dir, G_FILE_TEST_IS_DIR);

  if (!existed && g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_IO,
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  if ((!existed || tighten) && g_chmod (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_IO,
                   _("Could not protect the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* The database and its -wal and -shm files are readable by the user only. */
const char * const *
sr_store_file_suffixes (void)
{
  static const char * const suffixes[] = {
    "", "-wal", "-shm", "-journal", AUDIT_HEAD_SUFFIX, AUDIT_HEAD_SUFFIX ".new", NULL
  };

  return suffixes;
}

static gboolean
protect_files (const char  *path,
               GError     **error)
{
  const char * const *suffixes = sr_store_file_suffixes ();

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_stat (file, &st) != 0)
        continue;
      if ((st.st_mode & 0777) != 0600 && g_chmod (file, 0600) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_IO,
                       _("Could not protect the file “%s”: %s"), file, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

void
sr_store_set_corrupt_error (GError     **error,
                            const char  *why)
{
  g_autofree char *backups = sr_store_default_backup_dir ();

  g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CORRUPT,
               _("The database cannot be read (%s). It has not been changed. "
                 "The automatic backups are in “%s”."), why, backups);
}

typedef enum
{
  FILE_NEW,       /* missing or empty: initialise */
  FILE_OURS,      /* a SocRehab database at some version */
} FileKind;

/* Decides what @path is without writing to it: the file is opened read-only
 * and nothing is created (an existing -wal is read, never checkpointed). */
static gboolean
inspect_file (const char  *path,
              FileKind    *kind,
              GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  sqlite3 *db = NULL;
  gint64 app_id = 0, version = 0, n_objects = 0;
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  int rc;

  if (g_stat (path, &st) != 0 || st.st_size == 0)
    {
      *kind = FILE_NEW;
      return TRUE;
    }

  {
    int fd = g_open (path, O_RDONLY, 0);
    char buf[100];
    gssize n;

    if (fd < 0)
      {
        sr_store_set_corrupt_error (error, g_strerror (errno));
        return FALSE;
      }
    n = read (fd, buf, sizeof buf);
    close (fd);
    if (n < (gssize) sizeof buf || memcmp (buf, magic, sizeof magic) != 0)
      {
        sr_store_set_corrupt_error (error, _("it is not a database"));
        return FALSE;
      }
  }

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  if (rc != SQLITE_OK
      || !sr_sqlite_query_int (db, "PRAGMA application_id", &app_id, &local_error)
      || !sr_sqlite_query_int (db, "PRAGMA user_version", &version, &local_error)
      || !sr_sqlite_query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, &local_error))
    {
      sqlite3_close (db);
      sr_store_set_corrupt_error (error, local_error ? local_error->message : sqlite3_errstr (rc));
      return FALSE;
    }
  sqlite3_close (db);

  if (app_id == 0 && version == 0 && n_objects == 0)
    {
      *kind = FILE_NEW;
      return TRUE;
    }

  if (app_id != SR_STORE_APPLICATION_ID)
    {
      g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_FOREIGN,
                   _("“%s” is not a SocRehab database. It has not been changed."), path);
      return FALSE;
    }

  if (version > SR_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NEWER_VERSION,
                   _("The database was made by a newer version of SocRehab. "
                     "Update SocRehab to open it; the database has not been changed."));
      return FALSE;
    }

  *kind = FILE_OURS;
  return TRUE;
}

SrStore *
sr_store_open_at_version (const char  *path,
                          int          version,
                          GError     **error)
{
  g_autoptr(SrStore) self = NULL;
  gboolean memory;
  FileKind kind = FILE_NEW;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (version > 0 && version <= SR_STORE_SCHEMA_VERSION, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  memory = g_str_equal (path, ":memory:");

  if (!memory)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *default_path = sr_store_default_path ();
      g_autofree char *default_dir = g_path_get_dirname (default_path);

      if (!sr_store_make_private_dir (dir, g_str_equal (dir, default_dir), error))
        return NULL;

      if (!inspect_file (path, &kind, error))
        return NULL;

      if (kind == FILE_NEW && !g_file_test (path, G_FILE_TEST_EXISTS))
        {
          int fd = g_open (path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600);

          if (fd < 0)
            {
              int saved_errno = errno;

              g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_IO,
                           _("Could not create the database “%s”: %s"), path,
                           g_strerror (saved_errno));
              return NULL;
            }
          close (fd);
        }
    }

  self = g_object_new (SR_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  /* Only now, with the file identified as ours or new, open it for writing. */
  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | (memory ? SQLITE_OPEN_CREATE : 0)
                        | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      sr_store_set_sqlite_error (self->db, rc, error);
      return NULL;
    }

  if (!sr_sqlite_configure (self->db, TRUE, error)
      || (!memory && !protect_files (path, error))
      || !sr_schema_migrate (self->db, version, error)
      || (version >= 4 && !sr_store_refresh_sort_keys (self->db, error))
      || (!memory && !protect_files (path, error)))
    return NULL;

  return g_steal_pointer (&self);
}

SrStore *
sr_store_open (const char  *path,
               GError     **error)
{
  return sr_store_open_at_version (path, SR_STORE_SCHEMA_VERSION, error);
}

const char *
sr_store_get_path (SrStore *self)
{
  g_return_val_if_fail (SR_IS_STORE (self), NULL);

  return self->path;
}

int
sr_store_get_schema_version (SrStore *self)
{
  gint64 version = 0;

  g_return_val_if_fail (SR_IS_STORE (self), 0);

  sr_sqlite_query_int (self->db, "PRAGMA user_version", &version, NULL);
  return (int) version;
}

void
sr_store_set_current_worker (SrStore    *self,
                             const char *worker_id)
{
  g_return_if_fail (SR_IS_STORE (self));

  g_free (self->current_worker);
  self->current_worker = g_strdup (worker_id);
}

const char *
sr_store_get_current_worker (SrStore *self)
{
  g_return_val_if_fail (SR_IS_STORE (self), NULL);

  return self->current_worker;
}

/* Transactions ------------------------------------------------------------- */

/* A statement without results, prepared once: savepoints in a batch run
 * once per write. */
static gboolean
exec_cached (SrStore     *self,
             const char  *sql,
             GError     **error)
{
  sqlite3_stmt *stmt = sr_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sr_store_set_sqlite_error (self->db, rc, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
sr_store_begin (SrStore  *self,
                GError  **error)
{
  g_assert (!self->in_transaction);

  /* In an action a write joins its transaction, unless an earlier one failed. */
  if (self->in_action)
    {
      if (self->action_failed)
        {
          g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_FAILED,
                               _("Nothing was saved, because an earlier step of the same action failed."));
          return FALSE;
        }
      self->in_transaction = TRUE;
      return TRUE;
    }

  /* In a batch a write is a savepoint, so a failed one rolls back alone. */
  if (self->in_batch)
    {
      if (!exec_cached (self, "SAVEPOINT sr_write", error))
        return FALSE;
      self->pending_mark = self->pending->len;
      self->in_transaction = TRUE;
      return TRUE;
    }

  /* IMMEDIATE takes the write lock now, so a busy database fails here and
   * not halfway through. */
  if (!sr_sqlite_exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->in_transaction = TRUE;
  return TRUE;
}

void
sr_store_queue_change (SrStore    *self,
                       const char *entity_type,
                       const char *id,
                       const char *client_id)
{
  Change change = { g_strdup (entity_type), g_strdup (id), g_strdup (client_id) };

  g_array_append_val (self->pending, change);
}

static void
clear_change (gpointer data)
{
  Change *change = data;

  g_free (change->entity_type);
  g_free (change->id);
  g_free (change->client_id);
}

void
sr_store_rollback (SrStore *self)
{
  if (!self->in_transaction)
    return;

  sr_store_forget_chain_head (self);

  /* In an action a failed write takes the whole action with it. */
  if (self->in_action)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->in_transaction = FALSE;
      self->action_failed = TRUE;
      self->audit_written = FALSE;
      g_array_set_size (self->pending, 0);
      return;
    }

  if (self->in_batch)
    {
      /* Back to before this write; the batch and its earlier writes stay. */
      if (!exec_cached (self, "ROLLBACK TO sr_write", NULL)
          || !exec_cached (self, "RELEASE sr_write", NULL))
        g_warning ("Could not roll back a write in a batch");
      self->in_transaction = FALSE;
      g_array_set_size (self->pending, self->pending_mark);
      return;
    }

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->in_transaction = FALSE;
  self->audit_written = FALSE;
  g_array_set_size (self->pending, 0);
}

/* After COMMIT (and after saved objects got their id, timestamps and
 * revision, so handlers see the saved state): one ::committed for the whole
 * transaction or batch, with every record it wrote. */
static void
emit_pending (SrStore *self)
{
  g_autoptr(GArray) pending = NULL;
  g_autoptr(SrChanges) changes = NULL;

  if (self->pending->len == 0)
    return;

  /* Handlers may write again: emit from our own list. */
  pending = g_steal_pointer (&self->pending);
  self->pending = g_array_new (FALSE, FALSE, sizeof (Change));
  g_array_set_clear_func (self->pending, clear_change);

  changes = sr_changes_new ();
  for (guint i = 0; i < pending->len; i++)
    {
      Change *change = &g_array_index (pending, Change, i);

      sr_changes_add (changes, change->entity_type, change->id, change->client_id);
    }

  g_signal_emit (self, signals[COMMITTED], 0, changes);
}

gboolean
sr_store_commit_with_meta (SrStore  *self,
                           GArray   *metas,
                           GError  **error)
{
  g_assert (self->in_transaction);

  /* In an action the write stays in its transaction until sr_store_commit_action(). */
  if (!self->in_action
      && !(self->in_batch ? exec_cached (self, "RELEASE sr_write", error)
                          : sr_sqlite_exec (self->db, "COMMIT", error)))
    {
      sr_store_rollback (self);
      return FALSE;
    }
  self->in_transaction = FALSE;

  for (guint i = 0; metas != NULL && i < metas->len; i++)
    {
      Meta *meta = &g_array_index (metas, Meta, i);

      sr_record_set_meta (meta->record, meta->id, meta->created_at, meta->updated_at,
                          meta->revision);
    }

  /* In a batch or an action, ::committed waits for its own commit. */
  if (!self->in_batch && !self->in_action)
    {
      sr_audit_write_head (self);
      sr_store_forget_chain_head (self);
      emit_pending (self);
    }

  return TRUE;
}

gboolean
sr_store_commit (SrStore  *self,
                 GError  **error)
{
  return sr_store_commit_with_meta (self, NULL, error);
}

/* Leaves batch mode and puts back the connection's own settings. */
static void
end_batch (SrStore *self)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT ";"
                                          " PRAGMA temp_store = %" G_GINT64_FORMAT,
                                          self->batch_pragmas[0], self->batch_pragmas[1]);

  self->in_batch = FALSE;
  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
}

/**
 * sr_store_begin_batch:
 * @self: a store
 * @error: return location for an error
 *
 * Starts one transaction for many writes, for bulk work such as sample
 * data: each write inside it is a savepoint (a failed one rolls back alone,
 * earlier ones stay), nothing is synced to disk until
 * sr_store_commit_batch(), and ::changed is emitted, once per written
 * record as usual, only after that commit. Saved objects get their id and
 * revision when their save returns; if the batch is rolled back, those
 * ids are not in the database. Audit rows are written per record as always.
 * Batches do not nest.
 *
 * Returns: %TRUE if the batch began
 */
gboolean
sr_store_begin_batch (SrStore  *self,
                      GError  **error)
{
  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_batch && !self->in_transaction, FALSE);

  if (!sr_sqlite_query_int (self->db, "PRAGMA cache_size", &self->batch_pragmas[0], error)
      || !sr_sqlite_query_int (self->db, "PRAGMA temp_store", &self->batch_pragmas[1], error))
    return FALSE;

  /* Savepoint journals in memory and dirty pages in a large cache until the
   * commit, rather than written to disk save by save: twice as fast. */
  if (!sr_sqlite_exec (self->db, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144", error)
      || !sr_sqlite_exec (self->db, "BEGIN IMMEDIATE", error))
    {
      end_batch (self);
      return FALSE;
    }

  self->in_batch = TRUE;
  return TRUE;
}

/* Commits the batch and emits the ::changed signals of its writes. On
 * failure the whole batch is rolled back. */
gboolean
sr_store_commit_batch (SrStore  *self,
                       GError  **error)
{
  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->in_batch && !self->in_transaction, FALSE);

  if (!sr_sqlite_exec (self->db, "COMMIT", error))
    {
      sr_store_rollback_batch (self);
      return FALSE;
    }

  end_batch (self);
  sr_audit_write_head (self);
  sr_store_forget_chain_head (self);
  emit_pending (self);
  return TRUE;
}

/* Discards every write of the batch; no ::changed is emitted. */
void
sr_store_rollback_batch (SrStore *self)
{
  g_return_if_fail (SR_IS_STORE (self));
  g_return_if_fail (self->in_batch && !self->in_transaction);

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  end_batch (self);
  sr_store_forget_chain_head (self);
  self->audit_written = FALSE;
  g_array_set_size (self->pending, 0);
}

gboolean
sr_store_begin_action (SrStore  *self,
                       GError  **error)
{
  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_action && !self->in_batch && !self->in_transaction, FALSE);

  /* IMMEDIATE takes the write lock now, so a busy database fails here and
   * not halfway through the action. */
  if (!sr_sqlite_exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->in_action = TRUE;
  self->action_failed = FALSE;
  return TRUE;
}

gboolean
sr_store_commit_action (SrStore  *self,
                        GError  **error)
{
  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->in_action && !self->in_transaction, FALSE);

  if (self->action_failed)
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_FAILED,
                           _("Nothing was saved, because an earlier step of the same action failed."));
      return FALSE;
    }

  if (!sr_sqlite_exec (self->db, "COMMIT", error))
    {
      sr_store_rollback_action (self);
      return FALSE;
    }

  self->in_action = FALSE;
  sr_audit_write_head (self);
  sr_store_forget_chain_head (self);
  emit_pending (self);
  return TRUE;
}

void
sr_store_rollback_action (SrStore *self)
{
  g_return_if_fail (SR_IS_STORE (self));
  g_return_if_fail (self->in_action && !self->in_transaction);

  if (!self->action_failed)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->in_action = FALSE;
  self->action_failed = FALSE;
  sr_store_forget_chain_head (self);
  self->audit_written = FALSE;
  g_array_set_size (self->pending, 0);
}

void
sr_store_forget_chain_head (SrStore *self)
{
  g_clear_pointer (&self->chain_hash, g_free);
  self->chain_seq = 0;
}

gboolean
sr_store_step_done (SrStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      sr_store_set_sqlite_error (self->db, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

/* Ids from a query with one text parameter. */
GPtrArray *
sr_store_query_ids (SrStore     *self,
                    const char  *sql,
                    const char  *param,
                    GError     **error)
{
  sqlite3_stmt *stmt = sr_store_prepare (self, sql, error);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      sr_store_set_sqlite_error (self->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/* Object ------------------------------------------------------------------------ */

static void
sr_store_finalize (GObject *object)
{
  SrStore *self = SR_STORE (object);

  sr_store_rollback (self);
  g_clear_pointer (&self->readers, g_ptr_array_unref); /* closes them */
  g_mutex_clear (&self->readers_lock);
  g_clear_pointer (&self->statements, g_hash_table_unref); /* finalizes the statements */
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->current_worker, g_free);
  g_clear_pointer (&self->chain_hash, g_free);

  G_OBJECT_CLASS (sr_store_parent_class)->finalize (object);
}

static void
sr_store_class_init (SrStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sr_store_finalize;

  /**
   * SrStore::committed:
   * @changes: (transfer none): every record the transaction (or batch) created, changed or
   *   deleted, each with the client it concerns
   *
   * Emitted once per COMMIT, after the saved objects got their ids, so a listener
   * refreshes once per user action and only for what concerns it.
   */
  signals[COMMITTED] =
    g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  SR_TYPE_CHANGES | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
sr_store_init (SrStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  self->pending = g_array_new (FALSE, FALSE, sizeof (Change));
  g_array_set_clear_func (self->pending, clear_change);
  g_mutex_init (&self->readers_lock);
  self->readers = g_ptr_array_new_with_free_func ((GDestroyNotify) sqlite3_close);
}
