/* sr-enums.c: GType registration of the domain's code lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-enums.h"

/* Registers @values once as an enum or flags type called @name. */
#define DEFINE_TYPE(func, Name, register_func, ValueType, ...)                  \
  GType                                                                         \
  func (void)                                                                   \
  {                                                                             \
    static gsize type_id = 0;                                                   \
    static const ValueType values[] = { __VA_ARGS__, { 0, NULL, NULL } };       \
    if (g_once_init_enter (&type_id))                                           \
      g_once_init_leave (&type_id, register_func (g_intern_static_string (Name), values)); \
    return type_id;                                                             \
  }

#define DEFINE_ENUM(func, Name, ...) \
  DEFINE_TYPE (func, Name, g_enum_register_static, GEnumValue, __VA_ARGS__)
#define DEFINE_FLAGS(func, Name, ...) \
  DEFINE_TYPE (func, Name, g_flags_register_static, GFlagsValue, __VA_ARGS__)

DEFINE_ENUM (sr_worker_title_get_type, "SrWorkerTitle",
  { SR_WORKER_TITLE_SOCIAL_WORKER, "SR_WORKER_TITLE_SOCIAL_WORKER", "social-worker" },
  { SR_WORKER_TITLE_SOCIAL_COUNSELLOR, "SR_WORKER_TITLE_SOCIAL_COUNSELLOR", "social-counsellor" },
  { SR_WORKER_TITLE_GROUP_LEADER, "SR_WORKER_TITLE_GROUP_LEADER", "group-leader" },
  { SR_WORKER_TITLE_OTHER, "SR_WORKER_TITLE_OTHER", "other" })

DEFINE_ENUM (sr_language_get_type, "SrLanguage",
  { SR_LANGUAGE_FI, "SR_LANGUAGE_FI", "fi" },
  { SR_LANGUAGE_SV, "SR_LANGUAGE_SV", "sv" },
  { SR_LANGUAGE_OTHER, "SR_LANGUAGE_OTHER", "other" })

DEFINE_ENUM (sr_orientation_get_type, "SrOrientation",
  { SR_ORIENTATION_UNSET, "SR_ORIENTATION_UNSET", "unset" },
  { SR_ORIENTATION_WORK_READINESS, "SR_ORIENTATION_WORK_READINESS", "work-readiness" },
  { SR_ORIENTATION_LIFE_MANAGEMENT, "SR_ORIENTATION_LIFE_MANAGEMENT", "life-management" })

DEFINE_ENUM (sr_phase_get_type, "SrPhase",
  { SR_PHASE_ASSESSMENT, "SR_PHASE_ASSESSMENT", "assessment" },
  { SR_PHASE_PLANNING, "SR_PHASE_PLANNING", "planning" },
  { SR_PHASE_ACTIVE, "SR_PHASE_ACTIVE", "active" },
  { SR_PHASE_CLOSING, "SR_PHASE_CLOSING", "closing" },
  { SR_PHASE_CLOSED, "SR_PHASE_CLOSED", "closed" })

DEFINE_ENUM (sr_closing_reason_get_type, "SrClosingReason",
  { SR_CLOSING_REASON_NONE, "SR_CLOSING_REASON_NONE", "none" },
  { SR_CLOSING_REASON_GOALS_REACHED, "SR_CLOSING_REASON_GOALS_REACHED", "goals-reached" },
  { SR_CLOSING_REASON_OTHER_SERVICE, "SR_CLOSING_REASON_OTHER_SERVICE", "other-service" },
  { SR_CLOSING_REASON_CLIENT_WITHDREW, "SR_CLOSING_REASON_CLIENT_WITHDREW", "client-withdrew" },
  { SR_CLOSING_REASON_MOVED, "SR_CLOSING_REASON_MOVED", "moved" },
  { SR_CLOSING_REASON_NO_CONTACT, "SR_CLOSING_REASON_NO_CONTACT", "no-contact" },
  { SR_CLOSING_REASON_OTHER, "SR_CLOSING_REASON_OTHER", "other" })

