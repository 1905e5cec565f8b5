/* sr-group.c: group activity: groups, memberships, sessions, attendance, feedback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-group"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sr-group.h"
#include "sr-record-private.h"
#include "sr-types.h"

struct _SrGroup
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrGroup, sr_group, SR_TYPE_RECORD)

struct _SrMembership
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrMembership, sr_membership, SR_TYPE_RECORD)

struct _SrSession
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrSession, sr_session, SR_TYPE_RECORD)

struct _SrAttendance
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrAttendance, sr_attendance, SR_TYPE_RECORD)

struct _SrFeedback
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrFeedback, sr_feedback, SR_TYPE_RECORD)

static const SrField group_fields[] = {
  SR_F_STRING ("name"),
  SR_F_STRING ("description"),
  SR_F_FLAGS ("methods", sr_group_method_get_type),
  SR_F_STRV ("leader-ids"),
  SR_F_STRING ("co-leaders"),
  SR_F_STRING ("location"),
  SR_F_INT ("weekday", G_MININT, G_MAXINT, 0),
  SR_F_STRING ("time"),
  SR_F_INT ("duration", G_MININT, G_MAXINT, 90),
  SR_F_DATE ("start-date"),
  SR_F_DATE ("end-date"),
  SR_F_INT ("capacity", G_MININT, G_MAXINT, 0),
  SR_F_BOOL ("archived", FALSE),
};

static const SrField membership_fields[] = {
  SR_F_REF ("group-id"),
  SR_F_REF ("client-id"),
  SR_F_DATE ("joined"),
  SR_F_DATE ("left"),
  SR_F_STRING ("reason"),
};

static const SrField session_fields[] = {
  SR_F_REF ("group-id"),
  SR_F_DATETIME ("start"),
  SR_F_INT ("duration", G_MININT, G_MAXINT, 90),
  SR_F_STRING ("location"),
  SR_F_STRING ("topic"),
  SR_F_ENUM ("status", sr_session_status_get_type, SR_SESSION_STATUS_PLANNED),
  SR_F_STRING ("notes"),
};

static const SrField attendance_fields[] = {
  SR_F_REF ("session-id"),
  SR_F_REF ("client-id"),
  SR_F_ENUM ("status", sr_attendance_status_get_type, SR_ATTENDANCE_NOT_RECORDED),
  SR_F_INT ("minutes", G_MININT, G_MAXINT, 0),
  SR_F_STRING ("reason"),
  SR_F_STRING ("note"),
};

static const SrField feedback_fields[] = {
  SR_F_REF ("session-id"),
  SR_F_REF ("client-id"),
  SR_F_BOOL ("anonymous", FALSE),
  SR_F_INT ("rating", G_MININT, G_MAXINT, 3),
  SR_F_STRING ("text"),
};

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
sr_group_validate (SrRecord  *record,
                   GError   **error)
{
  const char *time = sr_record_get_string (record, "time");
  int weekday = sr_record_get_int (record, "weekday");
  GDate start, end;
  guint h, m;

  if (!sr_record_check_required (record, "name", _("The group’s name"), error)
      || !sr_record_check_date (record, "start-date", _("The start date"), FALSE, &start, error)
      || !sr_record_check_date (record, "end-date", _("The end date"), FALSE, &end, error))
    return FALSE;

  if (g_date_valid (&start) && g_date_valid (&end) && g_date_compare (&end, &start) < 0)
    return invalid (error, _("The end date is before the start date."));
  if (weekday < 0 || weekday > 7)
    return invalid (error, _("The weekday is not valid."));
  if (time != NULL && (sscanf (time, "%2u:%2u", &h, &m) != 2 || h > 23 || m > 59))
    return invalid (error, _("The time must be given as HH:MM."));
  if (sr_record_get_int (record, "duration") < 0 || sr_record_get_int (record, "capacity") < 0)
    return invalid (error, _("Length and capacity cannot be negative."));

  return TRUE;
}

static gboolean
sr_membership_validate (SrRecord  *record,
                        GError   **error)
{
  GDate joined, left;

  if (!sr_record_check_required (record, "group-id", _("The group"), error)
      || !sr_record_check_required (record, "client-id", _("The client"), error)
      || !sr_record_check_date (record, "joined", _("The joining date"), FALSE, &joined, error)
      || !sr_record_check_date (record, "left", _("The leaving date"), FALSE, &left, error))
    return FALSE;

  if (g_date_valid (&joined) && g_date_valid (&left) && g_date_compare (&left, &joined) < 0)
    return invalid (error, _("The leaving date is before the joining date."));

  return TRUE;
}

static gboolean
sr_session_validate (SrRecord  *record,
                     GError   **error)
{
  if (!sr_record_check_required (record, "group-id", _("The group"), error))
    return FALSE;
  if (sr_record_get_datetime (record, "start") == NULL)
    return invalid (error, _("The session needs a start time."));
  if (sr_record_get_int (record, "duration") < 0)
    return invalid (error, _("The length cannot be negative."));

  return TRUE;
}

static gboolean
sr_attendance_validate (SrRecord  *record,
                        GError   **error)
{
  int minutes = sr_record_get_int (record, "minutes");

  if (!sr_record_check_required (record, "session-id", _("The session"), error)
      || !sr_record_check_required (record, "client-id", _("The client"), error))
    return FALSE;
  if (minutes < 0)
    return invalid (error, _("The minutes present cannot be negative."));

  return TRUE;
}

static gboolean
sr_feedback_validate (SrRecord  *record,
                      GError   **error)
{
  int rating = sr_record_get_int (record, "rating");

  if (!sr_record_check_required (record, "session-id", _("The session"), error))
    return FALSE;
  if (rating < 1 || rating > 5)
    return invalid (error, _("The rating must be from 1 to 5."));

  /* Anonymous feedback must not point to anybody. */
  if (sr_record_get_boolean (record, "anonymous"))
    sr_record_set_string (record, "client-id", NULL);

  return TRUE;
}

