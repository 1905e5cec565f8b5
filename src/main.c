/* main.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sr-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SrApplication) app = NULL;
  gint64 started_at = g_get_monotonic_time ();
  const char *localedir;

  /* An uninstalled build (meson devenv, the tests) finds its catalogues in the build tree. */
  localedir = g_getenv ("SOCREHAB_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sr_application_new ();
  sr_application_set_started_at (app, started_at);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
