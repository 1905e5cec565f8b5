/* test-assessment-view.c: the needs assessment of a period, and its referrals
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "gui-test-util.h"
#include "sr-assessment-view.h"
#include "sr-client.h"
#include "sr-needs-assessment.h"
#include "sr-period.h"
#include "sr-plan-lists.h"
#include "sr-store.h"
#include "sr-worker.h"

/* The worker set on the store stays: the context does not apply the setting over it. */
static SrContext *
make_context (SrStore *store)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  return sr_context_new (store, settings);
}

typedef struct
{
  char             *dir;
  char             *path;
  SrContext        *context;
  SrStore          *store;
  SrPeriod         *period;
  SrPeriod         *other_period;
  GtkWindow        *window;
  SrAssessmentView *view;
  const char       *referral_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Testi Työntekijä");
  g_autoptr(SrClient) client = sr_client_new ("Maija", "Meikäläinen");
  GtkWidget *overlay, *scrolled;

  f->dir = g_dir_make_tmp ("socrehab-assessment-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = sr_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (f->store, worker, &error));
  sr_store_set_current_worker (f->store, sr_record_get_id (SR_RECORD (worker)));
  g_assert_true (sr_store_save_client (f->store, client, &error));
  f->period = sr_period_new (sr_record_get_id (SR_RECORD (client)), "2026-01-05");
  g_assert_true (sr_store_save_period (f->store, f->period, &error));
  f->other_period = sr_period_new (sr_record_get_id (SR_RECORD (client)), "2025-01-05");
  g_object_set (f->other_period, "actual-end", "2025-06-30", "phase", SR_PHASE_CLOSED, NULL);
  g_assert_true (sr_store_save_period (f->store, f->other_period, &error));
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 700, 900);
  overlay = adw_toast_overlay_new ();
  scrolled = gtk_scrolled_window_new ();
  f->view = SR_ASSESSMENT_VIEW (sr_assessment_view_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (f->view));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scrolled);
  gtk_window_set_child (f->window, overlay);
  f->context = make_context (f->store);
  g_object_set (f->view, "context", f->context, "period", f->period, NULL);
  gtk_window_present (f->window);
  gui_test_settle (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  gui_test_settle (50);
  g_clear_object (&f->period);
  g_clear_object (&f->other_period);
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  gui_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static GtkWidget *
child (gpointer    widget,
       const char *name)
{
  GtkWidget *found = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (widget), SR_TYPE_ASSESSMENT_VIEW, name));

  g_assert_nonnull (found);
  return found;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect (c, type, out);
}

/* The expander row of a life area or domain, found by its title. */
static GtkWidget *
find_expander (GtkWidget  *root,
               const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (root, ADW_TYPE_EXPANDER_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);

  return NULL;
}

static GtkWidget *
first_of_type (GtkWidget *root,
               GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (root, type, found);
  g_assert_cmpuint (found->len, >, 0);
  return g_ptr_array_index (found, 0);
}

static void
start (Fixture *f)
{
  GtkStack *stack = GTK_STACK (child (f->view, "stack"));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "none");
  g_signal_emit_by_name (child (f->view, "start_button"), "clicked");
  gui_test_settle (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "content");
  g_assert_nonnull (sr_assessment_view_get_assessment (f->view));
}

static SrNeedsAssessment *
reload (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrStore) store = sr_store_open (f->path, &error);
  g_autoptr(GListModel) assessments = NULL;

  /* A second connection: what is really in the file. */
  g_assert_no_error (error);
  assessments = sr_store_list_needs_assessments (store, sr_record_get_id (SR_RECORD (f->period)));
  g_assert_cmpuint (g_list_model_get_n_items (assessments), ==, 1);

  return g_list_model_get_item (assessments, 0);
}

static void
test_life_area_saved (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SrNeedsAssessment) stored = NULL;
  g_autofree char *note = NULL;
  g_autofree char *domain_note = NULL;
  GtkWidget *row, *save;

  start (f);
  save = child (f->view, "save_button");
  g_assert_false (gtk_widget_get_sensitive (save));

  row = find_expander (GTK_WIDGET (f->view), "Family and housing");
  g_assert_nonnull (row);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (first_of_type (row, GTK_TYPE_DROP_DOWN)), 3);  /* considerable */
  gtk_editable_set_text (GTK_EDITABLE (first_of_type (row, ADW_TYPE_ENTRY_ROW)), "Vuokrarästejä, asunto vaarassa");
  row = find_expander (GTK_WIDGET (f->view), "Social");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (first_of_type (row, GTK_TYPE_DROP_DOWN)), 2);  /* 2 · weak */
  gtk_editable_set_text (GTK_EDITABLE (first_of_type (row, ADW_TYPE_ENTRY_ROW)), "Vähän ystäviä");
  gtk_editable_set_text (GTK_EDITABLE (child (f->view, "participants_row")), "Maija, Testi");

  g_assert_true (gtk_widget_get_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
  gui_test_settle (20);
  g_assert_false (gtk_widget_get_sensitive (save));

  stored = reload (f);
  g_assert_cmpint (sr_needs_assessment_get_life_area (stored, SR_LIFE_AREA_FAMILY_HOUSING, &note), ==, 2);
  g_assert_cmpstr (note, ==, "Vuokrarästejä, asunto vaarassa");
  g_assert_cmpint (sr_needs_assessment_get_life_area (stored, SR_LIFE_AREA_EDUCATION, NULL), ==, SR_NOT_ASSESSED);
  g_assert_cmpint (sr_needs_assessment_get_domain_rating (stored, SR_CAPACITY_DOMAIN_SOCIAL, &domain_note), ==, 2);
  g_assert_cmpstr (domain_note, ==, "Vähän ystäviä");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "participants"), ==, "Maija, Testi");
}

