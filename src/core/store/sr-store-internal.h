/* sr-store-internal.h: what the files of src/core/store share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store is one object in several files: sr-store.c (open, the
 * connections, transactions and batches, ::changed), sr-sqlite.c (SQLite
 * helpers and the time text), sr-schema.c (migrations), sr-audit.c (the
 * audit log), sr-record-sql.c (records to and from rows) and sr-backup.c.
 * This header is how they see the object and each other. Nothing outside
 * src/core/store includes it; the rest of core uses sr-store-private.h.
 */

#pragma once

#include "sr-store-private.h"

G_BEGIN_DECLS

#define BUSY_TIMEOUT_MS 5000
/* Beside the database, the newest audit entry's number and hash: without a
 * record outside the file, cutting entries off the end of the log would leave
 * a chain that still verifies. */
#define AUDIT_HEAD_SUFFIX ".audit-head"

typedef struct
{
  char *entity_type;
  char *id;
  char *client_id;
} Change;

struct _SrStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;     /* SQL → sqlite3_stmt, SQLITE_PREPARE_PERSISTENT */
  char       *current_worker;
  GArray     *pending;        /* Change, announced as one ::committed after COMMIT */
  guint       pending_mark;   /* pending->len when the batch's current write began */
  gint64      batch_pragmas[2]; /* cache_size and temp_store from before the batch */
  guint       in_transaction : 1;
  guint       in_batch : 1;   /* sr_store_begin_batch(): writes are SAVEPOINTs in it */
  guint       audit_written : 1; /* the open transaction appended to the audit log */
  guint       in_action : 1;  /* sr_store_begin_action(): writes join its one transaction */
  guint       restoring : 1;  /* sr_store_restore(): a record removed a moment ago comes back */
  guint       action_failed : 1; /* a write in the action failed and rolled it all back */

  /* The audit chain's head as this transaction left it, so that the writes of one action
   * or batch do not read it again (we hold the write lock: nobody else appends). */
  gint64      chain_seq;
  char       *chain_hash;       /* NULL: read it from the log */

  GMutex      readers_lock;
  GPtrArray  *readers;        /* idle read-only connections, for worker threads */
};

/* A saved record's new id, timestamps and revision, given to the object only
 * after COMMIT (sr_store_commit_with_meta()). */
typedef struct
{
  SrRecord  *record;
  char      *id;
  GDateTime *created_at;
  GDateTime *updated_at;
  gint64     revision;
} Meta;

/* sr-sqlite.c */
gboolean   sr_sqlite_exec             (sqlite3      *db,
                                       const char   *sql,
                                       GError      **error);
gboolean   sr_sqlite_query_int        (sqlite3      *db,
                                       const char   *sql,
                                       gint64       *out,
                                       GError      **error);
/* Busy timeout, the SR_LOCALE collation, foreign keys; WAL and FULL sync
 * for the writer. */
gboolean   sr_sqlite_configure        (sqlite3      *db,
                                       gboolean      writer,
                                       GError      **error);
GDateTime *sr_store_now_utc           (void);

/* sr-schema.c: takes @db's user_version up to @target. */
gboolean   sr_schema_migrate          (sqlite3      *db,
                                       int           target,
                                       GError      **error);

/* sr-store.c */
gboolean   sr_store_make_private_dir  (const char   *dir,
                                       gboolean      tighten,
                                       GError      **error);
void       sr_store_set_corrupt_error (GError      **error,
                                       const char   *why);
/* One write: a transaction, or a savepoint in a batch. */
gboolean   sr_store_begin             (SrStore      *self,
                                       GError      **error);
gboolean   sr_store_commit_with_meta  (SrStore      *self,
                                       GArray       *metas,
                                       GError      **error);
gboolean   sr_store_commit            (SrStore      *self,
                                       GError      **error);
void       sr_store_rollback          (SrStore      *self);
/* Drops the cached audit chain head: after a rollback, and when a transaction ends. */
void       sr_store_forget_chain_head (SrStore      *self);
/* A change to announce in the ::committed after the commit; @client_id: the
 * client the record concerns, or NULL. */
void       sr_store_queue_change      (SrStore      *self,
                                       const char   *entity_type,
                                       const char   *id,
                                       const char   *client_id);
gboolean   sr_store_step_done         (SrStore      *self,
                                       sqlite3_stmt *stmt,
                                       GError      **error);

/* sr-audit.c */
void       sr_audit_write_head        (SrStore      *self);
gboolean   sr_audit_append            (SrStore      *self,
                                       SrAuditLog    log,
                                       SrAuditAction action,
                                       const char   *entity_type,
                                       const char   *entity_id,
                                       const char   *client_id,
                                       gboolean      success,
                                       const char   *detail,
                                       GError      **error);
void       sr_audit_failure           (SrStore      *self,
                                       SrAuditAction action,
                                       const char   *entity_type,
                                       const char   *entity_id,
                                       const char   *client_id,
                                       const char   *detail);

G_END_DECLS
