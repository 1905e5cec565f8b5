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
 * rolls back whole. After a transaction (or a batch) commits the store emits
 * ::committed once, with an SrChanges naming every record it wrote and the
 * client each concerns.
 *
 * Writes of client data need a current worker (sr_store_set_current_worker()),
 * who is named in the audit log; only workers themselves can be saved without.
 */

#pragma once

#include <gio/gio.h>

#include "sr-changes.h"
#include "sr-enums.h"
#include "sr-record.h"
#include "sr-types.h"

G_BEGIN_DECLS

/* The record types of the typed access below, by name only: include a
 * record's own header (sr-client.h, sr-plan.h, …) to use it. */
typedef struct _SrWorker          SrWorker;
typedef struct _SrClient          SrClient;
typedef struct _SrPeriod          SrPeriod;
typedef struct _SrNeedsAssessment SrNeedsAssessment;
typedef struct _SrReferral        SrReferral;
typedef struct _SrPlan            SrPlan;
typedef struct _SrGoal            SrGoal;
typedef struct _SrReview          SrReview;
typedef struct _SrGoalRating      SrGoalRating;
typedef struct _SrMeeting         SrMeeting;
typedef struct _SrNetworkContact  SrNetworkContact;
typedef struct _SrGroup           SrGroup;
typedef struct _SrMembership      SrMembership;
typedef struct _SrSession         SrSession;
typedef struct _SrAttendance      SrAttendance;
typedef struct _SrFeedback        SrFeedback;

/* PRAGMA application_id of a SocRehab database ("SoRe"). */
#define SR_STORE_APPLICATION_ID 0x536f5265
/* PRAGMA user_version this code writes. */
#define SR_STORE_SCHEMA_VERSION 4
#define SR_STORE_BACKUPS_KEPT   7

#define SR_TYPE_STORE (sr_store_get_type ())

G_DECLARE_FINAL_TYPE (SrStore, sr_store, SR, STORE, GObject)

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

G_END_DECLS
