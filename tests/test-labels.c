/* test-labels.c: every code list reads in words, one word per value
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sr-labels.h"

/* The code lists a caseworker reads. Values that mean "nothing chosen" and are never
 * shown as a choice have no label: a closed period without a reason shows none. */
static GType
list_type (guint i)
{
  switch (i)
    {
    case 0: return SR_TYPE_PHASE;
    case 1: return SR_TYPE_CLOSING_REASON;
    case 2: return SR_TYPE_ORIENTATION;
    case 3: return SR_TYPE_WORKER_TITLE;
    case 4: return SR_TYPE_LANGUAGE;
    case 5: return SR_TYPE_LIFE_AREA;
    case 6: return SR_TYPE_CAPACITY_DOMAIN;
    case 7: return SR_TYPE_REFERRAL_SERVICE;
    case 8: return SR_TYPE_REFERRAL_STATUS;
    case 9: return SR_TYPE_MEANS;
    case 10: return SR_TYPE_PLACE_TYPE;
    case 11: return SR_TYPE_MEETING_KIND;
    case 12: return SR_TYPE_MEETING_STATUS;
    case 13: return SR_TYPE_GROUP_METHOD;
    case 14: return SR_TYPE_SESSION_STATUS;
    case 15: return SR_TYPE_ATTENDANCE_STATUS;
    default: return G_TYPE_INVALID;
    }
}

/* The values of @type a caseworker can meet. */
static GArray *
list_values (GType type)
{
  GArray *values = g_array_new (FALSE, FALSE, sizeof (int));

  if (G_TYPE_IS_FLAGS (type))
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        g_array_append_val (values, klass->values[i].value);
    }
  else
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        if (!(type == SR_TYPE_CLOSING_REASON && klass->values[i].value == SR_CLOSING_REASON_NONE))
          g_array_append_val (values, klass->values[i].value);
    }

  return values;
}

static void
assert_labels_distinct (void)
{
  GType type;

  for (guint t = 0; (type = list_type (t)) != G_TYPE_INVALID; t++)
    {
      g_autoptr(GArray) values = list_values (type);

      g_assert_cmpuint (values->len, >=, 2);
      for (guint i = 0; i < values->len; i++)
        {
          const char *label = sr_enum_get_label (type, g_array_index (values, int, i));

          if (label == NULL || *label == '\0')
            g_error ("%s value %d has no label", g_type_name (type), g_array_index (values, int, i));
          for (guint j = 0; j < i; j++)
            if (g_strcmp0 (label, sr_enum_get_label (type, g_array_index (values, int, j))) == 0)
              g_error ("%s: values %d and %d both read \"%s\"", g_type_name (type),
                       g_array_index (values, int, j), g_array_index (values, int, i), label);
        }
    }
}

static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* glibc caches translations; setting the domain again is its way to notice the change. */
  textdomain (GETTEXT_PACKAGE);
}

static void
assert_meeting_statuses (const char *const expected[5])
{
  static const SrMeetingStatus statuses[] = {
    SR_MEETING_STATUS_PLANNED, SR_MEETING_STATUS_HELD, SR_MEETING_STATUS_CANCELLED_BY_CLIENT,
    SR_MEETING_STATUS_CANCELLED_BY_WORKER, SR_MEETING_STATUS_NO_SHOW,
  };
  g_autofree const char **labels = sr_enum_dup_labels (SR_TYPE_MEETING_STATUS);

  g_assert_cmpuint (g_strv_length ((char **) labels), ==, G_N_ELEMENTS (statuses));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_assert_cmpstr (sr_meeting_status_get_label (statuses[i]), ==, expected[i]);
      /* The dialog's drop-down (position = value) says the same as the calendar. */
      g_assert_cmpstr (labels[statuses[i]], ==, expected[i]);
    }
}

static void
test_labels_english (void)
{
  static const char *const statuses[] = {
    "Planned", "Held", "Cancelled by client", "Cancelled by worker", "No-show",
  };

  use_language ("en");
  assert_labels_distinct ();
  assert_meeting_statuses (statuses);
  g_assert_cmpstr (sr_phase_get_label (SR_PHASE_ACTIVE), ==, "Active");
  g_assert_cmpstr (sr_attendance_status_get_label (SR_ATTENDANCE_NO_SHOW), ==, "No-show");
}

/* The glossary's words (domain.md: no-show is "ei saapunut", "uteblev"), and no two values
 * that the translation runs together. */
static void
test_labels_finnish (void)
{
  static const char *const statuses[] = {
    "Suunniteltu", "Pidetty", "Asiakas perui", "Työntekijä perui", "Ei saapunut",
  };

  use_language ("fi");
  assert_labels_distinct ();
  assert_meeting_statuses (statuses);
  g_assert_cmpstr (sr_attendance_status_get_label (SR_ATTENDANCE_NO_SHOW), ==, "Ei saapunut");
  use_language ("en");
}

static void
test_labels_swedish (void)
{
  static const char *const statuses[] = {
    "Planerat", "Hållet", "Inställt av klienten", "Inställt av arbetstagaren", "Uteblev",
  };

  use_language ("sv");
  assert_labels_distinct ();
  assert_meeting_statuses (statuses);
  g_assert_cmpstr (sr_attendance_status_get_label (SR_ATTENDANCE_NO_SHOW), ==, "Uteblev");
  use_language ("en");
}

static void
test_labels_unknown (void)
{
  /* A value from a newer file, or a type without labels, reads as nothing rather than
   * as another value's word. */
  g_assert_cmpstr (sr_phase_get_label (99), ==, "");
  g_assert_cmpstr (sr_life_area_get_label (SR_N_LIFE_AREAS), ==, "");
  g_assert_cmpstr (sr_means_get_label (SR_MEANS_ASSESSMENT | SR_MEANS_OTHER), ==, "");
  g_assert_cmpstr (sr_enum_get_label (SR_TYPE_AUDIT_ACTION, SR_AUDIT_ACTION_VIEW), ==, "");
  g_assert_null (sr_phase_get_next_label (SR_PHASE_CLOSING));
  g_assert_cmpstr (sr_phase_get_next_label (SR_PHASE_ACTIVE), ==, "Move to C_losing");
}

/* A group's methods and a goal's means as one line: in the order of the list, whatever
 * order they were ticked in. */
static void
test_labels_flags (void)
{
  g_autofree char *two = sr_flags_dup_text (SR_TYPE_GROUP_METHOD,
                                            SR_GROUP_METHOD_OTHER | SR_GROUP_METHOD_PEER_DISCUSSION, ", ");
  g_autofree char *none = sr_flags_dup_text (SR_TYPE_MEANS, SR_MEANS_NONE, "; ");
  g_autofree char *means = sr_flags_dup_text (SR_TYPE_MEANS, SR_MEANS_GROUP_ACTIVITY | SR_MEANS_ASSESSMENT, "; ");

  g_assert_cmpstr (two, ==, "Peer discussion, Other");
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (means, ==, "Assessing functional capacity and rehabilitation needs; "
                              "Group activity and support for social relationships");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("SOCREHAB_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);

  /* LANGUAGE is honoured only in a locale other than plain C. */
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/labels/english", test_labels_english);
  g_test_add_func ("/labels/finnish", test_labels_finnish);
  g_test_add_func ("/labels/swedish", test_labels_swedish);
  g_test_add_func ("/labels/unknown", test_labels_unknown);
  g_test_add_func ("/labels/flags", test_labels_flags);

  return g_test_run ();
}
