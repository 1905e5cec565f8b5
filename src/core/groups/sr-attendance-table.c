/* sr-attendance-table.c: a group's attendance, members × sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-attendance-table"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sr-attendance-table.h"
#include "sr-csv.h"
#include "sr-format.h"
#include "sr-group-lists.h"
#include "sr-group.h"
#include "sr-labels.h"
#include "sr-period.h"
#include "sr-store-private.h"

typedef struct
{
  char     *client_id;
  char     *name;
  gboolean  has_period;
  GArray   *spans;      /* pairs of ISO days: joined (or NULL), left (or NULL) */
} Member;

struct _SrAttendanceTable
{
  GObject     parent_instance;

  SrStore    *store;
  char       *group_id;
  gulong      changed_id;
  guint       reload_id;
  guint       writing;

  GPtrArray  *members;   /* Member */
  GPtrArray  *sessions;  /* SrSession */
  GPtrArray  *days;      /* ISO day (UTC, as the store compares) of each session */
  GPtrArray  *cells;     /* SrAttendance or NULL, members × sessions, row-major */
  GHashTable *session_index;  /* id → index + 1 */
  GHashTable *member_index;   /* client id → index + 1 */
};

G_DEFINE_FINAL_TYPE (SrAttendanceTable, sr_attendance_table, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

typedef struct
{
  char *joined;
  char *left;
} Span;

static void
span_clear (Span *span)
{
  g_clear_pointer (&span->joined, g_free);
  g_clear_pointer (&span->left, g_free);
}

static void
member_free (Member *member)
{
  g_free (member->client_id);
  g_free (member->name);
  g_array_unref (member->spans);
  g_free (member);
}

void
sr_attendance_cell_clear (SrAttendanceCell *cell)
{
  g_clear_pointer (&cell->reason, g_free);
}

static int
get_enum (gpointer    record,
          const char *property)
{
  int value = 0;

  g_object_get (record, property, &value, NULL);
  return value;
}

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static inline SrAttendance *
cell_at (SrAttendanceTable *self,
         guint              member,
         guint              session)
{
  return g_ptr_array_index (self->cells, member * self->sessions->len + session);
}

static gboolean
load (SrAttendanceTable  *self,
      GError            **error)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) member_free);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cells = NULL;
  g_autoptr(GHashTable) session_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) member_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *session_sql = NULL;
  g_autofree char *attendance_sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  /* Members: one row per client, with every span of membership. */
  stmt = sr_store_prepare (self->store,
                           "SELECT c.id, c.first_name, c.last_name, m.joined, m.left,"
                           " EXISTS (SELECT 1 FROM periods p WHERE p.client_id = c.id"
                           "         AND " SR_PERIOD_OPEN_SQL ("p") ")"
                           " FROM memberships m JOIN clients c ON c.id = m.client_id"
                           " WHERE m.group_id = ?1 ORDER BY c.sort_key, c.id, m.joined",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->group_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      const char *first = (const char *) sqlite3_column_text (stmt, 1);
      const char *last = (const char *) sqlite3_column_text (stmt, 2);
      const char *joined = (const char *) sqlite3_column_text (stmt, 3);
      const char *left = (const char *) sqlite3_column_text (stmt, 4);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (member_index, id));
      Member *member;
      Span span;

      if (index == 0)
        {
          member = g_new0 (Member, 1);
          member->client_id = g_strdup (id);
          if (first == NULL || last == NULL)
            member->name = g_strdup (first != NULL ? first : last != NULL ? last : "");
          else
            member->name = g_strdup_printf ("%s, %s", last, first);
          member->has_period = sqlite3_column_int (stmt, 5) != 0;
          member->spans = g_array_new (FALSE, FALSE, sizeof (Span));
          g_array_set_clear_func (member->spans, (GDestroyNotify) span_clear);
          g_ptr_array_add (members, member);
          g_hash_table_insert (member_index, member->client_id, GUINT_TO_POINTER (members->len));
        }
      else
        {
          member = g_ptr_array_index (members, index - 1);
        }

      span.joined = g_strdup (joined);
      span.left = g_strdup (left);
      g_array_append_val (member->spans, span);
    }
  if (rc != SQLITE_DONE)
    {
      sr_store_set_sqlite_error (sr_store_get_db (self->store), rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  /* Sessions by start. */
  {
    const char *base = sr_store_select_sql (SR_TYPE_SESSION);

    session_sql = g_strconcat (base, " WHERE group_id = ?1 ORDER BY start, id", NULL);
  }
  stmt = sr_store_prepare (self->store, session_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->group_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SrRecord *session = sr_store_record_from_row (SR_TYPE_SESSION, stmt);
      GDateTime *start = sr_record_get_datetime (session, "start");
      g_autoptr(GDateTime) utc = g_date_time_to_utc (start);

      g_ptr_array_add (sessions, session);
      g_ptr_array_add (days, g_date_time_format (utc, "%Y-%m-%d"));
      g_hash_table_insert (session_index, (gpointer) sr_record_get_id (session),
                           GUINT_TO_POINTER (sessions->len));
    }
  if (rc != SQLITE_DONE)
    {
      sr_store_set_sqlite_error (sr_store_get_db (self->store), rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  cells = g_ptr_array_new_full (members->len * sessions->len, unref_nullable);
  g_ptr_array_set_size (cells, members->len * sessions->len);

  /* Attendance rows of every session of the group, in one query. */
  {
    const char *base = sr_store_select_sql (SR_TYPE_ATTENDANCE);

    attendance_sql = g_strconcat (base, " WHERE session_id IN"
                                  " (SELECT id FROM sessions WHERE group_id = ?1)", NULL);
  }
  stmt = sr_store_prepare (self->store, attendance_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->group_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(SrRecord) row = sr_store_record_from_row (SR_TYPE_ATTENDANCE, stmt);
      guint s = GPOINTER_TO_UINT (g_hash_table_lookup (session_index,
                                                       sr_record_get_string (row, "session-id")));
      guint m = GPOINTER_TO_UINT (g_hash_table_lookup (member_index,
                                                       sr_record_get_string (row, "client-id")));

      /* A row of someone no longer in the member list is not shown. */
      if (s == 0 || m == 0)
        continue;
      g_ptr_array_index (cells, (m - 1) * sessions->len + (s - 1)) = g_steal_pointer (&row);
    }
  if (rc != SQLITE_DONE)
    {
      sr_store_set_sqlite_error (sr_store_get_db (self->store), rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  /* Hand over; the old cells go first (they point nowhere else). */
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->session_index, g_hash_table_unref);
  g_clear_pointer (&self->member_index, g_hash_table_unref);
  g_clear_pointer (&self->days, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  self->members = g_steal_pointer (&members);
  self->sessions = g_steal_pointer (&sessions);
  self->days = g_steal_pointer (&days);
  self->cells = g_steal_pointer (&cells);
  self->session_index = g_steal_pointer (&session_index);
  self->member_index = g_steal_pointer (&member_index);

  return TRUE;
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  SrAttendanceTable *self = user_data;
  g_autoptr(GError) error = NULL;

  self->reload_id = 0;
  /* A failed reload keeps what was shown; the next change tries again. */
  if (!sr_attendance_table_reload (self, &error))
    g_warning ("Could not reload attendance: %s", error->message);

  return G_SOURCE_REMOVE;
}

static void
on_store_committed_cb (SrStore           *store,
                       SrChanges         *changes,
                       SrAttendanceTable *self)
{
  static const char * const watched[] = {
    SR_ENTITY_ATTENDANCE, SR_ENTITY_SESSION, SR_ENTITY_MEMBERSHIP, SR_ENTITY_CLIENT,
    SR_ENTITY_PERIOD, NULL
  };

  if (self->writing > 0)
    return;
  if (!sr_changes_has_any (changes, watched))
    return;

  /* At idle: a handler of the same commit may still be writing. */
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_idle_cb, self, NULL);
}

static void
sr_attendance_table_dispose (GObject *object)
{
  SrAttendanceTable *self = SR_ATTENDANCE_TABLE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sr_attendance_table_parent_class)->dispose (object);
}

static void
sr_attendance_table_finalize (GObject *object)
{
  SrAttendanceTable *self = SR_ATTENDANCE_TABLE (object);

  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->session_index, g_hash_table_unref);
  g_clear_pointer (&self->member_index, g_hash_table_unref);
  g_clear_pointer (&self->days, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_free (self->group_id);

  G_OBJECT_CLASS (sr_attendance_table_parent_class)->finalize (object);
}

static void
sr_attendance_table_class_init (SrAttendanceTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sr_attendance_table_dispose;
  object_class->finalize = sr_attendance_table_finalize;

  /* The whole table may have changed (rows and columns too). */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sr_attendance_table_init (SrAttendanceTable *self)
{
}

SrAttendanceTable *
sr_attendance_table_new (SrStore     *store,
                         const char  *group_id,
                         GError     **error)
{
  g_autoptr(SrAttendanceTable) self = NULL;

  g_return_val_if_fail (SR_IS_STORE (store), NULL);
  g_return_val_if_fail (group_id != NULL, NULL);

  self = g_object_new (SR_TYPE_ATTENDANCE_TABLE, NULL);
  self->store = g_object_ref (store);
  self->group_id = g_strdup (group_id);
  if (!load (self, error))
    return NULL;
  self->changed_id = g_signal_connect (store, "committed", G_CALLBACK (on_store_committed_cb), self);

  return g_steal_pointer (&self);
}

gboolean
sr_attendance_table_reload (SrAttendanceTable  *self,
                            GError            **error)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), FALSE);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (!load (self, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

const char *
sr_attendance_table_get_group_id (SrAttendanceTable *self)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), NULL);
  return self->group_id;
}

guint
sr_attendance_table_get_n_members (SrAttendanceTable *self)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), 0);
  return self->members->len;
}

