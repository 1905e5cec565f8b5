/* sr-store.c: the SocRehab database
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
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sr-gas.h"
#include "sr-query-model-private.h"
#include "sr-record-private.h"
#include "sr-store-collation.h"
#include "sr-store-private.h"
#include "sr-text-private.h"
#include "sr-text.h"

#define BUSY_TIMEOUT_MS 5000
/* Beside the database, the newest audit entry's number and hash: without a
 * record outside the file, cutting entries off the end of the log would leave
 * a chain that still verifies. */
#define AUDIT_HEAD_SUFFIX ".audit-head"

#define GENESIS_HASH "0000000000000000000000000000000000000000000000000000000000000000"

typedef struct
{
  char *entity_type;
  char *id;
} Change;

struct _SrStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;     /* SQL → sqlite3_stmt, SQLITE_PREPARE_PERSISTENT */
  char       *current_worker;
  GArray     *pending;        /* Change, emitted as ::changed after COMMIT */
  guint       pending_mark;   /* pending->len when the batch's current write began */
  gint64      batch_pragmas[2]; /* cache_size and temp_store from before the batch */
  guint       in_transaction : 1;
  guint       in_batch : 1;   /* sr_store_begin_batch(): writes are SAVEPOINTs in it */
  guint       audit_written : 1; /* the open transaction appended to the audit log */

  GMutex      readers_lock;
  GPtrArray  *readers;        /* idle read-only connections, for worker threads */
};

/* Idle readers kept open: one per list that can be refreshing at once. */
#define MAX_IDLE_READERS 2
/* Each reader's page cache (KiB): a client list walks an index of every client. */
#define READER_CACHE_KIB 16384