#define INSTALL(klass, Entity, table, fields, vfunc)                          \
  G_STMT_START {                                                             \
    SR_RECORD_CLASS (klass)->validate = vfunc;                               \
    sr_record_class_install_fields (SR_RECORD_CLASS (klass), Entity, table,  \
                                    fields, G_N_ELEMENTS (fields));          \
  } G_STMT_END

static void
sr_group_class_init (SrGroupClass *klass)
{
  INSTALL (klass, SR_ENTITY_GROUP, "groups", group_fields, sr_group_validate);
}

static void
sr_group_init (SrGroup *self)
{
}

static void
sr_membership_class_init (SrMembershipClass *klass)
{
  INSTALL (klass, SR_ENTITY_MEMBERSHIP, "memberships", membership_fields,
           sr_membership_validate);
}

static void
sr_membership_init (SrMembership *self)
{
}

static void
sr_session_class_init (SrSessionClass *klass)
{
  INSTALL (klass, SR_ENTITY_SESSION, "sessions", session_fields, sr_session_validate);
}

static void
sr_session_init (SrSession *self)
{
}

static void
sr_attendance_class_init (SrAttendanceClass *klass)
{
  INSTALL (klass, SR_ENTITY_ATTENDANCE, "attendance", attendance_fields,
           sr_attendance_validate);
}

static void
sr_attendance_init (SrAttendance *self)
{
}

static void
sr_feedback_class_init (SrFeedbackClass *klass)
{
  INSTALL (klass, SR_ENTITY_FEEDBACK, "feedback", feedback_fields, sr_feedback_validate);
}

static void
sr_feedback_init (SrFeedback *self)
{
}

SrGroup *
sr_group_new (const char *name)
{
  return g_object_new (SR_TYPE_GROUP, "name", name, NULL);
}

const char *
sr_group_get_name (SrGroup *self)
{
  g_return_val_if_fail (SR_IS_GROUP (self), NULL);

  return sr_record_get_string (SR_RECORD (self), "name");
}

SrMembership *
sr_membership_new (const char *group_id,
                   const char *client_id,
                   const char *joined)
{
  return g_object_new (SR_TYPE_MEMBERSHIP,
                       "group-id", group_id,
                       "client-id", client_id,
                       "joined", joined,
                       NULL);
}

SrSession *
sr_session_new (const char *group_id,
                GDateTime  *start)
{
  return g_object_new (SR_TYPE_SESSION, "group-id", group_id, "start", start, NULL);
}

SrAttendance *
sr_attendance_new (const char         *session_id,
                   const char         *client_id,
                   SrAttendanceStatus  status)
{
  return g_object_new (SR_TYPE_ATTENDANCE,
                       "session-id", session_id,
                       "client-id", client_id,
                       "status", status,
                       NULL);
}

SrFeedback *
sr_feedback_new (const char *session_id,
                 int         rating)
{
  return g_object_new (SR_TYPE_FEEDBACK, "session-id", session_id, "rating", rating, NULL);
}
