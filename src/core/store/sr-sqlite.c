/* sr-sqlite.c: the SQLite helpers of the store, and its time text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing in this file may print personal data: errors name tables and
 * columns, never values, and the audit log holds ids only.
 */

#define G_LOG_DOMAIN "sr-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sr-store-internal.h"
#include "sr-text.h"

void
sr_store_set_sqlite_error (sqlite3  *db,
                           int       rc,
                           GError  **error)
{
  int code = SR_STORE_ERROR_FAILED;
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = SR_STORE_ERROR_CORRUPT;
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_READONLY:
      code = SR_STORE_ERROR_IO;
      break;
    default:
      break;
    }

  /* SQLite's messages name tables and columns, never stored values. */
  g_set_error (error, SR_STORE_ERROR, code, _("Database error: %s"), detail);
}

gboolean
sr_sqlite_exec (sqlite3     *db,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      sr_store_set_sqlite_error (db, rc, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
sr_sqlite_query_int (sqlite3     *db,
                     const char  *sql,
                     gint64      *out,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      *out = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      return TRUE;
    }

  sr_store_set_sqlite_error (db, rc, error);
  sqlite3_finalize (stmt);
  return FALSE;
}

char *
sr_store_format_time (GDateTime *dt)
{
  g_autoptr(GDateTime) utc = NULL;

  if (dt == NULL)
    return NULL;

  utc = g_date_time_to_utc (dt);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static gboolean
read_digits (const char *text,
             guint       n,
             int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }

  return TRUE;
}

/* Times are stored as "YYYY-MM-DDTHH:MM:SSZ" (sr_store_format_time()); reading
 * that form directly is several times faster than the general ISO 8601
 * parser, which a list of thousands of records feels. Anything else still
 * goes through the parser. */
GDateTime *
sr_store_parse_time (const char *text)
{
  int year, month, day, hour, minute, second;

  if (text == NULL)
    return NULL;

  if (strlen (text) == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T'
      && text[13] == ':' && text[16] == ':' && text[19] == 'Z'
      && read_digits (text, 4, &year) && read_digits (text + 5, 2, &month)
      && read_digits (text + 8, 2, &day) && read_digits (text + 11, 2, &hour)
      && read_digits (text + 14, 2, &minute) && read_digits (text + 17, 2, &second))
    return g_date_time_new_utc (year, month, day, hour, minute, second);

  return g_date_time_new_from_iso8601 (text, NULL);
}

static int
interrupt_cb (void *data)
{
  /* Non-zero interrupts the statement running on the connection. */
  return g_cancellable_is_cancelled (data) ? 1 : 0;
}

void
sr_store_interrupt_when_cancelled (sqlite3      *db,
                                   GCancellable *cancellable)
{
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 1000, interrupt_cb, cancellable);
  else
    sqlite3_progress_handler (db, 0, NULL, NULL);
}

/* Now, to the second: stored times have no fractions. */
GDateTime *
sr_store_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now), g_date_time_get_hour (now),
                              g_date_time_get_minute (now), g_date_time_get_second (now) / 1);
}

/* Lists sort by sr_sort_key (), one key per row; COLLATE SR_LOCALE, which
 * collates on every comparison, stays for one-off SQL. */
static int
locale_collation (void       *user_data,
                  int         len_a,
                  const void *a,
                  int         len_b,
                  const void *b)
{
  g_autofree char *sa = g_strndup (a, len_a);
  g_autofree char *sb = g_strndup (b, len_b);

  return sr_collate_compare (sa, sb);
}

gboolean
sr_sqlite_configure (sqlite3     *db,
                     gboolean     writer,
                     GError     **error)
{
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (db, 1);

  if (sqlite3_create_collation (db, "SR_LOCALE", SQLITE_UTF8, NULL, locale_collation)
      != SQLITE_OK)
    {
      sr_store_set_sqlite_error (db, SQLITE_ERROR, error);
      return FALSE;
    }
  if (!sr_store_add_collation_functions (db, error))
    return FALSE;

  if (!sr_sqlite_exec (db, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  if (writer)
    {
      /* WAL lets list queries read while a write commits; FULL makes a
       * committed record survive a power cut. */
      if (!sr_sqlite_exec (db, "PRAGMA journal_mode = WAL", error)
          || !sr_sqlite_exec (db, "PRAGMA synchronous = FULL", error))
        return FALSE;
    }

  return TRUE;
}
