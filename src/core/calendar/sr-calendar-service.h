/* sr-calendar-service.h: the calendar's use cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One call per user action, each one transaction: planning a meeting or a
 * weekly series of them, and changing, cancelling or deleting a meeting
 * alone or with the later meetings of its series. A series is its meetings
 * (sr-calendar-query.h): the later occurrences of a meeting are the planned
 * meetings of the same client and worker at the same weekday and local
 * time after it (sr_calendar_find_following()).
 *
 * Every meeting these calls save is linked to the client's open period on
 * its day (sr_calendar_find_period()), or to none. Errors are SR_STORE_ERROR
 * codes (sr-store.h); after a failure nothing of the action is stored and
 * the caller's objects are as they were.
 */

#pragma once

#include "sr-service.h"
#include "sr-store.h"

G_BEGIN_DECLS

/* Which meetings of a series a change applies to (as gnome-calendar's
 * GcalRecurrenceModType). */
typedef enum
{
  SR_MOD_THIS,                /* only the meeting itself */
  SR_MOD_THIS_AND_FOLLOWING,  /* it and the later planned meetings of its series */
} SrModType;

#define SR_TYPE_CALENDAR_SERVICE (sr_calendar_service_get_type ())

G_DECLARE_FINAL_TYPE (SrCalendarService, sr_calendar_service, SR, CALENDAR_SERVICE, SrService)

SrCalendarService *sr_calendar_service_new             (SrStore           *store);

/* Plans @first (new, with client, start, duration and the other fields
 * set) and, if @until is not NULL, the weekly series from it up to and
 * including the local day @until (sr_series_weekly()): each later meeting a
 * copy of @first at the same local time, without @first's notes. One
 * transaction. Returns the saved meetings by start (@first itself first),
 * or NULL with @error. */
GPtrArray *sr_calendar_service_create_series    (SrCalendarService  *self,
                                                 SrMeeting          *first,
                                                 const GDate        *until,
                                                 GError            **error);

/* How many later meetings a SR_MOD_THIS_AND_FOLLOWING update of @meeting
 * (stored, holding the edits) would also change: 0 unless the stored
 * meeting is planned and what a series shares (start, duration, kind,
 * place type, place, worker) differs from what is stored. A caller asks
 * the user "this or all following" only when this is not 0. */
gboolean   sr_calendar_service_count_following  (SrCalendarService  *self,
                                                 SrMeeting          *meeting,
                                                 guint              *n_following,
                                                 GError            **error);

/* Saves @meeting (stored, holding the edits). With
 * SR_MOD_THIS_AND_FOLLOWING the later meetings of its series as stored
 * before the edit move alike: by the same number of days, to the new local
 * time, and take its duration, kind, place type, place and worker (their
 * status and notes stay). One transaction. */
gboolean   sr_calendar_service_update_meeting   (SrCalendarService  *self,
                                                 SrMeeting          *meeting,
                                                 SrModType           mod_type,
                                                 GError            **error);

/* Marks the meeting @meeting_id (and with SR_MOD_THIS_AND_FOLLOWING the
 * later meetings of its series) cancelled with @status
 * (SR_MEETING_STATUS_CANCELLED_BY_CLIENT or _BY_WORKER): cancelled
 * meetings stay, so that they are counted. One transaction. */
gboolean   sr_calendar_service_cancel_meeting   (SrCalendarService  *self,
                                                 const char         *meeting_id,
                                                 SrMeetingStatus     status,
                                                 SrModType           mod_type,
                                                 GError            **error);

/* Deletes the meeting @meeting_id (and with SR_MOD_THIS_AND_FOLLOWING the
 * later meetings of its series): only for meetings entered by mistake. One
 * transaction. */
gboolean   sr_calendar_service_delete_meeting   (SrCalendarService  *self,
                                                 const char         *meeting_id,
                                                 SrModType           mod_type,
                                                 GError            **error);

G_END_DECLS