guint
sr_attendance_table_get_n_sessions (SrAttendanceTable *self)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), 0);
  return self->sessions->len;
}

static Member *
get_member (SrAttendanceTable *self,
            guint              member)
{
  g_return_val_if_fail (member < self->members->len, NULL);
  return g_ptr_array_index (self->members, member);
}

const char *
sr_attendance_table_get_member_name (SrAttendanceTable *self,
                                     guint              member)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), NULL);
  g_return_val_if_fail (member < self->members->len, NULL);
  return get_member (self, member)->name;
}

const char *
sr_attendance_table_get_client_id (SrAttendanceTable *self,
                                   guint              member)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), NULL);
  g_return_val_if_fail (member < self->members->len, NULL);
  return get_member (self, member)->client_id;
}

gboolean
sr_attendance_table_member_has_period (SrAttendanceTable *self,
                                       guint              member)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), FALSE);
  g_return_val_if_fail (member < self->members->len, FALSE);
  return get_member (self, member)->has_period;
}

SrSession *
sr_attendance_table_get_session (SrAttendanceTable *self,
                                 guint              session)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), NULL);
  g_return_val_if_fail (session < self->sessions->len, NULL);
  return g_ptr_array_index (self->sessions, session);
}

int
sr_attendance_table_find_session (SrAttendanceTable *self,
                                  const char        *session_id)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), -1);

  if (session_id == NULL)
    return -1;
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->session_index, session_id)) - 1;
}

