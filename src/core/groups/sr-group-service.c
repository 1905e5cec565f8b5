/* sr-group-service.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-group-service"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-group-service.h"
#include "sr-rules.h"
#include "sr-service-private.h"
#include "sr-sessions.h"
#include "sr-attendance-table.h"
#include "sr-group-lists.h"
#include "sr-group.h"
#include "sr-record.h"
#include "sr-store.h"

struct _SrGroupService
{
  SrService parent_instance;
};

G_DEFINE_FINAL_TYPE (SrGroupService, sr_group_service, SR_TYPE_SERVICE)

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The first column of every row of @stmt (bound, reset afterwards). */
static GPtrArray *
column_texts (SrGroupService  *self,
              sqlite3_stmt    *stmt,
              GError         **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (texts, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    sr_store_set_sqlite_error (sr_store_get_db (SR_SERVICE_STORE (self)), rc, error);
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE ? g_steal_pointer (&texts) : NULL;
}

/* The first column of @sql's rows, with the NULL-terminated text
 * arguments bound as ?1, ?2, … */
static GPtrArray *
query_texts (SrGroupService  *self,
             GError         **error,
             const char      *sql,
             ...)
{
  sqlite3_stmt *stmt = sr_store_prepare (SR_SERVICE_STORE (self), sql, error);
  const char *arg;
  va_list args;
  int n = 0;

  if (stmt == NULL)
    return NULL;
  va_start (args, sql);
  while ((arg = va_arg (args, const char *)) != NULL)
    sqlite3_bind_text (stmt, ++n, arg, -1, SQLITE_TRANSIENT);
  va_end (args);

  return column_texts (self, stmt, error);
}

static char *
strip_or_null (const char *text)
{
  g_autofree char *stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  return stripped != NULL && *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
}

static void
sr_group_service_class_init (SrGroupServiceClass *klass)
{
}

static void
sr_group_service_init (SrGroupService *self)
{
}

SrGroupService *
sr_group_service_new (SrStore *store)
{
  g_return_val_if_fail (SR_IS_STORE (store), NULL);

  return g_object_new (SR_TYPE_GROUP_SERVICE, "store", store, NULL);
}

GPtrArray *
sr_group_service_plan_sessions (SrGroupService  *self,
                                const char      *group_id,
                                GError         **error)
{
  g_autoptr(SrGroup) group = NULL;
  g_autoptr(GPtrArray) starts = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) skip = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *time = NULL, *start = NULL, *end = NULL, *location = NULL;
  int weekday, duration;
  gboolean ok = TRUE;

  g_return_val_if_fail (SR_IS_GROUP_SERVICE (self), NULL);
  g_return_val_if_fail (group_id != NULL, NULL);

  group = sr_store_get_group (SR_SERVICE_STORE (self), group_id, error);
  if (group == NULL)
    return NULL;
  g_object_get (group, "weekday", &weekday, "time", &time, "start-date", &start,
                "end-date", &end, "duration", &duration, "location", &location, NULL);

  /* Local days that already have a session are left as they are. */
  stored = query_texts (self, error, "SELECT start FROM sessions WHERE group_id = ?1", group_id,
                        NULL);
  if (stored == NULL)
    return NULL;
  skip = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < stored->len; i++)
    {
      g_autoptr(GDateTime) when = sr_store_parse_time (g_ptr_array_index (stored, i));
      g_autoptr(GDateTime) local = when != NULL ? g_date_time_to_local (when) : NULL;

      if (local != NULL)
        g_ptr_array_add (skip, g_date_time_format (local, "%Y-%m-%d"));
    }
  g_ptr_array_add (skip, NULL);

  starts = sr_sessions_generate (weekday, time, start, end, NULL,
                                 (const char * const *) skip->pdata, error);
  if (starts == NULL)
    return NULL;

  sessions = g_ptr_array_new_with_free_func (g_object_unref);
  if (starts->len == 0)
    return g_steal_pointer (&sessions);

  if (!sr_service_begin (SR_SERVICE_STORE (self), error))
    return NULL;
  for (guint i = 0; ok && i < starts->len; i++)
    {
      SrSession *session = sr_session_new (group_id, g_ptr_array_index (starts, i));

      g_object_set (session, "duration", duration, "location", location, NULL);
      g_ptr_array_add (sessions, session);
      ok = sr_store_save_session (SR_SERVICE_STORE (self), session, error);
    }
  if (!sr_service_finish (SR_SERVICE_STORE (self), ok, NULL, error))
    return NULL;

  return g_steal_pointer (&sessions);
}

