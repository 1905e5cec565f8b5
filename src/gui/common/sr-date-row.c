/* sr-date-row.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-date-row.h"
#include "sr-format.h"

/* What a caseworker types and reads in the field: d.m.yyyy in every language, since it is how
 * dates are written in Finland and it is what sr_parse_date() reads back. */
#define ENTRY_FORMAT "%-d.%-m.%Y"

struct _SrDateRow
{
  AdwEntryRow  parent_instance;

  char        *date;
  GtkCalendar *calendar;
  GtkPopover  *popover;
  guint        valid : 1;
  guint        required : 1;
  guint        updating : 1;
};

G_DEFINE_FINAL_TYPE (SrDateRow, sr_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_DATE,
  PROP_VALID,
  PROP_REQUIRED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_for_entry (const GDate *date)
{
  g_autoptr(GDateTime) datetime = g_date_time_new_local (g_date_get_year (date),
                                                         g_date_get_month (date),
                                                         g_date_get_day (date), 12, 0, 0);

  return g_date_time_format (datetime, ENTRY_FORMAT);
}

static void
sr_date_row_set_state (SrDateRow  *self,
                       const char *iso_day,
                       gboolean    valid)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (self->date, iso_day) != 0)
    {
      g_free (self->date);
      self->date = g_strdup (iso_day);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }

  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

static void
sr_date_row_revalidate (SrDateRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *iso = NULL;
  g_autofree char *example = NULL;
  GDate date;

  if (stripped[0] == '\0')
    {
      sr_date_row_set_state (self, NULL, !self->required);
      if (self->required)
        gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("A date is required here."));
      else
        gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
      /* An empty required field is marked only once the user leaves it empty, not at once. */
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      return;
    }

  if (sr_parse_date (stripped, NULL, &date))
    {
      iso = sr_date_to_iso (&date);
      sr_date_row_set_state (self, iso, TRUE);
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
      return;
    }

  g_date_clear (&date, 1);
  g_date_set_time_t (&date, time (NULL));
  example = format_for_entry (&date);

  sr_date_row_set_state (self, NULL, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  {
    /* Translators: %s is today's date as an example of what to type, e.g. 22.11.2026 */
    g_autofree char *message = g_strdup_printf (_("This is not a date. Type it like %s."), example);

    gtk_widget_set_tooltip_text (GTK_WIDGET (self), message);
  }
}

static void
on_changed_cb (SrDateRow *self)
{
  if (!self->updating)
    sr_date_row_revalidate (self);
}

/* Leaving the field writes the date out in full: "5.3." becomes "5.3.2026". */
static void
on_focus_leave_cb (SrDateRow *self)
{
  GDate date;

  if (self->date != NULL && sr_date_from_iso (self->date, &date))
    {
      g_autofree char *text = format_for_entry (&date);

      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self), text);
      self->updating = FALSE;
    }
  else if (self->required && self->date == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
    }
}

static void
on_popover_show_cb (SrDateRow *self)
{
  GDate date;
  g_autoptr(GDateTime) datetime = NULL;

  if (self->date != NULL && sr_date_from_iso (self->date, &date))
    datetime = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                      g_date_get_day (&date), 12, 0, 0);
  else
    datetime = g_date_time_new_now_local ();

  gtk_calendar_select_day (self->calendar, datetime);
}

static void
on_day_selected_cb (SrDateRow *self)
{
  g_autoptr(GDateTime) datetime = gtk_calendar_get_date (self->calendar);
  GDate date;
  g_autofree char *iso = NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (datetime),
                  g_date_time_get_month (datetime), g_date_time_get_year (datetime));
  iso = sr_date_to_iso (&date);
  sr_date_row_set_date (self, iso);
  gtk_popover_popdown (self->popover);
}

static void
sr_date_row_finalize (GObject *object)
{
  SrDateRow *self = SR_DATE_ROW (object);

  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (sr_date_row_parent_class)->finalize (object);
}

static void
sr_date_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SrDateRow *self = SR_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    case PROP_REQUIRED:
      g_value_set_boolean (value, self->required);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_date_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SrDateRow *self = SR_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      sr_date_row_set_date (self, g_value_get_string (value));
      break;

    case PROP_REQUIRED:
      sr_date_row_set_required (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_date_row_class_init (SrDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sr_date_row_finalize;
  object_class->get_property = sr_date_row_get_property;
  object_class->set_property = sr_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL,
                          TRUE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REQUIRED] =
    g_param_spec_boolean ("required", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sr_date_row_init (SrDateRow *self)
{
  GtkWidget *button;
  GtkEventController *focus;

  self->valid = TRUE;

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, GTK_WIDGET (self->calendar));
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (on_popover_show_cb), self);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), GTK_WIDGET (self->popover));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a date from the calendar"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), button);

  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (self), GTK_INPUT_PURPOSE_FREE_FORM);

  g_signal_connect (self, "changed", G_CALLBACK (on_changed_cb), NULL);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

GtkWidget *
sr_date_row_new (void)
{
  return g_object_new (SR_TYPE_DATE_ROW, NULL);
}

const char *
sr_date_row_get_date (SrDateRow *self)
{
  g_return_val_if_fail (SR_IS_DATE_ROW (self), NULL);

  return self->date;
}

void
sr_date_row_set_date (SrDateRow  *self,
                      const char *iso_day)
{
  g_autofree char *text = NULL;
  GDate date;

  g_return_if_fail (SR_IS_DATE_ROW (self));

  if (iso_day != NULL && sr_date_from_iso (iso_day, &date))
    text = format_for_entry (&date);

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text != NULL ? text : "");
  self->updating = FALSE;

  sr_date_row_revalidate (self);
}

gboolean
sr_date_row_get_valid (SrDateRow *self)
{
  g_return_val_if_fail (SR_IS_DATE_ROW (self), FALSE);

  return self->valid;
}

gboolean
sr_date_row_get_required (SrDateRow *self)
{
  g_return_val_if_fail (SR_IS_DATE_ROW (self), FALSE);

  return self->required;
}

void
sr_date_row_set_required (SrDateRow *self,
                          gboolean   required)
{
  g_return_if_fail (SR_IS_DATE_ROW (self));

  required = !!required;
  if (self->required == required)
    return;

  self->required = required;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUIRED]);
  sr_date_row_revalidate (self);
}
