/* sr-store.h: the SocRehab database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SrStore owns the one read-write SQLite connection of the app and must be
 * used from the thread that opened it (the main thread). Queries that may be
 * slow (the client list) run in a GTask thread on their own read-only
 * connection; WAL makes that safe.
 *
 * Values: see sr-record.h (days are "YYYY-MM-DD" strings, points in time are
 * GDateTime stored as UTC "YYYY-MM-DDTHH:MM:SSZ", ids are UUID strings).
 *
 * Every write is one transaction together with its audit row; a failed write
 * rolls back whole. After a write commits the store emits ::changed with the
 * entity type (SR_ENTITY_*) and the record id.
 *
 * Writes of client data need a current worker (sr_store_set_current_worker()),
 * who is named in the audit log; only workers themselves can be saved without.
 */

#pragma once

#include <gio/gio.h>

#include "sr-record.h"
#include "sr-enums.h"
#include "sr-worker.h"
#include "sr-client.h"
#include "sr-period.h"
#include "sr-needs-assessment.h"
#include "sr-plan.h"
#include "sr-meeting.h"
#include "sr-network-contact.h"
#include "sr-group.h"
#include "sr-audit-entry.h"

G_BEGIN_DECLS

#define SR_STORE_ERROR (sr_store_error_quark ())

typedef enum
{
  SR_STORE_ERROR_FAILED,
  SR_STORE_ERROR_NEWER_VERSION, /* made by a newer SocRehab: left untouched */
  SR_STORE_ERROR_FOREIGN,       /* not a SocRehab database: left untouched */
  SR_STORE_ERROR_CORRUPT,       /* unreadable or damaged: left untouched */
  SR_STORE_ERROR_IO,            /* folder or file could not be created */
  SR_STORE_ERROR_INVALID,       /* a record failed validation */
  SR_STORE_ERROR_DUPLICATE,     /* e.g. identity code already in use */
  SR_STORE_ERROR_NOT_FOUND,
  SR_STORE_ERROR_CONFLICT,      /* changed elsewhere since it was read */
  SR_STORE_ERROR_IN_USE,        /* other records refer to it */
  SR_STORE_ERROR_NOT_ALLOWED,   /* e.g. deleting a client with periods */
  SR_STORE_ERROR_NO_WORKER,     /* no current worker set */
} SrStoreError;

/* Entity types, as in ::changed and the audit log. */
#define SR_ENTITY_WORKER           "worker"
#define SR_ENTITY_CLIENT           "client"
#define SR_ENTITY_PERIOD           "period"
#define SR_ENTITY_NEEDS_ASSESSMENT "needs-assessment"
#define SR_ENTITY_REFERRAL         "referral"
#define SR_ENTITY_PLAN             "plan"
#define SR_ENTITY_GOAL             "goal"
#define SR_ENTITY_REVIEW           "review"
#define SR_ENTITY_GOAL_RATING      "goal-rating"
#define SR_ENTITY_MEETING          "meeting"
#define SR_ENTITY_NETWORK_CONTACT  "network-contact"
#define SR_ENTITY_GROUP            "group"
#define SR_ENTITY_MEMBERSHIP       "membership"
#define SR_ENTITY_SESSION          "session"
#define SR_ENTITY_ATTENDANCE       "attendance"
#define SR_ENTITY_FEEDBACK         "feedback"
#define SR_ENTITY_AUDIT            "audit"

/* PRAGMA application_id of a SocRehab database ("SoRe"). */
#define SR_STORE_APPLICATION_ID 0x536f5265
/* PRAGMA user_version this code writes. */
#define SR_STORE_SCHEMA_VERSION 4
#define SR_STORE_BACKUPS_KEPT   7

#define SR_TYPE_STORE (sr_store_get_type ())

G_DECLARE_FINAL_TYPE (SrStore, sr_store, SR, STORE, GObject)

GQuark      sr_store_error_quark        (void);

/* <user data dir>/socrehab/socrehab.db */
char       *sr_store_default_path       (void);
/* <user data dir>/socrehab/backups */
char       *sr_store_default_backup_dir (void);
/* Command line (@cmdline_path, may be NULL) > $SOCREHAB_DATABASE > default. */
char       *sr_store_resolve_path       (const char  *cmdline_path);

/* Opens or creates the database at @path (":memory:" for a private in-memory
 * one). A new or empty file is initialised; an older schema is migrated. A
 * file from a newer SocRehab, a foreign or a damaged file is refused and left
 * byte for byte untouched. */
SrStore    *sr_store_open               (const char  *path,
                                         GError     **error);
