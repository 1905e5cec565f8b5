/* sr-group-service.h: group activity's use cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One call per user action, each one transaction: planning a group's
 * sessions from its weekly schedule, a client joining and leaving, one
 * member's attendance at one session, and session feedback; saving a group,
 * and deleting a membership or feedback entered by mistake. Attendance is
 * written only for the row that changes: a member on the session's day
 * without a row is "not recorded" (as SrAttendanceTable reads it), so no
 * placeholder rows are needed. Errors are SR_STORE_ERROR codes (sr-store.h)
 * or SR_SESSIONS_ERROR (sr-sessions.h) for a schedule that cannot be planned.
 */

#pragma once

#include "sr-service.h"
#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_GROUP_SERVICE (sr_group_service_get_type ())

G_DECLARE_FINAL_TYPE (SrGroupService, sr_group_service, SR, GROUP_SERVICE, SrService)

SrGroupService *sr_group_service_new                (SrStore         *store);

/* Plans the sessions of the group's schedule (weekday, time, start and end
 * date; sr_sessions_generate() in local time), each with the group's
 * duration and location, leaving out local days that already have a
 * session: running it again plans nothing new. One transaction. Returns
 * the new sessions by start (empty when every session is already planned),
 * or NULL with @error (SR_SESSIONS_ERROR when the schedule is incomplete or
 * too long). */
GPtrArray      *sr_group_service_plan_sessions      (SrGroupService  *self,
                                                     const char      *group_id,
                                                     GError         **error);

/* Saves the session @session, new (its group-id and start set) or edited
 * (revision-checked: SR_STORE_ERROR_CONFLICT when it changed elsewhere), as
 * one session dialog saves it. Refused with SR_STORE_ERROR_NOT_FOUND when
 * its group does not exist. On failure @session is as it was. */
gboolean        sr_group_service_save_session       (SrGroupService  *self,
                                                     SrSession       *session,
                                                     GError         **error);

/* Makes @client_id a member of @group_id from @joined ("YYYY-MM-DD"; NULL:
 * today). Refused with SR_STORE_ERROR_DUPLICATE while the client has a
 * membership that has not ended by @joined. Returns the saved membership. */
SrMembership   *sr_group_service_add_member         (SrGroupService  *self,
                                                     const char      *group_id,
                                                     const char      *client_id,
                                                     const char      *joined,
                                                     GError         **error);

/* Ends the membership @membership_id on @left ("YYYY-MM-DD", required; not
 * before it was joined) with @reason (may be NULL; blank means none). The
 * membership stays in the group's history. */
gboolean        sr_group_service_end_membership     (SrGroupService  *self,
                                                     const char      *membership_id,
                                                     const char      *left,
                                                     const char      *reason,
                                                     GError         **error);

/* The clients (ids, by name) of the session: members on its day, and
 * anyone with an attendance row for it. Reads only. */
GPtrArray      *sr_group_service_session_members    (SrGroupService  *self,
                                                     const char      *session_id,
                                                     GError         **error);

/* Records @client_id's attendance at @session_id: updates their row, or
 * writes it if there is none; no other row is written. @minutes and
 * @reason are kept only for SR_ATTENDANCE_PARTLY_PRESENT. A client without
 * a row who was not a member on the session's day is refused with
 * SR_STORE_ERROR_NOT_ALLOWED. */
gboolean        sr_group_service_record_attendance  (SrGroupService     *self,
                                                     const char         *session_id,
                                                     const char         *client_id,
                                                     SrAttendanceStatus  status,
                                                     int                 minutes,
                                                     const char         *reason,
                                                     GError            **error);

/* Saves new session feedback: anonymous when its client-id is NULL; blank
 * text is stored as none. */
gboolean        sr_group_service_add_feedback       (SrGroupService  *self,
                                                     SrFeedback      *feedback,
                                                     GError         **error);

/* Saves the group @group, new or edited (revision-checked: a stale copy
 * gives SR_STORE_ERROR_CONFLICT). */
gboolean        sr_group_service_save_group         (SrGroupService  *self,
                                                     SrGroup         *group,
                                                     GError         **error);

/* Deletes the membership @membership_id, added by mistake (a member who
 * stops coming leaves instead: sr_group_service_end_membership()). */
gboolean        sr_group_service_remove_membership  (SrGroupService  *self,
                                                     const char      *membership_id,
                                                     GError         **error);

/* Deletes the session feedback @feedback_id, entered by mistake. */
gboolean        sr_group_service_delete_feedback    (SrGroupService  *self,
                                                     const char      *feedback_id,
                                                     GError         **error);

G_END_DECLS
