/* sr-types.h: the names shared by the records and the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entity names (as in the store's ::changed and the audit log) and the
 * error domain of records and the store. The records need only these, not
 * the store itself.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SR_STORE_ERROR (sr_store_error_quark ())

typedef enum
{
  SR_STORE_ERROR_FAILED,
  SR_STORE_ERROR_NEWER_VERSION, /* made by a newer SocRehab: left untouched */
  SR_STORE_ERROR_FOREIGN,       /* not a SocRehab database: left untouched */
  SR_STORE_ERROR_CORRUPT,       /* unreadable or damaged: left untouched */
  SR_STORE_ERROR_IO,            /* folder or file could not be created */
  SR_STORE_ERROR_INVALID,       /* a record failed validation */
  SR_STORE_ERROR_DUPLICATE,     /* e.g. identity code already in use */
  SR_STORE_ERROR_NOT_FOUND,
  SR_STORE_ERROR_CONFLICT,      /* changed elsewhere since it was read */
  SR_STORE_ERROR_IN_USE,        /* other records refer to it */
  SR_STORE_ERROR_NOT_ALLOWED,   /* e.g. deleting a client with periods */
  SR_STORE_ERROR_NO_WORKER,     /* no current worker set */
} SrStoreError;

GQuark sr_store_error_quark (void);

/* Entity types, as in ::changed and the audit log. */
#define SR_ENTITY_WORKER           "worker"
#define SR_ENTITY_CLIENT           "client"
#define SR_ENTITY_PERIOD           "period"
#define SR_ENTITY_NEEDS_ASSESSMENT "needs-assessment"
#define SR_ENTITY_REFERRAL         "referral"
#define SR_ENTITY_PLAN             "plan"
#define SR_ENTITY_GOAL             "goal"
#define SR_ENTITY_REVIEW           "review"
#define SR_ENTITY_GOAL_RATING      "goal-rating"
#define SR_ENTITY_MEETING          "meeting"
#define SR_ENTITY_NETWORK_CONTACT  "network-contact"
#define SR_ENTITY_GROUP            "group"
#define SR_ENTITY_MEMBERSHIP       "membership"
#define SR_ENTITY_SESSION          "session"
#define SR_ENTITY_ATTENDANCE       "attendance"
#define SR_ENTITY_FEEDBACK         "feedback"
#define SR_ENTITY_AUDIT            "audit"

G_END_DECLS
