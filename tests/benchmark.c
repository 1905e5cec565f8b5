/* benchmark.c: the store at the scale of a large county
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates (with the sample data generator) 100,000 clients, 150,000
 * periods, 2,000,000 meetings, 1,000 groups, 100,000 sessions and 1,000,000
 * attendance rows over two years, then times what a caseworker's screen
 * asks of the store, against the same data fetched with hand-written SQL
 * through the sqlite3 C API on a read-only connection:
 *
 *   search keystroke   SrClientList search text set → list updated
 *   first rows         SrClientList made → rows known, first 50 fetched
 *   worker month       sr_store_list_meetings (worker, a month), all items
 *   day                sr_store_list_meetings (everyone, a day), all items
 *   client record      client, periods, current plans with goals, reviews and
 *                      ratings, meetings, network contacts, memberships
 *   attendance sheet   a group's members, sessions and all its attendance
 *                      rows (sr_store_list_group_attendance)
 *
 * Each time runs from the request until every item has been read; freeing
 * the models and records afterwards (when a page closes) is not timed, as
 * the plain side has nothing to free.
 *
 * Targets: p99 under 16 ms (one frame) and the store's median within 1.5×
 * of plain SQL. Lines say PASS or MISS; timing never fails the run.
 *
 *   benchmark-store [--scale F] [--reuse PATH] [--reps N]
 *
 * --scale F     multiply the volumes by F (0.01 for a quick run)
 * --reuse PATH  use the database at PATH if it exists, else generate it there
 *               and keep it (without: a temporary file, removed at the end)
 * --reps N      repetitions per query, with varied inputs (default 200)
 * --store-sql S run SQL S (e.g. "PRAGMA mmap_size = 1073741824") on the
 *               store's connection after opening it, to try a setting
 *
 * Only numbers and labels are printed: no names, codes or ids.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "sr-client-list.h"
#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-group-lists.h"
#include "sr-group.h"
#include "sr-meeting-lists.h"
#include "sr-meeting.h"
#include "sr-network-contact.h"
#include "sr-period.h"
#include "sr-plan-lists.h"
#include "sr-plan.h"
#include "sr-record-private.h"
#include "sr-sample-data.h"
#include "sr-store-private.h"
#include "sr-text.h"

#define TODAY          "2026-03-16"
#define HISTORY_DAYS   730
#define FRAME_MS       16.0
#define MAX_RATIO      1.5
/* Untimed first rounds of each query: the first touch of code and pages. */
#define WARMUP         3

typedef struct
{
  SrStore *store;
  sqlite3 *db;        /* plain SQL: read-only */
  GRand   *rand;
  guint    reps;
  GPtrArray *workers; /* ids of workers with meetings */
  GPtrArray *groups;  /* ids of groups with sessions */
  gint64   n_clients;
  gint64   first_day; /* Julian days of the meetings' range */
  gint64   last_day;
  GTimeZone *tz;
  sqlite3_stmt *client_by_num;
} Bench;

/* Timing ------------------------------------------------------------------------ */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *samples,
            double  p)
{
  guint i;

  if (samples->len == 0)
    return NAN;

  g_array_sort (samples, compare_double);
  i = (guint) ceil (p * samples->len);
  return g_array_index (samples, double, CLAMP (i, 1, samples->len) - 1);
}

static void
record (GArray *samples,
        guint   round,
        double  ms)
{
  if (round >= WARMUP)
    g_array_append_val (samples, ms);
}

static void
print_header (void)
{
  printf ("\n%-22s %9s %9s %9s %9s %7s  %s\n", "query (ms)", "store p50", "store p99",
          "plain p50", "plain p99", "ratio", "target: p99 < 16 ms, ratio ≤ 1.5");
}

static void
print_result (const char *label,
              GArray     *store,
              GArray     *plain)
{
  double s50 = percentile (store, 0.5), s99 = percentile (store, 0.99);
  double p50 = percentile (plain, 0.5), p99 = percentile (plain, 0.99);
  double ratio = s50 / MAX (p50, 0.001);
  gboolean fast = s99 < FRAME_MS, close = ratio <= MAX_RATIO;

  printf ("%-22s %9.2f %9.2f %9.2f %9.2f %7.2f  %s%s%s\n", label, s50, s99, p50, p99, ratio,
          fast && close ? "PASS" : "MISS", fast ? "" : " (p99)", close ? "" : " (ratio)");
  fflush (stdout);
}

