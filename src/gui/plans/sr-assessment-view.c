/* sr-assessment-view.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-assessment-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-assessment-view.h"
#include "sr-date-row.h"
#include "sr-format.h"
#include "sr-labels.h"
#include "sr-needs-assessment.h"
#include "sr-period-section.h"
#include "sr-period.h"
#include "sr-plan-lists.h"
#include "sr-plan-service.h"
#include "sr-record-merge.h"
#include "sr-save-error.h"

typedef struct
{
  GtkWidget *expander;
  GtkWidget *dropdown;
  GtkWidget *note_row;
} GridRow;

struct _SrAssessmentView
{
  SrPeriodSection      parent_instance;

  GListModel          *assessments;
  SrNeedsAssessment   *assessment;
  GListModel          *referrals;
  gboolean             loading;
  gboolean             dirty;

  GridRow              areas[SR_N_LIFE_AREAS];
  GridRow              domains[SR_N_CAPACITY_DOMAINS];

  /* Template widgets */
  GtkStack            *stack;
  GtkWidget           *start_button;
  GtkWidget           *save_button;
  SrDateRow           *date_row;
  AdwEntryRow         *participants_row;
  GtkSwitch           *client_present_switch;
  AdwEntryRow         *summary_row;
  AdwPreferencesGroup *life_areas_group;
  AdwPreferencesGroup *domains_group;
  GtkWidget           *add_referral_button;
  GtkListBox          *referrals_list;
};

G_DEFINE_FINAL_TYPE (SrAssessmentView, sr_assessment_view, SR_TYPE_PERIOD_SECTION)

static void sr_assessment_view_reload (SrAssessmentView *self);

/* Helpers */

static SrStore *
get_store (SrAssessmentView *self)
{
  return sr_period_section_get_store (SR_PERIOD_SECTION (self));
}

static SrPlanService *
get_plans (SrAssessmentView *self)
{
  return sr_context_get_plans (sr_period_section_get_context (SR_PERIOD_SECTION (self)));
}

static SrPeriod *
get_period (SrAssessmentView *self)
{
  return sr_period_section_get_period (SR_PERIOD_SECTION (self));
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

static char *
stripped_text (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

static void
set_dirty (SrAssessmentView *self,
           gboolean          dirty)
{
  self->dirty = dirty;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assessment.save", dirty);
}

static void
on_edited_cb (SrAssessmentView *self)
{
  if (!self->loading)
    set_dirty (self, TRUE);
}

static void
update_grid_subtitle (GridRow *row)
{
  g_autofree char *note = stripped_text (row->note_row);
  g_autofree char *escaped = escape (note);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row->expander), escaped);
}

static void
on_note_changed_cb (GtkEditable      *editable,
                    SrAssessmentView *self)
{
  GridRow *row = g_object_get_data (G_OBJECT (editable), "grid-row");

  update_grid_subtitle (row);
  on_edited_cb (self);
}

static void
make_grid_row (SrAssessmentView    *self,
               AdwPreferencesGroup *group,
               GridRow             *row,
               const char          *title,
               const char * const  *levels)
{
  row->expander = adw_expander_row_new ();
  row->dropdown = gtk_drop_down_new_from_strings (levels);
  row->note_row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->expander), title);
  gtk_widget_set_valign (row->dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row->expander), row->dropdown);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->note_row), _("Note"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row->expander), row->note_row);
  adw_preferences_group_add (group, row->expander);

  g_object_set_data (G_OBJECT (row->note_row), "grid-row", row);
  g_signal_connect_swapped (row->dropdown, "notify::selected", G_CALLBACK (on_edited_cb), self);
  g_signal_connect (row->note_row, "changed", G_CALLBACK (on_note_changed_cb), self);
}

/* Position 0 of a level list is "not assessed" (SR_NOT_ASSESSED). */
static guint
level_to_position (int level)
{
  return level < 0 ? 0 : (guint) level + 1;
}

static int
position_to_level (guint position)
{
  return position == 0 || position == GTK_INVALID_LIST_POSITION ? SR_NOT_ASSESSED : (int) position - 1;
}

/* Life-area levels are 0–3; capacity ratings 1–5 and their list has no 0. */
static guint
rating_to_position (int rating)
{
  return rating < 1 ? 0 : (guint) rating;
}

static int
position_to_rating (guint position)
{
  return position == 0 || position == GTK_INVALID_LIST_POSITION ? SR_NOT_ASSESSED : (int) position;
}

/* The assessment's own fields */

