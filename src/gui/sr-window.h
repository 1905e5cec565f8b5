/* sr-window.h
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-context.h"

G_BEGIN_DECLS

#define SR_TYPE_WINDOW (sr_window_get_type ())

G_DECLARE_FINAL_TYPE (SrWindow, sr_window, SR, WINDOW, AdwApplicationWindow)

/* Properties: "context" (SrContext, construct-only), handed to every view. */
SrWindow   *sr_window_new           (GtkApplication *application,
                                     SrContext      *context);
SrContext  *sr_window_get_context   (SrWindow       *self);
const char *sr_window_get_view_name (SrWindow       *self);

G_END_DECLS