/* Plain SQL helpers ----------------------------------------------------------------- */

static sqlite3_stmt *
prepare (Bench      *b,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v3 (b->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    g_error ("Benchmark SQL failed: %s", sqlite3_errmsg (b->db));
  return stmt;
}

/* Steps through all rows and reads every column, as making records would. */
static guint
read_rows (sqlite3_stmt *stmt)
{
  guint n = 0;
  volatile gsize sink = 0;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int n_columns = sqlite3_column_count (stmt);

      for (int i = 0; i < n_columns; i++)
        {
          const unsigned char *text = sqlite3_column_text (stmt, i);

          sink += text != NULL ? text[0] : 0;
        }
      n++;
    }
  sqlite3_reset (stmt);
  return n;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static GPtrArray *
query_strings (sqlite3    *db,
               const char *sql)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (values, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return values;
}

/* The same column list the store reads. */
static char *
select_all (GType       type,
            const char *alias)
{
  const SrRecordInfo *info = sr_record_type_get_info (type);
  g_autoptr(GString) s = g_string_new ("SELECT ");

  g_string_append_printf (s, "%s.id, %s.created_at, %s.updated_at, %s.revision", alias, alias,
                          alias, alias);
  for (guint i = 0; i < info->n_fields; i++)
    g_string_append_printf (s, ", %s.%s", alias, info->columns[i]);
  g_string_append_printf (s, " FROM %s %s", info->table, alias);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static sqlite3_stmt *
prepare_select (Bench      *b,
                GType       type,
                const char *alias,
                const char *rest)
{
  g_autofree char *select = select_all (type, alias);
  g_autofree char *sql = g_strconcat (select, " ", rest, NULL);

  return prepare (b, sql);
}

static char *
utc_text (GDateTime *dt)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (dt);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static GDateTime *
local_midnight (Bench *b,
                gint64 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) julian);
  return g_date_time_new (b->tz, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), 0, 0, 0);
}

/* Touching a model's items: what a list view does for the rows it shows. */
static guint
touch_all (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SrRecord) item = g_list_model_get_item (model, i);

      g_assert (sr_record_get_id (item) != NULL);
    }

  return n;
}

static char *
random_client_id (Bench *b)
{
  char *id = NULL;

  while (id == NULL)
    {
      sqlite3_bind_int64 (b->client_by_num, 1,
                          g_rand_int_range (b->rand, 1, (gint32) b->n_clients + 1));
      if (sqlite3_step (b->client_by_num) == SQLITE_ROW)
        id = g_strdup ((const char *) sqlite3_column_text (b->client_by_num, 0));
      sqlite3_reset (b->client_by_num);
    }

  return id;
}

/* Meetings --------------------------------------------------------------------------- */