static GDateTime *
session_start (SrAttendanceTable *self,
               guint              session)
{
  return sr_record_get_datetime (g_ptr_array_index (self->sessions, session), "start");
}

int
sr_attendance_table_find_current_session (SrAttendanceTable *self,
                                          GDateTime         *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  int last_past = -1;

  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), -1);
  g_return_val_if_fail (now != NULL, -1);

  if (self->sessions->len == 0)
    return -1;

  local_now = g_date_time_to_local (now);
  for (guint s = 0; s < self->sessions->len; s++)
    {
      g_autoptr(GDateTime) start = g_date_time_to_local (session_start (self, s));

      if (g_date_time_get_year (start) == g_date_time_get_year (local_now)
          && g_date_time_get_day_of_year (start) == g_date_time_get_day_of_year (local_now))
        return s;
      if (g_date_time_compare (start, local_now) < 0)
        last_past = s;
    }

  return last_past >= 0 ? last_past : 0;
}

gboolean
sr_attendance_table_session_cancelled (SrAttendanceTable *self,
                                       guint              session)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), FALSE);
  g_return_val_if_fail (session < self->sessions->len, FALSE);

  return get_enum (g_ptr_array_index (self->sessions, session), "status")
         == SR_SESSION_STATUS_CANCELLED;
}

