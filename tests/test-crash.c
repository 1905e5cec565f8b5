/* test-crash.c: a writer killed at random points loses nothing it committed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test runs itself again as a child ("--child PATH SEED") that opens the
 * database with sr_store_open() and writes in transactions: single saves,
 * batches of a client with a period and meetings, changes, logged views.
 * After each commit returns it writes "committed TYPE ID" (or "changed TYPE
 * ID REVISION") to its stdout, a pipe. The parent kills it with SIGKILL after
 * a random delay, many times over the same file, and after each kill opens
 * the database, runs PRAGMA integrity_check, verifies the audit chain and
 * looks for every record the child ever reported.
 *
 * SR_CRASH_SEED=n repeats a run; the seed is in the test log.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-hetu.h"
#include "sr-meeting.h"
#include "sr-period.h"
#include "sr-store-private.h"
#include "sr-store.h"
#include "sr-worker.h"

#define N_ROUNDS       40
#define MAX_SECONDS    45

/* The child ------------------------------------------------------------------- */

static void
report (const char *format,
        ...) G_GNUC_PRINTF (1, 2);

/* One write(2) of a short line: atomic on a pipe, and not buffered, so the
 * line is out before anything else happens. */
static void
report (const char *format,
        ...)
{
  g_autofree char *line = NULL;
  va_list args;
  gsize done = 0, length;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  length = strlen (line);
  while (done < length)
    {
      gssize n = write (STDOUT_FILENO, line + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        exit (3);
      done += (gsize) n;
    }
}

static char *
fictitious_code (GRand *rand)
{
  char ddmmyy[7];

  g_snprintf (ddmmyy, sizeof ddmmyy, "%02d%02d%02d", g_rand_int_range (rand, 1, 29),
              g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 60, 100));
  return sr_hetu_compute_check (ddmmyy, '-', (guint) g_rand_int_range (rand, 900, 1000));
}

static SrClient *
new_client (GRand *rand)
{
  static const char * const first[] = { "Aino", "Väinö", "Åsa", "Örjan" };
  static const char * const last[] = { "Äijälä", "Zilliacus", "Östman", "Virtanen" };
  g_autofree char *code = fictitious_code (rand);
  SrClient *client = sr_client_new (first[g_rand_int_range (rand, 0, 4)],
                                    last[g_rand_int_range (rand, 0, 4)]);

  /* A code already taken makes the save fail as a duplicate; that is fine. */
  g_object_set (client, "identity-code", code, "phone", "040 5550000", NULL);
  return client;
}

/* A client with a period and three meetings, all in one batch. */
static gboolean
write_batch (SrStore *store,
             GRand   *rand)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = new_client (rand);
  g_autoptr(SrPeriod) period = NULL;
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);

  if (!sr_store_begin_batch (store, &error))
    return FALSE;

  if (!sr_store_save_client (store, client, &error))
    {
      sr_store_rollback_batch (store);
      return g_error_matches (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE);
    }

  period = sr_period_new (sr_record_get_id (SR_RECORD (client)), "2026-01-05");
  g_object_set (period, "planned-end", "2026-07-05", "phase", SR_PHASE_ACTIVE, NULL);
  if (!sr_store_save_period (store, period, &error))
    goto fail;

  for (int i = 0; i < 3; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 2, 2 + 7 * i, 9, 0, 0);
      SrMeeting *meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (client)), start, 60);

      g_ptr_array_add (meetings, meeting);
      g_object_set (meeting, "period-id", sr_record_get_id (SR_RECORD (period)), NULL);
      if (!sr_store_save_meeting (store, meeting, &error))
        goto fail;
    }

  if (!sr_store_commit_batch (store, &error))
    return FALSE;

  report ("committed client %s\n", sr_record_get_id (SR_RECORD (client)));
  report ("committed period %s\n", sr_record_get_id (SR_RECORD (period)));
  for (guint i = 0; i < meetings->len; i++)
    report ("committed meeting %s\n", sr_record_get_id (meetings->pdata[i]));
  return TRUE;

fail:
  sr_store_rollback_batch (store);
  return FALSE;
}

static int
run_child (const char *path,
           guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrStore) store = sr_store_open (path, &error);
  g_autoptr(GListModel) workers = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(SrClient) last = NULL;

  if (store == NULL)
    return 2;

  workers = sr_store_list_workers (store);
  if (g_list_model_get_n_items (workers) > 0)
    {
      g_autoptr(SrWorker) worker = g_list_model_get_item (workers, 0);

      sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
    }
  else
    {
      g_autoptr(SrWorker) worker = sr_worker_new ("Testi Työntekijä");

      if (!sr_store_save_worker (store, worker, &error))
        return 2;
      report ("committed worker %s\n", sr_record_get_id (SR_RECORD (worker)));
      sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
    }

  for (guint i = 0;; i++)
    {
      switch (i % 4)
        {
        case 0:
          {
            g_autoptr(SrClient) client = new_client (rand);

            if (sr_store_save_client (store, client, &error))
              {
                report ("committed client %s\n", sr_record_get_id (SR_RECORD (client)));
                g_set_object (&last, client);
              }
            else if (g_error_matches (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE))
              g_clear_error (&error);
            else
              return 4;
          }
          break;

        case 1:
          if (!write_batch (store, rand))
            return 5;
          break;

        case 2:
          if (last != NULL)
            {
              g_autofree char *phone = g_strdup_printf ("040 555%04d",
                                                        g_rand_int_range (rand, 0, 10000));

              g_object_set (last, "phone", phone, NULL);
              if (!sr_store_save_client (store, last, &error))
                return 6;
              report ("changed client %s %" G_GINT64_FORMAT "\n",
                      sr_record_get_id (SR_RECORD (last)),
                      sr_record_get_revision (SR_RECORD (last)));
            }
          break;

        case 3:
        default:
          if (last != NULL
              && !sr_store_log_view_client (store, sr_record_get_id (SR_RECORD (last)), &error))
            return 7;
          break;
        }
    }

  return 0;
}

