/* test-store.c: opening, refusing, CRUD, validation and backups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fictitious people only: identity codes with individual numbers 900–999.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-group-lists.h"
#include "sr-group.h"
#include "sr-meeting-lists.h"
#include "sr-meeting.h"
#include "sr-needs-assessment.h"
#include "sr-network-contact.h"
#include "sr-period.h"
#include "sr-plan-lists.h"
#include "sr-plan.h"
#include "sr-store-private.h"
#include "sr-worker.h"

typedef struct
{
  char    *dir;
  char    *path;
  SrStore *store;
  char    *worker_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = NULL;

  f->dir = g_dir_make_tmp ("sr-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "db", "socrehab.db", NULL);
  f->store = sr_store_open (f->path, &error);
  g_assert_no_error (error);

  worker = sr_worker_new ("Testi Työntekijä");
  g_assert_true (sr_store_save_worker (f->store, worker, &error));
  g_assert_no_error (error);
  f->worker_id = g_strdup (sr_record_get_id (SR_RECORD (worker)));
  sr_store_set_current_worker (f->store, f->worker_id);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->worker_id);
}

static SrClient *
save_client (Fixture    *f,
             const char *first,
             const char *last,
             const char *code)
{
  g_autoptr(GError) error = NULL;
  SrClient *client = sr_client_new (first, last);

  g_object_set (client, "identity-code", code, NULL);
  g_assert_true (sr_store_save_client (f->store, client, &error));
  g_assert_no_error (error);

  return client;
}

static void
test_file_modes (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  GStatBuf st;

  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  if (g_stat (wal, &st) == 0)
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (sr_store_get_schema_version (f->store), ==, SR_STORE_SCHEMA_VERSION);
}

static void
test_client_crud (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = save_client (f, "Matti", "Virtanen", " 010190-900p ");
  g_autoptr(SrClient) loaded = NULL;
  g_autoptr(SrClient) stale = NULL;
  const char *id = sr_record_get_id (SR_RECORD (client));

  g_assert_nonnull (id);
  g_assert_cmpint (sr_record_get_revision (SR_RECORD (client)), ==, 1);
  /* Normalised, and the birth date comes from the code. */
  g_assert_cmpstr (sr_client_get_identity_code (client), ==, "010190-900P");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (client), "birth-date"), ==, "1990-01-01");

  loaded = sr_store_get_client (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sr_client_get_last_name (loaded), ==, "Virtanen");
  g_assert_nonnull (sr_record_get_created_at (SR_RECORD (loaded)));

  stale = sr_store_get_client (f->store, id, &error);
  g_object_set (loaded, "phone", "040 000 0000", "language", SR_LANGUAGE_SV, NULL);
  g_assert_true (sr_store_save_client (f->store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sr_record_get_revision (SR_RECORD (loaded)), ==, 2);

  /* A copy read before that change may not overwrite it. */
  g_object_set (stale, "phone", "050 000 0000", NULL);
  g_assert_false (sr_store_save_client (f->store, stale, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  g_clear_object (&stale);
  stale = sr_store_get_client (f->store, id, &error);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stale), "phone"), ==, "040 000 0000");
  g_assert_true (sr_record_get_boolean (SR_RECORD (stale), "archived") == FALSE);

  g_assert_true (sr_store_archive_client (f->store, id, TRUE, &error));
  g_clear_object (&stale);
  stale = sr_store_get_client (f->store, id, &error);
  g_assert_true (sr_client_get_archived (stale));

  /* No periods: it may be deleted as a mistake. */
  g_assert_true (sr_store_delete_client (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_null (sr_store_get_client (f->store, id, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND);
}

static gint64
count (SrStore    *store,
       const char *sql)
{
  sqlite3_stmt *stmt = sr_store_prepare (store, sql, NULL);
  gint64 n;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
test_client_validation (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) bad = sr_client_new ("Maija", "Meikäläinen");
  g_autoptr(SrClient) first = save_client (f, "Maija", "Meikäläinen", "020290-9016");
  g_autoptr(SrClient) dup = sr_client_new ("Toinen", "Henkilö");

  /* Wrong check character: refused and nothing saved. */
  g_object_set (bad, "identity-code", "020290-9017", NULL);
  g_assert_false (sr_store_save_client (f->store, bad, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (sr_record_get_id (SR_RECORD (bad)));
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM clients"), ==, 1);

  g_object_set (dup, "identity-code", "020290-9016", NULL);
  g_assert_false (sr_store_save_client (f->store, dup, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM clients"), ==, 1);

  /* Without a worker nothing can be written. */
  sr_store_set_current_worker (f->store, NULL);
  g_object_set (dup, "identity-code", NULL, NULL);
  g_assert_false (sr_store_save_client (f->store, dup, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NO_WORKER);
}

static void
test_period_and_plan (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = save_client (f, "Åke", "Åberg", NULL);
  const char *client_id = sr_record_get_id (SR_RECORD (client));
  g_autoptr(SrPeriod) period = sr_period_new (client_id, "2024-03-01");
  g_autoptr(SrPeriod) loaded = NULL;
  g_autoptr(SrPlan) plan = NULL;
  g_autoptr(SrPlan) v2 = NULL;
  g_autoptr(SrReview) review = NULL;
  g_autoptr(SrNeedsAssessment) assessment = NULL;
  g_autoptr(SrNeedsAssessment) assessment2 = NULL;
  g_autofree char *note = NULL;
  const int levels[3] = { 1, 0, -1 };
  double t = 0;

  g_object_set (period, "planned-end", "2024-02-01", NULL);
  g_assert_false (sr_store_save_period (f->store, period, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (period, "planned-end", "2024-09-01", "phase", SR_PHASE_ACTIVE,
                "decision-valid-to", "2024-09-01", NULL);
  g_assert_true (sr_store_save_period (f->store, period, &error));
  g_assert_no_error (error);
  loaded = sr_store_get_period (f->store, sr_record_get_id (SR_RECORD (period)), &error);
  g_assert_cmpint (sr_period_get_phase (loaded), ==, SR_PHASE_ACTIVE);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (loaded), "legal-basis"), ==, "SHL 17 §");

  /* The client now has a period: deleting is refused, archiving is the way. */
  g_assert_false (sr_store_delete_client (f->store, client_id, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  assessment = sr_needs_assessment_new (sr_record_get_id (SR_RECORD (period)));
  sr_needs_assessment_set_life_area (assessment, SR_LIFE_AREA_FAMILY_HOUSING, 2, "asunto");
  sr_needs_assessment_set_domain_rating (assessment, SR_CAPACITY_DOMAIN_SOCIAL, 3, NULL);
  g_assert_true (sr_store_save_needs_assessment (f->store, assessment, &error));
  assessment2 = sr_store_get_needs_assessment (f->store,
                                               sr_record_get_id (SR_RECORD (assessment)), &error);
  g_assert_cmpint (sr_needs_assessment_get_life_area (assessment2, SR_LIFE_AREA_FAMILY_HOUSING,
                                                      &note), ==, 2);
  g_assert_cmpstr (note, ==, "asunto");
  g_assert_cmpint (sr_needs_assessment_get_life_area (assessment2, SR_LIFE_AREA_MOBILITY, NULL),
                   ==, SR_NOT_ASSESSED);
  g_assert_cmpint (sr_needs_assessment_get_domain_rating (assessment2, SR_CAPACITY_DOMAIN_SOCIAL,
                                                          NULL), ==, 3);

  plan = sr_plan_new (sr_record_get_id (SR_RECORD (period)));
  g_assert_true (sr_store_save_plan (f->store, plan, &error));
  g_assert_cmpint (sr_plan_get_version (plan), ==, 1);

  review = sr_review_new (sr_record_get_id (SR_RECORD (plan)), "2024-06-01");
  g_assert_true (sr_store_save_review (f->store, review, &error));

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SrGoal) goal = sr_goal_new (sr_record_get_id (SR_RECORD (plan)), "Tavoite");
      g_autoptr(SrGoalRating) rating = NULL;

      g_object_set (goal, "position", i, "means", SR_MEANS_COUNSELLING | SR_MEANS_GROUP_ACTIVITY,
                    NULL);
      g_assert_true (sr_store_save_goal (f->store, goal, &error));
      g_assert_no_error (error);
      rating = sr_goal_rating_new (sr_record_get_id (SR_RECORD (review)),
                                   sr_record_get_id (SR_RECORD (goal)), levels[i]);
      g_assert_true (sr_store_save_goal_rating (f->store, rating, &error));
      g_assert_no_error (error);
    }

  /* Three unweighted goals at −1: 36.3069; rated (1, 0, −1): 50. */
  g_assert_true (sr_store_plan_t_score (f->store, sr_record_get_id (SR_RECORD (plan)), NULL, 0.3,
                                       &t, &error));
  g_assert_cmpfloat_with_epsilon (t, 36.3069, 0.0001);
  g_assert_true (sr_store_plan_t_score (f->store, sr_record_get_id (SR_RECORD (plan)),
                                       sr_record_get_id (SR_RECORD (review)), 0.3, &t, &error));
  g_assert_cmpfloat_with_epsilon (t, 50.0, 0.0001);

  /* A bad baseline is refused. */
  {
    g_autoptr(SrGoal) goal = sr_goal_new (sr_record_get_id (SR_RECORD (plan)), "X");

    g_object_set (goal, "baseline", 0, NULL);
    g_assert_false (sr_store_save_goal (f->store, goal, &error));
    g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_object_set (goal, "baseline", -2, "weighted", TRUE, "importance", 4, NULL);
    g_assert_false (sr_store_save_goal (f->store, goal, &error));
    g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  v2 = sr_store_new_plan_version (f->store, sr_record_get_id (SR_RECORD (plan)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sr_plan_get_version (v2), ==, 2);
  {
    g_autoptr(GListModel) goals = sr_store_list_goals (f->store, sr_record_get_id (SR_RECORD (v2)));

    g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 3);
  }
}

static void
test_other_types (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = save_client (f, "Liisa", "Laine", NULL);
  const char *client_id = sr_record_get_id (SR_RECORD (client));
  g_autoptr(GDateTime) start = g_date_time_new_utc (2024, 5, 6, 9, 0, 0);
  g_autoptr(SrMeeting) meeting = sr_meeting_new (client_id, start, 60);
  g_autoptr(SrMeeting) meeting2 = NULL;
  g_autoptr(SrNetworkContact) contact = sr_network_contact_new (client_id, "TE-palvelut");
  g_autoptr(SrGroup) group = sr_group_new ("Keskiviikkoryhmä");
  g_autoptr(SrGroup) group2 = NULL;
  g_autoptr(SrMembership) membership = NULL;
  g_autoptr(SrSession) session = NULL;
  g_autoptr(SrFeedback) feedback = NULL;
  const char * const leaders[] = { f->worker_id, NULL };

  g_object_set (meeting, "place-type", SR_PLACE_PUBLIC, "status", SR_MEETING_STATUS_HELD, NULL);
  g_assert_true (sr_store_save_meeting (f->store, meeting, &error));
  meeting2 = sr_store_get_meeting (f->store, sr_record_get_id (SR_RECORD (meeting)), &error);
  g_assert_true (g_date_time_equal (sr_meeting_get_start (meeting2), start));
  g_assert_true (sr_store_save_network_contact (f->store, contact, &error));

  g_object_set (group, "leader-ids", leaders, "methods", SR_GROUP_METHOD_ART_BASED,
                "weekday", 3, "time", "13:00", NULL);
  g_assert_true (sr_store_save_group (f->store, group, &error));
  g_assert_no_error (error);
  group2 = sr_store_get_group (f->store, sr_record_get_id (SR_RECORD (group)), &error);
  {
    g_auto(GStrv) ids = NULL;

    g_object_get (group2, "leader-ids", &ids, NULL);
    g_assert_cmpstrv (ids, leaders);
  }

  membership = sr_membership_new (sr_record_get_id (SR_RECORD (group)), client_id, "2024-01-01");
  g_assert_true (sr_store_save_membership (f->store, membership, &error));
  session = sr_session_new (sr_record_get_id (SR_RECORD (group)), start);
  g_assert_true (sr_store_save_session (f->store, session, &error));
  g_assert_no_error (error);

  feedback = sr_feedback_new (sr_record_get_id (SR_RECORD (session)), 6);
  g_assert_false (sr_store_save_feedback (f->store, feedback, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (feedback, "rating", 5, "anonymous", TRUE, "client-id", client_id, NULL);
  g_assert_true (sr_store_save_feedback (f->store, feedback, &error));
  g_assert_null (sr_record_get_string (SR_RECORD (feedback), "client-id"));

  /* Meetings and contacts may be deleted; sessions are kept. */
  g_assert_true (sr_store_delete_meeting (f->store, sr_record_get_id (SR_RECORD (meeting)), &error));
  g_assert_true (sr_store_delete_network_contact (f->store, sr_record_get_id (SR_RECORD (contact)),
                                                  &error));
  g_assert_false (sr_store_delete (f->store, SR_RECORD (session), &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED);
}

static void
test_foreign_keys (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrPeriod) period = sr_period_new ("no-such-client", "2024-01-01");
  g_autoptr(SrClient) client = save_client (f, "Pekka", "Puu", NULL);
  g_autoptr(SrNetworkContact) contact = NULL;

  g_assert_false (sr_store_save_period (f->store, period, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f->store, "SELECT count (*) FROM periods"), ==, 0);

  /* A client others refer to cannot be deleted either. */
  contact = sr_network_contact_new (sr_record_get_id (SR_RECORD (client)), "Kela");
  g_assert_true (sr_store_save_network_contact (f->store, contact, &error));
  g_assert_false (sr_store_delete_client (f->store, sr_record_get_id (SR_RECORD (client)), &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_IN_USE);
}

/* Refusals: the file must be byte for byte what it was. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  gsize len_before, len_after;
  GStatBuf st_before, st_after;
  g_autoptr(SrStore) store = NULL;

  g_assert_true (g_file_get_contents (path, &before, &len_before, NULL));
  g_assert_cmpint (g_stat (path, &st_before), ==, 0);

  store = sr_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, SR_STORE_ERROR, code);
  g_assert_nonnull (error->message);

  g_assert_true (g_file_get_contents (path, &after, &len_after, NULL));
  g_assert_cmpint (g_stat (path, &st_after), ==, 0);
  g_assert_cmpmem (before, len_before, after, len_after);
  g_assert_cmpint (st_before.st_mtime, ==, st_after.st_mtime);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
make_raw_db (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_refusals (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sr-refuse-XXXXXX", &error);
  g_autofree char *newer = g_build_filename (dir, "newer.db", NULL);
  g_autofree char *foreign = g_build_filename (dir, "foreign.db", NULL);
  g_autofree char *garbage = g_build_filename (dir, "garbage.db", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(SrStore) store = NULL;

  {
    g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                            "CREATE TABLE x (a);", SR_STORE_APPLICATION_ID,
                                            SR_STORE_SCHEMA_VERSION + 1);

    make_raw_db (newer, sql);
  }
  assert_refused (newer, SR_STORE_ERROR_NEWER_VERSION);

  make_raw_db (foreign, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
  assert_refused (foreign, SR_STORE_ERROR_FOREIGN);

  g_assert_true (g_file_set_contents (garbage, "this is not a database, just some text that is"
                                      " long enough to be more than a hundred bytes long, and"
                                      " then some more text.", -1, NULL));
  assert_refused (garbage, SR_STORE_ERROR_CORRUPT);
  {
    g_autofree char *backups = sr_store_default_backup_dir ();

    store = sr_store_open (garbage, &error);
    g_assert_nonnull (strstr (error->message, backups));
    g_clear_error (&error);
  }

  /* An empty file is initialised. */
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  store = sr_store_open (empty, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sr_store_get_schema_version (store), ==, SR_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  remove_tree (dir);
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backups = g_build_filename (f->dir, "backups", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "socrehab-%Y-%m-%d.db");
  g_autofree char *today_path = g_build_filename (backups, today, NULL);
  g_autoptr(SrClient) client = save_client (f, "Varma", "Kopio", NULL);
  g_autoptr(GDir) dir = NULL;
  GStatBuf st;
  guint n = 0;

  g_assert_cmpint (g_mkdir (backups, 0755), ==, 0);
  for (guint i = 1; i <= 9; i++)
    {
      g_autofree char *name = g_strdup_printf ("socrehab-2020-01-%02u.db", i);
      g_autofree char *old = g_build_filename (backups, name, NULL);

      g_assert_true (g_file_set_contents (old, "old", -1, NULL));
    }

  g_assert_true (sr_store_backup_if_due (f->store, backups, 7, &error));
  g_assert_no_error (error);
  /* Once a day only. */
  g_assert_false (sr_store_backup_if_due (f->store, backups, 7, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (backups, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (today_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  dir = g_dir_open (backups, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n++;
  g_assert_cmpuint (n, ==, 7);
  g_assert_false (g_file_test (g_build_filename (backups, "socrehab-2020-01-03.db", NULL),
                               G_FILE_TEST_EXISTS));

  /* The backup is a SocRehab database with the data in it. */
  {
    g_autoptr(SrStore) copy = sr_store_open (today_path, &error);
    g_autoptr(SrClient) again = NULL;

    g_assert_no_error (error);
    again = sr_store_get_client (copy, sr_record_get_id (SR_RECORD (client)), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (sr_client_get_last_name (again), ==, "Kopio");
  }
}

static void
test_paths (void)
{
  g_autofree char *def = sr_store_default_path ();
  g_autofree char *cmd = NULL;
  g_autofree char *env = NULL;

  g_assert_true (g_str_has_suffix (def, "socrehab/socrehab.db"));
  g_setenv ("SOCREHAB_DATABASE", "/tmp/env.db", TRUE);
  cmd = sr_store_resolve_path ("/tmp/cmd.db");
  env = sr_store_resolve_path (NULL);
  g_assert_cmpstr (cmd, ==, "/tmp/cmd.db");
  g_assert_cmpstr (env, ==, "/tmp/env.db");
  g_unsetenv ("SOCREHAB_DATABASE");
}

static void
test_enum_nicks (void)
{
  /* The attendance nicks are the rules' storage identifiers. */
  for (int s = 0; s < SR_ATTENDANCE_N_STATUSES; s++)
    g_assert_cmpstr (sr_enum_to_nick (SR_TYPE_ATTENDANCE_STATUS, s), ==,
                     sr_attendance_status_to_string (s));
}

/* Workers and groups are listed in Finnish order (a key per row, made by
 * sr_sort_key () in SQL): V before W, Å Ä Ö after Z, a leading space moves
 * nothing. */
static void
test_list_order (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const workers[] = { "Öhman Eeva", "Wahl Anna", "Åberg Bo", "Virtanen Aino",
                                          "Zetterberg Ida", "Ärlig Ulf" };
  static const char * const sorted[] = { "Testi Työntekijä", "Virtanen Aino", "Wahl Anna",
                                         "Zetterberg Ida", "Åberg Bo", "Ärlig Ulf", "Öhman Eeva" };
  static const char * const groups[] = { "Öinen kävely", " Wilma", "Vesijumppa", "Äänet" };
  static const char * const sorted_groups[] = { "Vesijumppa", " Wilma", "Äänet", "Öinen kävely" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) worker_list = NULL;
  g_autoptr(GListModel) group_list = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (workers); i++)
    {
      g_autoptr(SrWorker) worker = sr_worker_new (workers[i]);

      g_assert_true (sr_store_save_worker (f->store, worker, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      g_autoptr(SrGroup) group = sr_group_new (groups[i]);

      g_assert_true (sr_store_save (f->store, SR_RECORD (group), &error));
      g_assert_no_error (error);
    }

  worker_list = sr_store_list_workers (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (worker_list), ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    {
      g_autoptr(SrWorker) worker = g_list_model_get_item (worker_list, i);

      g_assert_cmpstr (sr_worker_get_name (worker), ==, sorted[i]);
    }

  group_list = sr_store_list_groups (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (group_list), ==, G_N_ELEMENTS (sorted_groups));
  for (guint i = 0; i < G_N_ELEMENTS (sorted_groups); i++)
    {
      g_autoptr(SrRecord) group = g_list_model_get_item (group_list, i);

      g_assert_cmpstr (sr_record_get_string (group, "name"), ==, sorted_groups[i]);
    }
}

static void
on_committed_cb (SrStore    *store,
                 SrChanges  *changes,
                 GPtrArray  *emissions)
{
  g_ptr_array_add (emissions, sr_changes_ref (changes));
}

/* One ::committed per commit, naming every record written and the client it concerns, so
 * listeners refresh once per user action. */
static void
test_committed_once (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) emissions = g_ptr_array_new_with_free_func ((GDestroyNotify) sr_changes_unref);
  g_autoptr(SrClient) client = sr_client_new ("Aino", "Aalto");
  g_autoptr(SrPeriod) period = NULL;
  g_autoptr(SrPlan) plan = NULL;
  g_autoptr(SrGoal) first = NULL;
  g_autoptr(SrGoal) second = NULL;
  SrChanges *changes;
  const char *client_id;

  g_signal_connect (f->store, "committed", G_CALLBACK (on_committed_cb), emissions);

  /* A save: the record and its audit row, one emission. */
  g_assert_true (sr_store_save_client (f->store, client, &error));
  g_assert_no_error (error);
  client_id = sr_record_get_id (SR_RECORD (client));
  g_assert_cmpuint (emissions->len, ==, 1);
  changes = g_ptr_array_index (emissions, 0);
  g_assert_true (sr_changes_has_record (changes, SR_ENTITY_CLIENT, client_id));
  g_assert_true (sr_changes_has_entity (changes, SR_ENTITY_AUDIT));
  g_assert_true (sr_changes_concerns_client (changes, client_id));
  g_assert_false (sr_changes_concerns_client (changes, "someone-else"));

  period = sr_period_new (client_id, "2026-01-12");
  g_assert_true (sr_store_save_period (f->store, period, &error));
  plan = sr_plan_new (sr_record_get_id (SR_RECORD (period)));
  g_assert_true (sr_store_save_plan (f->store, plan, &error));
  g_assert_no_error (error);
  g_ptr_array_set_size (emissions, 0);

  /* A batch of two goals: one emission after the commit, none before; each goal is known
   * to be this client's, through its plan and period. */
  g_assert_true (sr_store_begin_batch (f->store, &error));
  first = sr_goal_new (sr_record_get_id (SR_RECORD (plan)), "Käy kaupassa itse");
  second = sr_goal_new (sr_record_get_id (SR_RECORD (plan)), "Osallistuu ryhmään");
  g_assert_true (sr_store_save_goal (f->store, first, &error));
  g_assert_true (sr_store_save_goal (f->store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (emissions->len, ==, 0);
  g_assert_true (sr_store_commit_batch (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (emissions->len, ==, 1);
  changes = g_ptr_array_index (emissions, 0);
  g_assert_true (sr_changes_has_record (changes, SR_ENTITY_GOAL, sr_record_get_id (SR_RECORD (first))));
  g_assert_true (sr_changes_has_record (changes, SR_ENTITY_GOAL, sr_record_get_id (SR_RECORD (second))));
  for (guint i = 0; i < sr_changes_get_n_changes (changes); i++)
    g_assert_cmpstr (sr_changes_get_client_id (changes, i), ==, client_id);

  /* A rolled-back batch announces nothing. */
  g_ptr_array_set_size (emissions, 0);
  g_assert_true (sr_store_begin_batch (f->store, &error));
  g_object_set (first, "text", "Käy kaupassa yksin", NULL);
  g_assert_true (sr_store_save_goal (f->store, first, &error));
  sr_store_rollback_batch (f->store);
  g_assert_cmpuint (emissions->len, ==, 0);

  /* The same record twice in one commit is one change. */
  {
    g_autoptr(SrChanges) set = sr_changes_new ();

    sr_changes_add (set, SR_ENTITY_GOAL, "g1", "c1");
    sr_changes_add (set, SR_ENTITY_GOAL, "g1", "c1");
    sr_changes_add (set, SR_ENTITY_WORKER, "w1", NULL);
    g_assert_cmpuint (sr_changes_get_n_changes (set), ==, 2);
    g_assert_true (sr_changes_concerns_client (set, "c1"));
    g_assert_false (sr_changes_concerns_client (set, NULL));
  }

  g_signal_handlers_disconnect_by_func (f->store, on_committed_cb, emissions);
}

static int
count_head_reads_cb (unsigned int  type,
                     void         *context,
                     void         *p,
                     void         *x)
{
  guint *counts = context;

  if (type == SQLITE_TRACE_STMT && x != NULL && !g_str_has_prefix (x, "--"))
    {
      counts[0]++;
      if (strstr (x, "FROM audit_log ORDER BY seq DESC") != NULL)
        counts[1]++;
      if (strstr (x, "SAVEPOINT") != NULL)
        counts[2]++;
    }
  return 0;
}

static guint
count_failed_uses (SrStore *store)
{
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_prepare_v2 (sr_store_get_db (store),
                                       "SELECT count(*) FROM audit_log WHERE success = 0",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
count_emissions_cb (SrStore   *store,
                    SrChanges *changes,
                    guint     *n)
{
  (*n)++;
}

/* A service's action: every save in one transaction without savepoints, the audit chain's
 * head read once, one ::committed; a failed save takes the whole action back, is logged on
 * its own, and the chain still verifies. */
static void
test_action (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) first = sr_client_new ("Aino", "Aalto");
  g_autoptr(SrClient) second = sr_client_new ("Bertta", "Berg");
  g_autoptr(SrClient) third = sr_client_new ("Cecilia", "Dahl");
  g_autoptr(SrClient) clash = sr_client_new ("Daniel", "Ek");
  g_autoptr(SrClient) after = sr_client_new ("Eino", "Forss");
  guint counts[3] = { 0, };
  guint n_emissions = 0;
  guint n_audit;

  g_signal_connect (f->store, "committed", G_CALLBACK (count_emissions_cb), &n_emissions);
  sqlite3_trace_v2 (sr_store_get_db (f->store), SQLITE_TRACE_STMT, count_head_reads_cb, counts);

  g_assert_true (sr_store_begin_action (f->store, &error));
  g_assert_true (sr_store_save_client (f->store, first, &error));
  g_assert_true (sr_store_save_client (f->store, second, &error));
  g_assert_true (sr_store_save_client (f->store, third, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_emissions, ==, 0);
  g_assert_true (sr_store_commit_action (f->store, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (n_emissions, ==, 1);
  g_assert_cmpuint (counts[1], ==, 1);   /* the chain's head, read once for three entries */
  g_assert_cmpuint (counts[2], ==, 0);   /* no savepoints */
  g_assert_true (sr_store_verify_audit_chain (f->store, NULL, &error));
  g_assert_no_error (error);

  /* A duplicate identity code halfway: nothing of the action stays. */
  g_object_set (first, "identity-code", "020290-9016", NULL);
  g_assert_true (sr_store_save_client (f->store, first, &error));
  g_object_set (clash, "identity-code", "020290-9016", NULL);
  n_audit = count_failed_uses (f->store);
  n_emissions = 0;

  g_assert_true (sr_store_begin_action (f->store, &error));
  g_assert_true (sr_store_save_client (f->store, after, &error));
  g_assert_false (sr_store_save_client (f->store, clash, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  /* The action is over: a later save in it is refused, and so is its commit. */
  g_object_set (second, "phone", "040 5550101", NULL);
  g_assert_false (sr_store_save_client (f->store, second, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (sr_store_commit_action (f->store, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_FAILED);
  g_clear_error (&error);
  sr_store_rollback_action (f->store);

  sqlite3_trace_v2 (sr_store_get_db (f->store), 0, NULL, NULL);
  {
    g_autoptr(SrClient) stored = sr_store_get_client (f->store, sr_record_get_id (SR_RECORD (after)), NULL);
    g_autoptr(SrClient) unchanged = sr_store_get_client (f->store, sr_record_get_id (SR_RECORD (second)), &error);

    g_assert_null (stored);
    g_assert_no_error (error);
    g_assert_null (sr_record_get_string (SR_RECORD (unchanged), "phone"));
  }
  /* Only the failed save was logged, on its own. */
  g_assert_cmpuint (count_failed_uses (f->store), ==, n_audit + 1);
  g_assert_true (sr_store_verify_audit_chain (f->store, NULL, &error));
  g_assert_no_error (error);

  /* The store writes normally afterwards. (The rolled-back object kept the id and revision
   * its save gave it; the services put those back, a caller of the store makes a new one.) */
  {
    g_autoptr(SrClient) later = sr_client_new ("Eino", "Forss");

    g_assert_true (sr_store_save_client (f->store, later, &error));
    g_assert_no_error (error);
  }

  g_signal_handlers_disconnect_by_func (f->store, count_emissions_cb, &n_emissions);
}

/* A record deleted since it was read is not brought back by saving an edit of it: the
 * save fails as not found. Only an undo (sr_store_restore) puts a removed record back. */
static void
test_deleted_elsewhere (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = sr_client_new ("Aino", "Aalto");
  g_autoptr(SrClient) opened = NULL;
  g_autoptr(SrClient) gone = NULL;
  const char *id;

  g_assert_true (sr_store_save_client (f->store, client, &error));
  g_assert_no_error (error);
  id = sr_record_get_id (SR_RECORD (client));
  opened = sr_store_get_client (f->store, id, &error);
  g_assert_no_error (error);

  /* Another window deletes the client created by mistake; this one still shows it. */
  g_assert_true (sr_store_delete_client (f->store, id, &error));
  g_assert_no_error (error);

  g_object_set (opened, "phone", "040 5550199", NULL);
  g_assert_false (sr_store_save_client (f->store, opened, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  gone = sr_store_get_client (f->store, id, &error);
  g_assert_null (gone);
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An undo of the removal brings it back as it was. */
  g_assert_true (sr_store_restore (f->store, SR_RECORD (client), &error));
  g_assert_no_error (error);
  gone = sr_store_get_client (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (gone);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("file-modes", test_file_modes);
  ADD ("client-crud", test_client_crud);
  ADD ("client-validation", test_client_validation);
  ADD ("period-and-plan", test_period_and_plan);
  ADD ("other-types", test_other_types);
  ADD ("foreign-keys", test_foreign_keys);
  ADD ("backup", test_backup);
  ADD ("list-order", test_list_order);
  ADD ("committed-once", test_committed_once);
  ADD ("action", test_action);
  ADD ("deleted-elsewhere", test_deleted_elsewhere);
  g_test_add_func ("/store/refusals", test_refusals);
  g_test_add_func ("/store/paths", test_paths);
  g_test_add_func ("/store/enum-nicks", test_enum_nicks);

  return g_test_run ();
}
