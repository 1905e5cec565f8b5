/* sr-group.h: group activity: groups, memberships, sessions, attendance, feedback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sr-record.h"
#include "sr-enums.h"

G_BEGIN_DECLS

#define SR_TYPE_GROUP (sr_group_get_type ())

G_DECLARE_FINAL_TYPE (SrGroup, sr_group, SR, GROUP, SrRecord)

/* Properties: "name" (string, required), "description" (string), "methods"
 * (SrGroupMethod flags), "leader-ids" (strv of worker ids), "co-leaders"
 * (string: names of experts by experience or developer clients), "location"
 * (string), "weekday" (int 1 = Monday … 7, 0 = none), "time" (string
 * "HH:MM"), "duration" (int minutes), "start-date", "end-date" (date),
 * "capacity" (int, 0 = no limit), "archived" (boolean). */

SrGroup    *sr_group_new      (const char *name);
const char *sr_group_get_name (SrGroup    *self);

#define SR_TYPE_MEMBERSHIP (sr_membership_get_type ())

G_DECLARE_FINAL_TYPE (SrMembership, sr_membership, SR, MEMBERSHIP, SrRecord)

/* Properties: "group-id", "client-id" (ref, required), "joined", "left"
 * (date; left not before joined), "reason" (string, why they left). */

SrMembership *sr_membership_new (const char *group_id,
                                 const char *client_id,
                                 const char *joined);

#define SR_TYPE_SESSION (sr_session_get_type ())

G_DECLARE_FINAL_TYPE (SrSession, sr_session, SR, SESSION, SrRecord)

/* Properties: "group-id" (ref, required), "start" (GDateTime, required),
 * "duration" (int minutes), "location", "topic" (string), "status"
 * (SrSessionStatus), "notes" (string). */

SrSession *sr_session_new (const char *group_id,
                           GDateTime  *start);

#define SR_TYPE_ATTENDANCE (sr_attendance_get_type ())

G_DECLARE_FINAL_TYPE (SrAttendance, sr_attendance, SR, ATTENDANCE, SrRecord)

/* Properties: "session-id", "client-id" (ref, required; one row per member
 * and session), "status" (SrAttendanceStatus), "minutes" (int: for partly
 * present), "reason" (string: for partly present), "note" (string). */

SrAttendance *sr_attendance_new (const char         *session_id,
                                 const char         *client_id,
                                 SrAttendanceStatus  status);

#define SR_TYPE_FEEDBACK (sr_feedback_get_type ())

G_DECLARE_FINAL_TYPE (SrFeedback, sr_feedback, SR, FEEDBACK, SrRecord)

/* Session feedback. Properties: "session-id" (ref, required), "client-id"
 * (ref; NULL when anonymous), "anonymous" (boolean), "rating" (int 1–5),
 * "text" (string). */

SrFeedback *sr_feedback_new (const char *session_id,
                             int         rating);

G_END_DECLS
