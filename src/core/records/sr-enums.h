/* sr-enums.h: code lists of the domain, as GEnum/GFlags types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The nicks are stored in the database: they are a file format, never rename
 * one. Add new values at the end. Flags are stored as their integer mask, so
 * flag values are fixed too.
 */

#pragma once

#include <glib-object.h>

#include "sr-rules.h"

G_BEGIN_DECLS

typedef enum
{
  SR_WORKER_TITLE_SOCIAL_WORKER,     /*< nick=social-worker >*/
  SR_WORKER_TITLE_SOCIAL_COUNSELLOR, /*< nick=social-counsellor >*/
  SR_WORKER_TITLE_GROUP_LEADER,      /*< nick=group-leader >*/
  SR_WORKER_TITLE_OTHER,             /*< nick=other >*/
} SrWorkerTitle;

typedef enum
{
  SR_LANGUAGE_FI,    /*< nick=fi >*/
  SR_LANGUAGE_SV,    /*< nick=sv >*/
  SR_LANGUAGE_OTHER, /*< nick=other >*/
} SrLanguage;

typedef enum
{
  SR_ORIENTATION_UNSET,             /*< nick=unset >*/
  SR_ORIENTATION_WORK_READINESS,    /*< nick=work-readiness >*/
  SR_ORIENTATION_LIFE_MANAGEMENT,   /*< nick=life-management >*/
} SrOrientation;

/* The phases of a rehabilitation period; all but CLOSED are "open". */
typedef enum
{
  SR_PHASE_ASSESSMENT, /*< nick=assessment >*/
  SR_PHASE_PLANNING,   /*< nick=planning >*/
  SR_PHASE_ACTIVE,     /*< nick=active >*/
  SR_PHASE_CLOSING,    /*< nick=closing >*/
  SR_PHASE_CLOSED,     /*< nick=closed >*/
} SrPhase;

typedef enum
{
  SR_CLOSING_REASON_NONE,             /*< nick=none >*/
  SR_CLOSING_REASON_GOALS_REACHED,    /*< nick=goals-reached >*/
  SR_CLOSING_REASON_OTHER_SERVICE,    /*< nick=other-service >*/
  SR_CLOSING_REASON_CLIENT_WITHDREW,  /*< nick=client-withdrew >*/
  SR_CLOSING_REASON_MOVED,            /*< nick=moved >*/
  SR_CLOSING_REASON_NO_CONTACT,       /*< nick=no-contact >*/
  SR_CLOSING_REASON_OTHER,            /*< nick=other >*/
} SrClosingReason;

/* The 15 life areas of a social situation assessment (domain.md §2). */
typedef enum
{
  SR_LIFE_AREA_FAMILY_HOUSING,          /*< nick=family-housing >*/
  SR_LIFE_AREA_EDUCATION,               /*< nick=education >*/
  SR_LIFE_AREA_WORK_HISTORY,            /*< nick=work-history >*/
  SR_LIFE_AREA_SOCIAL_SECURITY,         /*< nick=social-security-income >*/
  SR_LIFE_AREA_WORK_EMPLOYMENT,         /*< nick=work-employment >*/
  SR_LIFE_AREA_EVERYDAY_PARTICIPATION,  /*< nick=everyday-participation >*/
  SR_LIFE_AREA_SELF_CARE,               /*< nick=self-care >*/
  SR_LIFE_AREA_CARING_FOR_FAMILY,       /*< nick=caring-for-family >*/
  SR_LIFE_AREA_PUBLIC_SERVICES,         /*< nick=public-services >*/
  SR_LIFE_AREA_MOBILITY,                /*< nick=mobility >*/
  SR_LIFE_AREA_HOBBIES_COMMUNITY,       /*< nick=hobbies-community >*/
  SR_LIFE_AREA_SUPPORT_FROM_CLOSE_ONES, /*< nick=support-from-close-ones >*/
  SR_LIFE_AREA_SERVICES,                /*< nick=services >*/
  SR_LIFE_AREA_VOCATIONAL_REHAB,        /*< nick=vocational-rehabilitation >*/
  SR_LIFE_AREA_MEDICAL_REHAB,           /*< nick=medical-rehabilitation >*/
} SrLifeArea;
#define SR_N_LIFE_AREAS 15

