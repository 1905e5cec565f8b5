/* gui-test-util.h: helpers shared by the GUI test programs
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>
#include <gtk/gtk.h>

/* Private XDG folders for one test program, so that no test ever opens or writes the
 * developer's own SocRehab database, settings or backups. Call before gtk_test_init(). */
static inline char *
gui_test_isolate_environment (void)
{
  g_autoptr(GError) error = NULL;
  char *home = g_dir_make_tmp ("socrehab-test-XXXXXX", &error);
  static const char *vars[][2] = {
    { "XDG_DATA_HOME", "data" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_STATE_HOME", "state" },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      g_autofree char *dir = g_build_filename (home, vars[i][1], NULL);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_setenv (vars[i][0], dir, TRUE);
    }
  g_unsetenv ("SOCREHAB_DATABASE");

  return home;
}

static inline void
gui_test_remove_tree (const char *path)
{
  GDir *dir;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK) &&
      (dir = g_dir_open (path, 0, NULL)) != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          gui_test_remove_tree (child);
        }
      g_dir_close (dir);
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

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