/* The parent ------------------------------------------------------------------ */

static char *self_exe;

typedef struct
{
  GType   type;
  gint64  revision; /* at least this; 1 for a new record */
} Reported;

static GType
type_from_name (const char *name)
{
  if (g_str_equal (name, "client"))
    return SR_TYPE_CLIENT;
  if (g_str_equal (name, "period"))
    return SR_TYPE_PERIOD;
  if (g_str_equal (name, "meeting"))
    return SR_TYPE_MEETING;
  if (g_str_equal (name, "worker"))
    return SR_TYPE_WORKER;

  g_assert_not_reached ();
}

/* Reads what the child wrote until @deadline (monotonic µs), or to the end
 * of the pipe when @deadline is 0. */
static void
drain (int      fd,
       GString *out,
       gint64   deadline)
{
  for (;;)
    {
      char buf[4096];
      struct pollfd pfd = { fd, POLLIN, 0 };
      int timeout = -1;
      gssize n;

      if (deadline != 0)
        {
          gint64 left = deadline - g_get_monotonic_time ();

          if (left <= 0)
            return;
          timeout = (int) MAX (1, left / 1000);
        }

      if (poll (&pfd, 1, timeout) <= 0)
        {
          if (deadline == 0)
            return;
          continue;
        }

      n = read (fd, buf, sizeof buf);
      if (n < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (n <= 0)
        return;
      g_string_append_len (out, buf, n);
    }
}

static guint
record_lines (const char *text,
              GHashTable *reported)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      Reported *r;

      if (lines[i][0] == '\0')
        continue;
      words = g_strsplit (lines[i], " ", -1);
      g_assert_cmpuint (g_strv_length (words), >=, 3);

      r = g_hash_table_lookup (reported, words[2]);
      if (r == NULL)
        {
          r = g_new0 (Reported, 1);
          r->type = type_from_name (words[1]);
          r->revision = 1;
          g_hash_table_insert (reported, g_strdup (words[2]), r);
        }
      if (g_str_equal (words[0], "changed"))
        r->revision = MAX (r->revision, g_ascii_strtoll (words[3], NULL, 10));
      else
        g_assert_cmpstr (words[0], ==, "committed");
      n++;
    }

  return n;
}

static void
check_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Every record ever reported is there, at least at the reported revision. */
static void
check_reported (SrStore    *store,
                GHashTable *reported)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, reported);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SrRecord) record = NULL;
      Reported *r = value;

      record = sr_store_get (store, r->type, key, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sr_record_get_revision (record), >=, r->revision);
    }
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
test_crash (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GRand) rand = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sr-crash-XXXXXX", &error);
  g_autofree char *path = NULL;
  const char *seed_env = g_getenv ("SR_CRASH_SEED");
  guint32 seed = seed_env != NULL ? (guint32) g_ascii_strtoull (seed_env, NULL, 10)
                                  : g_random_int ();
  gint64 started = g_get_monotonic_time ();
  guint round, killed_mid_open = 0, total_lines = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "socrehab.db", NULL);
  g_test_message ("SR_CRASH_SEED=%u", seed);
  rand = g_rand_new_with_seed (seed);

  for (round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(SrStore) store = NULL;
      g_autofree char *child_seed = g_strdup_printf ("%u", g_rand_int (rand));
      const char *argv[] = { self_exe, "--child", path, child_seed, NULL };
      /* Some kills land while the child opens (or creates) the database,
       * most while it writes. */
      gint64 delay_ms = g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 0, 40)
                                                           : g_rand_int_range (rand, 40, 700);
      GPid pid;
      int out_fd = -1, status = 0;
      guint n_lines;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                               G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                               NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      drain (out_fd, out, g_get_monotonic_time () + delay_ms * 1000);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      drain (out_fd, out, 0);
      close (out_fd);
      g_spawn_close_pid (pid);

      /* Killed, not failed: a child that stopped on its own found an error. */
      if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
        g_error ("The writer stopped by itself (status %d) in round %u", status, round);

      n_lines = record_lines (out->str, reported);
      total_lines += n_lines;
      if (n_lines == 0)
        killed_mid_open++;

      store = sr_store_open (path, &error);
      g_assert_no_error (error);
      check_integrity (path);
      g_assert_true (sr_store_verify_audit_chain (store, NULL, &error));
      g_assert_no_error (error);
      check_reported (store, reported);

      if (g_get_monotonic_time () - started > MAX_SECONDS * G_USEC_PER_SEC)
        break;
    }

  g_test_message ("%u rounds, %u commits reported, %u records, %u kills before any commit",
                  round, total_lines, g_hash_table_size (reported), killed_mid_open);
  /* The test must have exercised something. */
  g_assert_cmpuint (round, >=, 10);
  g_assert_cmpuint (g_hash_table_size (reported), >, 50);

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], (guint32) g_ascii_strtoull (argv[3], NULL, 10));

  g_test_init (&argc, &argv, NULL);

  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  if (self_exe == NULL)
    self_exe = g_canonicalize_filename (argv[0], NULL);

  g_test_add_func ("/crash/sigkill", test_crash);

  return g_test_run ();
}