/* Functional-capacity domains. */
typedef enum
{
  SR_CAPACITY_DOMAIN_PHYSICAL,      /*< nick=physical >*/
  SR_CAPACITY_DOMAIN_PSYCHOLOGICAL, /*< nick=psychological >*/
  SR_CAPACITY_DOMAIN_COGNITIVE,     /*< nick=cognitive >*/
  SR_CAPACITY_DOMAIN_SOCIAL,        /*< nick=social >*/
} SrCapacityDomain;
#define SR_N_CAPACITY_DOMAINS 4

typedef enum
{
  SR_REFERRAL_SERVICE_HEALTH_CARE_REHAB,  /*< nick=health-care-rehabilitation >*/
  SR_REFERRAL_SERVICE_EMPLOYMENT,         /*< nick=employment-services >*/
  SR_REFERRAL_SERVICE_KELA,               /*< nick=kela >*/
  SR_REFERRAL_SERVICE_PENSION_VOCATIONAL, /*< nick=pension-vocational >*/
  SR_REFERRAL_SERVICE_MENTAL_SUBSTANCE,   /*< nick=mental-health-substance >*/
  SR_REFERRAL_SERVICE_OTHER,              /*< nick=other >*/
} SrReferralService;

typedef enum
{
  SR_REFERRAL_STATUS_NEEDED,      /*< nick=needed >*/
  SR_REFERRAL_STATUS_REFERRED,    /*< nick=referred >*/
  SR_REFERRAL_STATUS_IN_PROGRESS, /*< nick=in-progress >*/
  SR_REFERRAL_STATUS_DONE,        /*< nick=done >*/
  SR_REFERRAL_STATUS_DECLINED,    /*< nick=declined >*/
} SrReferralStatus;

/* The five contents of social rehabilitation in SHL 17 §: a goal's means. */
typedef enum /*< flags >*/
{
  SR_MEANS_NONE            = 0,
  SR_MEANS_ASSESSMENT      = 1 << 0, /*< nick=assessment >*/
  SR_MEANS_COUNSELLING     = 1 << 1, /*< nick=counselling >*/
  SR_MEANS_EVERYDAY_SKILLS = 1 << 2, /*< nick=everyday-skills >*/
  SR_MEANS_GROUP_ACTIVITY  = 1 << 3, /*< nick=group-activity >*/
  SR_MEANS_OTHER           = 1 << 4, /*< nick=other >*/
} SrMeans;

typedef enum
{
  SR_PLACE_OFFICE,       /*< nick=office >*/
  SR_PLACE_CLIENT_HOME,  /*< nick=client-home >*/
  SR_PLACE_PUBLIC,       /*< nick=public-place >*/
  SR_PLACE_OUTDOORS,     /*< nick=outdoors >*/
  SR_PLACE_REMOTE,       /*< nick=remote >*/
  SR_PLACE_OTHER,        /*< nick=other >*/
} SrPlaceType;

typedef enum
{
  SR_MEETING_KIND_MEETING,          /*< nick=meeting >*/
  SR_MEETING_KIND_NETWORK_MEETING,  /*< nick=network-meeting >*/
  SR_MEETING_KIND_ERRAND,           /*< nick=accompanied-errand >*/
  SR_MEETING_KIND_PHONE_CALL,       /*< nick=phone-call >*/
} SrMeetingKind;

typedef enum
{
  SR_MEETING_STATUS_PLANNED,             /*< nick=planned >*/
  SR_MEETING_STATUS_HELD,                /*< nick=held >*/
  SR_MEETING_STATUS_CANCELLED_BY_CLIENT, /*< nick=cancelled-by-client >*/
  SR_MEETING_STATUS_CANCELLED_BY_WORKER, /*< nick=cancelled-by-worker >*/
  SR_MEETING_STATUS_NO_SHOW,             /*< nick=no-show >*/
} SrMeetingStatus;

typedef enum /*< flags >*/
{
  SR_GROUP_METHOD_NONE             = 0,
  SR_GROUP_METHOD_PEER_DISCUSSION  = 1 << 0, /*< nick=peer-discussion >*/
  SR_GROUP_METHOD_FUNCTIONAL       = 1 << 1, /*< nick=functional >*/
  SR_GROUP_METHOD_GAME_BASED       = 1 << 2, /*< nick=game-based >*/
  SR_GROUP_METHOD_ART_BASED        = 1 << 3, /*< nick=art-based >*/
  SR_GROUP_METHOD_VISITS_TRIPS     = 1 << 4, /*< nick=visits-trips >*/
  SR_GROUP_METHOD_OTHER            = 1 << 5, /*< nick=other >*/
} SrGroupMethod;