static void
bench_meetings (Bench    *b,
                gboolean  per_worker)
{
  g_autoptr(GArray) store_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *select = select_all (SR_TYPE_MEETING, "m");
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  guint64 n_items = 0;

  /* The store's query, with all columns instead of ids. */
  if (per_worker)
    sql = g_strconcat (select, " WHERE m.worker_id = ?3 AND m.start >= ?1 AND m.start < ?2"
                       " ORDER BY m.start, m.id", NULL);
  else
    sql = g_strconcat (select, " WHERE m.start >= ?1 AND m.start < ?2 ORDER BY m.start, m.id",
                       NULL);
  stmt = prepare (b, sql);

  for (guint r = 0; r < WARMUP + b->reps; r++)
    {
      gint64 day = g_rand_int_range (b->rand, (gint32) b->first_day, (gint32) b->last_day + 1);
      g_autoptr(GDateTime) from = local_midnight (b, day);
      g_autoptr(GDateTime) to = per_worker ? g_date_time_add_months (from, 1)
                                           : g_date_time_add_days (from, 1);
      const char *worker = per_worker
                           ? b->workers->pdata[g_rand_int_range (b->rand, 0, (gint32) b->workers->len)]
                           : NULL;
      g_autofree char *from_text = utc_text (from);
      g_autofree char *to_text = utc_text (to);
      double t0, t1;
      guint n_store = 0, n_plain = 0;

      /* Alternate which goes first, so that neither always pays for
       * pages the other has just read. */
      for (guint pass = 0; pass < 2; pass++)
        {
          if ((pass == 0) == (r % 2 == 0))
            {
              g_autoptr(GListModel) model = NULL;

              t0 = now_ms ();
              model = sr_store_list_meetings (b->store, worker, from, to);
              n_store = touch_all (model);
              t1 = now_ms ();
              record (store_ms, r, t1 - t0);
            }
          else
            {
              t0 = now_ms ();
              sqlite3_bind_text (stmt, 1, from_text, -1, SQLITE_STATIC);
              sqlite3_bind_text (stmt, 2, to_text, -1, SQLITE_STATIC);
              if (per_worker)
                sqlite3_bind_text (stmt, 3, worker, -1, SQLITE_STATIC);
              n_plain = read_rows (stmt);
              t1 = now_ms ();
              record (plain_ms, r, t1 - t0);
            }
        }

      g_assert_cmpuint (n_store, ==, n_plain);
      n_items += n_store;
    }

  sqlite3_finalize (stmt);
  print_result (per_worker ? "worker's month" : "day's meetings", store_ms, plain_ms);
  printf ("%-22s %9.0f meetings on average\n", "", (double) n_items / (WARMUP + b->reps));
}

/* A client's record ---------------------------------------------------------------------- */

typedef struct
{
  sqlite3_stmt *client, *periods, *plan, *goals, *reviews, *ratings, *meetings, *contacts,
               *memberships;
} RecordSql;

/* Reads a client's record as the client page does; what it made is added to
 * @keep, to be freed after the timing, as the page frees it when it closes. */
static guint
store_client_record (Bench      *b,
                     const char *client_id,
                     GPtrArray  *keep)
{
  g_autoptr(GError) error = NULL;
  SrClient *client = sr_store_get_client (b->store, client_id, &error);
  GListModel *periods = sr_store_list_periods (b->store, client_id);
  GListModel *meetings = sr_store_list_client_meetings (b->store, client_id);
  GListModel *contacts = sr_store_list_network_contacts (b->store, client_id);
  GListModel *memberships = sr_store_list_client_memberships (b->store, client_id);
  guint n = 1 + touch_all (periods) + touch_all (meetings) + touch_all (contacts)
            + touch_all (memberships);

  g_assert_no_error (error);
  g_ptr_array_add (keep, client);
  g_ptr_array_add (keep, periods);
  g_ptr_array_add (keep, meetings);
  g_ptr_array_add (keep, contacts);
  g_ptr_array_add (keep, memberships);

  for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(SrRecord) period = g_list_model_get_item (periods, i);
      SrPlan *plan = sr_store_get_current_plan (b->store, sr_record_get_id (period), NULL);
      GListModel *goals;
      GListModel *reviews;

      if (plan == NULL)
        continue;
      n++;
      goals = sr_store_list_goals (b->store, sr_record_get_id (SR_RECORD (plan)));
      reviews = sr_store_list_reviews (b->store, sr_record_get_id (SR_RECORD (plan)));
      n += touch_all (goals) + touch_all (reviews);
      g_ptr_array_add (keep, plan);
      g_ptr_array_add (keep, goals);
      g_ptr_array_add (keep, reviews);

      for (guint j = 0; j < g_list_model_get_n_items (reviews); j++)
        {
          g_autoptr(SrRecord) review = g_list_model_get_item (reviews, j);
          GListModel *ratings = sr_store_list_goal_ratings (b->store, sr_record_get_id (review));

          n += touch_all (ratings);
          g_ptr_array_add (keep, ratings);
        }
    }

  return n;
}

