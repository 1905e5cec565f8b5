/* sr-calendar-query.c: what the calendar asks of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-calendar-query"

#include "config.h"

#include "sr-calendar-query.h"
#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-format.h"
#include "sr-group.h"
#include "sr-meeting.h"
#include "sr-period.h"
#include "sr-query-model-private.h"
#include "sr-rules.h"
#include "sr-series.h"
#include "sr-store-private.h"

#define WATCH(...) ((const char * const[]) { __VA_ARGS__, NULL })
#define PARAMS(...) ((const char * const[]) { __VA_ARGS__, NULL })

void
sr_calendar_entry_free (SrCalendarEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_clear_pointer (&entry->start, g_date_time_unref);
  g_free (entry->worker_id);
  g_free (entry->ref_id);
  g_free (entry->location);
  g_free (entry);
}

/* Steps @stmt, made on @db, to its end and finalizes it. */
static gboolean
read_entries (sqlite3       *db,
              sqlite3_stmt  *stmt,
              gboolean       is_session,
              GPtrArray     *entries,
              GCancellable  *cancellable,
              GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SrCalendarEntry *entry = g_new0 (SrCalendarEntry, 1);
      const char *place_nick = (const char *) sqlite3_column_text (stmt, 7);

      entry->is_session = is_session;
      entry->id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      entry->start = sr_store_parse_time ((const char *) sqlite3_column_text (stmt, 1));
      entry->duration = sqlite3_column_int (stmt, 2);
      if (is_session)
        {
          entry->kind = -1;
          entry->place_type = -1;
          entry->status = sr_enum_from_nick (SR_TYPE_SESSION_STATUS,
                                             (const char *) sqlite3_column_text (stmt, 4),
                                             SR_SESSION_STATUS_PLANNED);
          entry->location = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
        }
      else
        {
          entry->kind = sr_enum_from_nick (SR_TYPE_MEETING_KIND,
                                           (const char *) sqlite3_column_text (stmt, 3),
                                           SR_MEETING_KIND_MEETING);
          entry->status = sr_enum_from_nick (SR_TYPE_MEETING_STATUS,
                                             (const char *) sqlite3_column_text (stmt, 4),
                                             SR_MEETING_STATUS_PLANNED);
          entry->place_type = sr_enum_from_nick (SR_TYPE_PLACE_TYPE, place_nick, SR_PLACE_OFFICE);
        }
      entry->worker_id = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      entry->ref_id = g_strdup ((const char *) sqlite3_column_text (stmt, 6));

      if (entry->start == NULL)
        sr_calendar_entry_free (entry);
      else
        g_ptr_array_add (entries, entry);
    }

  if (rc != SQLITE_DONE)
    {
      /* sr_store_interrupt_when_cancelled() stopped a cancelled query. */
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        sr_store_set_sqlite_error (db, rc, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SrCalendarEntry *x = *(SrCalendarEntry * const *) a;
  const SrCalendarEntry *y = *(SrCalendarEntry * const *) b;
  int c = g_date_time_compare (x->start, y->start);

  return c != 0 ? c : g_strcmp0 (x->id, y->id);
}

/* What to list, copied from the caller: the query may run on another thread. */
typedef struct
{
  char     *worker_id;
  char     *from_text;
  char     *to_text;
  gboolean  sessions;
} EntriesQuery;

static EntriesQuery *
entries_query_new (const char *worker_id,
                   GDateTime  *from,
                   GDateTime  *to,
                   gboolean    sessions)
{
  EntriesQuery *query = g_new0 (EntriesQuery, 1);

  query->worker_id = g_strdup (worker_id);
  query->from_text = sr_store_format_time (from);
  query->to_text = sr_store_format_time (to);
  query->sessions = !!sessions;
  return query;
}

static void
entries_query_free (EntriesQuery *query)
{
  g_free (query->worker_id);
  g_free (query->from_text);
  g_free (query->to_text);
  g_free (query);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntriesQuery, entries_query_free)

/* The meetings and sessions of @query on @db, a connection the calling
 * thread owns (the store's own or a reader), with their own statements. */
static GPtrArray *
list_entries (sqlite3       *db,
              EntriesQuery  *query,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;
  int rc;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sr_calendar_entry_free);

  /* The indexes on (worker_id, start) and (start) bound both scans. */
  if (query->worker_id != NULL)
    rc = sqlite3_prepare_v2 (db,
                             "SELECT id, start, duration, kind, status, worker_id, client_id, place_type"
                             " FROM meetings WHERE worker_id = ?3 AND start >= ?1 AND start < ?2",
                             -1, &stmt, NULL);
  else
    rc = sqlite3_prepare_v2 (db,
                             "SELECT id, start, duration, kind, status, worker_id, client_id, place_type"
                             " FROM meetings WHERE start >= ?1 AND start < ?2",
                             -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sr_store_set_sqlite_error (db, rc, error);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, query->from_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, query->to_text, -1, SQLITE_STATIC);
  if (query->worker_id != NULL)
    sqlite3_bind_text (stmt, 3, query->worker_id, -1, SQLITE_STATIC);

  /* A newer range may replace this one while it runs. */
  if (cancellable != NULL)
    sr_store_interrupt_when_cancelled (db, cancellable);
  ok = read_entries (db, stmt, FALSE, entries, cancellable, error);

  if (ok && query->sessions)
    {
      rc = sqlite3_prepare_v2 (db,
                               "SELECT id, start, coalesce (duration, 90), NULL, status, NULL, group_id, location"
                               " FROM sessions WHERE start >= ?1 AND start < ?2",
                               -1, &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          sr_store_set_sqlite_error (db, rc, error);
          ok = FALSE;
        }
      else
        {
          sqlite3_bind_text (stmt, 1, query->from_text, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 2, query->to_text, -1, SQLITE_STATIC);
          ok = read_entries (db, stmt, TRUE, entries, cancellable, error);
        }
    }

  if (cancellable != NULL)
    sr_store_interrupt_when_cancelled (db, NULL);
  if (!ok)
    return NULL;

  g_ptr_array_sort (entries, compare_entries);
  return g_steal_pointer (&entries);
}