gboolean
sr_attendance_table_is_member_at (SrAttendanceTable *self,
                                  guint              member,
                                  guint              session)
{
  const char *day;
  Member *m;

  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), FALSE);
  g_return_val_if_fail (member < self->members->len, FALSE);
  g_return_val_if_fail (session < self->sessions->len, FALSE);

  /* A row exists: it counts, whatever the dates say now. */
  if (cell_at (self, member, session) != NULL)
    return TRUE;

  /* The same rule as sr_group_service_session_members(). */
  m = get_member (self, member);
  day = g_ptr_array_index (self->days, session);
  for (guint i = 0; i < m->spans->len; i++)
    {
      Span *span = &g_array_index (m->spans, Span, i);

      if ((span->joined == NULL || strcmp (span->joined, day) <= 0)
          && (span->left == NULL || strcmp (span->left, day) >= 0))
        return TRUE;
    }

  return FALSE;
}

SrAttendanceStatus
sr_attendance_table_get_status (SrAttendanceTable *self,
                                guint              member,
                                guint              session)
{
  SrAttendance *cell;

  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), SR_ATTENDANCE_NOT_RECORDED);
  g_return_val_if_fail (member < self->members->len, SR_ATTENDANCE_NOT_RECORDED);
  g_return_val_if_fail (session < self->sessions->len, SR_ATTENDANCE_NOT_RECORDED);

  cell = cell_at (self, member, session);
  return cell != NULL ? get_enum (cell, "status") : SR_ATTENDANCE_NOT_RECORDED;
}

int
sr_attendance_table_get_minutes (SrAttendanceTable *self,
                                 guint              member,
                                 guint              session)
{
  SrAttendance *cell;

  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), 0);
  g_return_val_if_fail (member < self->members->len && session < self->sessions->len, 0);

  cell = cell_at (self, member, session);
  return cell != NULL ? sr_record_get_int (SR_RECORD (cell), "minutes") : 0;
}

const char *
sr_attendance_table_get_reason (SrAttendanceTable *self,
                                guint              member,
                                guint              session)
{
  SrAttendance *cell;

  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), NULL);
  g_return_val_if_fail (member < self->members->len && session < self->sessions->len, NULL);

  cell = cell_at (self, member, session);
  return cell != NULL ? sr_record_get_string (SR_RECORD (cell), "reason") : NULL;
}

static void
fill_cell (SrAttendanceTable *self,
           guint              member,
           guint              session,
           SrAttendanceCell  *out)
{
  out->member = member;
  out->session = session;
  out->status = sr_attendance_table_get_status (self, member, session);
  out->minutes = sr_attendance_table_get_minutes (self, member, session);
  out->reason = g_strdup (sr_attendance_table_get_reason (self, member, session));
}

static GArray *
cell_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (SrAttendanceCell));

  g_array_set_clear_func (array, (GDestroyNotify) sr_attendance_cell_clear);
  return array;
}