static guint
plain_client_record (RecordSql  *q,
                     const char *client_id)
{
  g_autoptr(GPtrArray) period_ids = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;

  sqlite3_bind_text (q->client, 1, client_id, -1, SQLITE_STATIC);
  n += read_rows (q->client);
  sqlite3_bind_text (q->meetings, 1, client_id, -1, SQLITE_STATIC);
  n += read_rows (q->meetings);
  sqlite3_bind_text (q->contacts, 1, client_id, -1, SQLITE_STATIC);
  n += read_rows (q->contacts);
  sqlite3_bind_text (q->memberships, 1, client_id, -1, SQLITE_STATIC);
  n += read_rows (q->memberships);

  sqlite3_bind_text (q->periods, 1, client_id, -1, SQLITE_STATIC);
  while (sqlite3_step (q->periods) == SQLITE_ROW)
    {
      for (int i = 1; i < sqlite3_column_count (q->periods); i++)
        sqlite3_column_text (q->periods, i);
      g_ptr_array_add (period_ids, g_strdup ((const char *) sqlite3_column_text (q->periods, 0)));
      n++;
    }
  sqlite3_reset (q->periods);

  for (guint i = 0; i < period_ids->len; i++)
    {
      g_autofree char *plan_id = NULL;
      g_autoptr(GPtrArray) review_ids = g_ptr_array_new_with_free_func (g_free);

      sqlite3_bind_text (q->plan, 1, period_ids->pdata[i], -1, SQLITE_STATIC);
      if (sqlite3_step (q->plan) == SQLITE_ROW)
        {
          for (int c = 1; c < sqlite3_column_count (q->plan); c++)
            sqlite3_column_text (q->plan, c);
          plan_id = g_strdup ((const char *) sqlite3_column_text (q->plan, 0));
        }
      sqlite3_reset (q->plan);
      if (plan_id == NULL)
        continue;
      n++;

      sqlite3_bind_text (q->goals, 1, plan_id, -1, SQLITE_STATIC);
      n += read_rows (q->goals);
      sqlite3_bind_text (q->reviews, 1, plan_id, -1, SQLITE_STATIC);
      while (sqlite3_step (q->reviews) == SQLITE_ROW)
        {
          for (int c = 1; c < sqlite3_column_count (q->reviews); c++)
            sqlite3_column_text (q->reviews, c);
          g_ptr_array_add (review_ids, g_strdup ((const char *) sqlite3_column_text (q->reviews, 0)));
          n++;
        }
      sqlite3_reset (q->reviews);

      for (guint j = 0; j < review_ids->len; j++)
        {
          sqlite3_bind_text (q->ratings, 1, review_ids->pdata[j], -1, SQLITE_STATIC);
          n += read_rows (q->ratings);
        }
    }

  return n;
}

static void
bench_client_record (Bench *b)
{
  g_autoptr(GArray) store_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  RecordSql q;
  guint64 n_rows = 0;

  q.client = prepare_select (b, SR_TYPE_CLIENT, "c", "WHERE c.id = ?1");
  q.periods = prepare_select (b, SR_TYPE_PERIOD, "p",
                              "WHERE p.client_id = ?1 ORDER BY p.start_date DESC, p.id");
  q.plan = prepare_select (b, SR_TYPE_PLAN, "p",
                           "WHERE p.period_id = ?1 ORDER BY p.version DESC LIMIT 1");
  q.goals = prepare_select (b, SR_TYPE_GOAL, "g", "WHERE g.plan_id = ?1 ORDER BY g.position, g.id");
  q.reviews = prepare_select (b, SR_TYPE_REVIEW, "r", "WHERE r.plan_id = ?1 ORDER BY r.date, r.id");
  q.ratings = prepare_select (b, SR_TYPE_GOAL_RATING, "r", "JOIN goals g ON g.id = r.goal_id"
                              " WHERE r.review_id = ?1 ORDER BY g.position, r.id");
  q.meetings = prepare_select (b, SR_TYPE_MEETING, "m",
                               "WHERE m.client_id = ?1 ORDER BY m.start DESC, m.id");
  q.contacts = prepare_select (b, SR_TYPE_NETWORK_CONTACT, "n", "WHERE n.client_id = ?1"
                               " ORDER BY sr_sort_key (n.organisation), n.id");
  q.memberships = prepare_select (b, SR_TYPE_MEMBERSHIP, "m",
                                  "WHERE m.client_id = ?1 ORDER BY m.joined, m.id");

  for (guint r = 0; r < WARMUP + b->reps; r++)
    {
      g_autofree char *client_id = random_client_id (b);
      double t0, t1;
      guint n_store = 0, n_plain = 0;

      /* Alternate which goes first, so that neither always pays for
       * pages the other has just read. */
      for (guint pass = 0; pass < 2; pass++)
        {
          if ((pass == 0) == (r % 2 == 0))
            {
              t0 = now_ms ();
              n_store = store_client_record (b, client_id, keep);
              t1 = now_ms ();
              g_ptr_array_set_size (keep, 0);
              record (store_ms, r, t1 - t0);
            }
          else
            {
              t0 = now_ms ();
              n_plain = plain_client_record (&q, client_id);
              t1 = now_ms ();
              record (plain_ms, r, t1 - t0);
            }
        }

      g_assert_cmpuint (n_store, ==, n_plain);
      n_rows += n_store;
    }

  sqlite3_finalize (q.client);
  sqlite3_finalize (q.periods);
  sqlite3_finalize (q.plan);
  sqlite3_finalize (q.goals);
  sqlite3_finalize (q.reviews);
  sqlite3_finalize (q.ratings);
  sqlite3_finalize (q.meetings);
  sqlite3_finalize (q.contacts);
  sqlite3_finalize (q.memberships);

  print_result ("client's record", store_ms, plain_ms);
  printf ("%-22s %9.0f records on average\n", "", (double) n_rows / (WARMUP + b->reps));
}

