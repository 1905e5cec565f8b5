/* sr-client-labels.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-client-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client-labels.h"

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

const char *
sr_meeting_status_get_label (SrMeetingStatus status)
{
  switch (status)
    {
    case SR_MEETING_STATUS_HELD:
      return C_("meeting status", "Held");
    case SR_MEETING_STATUS_CANCELLED_BY_CLIENT:
      return _("Cancelled by the client");
    case SR_MEETING_STATUS_CANCELLED_BY_WORKER:
      return _("Cancelled by the worker");
    case SR_MEETING_STATUS_NO_SHOW:
      return _("Did not come");
    case SR_MEETING_STATUS_PLANNED:
    default:
      return C_("meeting status", "Planned");
    }
}

char *
sr_client_flag_dup_reason (SrClientFlags         flag,
                           const SrClientStatus *status)
{
  switch (flag)
    {
    case SR_CLIENT_FLAG_NO_RECENT_MEETING:
      return g_strdup (_("No meeting within 7 days"));
    case SR_CLIENT_FLAG_DECISION_ENDING:
      if (status->decision_days_left < 0)
        return g_strdup (_("Decision has ended"));
      if (status->decision_days_left == 0)
        return g_strdup (_("Decision ends today"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Decision ends in %d day",
                                           "Decision ends in %d days", status->decision_days_left),
                              status->decision_days_left);
    case SR_CLIENT_FLAG_REVIEW_OVERDUE:
      return g_strdup (_("Plan review overdue"));
    case SR_CLIENT_FLAG_PAST_PLANNED_END:
      return g_strdup (_("Period longer than planned"));
    case SR_CLIENT_FLAG_NONE:
    default:
      return NULL;
    }
}

const char *
sr_client_flag_get_advice (SrClientFlags flag)
{
  switch (flag)
    {
    case SR_CLIENT_FLAG_NO_RECENT_MEETING:
      return _("Intensified individual work means meeting at least weekly: plan a meeting in the Calendar.");
    case SR_CLIENT_FLAG_DECISION_ENDING:
      return _("Ask for a new decision in time, or plan how the period closes.");
    case SR_CLIENT_FLAG_REVIEW_OVERDUE:
      return _("Review the client plan with the client and rate every goal.");
    case SR_CLIENT_FLAG_PAST_PLANNED_END:
      return _("Close the period, or record a new planned end with the decision that allows it.");
    case SR_CLIENT_FLAG_NONE:
    default:
      return "";
    }
}

char *
sr_client_status_dup_flags_text (const SrClientStatus *status)
{
  static const SrClientFlags all[] = {
    SR_CLIENT_FLAG_NO_RECENT_MEETING, SR_CLIENT_FLAG_DECISION_ENDING,
    SR_CLIENT_FLAG_REVIEW_OVERDUE, SR_CLIENT_FLAG_PAST_PLANNED_END,
  };
  g_autoptr(GString) text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_autofree char *reason = NULL;

      if ((status->flags & all[i]) == 0)
        continue;
      reason = sr_client_flag_dup_reason (all[i], status);
      if (text == NULL)
        text = g_string_new (reason);
      else
        /* Translators: separates the reasons a client needs attention in a list row. */
        g_string_append_printf (text, _(", %s"), reason);
    }

  return text != NULL ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}
