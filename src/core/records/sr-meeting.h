/* sr-meeting.h: a meeting of intensified individual work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sr-record.h"
#include "sr-enums.h"

G_BEGIN_DECLS

#define SR_TYPE_MEETING (sr_meeting_get_type ())

G_DECLARE_FINAL_TYPE (SrMeeting, sr_meeting, SR, MEETING, SrRecord)

/* Properties: "client-id" (ref, required), "period-id" (ref), "worker-id"
 * (ref), "start" (GDateTime, required), "duration" (int minutes, > 0),
 * "place-type" (SrPlaceType), "place" (string), "kind" (SrMeetingKind),
 * "status" (SrMeetingStatus), "notes" (string). */

SrMeeting  *sr_meeting_new       (const char *client_id,
                                  GDateTime  *start,
                                  int         duration_minutes);
GDateTime  *sr_meeting_get_start (SrMeeting  *self);

G_END_DECLS
