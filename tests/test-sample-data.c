/* test-sample-data.c: the sample data generator and the store's batches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The generated data is read back with plain SQL on a read-only connection
 * (table and column names from the record types), so the checks do not
 * depend on the store's own list models. Nothing is printed: the data is
 * fictitious, but it looks personal.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "sr-client-list.h"
#include "sr-client.h"
#include "sr-group.h"
#include "sr-hetu.h"
#include "sr-meeting.h"
#include "sr-needs-assessment.h"
#include "sr-network-contact.h"
#include "sr-period.h"
#include "sr-plan-lists.h"
#include "sr-plan.h"
#include "sr-record-private.h"
#include "sr-rules.h"
#include "sr-sample-data.h"
#include "sr-store-private.h"
#include "sr-worker.h"

/* A Monday; the data is made around it. */
#define TODAY "2026-03-16"

typedef struct
{
  char    *dir;
  char    *path;
  SrStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sr-sample-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "socrehab.db", NULL);
  f->store = sr_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static sqlite3 *
open_reader (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  return db;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The values of the first column of every row. */
static GPtrArray *
query_column (sqlite3    *db,
              const char *sql)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (values, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  return values;
}

static gboolean
contains (GPtrArray  *values,
          const char *value)
{
  for (guint i = 0; i < values->len; i++)
    if (g_strcmp0 (values->pdata[i], value) == 0)
      return TRUE;
  return FALSE;
}

static void
options_for_test (SrSampleOptions *options,
                  guint            n_clients,
                  guint32          seed)
{
  sr_sample_options_init (options);
  options->n_clients = n_clients;
  options->seed = seed;
  options->today = TODAY;
}

static void
generate (Fixture               *f,
          const SrSampleOptions *options)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sr_sample_data_generate (f->store, options, &error));
  g_assert_no_error (error);
}

/* Batches ------------------------------------------------------------------- */

static void
on_committed_cb (SrStore   *store,
                 SrChanges *changes,
                 guint     *n_changed)
{
  *n_changed += sr_changes_get_n_changes (changes);
}

static char *
save_worker (SrStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Testi Työntekijä");

  g_assert_true (sr_store_save_worker (store, worker, &error));
  g_assert_no_error (error);
  sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
  return g_strdup (sr_record_get_id (SR_RECORD (worker)));
}

/* Saves three clients in a batch; returns their ids. */
static GPtrArray *
save_clients_in_batch (SrStore *store,
                       guint   *n_changed)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_assert_true (sr_store_begin_batch (store, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SrClient) client = sr_client_new ("Aino", "Äijälä");

      g_assert_true (sr_store_save_client (store, client, &error));
      g_assert_no_error (error);
      /* The id is there at once, for the records that refer to it. */
      g_assert_nonnull (sr_record_get_id (SR_RECORD (client)));
      g_ptr_array_add (ids, g_strdup (sr_record_get_id (SR_RECORD (client))));
    }

  /* Nothing is announced before the commit. */
  g_assert_cmpuint (*n_changed, ==, 0);
  return ids;
}

static void
test_batch_commit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(SrStore) reopened = NULL;
  g_autofree char *worker_id = save_worker (f->store);
  guint n_changed = 0;

  g_signal_connect (f->store, "committed", G_CALLBACK (on_committed_cb), &n_changed);
  ids = save_clients_in_batch (f->store, &n_changed);

  g_assert_true (sr_store_commit_batch (f->store, &error));
  g_assert_no_error (error);
  /* Each client and its audit row. */
  g_assert_cmpuint (n_changed, >=, ids->len);

  /* Committed for good: another connection sees all of them. */
  g_clear_object (&f->store);
  reopened = sr_store_open (f->path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SrClient) client = sr_store_get_client (reopened, ids->pdata[i], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (sr_client_get_last_name (client), ==, "Äijälä");
    }
  g_assert_true (sr_store_verify_audit_chain (reopened, NULL, &error));
  g_assert_no_error (error);
}

