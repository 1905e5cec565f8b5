/* sr-calendar-query.h: what the calendar asks of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Queries the calendar needs beyond sr-store.h: group sessions of a date
 * range across groups, the clients the meeting cadence rule flags, a
 * meeting's later occurrences in its weekly series, a worker's overlapping
 * meetings and the period a meeting belongs to.
 *
 * A weekly series is stored as ordinary meetings (the schema has no series
 * field): the later occurrences of a meeting are the planned meetings of the
 * same client and worker at the same weekday and local time after it.
 */

#pragma once

#include "sr-meeting.h"
#include "sr-period.h"
#include "sr-store.h"

G_BEGIN_DECLS

/* One meeting or group session in a range, as plain values: a month of all
 * workers has thousands, and reading them as records one by one is slow. */
typedef struct
{
  char      *id;
  gboolean   is_session;
  GDateTime *start;       /* UTC */
  int        duration;    /* minutes */
  int        kind;        /* SrMeetingKind; sessions: -1 */
  int        status;      /* SrMeetingStatus or SrSessionStatus */
  char      *worker_id;   /* meetings */
  char      *ref_id;      /* the client (meetings) or the group (sessions) */
  int        place_type;  /* SrPlaceType; sessions: -1 */
  char      *location;    /* sessions' location; meetings: NULL (private) */
} SrCalendarEntry;

void        sr_calendar_entry_free           (SrCalendarEntry *entry);

/* Meetings (of @worker_id, or everyone's if NULL) and, if @sessions, all
 * group sessions with start in [@from, @to), by start: one query each.
 * Returns a GPtrArray of SrCalendarEntry, or NULL with @error. Not live:
 * run it again on the store's ::changed for meetings and sessions. */
GPtrArray  *sr_calendar_list_entries         (SrStore     *store,
                                              const char  *worker_id,
                                              GDateTime   *from,
                                              GDateTime   *to,
                                              gboolean     sessions,
                                              GError     **error);

/* The same off the calling thread, on a read-only connection of its own
 * (an in-memory store has none: the query runs at once on the store's
 * connection). @callback runs in the calling thread's main context;
 * sr_calendar_list_entries_finish() returns the GPtrArray of SrCalendarEntry,
 * or NULL with @error (G_IO_ERROR_CANCELLED if @cancellable was cancelled). */
void        sr_calendar_list_entries_async   (SrStore             *store,
                                              const char          *worker_id,
                                              GDateTime           *from,
                                              GDateTime           *to,
                                              gboolean             sessions,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
GPtrArray  *sr_calendar_list_entries_finish  (SrStore             *store,
                                              GAsyncResult        *result,
                                              GError             **error);

/* Group sessions (SrSession) with start in [@from, @to), all groups, by start. */
GListModel *sr_calendar_list_sessions        (SrStore     *store,
                                              GDateTime   *from,
                                              GDateTime   *to);

/* Clients (SrClient, by name) that the meeting cadence rule flags on the day
 * of @now (NULL: now): not archived, an open rehabilitation period, and no
 * held or planned meeting within SR_RULES_CADENCE_DAYS calendar days before
 * or after today (sr_rules_cadence_flagged(), the cadence part of
 * SR_CLIENT_FILTER_NEEDS_ATTENTION). Live: planning a meeting removes the
 * client. */
GListModel *sr_calendar_list_cadence_clients (SrStore     *store,
                                              GDateTime   *now);

/* @meeting (stored) and the later planned meetings of its series: same
 * client and worker, same weekday and local time, start after @meeting's.
 * Returns SrMeeting objects by start, @meeting's own stored copy first. */
GPtrArray  *sr_calendar_find_following       (SrStore     *store,
                                              SrMeeting   *meeting,
                                              GError     **error);

/* Ids of @worker_id's planned or held meetings that overlap
 * [@start, @start + @duration min), other than @exclude_id (may be NULL). */
GStrv       sr_calendar_find_overlaps        (SrStore     *store,
                                              const char  *worker_id,
                                              GDateTime   *start,
                                              int          duration,
                                              const char  *exclude_id,
                                              GError     **error);

typedef enum
{
  SR_PERIOD_MATCH_NONE,    /* the client has no open period */
  SR_PERIOD_MATCH_INSIDE,  /* the day is within the open period */
  SR_PERIOD_MATCH_OUTSIDE, /* an open period, but the day is outside it */
} SrPeriodMatch;

/* The open periods of the client (SrPeriod), for sr_calendar_choose_period(). */
GPtrArray  *sr_calendar_open_periods         (SrStore       *store,
                                              const char    *client_id);
/* Of @open_periods, the one a meeting on @day ("YYYY-MM-DD") belongs to: the
 * one containing the day (start to planned end), else the latest started
 * (ties by id); NULL if there is none. Not a new reference. */
SrPeriod   *sr_calendar_choose_period        (GPtrArray     *open_periods,
                                              const char    *day);

/* The client's open period for a meeting on @day ("YYYY-MM-DD"), or NULL
 * when there is none; @match tells whether @day is within it (from its start
 * to its actual or planned end). */
SrPeriod   *sr_calendar_find_period          (SrStore       *store,
                                              const char    *client_id,
                                              const char    *day,
                                              SrPeriodMatch *match,
                                              GError       **error);

G_END_DECLS
