/* sr-labels.h: the words a caseworker reads for each code list
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One translated label per value of every code list in sr-enums.h (and the
 * attendance statuses of sr-rules.h), so a status reads the same in the
 * calendar, the client page, the dialogs and the printouts. The stored nicks
 * are a file format; these labels are only for people. An unknown value gets
 * "" (or the list's default, where the record itself falls back to one).
 */

#pragma once

#include <glib.h>

#include "sr-enums.h"

G_BEGIN_DECLS

const char *sr_phase_get_label             (SrPhase             phase);
/* "Move to _Planning" … for the phase after @phase; NULL for Closing and Closed. */
const char *sr_phase_get_next_label        (SrPhase             phase);
const char *sr_closing_reason_get_label    (SrClosingReason     reason);
const char *sr_orientation_get_label       (SrOrientation       orientation);
const char *sr_worker_title_get_label      (SrWorkerTitle       title);
const char *sr_language_get_label          (SrLanguage          language);
const char *sr_life_area_get_label         (SrLifeArea          area);
const char *sr_capacity_domain_get_label   (SrCapacityDomain    domain);
const char *sr_referral_service_get_label  (SrReferralService   service);
const char *sr_referral_status_get_label   (SrReferralStatus    status);
/* One means (a single flag); "" for none or several. */
const char *sr_means_get_label             (SrMeans             means);
const char *sr_place_type_get_label        (SrPlaceType         place_type);
const char *sr_meeting_kind_get_label      (SrMeetingKind       kind);
const char *sr_meeting_status_get_label    (SrMeetingStatus     status);
/* One method (a single flag); "" for none or several. */
const char *sr_group_method_get_label      (SrGroupMethod       method);
const char *sr_session_status_get_label    (SrSessionStatus     status);
const char *sr_attendance_status_get_label (SrAttendanceStatus  status);

/* The label of @value in any of the lists above (@enum_type: SR_TYPE_PHASE …,
 * a GEnum or a single flag of a GFlags type); "" for an unknown type or value. */
const char  *sr_enum_get_label  (GType enum_type,
                                 int   value);
/* The labels of @enum_type's values in the order of their values, NULL-terminated,
 * for a drop-down whose position is the value (@enum_type: a GEnum
 * counting 0, 1, 2 …). Free the array (not the strings)
 * with g_free(). */
const char **sr_enum_dup_labels (GType enum_type);
/* The labels of the flags set in @flags (@flags_type: SR_TYPE_MEANS, SR_TYPE_GROUP_METHOD),
 * in the order of their values, joined with @separator; "" for none. */
char        *sr_flags_dup_text  (GType       flags_type,
                                 guint       flags,
                                 const char *separator);

G_END_DECLS