GPtrArray *
sr_calendar_list_entries (SrStore     *store,
                          const char  *worker_id,
                          GDateTime   *from,
                          GDateTime   *to,
                          gboolean     sessions,
                          GError     **error)
{
  g_autoptr(EntriesQuery) query = NULL;

  g_return_val_if_fail (SR_IS_STORE (store), NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  query = entries_query_new (worker_id, from, to, sessions);
  return list_entries (sr_store_get_db (store), query, NULL, error);
}

static void
list_entries_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  SrStore *store = source_object;
  GError *error = NULL;
  GPtrArray *entries = NULL;
  sqlite3 *db;

  /* A newer range may have replaced this one before it began. */
  if (g_task_return_error_if_cancelled (task))
    return;

  db = sr_store_acquire_reader (store, &error);
  if (db != NULL)
    {
      entries = list_entries (db, task_data, cancellable, &error);
      sr_store_release_reader (store, db);
    }

  if (entries == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, entries, (GDestroyNotify) g_ptr_array_unref);
}

void
sr_calendar_list_entries_async (SrStore             *store,
                                const char          *worker_id,
                                GDateTime           *from,
                                GDateTime           *to,
                                gboolean             sessions,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SR_IS_STORE (store));
  g_return_if_fail (from != NULL && to != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  /* The task holds the store (its source object) until it returns. */
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sr_calendar_list_entries_async);
  g_task_set_task_data (task, entries_query_new (worker_id, from, to, sessions),
                        (GDestroyNotify) entries_query_free);

  if (sr_store_is_memory (store))
    {
      GError *error = NULL;
      GPtrArray *entries;

      /* In memory there is no second connection: query on the spot (no
       * progress handler on the store's own connection: nothing can cancel
       * it meanwhile). The callback still runs from the main loop. */
      if (g_task_return_error_if_cancelled (task))
        return;
      entries = list_entries (sr_store_get_db (store), g_task_get_task_data (task), NULL, &error);
      if (entries == NULL)
        g_task_return_error (task, error);
      else
        g_task_return_pointer (task, entries, (GDestroyNotify) g_ptr_array_unref);
      return;
    }

  g_task_run_in_thread (task, list_entries_thread);
}

