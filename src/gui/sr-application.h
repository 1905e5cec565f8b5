/* sr-application.h
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_APPLICATION (sr_application_get_type ())

G_DECLARE_FINAL_TYPE (SrApplication, sr_application, SR, APPLICATION, AdwApplication)

SrApplication *sr_application_new            (void);
void           sr_application_set_started_at (SrApplication *self,
                                              gint64         monotonic_usec);
GSettings     *sr_application_get_settings   (SrApplication *self);
SrStore       *sr_application_get_store      (SrApplication *self);
const GError  *sr_application_get_store_error (SrApplication *self);

G_END_DECLS