/* A group's attendance sheet ------------------------------------------------------------------ */

static void
bench_attendance_sheet (Bench *b)
{
  g_autoptr(GArray) store_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *members_sql = NULL;
  g_autofree char *sessions_sql = NULL;
  g_autofree char *attendance_sql = NULL;
  sqlite3_stmt *members, *sessions, *attendance;
  guint64 n_rows = 0;

  {
    g_autofree char *m = select_all (SR_TYPE_MEMBERSHIP, "m");
    g_autofree char *s = select_all (SR_TYPE_SESSION, "s");
    g_autofree char *a = select_all (SR_TYPE_ATTENDANCE, "a");

    members_sql = g_strconcat (m, " JOIN clients c ON c.id = m.client_id WHERE m.group_id = ?1"
                               " ORDER BY c.sort_key, m.id", NULL);
    sessions_sql = g_strconcat (s, " WHERE s.group_id = ?1 ORDER BY s.start, s.id", NULL);
    /* The whole sheet in one query, as a hand-written sheet would fetch it. */
    attendance_sql = g_strconcat (a, " JOIN sessions s ON s.id = a.session_id"
                                  " JOIN clients c ON c.id = a.client_id"
                                  " WHERE s.group_id = ?1 ORDER BY s.start, s.id, c.sort_key, a.id",
                                  NULL);
  }
  members = prepare (b, members_sql);
  sessions = prepare (b, sessions_sql);
  attendance = prepare (b, attendance_sql);

  for (guint r = 0; r < WARMUP + b->reps; r++)
    {
      const char *group = b->groups->pdata[g_rand_int_range (b->rand, 0, (gint32) b->groups->len)];
      double t0, t1;
      guint n_store = 0, n_plain = 0;

      /* Alternate which goes first, so that neither always pays for
       * pages the other has just read. */
      for (guint pass = 0; pass < 2; pass++)
        {
          if ((pass == 0) == (r % 2 == 0))
            {
              g_autoptr(GListModel) member_model = NULL;
              g_autoptr(GListModel) session_model = NULL;
              g_autoptr(GListModel) rows = NULL;

              t0 = now_ms ();
              member_model = sr_store_list_group_members (b->store, group);
              session_model = sr_store_list_sessions (b->store, group);
              rows = sr_store_list_group_attendance (b->store, group);
              n_store += touch_all (member_model) + touch_all (session_model) + touch_all (rows);
              t1 = now_ms ();
              record (store_ms, r, t1 - t0);
            }
          else
            {
              t0 = now_ms ();
              sqlite3_bind_text (members, 1, group, -1, SQLITE_STATIC);
              sqlite3_bind_text (sessions, 1, group, -1, SQLITE_STATIC);
              sqlite3_bind_text (attendance, 1, group, -1, SQLITE_STATIC);
              n_plain = read_rows (members) + read_rows (sessions) + read_rows (attendance);
              t1 = now_ms ();
              record (plain_ms, r, t1 - t0);
            }
        }

      g_assert_cmpuint (n_store, ==, n_plain);
      n_rows += n_store;
    }

  sqlite3_finalize (members);
  sqlite3_finalize (sessions);
  sqlite3_finalize (attendance);

  print_result ("attendance sheet", store_ms, plain_ms);
  printf ("%-22s %9.0f rows on average\n", "", (double) n_rows / (WARMUP + b->reps));
}