static void
fill_details (SrAssessmentView *self)
{
  SrRecord *record = SR_RECORD (self->assessment);

  self->loading = TRUE;
  sr_date_row_set_date (self->date_row, sr_record_get_string (record, "date"));
  gtk_editable_set_text (GTK_EDITABLE (self->participants_row), sr_record_get_string (record, "participants") ?: "");
  gtk_switch_set_active (self->client_present_switch, sr_record_get_boolean (record, "client-present"));
  gtk_editable_set_text (GTK_EDITABLE (self->summary_row), sr_record_get_string (record, "summary") ?: "");

  for (guint i = 0; i < SR_N_LIFE_AREAS; i++)
    {
      g_autofree char *note = NULL;
      int level = sr_needs_assessment_get_life_area (self->assessment, (SrLifeArea) i, &note);

      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->areas[i].dropdown), level_to_position (level));
      gtk_editable_set_text (GTK_EDITABLE (self->areas[i].note_row), note ?: "");
      update_grid_subtitle (&self->areas[i]);
    }
  for (guint i = 0; i < SR_N_CAPACITY_DOMAINS; i++)
    {
      g_autofree char *note = NULL;
      int rating = sr_needs_assessment_get_domain_rating (self->assessment, (SrCapacityDomain) i, &note);

      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->domains[i].dropdown), rating_to_position (rating));
      gtk_editable_set_text (GTK_EDITABLE (self->domains[i].note_row), note ?: "");
      update_grid_subtitle (&self->domains[i]);
    }
  self->loading = FALSE;
  set_dirty (self, FALSE);
}

static void store_assessment_again (GtkWidget *widget, SrRecord *original, SrRecord *assessment);

/* Whether the view still shows the assessment @record is a version of. */
static gboolean
shows_assessment (SrAssessmentView *self,
                  SrRecord         *record)
{
  return self->assessment != NULL
         && g_strcmp0 (sr_record_get_id (SR_RECORD (self->assessment)), sr_record_get_id (record)) == 0;
}

static void
reload_assessment (GtkWidget *widget,
                   SrRecord  *current)
{
  SrAssessmentView *self = SR_ASSESSMENT_VIEW (widget);

  if (!shows_assessment (self, current))
    return;
  g_set_object (&self->assessment, SR_NEEDS_ASSESSMENT (current));
  fill_details (self);
}

static gboolean
store_assessment (SrAssessmentView *self,
                  SrRecord         *original,
                  SrRecord         *assessment)
{
  g_autoptr(GError) error = NULL;
  const SrFieldLabel labels[] = {
    { "date", sr_save_error_row_title (GTK_WIDGET (self->date_row)) },
    { "participants", sr_save_error_row_title (GTK_WIDGET (self->participants_row)) },
    { "client-present", sr_save_error_row_title (GTK_WIDGET (self->client_present_switch)) },
    { "summary", sr_save_error_row_title (GTK_WIDGET (self->summary_row)) },
    { NULL, },
  };

  if (original != NULL && shows_assessment (self, original))
    g_set_object (&self->assessment, SR_NEEDS_ASSESSMENT (original));

  if (!sr_plan_service_save_assessment (get_plans (self), SR_NEEDS_ASSESSMENT (assessment), &error))
    {
      /* What was typed stays in the rows. */
      if (!sr_save_error_handle (GTK_WIDGET (self), sr_period_section_get_context (SR_PERIOD_SECTION (self)),
                                 error, original, assessment, labels, store_assessment_again, reload_assessment))
        sr_period_section_show_error (SR_PERIOD_SECTION (self), error);
      return FALSE;
    }

  if (shows_assessment (self, assessment))
    {
      g_set_object (&self->assessment, SR_NEEDS_ASSESSMENT (assessment));
      set_dirty (self, FALSE);
    }
  return TRUE;
}

static void
store_assessment_again (GtkWidget *widget,
                        SrRecord  *original,
                        SrRecord  *assessment)
{
  SrAssessmentView *self = SR_ASSESSMENT_VIEW (widget);

  /* The rows show the assessment as saved: the caseworker's changes and the others'. */
  if (store_assessment (self, original, assessment) && shows_assessment (self, assessment))
    fill_details (self);
}