const char *sr_store_get_path           (SrStore     *self);
int         sr_store_get_schema_version (SrStore     *self);

/* The worker named in every audit row from now on; NULL for none. */
void        sr_store_set_current_worker (SrStore     *self,
                                         const char  *worker_id);
const char *sr_store_get_current_worker (SrStore     *self);

/* Bulk writes (sample data): many saves in one transaction, each save a
 * savepoint within it (a failed save rolls back alone), one sync at the
 * commit. ::changed for each saved record is emitted after the commit;
 * objects get their ids as each save returns. Batches do not nest. */
gboolean    sr_store_begin_batch        (SrStore     *self,
                                         GError     **error);
gboolean    sr_store_commit_batch       (SrStore     *self,
                                         GError     **error);
void        sr_store_rollback_batch     (SrStore     *self);

/* Backups: @backup_dir NULL means sr_store_default_backup_dir(). Makes
 * socrehab-YYYY-MM-DD.db (local date) unless today's exists, after an
 * integrity check of the copy; keeps the newest @keep. Returns TRUE when a
 * backup was made, FALSE with @error unset when today's already exists. */
gboolean    sr_store_backup_if_due      (SrStore     *self,
                                         const char  *backup_dir,
                                         guint        keep,
                                         GError     **error);
gboolean    sr_store_backup_to          (SrStore     *self,
                                         const char  *path,
                                         GError     **error);

/* Generic record access: the typed functions below are these. */
gboolean    sr_store_save               (SrStore     *self,
                                         SrRecord    *record,
                                         GError     **error);
SrRecord   *sr_store_get                (SrStore     *self,
                                         GType        type,
                                         const char  *id,
                                         GError     **error);
/* Only where deletion is legitimate (something entered by mistake):
 * goals, meetings, network contacts, referrals, memberships, attendance,
 * feedback, goal ratings, and clients without any records. Records that
 * others refer to are refused with SR_STORE_ERROR_IN_USE. */
gboolean    sr_store_delete             (SrStore     *self,
                                         SrRecord    *record,
                                         GError     **error);

/* Typed access. save: insert (no id yet, or an id not in the database) or
 * update (revision must match what is stored, else SR_STORE_ERROR_CONFLICT);
 * fills id, timestamps and revision of @obj. get: a new object, or NULL
 * with SR_STORE_ERROR_NOT_FOUND. */
#define SR_STORE_DECLARE_ACCESS(Type, type)                                   \
  gboolean sr_store_save_##type (SrStore *self, Type *obj, GError **error);   \
  Type    *sr_store_get_##type  (SrStore *self, const char *id, GError **error);

SR_STORE_DECLARE_ACCESS (SrWorker, worker)
SR_STORE_DECLARE_ACCESS (SrClient, client)
SR_STORE_DECLARE_ACCESS (SrPeriod, period)
SR_STORE_DECLARE_ACCESS (SrNeedsAssessment, needs_assessment)
SR_STORE_DECLARE_ACCESS (SrReferral, referral)
SR_STORE_DECLARE_ACCESS (SrPlan, plan)
SR_STORE_DECLARE_ACCESS (SrGoal, goal)
SR_STORE_DECLARE_ACCESS (SrReview, review)
SR_STORE_DECLARE_ACCESS (SrGoalRating, goal_rating)
SR_STORE_DECLARE_ACCESS (SrMeeting, meeting)
SR_STORE_DECLARE_ACCESS (SrNetworkContact, network_contact)
SR_STORE_DECLARE_ACCESS (SrGroup, group)
SR_STORE_DECLARE_ACCESS (SrMembership, membership)
SR_STORE_DECLARE_ACCESS (SrSession, session)
SR_STORE_DECLARE_ACCESS (SrAttendance, attendance)
SR_STORE_DECLARE_ACCESS (SrFeedback, feedback)

#undef SR_STORE_DECLARE_ACCESS

gboolean    sr_store_delete_goal            (SrStore     *self,
                                             const char  *goal_id,
                                             GError     **error);
gboolean    sr_store_delete_meeting         (SrStore     *self,
                                             const char  *meeting_id,
                                             GError     **error);
gboolean    sr_store_delete_network_contact (SrStore     *self,
                                             const char  *contact_id,
                                             GError     **error);
/* Only a client created by mistake: refused if the client has any periods
 * (SR_STORE_ERROR_NOT_ALLOWED) or other records (SR_STORE_ERROR_IN_USE). */
gboolean    sr_store_delete_client          (SrStore     *self,
                                             const char  *client_id,
                                             GError     **error);
