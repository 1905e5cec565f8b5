/* sr-window.h
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-application.h"

G_BEGIN_DECLS

#define SR_TYPE_WINDOW (sr_window_get_type ())

G_DECLARE_FINAL_TYPE (SrWindow, sr_window, SR, WINDOW, AdwApplicationWindow)

SrWindow   *sr_window_new           (SrApplication *application);
const char *sr_window_get_view_name (SrWindow      *self);
void        sr_window_add_toast     (SrWindow      *self,
                                     AdwToast      *toast);

G_END_DECLS