/* The client list -------------------------------------------------------------------------------- */

static void
on_loading_cb (SrClientList *list,
               GParamSpec   *pspec,
               guint        *n_done)
{
  if (!sr_client_list_get_loading (list))
    (*n_done)++;
}

/* Runs the main loop until the list has finished @n_done refreshes. */
static void
wait_refreshed (SrClientList *list,
                guint        *n_done,
                guint         until)
{
  while (*n_done < until)
    g_main_context_iteration (NULL, TRUE);
}

static guint
plain_client_nums (sqlite3_stmt *stmt,
                   const char   *match)
{
  guint n = 0;

  if (match != NULL)
    sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      sqlite3_column_int64 (stmt, 0);
      n++;
    }
  sqlite3_reset (stmt);
  return n;
}

static void
bench_client_list (Bench *b)
{
  g_autoptr(GArray) first_store = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first_plain = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) key_store = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) key_plain = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *client_select = select_all (SR_TYPE_CLIENT, "c");
  g_autofree char *by_num = g_strconcat (client_select, " WHERE c.num = ?1", NULL);
  g_autoptr(SrClientList) list = NULL;
  sqlite3_stmt *all, *search, *row;
  guint n_first = MAX (5, b->reps / 10);
  guint n_done = 0;
  guint64 n_found = 0;

  /* The list's own queries (filter "all"), run on the plain connection. */
  all = prepare (b, "SELECT c.num FROM clients c WHERE c.archived = 0 ORDER BY c.sort_key");
  search = prepare (b, "SELECT c.num FROM clients c WHERE c.archived = 0 AND c.num IN"
                    " (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?1)"
                    " ORDER BY c.sort_key");
  row = prepare (b, by_num);

  /* First rows: made, rows known, the first screenful fetched. */
  for (guint r = 0; r < WARMUP + n_first; r++)
    {
      g_autoptr(SrClientList) fresh = NULL;
      g_autoptr(GArray) nums = g_array_new (FALSE, FALSE, sizeof (gint64));
      guint done = 0;
      double t0, t1;

      /* Alternate which goes first, so that neither always pays for
       * pages the other has just read. */
      for (guint pass = 0; pass < 2; pass++)
        {
          if ((pass == 0) == (r % 2 == 0))
            {
              t0 = now_ms ();
              fresh = sr_client_list_new (b->store);
              g_signal_connect (fresh, "notify::loading", G_CALLBACK (on_loading_cb), &done);
              while (g_list_model_get_n_items (G_LIST_MODEL (fresh)) == 0
                     || sr_client_list_get_loading (fresh))
                g_main_context_iteration (NULL, TRUE);
              for (guint i = 0; i < 50; i++)
                {
                  g_autoptr(SrClient) client = g_list_model_get_item (G_LIST_MODEL (fresh), i);

                  g_assert (sr_client_get_last_name (client) != NULL
                            || sr_client_get_first_name (client) != NULL);
                }
              t1 = now_ms ();
              record (first_store, r, t1 - t0);
            }
          else
            {
              t0 = now_ms ();
              while (sqlite3_step (all) == SQLITE_ROW)
                {
                  gint64 num = sqlite3_column_int64 (all, 0);

                  g_array_append_val (nums, num);
                }
              sqlite3_reset (all);
              for (guint i = 0; i < 50 && i < nums->len; i++)
                {
                  sqlite3_bind_int64 (row, 1, g_array_index (nums, gint64, i));
                  read_rows (row);
                }
              t1 = now_ms ();
              record (first_plain, r, t1 - t0);
            }
        }
    }
  print_result ("list: first rows", first_store, first_plain);

  /* Keystrokes: a client's last name typed one letter at a time. */
  list = sr_client_list_new (b->store);
  g_signal_connect (list, "notify::loading", G_CALLBACK (on_loading_cb), &n_done);
  while (sr_client_list_get_loading (list) || g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
    g_main_context_iteration (NULL, TRUE);

  while (key_store->len < b->reps)
    {
      g_autofree char *client_id = random_client_id (b);
      g_autoptr(SrClient) client = sr_store_get_client (b->store, client_id, NULL);
      const char *name = client != NULL ? sr_client_get_last_name (client) : NULL;
      glong length = name != NULL ? g_utf8_strlen (name, -1) : 0;

      for (glong k = 1; k <= MIN (length, 5) && key_store->len < b->reps; k++)
        {
          g_autofree char *typed = g_utf8_substring (name, 0, k);
          g_autofree char *match = sr_search_build_match (typed);
          double t0, t1;
          guint before = n_done;

          if (g_strcmp0 (typed, sr_client_list_get_search_text (list)) == 0)
            continue;

          t0 = now_ms ();
          sr_client_list_set_search_text (list, typed);
          wait_refreshed (list, &n_done, before + 1);
          t1 = now_ms ();
          g_array_append_val (key_store, (double) { t1 - t0 });
          n_found += g_list_model_get_n_items (G_LIST_MODEL (list));

          t0 = now_ms ();
          plain_client_nums (search, match);
          t1 = now_ms ();
          g_array_append_val (key_plain, (double) { t1 - t0 });
        }

      /* Clear the field for the next name, unmeasured. */
      {
        guint before = n_done;

        sr_client_list_set_search_text (list, "");
        wait_refreshed (list, &n_done, before + 1);
      }
    }
  print_result ("list: search keystroke", key_store, key_plain);
  printf ("%-22s %9.0f matching clients on average\n", "", (double) n_found / key_store->len);

  sqlite3_finalize (all);
  sqlite3_finalize (search);
  sqlite3_finalize (row);
}