G_DEFINE_FINAL_TYPE (SrStore, sr_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (sr-store-error-quark, sr_store_error)

/* Schema ------------------------------------------------------------------ */

#define RECORD_COLUMNS \
  "id TEXT PRIMARY KEY NOT NULL, " \
  "created_at TEXT NOT NULL, " \
  "updated_at TEXT NOT NULL, " \
  "revision INTEGER NOT NULL DEFAULT 1, "

/* Migration 1: the domain tables, their indexes and the audit log. */
static const char migration_1[] =
  "CREATE TABLE workers (" RECORD_COLUMNS
  "  name TEXT NOT NULL, title TEXT, phone TEXT, email TEXT,"
  "  active INTEGER NOT NULL DEFAULT 1);"

  "CREATE TABLE clients (" RECORD_COLUMNS
  "  num INTEGER NOT NULL UNIQUE,"          /* stable integer key for search and lists */
  "  sort_key TEXT NOT NULL,"               /* sr_collate_name_key (last, first) */
  "  first_name TEXT, last_name TEXT,"
  "  identity_code TEXT UNIQUE,"
  "  birth_date TEXT, phone TEXT, email TEXT, address TEXT, municipality TEXT,"
  "  language TEXT, worker_id TEXT REFERENCES workers (id),"
  "  notes TEXT, archived INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX clients_archived_sort ON clients (archived, sort_key);"
  "CREATE INDEX clients_worker ON clients (worker_id);"

  "CREATE TABLE periods (" RECORD_COLUMNS
  "  client_id TEXT NOT NULL REFERENCES clients (id),"
  "  worker_id TEXT REFERENCES workers (id),"
  "  start_date TEXT NOT NULL, planned_end TEXT, actual_end TEXT,"
  "  orientation TEXT, phase TEXT NOT NULL DEFAULT 'assessment',"
  "  closing_reason TEXT, closing_note TEXT,"
  "  decision_number TEXT, decision_date TEXT, decided_by TEXT,"
  "  decision_valid_from TEXT, decision_valid_to TEXT, legal_basis TEXT,"
  "  CHECK (planned_end IS NULL OR planned_end >= start_date),"
  "  CHECK (actual_end IS NULL OR actual_end >= start_date));"
  "CREATE INDEX periods_client ON periods (client_id);"
  "CREATE INDEX periods_worker ON periods (worker_id);"

  "CREATE TABLE needs_assessments (" RECORD_COLUMNS
  "  period_id TEXT NOT NULL REFERENCES periods (id),"
  "  date TEXT, participants TEXT, client_present INTEGER, summary TEXT,"
  "  life_areas TEXT, capacity_domains TEXT);"
  "CREATE INDEX needs_assessments_period ON needs_assessments (period_id);"

  "CREATE TABLE referrals (" RECORD_COLUMNS
  "  assessment_id TEXT NOT NULL REFERENCES needs_assessments (id),"
  "  service TEXT, status TEXT, status_date TEXT, note TEXT);"
  "CREATE INDEX referrals_assessment ON referrals (assessment_id);"

  "CREATE TABLE plans (" RECORD_COLUMNS
  "  period_id TEXT NOT NULL REFERENCES periods (id),"
  "  version INTEGER NOT NULL, date TEXT, participants TEXT,"
  "  client_present INTEGER, review_due TEXT, notes TEXT,"
  "  UNIQUE (period_id, version));"

  "CREATE TABLE goals (" RECORD_COLUMNS
  "  plan_id TEXT NOT NULL REFERENCES plans (id),"
  "  position INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL,"
  "  means INTEGER NOT NULL DEFAULT 0, means_other TEXT,"
  "  level_minus_2 TEXT, level_minus_1 TEXT, level_0 TEXT, level_plus_1 TEXT, level_plus_2 TEXT,"
  "  baseline INTEGER NOT NULL DEFAULT -1 CHECK (baseline IN (-1, -2)),"
  "  weighted INTEGER NOT NULL DEFAULT 0,"
  "  importance INTEGER NOT NULL DEFAULT 1 CHECK (importance BETWEEN 0 AND 3),"
  "  difficulty INTEGER NOT NULL DEFAULT 1 CHECK (difficulty BETWEEN 0 AND 3),"
  "  target_date TEXT);"
  "CREATE INDEX goals_plan ON goals (plan_id, position);"

  "CREATE TABLE reviews (" RECORD_COLUMNS
  "  plan_id TEXT NOT NULL REFERENCES plans (id),"
  "  date TEXT NOT NULL, rater_id TEXT REFERENCES workers (id),"
  "  client_present INTEGER, notes TEXT);"
  "CREATE INDEX reviews_plan ON reviews (plan_id, date);"
  "CREATE INDEX reviews_rater ON reviews (rater_id);"

  "CREATE TABLE goal_ratings (" RECORD_COLUMNS
  "  review_id TEXT NOT NULL REFERENCES reviews (id),"
  "  goal_id TEXT NOT NULL REFERENCES goals (id),"
  "  level INTEGER NOT NULL CHECK (level BETWEEN -2 AND 2), note TEXT,"
  "  UNIQUE (review_id, goal_id));"
  "CREATE INDEX goal_ratings_goal ON goal_ratings (goal_id);"

  "CREATE TABLE meetings (" RECORD_COLUMNS
  "  client_id TEXT NOT NULL REFERENCES clients (id),"
  "  period_id TEXT REFERENCES periods (id),"
  "  worker_id TEXT REFERENCES workers (id),"
  "  start TEXT NOT NULL, duration INTEGER NOT NULL CHECK (duration > 0),"
  "  place_type TEXT, place TEXT, kind TEXT, status TEXT NOT NULL DEFAULT 'planned',"
  "  notes TEXT);"
  "CREATE INDEX meetings_worker_start ON meetings (worker_id, start);"
  "CREATE INDEX meetings_start ON meetings (start);"
  "CREATE INDEX meetings_client_start ON meetings (client_id, start);"
  "CREATE INDEX meetings_period ON meetings (period_id);"

  "CREATE TABLE network_contacts (" RECORD_COLUMNS
  "  client_id TEXT NOT NULL REFERENCES clients (id),"
  "  organisation TEXT, service_type TEXT, person TEXT, role TEXT, contact TEXT,"
  "  consent_to_share INTEGER NOT NULL DEFAULT 0, consent_date TEXT);"
  "CREATE INDEX network_contacts_client ON network_contacts (client_id);"

  "CREATE TABLE groups (" RECORD_COLUMNS
  "  name TEXT NOT NULL, description TEXT, methods INTEGER NOT NULL DEFAULT 0,"
  "  leader_ids TEXT, co_leaders TEXT, location TEXT, weekday INTEGER, time TEXT,"
  "  duration INTEGER, start_date TEXT, end_date TEXT, capacity INTEGER,"
  "  archived INTEGER NOT NULL DEFAULT 0);"

  "CREATE TABLE memberships (" RECORD_COLUMNS
  "  group_id TEXT NOT NULL REFERENCES groups (id),"
  "  client_id TEXT NOT NULL REFERENCES clients (id),"
  "  joined TEXT, left TEXT, reason TEXT);"
  "CREATE INDEX memberships_group ON memberships (group_id);"
  "CREATE INDEX memberships_client ON memberships (client_id);"

  "CREATE TABLE sessions (" RECORD_COLUMNS
  "  group_id TEXT NOT NULL REFERENCES groups (id),"
  "  start TEXT NOT NULL, duration INTEGER, location TEXT, topic TEXT,"
  "  status TEXT NOT NULL DEFAULT 'planned', notes TEXT);"
  "CREATE INDEX sessions_group_start ON sessions (group_id, start);"
  "CREATE INDEX sessions_start ON sessions (start);"

  "CREATE TABLE attendance (" RECORD_COLUMNS
  "  session_id TEXT NOT NULL REFERENCES sessions (id),"
  "  client_id TEXT NOT NULL REFERENCES clients (id),"
  "  status TEXT NOT NULL DEFAULT 'not-recorded', minutes INTEGER, reason TEXT, note TEXT,"
  "  UNIQUE (session_id, client_id));"
  "CREATE INDEX attendance_session ON attendance (session_id);"
  "CREATE INDEX attendance_client ON attendance (client_id);"

  "CREATE TABLE feedback (" RECORD_COLUMNS
  "  session_id TEXT NOT NULL REFERENCES sessions (id),"
  "  client_id TEXT REFERENCES clients (id),"
  "  anonymous INTEGER NOT NULL DEFAULT 0,"
  "  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5), text TEXT);"
  "CREATE INDEX feedback_session ON feedback (session_id);"
  "CREATE INDEX feedback_client ON feedback (client_id);"

  /* The audit log: seq orders the hash chain; no foreign keys, because the
   * log outlives what it names. */
  "CREATE TABLE audit_log ("
  "  seq INTEGER PRIMARY KEY,"
  "  id TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
  "  revision INTEGER NOT NULL DEFAULT 1,"
  "  log TEXT NOT NULL CHECK (log IN ('use', 'disclosure')),"
  "  time TEXT NOT NULL, worker_id TEXT, action TEXT NOT NULL,"
  "  entity_type TEXT, entity_id TEXT, client_id TEXT,"
  "  success INTEGER NOT NULL, detail TEXT, basis TEXT,"
  "  prev_hash TEXT NOT NULL, hash TEXT NOT NULL);"
  "CREATE INDEX audit_log_client ON audit_log (client_id, log, time);"
  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
  "  BEGIN SELECT RAISE (ABORT, 'the audit log is append-only'); END;"
  "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
  "  BEGIN SELECT RAISE (ABORT, 'the audit log is append-only'); END;";

#define FTS_COLUMNS "first_name, last_name, identity_code, phone, email, municipality"

/* Migration 2: full-text client search, kept in step by triggers. The
 * content is the clients table itself (external content) keyed by num. */
static const char migration_2[] =
  "CREATE VIRTUAL TABLE clients_fts USING fts5 (" FTS_COLUMNS ","
  "  content = 'clients', content_rowid = 'num',"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"
  "CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN"
  "  INSERT INTO clients_fts (rowid, " FTS_COLUMNS ") VALUES"
  "  (new.num, new.first_name, new.last_name, new.identity_code, new.phone, new.email,"
  "   new.municipality);"
  "END;"
  "CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN"
  "  INSERT INTO clients_fts (clients_fts, rowid, " FTS_COLUMNS ") VALUES"
  "  ('delete', old.num, old.first_name, old.last_name, old.identity_code, old.phone,"
  "   old.email, old.municipality);"
  "END;"
  "CREATE TRIGGER clients_fts_update AFTER UPDATE ON clients BEGIN"
  "  INSERT INTO clients_fts (clients_fts, rowid, " FTS_COLUMNS ") VALUES"
  "  ('delete', old.num, old.first_name, old.last_name, old.identity_code, old.phone,"
  "   old.email, old.municipality);"
  "  INSERT INTO clients_fts (rowid, " FTS_COLUMNS ") VALUES"
  "  (new.num, new.first_name, new.last_name, new.identity_code, new.phone, new.email,"
  "   new.municipality);"
  "END;"
  "INSERT INTO clients_fts (clients_fts) VALUES ('rebuild');";

/* Migration 3: the client list reads only num in sort_key order, for every
 * search keystroke; with num in the index that is an index-only scan instead
 * of a table lookup per client (10,000 clients: 28 ms to 1 ms). */
static const char migration_3[] =
  "CREATE INDEX clients_archived_sort_num ON clients (archived, sort_key, num);"
  "DROP INDEX clients_archived_sort;";

/* Migration 4: client sort keys are ICU's (sr-text.c), made again whenever
 * the collation they were made with is not the one in use; the collation
 * table says which that was ('' for the keys from before ICU). Remaking
 * them must not rewrite the search index, so its update trigger now fires
 * only on the columns it indexes. */
static const char migration_4[] =
  "CREATE TABLE collation ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  identity TEXT NOT NULL"
  ");"
  "INSERT INTO collation (id, identity) VALUES (1, '');"
  "DROP TRIGGER clients_fts_update;"
  "CREATE TRIGGER clients_fts_update AFTER UPDATE OF " FTS_COLUMNS " ON clients BEGIN"
  "  INSERT INTO clients_fts (clients_fts, rowid, " FTS_COLUMNS ") VALUES"
  "  ('delete', old.num, old.first_name, old.last_name, old.identity_code, old.phone,"
  "   old.email, old.municipality);"
  "  INSERT INTO clients_fts (rowid, " FTS_COLUMNS ") VALUES"
  "  (new.num, new.first_name, new.last_name, new.identity_code, new.phone, new.email,"
  "   new.municipality);"
  "END;";

/* Ordered: migrations[i] takes user_version i to i + 1. Never edit one that
 * has shipped; add a new one. */
static const char * const migrations[] = {
  migration_1,
  migration_2,
  migration_3,
  migration_4,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SR_STORE_SCHEMA_VERSION);

/* Helpers ------------------------------------------------------------------ */

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

static gboolean
exec (sqlite3     *db,
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

static gboolean
query_int (sqlite3     *db,
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

static char *
format_datetime (GDateTime *dt)
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

/* Times are stored as "YYYY-MM-DDTHH:MM:SSZ" (format_datetime()); reading
 * that form directly is several times faster than the general ISO 8601
 * parser, which a list of thousands of records feels. Anything else still
 * goes through the parser. */
static GDateTime *
parse_datetime (const char *text)
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

GDateTime *
sr_store_parse_time (const char *text)
{
  return parse_datetime (text);
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
static GDateTime *
now_utc (void)
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

static gboolean
configure_connection (sqlite3     *db,
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

  if (!exec (db, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  if (writer)
    {
      /* WAL lets list queries read while a write commits; FULL makes a
       * committed record survive a power cut. */
      if (!exec (db, "PRAGMA journal_mode = WAL", error)
          || !exec (db, "PRAGMA synchronous = FULL", error))
        return FALSE;
    }

  return TRUE;
}

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
  if (rc != SQLITE_OK || !configure_connection (db, FALSE, error)
      || !exec (db, "PRAGMA cache_size = -" G_STRINGIFY (READER_CACHE_KIB), error))
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
static gboolean
make_private_dir (const char  *dir,
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

static void
set_corrupt_error (GError     **error,
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
        set_corrupt_error (error, g_strerror (errno));
        return FALSE;
      }
    n = read (fd, buf, sizeof buf);
    close (fd);
    if (n < (gssize) sizeof buf || memcmp (buf, magic, sizeof magic) != 0)
      {
        set_corrupt_error (error, _("it is not a database"));
        return FALSE;
      }
  }

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  if (rc != SQLITE_OK
      || !query_int (db, "PRAGMA application_id", &app_id, &local_error)
      || !query_int (db, "PRAGMA user_version", &version, &local_error)
      || !query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, &local_error))
    {
      sqlite3_close (db);
      set_corrupt_error (error, local_error ? local_error->message : sqlite3_errstr (rc));
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

static gboolean
migrate (SrStore     *self,
         int          target,
         GError     **error)
{
  gint64 version = 0;

  if (!query_int (self->db, "PRAGMA user_version", &version, error))
    return FALSE;

  for (int v = (int) version; v < target; v++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", v + 1);

      if (!exec (self->db, "BEGIN IMMEDIATE", error))
        return FALSE;

      if (!exec (self->db, migrations[v], error)
          || (v == 0 && !exec (self->db, "PRAGMA application_id = "
                               G_STRINGIFY (SR_STORE_APPLICATION_ID), error))
          || !exec (self->db, set_version, error)
          || !exec (self->db, "COMMIT", error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          g_prefix_error (error, _("Could not update the database to version %d: "), v + 1);
          return FALSE;
        }
    }

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

      if (!make_private_dir (dir, g_str_equal (dir, default_dir), error))
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

  if (!configure_connection (self->db, TRUE, error)
      || (!memory && !protect_files (path, error))
      || !migrate (self, version, error)
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

  query_int (self->db, "PRAGMA user_version", &version, NULL);
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

static gboolean
begin (SrStore  *self,
       GError  **error)
{
  g_assert (!self->in_transaction);

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
  if (!exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->in_transaction = TRUE;
  return TRUE;
}

static void
queue_change (SrStore    *self,
              const char *entity_type,
              const char *id)
{
  Change change = { g_strdup (entity_type), g_strdup (id) };

  g_array_append_val (self->pending, change);
}

static void
clear_change (gpointer data)
{
  Change *change = data;

  g_free (change->entity_type);
  g_free (change->id);
}

static void
rollback (SrStore *self)
{
  if (!self->in_transaction)
    return;

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

typedef struct
{
  SrRecord  *record;
  char      *id;
  GDateTime *created_at;
  GDateTime *updated_at;
  gint64     revision;
} Meta;

static void
meta_clear (Meta *meta)
{
  g_clear_object (&meta->record);
  g_clear_pointer (&meta->id, g_free);
  g_clear_pointer (&meta->created_at, g_date_time_unref);
  g_clear_pointer (&meta->updated_at, g_date_time_unref);
}

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
static void
write_audit_head (SrStore *self)
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

  stmt = sr_store_prepare (self, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                           NULL);
  if (stmt == NULL)
    return;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    contents = g_strdup_printf ("%" G_GINT64_FORMAT " %s\n", (gint64) sqlite3_column_int64 (stmt, 0),
                                (const char *) sqlite3_column_text (stmt, 1));
  sqlite3_reset (stmt);

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

/* Commits; then gives saved objects (@metas, may be NULL) their id,
 * timestamps and revision, and only then emits ::changed, so handlers see
 * the saved state. */
static void
emit_pending (SrStore *self)
{
  g_autoptr(GArray) changes = NULL;

  /* Handlers may write again: emit from our own list. */
  changes = g_steal_pointer (&self->pending);
  self->pending = g_array_new (FALSE, FALSE, sizeof (Change));
  g_array_set_clear_func (self->pending, clear_change);

  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = &g_array_index (changes, Change, i);

      g_signal_emit (self, signals[CHANGED], 0, change->entity_type, change->id);
    }
}

static gboolean
commit_with_meta (SrStore  *self,
                  GArray   *metas,
                  GError  **error)
{
  g_assert (self->in_transaction);

  if (!(self->in_batch ? exec_cached (self, "RELEASE sr_write", error)
                       : exec (self->db, "COMMIT", error)))
    {
      rollback (self);
      return FALSE;
    }
  self->in_transaction = FALSE;

  for (guint i = 0; metas != NULL && i < metas->len; i++)
    {
      Meta *meta = &g_array_index (metas, Meta, i);

      sr_record_set_meta (meta->record, meta->id, meta->created_at, meta->updated_at,
                          meta->revision);
    }

  /* In a batch, ::changed waits for sr_store_commit_batch(). */
  if (!self->in_batch)
    {
      write_audit_head (self);
      emit_pending (self);
    }

  return TRUE;
}

static gboolean
commit (SrStore  *self,
        GError  **error)
{
  return commit_with_meta (self, NULL, error);
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

  if (!query_int (self->db, "PRAGMA cache_size", &self->batch_pragmas[0], error)
      || !query_int (self->db, "PRAGMA temp_store", &self->batch_pragmas[1], error))
    return FALSE;

  /* Savepoint journals in memory and dirty pages in a large cache until the
   * commit, rather than written to disk save by save: twice as fast. */
  if (!exec (self->db, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144", error)
      || !exec (self->db, "BEGIN IMMEDIATE", error))
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

  if (!exec (self->db, "COMMIT", error))
    {
      sr_store_rollback_batch (self);
      return FALSE;
    }

  end_batch (self);
  write_audit_head (self);
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
  self->audit_written = FALSE;
  g_array_set_size (self->pending, 0);
}

static gboolean
step_done (SrStore       *self,
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

/* Audit log ------------------------------------------------------------------ */

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
static gboolean
audit_append (SrStore        *self,
              SrAuditLog      log,
              SrAuditAction   action,
              const char     *entity_type,
              const char     *entity_id,
              const char     *client_id,
              gboolean        success,
              const char     *detail,
              GError        **error)
{
  g_autoptr(GDateTime) now = now_utc ();
  g_autofree char *time = format_datetime (now);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *prev_hash = NULL;
  g_autofree char *hash = NULL;
  const char *log_nick = sr_enum_to_nick (SR_TYPE_AUDIT_LOG, log);
  const char *action_nick = sr_enum_to_nick (SR_TYPE_AUDIT_ACTION, action);
  const char *basis = log == SR_AUDIT_LOG_USE ? "client-relationship" : "disclosure";
  sqlite3_stmt *stmt;
  gint64 seq = 1;

  g_assert (self->in_transaction);

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

  if (!step_done (self, stmt, error))
    return FALSE;

  self->audit_written = TRUE;
  queue_change (self, SR_ENTITY_AUDIT, id);
  return TRUE;
}

/* A use that failed is logged too, in its own transaction after the
 * rollback; if even that fails there is nothing more to do. */
static void
audit_failure (SrStore       *self,
               SrAuditAction  action,
               const char    *entity_type,
               const char    *entity_id,
               const char    *client_id,
               const char    *detail)
{
  if (self->in_transaction || !begin (self, NULL))
    return;

  if (!audit_append (self, SR_AUDIT_LOG_USE, action, entity_type, entity_id, client_id, FALSE,
                     detail, NULL)
      || !commit (self, NULL))
    rollback (self);
}

static gboolean
log_use (SrStore        *self,
         SrAuditLog      log,
         SrAuditAction   action,
         const char     *client_id,
         const char     *detail,
         GError        **error)
{
  if (!begin (self, error))
    return FALSE;

  if (!audit_append (self, log, action, SR_ENTITY_CLIENT, client_id, client_id, TRUE, detail,
                     error)
      || !commit (self, error))
    {
      rollback (self);
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

/* Records ---------------------------------------------------------------------- */

/* The column lists are built once per type: every list refresh and every
 * record read starts from them. */
typedef struct
{
  char *select;   /* SELECT t.id, …, t.<fields> FROM <table> t */
  char *get;      /* the same, WHERE t.id = ?1 */
} TypeSql;

static const TypeSql *
type_sql (GType type)
{
  static GHashTable *cache;
  G_LOCK_DEFINE_STATIC (cache);
  TypeSql *sql;

  G_LOCK (cache);
  if (cache == NULL)
    cache = g_hash_table_new (NULL, NULL);
  sql = g_hash_table_lookup (cache, GSIZE_TO_POINTER (type));
  if (sql == NULL)
    {
      const SrRecordInfo *info = sr_record_type_get_info (type);
      g_autoptr(GString) s = g_string_new ("SELECT t.id, t.created_at, t.updated_at, t.revision");

      for (guint i = 0; i < info->n_fields; i++)
        g_string_append_printf (s, ", t.%s", info->columns[i]);
      g_string_append_printf (s, " FROM %s t", info->table);

      sql = g_new0 (TypeSql, 1);
      sql->get = g_strconcat (s->str, " WHERE t.id = ?1", NULL);
      sql->select = g_string_free (g_steal_pointer (&s), FALSE);
      g_hash_table_insert (cache, GSIZE_TO_POINTER (type), sql);
    }
  G_UNLOCK (cache);

  return sql;
}

const char *
sr_store_select_sql (GType type)
{
  return type_sql (type)->select;
}

static char *
strv_to_json (const char * const *strv)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static char **
strv_from_json (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *root;

  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL)
      && (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *s = json_array_get_string_element (array, i);

          if (s != NULL)
            g_strv_builder_add (builder, s);
        }
    }

  return g_strv_builder_end (builder);
}

static void
bind_field (sqlite3_stmt  *stmt,
            int            column,
            const SrField *field,
            const GValue  *value)
{
  switch (field->kind)
    {
    case SR_FIELD_STRING:
    case SR_FIELD_DATE:
    case SR_FIELD_REF:
    case SR_FIELD_JSON:
      sqlite3_bind_text (stmt, column, g_value_get_string (value), -1, SQLITE_TRANSIENT);
      break;

    case SR_FIELD_DATETIME:
      sqlite3_bind_text (stmt, column, format_datetime (g_value_get_boxed (value)), -1, g_free);
      break;

    case SR_FIELD_INT:
      sqlite3_bind_int (stmt, column, g_value_get_int (value));
      break;

    case SR_FIELD_DOUBLE:
      sqlite3_bind_double (stmt, column, g_value_get_double (value));
      break;

    case SR_FIELD_BOOLEAN:
      sqlite3_bind_int (stmt, column, g_value_get_boolean (value) ? 1 : 0);
      break;

    case SR_FIELD_ENUM:
      sqlite3_bind_text (stmt, column,
                         sr_enum_to_nick (G_VALUE_TYPE (value), g_value_get_enum (value)),
                         -1, SQLITE_STATIC);
      break;

    case SR_FIELD_FLAGS:
      sqlite3_bind_int64 (stmt, column, g_value_get_flags (value));
      break;

    case SR_FIELD_STRV:
      if (g_value_get_boxed (value) == NULL)
        sqlite3_bind_null (stmt, column);
      else
        sqlite3_bind_text (stmt, column, strv_to_json (g_value_get_boxed (value)), -1, g_free);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
read_field (sqlite3_stmt  *stmt,
            int            column,
            const SrField *field,
            GParamSpec    *pspec,
            GValue        *value)
{
  gboolean is_null = sqlite3_column_type (stmt, column) == SQLITE_NULL;
  const char *text = NULL;

  if (is_null && field->kind != SR_FIELD_STRING && field->kind != SR_FIELD_DATE
      && field->kind != SR_FIELD_REF && field->kind != SR_FIELD_JSON)
    {
      g_param_value_set_default (pspec, value);
      return;
    }

  /* Only text columns are read as text: asking an integer column for text
   * makes SQLite convert it, for every row of a list. */
  if (field->kind != SR_FIELD_INT && field->kind != SR_FIELD_DOUBLE
      && field->kind != SR_FIELD_BOOLEAN && field->kind != SR_FIELD_FLAGS)
    text = (const char *) sqlite3_column_text (stmt, column);

  switch (field->kind)
    {
    case SR_FIELD_STRING:
    case SR_FIELD_DATE:
    case SR_FIELD_REF:
    case SR_FIELD_JSON:
      g_value_set_string (value, text);
      break;

    case SR_FIELD_DATETIME:
      g_value_take_boxed (value, parse_datetime (text));
      break;

    case SR_FIELD_INT:
      g_value_set_int (value, sqlite3_column_int (stmt, column));
      break;

    case SR_FIELD_DOUBLE:
      g_value_set_double (value, sqlite3_column_double (stmt, column));
      break;

    case SR_FIELD_BOOLEAN:
      g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
      break;

    case SR_FIELD_ENUM:
      /* A nick this version does not know (from a newer one) reads as the default. */
      g_value_set_enum (value, sr_enum_from_nick (G_VALUE_TYPE (value), text,
                                                  G_PARAM_SPEC_ENUM (pspec)->default_value));
      break;

    case SR_FIELD_FLAGS:
      g_value_set_flags (value, (guint) sqlite3_column_int64 (stmt, column)
                                & G_PARAM_SPEC_FLAGS (pspec)->flags_class->mask);
      break;

    case SR_FIELD_STRV:
      g_value_take_boxed (value, strv_from_json (text));
      break;

    default:
      g_assert_not_reached ();
    }
}

SrRecord *
sr_store_record_from_row (GType         type,
                          sqlite3_stmt *stmt)
{
  const SrRecordInfo *info = sr_record_type_get_info (type);
  SrRecord *record = g_object_new (type, NULL);
  GValue *values = sr_record_fill_values (record);

  for (guint i = 0; i < info->n_fields; i++)
    read_field (stmt, 4 + i, &info->fields[i], info->pspecs[i], &values[i]);

  sr_record_init_meta (record, (const char *) sqlite3_column_text (stmt, 0),
                       parse_datetime ((const char *) sqlite3_column_text (stmt, 1)),
                       parse_datetime ((const char *) sqlite3_column_text (stmt, 2)),
                       sqlite3_column_int64 (stmt, 3));

  return record;
}

SrRecord *
sr_store_get (SrStore     *self,
              GType        type,
              const char  *id,
              GError     **error)
{
  sqlite3_stmt *stmt;
  SrRecord *record = NULL;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, SR_TYPE_RECORD), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (id == NULL)
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND,
                           _("The record was not found."));
      return NULL;
    }

  stmt = sr_store_prepare (self, type_sql (type)->get, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = sr_store_record_from_row (type, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND,
                         _("The record was not found. It may have been deleted."));
  else
    sr_store_set_sqlite_error (self->db, rc, error);
  sqlite3_reset (stmt);

  return record;
}

/* Which client a record belongs to, for the audit log: a "client-id" field,
 * or a lookup through the parent. */
typedef struct
{
  GType     (*get_type) (void);
  const char *parent_field;
  const char *sql;          /* ?1 = the parent id; returns the client id */
} ClientPath;

static const ClientPath client_paths[] = {
  { sr_needs_assessment_get_type, "period-id",
    "SELECT client_id FROM periods WHERE id = ?1" },
  { sr_referral_get_type, "assessment-id",
    "SELECT p.client_id FROM needs_assessments a JOIN periods p ON p.id = a.period_id"
    " WHERE a.id = ?1" },
  { sr_plan_get_type, "period-id",
    "SELECT client_id FROM periods WHERE id = ?1" },
  { sr_goal_get_type, "plan-id",
    "SELECT p.client_id FROM plans pl JOIN periods p ON p.id = pl.period_id WHERE pl.id = ?1" },
  { sr_review_get_type, "plan-id",
    "SELECT p.client_id FROM plans pl JOIN periods p ON p.id = pl.period_id WHERE pl.id = ?1" },
  { sr_goal_rating_get_type, "review-id",
    "SELECT p.client_id FROM reviews r JOIN plans pl ON pl.id = r.plan_id"
    " JOIN periods p ON p.id = pl.period_id WHERE r.id = ?1" },
};

static char *
resolve_client_id (SrStore  *self,
                   SrRecord *record)
{
  const SrRecordInfo *info = sr_record_type_get_info (G_OBJECT_TYPE (record));

  if (SR_IS_CLIENT (record))
    return g_strdup (sr_record_get_id (record));

  if (sr_record_find_field (info, "client-id") >= 0)
    return g_strdup (sr_record_get_string (record, "client-id"));

  for (guint i = 0; i < G_N_ELEMENTS (client_paths); i++)
    {
      if (G_OBJECT_TYPE (record) == client_paths[i].get_type ())
        {
          sqlite3_stmt *stmt = sr_store_prepare (self, client_paths[i].sql, NULL);
          char *client_id = NULL;

          if (stmt == NULL)
            return NULL;
          sqlite3_bind_text (stmt, 1, sr_record_get_string (record, client_paths[i].parent_field),
                             -1, SQLITE_TRANSIENT);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            client_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          sqlite3_reset (stmt);
          return client_id;
        }
    }

  return NULL; /* workers, groups, sessions: not client data */
}

/* Turns a failed statement into a caseworker-readable error. */
static void
set_write_error (SrStore   *self,
                 SrRecord  *record,
                 int        rc,
                 gboolean   deleting,
                 GError   **error)
{
  const char *message = sqlite3_errmsg (self->db);

  switch (rc)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
      if (strstr (message, "identity_code") != NULL)
        g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE,
                             _("Another client already has this personal identity code."));
      else if (strstr (message, "goal_ratings") != NULL)
        g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE,
                             _("This goal already has a rating in this review."));
      else if (strstr (message, "attendance") != NULL)
        g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE,
                             _("This client’s attendance of the session is already recorded."));
      else
        g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE,
                     _("The record already exists (%s)."), message);
      break;

    case SQLITE_CONSTRAINT_FOREIGNKEY:
      if (deleting)
        g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_IN_USE,
                             _("Other records refer to this one, so it cannot be deleted."));
      else
        g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                             _("The record refers to another record that does not exist."));
      break;

    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
      g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                   _("The record is not valid (%s)."), message);
      break;

    default:
      sr_store_set_sqlite_error (self->db, rc, error);
    }
}

/* Inserts or updates @record inside the current transaction. The object
 * itself is only updated (through @meta) after COMMIT, so a rollback leaves
 * it as it was. */
static gboolean
save_locked (SrStore   *self,
             SrRecord  *record,
             Meta      *meta,
             GError   **error)
{
  const SrRecordInfo *info = sr_record_type_get_info (G_OBJECT_TYPE (record));
  g_autoptr(GDateTime) now = now_utc ();
  g_autofree char *now_text = format_datetime (now);
  g_autofree char *client_id = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  const char *id = sr_record_get_id (record);
  gboolean is_client = SR_IS_CLIENT (record);
  gboolean exists = FALSE;
  gint64 stored_revision = 0;
  sqlite3_stmt *stmt;
  int column;
  int rc;

  g_assert (self->in_transaction);

  if (id != NULL)
    {
      g_autofree char *check = g_strdup_printf ("SELECT revision FROM %s WHERE id = ?1",
                                                info->table);

      stmt = sr_store_prepare (self, check, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          exists = TRUE;
          stored_revision = sqlite3_column_int64 (stmt, 0);
        }
      sqlite3_reset (stmt);

      if (exists && stored_revision != sr_record_get_revision (record))
        {
          g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_CONFLICT,
                               _("Someone changed this record after it was opened. "
                                 "Open it again to see the changes."));
          return FALSE;
        }
    }

  meta->record = g_object_ref (record);
  meta->id = id != NULL ? g_strdup (id) : g_uuid_string_random ();
  meta->updated_at = g_date_time_ref (now);

  /* A new plan is the next version of its period's plan. */
  if (!exists && SR_IS_PLAN (record) && sr_plan_get_version (SR_PLAN (record)) <= 0)
    {
      stmt = sr_store_prepare (self, "SELECT coalesce (max (version), 0) + 1 FROM plans"
                               " WHERE period_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, sr_plan_get_period_id (SR_PLAN (record)), -1,
                         SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        g_value_set_int (sr_record_peek_value (record, sr_record_find_field (info, "version")),
                         sqlite3_column_int (stmt, 0));
      sqlite3_reset (stmt);
    }

  if (exists)
    {
      g_string_append_printf (sql, "UPDATE %s SET updated_at = ?1, revision = revision + 1",
                              info->table);
      for (guint i = 0; i < info->n_fields; i++)
        g_string_append_printf (sql, ", %s = ?%u", info->columns[i], i + 4);
      if (is_client)
        g_string_append_printf (sql, ", sort_key = ?%u", info->n_fields + 4);
      g_string_append (sql, " WHERE id = ?2 AND revision = ?3");
      meta->revision = stored_revision + 1;
      meta->created_at = sr_record_get_created_at (record)
                         ? g_date_time_ref (sr_record_get_created_at (record)) : NULL;
    }
  else
    {
      g_string_append_printf (sql, "INSERT INTO %s (updated_at, id, revision, created_at",
                              info->table);
      for (guint i = 0; i < info->n_fields; i++)
        g_string_append_printf (sql, ", %s", info->columns[i]);
      if (is_client)
        g_string_append (sql, ", sort_key, num");
      g_string_append (sql, ") VALUES (?1, ?2, ?3, ?1");
      for (guint i = 0; i < info->n_fields; i++)
        g_string_append_printf (sql, ", ?%u", i + 4);
      if (is_client)
        g_string_append_printf (sql, ", ?%u, (SELECT coalesce (max (num), 0) + 1 FROM clients)",
                                info->n_fields + 4);
      g_string_append (sql, ")");
      meta->revision = 1;
      meta->created_at = g_date_time_ref (now);
    }

  stmt = sr_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, now_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, meta->id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, exists ? stored_revision : 1);
  column = 4;
  for (guint i = 0; i < info->n_fields; i++)
    bind_field (stmt, column++, &info->fields[i], sr_record_peek_value (record, i));
  if (is_client)
    sqlite3_bind_text (stmt, column, sr_collate_name_key (sr_record_get_string (record, "last-name"),
                                                          sr_record_get_string (record, "first-name")),
                       -1, g_free);

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_write_error (self, record, rc, FALSE, error);
      return FALSE;
    }

  /* The audit row needs the id, which a new record only has now. */
  if (is_client)
    client_id = g_strdup (meta->id);
  else
    client_id = resolve_client_id (self, record);

  if (!audit_append (self, SR_AUDIT_LOG_USE,
                     exists ? SR_AUDIT_ACTION_CHANGE : SR_AUDIT_ACTION_CREATE,
                     info->entity_type, meta->id, client_id, TRUE, NULL, error))
    return FALSE;

  queue_change (self, info->entity_type, meta->id);
  return TRUE;
}

static gboolean
check_writable (SrStore   *self,
                SrRecord  *record,
                GError   **error)
{
  if (SR_IS_AUDIT_ENTRY (record))
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED,
                           _("The audit log cannot be edited."));
      return FALSE;
    }

  if (self->current_worker == NULL && !SR_IS_WORKER (record))
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NO_WORKER,
                           _("Choose who you are before saving: every change is logged "
                             "with the worker’s name."));
      return FALSE;
    }

  return TRUE;
}

