/* sr-confirm.h: the one way SocRehab asks before a destructive action
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A message dialog with "Cancel" (the default and the close response, so Enter and Escape
 * are safe) and the destructive @response_id labelled @label. Connect to ::response and
 * present it. */
AdwMessageDialog *sr_confirm_destructive_new (GtkWindow  *parent,
                                              const char *heading,
                                              const char *body,
                                              const char *response_id,
                                              const char *label);

G_END_DECLS
