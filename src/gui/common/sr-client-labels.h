/* sr-client-labels.h: words for the code lists shown in the Clients view
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sr-client-status.h"

G_BEGIN_DECLS

const char *sr_phase_get_label          (SrPhase          phase);
/* "Move to Planning" … for the phase after @phase; NULL after closing. */
const char *sr_phase_get_next_label     (SrPhase          phase);
const char *sr_closing_reason_get_label (SrClosingReason  reason);
const char *sr_orientation_get_label    (SrOrientation    orientation);
const char *sr_worker_title_get_label   (SrWorkerTitle    title);
const char *sr_language_get_label       (SrLanguage       language);
const char *sr_meeting_kind_get_label   (SrMeetingKind    kind);
const char *sr_meeting_status_get_label (SrMeetingStatus  status);
/* A short reason for one flag ("Decision ends in 12 days"), and what to do. */
char       *sr_client_flag_dup_reason   (SrClientFlags    flag,
                                         const SrClientStatus *status);
const char *sr_client_flag_get_advice   (SrClientFlags    flag);
/* The reasons of all flags, joined for a list row, or NULL for none. */
char       *sr_client_status_dup_flags_text (const SrClientStatus *status);

G_END_DECLS
