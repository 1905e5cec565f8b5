/* sr-audit.c: the hash-chained audit log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing in this file may print personal data: errors name tables and
 * columns, never values, and the audit log holds ids only.
 */

#define G_LOG_DOMAIN "sr-store"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sr-store-internal.h"

#define GENESIS_HASH "0000000000000000000000000000000000000000000000000000000000000000"

static char *
audit_head_path (SrStore *self)
{
  if (sr_store_is_memory (self))
    return NULL;

  return g_strconcat (self->path, AUDIT_HEAD_SUFFIX, NULL);
}

/* After a commit that added audit entries: records the newest one beside the
 * database. Written after the commit, so it is never ahead of a committed
 * log. */
void
sr_audit_write_head (SrStore *self)
{
  g_autofree char *path = audit_head_path (self);
  g_autofree char *contents = NULL;
  g_autofree char *tmp = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  if (!self->audit_written)
    return;
  self->audit_written = FALSE;

  if (path == NULL)
    return;

  /* The head the committed transaction appended, else (a savepoint of a batch was rolled
   * back since) the newest entry as stored. */
  if (self->chain_hash != NULL)
    contents = g_strdup_printf ("%" G_GINT64_FORMAT " %s\n", self->chain_seq, self->chain_hash);
  else if ((stmt = sr_store_prepare (self, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                                     NULL)) != NULL)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW)
        contents = g_strdup_printf ("%" G_GINT64_FORMAT " %s\n", (gint64) sqlite3_column_int64 (stmt, 0),
                                    (const char *) sqlite3_column_text (stmt, 1));
      sqlite3_reset (stmt);
    }

  if (contents == NULL)
    return;

  /* A new file renamed over the old one, without an fsync of its own: the
   * database has just synced, and a third sync per save tripled its time
   * (0.3 → 1.1 ms). After a power cut the record can be lost or empty; that
   * only skips the check for cut-off entries, it never fails a good log. */
  tmp = g_strconcat (path, ".new", NULL);
  if (!g_file_set_contents_full (tmp, contents, -1, G_FILE_SET_CONTENTS_NONE, 0600, &error)
      || g_rename (tmp, path) != 0)
    {
      /* The log itself is committed. No file name in the message: a path can
       * name the user. */
      g_message ("Could not record the newest audit entry beside the database");
      g_unlink (tmp);
    }
}

/* The newest audit entry as last recorded beside the database: FALSE if
 * there is no such record (a database moved without it, or in memory). */
static gboolean
read_audit_head (SrStore  *self,
                 gint64   *seq,
                 char    **hash)
{
  g_autofree char *path = audit_head_path (self);
  g_autofree char *contents = NULL;
  g_auto(GStrv) parts = NULL;
  char *end = NULL;

  if (path == NULL || !g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;

  parts = g_strsplit (g_strstrip (contents), " ", 2);
  if (g_strv_length (parts) != 2)
    return FALSE;
  *seq = g_ascii_strtoll (parts[0], &end, 10);
  if (end == parts[0] || *end != '\0' || *seq < 1)
    return FALSE;
  *hash = g_strdup (parts[1]);

  return TRUE;
}

static void
canonical_add (GString    *s,
               const char *value)
{
  /* Length-prefixed, so no value can imitate a field boundary. */
  if (value == NULL)
    g_string_append (s, "-;");
  else
    g_string_append_printf (s, "%zu:%s;", strlen (value), value);
}

static char *
audit_hash (const char  *prev_hash,
            gint64       seq,
            const char  *id,
            const char  *log,
            const char  *time,
            const char  *worker_id,
            const char  *action,
            const char  *entity_type,
            const char  *entity_id,
            const char  *client_id,
            gboolean     success,
            const char  *detail,
            const char  *basis)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GString) s = g_string_new (NULL);

  g_string_append_printf (s, "%" G_GINT64_FORMAT ";", seq);
  canonical_add (s, id);
  canonical_add (s, log);
  canonical_add (s, time);
  canonical_add (s, worker_id);
  canonical_add (s, action);
  canonical_add (s, entity_type);
  canonical_add (s, entity_id);
  canonical_add (s, client_id);
  canonical_add (s, success ? "1" : "0");
  canonical_add (s, detail);
  canonical_add (s, basis);

  g_checksum_update (checksum, (const guchar *) prev_hash, strlen (prev_hash));
  g_checksum_update (checksum, (const guchar *) s->str, s->len);

  return g_strdup (g_checksum_get_string (checksum));
}