gboolean
sr_assessment_view_save (SrAssessmentView *self)
{
  g_autoptr(SrNeedsAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *participants = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (SR_IS_ASSESSMENT_VIEW (self), FALSE);

  if (self->assessment == NULL || !self->dirty)
    return TRUE;

  if (!sr_date_row_get_valid (self->date_row))
    {
      g_set_error_literal (&error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                           _("The assessment date is not a date. Write it as day.month.year."));
      sr_period_section_show_error (SR_PERIOD_SECTION (self), error);
      return FALSE;
    }

  /* A copy of the assessment as read: a change made elsewhere meanwhile is not overwritten. */
  assessment = SR_NEEDS_ASSESSMENT (sr_record_copy (SR_RECORD (self->assessment)));
  participants = stripped_text (self->participants_row);
  summary = stripped_text (self->summary_row);
  g_object_set (assessment,
                "date", sr_date_row_get_date (self->date_row),
                "participants", participants,
                "client-present", gtk_switch_get_active (self->client_present_switch),
                "summary", summary,
                NULL);
  for (guint i = 0; i < SR_N_LIFE_AREAS; i++)
    {
      g_autofree char *note = stripped_text (self->areas[i].note_row);
      int level = position_to_level (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->areas[i].dropdown)));

      sr_needs_assessment_set_life_area (assessment, (SrLifeArea) i, level, note[0] ? note : NULL);
    }
  for (guint i = 0; i < SR_N_CAPACITY_DOMAINS; i++)
    {
      g_autofree char *note = stripped_text (self->domains[i].note_row);
      int rating = position_to_rating (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->domains[i].dropdown)));

      sr_needs_assessment_set_domain_rating (assessment, (SrCapacityDomain) i, rating, note[0] ? note : NULL);
    }

  return store_assessment (self, SR_RECORD (self->assessment), SR_RECORD (assessment));
}

/* Referrals */

static SrReferral *
fresh_referral (SrAssessmentView *self,
                GtkWidget        *widget)
{
  const char *id = g_object_get_data (G_OBJECT (widget), "referral-id");
  g_autoptr(GError) error = NULL;
  SrReferral *referral = sr_store_get_referral (get_store (self), id, &error);

  if (referral == NULL)
    sr_period_section_show_error (SR_PERIOD_SECTION (self), error);

  return referral;
}

typedef struct
{
  GWeakRef    view;
  SrReferral *referral;
} PendingSave;

static gboolean
save_referral_idle_cb (gpointer data)
{
  PendingSave *pending = data;
  g_autoptr(SrAssessmentView) self = g_weak_ref_get (&pending->view);
  g_autoptr(GError) error = NULL;

  if (self != NULL && get_store (self) != NULL
      && !sr_plan_service_save_referral (get_plans (self), pending->referral, &error))
    sr_period_section_show_error (SR_PERIOD_SECTION (self), error);

  g_weak_ref_clear (&pending->view);
  g_object_unref (pending->referral);
  g_free (pending);

  return G_SOURCE_REMOVE;
}

/* Saving rebuilds the referral's row (the list is live): wait until the
 * signal that asked for the save has finished with the old row. */
static void
save_referral (SrAssessmentView *self,
               SrReferral       *referral)
{
  PendingSave *pending = g_new0 (PendingSave, 1);

  g_weak_ref_init (&pending->view, self);
  pending->referral = g_object_ref (referral);
  g_idle_add (save_referral_idle_cb, pending);
}

static void
on_referral_status_cb (GtkDropDown      *dropdown,
                       GParamSpec       *pspec,
                       SrAssessmentView *self)
{
  g_autoptr(SrReferral) referral = fresh_referral (self, GTK_WIDGET (dropdown));
  g_autofree char *today = sr_local_day_iso (NULL, 0);
  SrReferralStatus status;

  if (referral == NULL)
    return;
  g_object_get (referral, "status", &status, NULL);
  if ((guint) status == gtk_drop_down_get_selected (dropdown))
    return;

  /* A new status is dated today; the date can be corrected in the row. */
  g_object_set (referral,
                "status", (SrReferralStatus) gtk_drop_down_get_selected (dropdown),
                "status-date", today,
                NULL);
  save_referral (self, referral);
}

static void
on_referral_note_apply_cb (AdwEntryRow      *row,
                           SrAssessmentView *self)
{
  g_autoptr(SrReferral) referral = fresh_referral (self, GTK_WIDGET (row));
  g_autofree char *note = stripped_text (row);

  if (referral == NULL)
    return;
  g_object_set (referral, "note", note, NULL);
  save_referral (self, referral);
}

static void
on_referral_date_apply_cb (SrDateRow        *row,
                           SrAssessmentView *self)
{
  g_autoptr(SrReferral) referral = fresh_referral (self, GTK_WIDGET (row));

  if (referral == NULL || !sr_date_row_get_valid (row))
    return;
  g_object_set (referral, "status-date", sr_date_row_get_date (row), NULL);
  save_referral (self, referral);
}