gboolean
sr_attendance_table_set_cells (SrAttendanceTable       *self,
                               const SrAttendanceCell  *cells,
                               guint                    n,
                               GArray                 **previous_out,
                               GError                 **error)
{
  g_autoptr(GArray) previous = NULL;
  g_autoptr(GPtrArray) written = NULL;
  gboolean ok = TRUE;
  gboolean action = FALSE;

  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), FALSE);
  g_return_val_if_fail (cells != NULL || n == 0, FALSE);

  for (guint i = 0; i < n; i++)
    {
      g_return_val_if_fail (cells[i].member < self->members->len, FALSE);
      g_return_val_if_fail (cells[i].session < self->sessions->len, FALSE);
      g_return_val_if_fail (sr_attendance_status_is_valid (cells[i].status), FALSE);
    }

  previous = cell_array_new ();
  for (guint i = 0; i < n; i++)
    {
      SrAttendanceCell old = { 0, };

      fill_cell (self, cells[i].member, cells[i].session, &old);
      g_array_append_val (previous, old);
    }

  self->writing++;

  /* Only the cells that change are written: a member without a row is
   * already "not recorded" (sr_attendance_table_get_status()). Several cells
   * (all present, undo) are one action, all or nothing; copies are written,
   * so a failed save leaves the table as stored. */
  written = g_ptr_array_new_with_free_func (g_object_unref);
  if (ok && n > 1)
    ok = action = sr_store_begin_action (self->store, error);
  for (guint i = 0; ok && i < n; i++)
    {
      SrAttendance *cell = cell_at (self, cells[i].member, cells[i].session);
      g_autoptr(SrAttendance) copy = NULL;
      gboolean partly = cells[i].status == SR_ATTENDANCE_PARTLY_PRESENT;

      if (cell == NULL)
        copy = sr_attendance_new (sr_record_get_id (g_ptr_array_index (self->sessions, cells[i].session)),
                                  ((Member *) g_ptr_array_index (self->members, cells[i].member))->client_id,
                                  cells[i].status);
      else
        copy = SR_ATTENDANCE (sr_store_get (self->store, SR_TYPE_ATTENDANCE,
                                            sr_record_get_id (SR_RECORD (cell)), error));
      if (copy == NULL)
        {
          ok = FALSE;
          break;
        }
      g_object_set (copy,
                    "status", cells[i].status,
                    "minutes", partly ? MAX (cells[i].minutes, 0) : 0,
                    "reason", partly ? cells[i].reason : NULL,
                    NULL);
      ok = sr_store_save_attendance (self->store, copy, error);
      g_ptr_array_add (written, g_steal_pointer (&copy));
    }
  if (action)
    {
      if (ok)
        ok = sr_store_commit_action (self->store, error);
      else
        sr_store_rollback_action (self->store);
    }

  self->writing--;

  if (!ok)
    {
      /* Whatever was half done is gone: read what is stored. */
      g_autoptr(GError) reload_error = NULL;

      if (!load (self, &reload_error))
        g_warning ("Could not reload attendance: %s", reload_error->message);
      g_signal_emit (self, signals[CHANGED], 0);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      gpointer *slot = &g_ptr_array_index (self->cells,
                                           cells[i].member * self->sessions->len + cells[i].session);

      g_clear_object ((GObject **) slot);
      *slot = g_object_ref (g_ptr_array_index (written, i));
    }

  g_signal_emit (self, signals[CHANGED], 0);

  if (previous_out != NULL)
    *previous_out = g_steal_pointer (&previous);

  return TRUE;
}

gboolean
sr_attendance_table_set_status (SrAttendanceTable  *self,
                                guint               member,
                                guint               session,
                                SrAttendanceStatus  status,
                                int                 minutes,
                                const char         *reason,
                                GArray            **previous_out,
                                GError            **error)
{
  SrAttendanceCell cell = { member, session, status, minutes, (char *) reason };

  return sr_attendance_table_set_cells (self, &cell, 1, previous_out, error);
}

gboolean
sr_attendance_table_all_present (SrAttendanceTable  *self,
                                 guint               session,
                                 GArray            **previous_out,
                                 GError            **error)
{
  g_autoptr(GArray) cells = NULL;

  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), FALSE);
  g_return_val_if_fail (session < self->sessions->len, FALSE);

  cells = g_array_new (FALSE, TRUE, sizeof (SrAttendanceCell));
  for (guint m = 0; m < self->members->len; m++)
    {
      SrAttendanceCell cell = { m, session, SR_ATTENDANCE_PRESENT, 0, NULL };

      if (sr_attendance_table_is_member_at (self, m, session)
          && sr_attendance_table_get_status (self, m, session) == SR_ATTENDANCE_NOT_RECORDED)
        g_array_append_val (cells, cell);
    }

  return sr_attendance_table_set_cells (self, (SrAttendanceCell *) cells->data, cells->len,
                                        previous_out, error);
}

