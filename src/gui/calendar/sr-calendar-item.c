/* sr-calendar-item.c: one meeting or group session as the calendar lays it out
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-calendar-item"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-calendar-item.h"
#include "sr-client.h"
#include "sr-group.h"
#include "sr-labels.h"

SrCalendarItem *
sr_calendar_item_new (const SrCalendarEntry *entry)
{
  SrCalendarItem *item = g_new0 (SrCalendarItem, 1);

  g_ref_count_init (&item->ref_count);
  item->id = g_strdup (entry->id);
  item->is_session = entry->is_session;
  item->worker_id = g_strdup (entry->worker_id);
  item->ref_id = g_strdup (entry->ref_id);
  item->place_type = entry->place_type;
  item->location = g_strdup (entry->location);
  item->start = g_date_time_to_local (entry->start);
  item->end = g_date_time_add_minutes (item->start, entry->duration > 0 ? entry->duration : 60);
  item->kind = entry->kind;
  item->status = entry->status;
  item->n_columns = 1;

  return item;
}

SrCalendarItem *
sr_calendar_item_ref (SrCalendarItem *item)
{
  g_ref_count_inc (&item->ref_count);
  return item;
}

void
sr_calendar_item_unref (SrCalendarItem *item)
{
  if (item == NULL || !g_ref_count_dec (&item->ref_count))
    return;

  g_free (item->id);
  g_free (item->worker_id);
  g_free (item->ref_id);
  g_free (item->location);
  g_clear_pointer (&item->start, g_date_time_unref);
  g_clear_pointer (&item->end, g_date_time_unref);
  g_free (item->title);
  g_free (item);
}

const char *
sr_calendar_item_get_title (SrCalendarItem *item,
                            SrStore        *store,
                            GHashTable     *name_cache)
{
  const char *ref;
  const char *cached;

  if (item->title != NULL)
    return item->title;

  ref = item->ref_id;
  cached = ref && name_cache ? g_hash_table_lookup (name_cache, ref) : NULL;

  if (cached != NULL)
    item->title = g_strdup (cached);
  else if (ref != NULL && store != NULL)
    {
      if (item->is_session)
        {
          g_autoptr(SrGroup) group = sr_store_get_group (store, ref, NULL);

          item->title = group ? g_strdup (sr_group_get_name (group)) : NULL;
        }
      else
        {
          g_autoptr(SrClient) client = sr_store_get_client (store, ref, NULL);

          item->title = client ? sr_client_dup_display_name (client) : NULL;
        }
      if (item->title != NULL && name_cache != NULL)
        g_hash_table_insert (name_cache, g_strdup (ref), g_strdup (item->title));
    }

  if (item->title == NULL)
    item->title = g_strdup (sr_calendar_item_kind_label (item));

  return item->title;
}

const char *
sr_calendar_weekday_name (int      weekday,
                          gboolean abbreviated)
{
  static const char *const full[] = {
    NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
    NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
    NC_("weekday", "Sunday"),
  };
  static const char *const abbreviations[] = {
    NC_("weekday abbreviation", "Mon"), NC_("weekday abbreviation", "Tue"),
    NC_("weekday abbreviation", "Wed"), NC_("weekday abbreviation", "Thu"),
    NC_("weekday abbreviation", "Fri"), NC_("weekday abbreviation", "Sat"),
    NC_("weekday abbreviation", "Sun"),
  };

  g_return_val_if_fail (weekday >= 1 && weekday <= 7, "");

  return abbreviated ? g_dpgettext2 (GETTEXT_PACKAGE, "weekday abbreviation", abbreviations[weekday - 1])
                     : g_dpgettext2 (GETTEXT_PACKAGE, "weekday", full[weekday - 1]);
}

const char *
sr_calendar_month_name (int month)
{
  static const char *const names[] = {
    NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
    NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
    NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
    NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "month name", names[month - 1]);
}

const char *
sr_calendar_item_kind_label (SrCalendarItem *item)
{
  if (item->is_session)
    return _("Group session");
  return sr_meeting_kind_get_label (item->kind);
}

const char *
sr_calendar_item_status_label (SrCalendarItem *item)
{
  if (item->is_session)
    return sr_session_status_get_label (item->status);
  return sr_meeting_status_get_label (item->status);
}

void
sr_calendar_item_add_classes (SrCalendarItem *item,
                              GtkWidget      *widget)
{
  gtk_widget_add_css_class (widget, "calendar-item");
  if (item->is_session)
    {
      gtk_widget_add_css_class (widget, "session");
      if (item->status == SR_SESSION_STATUS_HELD)
        gtk_widget_add_css_class (widget, "held");
      else if (item->status == SR_SESSION_STATUS_CANCELLED)
        gtk_widget_add_css_class (widget, "cancelled");
      return;
    }

  switch (item->kind)
    {
    case SR_MEETING_KIND_NETWORK_MEETING:
      gtk_widget_add_css_class (widget, "network-meeting");
      break;
    case SR_MEETING_KIND_ERRAND:
      gtk_widget_add_css_class (widget, "errand");
      break;
    case SR_MEETING_KIND_PHONE_CALL:
      gtk_widget_add_css_class (widget, "phone-call");
      break;
    default:
      gtk_widget_add_css_class (widget, "meeting");
      break;
    }

  switch (item->status)
    {
    case SR_MEETING_STATUS_HELD:
      gtk_widget_add_css_class (widget, "held");
      break;
    case SR_MEETING_STATUS_CANCELLED_BY_CLIENT:
    case SR_MEETING_STATUS_CANCELLED_BY_WORKER:
      gtk_widget_add_css_class (widget, "cancelled");
      break;
    case SR_MEETING_STATUS_NO_SHOW:
      gtk_widget_add_css_class (widget, "no-show");
      break;
    default:
      gtk_widget_add_css_class (widget, "planned");
      break;
    }

  if (item->overlap)
    gtk_widget_add_css_class (widget, "overlap");
}

int
sr_calendar_item_day_offset (SrCalendarItem *item,
                             const GDate    *day)
{
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, g_date_time_get_day_of_month (item->start),
                  g_date_time_get_month (item->start), g_date_time_get_year (item->start));
  return g_date_days_between (day, &start);
}