static GtkWidget *
create_referral_row (gpointer item,
                     gpointer user_data)
{
  SrAssessmentView *self = user_data;
  SrRecord *record = SR_RECORD (item);
  const char *id = sr_record_get_id (record);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *status_dropdown;
  GtkWidget *remove;
  GtkWidget *date_row = sr_date_row_new ();
  GtkWidget *note_row = adw_entry_row_new ();
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *day = NULL;
  SrReferralService service;
  SrReferralStatus status;
  const char *note = sr_record_get_string (record, "note");

  g_object_get (item, "service", &service, "status", &status, NULL);

  title = escape (sr_referral_service_get_label (service));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  day = sr_record_get_string (record, "status-date") ? sr_format_day (sr_record_get_string (record, "status-date")) : NULL;
  if (note != NULL)
    subtitle = escape (note);
  else if (day != NULL)
    /* Translators: when a referral need got its current status */
    subtitle = g_strdup_printf (_("Since %s"), day);
  if (subtitle != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  for (SrReferralStatus s = SR_REFERRAL_STATUS_NEEDED; s <= SR_REFERRAL_STATUS_DECLINED; s++)
    gtk_string_list_append (statuses, sr_referral_status_get_label (s));
  status_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&statuses)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status_dropdown), status);
  gtk_widget_set_valign (status_dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (status_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Status"), -1);
  g_object_set_data_full (G_OBJECT (status_dropdown), "referral-id", g_strdup (id), g_free);
  g_signal_connect (status_dropdown, "notify::selected", G_CALLBACK (on_referral_status_cb), self);

  remove = sr_period_section_row_button_new ("user-trash-symbolic", _("Remove Referral Need"),
                                             "assessment.remove-referral", id);

  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), status_dropdown);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date_row), _("Status date"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (date_row), TRUE);
  sr_date_row_set_date (SR_DATE_ROW (date_row), sr_record_get_string (record, "status-date"));
  g_object_set_data_full (G_OBJECT (date_row), "referral-id", g_strdup (id), g_free);
  g_signal_connect (date_row, "apply", G_CALLBACK (on_referral_date_apply_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), date_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note_row), _("Note"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (note_row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (note_row), note ?: "");
  g_object_set_data_full (G_OBJECT (note_row), "referral-id", g_strdup (id), g_free);
  g_signal_connect (note_row, "apply", G_CALLBACK (on_referral_note_apply_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note_row);

  return row;
}

/* Loading */

static void
show_assessment (SrAssessmentView  *self,
                 SrNeedsAssessment *assessment)
{
  g_set_object (&self->assessment, assessment);
  g_clear_object (&self->referrals);
  self->referrals = sr_store_list_referrals (get_store (self), sr_record_get_id (SR_RECORD (assessment)));
  gtk_list_box_bind_model (self->referrals_list, self->referrals, create_referral_row, self, NULL);
  fill_details (self);
}

static void
sr_assessment_view_reload (SrAssessmentView *self)
{
  guint n = self->assessments != NULL ? g_list_model_get_n_items (self->assessments) : 0;

  if (get_store (self) == NULL || get_period (self) == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (n == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  /* The latest assessment of the period (the list is by date). */
  {
    g_autoptr(SrNeedsAssessment) latest = g_list_model_get_item (self->assessments, n - 1);

    if (self->assessment == NULL
        || g_strcmp0 (sr_record_get_id (SR_RECORD (latest)), sr_record_get_id (SR_RECORD (self->assessment))) != 0)
      {
        sr_assessment_view_save (self);
        show_assessment (self, latest);
      }
  }
  gtk_stack_set_visible_child_name (self->stack, "content");
}

static void
on_assessments_changed_cb (SrAssessmentView *self)
{
  sr_assessment_view_reload (self);
}

static void
sr_assessment_view_store_committed (SrPeriodSection *section,
                                    SrChanges       *changes)
{
  SrAssessmentView *self = SR_ASSESSMENT_VIEW (section);
  g_autoptr(SrNeedsAssessment) stored = NULL;
  const char *id;

  if (self->assessment == NULL)
    return;
  id = sr_record_get_id (SR_RECORD (self->assessment));
  if (!sr_changes_has_record (changes, SR_ENTITY_NEEDS_ASSESSMENT, id))
    return;

  stored = sr_store_get_needs_assessment (get_store (self), id, NULL);
  if (stored == NULL
      || sr_record_get_revision (SR_RECORD (stored)) == sr_record_get_revision (SR_RECORD (self->assessment)))
    return;

  /* Changed elsewhere: show it, unless something typed here is unsaved. */
  if (!self->dirty)
    {
      g_set_object (&self->assessment, stored);
      fill_details (self);
    }
}

static void
sr_assessment_view_reset (SrPeriodSection *section)
{
  SrAssessmentView *self = SR_ASSESSMENT_VIEW (section);

  if (self->assessments != NULL)
    g_signal_handlers_disconnect_by_func (self->assessments, on_assessments_changed_cb, self);
  g_clear_object (&self->assessments);
  gtk_list_box_bind_model (self->referrals_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->referrals);
  g_clear_object (&self->assessment);
  set_dirty (self, FALSE);

  if (get_store (self) != NULL && get_period (self) != NULL)
    {
      self->assessments = sr_store_list_needs_assessments (get_store (self), sr_record_get_id (SR_RECORD (get_period (self))));
      g_signal_connect_swapped (self->assessments, "items-changed", G_CALLBACK (on_assessments_changed_cb), self);
    }
  sr_assessment_view_reload (self);
}

/* Actions */

static void
sr_assessment_view_start_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  SrAssessmentView *self = SR_ASSESSMENT_VIEW (widget);
  g_autoptr(SrNeedsAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = sr_local_day_iso (NULL, 0);

  if (get_store (self) == NULL || get_period (self) == NULL)
    return;

  assessment = sr_needs_assessment_new (sr_record_get_id (SR_RECORD (get_period (self))));
  g_object_set (assessment, "date", today, "client-present", TRUE, NULL);
  if (!sr_plan_service_save_assessment (get_plans (self), assessment, &error))
    sr_period_section_show_error (SR_PERIOD_SECTION (self), error);
}

static void
sr_assessment_view_save_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  sr_assessment_view_save (SR_ASSESSMENT_VIEW (widget));
}

static void
sr_assessment_view_add_referral_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  SrAssessmentView *self = SR_ASSESSMENT_VIEW (widget);
  g_autoptr(SrReferral) referral = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = sr_local_day_iso (NULL, 0);
  SrReferralService service;

  if (self->assessment == NULL)
    return;

  service = sr_enum_from_nick (SR_TYPE_REFERRAL_SERVICE, g_variant_get_string (parameter, NULL),
                               SR_REFERRAL_SERVICE_OTHER);
  referral = sr_referral_new (sr_record_get_id (SR_RECORD (self->assessment)), service);
  g_object_set (referral, "status", SR_REFERRAL_STATUS_NEEDED, "status-date", today, NULL);
  if (!sr_plan_service_save_referral (get_plans (self), referral, &error))
    sr_period_section_show_error (SR_PERIOD_SECTION (self), error);
}

static void
sr_assessment_view_remove_referral_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  SrAssessmentView *self = SR_ASSESSMENT_VIEW (widget);
  g_autoptr(SrReferral) referral = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (get_store (self) == NULL)
    return;

  referral = sr_store_get_referral (get_store (self), g_variant_get_string (parameter, NULL), &error);
  if (referral == NULL
      || !sr_plan_service_delete_referral (get_plans (self), sr_record_get_id (SR_RECORD (referral)), &error))
    {
      sr_period_section_show_error (SR_PERIOD_SECTION (self), error);
      return;
    }

  toast = adw_toast_new (_("Referral need removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  sr_period_section_add_undo_toast (SR_PERIOD_SECTION (self), toast, SR_RECORD (referral));
}

/* GObject */

static void
sr_assessment_view_save_section (SrPeriodSection *section)
{
  sr_assessment_view_save (SR_ASSESSMENT_VIEW (section));
}

static void
sr_assessment_view_dispose (GObject *object)
{
  SrAssessmentView *self = SR_ASSESSMENT_VIEW (object);

  if (self->referrals_list != NULL)
    gtk_list_box_bind_model (self->referrals_list, NULL, NULL, NULL, NULL);

  /* AdwBin unparents its child itself: clearing it here instead of
   * gtk_widget_dispose_template() avoids unparenting it twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  self->referrals_list = NULL;

  if (self->assessments != NULL)
    g_signal_handlers_disconnect_by_func (self->assessments, on_assessments_changed_cb, self);
  g_clear_object (&self->assessments);
  g_clear_object (&self->referrals);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (sr_assessment_view_parent_class)->dispose (object);
}

static void
sr_assessment_view_class_init (SrAssessmentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SrPeriodSectionClass *section_class = SR_PERIOD_SECTION_CLASS (klass);

  object_class->dispose = sr_assessment_view_dispose;
  section_class->save = sr_assessment_view_save_section;
  section_class->reset = sr_assessment_view_reset;
  section_class->store_committed = sr_assessment_view_store_committed;

  g_type_ensure (SR_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-assessment-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SrAssessmentView, stack);
  gtk_widget_class_bind_template_child (widget_class, SrAssessmentView, start_button);
  gtk_widget_class_bind_template_child (widget_class, SrAssessmentView, save_button);
  gtk_widget_class_bind_template_child (widget_class, SrAssessmentView, date_row);
  gtk_widget_class_bind_template_child (widget_class, SrAssessmentView, participants_row);
  gtk_widget_class_bind_template_child (widget_class, SrAssessmentView, client_present_switch);
  gtk_widget_class_bind_template_child (widget_class, SrAssessmentView, summary_row);
  gtk_widget_class_bind_template_child (widget_class, SrAssessmentView, life_areas_group);
  gtk_widget_class_bind_template_child (widget_class, SrAssessmentView, domains_group);
  gtk_widget_class_bind_template_child (widget_class, SrAssessmentView, add_referral_button);
  gtk_widget_class_bind_template_child (widget_class, SrAssessmentView, referrals_list);

  gtk_widget_class_install_action (widget_class, "assessment.start", NULL, sr_assessment_view_start_action);
  gtk_widget_class_install_action (widget_class, "assessment.save", NULL, sr_assessment_view_save_action);
  gtk_widget_class_install_action (widget_class, "assessment.add-referral", "s", sr_assessment_view_add_referral_action);
  gtk_widget_class_install_action (widget_class, "assessment.remove-referral", "s", sr_assessment_view_remove_referral_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "assessment.save", NULL);
}

static void
sr_assessment_view_init (SrAssessmentView *self)
{
  const char *levels[] = {
    /* Translators: need level of a life area */
    C_("need", "Not assessed"), C_("need", "No need"), C_("need", "Some need"),
    C_("need", "Considerable need"), C_("need", "Urgent need"), NULL,
  };
  const char *ratings[] = {
    /* Translators: rating of a functional-capacity domain */
    C_("rating", "Not assessed"), C_("rating", "1 · Very weak"), C_("rating", "2 · Weak"),
    C_("rating", "3 · Moderate"), C_("rating", "4 · Fairly good"), C_("rating", "5 · Good"), NULL,
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < SR_N_LIFE_AREAS; i++)
    make_grid_row (self, self->life_areas_group, &self->areas[i], sr_life_area_get_label ((SrLifeArea) i), levels);
  for (guint i = 0; i < SR_N_CAPACITY_DOMAINS; i++)
    make_grid_row (self, self->domains_group, &self->domains[i],
                   sr_capacity_domain_get_label ((SrCapacityDomain) i), ratings);

  gtk_list_box_set_placeholder (self->referrals_list,
                                sr_period_section_placeholder_new (_("No referral needs noted.")));

  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (on_edited_cb), self);
  g_signal_connect_swapped (self->participants_row, "changed", G_CALLBACK (on_edited_cb), self);
  g_signal_connect_swapped (self->summary_row, "changed", G_CALLBACK (on_edited_cb), self);
  g_signal_connect_swapped (self->client_present_switch, "notify::active", G_CALLBACK (on_edited_cb), self);

  set_dirty (self, FALSE);
  sr_assessment_view_reload (self);
}

GtkWidget *
sr_assessment_view_new (void)
{
  return g_object_new (SR_TYPE_ASSESSMENT_VIEW, NULL);
}

SrPeriod *
sr_assessment_view_get_period (SrAssessmentView *self)
{
  g_return_val_if_fail (SR_IS_ASSESSMENT_VIEW (self), NULL);

  return sr_period_section_get_period (SR_PERIOD_SECTION (self));
}

void
sr_assessment_view_set_period (SrAssessmentView *self,
                               SrPeriod         *period)
{
  g_return_if_fail (SR_IS_ASSESSMENT_VIEW (self));

  sr_period_section_set_period (SR_PERIOD_SECTION (self), period);
}

SrNeedsAssessment *
sr_assessment_view_get_assessment (SrAssessmentView *self)
{
  g_return_val_if_fail (SR_IS_ASSESSMENT_VIEW (self), NULL);

  return self->assessment;
}