typedef enum
{
  SR_SESSION_STATUS_PLANNED,   /*< nick=planned >*/
  SR_SESSION_STATUS_HELD,      /*< nick=held >*/
  SR_SESSION_STATUS_CANCELLED, /*< nick=cancelled >*/
} SrSessionStatus;

/* The audit log's two halves (client data law 703/2023). */
typedef enum
{
  SR_AUDIT_LOG_USE,        /*< nick=use >*/
  SR_AUDIT_LOG_DISCLOSURE, /*< nick=disclosure >*/
} SrAuditLog;

typedef enum
{
  SR_AUDIT_ACTION_VIEW,      /*< nick=view >*/
  SR_AUDIT_ACTION_CREATE,    /*< nick=create >*/
  SR_AUDIT_ACTION_CHANGE,    /*< nick=change >*/
  SR_AUDIT_ACTION_DELETE,    /*< nick=delete >*/
  SR_AUDIT_ACTION_EXPORT,    /*< nick=export >*/
  SR_AUDIT_ACTION_PRINT,     /*< nick=print >*/
  SR_AUDIT_ACTION_HAND_OVER, /*< nick=hand-over >*/
} SrAuditAction;

#define SR_TYPE_WORKER_TITLE     (sr_worker_title_get_type ())
#define SR_TYPE_LANGUAGE         (sr_language_get_type ())
#define SR_TYPE_ORIENTATION      (sr_orientation_get_type ())
#define SR_TYPE_PHASE            (sr_phase_get_type ())
#define SR_TYPE_CLOSING_REASON   (sr_closing_reason_get_type ())
#define SR_TYPE_LIFE_AREA        (sr_life_area_get_type ())
#define SR_TYPE_CAPACITY_DOMAIN  (sr_capacity_domain_get_type ())
#define SR_TYPE_REFERRAL_SERVICE (sr_referral_service_get_type ())
#define SR_TYPE_REFERRAL_STATUS  (sr_referral_status_get_type ())
#define SR_TYPE_MEANS            (sr_means_get_type ())
#define SR_TYPE_PLACE_TYPE       (sr_place_type_get_type ())
#define SR_TYPE_MEETING_KIND     (sr_meeting_kind_get_type ())
#define SR_TYPE_MEETING_STATUS   (sr_meeting_status_get_type ())
#define SR_TYPE_GROUP_METHOD     (sr_group_method_get_type ())
#define SR_TYPE_SESSION_STATUS   (sr_session_status_get_type ())
#define SR_TYPE_ATTENDANCE_STATUS (sr_attendance_status_get_type ())
#define SR_TYPE_AUDIT_LOG        (sr_audit_log_get_type ())
#define SR_TYPE_AUDIT_ACTION     (sr_audit_action_get_type ())

GType sr_worker_title_get_type     (void);
GType sr_language_get_type         (void);
GType sr_orientation_get_type      (void);
GType sr_phase_get_type            (void);
GType sr_closing_reason_get_type   (void);
GType sr_life_area_get_type        (void);
GType sr_capacity_domain_get_type  (void);
GType sr_referral_service_get_type (void);
GType sr_referral_status_get_type  (void);
GType sr_means_get_type            (void);
GType sr_place_type_get_type       (void);
GType sr_meeting_kind_get_type     (void);
GType sr_meeting_status_get_type   (void);
GType sr_group_method_get_type     (void);
GType sr_session_status_get_type   (void);
/* SrAttendanceStatus itself is defined with the rules in sr-rules.h. */
GType sr_attendance_status_get_type (void);
GType sr_audit_log_get_type        (void);
GType sr_audit_action_get_type     (void);

/* The stored nick of @value, or NULL if @value is not in @enum_type. */
const char *sr_enum_to_nick   (GType       enum_type,
                               int         value);
/* The value for @nick, or @fallback if @nick is NULL or unknown. */
int         sr_enum_from_nick (GType       enum_type,
                               const char *nick,
                               int         fallback);

G_END_DECLS