DEFINE_ENUM (sr_life_area_get_type, "SrLifeArea",
  { SR_LIFE_AREA_FAMILY_HOUSING, "SR_LIFE_AREA_FAMILY_HOUSING", "family-housing" },
  { SR_LIFE_AREA_EDUCATION, "SR_LIFE_AREA_EDUCATION", "education" },
  { SR_LIFE_AREA_WORK_HISTORY, "SR_LIFE_AREA_WORK_HISTORY", "work-history" },
  { SR_LIFE_AREA_SOCIAL_SECURITY, "SR_LIFE_AREA_SOCIAL_SECURITY", "social-security-income" },
  { SR_LIFE_AREA_WORK_EMPLOYMENT, "SR_LIFE_AREA_WORK_EMPLOYMENT", "work-employment" },
  { SR_LIFE_AREA_EVERYDAY_PARTICIPATION, "SR_LIFE_AREA_EVERYDAY_PARTICIPATION", "everyday-participation" },
  { SR_LIFE_AREA_SELF_CARE, "SR_LIFE_AREA_SELF_CARE", "self-care" },
  { SR_LIFE_AREA_CARING_FOR_FAMILY, "SR_LIFE_AREA_CARING_FOR_FAMILY", "caring-for-family" },
  { SR_LIFE_AREA_PUBLIC_SERVICES, "SR_LIFE_AREA_PUBLIC_SERVICES", "public-services" },
  { SR_LIFE_AREA_MOBILITY, "SR_LIFE_AREA_MOBILITY", "mobility" },
  { SR_LIFE_AREA_HOBBIES_COMMUNITY, "SR_LIFE_AREA_HOBBIES_COMMUNITY", "hobbies-community" },
  { SR_LIFE_AREA_SUPPORT_FROM_CLOSE_ONES, "SR_LIFE_AREA_SUPPORT_FROM_CLOSE_ONES", "support-from-close-ones" },
  { SR_LIFE_AREA_SERVICES, "SR_LIFE_AREA_SERVICES", "services" },
  { SR_LIFE_AREA_VOCATIONAL_REHAB, "SR_LIFE_AREA_VOCATIONAL_REHAB", "vocational-rehabilitation" },
  { SR_LIFE_AREA_MEDICAL_REHAB, "SR_LIFE_AREA_MEDICAL_REHAB", "medical-rehabilitation" })

DEFINE_ENUM (sr_capacity_domain_get_type, "SrCapacityDomain",
  { SR_CAPACITY_DOMAIN_PHYSICAL, "SR_CAPACITY_DOMAIN_PHYSICAL", "physical" },
  { SR_CAPACITY_DOMAIN_PSYCHOLOGICAL, "SR_CAPACITY_DOMAIN_PSYCHOLOGICAL", "psychological" },
  { SR_CAPACITY_DOMAIN_COGNITIVE, "SR_CAPACITY_DOMAIN_COGNITIVE", "cognitive" },
  { SR_CAPACITY_DOMAIN_SOCIAL, "SR_CAPACITY_DOMAIN_SOCIAL", "social" })

DEFINE_ENUM (sr_referral_service_get_type, "SrReferralService",
  { SR_REFERRAL_SERVICE_HEALTH_CARE_REHAB, "SR_REFERRAL_SERVICE_HEALTH_CARE_REHAB", "health-care-rehabilitation" },
  { SR_REFERRAL_SERVICE_EMPLOYMENT, "SR_REFERRAL_SERVICE_EMPLOYMENT", "employment-services" },
  { SR_REFERRAL_SERVICE_KELA, "SR_REFERRAL_SERVICE_KELA", "kela" },
  { SR_REFERRAL_SERVICE_PENSION_VOCATIONAL, "SR_REFERRAL_SERVICE_PENSION_VOCATIONAL", "pension-vocational" },
  { SR_REFERRAL_SERVICE_MENTAL_SUBSTANCE, "SR_REFERRAL_SERVICE_MENTAL_SUBSTANCE", "mental-health-substance" },
  { SR_REFERRAL_SERVICE_OTHER, "SR_REFERRAL_SERVICE_OTHER", "other" })

