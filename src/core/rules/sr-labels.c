/* sr-labels.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-labels.h"

const char *
sr_phase_get_label (SrPhase phase)
{
  switch (phase)
    {
    case SR_PHASE_ASSESSMENT:
      return C_("period phase", "Assessment");
    case SR_PHASE_PLANNING:
      return C_("period phase", "Planning");
    case SR_PHASE_ACTIVE:
      return C_("period phase", "Active");
    case SR_PHASE_CLOSING:
      return C_("period phase", "Closing");
    case SR_PHASE_CLOSED:
      return C_("period phase", "Closed");
    default:
      return "";
    }
}

const char *
sr_phase_get_next_label (SrPhase phase)
{
  switch (phase)
    {
    case SR_PHASE_ASSESSMENT:
      return _("Move to _Planning");
    case SR_PHASE_PLANNING:
      return _("Move to _Active");
    case SR_PHASE_ACTIVE:
      return _("Move to C_losing");
    case SR_PHASE_CLOSING:
    case SR_PHASE_CLOSED:
    default:
      return NULL;
    }
}

const char *
sr_closing_reason_get_label (SrClosingReason reason)
{
  switch (reason)
    {
    case SR_CLOSING_REASON_GOALS_REACHED:
      return _("Goals reached");
    case SR_CLOSING_REASON_OTHER_SERVICE:
      return _("Moved on to another service");
    case SR_CLOSING_REASON_CLIENT_WITHDREW:
      return _("Client withdrew");
    case SR_CLOSING_REASON_MOVED:
      return _("Client moved away");
    case SR_CLOSING_REASON_NO_CONTACT:
      return _("No contact with the client");
    case SR_CLOSING_REASON_OTHER:
      return C_("closing reason", "Other");
    case SR_CLOSING_REASON_NONE:
    default:
      return "";
    }
}

const char *
sr_orientation_get_label (SrOrientation orientation)
{
  switch (orientation)
    {
    case SR_ORIENTATION_WORK_READINESS:
      return _("Towards work or studies");
    case SR_ORIENTATION_LIFE_MANAGEMENT:
      return _("Managing everyday life");
    case SR_ORIENTATION_UNSET:
    default:
      return C_("orientation", "Not set");
    }
}

const char *
sr_worker_title_get_label (SrWorkerTitle title)
{
  switch (title)
    {
    case SR_WORKER_TITLE_SOCIAL_WORKER:
      return C_("worker title", "Social worker");
    case SR_WORKER_TITLE_SOCIAL_COUNSELLOR:
      return C_("worker title", "Social counsellor");
    case SR_WORKER_TITLE_GROUP_LEADER:
      return C_("worker title", "Group leader");
    case SR_WORKER_TITLE_OTHER:
    default:
      return C_("worker title", "Other");
    }
}

const char *
sr_language_get_label (SrLanguage language)
{
  switch (language)
    {
    case SR_LANGUAGE_FI:
      return _("Finnish");
    case SR_LANGUAGE_SV:
      return _("Swedish");
    case SR_LANGUAGE_OTHER:
    default:
      return C_("language", "Other");
    }
}

const char *
sr_life_area_get_label (SrLifeArea area)
{
  switch (area)
    {
    case SR_LIFE_AREA_FAMILY_HOUSING:
      return _("Family and housing");
    case SR_LIFE_AREA_EDUCATION:
      return _("Education");
    case SR_LIFE_AREA_WORK_HISTORY:
      return _("Work history");
    case SR_LIFE_AREA_SOCIAL_SECURITY:
      return _("Social security and income");
    case SR_LIFE_AREA_WORK_EMPLOYMENT:
      return _("Work and employment");
    case SR_LIFE_AREA_EVERYDAY_PARTICIPATION:
      return _("Everyday participation");
    case SR_LIFE_AREA_SELF_CARE:
      return _("Self-care");
    case SR_LIFE_AREA_CARING_FOR_FAMILY:
      return _("Caring for family");
    case SR_LIFE_AREA_PUBLIC_SERVICES:
      return _("Use of public services");
    case SR_LIFE_AREA_MOBILITY:
      return _("Mobility");
    case SR_LIFE_AREA_HOBBIES_COMMUNITY:
      return _("Hobbies and community participation");
    case SR_LIFE_AREA_SUPPORT_FROM_CLOSE_ONES:
      return _("Support from close ones");
    case SR_LIFE_AREA_SERVICES:
      /* Translators: a life area: the services the client uses or needs */
      return C_("life area", "Services");
    case SR_LIFE_AREA_VOCATIONAL_REHAB:
      return _("Prerequisites for vocational rehabilitation");
    case SR_LIFE_AREA_MEDICAL_REHAB:
      return _("Medical rehabilitation");
    default:
      return "";
    }
}