static void
test_batch_rollback (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(SrStore) reopened = NULL;
  g_autofree char *worker_id = save_worker (f->store);
  guint n_changed = 0;

  g_signal_connect (f->store, "committed", G_CALLBACK (on_committed_cb), &n_changed);
  ids = save_clients_in_batch (f->store, &n_changed);
  sr_store_rollback_batch (f->store);
  g_assert_cmpuint (n_changed, ==, 0);

  /* The store still writes normally afterwards. */
  {
    g_autoptr(SrClient) later = sr_client_new ("Åsa", "Zilliacus");

    g_assert_true (sr_store_save_client (f->store, later, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_changed, >, 0);
  }

  g_clear_object (&f->store);
  reopened = sr_store_open (f->path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SrClient) client = sr_store_get_client (reopened, ids->pdata[i], &error);

      g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND);
      g_assert_null (client);
      g_clear_error (&error);
    }
  g_assert_true (sr_store_verify_audit_chain (reopened, NULL, &error));
  g_assert_no_error (error);
}

/* A failed save inside a batch rolls back alone; the batch goes on. */
static void
test_batch_failed_save (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) first = sr_client_new ("Väinö", "Östman");
  g_autoptr(SrClient) duplicate = sr_client_new ("Örjan", "Åberg");
  g_autoptr(SrClient) after = sr_client_new ("Stina", "Zetterberg");
  g_autoptr(SrStore) reopened = NULL;
  g_autofree char *worker_id = save_worker (f->store);
  g_autofree char *code = sr_hetu_compute_check ("010190", '-', 901);
  sqlite3 *db;

  g_object_set (first, "identity-code", code, NULL);
  g_object_set (duplicate, "identity-code", code, NULL);

  g_assert_true (sr_store_begin_batch (f->store, &error));
  g_assert_true (sr_store_save_client (f->store, first, &error));
  g_assert_no_error (error);
  g_assert_false (sr_store_save_client (f->store, duplicate, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_true (sr_store_save_client (f->store, after, &error));
  g_assert_no_error (error);
  g_assert_true (sr_store_commit_batch (f->store, &error));
  g_assert_no_error (error);

  g_clear_object (&f->store);
  reopened = sr_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (sr_store_verify_audit_chain (reopened, NULL, &error));
  g_assert_no_error (error);

  db = open_reader (f->path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients"), ==, 2);
  sqlite3_close (db);
}

/* Generated data ------------------------------------------------------------ */

static const char *
table_of (GType type)
{
  return sr_record_type_get_info (type)->table;
}

static void
test_generate_identity_codes (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) codes = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  SrSampleOptions options;
  GDate today, oldest, youngest;
  sqlite3 *db;

  options_for_test (&options, 300, 1);
  generate (f, &options);

  g_date_clear (&today, 1);
  g_date_set_parse (&today, TODAY);
  g_assert_true (g_date_valid (&today));
  oldest = today;
  g_date_subtract_years (&oldest, 65);
  youngest = today;
  g_date_subtract_years (&youngest, 18);

  db = open_reader (f->path);
  codes = query_column (db, "SELECT identity_code FROM clients WHERE identity_code IS NOT NULL");
  g_assert_cmpuint (codes->len, >, 250);

  for (guint i = 0; i < codes->len; i++)
    {
      g_autoptr(GError) error = NULL;
      const char *code = codes->pdata[i];
      SrHetuInfo info;

      g_assert_true (sr_hetu_validate (code, &info, &error));
      g_assert_no_error (error);
      /* Fictitious people only. */
      g_assert_cmpuint (info.individual_number, >=, 900);
      g_assert_cmpuint (info.individual_number, <=, 999);
      g_assert_true (info.temporary);
      /* Working-age adults: 18–64 on the day the data is made around. */
      g_assert_cmpint (g_date_compare (&info.birth_date, &oldest), >, 0);
      g_assert_cmpint (g_date_compare (&info.birth_date, &youngest), <=, 0);
      g_assert_true (g_hash_table_add (seen, (gpointer) code));
    }

  /* Phones in the fictitious-looking range, e-mail at the example domains. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE phone IS NOT NULL"
                                  " AND phone NOT GLOB '040 555[0-9][0-9][0-9][0-9]'"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE email IS NOT NULL"
                                  " AND email NOT LIKE '%@example.org'"
                                  " AND email NOT LIKE '%@example.fi'"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM workers"
                                  " WHERE email NOT LIKE '%@example.fi'"), ==, 0);
  sqlite3_close (db);
}

static void
test_generate_names (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) names = NULL;
  SrSampleOptions options;
  gboolean umlaut = FALSE, ring = FALSE, late = FALSE;
  sqlite3 *db;

  options_for_test (&options, 0, 2);
  generate (f, &options);

  db = open_reader (f->path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients"), ==, SR_SAMPLE_DEMO_CLIENTS);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE language = 'fi'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE language = 'sv'"), >, 0);
  /* Municipalities in the client's language. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients WHERE language = 'sv'"
                                  " AND municipality IN ('Espoo', 'Lohja', 'Raasepori')"), ==, 0);

  /* Names that test the Finnish/Swedish sort: Å Ä Ö, and names near Z. */
  names = query_column (db, "SELECT coalesce (first_name, '') || ' ' || coalesce (last_name, '')"
                            " FROM clients");
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = names->pdata[i];

      umlaut |= strstr (name, "Ä") != NULL || strstr (name, "Ö") != NULL
                || strstr (name, "ä") != NULL || strstr (name, "ö") != NULL;
      ring |= strstr (name, "Å") != NULL || strstr (name, "å") != NULL;
      late |= strstr (name, " Z") != NULL || strstr (name, " Y") != NULL
              || strstr (name, " Å") != NULL || strstr (name, " Ä") != NULL
              || strstr (name, " Ö") != NULL;
    }
  g_assert_true (umlaut);
  g_assert_true (ring);
  g_assert_true (late);

  /* A client plan is in one language: no goal text of a Swedish-speaking
   * client is also a Finnish-speaking client's. */
  g_assert_cmpint (query_int (db,
                              "SELECT count(*) FROM goals g"
                              " JOIN plans p ON p.id = g.plan_id"
                              " JOIN periods e ON e.id = p.period_id"
                              " JOIN clients c ON c.id = e.client_id"
                              " WHERE c.language = 'sv' AND g.text IN"
                              " (SELECT g2.text FROM goals g2 JOIN plans p2 ON p2.id = g2.plan_id"
                              "  JOIN periods e2 ON e2.id = p2.period_id"
                              "  JOIN clients c2 ON c2.id = e2.client_id"
                              "  WHERE c2.language = 'fi')"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM goals g JOIN plans p ON p.id = g.plan_id"
                                  " JOIN periods e ON e.id = p.period_id"
                                  " JOIN clients c ON c.id = e.client_id"
                                  " WHERE c.language = 'sv'"), >, 0);
  sqlite3_close (db);
}