DEFINE_ENUM (sr_referral_status_get_type, "SrReferralStatus",
  { SR_REFERRAL_STATUS_NEEDED, "SR_REFERRAL_STATUS_NEEDED", "needed" },
  { SR_REFERRAL_STATUS_REFERRED, "SR_REFERRAL_STATUS_REFERRED", "referred" },
  { SR_REFERRAL_STATUS_IN_PROGRESS, "SR_REFERRAL_STATUS_IN_PROGRESS", "in-progress" },
  { SR_REFERRAL_STATUS_DONE, "SR_REFERRAL_STATUS_DONE", "done" },
  { SR_REFERRAL_STATUS_DECLINED, "SR_REFERRAL_STATUS_DECLINED", "declined" })

DEFINE_FLAGS (sr_means_get_type, "SrMeans",
  { SR_MEANS_ASSESSMENT, "SR_MEANS_ASSESSMENT", "assessment" },
  { SR_MEANS_COUNSELLING, "SR_MEANS_COUNSELLING", "counselling" },
  { SR_MEANS_EVERYDAY_SKILLS, "SR_MEANS_EVERYDAY_SKILLS", "everyday-skills" },
  { SR_MEANS_GROUP_ACTIVITY, "SR_MEANS_GROUP_ACTIVITY", "group-activity" },
  { SR_MEANS_OTHER, "SR_MEANS_OTHER", "other" })

DEFINE_ENUM (sr_place_type_get_type, "SrPlaceType",
  { SR_PLACE_OFFICE, "SR_PLACE_OFFICE", "office" },
  { SR_PLACE_CLIENT_HOME, "SR_PLACE_CLIENT_HOME", "client-home" },
  { SR_PLACE_PUBLIC, "SR_PLACE_PUBLIC", "public-place" },
  { SR_PLACE_OUTDOORS, "SR_PLACE_OUTDOORS", "outdoors" },
  { SR_PLACE_REMOTE, "SR_PLACE_REMOTE", "remote" },
  { SR_PLACE_OTHER, "SR_PLACE_OTHER", "other" })

DEFINE_ENUM (sr_meeting_kind_get_type, "SrMeetingKind",
  { SR_MEETING_KIND_MEETING, "SR_MEETING_KIND_MEETING", "meeting" },
  { SR_MEETING_KIND_NETWORK_MEETING, "SR_MEETING_KIND_NETWORK_MEETING", "network-meeting" },
  { SR_MEETING_KIND_ERRAND, "SR_MEETING_KIND_ERRAND", "accompanied-errand" },
  { SR_MEETING_KIND_PHONE_CALL, "SR_MEETING_KIND_PHONE_CALL", "phone-call" })

DEFINE_ENUM (sr_meeting_status_get_type, "SrMeetingStatus",
  { SR_MEETING_STATUS_PLANNED, "SR_MEETING_STATUS_PLANNED", "planned" },
  { SR_MEETING_STATUS_HELD, "SR_MEETING_STATUS_HELD", "held" },
  { SR_MEETING_STATUS_CANCELLED_BY_CLIENT, "SR_MEETING_STATUS_CANCELLED_BY_CLIENT", "cancelled-by-client" },
  { SR_MEETING_STATUS_CANCELLED_BY_WORKER, "SR_MEETING_STATUS_CANCELLED_BY_WORKER", "cancelled-by-worker" },
  { SR_MEETING_STATUS_NO_SHOW, "SR_MEETING_STATUS_NO_SHOW", "no-show" })

