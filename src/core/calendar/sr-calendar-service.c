/* sr-calendar-service.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-calendar-service"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-calendar-query.h"
#include "sr-calendar-service.h"
#include "sr-series.h"
#include "sr-service-private.h"
#include "sr-meeting-lists.h"
#include "sr-meeting.h"
#include "sr-period.h"
#include "sr-record.h"
#include "sr-store.h"

struct _SrCalendarService
{
  SrService parent_instance;
};

G_DEFINE_FINAL_TYPE (SrCalendarService, sr_calendar_service, SR_TYPE_SERVICE)

/* What the meetings of a series share, besides the local time of day. */
static const char * const shared_fields[] = {
  "duration", "kind", "place-type", "place", "worker-id",
};

static void
local_day (GDateTime *when,
           GDate     *day)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (when);

  g_date_clear (day, 1);
  g_date_set_dmy (day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

/* Links @meeting to the client's open period on its local day, or none. */
/* The client's open periods, read once for all the meetings one call saves. */
typedef struct
{
  char      *client_id;
  GPtrArray *open;      /* SrPeriod */
} Periods;

static void
periods_clear (Periods *periods)
{
  g_clear_pointer (&periods->client_id, g_free);
  g_clear_pointer (&periods->open, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Periods, periods_clear)

/* Links the meeting to the client's period on its day (sr_calendar_choose_period()). */
static gboolean
link_period (SrCalendarService  *self,
             Periods            *periods,
             SrMeeting          *meeting,
             GError            **error)
{
  const char *client_id = sr_record_get_string (SR_RECORD (meeting), "client-id");
  g_autoptr(GDateTime) local = g_date_time_to_local (sr_meeting_get_start (meeting));
  g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");
  SrPeriod *period;

  if (periods->open == NULL || g_strcmp0 (periods->client_id, client_id) != 0)
    {
      periods_clear (periods);
      periods->client_id = g_strdup (client_id);
      periods->open = sr_calendar_open_periods (SR_SERVICE_STORE (self), client_id);
    }

  period = sr_calendar_choose_period (periods->open, day);
  g_object_set (meeting, "period-id", period ? sr_record_get_id (SR_RECORD (period)) : NULL, NULL);
  return TRUE;
}

static void
copy_fields (SrMeeting          *from,
             SrMeeting          *to,
             const char * const *names,
             guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (from), names[i], &value);
      g_object_set_property (G_OBJECT (to), names[i], &value);
    }
}

/* A new meeting with every field of @meeting; the caller sets the start. */
static SrMeeting *
copy_meeting (SrMeeting *meeting)
{
  const SrRecordInfo *info = sr_record_type_get_info (SR_TYPE_MEETING);
  SrMeeting *copy = g_object_new (SR_TYPE_MEETING, NULL);

  for (guint f = 0; f < info->n_fields; f++)
    g_value_copy (sr_record_peek_value (SR_RECORD (meeting), f),
                  sr_record_peek_value (SR_RECORD (copy), f));

  return copy;
}

/* @meeting_id's stored meeting alone, or with the later ones of its series. */
static GPtrArray *
find_targets (SrCalendarService  *self,
              const char         *meeting_id,
              SrModType           mod_type,
              GError            **error)
{
  g_autoptr(SrMeeting) stored = sr_store_get_meeting (SR_SERVICE_STORE (self), meeting_id, error);
  GPtrArray *targets;

  if (stored == NULL)
    return NULL;
  if (mod_type == SR_MOD_THIS_AND_FOLLOWING)
    return sr_calendar_find_following (SR_SERVICE_STORE (self), stored, error);

  targets = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (targets, g_steal_pointer (&stored));
  return targets;
}

