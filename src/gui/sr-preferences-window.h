/* sr-preferences-window.h
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-context.h"

G_BEGIN_DECLS

#define SR_TYPE_PREFERENCES_WINDOW (sr_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SrPreferencesWindow, sr_preferences_window, SR, PREFERENCES_WINDOW, AdwPreferencesWindow)

SrPreferencesWindow *sr_preferences_window_new (SrContext *context);

G_END_DECLS
