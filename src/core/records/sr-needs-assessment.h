/* sr-needs-assessment.h: assessing rehabilitation needs, and referrals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sr-record.h"
#include "sr-enums.h"

G_BEGIN_DECLS

#define SR_TYPE_NEEDS_ASSESSMENT (sr_needs_assessment_get_type ())

G_DECLARE_FINAL_TYPE (SrNeedsAssessment, sr_needs_assessment, SR, NEEDS_ASSESSMENT, SrRecord)

/* Properties: "period-id" (ref, required), "date" (date), "participants"
 * (string), "client-present" (boolean), "summary" (string), and the two grids
 * "life-areas" and "capacity-domains" (JSON objects keyed by the SrLifeArea /
 * SrCapacityDomain nick: {"level": n, "note": "…"}); use the accessors below
 * rather than the JSON.
 *
 * Need level of a life area: 0 no need, 1 some, 2 considerable, 3 urgent.
 * Rating of a capacity domain: 1 (very weak) … 5 (good).
 * -1 means "not assessed" for both. */

#define SR_NOT_ASSESSED (-1)

SrNeedsAssessment *sr_needs_assessment_new               (const char         *period_id);
void               sr_needs_assessment_set_life_area     (SrNeedsAssessment  *self,
                                                          SrLifeArea          area,
                                                          int                 need_level,
                                                          const char         *note);
/* Returns the level (SR_NOT_ASSESSED if none); @note may be NULL. */
int                sr_needs_assessment_get_life_area     (SrNeedsAssessment  *self,
                                                          SrLifeArea          area,
                                                          char              **note);
void               sr_needs_assessment_set_domain_rating (SrNeedsAssessment  *self,
                                                          SrCapacityDomain    domain,
                                                          int                 rating,
                                                          const char         *note);
int                sr_needs_assessment_get_domain_rating (SrNeedsAssessment  *self,
                                                          SrCapacityDomain    domain,
                                                          char              **note);

#define SR_TYPE_REFERRAL (sr_referral_get_type ())

G_DECLARE_FINAL_TYPE (SrReferral, sr_referral, SR, REFERRAL, SrRecord)

/* A referral need found in an assessment. Properties: "assessment-id" (ref,
 * required), "service" (SrReferralService), "status" (SrReferralStatus),
 * "status-date" (date), "note" (string). */

SrReferral *sr_referral_new (const char        *assessment_id,
                             SrReferralService  service);

G_END_DECLS