/* Appends one row to the log, chained to the previous one. Must run inside
 * the transaction of the use it records. */
gboolean
sr_audit_append (SrStore        *self,
                 SrAuditLog      log,
                 SrAuditAction   action,
                 const char     *entity_type,
                 const char     *entity_id,
                 const char     *client_id,
                 gboolean        success,
                 const char     *detail,
                 GError        **error)
{
  g_autoptr(GDateTime) now = sr_store_now_utc ();
  g_autofree char *time = sr_store_format_time (now);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *prev_hash = NULL;
  g_autofree char *hash = NULL;
  const char *log_nick = sr_enum_to_nick (SR_TYPE_AUDIT_LOG, log);
  const char *action_nick = sr_enum_to_nick (SR_TYPE_AUDIT_ACTION, action);
  const char *basis = log == SR_AUDIT_LOG_USE ? "client-relationship" : "disclosure";
  sqlite3_stmt *stmt;
  gint64 seq = 1;

  g_assert (self->in_transaction);

  if (self->chain_hash != NULL)
    {
      /* An earlier write of this action or batch appended the newest entry. */
      seq = self->chain_seq + 1;
      prev_hash = g_strdup (self->chain_hash);
    }
  else
    {
      stmt = sr_store_prepare (self, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                               error);
      if (stmt == NULL)
        return FALSE;
      switch (sqlite3_step (stmt))
        {
        case SQLITE_ROW:
          seq = sqlite3_column_int64 (stmt, 0) + 1;
          prev_hash = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          break;
        case SQLITE_DONE:
          prev_hash = g_strdup (GENESIS_HASH);
          break;
        default:
          sr_store_set_sqlite_error (self->db, sqlite3_errcode (self->db), error);
          sqlite3_reset (stmt);
          return FALSE;
        }
      sqlite3_reset (stmt);
    }

  hash = audit_hash (prev_hash, seq, id, log_nick, time, self->current_worker, action_nick,
                     entity_type, entity_id, client_id, success, detail, basis);

  stmt = sr_store_prepare (self,
                           "INSERT INTO audit_log (seq, id, created_at, updated_at, revision,"
                           " log, time, worker_id, action, entity_type, entity_id, client_id,"
                           " success, detail, basis, prev_hash, hash)"
                           " VALUES (?1, ?2, ?3, ?3, 1, ?4, ?3, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                           " ?12, ?13, ?14)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, seq);
  sqlite3_bind_text (stmt, 2, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, log_nick, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, self->current_worker, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, action_nick, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, entity_type, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, entity_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, client_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 10, success ? 1 : 0);
  sqlite3_bind_text (stmt, 11, detail, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, basis, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, prev_hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 14, hash, -1, SQLITE_TRANSIENT);

  if (!sr_store_step_done (self, stmt, error))
    return FALSE;

  self->audit_written = TRUE;
  /* Kept for the next write of the same action or batch and for the record beside the
   * database after the commit; a rollback forgets it. */
  g_free (self->chain_hash);
  self->chain_hash = g_strdup (hash);
  self->chain_seq = seq;
  sr_store_queue_change (self, SR_ENTITY_AUDIT, id, client_id);
  return TRUE;
}

/* A use that failed is logged too, in its own transaction after the
 * rollback; if even that fails there is nothing more to do. */
void
sr_audit_failure (SrStore       *self,
                  SrAuditAction  action,
                  const char    *entity_type,
                  const char    *entity_id,
                  const char    *client_id,
                  const char    *detail)
{
  gboolean in_action = self->in_action;

  /* After a failed write an action's transaction is gone (the failed write rolled it
   * back whole): the failure is logged on its own, as after a single write. */
  if (self->in_transaction || (in_action && !self->action_failed))
    return;

  self->in_action = FALSE;
  if (sr_store_begin (self, NULL))
    {
      if (!sr_audit_append (self, SR_AUDIT_LOG_USE, action, entity_type, entity_id, client_id,
                            FALSE, detail, NULL)
          || !sr_store_commit (self, NULL))
        sr_store_rollback (self);
    }
  self->in_action = in_action;
}

