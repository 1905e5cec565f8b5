/* sr-attendance-table.h: a group's attendance, members × sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an attendance sheet shows and changes, loaded with a few queries
 * (a sheet of 30 members and 60 sessions is 1,800 cells). Rows are the
 * group's clients (by name; a client who left and came back is one row),
 * columns the group's sessions (by start). A cell is "in" when the client
 * was a member on the session's day; only those cells are recorded and
 * counted. Rates follow sr_rules_attendance_rate(): unrecorded cells and
 * cancelled sessions are left out.
 *
 * The table reloads itself when the store changes memberships, sessions,
 * attendance or clients and then emits ::changed.
 */

#pragma once

#include "sr-group.h"
#include "sr-store.h"
#include "sr-rules.h"

G_BEGIN_DECLS

#define SR_TYPE_ATTENDANCE_TABLE (sr_attendance_table_get_type ())

G_DECLARE_FINAL_TYPE (SrAttendanceTable, sr_attendance_table, SR, ATTENDANCE_TABLE, GObject)

/* One cell's value, for writing many at once and for undo. */
typedef struct
{
  guint               member;
  guint               session;
  SrAttendanceStatus  status;
  int                 minutes;  /* partly present */
  char               *reason;   /* partly present; owned */
} SrAttendanceCell;

void                sr_attendance_cell_clear             (SrAttendanceCell   *cell);

SrAttendanceTable  *sr_attendance_table_new              (SrStore            *store,
                                                          const char         *group_id,
                                                          GError            **error);
gboolean            sr_attendance_table_reload           (SrAttendanceTable  *self,
                                                          GError            **error);
const char         *sr_attendance_table_get_group_id     (SrAttendanceTable  *self);

guint               sr_attendance_table_get_n_members    (SrAttendanceTable  *self);
guint               sr_attendance_table_get_n_sessions   (SrAttendanceTable  *self);
/* "Last, First"; never log it. */
const char         *sr_attendance_table_get_member_name  (SrAttendanceTable  *self,
                                                          guint               member);
const char         *sr_attendance_table_get_client_id    (SrAttendanceTable  *self,
                                                          guint               member);
/* FALSE when the client has no open rehabilitation period. */
gboolean            sr_attendance_table_member_has_period (SrAttendanceTable *self,
                                                          guint               member);
SrSession          *sr_attendance_table_get_session      (SrAttendanceTable  *self,
                                                          guint               session);
/* Index of the session with @session_id, or -1. */
int                 sr_attendance_table_find_session     (SrAttendanceTable  *self,
                                                          const char         *session_id);
/* The session to open the sheet at: today's, else the last past one, else
 * the first. -1 if there are none. */
int                 sr_attendance_table_find_current_session (SrAttendanceTable *self,
                                                          GDateTime          *now);
gboolean            sr_attendance_table_session_cancelled (SrAttendanceTable *self,
                                                          guint               session);

/* Whether the client was a member on the session's day. */
gboolean            sr_attendance_table_is_member_at     (SrAttendanceTable  *self,
                                                          guint               member,
                                                          guint               session);
SrAttendanceStatus  sr_attendance_table_get_status       (SrAttendanceTable  *self,
                                                          guint               member,
                                                          guint               session);
int                 sr_attendance_table_get_minutes      (SrAttendanceTable  *self,
                                                          guint               member,
                                                          guint               session);
const char         *sr_attendance_table_get_reason       (SrAttendanceTable  *self,
                                                          guint               member,
                                                          guint               session);

/* Writes @n cells in one transaction. @previous_out (may be NULL) gets an
 * array of SrAttendanceCell with what the cells held before, for undo
 * (free with g_array_unref; it clears its cells). */
gboolean            sr_attendance_table_set_cells        (SrAttendanceTable       *self,
                                                          const SrAttendanceCell  *cells,
                                                          guint                    n,
                                                          GArray                 **previous_out,
                                                          GError                 **error);
gboolean            sr_attendance_table_set_status       (SrAttendanceTable  *self,
                                                          guint               member,
                                                          guint               session,
                                                          SrAttendanceStatus  status,
                                                          int                 minutes,
                                                          const char         *reason,
                                                          GArray            **previous_out,
                                                          GError            **error);
/* Every member of the session not yet recorded gets present. */
gboolean            sr_attendance_table_all_present      (SrAttendanceTable  *self,
                                                          guint               session,
                                                          GArray            **previous_out,
                                                          GError            **error);

/* Statistics over sessions that have not been cancelled. */
void                sr_attendance_table_member_rate      (SrAttendanceTable  *self,
                                                          guint               member,
                                                          SrAttendanceRate   *out);
void                sr_attendance_table_session_rate     (SrAttendanceTable  *self,
                                                          guint               session,
                                                          SrAttendanceRate   *out);
void                sr_attendance_table_group_rate       (SrAttendanceTable  *self,
                                                          SrAttendanceRate   *out);
/* Sessions that started before @now, are not cancelled and have a member
 * not recorded. Returns their number; @first_out the first one's index. */
guint               sr_attendance_table_count_unrecorded (SrAttendanceTable  *self,
                                                          GDateTime          *now,
                                                          int                *first_out);
gboolean            sr_attendance_table_session_unrecorded (SrAttendanceTable *self,
                                                          guint               session,
                                                          GDateTime          *now);

/* The sheet as CSV (sr-csv.h: UTF-8, RFC 4180, formula guard): a row per
 * member with each session's status, the counts and the rate in per cent
 * (numbers stay numbers). Empty where the client was not a member. */
char               *sr_attendance_table_to_csv           (SrAttendanceTable  *self);

/* Feedback of one session (@session_id) or the whole group (@session_id
 * NULL): the number of ratings and their average (0 when none). */
gboolean            sr_group_feedback_summary            (SrStore            *store,
                                                          const char         *group_id,
                                                          const char         *session_id,
                                                          guint              *count_out,
                                                          double             *average_out,
                                                          GError            **error);

G_END_DECLS
