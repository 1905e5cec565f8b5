/* test-i18n.c: the interface appears in Finnish and Swedish
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "gui-test-util.h"
#include "sr-application.h"
#include "sr-attendance-grid.h"
#include "sr-window.h"

static SrApplication *app;

static void
assert_view_titles (const char *language,
                    const char *const expected[4])
{
  SrWindow *window;
  AdwViewStack *stack;
  g_autoptr(GListModel) pages = NULL;

  g_setenv ("LANGUAGE", language, TRUE);
  /* glibc caches translations; setting the domain again is its way to notice the change. */
  textdomain (GETTEXT_PACKAGE);

  window = sr_window_new (GTK_APPLICATION (app), sr_application_get_context (app));
  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), SR_TYPE_WINDOW, "stack"));
  pages = G_LIST_MODEL (adw_view_stack_get_pages (stack));

  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, expected[i]);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The attendance sheet's letter keys: four different letters in each language, so one key can
 * never record two things. */
static void
assert_attendance_keys (const char *expected)
{
  static const SrAttendanceStatus statuses[] = {
    SR_ATTENDANCE_PRESENT, SR_ATTENDANCE_PARTLY_PRESENT,
    SR_ATTENDANCE_ABSENT_NOTIFIED, SR_ATTENDANCE_NO_SHOW,
  };
  GString *letters = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      const char *letter = sr_attendance_grid_key_letter (statuses[i]);

      g_assert_cmpint (g_utf8_strlen (letter, -1), ==, 1);
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (sr_attendance_grid_key_letter (statuses[j]), !=, letter);
      g_string_append (letters, letter);
    }

  g_assert_cmpstr (letters->str, ==, expected);
  g_string_free (letters, TRUE);
}

static void
test_i18n_finnish (void)
{
  static const char *const fi[] = { "Asiakkaat", "Kalenteri", "Ryhmät", "Raportit" };

  assert_view_titles ("fi", fi);
  g_assert_cmpstr (_("Preferences"), ==, "Asetukset");
  /* Not P for present: to a Finnish group leader P reads as "poissa", absent. */
  assert_attendance_keys ("LOIE");
}

static void
test_i18n_swedish (void)
{
  static const char *const sv[] = { "Klienter", "Kalender", "Grupper", "Rapporter" };

  assert_view_titles ("sv", sv);
  g_assert_cmpstr (_("Preferences"), ==, "Inställningar");
  assert_attendance_keys ("NDAU");
}

static void
test_i18n_english (void)
{
  static const char *const en[] = { "Clients", "Calendar", "Groups", "Reports" };

  assert_view_titles ("en", en);
  assert_attendance_keys ("POAN");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("SOCREHAB_LOCALEDIR");
  g_autoptr(GError) error = NULL;
  g_autofree char *home = gui_test_isolate_environment ();
  int ret;

  gtk_test_init (&argc, &argv, NULL);

  /* LANGUAGE is honoured only in a locale other than plain C. */
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/i18n/finnish", test_i18n_finnish);
  g_test_add_func ("/i18n/swedish", test_i18n_swedish);
  g_test_add_func ("/i18n/english", test_i18n_english);

  ret = g_test_run ();

  g_clear_object (&app);
  gui_test_remove_tree (home);

  return ret;
}
