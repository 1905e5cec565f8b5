/* sr-schema.c: the schema and its migrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing in this file may print personal data: errors name tables and
 * columns, never values, and the audit log holds ids only.
 */

#define G_LOG_DOMAIN "sr-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-store-internal.h"

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

gboolean
sr_schema_migrate (sqlite3     *db,
                   int          target,
                   GError     **error)
{
  gint64 version = 0;

  if (!sr_sqlite_query_int (db, "PRAGMA user_version", &version, error))
    return FALSE;

  for (int v = (int) version; v < target; v++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", v + 1);

      if (!sr_sqlite_exec (db, "BEGIN IMMEDIATE", error))
        return FALSE;

      if (!sr_sqlite_exec (db, migrations[v], error)
          || (v == 0 && !sr_sqlite_exec (db, "PRAGMA application_id = "
                                         G_STRINGIFY (SR_STORE_APPLICATION_ID), error))
          || !sr_sqlite_exec (db, set_version, error)
          || !sr_sqlite_exec (db, "COMMIT", error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          g_prefix_error (error, _("Could not update the database to version %d: "), v + 1);
          return FALSE;
        }
    }

  return TRUE;
}