static void
test_generate_periods (Fixture       *f,
                       gconstpointer  data)
{
  static const char * const phases[] = { "assessment", "planning", "active", "closing", "closed" };
  g_autoptr(GPtrArray) present = NULL;
  g_autoptr(GPtrArray) valid_to = NULL;
  SrSampleOptions options;
  GDate today;
  guint expiring = 0;
  sqlite3 *db;

  options_for_test (&options, 0, 3);
  generate (f, &options);

  db = open_reader (f->path);
  present = query_column (db, "SELECT DISTINCT phase FROM periods");
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    g_assert_true (contains (present, phases[i]));

  /* Every period has a decision under SHL 17 §, numbered like SOS/2026/1234. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM periods WHERE decision_number IS NULL"
                                  " OR decision_number NOT GLOB 'SOS/20[0-9][0-9]/[0-9][0-9][0-9][0-9]'"
                                  " OR legal_basis <> 'SHL 17 §' OR decision_valid_to IS NULL"),
                   ==, 0);
  /* Closed periods have an actual end and a reason, open ones neither. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM periods WHERE (phase = 'closed')"
                                  " <> (actual_end IS NOT NULL)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM periods WHERE phase = 'closed'"
                                  " AND closing_reason IN ('none', NULL)"), ==, 0);

  /* Some decisions of open periods end within 30 days. */
  g_date_clear (&today, 1);
  g_date_set_parse (&today, TODAY);
  valid_to = query_column (db, "SELECT decision_valid_to FROM periods WHERE phase <> 'closed'");
  for (guint i = 0; i < valid_to->len; i++)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_parse (&date, valid_to->pdata[i]);
      g_assert_true (g_date_valid (&date));
      if (sr_rules_decision_expiring (&date, &today, NULL))
        expiring++;
    }
  g_assert_cmpuint (expiring, >, 0);
  g_assert_cmpuint (expiring, <, valid_to->len);

  /* Needs assessments with life areas, domains and referrals. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM needs_assessments"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM needs_assessments"
                                  " WHERE life_areas LIKE '%family-housing%'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM needs_assessments"
                                  " WHERE capacity_domains LIKE '%psychological%'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM referrals"), >, 0);
  /* Orientations and network contacts. */
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT orientation) FROM periods"), >=, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM network_contacts"), >, 0);
  sqlite3_close (db);
}