gboolean
sr_group_service_save_session (SrGroupService  *self,
                               SrSession       *session,
                               GError         **error)
{
  g_autoptr(SrGroup) group = NULL;

  g_return_val_if_fail (SR_IS_GROUP_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_SESSION (session), FALSE);

  /* A session without its group would be listed nowhere. */
  group = sr_store_get_group (SR_SERVICE_STORE (self), sr_record_get_string (SR_RECORD (session), "group-id"), error);
  if (group == NULL)
    return FALSE;

  return sr_store_save_session (SR_SERVICE_STORE (self), session, error);
}

SrMembership *
sr_group_service_add_member (SrGroupService  *self,
                             const char      *group_id,
                             const char      *client_id,
                             const char      *joined,
                             GError         **error)
{
  g_autofree char *today = today_iso ();
  g_autoptr(GPtrArray) current = NULL;
  g_autoptr(SrMembership) membership = NULL;

  g_return_val_if_fail (SR_IS_GROUP_SERVICE (self), NULL);
  g_return_val_if_fail (group_id != NULL && client_id != NULL, NULL);

  if (joined == NULL)
    joined = today;

  current = query_texts (self, error,
                         "SELECT id FROM memberships WHERE group_id = ?1 AND client_id = ?2"
                         " AND (left IS NULL OR left >= ?3)",
                         group_id, client_id, joined, NULL);
  if (current == NULL)
    return NULL;
  if (current->len > 0)
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE,
                           _("The client is already a member of the group."));
      return NULL;
    }

  membership = sr_membership_new (group_id, client_id, joined);
  if (!sr_store_save_membership (SR_SERVICE_STORE (self), membership, error))
    return NULL;

  return g_steal_pointer (&membership);
}

gboolean
sr_group_service_end_membership (SrGroupService  *self,
                                 const char      *membership_id,
                                 const char      *left,
                                 const char      *reason,
                                 GError         **error)
{
  g_autoptr(SrMembership) membership = NULL;
  g_autofree char *stripped = strip_or_null (reason);

  g_return_val_if_fail (SR_IS_GROUP_SERVICE (self), FALSE);
  g_return_val_if_fail (membership_id != NULL, FALSE);
  g_return_val_if_fail (left != NULL, FALSE);

  membership = sr_store_get_membership (SR_SERVICE_STORE (self), membership_id, error);
  if (membership == NULL)
    return FALSE;

  g_object_set (membership, "left", left, "reason", stripped, NULL);
  return sr_store_save_membership (SR_SERVICE_STORE (self), membership, error);
}

/* Members on the session's day: the rule of sr_attendance_table_is_member_at();
 * and whoever has a row. */
#define SESSION_MEMBERS_SQL                                                      \
  "SELECT c.id FROM clients c WHERE c.id IN ("                                   \
  "  SELECT m.client_id FROM sessions s JOIN memberships m ON m.group_id = s.group_id" \
  "  WHERE s.id = ?1"                                                            \
  "  AND (m.joined IS NULL OR m.joined <= substr (s.start, 1, 10))"              \
  "  AND (m.left IS NULL OR m.left >= substr (s.start, 1, 10))"                  \
  "  UNION SELECT a.client_id FROM attendance a WHERE a.session_id = ?1)"

