/* sr-backup.c: daily backups of the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
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
#include <unistd.h>

#include "sr-store-internal.h"

static gboolean
check_integrity (sqlite3  *db,
                 GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);

  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  if (!ok)
    sr_store_set_corrupt_error (error, _("the integrity check failed"));

  return ok;
}

gboolean
sr_store_backup_to (SrStore     *self,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  sqlite3 *dst = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (!self->in_transaction, FALSE);

  dir = g_path_get_dirname (path);
  tmp = g_build_filename (dir, ".socrehab-backup-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_IO,
                   _("Could not write a backup in “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (tmp, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dst, "main", self->db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (dst);
    }

  /* A backup is one self-contained file, not WAL. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      sr_store_set_sqlite_error (dst, rc, error);
      sqlite3_close (dst);
      g_unlink (tmp);
      return FALSE;
    }

  if (!check_integrity (dst, error))
    {
      sqlite3_close (dst);
      g_unlink (tmp);
      return FALSE;
    }
  sqlite3_close (dst);

  if (g_chmod (tmp, 0600) != 0 || g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp);
      g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_IO,
                   _("Could not write a backup in “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_backup_name (const char *name)
{
  /* socrehab-YYYY-MM-DD.db */
  if (strlen (name) != strlen ("socrehab-0000-00-00.db")
      || !g_str_has_prefix (name, "socrehab-") || !g_str_has_suffix (name, ".db"))
    return FALSE;

  for (const char *p = name + 9; p < name + 19; p++)
    if (!(g_ascii_isdigit (*p) || ((p == name + 13 || p == name + 16) && *p == '-')))
      return FALSE;

  return TRUE;
}

static int
compare_names_desc (gconstpointer a,
                    gconstpointer b)
{
  return -strcmp (*(const char * const *) a, *(const char * const *) b);
}

gboolean
sr_store_backup_if_due (SrStore     *self,
                        const char  *backup_dir,
                        guint        keep,
                        GError     **error)
{
  g_autofree char *default_dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (backup_dir == NULL)
    backup_dir = default_dir = sr_store_default_backup_dir ();

  if (!sr_store_make_private_dir (backup_dir, TRUE, error))
    return FALSE;

  name = g_date_time_format (today, "socrehab-%Y-%m-%d.db");
  path = g_build_filename (backup_dir, name, NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return FALSE;

  if (!sr_store_backup_to (self, path, error))
    return FALSE;

  /* Keep the newest @keep; the names sort by date. */
  dir = g_dir_open (backup_dir, 0, NULL);
  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    if (is_backup_name (entry))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, compare_names_desc);
  for (guint i = MAX (keep, 1); i < names->len; i++)
    {
      g_autofree char *old = g_build_filename (backup_dir, g_ptr_array_index (names, i), NULL);

      g_unlink (old);
    }

  return TRUE;
}