static gboolean
log_use (SrStore        *self,
         SrAuditLog      log,
         SrAuditAction   action,
         const char     *client_id,
         const char     *detail,
         GError        **error)
{
  if (!sr_store_begin (self, error))
    return FALSE;

  if (!sr_audit_append (self, log, action, SR_ENTITY_CLIENT, client_id, client_id, TRUE, detail,
                        error)
      || !sr_store_commit (self, error))
    {
      sr_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

gboolean
sr_store_log_view_client (SrStore     *self,
                          const char  *client_id,
                          GError     **error)
{
  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (client_id != NULL, FALSE);

  return log_use (self, SR_AUDIT_LOG_USE, SR_AUDIT_ACTION_VIEW, client_id, NULL, error);
}

gboolean
sr_store_log_disclosure (SrStore        *self,
                         const char     *client_id,
                         SrAuditAction   action,
                         const char     *detail,
                         GError        **error)
{
  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (action == SR_AUDIT_ACTION_EXPORT || action == SR_AUDIT_ACTION_PRINT
                        || action == SR_AUDIT_ACTION_HAND_OVER, FALSE);

  return log_use (self, SR_AUDIT_LOG_DISCLOSURE, action, client_id, detail, error);
}

gboolean
sr_store_verify_audit_chain (SrStore  *self,
                             guint64  *bad_row_out,
                             GError  **error)
{
  g_autofree char *expected_prev = g_strdup (GENESIS_HASH);
  g_autofree char *head_hash = NULL;
  sqlite3_stmt *stmt;
  gint64 expected_seq = 1;
  gint64 head_seq = 0;
  gboolean head_found = FALSE;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (self), FALSE);

  if (!read_audit_head (self, &head_seq, &head_hash))
    head_seq = 0;

  stmt = sr_store_prepare (self,
                           "SELECT seq, id, log, time, worker_id, action, entity_type, entity_id,"
                           " client_id, success, detail, basis, prev_hash, hash"
                           " FROM audit_log ORDER BY seq", error);
  if (stmt == NULL)
    return FALSE;

#define COL(i) ((const char *) sqlite3_column_text (stmt, (i)))
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 seq = sqlite3_column_int64 (stmt, 0);
      g_autofree char *hash = audit_hash (COL (12) ? COL (12) : "", seq, COL (1), COL (2),
                                          COL (3), COL (4), COL (5), COL (6), COL (7), COL (8),
                                          sqlite3_column_int (stmt, 9) != 0, COL (10), COL (11));

      /* A gap in seq is a deleted row; a wrong prev_hash or hash an edited one. */
      if (seq != expected_seq || g_strcmp0 (COL (12), expected_prev) != 0
          || g_strcmp0 (COL (13), hash) != 0)
        {
          if (bad_row_out != NULL)
            *bad_row_out = (guint64) (seq != expected_seq ? expected_seq : seq);
          /* A plain %lld: a format macro inside _() is cut off by xgettext, so the
           * message could never be translated. */
          g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CORRUPT,
                       _("The audit log has been tampered with at entry %lld."),
                       (long long) (seq != expected_seq ? expected_seq : seq));
          sqlite3_reset (stmt);
          return FALSE;
        }

      if (seq == head_seq)
        head_found = g_strcmp0 (COL (13), head_hash) == 0;

      g_free (expected_prev);
      expected_prev = g_strdup (COL (13));
      expected_seq = seq + 1;
    }
#undef COL

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sr_store_set_sqlite_error (self->db, rc, error);
      return FALSE;
    }

  /* The chain holds together; it must also still reach the newest entry
   * recorded beside the database. */
  if (head_seq > 0 && !head_found)
    {
      gint64 bad = head_seq < expected_seq ? head_seq : expected_seq;

      if (bad_row_out != NULL)
        *bad_row_out = (guint64) bad;
      if (head_seq >= expected_seq)
        g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CORRUPT,
                     _("The audit log ends before entry %lld, the newest one recorded. Entries "
                       "have been removed, or the database was restored from a backup."),
                     (long long) head_seq);
      else
        g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CORRUPT,
                     _("The audit log has been tampered with at entry %lld."), (long long) bad);
      return FALSE;
    }

  return TRUE;
}
