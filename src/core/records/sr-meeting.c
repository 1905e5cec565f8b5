/* sr-meeting.c: a meeting of intensified individual work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-meeting"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-meeting.h"
#include "sr-record-private.h"
#include "sr-types.h"

struct _SrMeeting
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrMeeting, sr_meeting, SR_TYPE_RECORD)

static const SrField meeting_fields[] = {
  SR_F_REF ("client-id"),
  SR_F_REF ("period-id"),
  SR_F_REF ("worker-id"),
  SR_F_DATETIME ("start"),
  SR_F_INT ("duration", G_MININT, G_MAXINT, 60),
  SR_F_ENUM ("place-type", sr_place_type_get_type, SR_PLACE_OFFICE),
  SR_F_STRING ("place"),
  SR_F_ENUM ("kind", sr_meeting_kind_get_type, SR_MEETING_KIND_MEETING),
  SR_F_ENUM ("status", sr_meeting_status_get_type, SR_MEETING_STATUS_PLANNED),
  SR_F_STRING ("notes"),
};

static gboolean
sr_meeting_validate (SrRecord  *record,
                     GError   **error)
{
  if (!sr_record_check_required (record, "client-id", _("The client"), error))
    return FALSE;

  if (sr_record_get_datetime (record, "start") == NULL)
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                           _("The meeting needs a start time."));
      return FALSE;
    }

  if (sr_record_get_int (record, "duration") <= 0)
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                           _("The meeting’s length must be more than zero minutes."));
      return FALSE;
    }

  return TRUE;
}

static void
sr_meeting_class_init (SrMeetingClass *klass)
{
  SrRecordClass *record_class = SR_RECORD_CLASS (klass);

  record_class->validate = sr_meeting_validate;
  sr_record_class_install_fields (record_class, SR_ENTITY_MEETING, "meetings",
                                  meeting_fields, G_N_ELEMENTS (meeting_fields));
}

static void
sr_meeting_init (SrMeeting *self)
{
}

SrMeeting *
sr_meeting_new (const char *client_id,
                GDateTime  *start,
                int         duration_minutes)
{
  return g_object_new (SR_TYPE_MEETING,
                       "client-id", client_id,
                       "start", start,
                       "duration", duration_minutes,
                       NULL);
}

GDateTime *
sr_meeting_get_start (SrMeeting *self)
{
  g_return_val_if_fail (SR_IS_MEETING (self), NULL);

  return sr_record_get_datetime (SR_RECORD (self), "start");
}