const char *
sr_capacity_domain_get_label (SrCapacityDomain domain)
{
  switch (domain)
    {
    /* Translators: a domain of functional capacity */
    case SR_CAPACITY_DOMAIN_PHYSICAL:
      return C_("capacity", "Physical");
    /* Translators: a domain of functional capacity */
    case SR_CAPACITY_DOMAIN_PSYCHOLOGICAL:
      return C_("capacity", "Psychological");
    /* Translators: a domain of functional capacity */
    case SR_CAPACITY_DOMAIN_COGNITIVE:
      return C_("capacity", "Cognitive");
    /* Translators: a domain of functional capacity */
    case SR_CAPACITY_DOMAIN_SOCIAL:
      return C_("capacity", "Social");
    default:
      return "";
    }
}

const char *
sr_referral_service_get_label (SrReferralService service)
{
  switch (service)
    {
    case SR_REFERRAL_SERVICE_HEALTH_CARE_REHAB:
      return _("Health-care rehabilitation");
    case SR_REFERRAL_SERVICE_EMPLOYMENT:
      return _("Employment services");
    case SR_REFERRAL_SERVICE_KELA:
      /* Translators: The Social Insurance Institution of Finland */
      return _("Kela");
    case SR_REFERRAL_SERVICE_PENSION_VOCATIONAL:
      return _("Pension or vocational rehabilitation");
    case SR_REFERRAL_SERVICE_MENTAL_SUBSTANCE:
      return _("Mental health and substance abuse services");
    case SR_REFERRAL_SERVICE_OTHER:
      /* Translators: A referral to another service than those listed */
      return _("Other service");
    default:
      return "";
    }
}

const char *
sr_referral_status_get_label (SrReferralStatus status)
{
  switch (status)
    {
    /* Translators: status of a referral need */
    case SR_REFERRAL_STATUS_NEEDED:
      return C_("referral", "Needed");
    /* Translators: status of a referral need */
    case SR_REFERRAL_STATUS_REFERRED:
      return C_("referral", "Referred");
    /* Translators: status of a referral need */
    case SR_REFERRAL_STATUS_IN_PROGRESS:
      return C_("referral", "In progress");
    /* Translators: status of a referral need */
    case SR_REFERRAL_STATUS_DONE:
      return C_("referral", "Done");
    /* Translators: status of a referral need */
    case SR_REFERRAL_STATUS_DECLINED:
      return C_("referral", "Declined");
    default:
      return "";
    }
}

const char *
sr_means_get_label (SrMeans means)
{
  switch (means)
    {
    case SR_MEANS_ASSESSMENT:
      return _("Assessing functional capacity and rehabilitation needs");
    case SR_MEANS_COUNSELLING:
      return _("Rehabilitation counselling and guidance, coordinating services");
    case SR_MEANS_EVERYDAY_SKILLS:
      return _("Coaching for everyday activities and life management");
    case SR_MEANS_GROUP_ACTIVITY:
      return _("Group activity and support for social relationships");
    case SR_MEANS_OTHER:
      return _("Other measures that promote social rehabilitation");
    case SR_MEANS_NONE:
    default:
      return "";
    }
}

const char *
sr_place_type_get_label (SrPlaceType place_type)
{
  switch (place_type)
    {
    case SR_PLACE_CLIENT_HOME:
      return _("Client’s home");
    case SR_PLACE_PUBLIC:
      return _("Public place");
    case SR_PLACE_OUTDOORS:
      return _("Outdoors");
    case SR_PLACE_REMOTE:
      return _("Remote");
    case SR_PLACE_OTHER:
      return C_("place", "Other");
    case SR_PLACE_OFFICE:
    default:
      return _("Office");
    }
}

const char *
sr_meeting_kind_get_label (SrMeetingKind kind)
{
  switch (kind)
    {
    case SR_MEETING_KIND_NETWORK_MEETING:
      return _("Network meeting");
    case SR_MEETING_KIND_ERRAND:
      return _("Accompanied errand");
    case SR_MEETING_KIND_PHONE_CALL:
      return _("Phone call");
    case SR_MEETING_KIND_MEETING:
    default:
      return C_("meeting kind", "Meeting");
    }
}

/* The calendar's words (domain.md: "no-show", ei saapunut, uteblev); the client page once
 * said "Did not come" for the same status. */
const char *
sr_meeting_status_get_label (SrMeetingStatus status)
{
  switch (status)
    {
    case SR_MEETING_STATUS_HELD:
      return C_("meeting status", "Held");
    case SR_MEETING_STATUS_CANCELLED_BY_CLIENT:
      return C_("meeting status", "Cancelled by client");
    case SR_MEETING_STATUS_CANCELLED_BY_WORKER:
      return C_("meeting status", "Cancelled by worker");
    case SR_MEETING_STATUS_NO_SHOW:
      return C_("meeting status", "No-show");
    case SR_MEETING_STATUS_PLANNED:
    default:
      return C_("meeting status", "Planned");
    }
}