/* Set-up -------------------------------------------------------------------------------------------- */

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  int *last = user_data;
  int percent = (int) (fraction * 100);

  if (percent / 5 != *last / 5)
    {
      fprintf (stderr, "generating: %3d %%\n", percent);
      *last = percent;
    }
}

static void
print_counts (sqlite3 *db)
{
  static const char * const tables[] = {
    "clients", "periods", "meetings", "groups", "sessions", "attendance", "memberships",
    "plans", "goals", "reviews", "goal_ratings", "needs_assessments", "network_contacts",
    "feedback", "audit_log",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      printf ("  %-20s %10" G_GINT64_FORMAT "\n", tables[i], query_int (db, sql));
    }
}

static void
remove_database (const char *path)
{
  const char * const *suffixes = sr_store_file_suffixes ();
  g_autofree char *dir = g_path_get_dirname (path);

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *path = NULL;
  g_autofree char *reuse = NULL;
  g_autoptr(GArray) open_ms = g_array_new (FALSE, FALSE, sizeof (double));
  double scale = 1.0;
  int reps = 200;
  g_autofree char *store_sql = NULL;
  gboolean temporary = FALSE;
  Bench b = { NULL };
  GOptionEntry entries[] = {
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, "Multiply the volumes by F", "F" },
    { "reuse", 0, 0, G_OPTION_ARG_FILENAME, &reuse,
      "Use the database at PATH if it exists, else generate it there and keep it", "PATH" },
    { "reps", 0, 0, G_OPTION_ARG_INT, &reps, "Repetitions per query (default 200)", "N" },
    { "store-sql", 0, 0, G_OPTION_ARG_STRING, &store_sql,
      "Run SQL on the store's connection first, to try a setting", "SQL" },
    { NULL }
  };

  context = g_option_context_new ("— time the SocRehab store at county scale");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || scale <= 0 || reps < 1)
    {
      fprintf (stderr, "%s\n", error != NULL ? error->message : "Bad --scale or --reps");
      return 2;
    }

  if (reuse != NULL)
    path = g_strdup (reuse);
  else
    {
      g_autofree char *dir = g_dir_make_tmp ("sr-bench-XXXXXX", &error);

      if (dir == NULL)
        g_error ("%s", error->message);
      path = g_build_filename (dir, "socrehab.db", NULL);
      temporary = TRUE;
    }

  printf ("SocRehab store benchmark, scale %g\n", scale);
  fflush (stdout);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(SrStore) store = sr_store_open (path, &error);
      SrSampleOptions options;
      int last = -1;
      double t0;

      if (store == NULL)
        g_error ("%s", error->message);

      sr_sample_options_init (&options);
      options.n_clients = MAX (1, (guint) (100000 * scale));
      options.n_periods = MAX (1, (guint) (150000 * scale));
      options.n_meetings = MAX (1, (guint) (2000000 * scale));
      options.n_groups = MAX (1, (guint) (1000 * scale));
      options.n_sessions = MAX (1, (guint) (100000 * scale));
      options.n_attendance = MAX (1, (guint) (1000000 * scale));
      options.history_days = HISTORY_DAYS;
      options.seed = 2026;
      options.today = TODAY;
      options.progress = on_progress_cb;
      options.progress_data = &last;

      t0 = now_ms ();
      if (!sr_sample_data_generate (store, &options, &error))
        g_error ("%s", error->message);
      printf ("%-22s %9.1f s\n", "generation", (now_ms () - t0) / 1000.0);
    }
  else
    printf ("%-22s %9s (reused)\n", "generation", "-");

  /* Open: what start-up pays, on a file already in the page cache. */
  for (guint i = 0; i < 5; i++)
    {
      double t0 = now_ms ();
      double t1;

      g_clear_object (&b.store);
      b.store = sr_store_open (path, &error);
      t1 = now_ms ();
      if (b.store == NULL)
        g_error ("%s", error->message);
      g_array_append_val (open_ms, (double) { t1 - t0 });
    }
  printf ("%-22s %9.2f ms (p50 of 5)\n", "open", percentile (open_ms, 0.5));

  if (store_sql != NULL)
    {
      if (sqlite3_exec (sr_store_get_db (b.store), store_sql, NULL, NULL, NULL) != SQLITE_OK)
        g_error ("--store-sql failed: %s", sqlite3_errmsg (sr_store_get_db (b.store)));
      printf ("%-22s %s\n", "store connection", store_sql);
    }

  if (sqlite3_open_v2 (path, &b.db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("Cannot open the database read-only");
  if (!sr_store_add_collation_functions (b.db, NULL))
    g_error ("Cannot add the collation functions");

  {
    GStatBuf st;

    if (g_stat (path, &st) == 0)
      printf ("%-22s %9.0f MB\n", "database size", st.st_size / 1e6);
    print_counts (b.db);
  }

  b.rand = g_rand_new_with_seed (7);
  b.reps = (guint) reps;
  b.tz = g_time_zone_new_identifier ("Europe/Helsinki");
  if (b.tz == NULL)
    b.tz = g_time_zone_new_utc ();
  b.n_clients = query_int (b.db, "SELECT max (num) FROM clients");
  b.client_by_num = prepare (&b, "SELECT id FROM clients WHERE num = ?1");
  b.workers = query_strings (b.db, "SELECT DISTINCT worker_id FROM meetings"
                             " WHERE worker_id IS NOT NULL");
  b.groups = query_strings (b.db, "SELECT DISTINCT group_id FROM sessions");
  {
    GDate first, last;
    g_autofree char *first_text = NULL;
    g_autofree char *last_text = NULL;
    g_autoptr(GPtrArray) range = query_strings (b.db, "SELECT substr (min (start), 1, 10)"
                                                " FROM meetings UNION ALL"
                                                " SELECT substr (max (start), 1, 10) FROM meetings");

    g_date_clear (&first, 1);
    g_date_clear (&last, 1);
    g_date_set_parse (&first, range->pdata[0]);
    g_date_set_parse (&last, range->pdata[1]);
    b.first_day = g_date_get_julian (&first);
    b.last_day = g_date_get_julian (&last);
  }

  print_header ();
  bench_client_list (&b);
  bench_meetings (&b, TRUE);
  bench_meetings (&b, FALSE);
  bench_client_record (&b);
  bench_attendance_sheet (&b);

  g_clear_object (&b.store);
  sqlite3_finalize (b.client_by_num);
  sqlite3_close (b.db);
  g_rand_free (b.rand);
  g_time_zone_unref (b.tz);
  g_ptr_array_unref (b.workers);
  g_ptr_array_unref (b.groups);

  if (temporary)
    remove_database (path);

  return 0;
}