static gboolean
series_changed (SrMeeting *stored,
                SrMeeting *edited)
{
  if (!g_date_time_equal (sr_meeting_get_start (stored), sr_meeting_get_start (edited)))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (shared_fields); i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (stored), shared_fields[i], &a);
      g_object_get_property (G_OBJECT (edited), shared_fields[i], &b);
      if (G_VALUE_HOLDS_STRING (&a) ? g_strcmp0 (g_value_get_string (&a), g_value_get_string (&b)) != 0
          : G_VALUE_HOLDS_INT (&a) ? g_value_get_int (&a) != g_value_get_int (&b)
          : g_value_get_enum (&a) != g_value_get_enum (&b))
        return TRUE;
    }

  return FALSE;
}

static void
sr_calendar_service_class_init (SrCalendarServiceClass *klass)
{
}

static void
sr_calendar_service_init (SrCalendarService *self)
{
}

SrCalendarService *
sr_calendar_service_new (SrStore *store)
{
  g_return_val_if_fail (SR_IS_STORE (store), NULL);

  return g_object_new (SR_TYPE_CALENDAR_SERVICE, "store", store, NULL);
}

GPtrArray *
sr_calendar_service_create_series (SrCalendarService  *self,
                                   SrMeeting          *first,
                                   const GDate        *until,
                                   GError            **error)
{
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) metas = sr_service_metas_new ();
  g_auto(Periods) periods = { NULL, NULL };
  GDateTime *start;
  gboolean ok;

  g_return_val_if_fail (SR_IS_CALENDAR_SERVICE (self), NULL);
  g_return_val_if_fail (SR_IS_MEETING (first), NULL);
  g_return_val_if_fail (sr_record_get_id (SR_RECORD (first)) == NULL, NULL);

  start = sr_meeting_get_start (first);
  if (start == NULL)
    {
      sr_record_validate (SR_RECORD (first), error);
      return NULL;
    }

  if (until != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (start);

      occurrences = sr_series_weekly (local, until, 0);
    }

  g_ptr_array_add (meetings, g_object_ref (first));
  for (guint i = 1; occurrences != NULL && i < occurrences->len; i++)
    {
      SrMeeting *copy = copy_meeting (first);

      /* Notes belong to the first meeting; the others get their own. */
      g_object_set (copy, "start", g_ptr_array_index (occurrences, i), "notes", NULL, NULL);
      g_ptr_array_add (meetings, copy);
    }

  if (!sr_service_begin (SR_SERVICE_STORE (self), error))
    return NULL;

  sr_service_metas_add (metas, SR_RECORD (first));
  ok = TRUE;
  for (guint i = 0; ok && i < meetings->len; i++)
    {
      SrMeeting *meeting = g_ptr_array_index (meetings, i);

      ok = link_period (self, &periods, meeting, error) && sr_store_save_meeting (SR_SERVICE_STORE (self), meeting, error);
    }

  if (!sr_service_finish (SR_SERVICE_STORE (self), ok, metas, error))
    return NULL;

  return g_steal_pointer (&meetings);
}