static gboolean
counts (SrAttendanceTable *self,
        guint              member,
        guint              session)
{
  return !sr_attendance_table_session_cancelled (self, session)
         && sr_attendance_table_is_member_at (self, member, session);
}

void
sr_attendance_table_member_rate (SrAttendanceTable *self,
                                 guint              member,
                                 SrAttendanceRate  *out)
{
  g_autofree SrAttendanceStatus *statuses = NULL;
  gsize n = 0;

  g_return_if_fail (SR_IS_ATTENDANCE_TABLE (self));
  g_return_if_fail (member < self->members->len);

  statuses = g_new (SrAttendanceStatus, self->sessions->len + 1);
  for (guint s = 0; s < self->sessions->len; s++)
    if (counts (self, member, s))
      statuses[n++] = sr_attendance_table_get_status (self, member, s);

  sr_rules_attendance_rate (statuses, n, out);
}

void
sr_attendance_table_session_rate (SrAttendanceTable *self,
                                  guint              session,
                                  SrAttendanceRate  *out)
{
  g_autofree SrAttendanceStatus *statuses = NULL;
  gsize n = 0;

  g_return_if_fail (SR_IS_ATTENDANCE_TABLE (self));
  g_return_if_fail (session < self->sessions->len);

  statuses = g_new (SrAttendanceStatus, self->members->len + 1);
  for (guint m = 0; m < self->members->len; m++)
    if (counts (self, m, session))
      statuses[n++] = sr_attendance_table_get_status (self, m, session);

  sr_rules_attendance_rate (statuses, n, out);
}

void
sr_attendance_table_group_rate (SrAttendanceTable *self,
                                SrAttendanceRate  *out)
{
  g_autofree SrAttendanceStatus *statuses = NULL;
  gsize n = 0;

  g_return_if_fail (SR_IS_ATTENDANCE_TABLE (self));

  statuses = g_new (SrAttendanceStatus, self->members->len * self->sessions->len + 1);
  for (guint m = 0; m < self->members->len; m++)
    for (guint s = 0; s < self->sessions->len; s++)
      if (counts (self, m, s))
        statuses[n++] = sr_attendance_table_get_status (self, m, s);

  sr_rules_attendance_rate (statuses, n, out);
}

gboolean
sr_attendance_table_session_unrecorded (SrAttendanceTable *self,
                                        guint              session,
                                        GDateTime         *now)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), FALSE);
  g_return_val_if_fail (session < self->sessions->len, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (sr_attendance_table_session_cancelled (self, session)
      || g_date_time_compare (session_start (self, session), now) >= 0)
    return FALSE;

  for (guint m = 0; m < self->members->len; m++)
    if (sr_attendance_table_is_member_at (self, m, session)
        && sr_attendance_table_get_status (self, m, session) == SR_ATTENDANCE_NOT_RECORDED)
      return TRUE;

  return FALSE;
}

guint
sr_attendance_table_count_unrecorded (SrAttendanceTable *self,
                                      GDateTime         *now,
                                      int               *first_out)
{
  guint count = 0;
  int first = -1;

  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), 0);
  g_return_val_if_fail (now != NULL, 0);

  for (guint s = 0; s < self->sessions->len; s++)
    if (sr_attendance_table_session_unrecorded (self, s, now))
      {
        if (first < 0)
          first = s;
        count++;
      }

  if (first_out != NULL)
    *first_out = first;

  return count;
}