static void
test_unsaved_kept (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SrNeedsAssessment) stored = NULL;
  g_autofree char *note = NULL;
  GtkWidget *row;

  start (f);
  row = find_expander (GTK_WIDGET (f->view), "Mobility");
  gtk_editable_set_text (GTK_EDITABLE (first_of_type (row, ADW_TYPE_ENTRY_ROW)), "Ei autoa");

  /* Moving to another period saves what was typed. */
  sr_assessment_view_set_period (f->view, f->other_period);
  gui_test_settle (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f->view, "stack"))), ==, "none");
  stored = reload (f);
  sr_needs_assessment_get_life_area (stored, SR_LIFE_AREA_MOBILITY, &note);
  g_assert_cmpstr (note, ==, "Ei autoa");

  /* A date that is not a date is refused, and the text stays. */
  sr_assessment_view_set_period (f->view, f->period);
  gui_test_settle (20);
  gtk_editable_set_text (GTK_EDITABLE (child (f->view, "date_row")), "32.1.2026");
  g_assert_false (sr_assessment_view_save (f->view));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (f->view, "date_row"))), ==, "32.1.2026");
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button_with_label (c, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
referral_is_referred (gpointer data)
{
  Fixture *f = data;
  g_autoptr(SrReferral) referral = sr_store_get_referral (f->store, f->referral_id, NULL);
  SrReferralStatus status;

  g_object_get (referral, "status", &status, NULL);
  return status == SR_REFERRAL_STATUS_REFERRED;
}

static void
test_referrals (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GListModel) referrals = NULL;
  g_autoptr(SrReferral) referral = NULL;
  g_autofree char *id = NULL;
  SrReferralService service;
  SrReferralStatus status;
  GtkWidget *row, *undo;

  start (f);
  referrals = sr_store_list_referrals (f->store, sr_record_get_id (SR_RECORD (sr_assessment_view_get_assessment (f->view))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "assessment.add-referral", "s", "kela"));
  gui_test_settle (20);
  g_assert_cmpuint (g_list_model_get_n_items (referrals), ==, 1);
  referral = g_list_model_get_item (referrals, 0);
  id = g_strdup (sr_record_get_id (SR_RECORD (referral)));
  g_object_get (referral, "service", &service, "status", &status, NULL);
  g_assert_cmpint (service, ==, SR_REFERRAL_SERVICE_KELA);
  g_assert_cmpint (status, ==, SR_REFERRAL_STATUS_NEEDED);

  /* The status saves as it is chosen. */
  row = find_expander (child (f->view, "referrals_list"), "Kela");
  g_assert_nonnull (row);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (first_of_type (row, GTK_TYPE_DROP_DOWN)), SR_REFERRAL_STATUS_REFERRED);
  f->referral_id = id;
  g_assert_true (gui_test_wait_for (referral_is_referred, f, 5000));
  g_clear_object (&referral);

  /* Removed, and back with undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "assessment.remove-referral", "s", id));
  gui_test_settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (referrals), ==, 0);
  undo = find_button_with_label (gtk_window_get_child (f->window), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  gui_test_settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (referrals), ==, 1);
  g_clear_object (&referral);
  referral = g_list_model_get_item (referrals, 0);
  g_assert_cmpstr (sr_record_get_id (SR_RECORD (referral)), ==, id);
  g_object_get (referral, "status", &status, NULL);
  g_assert_cmpint (status, ==, SR_REFERRAL_STATUS_REFERRED);
}

static void
test_no_period (Fixture       *f,
                gconstpointer  data)
{
  sr_assessment_view_set_period (f->view, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f->view, "stack"))), ==, "empty");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = gui_test_isolate_environment ();
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add ("/assessment-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("life-area-saved", test_life_area_saved);
  ADD ("unsaved-kept", test_unsaved_kept);
  ADD ("referrals", test_referrals);
  ADD ("no-period", test_no_period);
#undef ADD

  ret = g_test_run ();
  gui_test_remove_tree (home);

  return ret;
}