static void
test_generate_plans (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reviewed = NULL;
  SrSampleOptions options;
  sqlite3 *db;

  options_for_test (&options, 0, 4);
  generate (f, &options);

  db = open_reader (f->path);
  /* Every plan version has 2–4 goals, each with all five levels. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plans"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM (SELECT p.id, count(g.id) AS n"
                                  " FROM plans p LEFT JOIN goals g ON g.plan_id = p.id"
                                  " GROUP BY p.id) WHERE n < 2 OR n > 4"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM goals WHERE level_minus_2 IS NULL"
                                  " OR level_minus_1 IS NULL OR level_0 IS NULL"
                                  " OR level_plus_1 IS NULL OR level_plus_2 IS NULL"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM goals WHERE baseline = -1"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM goals WHERE baseline = -2"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM goals WHERE weighted = 1"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plans WHERE version = 2"), >, 0);

  /* Reviews rate every goal, so each has a T-score. */
  reviewed = query_column (db, "SELECT r.id FROM reviews r");
  g_assert_cmpuint (reviewed->len, >, 0);
  sqlite3_close (db);

  for (guint i = 0; i < reviewed->len; i++)
    {
      g_autoptr(SrReview) review = sr_store_get_review (f->store, reviewed->pdata[i], &error);
      g_autofree char *plan_id = NULL;
      double t = 0;

      g_assert_no_error (error);
      g_object_get (review, "plan-id", &plan_id, NULL);
      g_assert_true (sr_store_plan_t_score (f->store, plan_id, reviewed->pdata[i],
                                            0.3, &t, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (t, >, 20.0);
      g_assert_cmpfloat (t, <, 80.0);
    }
}

static GDateTime *
noon_of_today (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Helsinki");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new (tz != NULL ? tz : utc, 2026, 3, 16, 12, 0, 0);
}

static GDateTime *
column_datetime (sqlite3_stmt *stmt,
                 int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
}

static void
test_generate_meetings (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const statuses[] = {
    "planned", "held", "cancelled-by-client", "cancelled-by-worker", "no-show",
  };
  g_autoptr(GDateTime) now = noon_of_today ();
  g_autoptr(GDateTime) now_utc = g_date_time_to_utc (now);
  g_autofree char *now_text = g_date_time_format (now_utc, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *sql = NULL;
  g_autoptr(GPtrArray) present = NULL;
  SrSampleOptions options;
  sqlite3_stmt *stmt = NULL;
  guint flagged = 0, active = 0;
  sqlite3 *db;

  options_for_test (&options, 0, 5);
  generate (f, &options);

  db = open_reader (f->path);
  present = query_column (db, "SELECT DISTINCT status FROM meetings");
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    g_assert_true (contains (present, statuses[i]));
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT place_type) FROM meetings"), >=, 5);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT kind) FROM meetings"), ==, 4);

  /* The past three months and the next month, in past or future tense. */
  sql = g_strdup_printf ("SELECT count(*) FROM meetings WHERE start < '2025-12-14'"
                         " OR start > '2026-04-16T23:59:59Z'"
                         " OR (start < '%s' AND status = 'planned')"
                         " OR (start >= '%s' AND status IN ('held', 'no-show'))",
                         now_text, now_text);
  g_assert_cmpint (query_int (db, sql), ==, 0);
  g_clear_pointer (&sql, g_free);

  /* The cadence rule over each active period's client: some are flagged on
   * purpose, most are not. */
  sql = g_strdup_printf ("SELECT"
                         " (SELECT max (start) FROM meetings m WHERE m.client_id = p.client_id"
                         "  AND m.status IN ('held', 'planned') AND m.start < ?1),"
                         " (SELECT min (start) FROM meetings m WHERE m.client_id = p.client_id"
                         "  AND m.status = 'planned' AND m.start >= ?1)"
                         " FROM periods p WHERE p.phase = 'active'");
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, now_text, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GDateTime) last = column_datetime (stmt, 0);
      g_autoptr(GDateTime) next = column_datetime (stmt, 1);

      active++;
      if (sr_rules_cadence_flagged (TRUE, last, next, now))
        flagged++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (flagged, >=, 1);
  g_assert_cmpuint (flagged, <, active / 2);
  sqlite3_close (db);
}