/* Saves @records (all or none) in one transaction. */
static gboolean
save_all (SrStore    *self,
          SrRecord  **records,
          guint       n_records,
          GError    **error)
{
  g_autoptr(GArray) metas = g_array_new (FALSE, TRUE, sizeof (Meta));
  g_autoptr(GError) local_error = NULL;

  g_array_set_clear_func (metas, (GDestroyNotify) meta_clear);

  for (guint i = 0; i < n_records; i++)
    if (!check_writable (self, records[i], error) || !sr_record_validate (records[i], error))
      return FALSE;

  if (!begin (self, error))
    return FALSE;

  g_array_set_size (metas, n_records);
  for (guint i = 0; i < n_records; i++)
    {
      if (!save_locked (self, records[i], &g_array_index (metas, Meta, i), &local_error))
        {
          const SrRecordInfo *info = sr_record_type_get_info (G_OBJECT_TYPE (records[i]));

          rollback (self);
          audit_failure (self, sr_record_get_id (records[i])
                               ? SR_AUDIT_ACTION_CHANGE : SR_AUDIT_ACTION_CREATE,
                         info->entity_type, sr_record_get_id (records[i]), NULL,
                         NULL);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  return commit_with_meta (self, metas, error);
}

gboolean
sr_store_save (SrStore   *self,
               SrRecord  *record,
               GError   **error)
{
  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (SR_IS_RECORD (record), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_all (self, &record, 1, error);
}

static gboolean
is_deletable (SrRecord *record)
{
  return SR_IS_GOAL (record) || SR_IS_MEETING (record) || SR_IS_NETWORK_CONTACT (record)
         || SR_IS_REFERRAL (record) || SR_IS_MEMBERSHIP (record) || SR_IS_ATTENDANCE (record)
         || SR_IS_FEEDBACK (record) || SR_IS_GOAL_RATING (record) || SR_IS_CLIENT (record);
}

gboolean
sr_store_delete (SrStore   *self,
                 SrRecord  *record,
                 GError   **error)
{
  const SrRecordInfo *info;
  g_autofree char *sql = NULL;
  g_autofree char *client_id = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (SR_IS_RECORD (record), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  info = sr_record_type_get_info (G_OBJECT_TYPE (record));

  if (!check_writable (self, record, error))
    return FALSE;
  if (!is_deletable (record))
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED,
                           _("This kind of record is kept, not deleted."));
      return FALSE;
    }

  if (!begin (self, error))
    return FALSE;

  if (SR_IS_CLIENT (record))
    {
      gboolean has_periods;

      stmt = sr_store_prepare (self, "SELECT 1 FROM periods WHERE client_id = ?1 LIMIT 1",
                               &local_error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, sr_record_get_id (record), -1, SQLITE_TRANSIENT);
      has_periods = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
      if (has_periods)
        {
          g_set_error_literal (&local_error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED,
                               _("A client with rehabilitation periods cannot be deleted. "
                                 "Archive the client instead."));
          goto failed;
        }
      client_id = g_strdup (sr_record_get_id (record));
    }
  else
    client_id = resolve_client_id (self, record);

  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", info->table);
  stmt = sr_store_prepare (self, sql, &local_error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, sr_record_get_id (record), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_write_error (self, record, rc, TRUE, &local_error);
      goto failed;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (&local_error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND,
                           _("The record was not found. It may have been deleted."));
      goto failed;
    }

  if (!audit_append (self, SR_AUDIT_LOG_USE, SR_AUDIT_ACTION_DELETE, info->entity_type,
                     sr_record_get_id (record), client_id, TRUE, NULL, &local_error))
    goto failed;

  queue_change (self, info->entity_type, sr_record_get_id (record));
  return commit (self, error);

failed:
  rollback (self);
  audit_failure (self, SR_AUDIT_ACTION_DELETE, info->entity_type, sr_record_get_id (record),
                 client_id, NULL);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
delete_by_id (SrStore     *self,
              GType        type,
              const char  *id,
              GError     **error)
{
  g_autoptr(SrRecord) record = sr_store_get (self, type, id, error);

  return record != NULL && sr_store_delete (self, record, error);
}

#define DEFINE_ACCESS(Type, type, TYPE)                                          \
  gboolean                                                                       \
  sr_store_save_##type (SrStore *self, Type *obj, GError **error)                \
  {                                                                              \
    g_return_val_if_fail (SR_IS_##TYPE (obj), FALSE);                            \
    return sr_store_save (self, SR_RECORD (obj), error);                         \
  }                                                                              \
  Type *                                                                         \
  sr_store_get_##type (SrStore *self, const char *id, GError **error)            \
  {                                                                              \
    return (Type *) sr_store_get (self, SR_TYPE_##TYPE, id, error);              \
  }

DEFINE_ACCESS (SrWorker, worker, WORKER)
DEFINE_ACCESS (SrClient, client, CLIENT)
DEFINE_ACCESS (SrPeriod, period, PERIOD)
DEFINE_ACCESS (SrNeedsAssessment, needs_assessment, NEEDS_ASSESSMENT)
DEFINE_ACCESS (SrReferral, referral, REFERRAL)
DEFINE_ACCESS (SrPlan, plan, PLAN)
DEFINE_ACCESS (SrGoal, goal, GOAL)
DEFINE_ACCESS (SrReview, review, REVIEW)
DEFINE_ACCESS (SrGoalRating, goal_rating, GOAL_RATING)
DEFINE_ACCESS (SrMeeting, meeting, MEETING)
DEFINE_ACCESS (SrNetworkContact, network_contact, NETWORK_CONTACT)
DEFINE_ACCESS (SrGroup, group, GROUP)
DEFINE_ACCESS (SrMembership, membership, MEMBERSHIP)
DEFINE_ACCESS (SrSession, session, SESSION)
DEFINE_ACCESS (SrAttendance, attendance, ATTENDANCE)
DEFINE_ACCESS (SrFeedback, feedback, FEEDBACK)

gboolean
sr_store_delete_goal (SrStore     *self,
                      const char  *goal_id,
                      GError     **error)
{
  return delete_by_id (self, SR_TYPE_GOAL, goal_id, error);
}

gboolean
sr_store_delete_meeting (SrStore     *self,
                         const char  *meeting_id,
                         GError     **error)
{
  return delete_by_id (self, SR_TYPE_MEETING, meeting_id, error);
}

gboolean
sr_store_delete_network_contact (SrStore     *self,
                                 const char  *contact_id,
                                 GError     **error)
{
  return delete_by_id (self, SR_TYPE_NETWORK_CONTACT, contact_id, error);
}

gboolean
sr_store_delete_client (SrStore     *self,
                        const char  *client_id,
                        GError     **error)
{
  return delete_by_id (self, SR_TYPE_CLIENT, client_id, error);
}

gboolean
sr_store_archive_client (SrStore     *self,
                         const char  *client_id,
                         gboolean     archived,
                         GError     **error)
{
  g_autoptr(SrClient) client = sr_store_get_client (self, client_id, error);

  if (client == NULL)
    return FALSE;

  g_object_set (client, "archived", archived, NULL);
  return sr_store_save (self, SR_RECORD (client), error);
}

/* Ids from a query with one text parameter. */
static GPtrArray *
query_ids (SrStore     *self,
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

SrPlan *
sr_store_get_current_plan (SrStore     *self,
                           const char  *period_id,
                           GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  SrRecord *plan = NULL;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sql = g_strconcat (sr_store_select_sql (SR_TYPE_PLAN),
                     " WHERE t.period_id = ?1 ORDER BY t.version DESC LIMIT 1", NULL);
  stmt = sr_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, period_id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    plan = sr_store_record_from_row (SR_TYPE_PLAN, stmt);
  else if (rc != SQLITE_DONE)
    sr_store_set_sqlite_error (self->db, rc, error);
  sqlite3_reset (stmt);

  return SR_PLAN (plan);
}

SrPlan *
sr_store_new_plan_version (SrStore     *self,
                           const char  *plan_id,
                           GError     **error)
{
  g_autoptr(SrPlan) old = NULL;
  g_autoptr(SrPlan) plan = NULL;
  g_autoptr(GPtrArray) goal_ids = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (today, "%Y-%m-%d");
  const SrRecordInfo *info = sr_record_type_get_info (SR_TYPE_GOAL);

  g_return_val_if_fail (SR_IS_STORE (self), NULL);

  old = sr_store_get_plan (self, plan_id, error);
  if (old == NULL)
    return NULL;
  goal_ids = query_ids (self, "SELECT id FROM goals WHERE plan_id = ?1 ORDER BY position, id",
                        plan_id, error);
  if (goal_ids == NULL)
    return NULL;

  plan = g_object_new (SR_TYPE_PLAN,
                       "period-id", sr_plan_get_period_id (old),
                       "date", date,
                       "participants", sr_record_get_string (SR_RECORD (old), "participants"),
                       "client-present", sr_record_get_boolean (SR_RECORD (old), "client-present"),
                       "review-due", sr_record_get_string (SR_RECORD (old), "review-due"),
                       NULL);
  /* The new plan's id is needed by its goals before the save: make it now. */
  {
    g_autofree char *id = g_uuid_string_random ();

    sr_record_set_meta (SR_RECORD (plan), id, NULL, NULL, 0);
  }
  g_ptr_array_add (records, g_object_ref (plan));

  for (guint i = 0; i < goal_ids->len; i++)
    {
      g_autoptr(SrGoal) goal = sr_store_get_goal (self, g_ptr_array_index (goal_ids, i), error);
      g_autofree char *id = g_uuid_string_random ();
      SrGoal *copy;

      if (goal == NULL)
        return NULL;

      copy = g_object_new (SR_TYPE_GOAL, NULL);
      for (guint f = 0; f < info->n_fields; f++)
        g_value_copy (sr_record_peek_value (SR_RECORD (goal), f),
                      sr_record_peek_value (SR_RECORD (copy), f));
      g_object_set (copy, "plan-id", sr_record_get_id (SR_RECORD (plan)), NULL);
      sr_record_set_meta (SR_RECORD (copy), id, NULL, NULL, 0);
      g_ptr_array_add (records, copy);
    }

  if (!save_all (self, (SrRecord **) records->pdata, records->len, error))
    return NULL;

  return g_steal_pointer (&plan);
}

gboolean
sr_store_plan_t_score (SrStore     *self,
                       const char  *plan_id,
                       const char  *review_id,
                       double       rho,
                       double      *t_score,
                       GError     **error)
{
  g_autoptr(GPtrArray) goal_ids = NULL;
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (SrGasItem));

  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (t_score != NULL, FALSE);

  goal_ids = query_ids (self, "SELECT id FROM goals WHERE plan_id = ?1 ORDER BY position, id",
                        plan_id, error);
  if (goal_ids == NULL)
    return FALSE;

  for (guint i = 0; i < goal_ids->len; i++)
    {
      const char *goal_id = g_ptr_array_index (goal_ids, i);
      g_autoptr(SrGoal) goal = sr_store_get_goal (self, goal_id, error);
      SrGasItem item;

      if (goal == NULL)
        return FALSE;

      item.level = sr_goal_get_baseline (goal);
      item.weight = sr_goal_get_weight (goal);

      if (review_id != NULL)
        {
          sqlite3_stmt *stmt = sr_store_prepare (self, "SELECT level FROM goal_ratings"
                                                 " WHERE review_id = ?1 AND goal_id = ?2", error);
          gboolean rated;

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, review_id, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, goal_id, -1, SQLITE_TRANSIENT);
          rated = sqlite3_step (stmt) == SQLITE_ROW;
          if (rated)
            item.level = sqlite3_column_int (stmt, 0);
          sqlite3_reset (stmt);

          if (!rated)
            {
              g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                                   _("Every goal must be rated in the review before the "
                                     "T-score can be computed."));
              return FALSE;
            }
        }

      g_array_append_val (items, item);
    }

  return sr_gas_t_score ((const SrGasItem *) items->data, items->len, rho, t_score, error);
}

gboolean
sr_store_ensure_attendance_rows (SrStore     *self,
                                 const char  *session_id,
                                 GError     **error)
{
  g_autoptr(GPtrArray) client_ids = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SR_IS_STORE (self), FALSE);

  /* Members on the session's day who have no row yet. */
  client_ids = query_ids (self,
                          "SELECT m.client_id FROM sessions s"
                          " JOIN memberships m ON m.group_id = s.group_id"
                          " WHERE s.id = ?1"
                          " AND (m.joined IS NULL OR m.joined <= substr (s.start, 1, 10))"
                          " AND (m.left IS NULL OR m.left >= substr (s.start, 1, 10))"
                          " AND NOT EXISTS (SELECT 1 FROM attendance a"
                          "  WHERE a.session_id = s.id AND a.client_id = m.client_id)"
                          " GROUP BY m.client_id",
                          session_id, error);
  if (client_ids == NULL)
    return FALSE;
  if (client_ids->len == 0)
    return TRUE;

  for (guint i = 0; i < client_ids->len; i++)
    g_ptr_array_add (records, sr_attendance_new (session_id, g_ptr_array_index (client_ids, i),
                                                 SR_ATTENDANCE_NOT_RECORDED));

  return save_all (self, (SrRecord **) records->pdata, records->len, error);
}

/* Backups ------------------------------------------------------------------- */

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
    set_corrupt_error (error, _("the integrity check failed"));

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

  if (!make_private_dir (backup_dir, TRUE, error))
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

/* Live models ---------------------------------------------------------------- */

/* @tail follows "SELECT <columns> FROM <table> t": see sr_query_model_new(). */
static GListModel *
list (SrStore            *self,
      GType               type,
      const char         *tail,
      const char * const *params,
      const char * const *watch)
{
  g_return_val_if_fail (SR_IS_STORE (self), NULL);

  return G_LIST_MODEL (sr_query_model_new (self, type, tail, params, watch));
}

#define WATCH(...) ((const char * const[]) { __VA_ARGS__, NULL })
#define PARAMS(...) ((const char * const[]) { __VA_ARGS__, NULL })

GListModel *
sr_store_list_workers (SrStore *self)
{
  return list (self, SR_TYPE_WORKER,
               "ORDER BY sr_sort_key (t.name), t.id",
               NULL, WATCH (SR_ENTITY_WORKER));
}

GListModel *
sr_store_list_periods (SrStore    *self,
                       const char *client_id)
{
  return list (self, SR_TYPE_PERIOD,
               "WHERE t.client_id = ?1 ORDER BY t.start_date DESC, t.id",
               PARAMS (client_id), WATCH (SR_ENTITY_PERIOD));
}

GListModel *
sr_store_list_needs_assessments (SrStore    *self,
                                 const char *period_id)
{
  return list (self, SR_TYPE_NEEDS_ASSESSMENT,
               "WHERE t.period_id = ?1 ORDER BY t.date, t.id",
               PARAMS (period_id), WATCH (SR_ENTITY_NEEDS_ASSESSMENT));
}

GListModel *
sr_store_list_referrals (SrStore    *self,
                         const char *assessment_id)
{
  return list (self, SR_TYPE_REFERRAL,
               "WHERE t.assessment_id = ?1 ORDER BY t.service, t.id",
               PARAMS (assessment_id), WATCH (SR_ENTITY_REFERRAL));
}

GListModel *
sr_store_list_plans (SrStore    *self,
                     const char *period_id)
{
  return list (self, SR_TYPE_PLAN,
               "WHERE t.period_id = ?1 ORDER BY t.version",
               PARAMS (period_id), WATCH (SR_ENTITY_PLAN));
}

GListModel *
sr_store_list_goals (SrStore    *self,
                     const char *plan_id)
{
  return list (self, SR_TYPE_GOAL,
               "WHERE t.plan_id = ?1 ORDER BY t.position, t.id",
               PARAMS (plan_id), WATCH (SR_ENTITY_GOAL));
}

GListModel *
sr_store_list_reviews (SrStore    *self,
                       const char *plan_id)
{
  return list (self, SR_TYPE_REVIEW,
               "WHERE t.plan_id = ?1 ORDER BY t.date, t.id",
               PARAMS (plan_id), WATCH (SR_ENTITY_REVIEW));
}

GListModel *
sr_store_list_goal_ratings (SrStore    *self,
                            const char *review_id)
{
  return list (self, SR_TYPE_GOAL_RATING,
               "JOIN goals g ON g.id = t.goal_id"
               " WHERE t.review_id = ?1 ORDER BY g.position, t.id",
               PARAMS (review_id), WATCH (SR_ENTITY_GOAL_RATING, SR_ENTITY_GOAL));
}

GListModel *
sr_store_list_client_meetings (SrStore    *self,
                               const char *client_id)
{
  return list (self, SR_TYPE_MEETING,
               "WHERE t.client_id = ?1 ORDER BY t.start DESC, t.id",
               PARAMS (client_id), WATCH (SR_ENTITY_MEETING));
}

GListModel *
sr_store_list_meetings (SrStore    *self,
                        const char *worker_id,
                        GDateTime  *from,
                        GDateTime  *to)
{
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  from_text = format_datetime (from);
  to_text = format_datetime (to);

  if (worker_id != NULL)
    return list (self, SR_TYPE_MEETING,
                 "WHERE t.worker_id = ?3 AND t.start >= ?1 AND t.start < ?2"
                 " ORDER BY t.start, t.id",
                 PARAMS (from_text, to_text, worker_id), WATCH (SR_ENTITY_MEETING));

  return list (self, SR_TYPE_MEETING,
               "WHERE t.start >= ?1 AND t.start < ?2 ORDER BY t.start, t.id",
               PARAMS (from_text, to_text), WATCH (SR_ENTITY_MEETING));
}

GListModel *
sr_store_list_network_contacts (SrStore    *self,
                                const char *client_id)
{
  return list (self, SR_TYPE_NETWORK_CONTACT,
               "WHERE t.client_id = ?1"
               " ORDER BY sr_sort_key (t.organisation), t.id",
               PARAMS (client_id), WATCH (SR_ENTITY_NETWORK_CONTACT));
}

GListModel *
sr_store_list_groups (SrStore *self)
{
  return list (self, SR_TYPE_GROUP,
               "WHERE t.archived = 0 ORDER BY sr_sort_key (t.name), t.id",
               NULL, WATCH (SR_ENTITY_GROUP));
}

GListModel *
sr_store_list_group_members (SrStore    *self,
                             const char *group_id)
{
  return list (self, SR_TYPE_MEMBERSHIP,
               "JOIN clients c ON c.id = t.client_id"
               " WHERE t.group_id = ?1 ORDER BY c.sort_key, t.id",
               PARAMS (group_id), WATCH (SR_ENTITY_MEMBERSHIP, SR_ENTITY_CLIENT));
}

GListModel *
sr_store_list_client_memberships (SrStore    *self,
                                  const char *client_id)
{
  return list (self, SR_TYPE_MEMBERSHIP,
               "WHERE t.client_id = ?1 ORDER BY t.joined, t.id",
               PARAMS (client_id), WATCH (SR_ENTITY_MEMBERSHIP));
}

GListModel *
sr_store_list_sessions (SrStore    *self,
                        const char *group_id)
{
  return list (self, SR_TYPE_SESSION,
               "WHERE t.group_id = ?1 ORDER BY t.start, t.id",
               PARAMS (group_id), WATCH (SR_ENTITY_SESSION));
}

GListModel *
sr_store_list_attendance (SrStore    *self,
                          const char *session_id)
{
  return list (self, SR_TYPE_ATTENDANCE,
               "JOIN clients c ON c.id = t.client_id"
               " WHERE t.session_id = ?1 ORDER BY c.sort_key, t.id",
               PARAMS (session_id), WATCH (SR_ENTITY_ATTENDANCE, SR_ENTITY_CLIENT));
}

GListModel *
sr_store_list_group_attendance (SrStore    *self,
                                const char *group_id)
{
  return list (self, SR_TYPE_ATTENDANCE,
               "JOIN sessions s ON s.id = t.session_id JOIN clients c ON c.id = t.client_id"
               " WHERE s.group_id = ?1 ORDER BY s.start, s.id, c.sort_key, t.id",
               PARAMS (group_id), WATCH (SR_ENTITY_ATTENDANCE, SR_ENTITY_SESSION,
                                         SR_ENTITY_CLIENT));
}

GListModel *
sr_store_list_feedback (SrStore    *self,
                        const char *session_id)
{
  return list (self, SR_TYPE_FEEDBACK,
               "WHERE t.session_id = ?1 ORDER BY t.created_at, t.id",
               PARAMS (session_id), WATCH (SR_ENTITY_FEEDBACK));
}

GListModel *
sr_store_list_audit (SrStore    *self,
                     const char *client_id,
                     SrAuditLog  log,
                     GDateTime  *since)
{
  g_autofree char *since_text = since ? format_datetime (since) : g_strdup ("");

  return list (self, SR_TYPE_AUDIT_ENTRY,
               "WHERE t.client_id = ?1 AND t.log = ?2 AND t.time >= ?3"
               " ORDER BY t.seq DESC",
               PARAMS (client_id, sr_enum_to_nick (SR_TYPE_AUDIT_LOG, log), since_text),
               WATCH (SR_ENTITY_AUDIT));
}

/* Object ------------------------------------------------------------------------ */

static void
sr_store_finalize (GObject *object)
{
  SrStore *self = SR_STORE (object);

  rollback (self);
  g_clear_pointer (&self->readers, g_ptr_array_unref); /* closes them */
  g_mutex_clear (&self->readers_lock);
  g_clear_pointer (&self->statements, g_hash_table_unref); /* finalizes the statements */
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->current_worker, g_free);

  G_OBJECT_CLASS (sr_store_parent_class)->finalize (object);
}

static void
sr_store_class_init (SrStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sr_store_finalize;

  /**
   * SrStore::changed:
   * @entity_type: an SR_ENTITY_* name
   * @id: the record's id
   *
   * A record was created, changed or deleted; emitted after COMMIT.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
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