gboolean
sr_group_feedback_summary (SrStore     *store,
                           const char  *group_id,
                           const char  *session_id,
                           guint       *count_out,
                           double      *average_out,
                           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (store), FALSE);
  g_return_val_if_fail (group_id != NULL || session_id != NULL, FALSE);

  if (session_id != NULL)
    stmt = sr_store_prepare (store,
                             "SELECT count(*), coalesce(avg(rating), 0) FROM feedback"
                             " WHERE session_id = ?1", error);
  else
    stmt = sr_store_prepare (store,
                             "SELECT count(*), coalesce(avg(f.rating), 0) FROM feedback f"
                             " JOIN sessions s ON s.id = f.session_id WHERE s.group_id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, session_id != NULL ? session_id : group_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sr_store_set_sqlite_error (sr_store_get_db (store), rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  if (count_out != NULL)
    *count_out = sqlite3_column_int (stmt, 0);
  if (average_out != NULL)
    *average_out = sqlite3_column_double (stmt, 1);
  sqlite3_reset (stmt);

  return TRUE;
}

char *
sr_attendance_table_to_csv (SrAttendanceTable *self)
{
  g_autoptr(SrCsvWriter) csv = sr_csv_writer_new ();
  guint members, sessions;

  g_return_val_if_fail (SR_IS_ATTENDANCE_TABLE (self), NULL);

  members = self->members->len;
  sessions = self->sessions->len;

  /* Translators: CSV column headers of an attendance export */
  sr_csv_writer_add_text (csv, C_("csv", "Member"));
  for (guint s = 0; s < sessions; s++)
    {
      g_autofree char *when = sr_format_date_time (session_start (self, s));

      sr_csv_writer_add_text (csv, when);
    }
  sr_csv_writer_add_text (csv, C_("csv", "Present"));
  sr_csv_writer_add_text (csv, C_("csv", "Partly present"));
  sr_csv_writer_add_text (csv, C_("csv", "Absent, notified"));
  sr_csv_writer_add_text (csv, C_("csv", "No-show"));
  sr_csv_writer_add_text (csv, C_("csv", "Not recorded"));
  sr_csv_writer_add_text (csv, C_("csv", "Attendance rate (%)"));
  sr_csv_writer_end_row (csv);

  for (guint m = 0; m < members; m++)
    {
      SrAttendanceRate rate;

      sr_csv_writer_add_text (csv, ((Member *) g_ptr_array_index (self->members, m))->name);
      for (guint s = 0; s < sessions; s++)
        {
          SrAttendanceStatus status;

          if (!sr_attendance_table_is_member_at (self, m, s))
            {
              sr_csv_writer_add_text (csv, NULL);
              continue;
            }
          if (sr_attendance_table_session_cancelled (self, s))
            {
              sr_csv_writer_add_text (csv, sr_session_status_get_label (SR_SESSION_STATUS_CANCELLED));
              continue;
            }

          status = sr_attendance_table_get_status (self, m, s);
          if (status == SR_ATTENDANCE_PARTLY_PRESENT)
            {
              g_autofree char *duration = sr_format_duration (sr_attendance_table_get_minutes (self, m, s));
              const char *reason = sr_attendance_table_get_reason (self, m, s);
              g_autofree char *text = NULL;

              if (reason != NULL)
                text = g_strdup_printf ("%s (%s, %s)", sr_attendance_status_get_label (status), duration, reason);
              else
                text = g_strdup_printf ("%s (%s)", sr_attendance_status_get_label (status), duration);
              sr_csv_writer_add_text (csv, text);
            }
          else
            {
              sr_csv_writer_add_text (csv, sr_attendance_status_get_label (status));
            }
        }

      sr_attendance_table_member_rate (self, m, &rate);
      sr_csv_writer_add_int (csv, rate.present);
      sr_csv_writer_add_int (csv, rate.partly);
      sr_csv_writer_add_int (csv, rate.absent_notified);
      sr_csv_writer_add_int (csv, rate.no_show);
      sr_csv_writer_add_int (csv, rate.unrecorded);
      if (rate.has_rate)
        sr_csv_writer_add_number (csv, rate.rate * 100, 1);
      else
        sr_csv_writer_add_text (csv, NULL);
      sr_csv_writer_end_row (csv);
    }

  return g_strdup (sr_csv_writer_get_text (csv));
}
