/* sr-application.h
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-context.h"

G_BEGIN_DECLS

#define SR_TYPE_APPLICATION (sr_application_get_type ())

G_DECLARE_FINAL_TYPE (SrApplication, sr_application, SR, APPLICATION, AdwApplication)

SrApplication *sr_application_new            (void);
void           sr_application_set_started_at (SrApplication *self,
                                              gint64         monotonic_usec);
SrContext     *sr_application_get_context    (SrApplication *self);
const GError  *sr_application_get_store_error (SrApplication *self);
/* Leaves the open database (untouched) for a new demo database with fictitious data, in a
 * new window; the demo is removed on quit as with --demo. For the first start's welcome. */
gboolean       sr_application_open_demo      (SrApplication  *self,
                                              GError        **error);

G_END_DECLS