static void
test_generate_groups (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const statuses[] = {
    "not-recorded", "present", "partly-present", "absent-notified", "no-show",
  };
  g_autoptr(GPtrArray) present = NULL;
  g_autoptr(GDateTime) now = noon_of_today ();
  g_autoptr(GDateTime) now_utc = g_date_time_to_utc (now);
  g_autofree char *now_text = g_date_time_format (now_utc, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *sql = NULL;
  SrSampleOptions options;
  sqlite3 *db;

  g_assert_cmpstr (sr_enum_to_nick (SR_TYPE_ATTENDANCE_STATUS, SR_ATTENDANCE_NOT_RECORDED),
                   ==, statuses[0]);

  options_for_test (&options, 0, 6);
  generate (f, &options);

  db = open_reader (f->path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM groups"), >=, 4);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM groups WHERE co_leaders IS NOT NULL"),
                   >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT methods) FROM groups"), >=, 4);

  present = query_column (db, "SELECT DISTINCT status FROM attendance");
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    g_assert_true (contains (present, statuses[i]));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attendance WHERE status = 'partly-present'"
                                  " AND (minutes <= 0 OR reason IS NULL)"), ==, 0);

  /* Attendance only for held past sessions, and only of the group's members. */
  sql = g_strdup_printf ("SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id"
                         " WHERE s.status <> 'held' OR s.start >= '%s'", now_text);
  g_assert_cmpint (query_int (db, sql), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attendance a"
                                  " JOIN sessions s ON s.id = a.session_id"
                                  " WHERE NOT EXISTS (SELECT 1 FROM memberships m"
                                  "  WHERE m.group_id = s.group_id AND m.client_id = a.client_id)"),
                   ==, 0);
  /* Past sessions held or cancelled, future ones planned. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM sessions WHERE (start < '%s' AND status = 'planned')"
                         " OR (start >= '%s' AND status = 'held')", now_text, now_text);
  g_assert_cmpint (query_int (db, sql), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sessions WHERE status = 'cancelled'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM memberships WHERE left IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM feedback"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM feedback WHERE anonymous = 1"
                                  " AND client_id IS NOT NULL"), ==, 0);
  sqlite3_close (db);
}

/* Everything went through the store: validations, audit rows, the chain. */
static void
test_generate_audited (Fixture       *f,
                       gconstpointer  data)
{
  static GType (* const types[]) (void) = {
    sr_worker_get_type, sr_client_get_type, sr_period_get_type, sr_needs_assessment_get_type,
    sr_referral_get_type, sr_plan_get_type, sr_goal_get_type, sr_review_get_type,
    sr_goal_rating_get_type, sr_meeting_get_type, sr_network_contact_get_type,
    sr_group_get_type, sr_membership_get_type, sr_session_get_type, sr_attendance_get_type,
    sr_feedback_get_type,
  };
  g_autoptr(GError) error = NULL;
  SrSampleOptions options;
  gint64 rows = 0;
  sqlite3 *db;

  options_for_test (&options, 0, 7);
  generate (f, &options);
  g_assert_nonnull (sr_store_get_current_worker (f->store));
  g_assert_true (sr_store_verify_audit_chain (f->store, NULL, &error));
  g_assert_no_error (error);

  db = open_reader (f->path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table_of (types[i]()));
      gint64 n = query_int (db, sql);

      g_assert_cmpint (n, >, 0);
      rows += n;
    }
  /* A created-row in the use log for each, and a few changes. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'create'"),
                   >=, rows);
  sqlite3_close (db);
}

/* A digest of the data without ids, references and timestamps: what the seed
 * decides. */
static char *
content_digest (const char *path)
{
  static GType (* const types[]) (void) = {
    sr_worker_get_type, sr_client_get_type, sr_period_get_type, sr_needs_assessment_get_type,
    sr_referral_get_type, sr_plan_get_type, sr_goal_get_type, sr_review_get_type,
    sr_goal_rating_get_type, sr_meeting_get_type, sr_network_contact_get_type,
    sr_group_get_type, sr_membership_get_type, sr_session_get_type, sr_attendance_get_type,
    sr_feedback_get_type,
  };
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3 *db = open_reader (path);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      const SrRecordInfo *info = sr_record_type_get_info (types[t] ());
      g_autoptr(GString) sql = g_string_new ("SELECT ");
      sqlite3_stmt *stmt = NULL;
      guint n_columns = 0;

      for (guint i = 0; i < info->n_fields; i++)
        {
          if (info->fields[i].kind == SR_FIELD_REF || info->fields[i].kind == SR_FIELD_STRV)
            continue;
          g_string_append_printf (sql, "%squote (%s)", n_columns++ > 0 ? " || '|' || " : "",
                                  info->columns[i]);
        }
      g_string_append_printf (sql, " AS r FROM %s ORDER BY r", info->table);

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *row = (const char *) sqlite3_column_text (stmt, 0);

          g_checksum_update (checksum, (const guchar *) row, -1);
          g_checksum_update (checksum, (const guchar *) "\n", 1);
        }
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);
  return g_strdup (g_checksum_get_string (checksum));
}