GPtrArray *
sr_calendar_list_entries_finish (SrStore       *store,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (SR_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sr_calendar_list_entries_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GListModel *
sr_calendar_list_sessions (SrStore   *store,
                           GDateTime *from,
                           GDateTime *to)
{
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  g_return_val_if_fail (SR_IS_STORE (store), NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  from_text = sr_store_format_time (from);
  to_text = sr_store_format_time (to);

  return G_LIST_MODEL (sr_query_model_new (store, SR_TYPE_SESSION,
                                           "WHERE t.start >= ?1 AND t.start < ?2"
                                           " ORDER BY t.start, t.id",
                                           PARAMS (from_text, to_text),
                                           WATCH (SR_ENTITY_SESSION)));
}

GListModel *
sr_calendar_list_cadence_clients (SrStore   *store,
                                  GDateTime *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  g_return_val_if_fail (SR_IS_STORE (store), NULL);

  local_now = now ? g_date_time_to_local (now) : g_date_time_new_now_local ();
  /* Calendar days either way: from the start of the day 7 days ago to the
   * end of the day 7 days ahead. */
  sr_rules_cadence_window (local_now, &from, &to);
  from_text = sr_store_format_time (from);
  to_text = sr_store_format_time (to);

  return G_LIST_MODEL (sr_query_model_new (store, SR_TYPE_CLIENT,
                                           "WHERE t.archived = 0"
                                           " AND EXISTS (SELECT 1 FROM periods p"
                                           "  WHERE p.client_id = t.id AND " SR_PERIOD_OPEN_SQL ("p") ")"
                                           " AND NOT EXISTS (SELECT 1 FROM meetings m"
                                           "  WHERE m.client_id = t.id"
                                           "  AND m.status IN ('planned', 'held')"
                                           "  AND m.start >= ?1 AND m.start < ?2)"
                                           " ORDER BY t.sort_key, t.id",
                                           PARAMS (from_text, to_text),
                                           WATCH (SR_ENTITY_CLIENT, SR_ENTITY_PERIOD,
                                                  SR_ENTITY_MEETING)));
}

/* Meetings from whole rows of a statement made with sr_store_select_sql(). */
static GPtrArray *
select_meetings (SrStore      *store,
                 sqlite3_stmt *stmt,
                 GError      **error)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (meetings, sr_store_record_from_row (SR_TYPE_MEETING, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sr_store_set_sqlite_error (sr_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&meetings);
}

GPtrArray *
sr_calendar_find_following (SrStore    *store,
                            SrMeeting  *meeting,
                            GError    **error)
{
  g_autoptr(SrMeeting) stored = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *sql = NULL;
  const char *worker_id;
  sqlite3_stmt *stmt;
  GPtrArray *result;

  g_return_val_if_fail (SR_IS_STORE (store), NULL);
  g_return_val_if_fail (SR_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (sr_record_get_id (SR_RECORD (meeting)) != NULL, NULL);

  /* The stored copy: the caller's object may already hold edits. */
  stored = sr_store_get_meeting (store, sr_record_get_id (SR_RECORD (meeting)), error);
  if (stored == NULL)
    return NULL;

  start = g_date_time_to_local (sr_meeting_get_start (stored));
  start_text = sr_store_format_time (start);
  worker_id = sr_record_get_string (SR_RECORD (stored), "worker-id");

  sql = g_strconcat (sr_store_select_sql (SR_TYPE_MEETING),
                     " WHERE t.client_id = ?1 AND coalesce (t.worker_id, '') = coalesce (?2, '')"
                     " AND t.start > ?3 AND t.status = 'planned' AND t.id <> ?4"
                     " ORDER BY t.start, t.id", NULL);
  stmt = sr_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, sr_record_get_string (SR_RECORD (stored), "client-id"), -1,
                     SQLITE_TRANSIENT);
  if (worker_id != NULL)
    sqlite3_bind_text (stmt, 2, worker_id, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_text (stmt, 3, start_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, sr_record_get_id (SR_RECORD (stored)), -1, SQLITE_TRANSIENT);

  candidates = select_meetings (store, stmt, error);
  if (candidates == NULL)
    return NULL;

  result = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (result, g_steal_pointer (&stored));
  for (guint i = 0; i < candidates->len; i++)
    {
      SrMeeting *candidate = g_ptr_array_index (candidates, i);

      if (sr_series_same_slot (start, sr_meeting_get_start (candidate)))
        g_ptr_array_add (result, g_object_ref (candidate));
    }

  return result;
}

GStrv
sr_calendar_find_overlaps (SrStore     *store,
                           const char  *worker_id,
                           GDateTime   *start,
                           int          duration,
                           const char  *exclude_id,
                           GError     **error)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (store), NULL);
  g_return_val_if_fail (start != NULL, NULL);

  if (worker_id == NULL || duration <= 0)
    return g_strv_builder_end (ids);

  end = g_date_time_add_minutes (start, duration);
  start_text = sr_store_format_time (start);
  end_text = sr_store_format_time (end);

  /* Meetings last at most a day in practice: the start index bounds the scan. */
  stmt = sr_store_prepare (store,
                           "SELECT id FROM meetings WHERE worker_id = ?1"
                           " AND start < ?3 AND start >= strftime ('%Y-%m-%dT%H:%M:%SZ', ?2, '-1 day')"
                           " AND strftime ('%Y-%m-%dT%H:%M:%SZ', start, '+' || duration || ' minutes') > ?2"
                           " AND status IN ('planned', 'held') AND id <> coalesce (?4, '')"
                           " ORDER BY start, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, worker_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, start_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, end_text, -1, SQLITE_TRANSIENT);
  if (exclude_id != NULL)
    sqlite3_bind_text (stmt, 4, exclude_id, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 4);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (ids, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sr_store_set_sqlite_error (sr_store_get_db (store), rc, error);
      return NULL;
    }

  return g_strv_builder_end (ids);
}

GPtrArray *
sr_calendar_open_periods (SrStore    *store,
                          const char *client_id)
{
  g_autoptr(GListModel) all = NULL;
  GPtrArray *open = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SR_IS_STORE (store), open);
  g_return_val_if_fail (client_id != NULL, open);

  all = sr_store_list_periods (store, client_id);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(SrPeriod) period = g_list_model_get_item (all, i);

      if (sr_period_is_open (period))
        g_ptr_array_add (open, g_steal_pointer (&period));
    }

  return open;
}

static gboolean
period_contains (SrPeriod   *period,
                 const char *day)
{
  const char *start = sr_record_get_string (SR_RECORD (period), "start-date");
  const char *end = sr_record_get_string (SR_RECORD (period), "planned-end");

  return day != NULL && g_strcmp0 (start, day) <= 0 && (end == NULL || g_strcmp0 (end, day) >= 0);
}

SrPeriod *
sr_calendar_choose_period (GPtrArray  *open_periods,
                           const char *day)
{
  SrPeriod *best = NULL;

  g_return_val_if_fail (open_periods != NULL, NULL);

  for (guint i = 0; i < open_periods->len; i++)
    {
      SrPeriod *period = g_ptr_array_index (open_periods, i);
      int by;

      if (best == NULL)
        {
          best = period;
          continue;
        }
      by = (int) period_contains (period, day) - (int) period_contains (best, day);
      if (by == 0)
        by = g_strcmp0 (sr_record_get_string (SR_RECORD (period), "start-date"),
                        sr_record_get_string (SR_RECORD (best), "start-date"));
      if (by == 0)
        by = g_strcmp0 (sr_record_get_id (SR_RECORD (best)), sr_record_get_id (SR_RECORD (period)));
      if (by > 0)
        best = period;
    }

  return best;
}

SrPeriod *
sr_calendar_find_period (SrStore       *store,
                         const char    *client_id,
                         const char    *day,
                         SrPeriodMatch *match,
                         GError       **error)
{
  g_autoptr(GPtrArray) open = NULL;
  SrPeriod *period;

  g_return_val_if_fail (SR_IS_STORE (store), NULL);
  g_return_val_if_fail (client_id != NULL, NULL);

  open = sr_calendar_open_periods (store, client_id);
  period = sr_calendar_choose_period (open, day);

  if (match != NULL)
    *match = period == NULL ? SR_PERIOD_MATCH_NONE
             : period_contains (period, day) ? SR_PERIOD_MATCH_INSIDE : SR_PERIOD_MATCH_OUTSIDE;

  return period != NULL ? g_object_ref (period) : NULL;
}