DEFINE_FLAGS (sr_group_method_get_type, "SrGroupMethod",
  { SR_GROUP_METHOD_PEER_DISCUSSION, "SR_GROUP_METHOD_PEER_DISCUSSION", "peer-discussion" },
  { SR_GROUP_METHOD_FUNCTIONAL, "SR_GROUP_METHOD_FUNCTIONAL", "functional" },
  { SR_GROUP_METHOD_GAME_BASED, "SR_GROUP_METHOD_GAME_BASED", "game-based" },
  { SR_GROUP_METHOD_ART_BASED, "SR_GROUP_METHOD_ART_BASED", "art-based" },
  { SR_GROUP_METHOD_VISITS_TRIPS, "SR_GROUP_METHOD_VISITS_TRIPS", "visits-trips" },
  { SR_GROUP_METHOD_OTHER, "SR_GROUP_METHOD_OTHER", "other" })

DEFINE_ENUM (sr_session_status_get_type, "SrSessionStatus",
  { SR_SESSION_STATUS_PLANNED, "SR_SESSION_STATUS_PLANNED", "planned" },
  { SR_SESSION_STATUS_HELD, "SR_SESSION_STATUS_HELD", "held" },
  { SR_SESSION_STATUS_CANCELLED, "SR_SESSION_STATUS_CANCELLED", "cancelled" })

/* The nicks are sr_attendance_status_to_string()'s storage identifiers. */
DEFINE_ENUM (sr_attendance_status_get_type, "SrAttendanceStatus",
  { SR_ATTENDANCE_NOT_RECORDED, "SR_ATTENDANCE_NOT_RECORDED", "not-recorded" },
  { SR_ATTENDANCE_PRESENT, "SR_ATTENDANCE_PRESENT", "present" },
  { SR_ATTENDANCE_PARTLY_PRESENT, "SR_ATTENDANCE_PARTLY_PRESENT", "partly-present" },
  { SR_ATTENDANCE_ABSENT_NOTIFIED, "SR_ATTENDANCE_ABSENT_NOTIFIED", "absent-notified" },
  { SR_ATTENDANCE_NO_SHOW, "SR_ATTENDANCE_NO_SHOW", "no-show" })

DEFINE_ENUM (sr_audit_log_get_type, "SrAuditLog",
  { SR_AUDIT_LOG_USE, "SR_AUDIT_LOG_USE", "use" },
  { SR_AUDIT_LOG_DISCLOSURE, "SR_AUDIT_LOG_DISCLOSURE", "disclosure" })

DEFINE_ENUM (sr_audit_action_get_type, "SrAuditAction",
  { SR_AUDIT_ACTION_VIEW, "SR_AUDIT_ACTION_VIEW", "view" },
  { SR_AUDIT_ACTION_CREATE, "SR_AUDIT_ACTION_CREATE", "create" },
  { SR_AUDIT_ACTION_CHANGE, "SR_AUDIT_ACTION_CHANGE", "change" },
  { SR_AUDIT_ACTION_DELETE, "SR_AUDIT_ACTION_DELETE", "delete" },
  { SR_AUDIT_ACTION_EXPORT, "SR_AUDIT_ACTION_EXPORT", "export" },
  { SR_AUDIT_ACTION_PRINT, "SR_AUDIT_ACTION_PRINT", "print" },
  { SR_AUDIT_ACTION_HAND_OVER, "SR_AUDIT_ACTION_HAND_OVER", "hand-over" })

const char *
sr_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

int
sr_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int         fallback)
{
  GEnumClass *klass;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), fallback);

  if (nick == NULL)
    return fallback;

  /* Read for every enum field of every listed record: keep the class
   * (enum classes are static) rather than take and drop a reference. */
  klass = g_type_class_peek (enum_type);
  if (klass == NULL)
    klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);

  return ev != NULL ? ev->value : fallback;
}
