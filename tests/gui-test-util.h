/* gui-test-util.h: helpers shared by the GUI test programs
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

typedef gboolean (*GuiTestCondition) (gpointer user_data);

static inline gboolean
gui_test_timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds or @timeout_ms pass; returns the condition. */
static inline gboolean
gui_test_wait_for (GuiTestCondition condition,
                   gpointer         user_data,
                   guint            timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, gui_test_timeout_cb, &timed_out);

  while (!condition (user_data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);

  return condition (user_data);
}

/* Lets pending layout and drawing happen for @ms milliseconds. */
static inline void
gui_test_settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, gui_test_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}