/* Archiving is how clients leave the lists; nothing is deleted. */
gboolean    sr_store_archive_client         (SrStore     *self,
                                             const char  *client_id,
                                             gboolean     archived,
                                             GError     **error);

/* Plans: the next version of a period's plan, a copy of @plan_id's goals. */
SrPlan     *sr_store_new_plan_version       (SrStore     *self,
                                             const char  *plan_id,
                                             GError     **error);
/* The highest version of the period's plan, or NULL (no error) if none. */
SrPlan     *sr_store_get_current_plan       (SrStore     *self,
                                             const char  *period_id,
                                             GError     **error);
/* GAS T-score of a plan version's goals: at baseline if @review_id is NULL,
 * else with the review's ratings (every goal must be rated). */
gboolean    sr_store_plan_t_score           (SrStore     *self,
                                             const char  *plan_id,
                                             const char  *review_id,
                                             double       rho,
                                             double      *t_score,
                                             GError     **error);

/* Gives every current member of the session's group an attendance row
 * ("not recorded") if they have none, so a sheet lists everyone. */
gboolean    sr_store_ensure_attendance_rows (SrStore     *self,
                                             const char  *session_id,
                                             GError     **error);

/* Audit log (client data law 703/2023). Writes log themselves; these log
 * uses that are not writes. The log holds ids, never personal data. */
gboolean    sr_store_log_view_client        (SrStore       *self,
                                             const char    *client_id,
                                             GError       **error);
/* @action: SR_AUDIT_ACTION_EXPORT, _PRINT or _HAND_OVER; @detail: what and
 * to whom, without personal data (e.g. "csv: meetings 2024-05"). */
gboolean    sr_store_log_disclosure         (SrStore       *self,
                                             const char    *client_id,
                                             SrAuditAction  action,
                                             const char    *detail,
                                             GError       **error);
/* Recomputes the hash chain. On a mismatch returns FALSE, sets @bad_row_out
 * to the sequence number of the first bad row and @error. */
gboolean    sr_store_verify_audit_chain     (SrStore       *self,
                                             guint64       *bad_row_out,
                                             GError       **error);

/* Live models (see also sr-client-list.h). Items are the record types; they
 * update themselves with minimal ::items-changed on ::changed. */
GListModel *sr_store_list_workers           (SrStore     *self);
GListModel *sr_store_list_periods           (SrStore     *self,
                                             const char  *client_id);
GListModel *sr_store_list_needs_assessments (SrStore     *self,
                                             const char  *period_id);
GListModel *sr_store_list_referrals         (SrStore     *self,
                                             const char  *assessment_id);
GListModel *sr_store_list_plans             (SrStore     *self,
                                             const char  *period_id);
GListModel *sr_store_list_goals             (SrStore     *self,
                                             const char  *plan_id);
GListModel *sr_store_list_reviews           (SrStore     *self,
                                             const char  *plan_id);
GListModel *sr_store_list_goal_ratings      (SrStore     *self,
                                             const char  *review_id);
GListModel *sr_store_list_client_meetings   (SrStore     *self,
                                             const char  *client_id);
/* Meetings with start in [@from, @to), of @worker_id or everyone's (NULL). */
GListModel *sr_store_list_meetings          (SrStore     *self,
                                             const char  *worker_id,
                                             GDateTime   *from,
                                             GDateTime   *to);
GListModel *sr_store_list_network_contacts  (SrStore     *self,
                                             const char  *client_id);
GListModel *sr_store_list_groups            (SrStore     *self);
/* Memberships of the group, by the members' names. */
GListModel *sr_store_list_group_members     (SrStore     *self,
                                             const char  *group_id);
GListModel *sr_store_list_client_memberships (SrStore    *self,
                                              const char *client_id);
GListModel *sr_store_list_sessions          (SrStore     *self,
                                             const char  *group_id);
/* Attendance rows of the session, by the members' names. */
GListModel *sr_store_list_attendance        (SrStore     *self,
                                             const char  *session_id);
/* Attendance rows of all the group's sessions in one list: by session start,
 * then by the members' names (an attendance sheet in one query). */
GListModel *sr_store_list_group_attendance  (SrStore     *self,
                                             const char  *group_id);
GListModel *sr_store_list_feedback          (SrStore     *self,
                                             const char  *session_id);
/* The client's audit rows of @log, newest first, since @since (NULL: all). */
GListModel *sr_store_list_audit             (SrStore     *self,
                                             const char  *client_id,
                                             SrAuditLog   log,
                                             GDateTime   *since);

G_END_DECLS