GPtrArray *
sr_group_service_session_members (SrGroupService  *self,
                                  const char      *session_id,
                                  GError         **error)
{
  g_return_val_if_fail (SR_IS_GROUP_SERVICE (self), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  return query_texts (self, error, SESSION_MEMBERS_SQL " ORDER BY c.sort_key, c.id", session_id,
                      NULL);
}

gboolean
sr_group_service_record_attendance (SrGroupService      *self,
                                    const char          *session_id,
                                    const char          *client_id,
                                    SrAttendanceStatus   status,
                                    int                  minutes,
                                    const char          *reason,
                                    GError             **error)
{
  g_autoptr(GPtrArray) row = NULL;
  g_autoptr(SrAttendance) attendance = NULL;
  gboolean partly = status == SR_ATTENDANCE_PARTLY_PRESENT;

  g_return_val_if_fail (SR_IS_GROUP_SERVICE (self), FALSE);
  g_return_val_if_fail (session_id != NULL && client_id != NULL, FALSE);
  g_return_val_if_fail (sr_attendance_status_is_valid (status), FALSE);

  row = query_texts (self, error, "SELECT id FROM attendance WHERE session_id = ?1 AND client_id = ?2",
                     session_id, client_id, NULL);
  if (row == NULL)
    return FALSE;

  if (row->len > 0)
    {
      attendance = sr_store_get_attendance (SR_SERVICE_STORE (self), g_ptr_array_index (row, 0), error);
      if (attendance == NULL)
        return FALSE;
    }
  else
    {
      g_autoptr(GPtrArray) member = query_texts (self, error,
                                                 SESSION_MEMBERS_SQL " AND c.id = ?2",
                                                 session_id, client_id, NULL);

      if (member == NULL)
        return FALSE;
      if (member->len == 0)
        {
          g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED,
                               _("The client was not a member of the group on the day of the session."));
          return FALSE;
        }
      attendance = sr_attendance_new (session_id, client_id, status);
    }

  g_object_set (attendance,
                "status", status,
                "minutes", partly ? MAX (minutes, 0) : 0,
                "reason", partly ? reason : NULL,
                NULL);
  return sr_store_save_attendance (SR_SERVICE_STORE (self), attendance, error);
}

gboolean
sr_group_service_add_feedback (SrGroupService  *self,
                               SrFeedback      *feedback,
                               GError         **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (SR_IS_GROUP_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_FEEDBACK (feedback), FALSE);
  g_return_val_if_fail (sr_record_get_id (SR_RECORD (feedback)) == NULL, FALSE);

  text = strip_or_null (sr_record_get_string (SR_RECORD (feedback), "text"));
  g_object_set (feedback,
                "anonymous", sr_record_get_string (SR_RECORD (feedback), "client-id") == NULL,
                "text", text,
                NULL);
  return sr_store_save_feedback (SR_SERVICE_STORE (self), feedback, error);
}

gboolean
sr_group_service_save_group (SrGroupService  *self,
                             SrGroup         *group,
                             GError         **error)
{
  g_return_val_if_fail (SR_IS_GROUP_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_GROUP (group), FALSE);

  /* One record, one transaction with its audit row. */
  return sr_store_save_group (SR_SERVICE_STORE (self), group, error);
}

gboolean
sr_group_service_remove_membership (SrGroupService  *self,
                                    const char      *membership_id,
                                    GError         **error)
{
  g_return_val_if_fail (SR_IS_GROUP_SERVICE (self), FALSE);
  g_return_val_if_fail (membership_id != NULL, FALSE);

  return sr_store_delete_by_id (SR_SERVICE_STORE (self), SR_TYPE_MEMBERSHIP, membership_id, error);
}

gboolean
sr_group_service_delete_feedback (SrGroupService  *self,
                                  const char      *feedback_id,
                                  GError         **error)
{
  g_return_val_if_fail (SR_IS_GROUP_SERVICE (self), FALSE);
  g_return_val_if_fail (feedback_id != NULL, FALSE);

  return sr_store_delete_by_id (SR_SERVICE_STORE (self), SR_TYPE_FEEDBACK, feedback_id, error);
}
