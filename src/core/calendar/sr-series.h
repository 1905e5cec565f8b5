/* sr-series.h: weekly series of meetings in local time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A weekly series ("every Tuesday at 10 until the period ends") keeps the
 * wall-clock time of the first occurrence in its time zone: across a change
 * to or from daylight-saving time the meeting stays at 10:00 local time and
 * its UTC time moves by an hour. Pure functions on GDateTime; the store keeps
 * each occurrence as an ordinary meeting.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most occurrences one series makes (a year and a bit of weeks). */
#define SR_SERIES_MAX_OCCURRENCES 60

/* How long a series runs by default when the client's period has no planned end. */
#define SR_SERIES_DEFAULT_WEEKS 8

/* Occurrences of a weekly series: @first, then every 7 calendar days at the
 * same local time in @first's time zone, on days up to and including @until
 * (a local day), at most @max_occurrences (0: SR_SERIES_MAX_OCCURRENCES).
 * Returns a GPtrArray of GDateTime (owned), never empty: @first is always
 * the first element. */
GPtrArray *sr_series_weekly       (GDateTime   *first,
                                   const GDate *until,
                                   guint        max_occurrences);

/* Whether @a and @b fall on the same weekday at the same local hour and
 * minute in @a's time zone: how a series' later occurrences are recognised. */
gboolean   sr_series_same_slot    (GDateTime   *a,
                                   GDateTime   *b);

/* @when moved to the local day @day, keeping its local time of day. */
GDateTime *sr_series_move_to_day  (GDateTime   *when,
                                   const GDate *day);

/* The default last day of a weekly series from @first (may be NULL): the
 * client's period's planned end @planned_end ("YYYY-MM-DD") when there is
 * one, else the day SR_SERIES_DEFAULT_WEEKS weeks after @first's day in
 * @first's time zone.
 * Returns "YYYY-MM-DD", or NULL when neither is known. */
char      *sr_series_default_until (GDateTime  *first,
                                    const char *planned_end);

G_END_DECLS