const char *
sr_group_method_get_label (SrGroupMethod method)
{
  switch (method)
    {
    case SR_GROUP_METHOD_PEER_DISCUSSION:
      return _("Peer discussion");
    case SR_GROUP_METHOD_FUNCTIONAL:
      return _("Functional");
    case SR_GROUP_METHOD_GAME_BASED:
      return _("Game-based");
    case SR_GROUP_METHOD_ART_BASED:
      return _("Art-based");
    case SR_GROUP_METHOD_VISITS_TRIPS:
      return _("Visits and trips");
    case SR_GROUP_METHOD_OTHER:
      return _("Other");
    case SR_GROUP_METHOD_NONE:
    default:
      return "";
    }
}

const char *
sr_session_status_get_label (SrSessionStatus status)
{
  switch (status)
    {
    case SR_SESSION_STATUS_HELD:
      return C_("session status", "Held");
    case SR_SESSION_STATUS_CANCELLED:
      return C_("session status", "Cancelled");
    case SR_SESSION_STATUS_PLANNED:
    default:
      return C_("session status", "Planned");
    }
}

const char *
sr_attendance_status_get_label (SrAttendanceStatus status)
{
  switch (status)
    {
    case SR_ATTENDANCE_NOT_RECORDED:
      return _("Not recorded");
    case SR_ATTENDANCE_PRESENT:
      return _("Present");
    case SR_ATTENDANCE_PARTLY_PRESENT:
      return _("Partly present");
    case SR_ATTENDANCE_ABSENT_NOTIFIED:
      return _("Absent, notified");
    case SR_ATTENDANCE_NO_SHOW:
      return _("No-show");
    default:
      return "";
    }
}

const char *
sr_enum_get_label (GType enum_type,
                   int   value)
{
  if (enum_type == SR_TYPE_PHASE)
    return sr_phase_get_label (value);
  if (enum_type == SR_TYPE_CLOSING_REASON)
    return sr_closing_reason_get_label (value);
  if (enum_type == SR_TYPE_ORIENTATION)
    return sr_orientation_get_label (value);
  if (enum_type == SR_TYPE_WORKER_TITLE)
    return sr_worker_title_get_label (value);
  if (enum_type == SR_TYPE_LANGUAGE)
    return sr_language_get_label (value);
  if (enum_type == SR_TYPE_LIFE_AREA)
    return sr_life_area_get_label (value);
  if (enum_type == SR_TYPE_CAPACITY_DOMAIN)
    return sr_capacity_domain_get_label (value);
  if (enum_type == SR_TYPE_REFERRAL_SERVICE)
    return sr_referral_service_get_label (value);
  if (enum_type == SR_TYPE_REFERRAL_STATUS)
    return sr_referral_status_get_label (value);
  if (enum_type == SR_TYPE_MEANS)
    return sr_means_get_label (value);
  if (enum_type == SR_TYPE_PLACE_TYPE)
    return sr_place_type_get_label (value);
  if (enum_type == SR_TYPE_MEETING_KIND)
    return sr_meeting_kind_get_label (value);
  if (enum_type == SR_TYPE_MEETING_STATUS)
    return sr_meeting_status_get_label (value);
  if (enum_type == SR_TYPE_GROUP_METHOD)
    return sr_group_method_get_label (value);
  if (enum_type == SR_TYPE_SESSION_STATUS)
    return sr_session_status_get_label (value);
  if (enum_type == SR_TYPE_ATTENDANCE_STATUS)
    return sr_attendance_status_get_label (value);

  return "";
}

const char **
sr_enum_dup_labels (GType enum_type)
{
  g_autoptr(GEnumClass) klass = NULL;
  const char **labels;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  klass = g_type_class_ref (enum_type);
  labels = g_new0 (const char *, klass->n_values + 1);
  for (guint i = 0; i < klass->n_values; i++)
    {
      /* Positions are values: every list here counts 0, 1, 2 … in its declared order. */
      g_assert (klass->values[i].value == (int) i);
      labels[i] = sr_enum_get_label (enum_type, (int) i);
    }

  return labels;
}

char *
sr_flags_dup_text (GType       flags_type,
                   guint       flags,
                   const char *separator)
{
  g_autoptr(GFlagsClass) klass = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (G_TYPE_IS_FLAGS (flags_type), NULL);
  g_return_val_if_fail (separator != NULL, NULL);

  klass = g_type_class_ref (flags_type);
  for (guint i = 0; i < klass->n_values; i++)
    {
      guint flag = klass->values[i].value;

      if (flag == 0 || (flags & flag) != flag)
        continue;
      if (text->len > 0)
        g_string_append (text, separator);
      g_string_append (text, sr_enum_get_label (flags_type, (int) flag));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