static void
test_determinism (void)
{
  static const guint32 seeds[3] = { 42, 42, 43 };
  char *digests[3] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      Fixture f = { NULL };
      SrSampleOptions options;

      fixture_set_up (&f, NULL);
      options_for_test (&options, 80, seeds[i]);
      generate (&f, &options);
      g_clear_object (&f.store);
      digests[i] = content_digest (f.path);
      fixture_tear_down (&f, NULL);
    }

  g_assert_cmpstr (digests[0], ==, digests[1]);
  g_assert_cmpstr (digests[0], !=, digests[2]);
  for (guint i = 0; i < G_N_ELEMENTS (digests); i++)
    g_free (digests[i]);
}

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

/* Given volumes are met: exactly, or for attendance within a group's worth. */
static void
test_volumes (Fixture       *f,
              gconstpointer  data)
{
  SrSampleOptions options;
  double progress = 0;
  gint64 attendance;
  sqlite3 *db;

  options_for_test (&options, 400, 8);
  options.n_periods = 700;
  options.n_meetings = 9000;
  options.n_groups = 12;
  options.n_sessions = 700;
  options.n_attendance = 5000;
  options.history_days = 365;
  options.progress = on_progress_cb;
  options.progress_data = &progress;
  generate (f, &options);
  g_assert_cmpfloat (progress, ==, 1.0);

  db = open_reader (f->path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM clients"), ==, 400);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM periods"), ==, 700);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM meetings"), ==, 9000);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM groups"), ==, 12);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sessions"), ==, 700);
  attendance = query_int (db, "SELECT count(*) FROM attendance");
  g_assert_cmpint (attendance, >, 5000 * 85 / 100);
  g_assert_cmpint (attendance, <, 5000 * 115 / 100);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM meetings WHERE start < '2025-03-15'"),
                   ==, 0);
  sqlite3_close (db);
}

static void
test_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrStore) store = sr_sample_data_open_demo (&error);
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_nonnull (sr_store_get_current_worker (store));
  path = g_strdup (sr_store_get_path (store));
  dir = g_path_get_dirname (path);

  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_clear_object (&store);
  g_assert_true (sr_sample_data_remove_demo (path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gboolean   *changed)
{
  *changed = TRUE;
}

/* Made around the real today, the demo's flags show in the client list. */
static void
test_demo_needs_attention (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SrClientList) list = NULL;
  SrSampleOptions options;
  gboolean changed = FALSE;
  gint64 deadline;

  sr_sample_options_init (&options);
  generate (f, &options);

  list = sr_client_list_new (f->store);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changed);
  sr_client_list_set_filter (list, SR_CLIENT_FILTER_NEEDS_ATTENTION);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((sr_client_list_get_loading (list) || g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (changed);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <, SR_SAMPLE_DEMO_CLIENTS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/sample-data/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("batch/commit", test_batch_commit);
  ADD ("batch/rollback", test_batch_rollback);
  ADD ("batch/failed-save", test_batch_failed_save);
  ADD ("generate/identity-codes", test_generate_identity_codes);
  ADD ("generate/names", test_generate_names);
  ADD ("generate/periods", test_generate_periods);
  ADD ("generate/plans", test_generate_plans);
  ADD ("generate/meetings", test_generate_meetings);
  ADD ("generate/groups", test_generate_groups);
  ADD ("generate/audited", test_generate_audited);
  ADD ("generate/volumes", test_volumes);
  ADD ("demo/needs-attention", test_demo_needs_attention);
  g_test_add_func ("/sample-data/generate/determinism", test_determinism);
  g_test_add_func ("/sample-data/demo/open-remove", test_demo);

#undef ADD

  return g_test_run ();
}