gboolean
sr_calendar_service_count_following (SrCalendarService  *self,
                                     SrMeeting          *meeting,
                                     guint              *n_following,
                                     GError            **error)
{
  g_autoptr(SrMeeting) stored = NULL;
  g_autoptr(GPtrArray) following = NULL;
  int status;

  g_return_val_if_fail (SR_IS_CALENDAR_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (sr_record_get_id (SR_RECORD (meeting)) != NULL, FALSE);
  g_return_val_if_fail (n_following != NULL, FALSE);

  *n_following = 0;
  stored = sr_store_get_meeting (SR_SERVICE_STORE (self), sr_record_get_id (SR_RECORD (meeting)), error);
  if (stored == NULL)
    return FALSE;

  g_object_get (stored, "status", &status, NULL);
  if (status != SR_MEETING_STATUS_PLANNED || !series_changed (stored, meeting))
    return TRUE;

  following = sr_calendar_find_following (SR_SERVICE_STORE (self), stored, error);
  if (following == NULL)
    return FALSE;

  *n_following = following->len - 1;
  return TRUE;
}

gboolean
sr_calendar_service_update_meeting (SrCalendarService  *self,
                                    SrMeeting          *meeting,
                                    SrModType           mod_type,
                                    GError            **error)
{
  g_autoptr(GPtrArray) following = NULL;
  g_autoptr(GArray) metas = sr_service_metas_new ();
  g_auto(Periods) periods = { NULL, NULL };
  GDate old_day, new_day;
  int day_delta;
  gboolean ok;

  g_return_val_if_fail (SR_IS_CALENDAR_SERVICE (self), FALSE);
  g_return_val_if_fail (SR_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (sr_record_get_id (SR_RECORD (meeting)) != NULL, FALSE);
  g_return_val_if_fail (sr_meeting_get_start (meeting) != NULL, FALSE);

  /* The series as stored: the caller's object already holds the edits. */
  following = find_targets (self, sr_record_get_id (SR_RECORD (meeting)), mod_type, error);
  if (following == NULL)
    return FALSE;

  local_day (sr_meeting_get_start (g_ptr_array_index (following, 0)), &old_day);
  local_day (sr_meeting_get_start (meeting), &new_day);
  day_delta = g_date_days_between (&old_day, &new_day);

  if (!sr_service_begin (SR_SERVICE_STORE (self), error))
    return FALSE;

  sr_service_metas_add (metas, SR_RECORD (meeting));
  ok = link_period (self, &periods, meeting, error) && sr_store_save_meeting (SR_SERVICE_STORE (self), meeting, error);

  /* The later ones: the same shift in days, at the new local time. */
  for (guint i = 1; ok && i < following->len; i++)
    {
      SrMeeting *other = g_ptr_array_index (following, i);
      g_autoptr(GDateTime) moved = NULL;
      GDate day;

      local_day (sr_meeting_get_start (other), &day);
      if (day_delta > 0)
        g_date_add_days (&day, day_delta);
      else if (day_delta < 0)
        g_date_subtract_days (&day, -day_delta);
      moved = sr_series_move_to_day (sr_meeting_get_start (meeting), &day);

      copy_fields (meeting, other, shared_fields, G_N_ELEMENTS (shared_fields));
      g_object_set (other, "start", moved, NULL);
      ok = link_period (self, &periods, other, error) && sr_store_save_meeting (SR_SERVICE_STORE (self), other, error);
    }

  return sr_service_finish (SR_SERVICE_STORE (self), ok, metas, error);
}

gboolean
sr_calendar_service_cancel_meeting (SrCalendarService  *self,
                                    const char         *meeting_id,
                                    SrMeetingStatus     status,
                                    SrModType           mod_type,
                                    GError            **error)
{
  g_autoptr(GPtrArray) targets = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (SR_IS_CALENDAR_SERVICE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (status == SR_MEETING_STATUS_CANCELLED_BY_CLIENT
                        || status == SR_MEETING_STATUS_CANCELLED_BY_WORKER, FALSE);

  targets = find_targets (self, meeting_id, mod_type, error);
  if (targets == NULL || !sr_service_begin (SR_SERVICE_STORE (self), error))
    return FALSE;

  for (guint i = 0; ok && i < targets->len; i++)
    {
      SrMeeting *meeting = g_ptr_array_index (targets, i);

      g_object_set (meeting, "status", status, NULL);
      ok = sr_store_save_meeting (SR_SERVICE_STORE (self), meeting, error);
    }

  return sr_service_finish (SR_SERVICE_STORE (self), ok, NULL, error);
}

gboolean
sr_calendar_service_delete_meeting (SrCalendarService  *self,
                                    const char         *meeting_id,
                                    SrModType           mod_type,
                                    GError            **error)
{
  g_autoptr(GPtrArray) targets = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (SR_IS_CALENDAR_SERVICE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);

  targets = find_targets (self, meeting_id, mod_type, error);
  if (targets == NULL || !sr_service_begin (SR_SERVICE_STORE (self), error))
    return FALSE;

  for (guint i = 0; ok && i < targets->len; i++)
    ok = sr_store_delete_meeting (SR_SERVICE_STORE (self), sr_record_get_id (g_ptr_array_index (targets, i)),
                                  error);

  return sr_service_finish (SR_SERVICE_STORE (self), ok, NULL, error);
}
