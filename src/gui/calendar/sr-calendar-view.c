/* sr-calendar-view.c: the Calendar view: meetings and group sessions week by week
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view asks the store only for the range it shows (a week, six weeks
 * or the agenda's week): its meetings and group sessions, read on a worker
 * thread, since a month of all workers at a county's scale takes longer than
 * a frame. When meetings or sessions change the range is read again at idle,
 * once. The items on screen stay until the new ones arrive, then are handed
 * to the visible layout (SrWeekView, SrMonthView or the agenda list).
 */

#define G_LOG_DOMAIN "sr-calendar-view"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sr-cadence-panel.h"
#include "sr-calendar-item.h"
#include "sr-calendar-query.h"
#include "sr-calendar-service.h"
#include "sr-calendar-view.h"
#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-format.h"
#include "sr-group.h"
#include "sr-ical.h"
#include "sr-labels.h"
#include "sr-meeting-dialog.h"
#include "sr-meeting.h"
#include "sr-month-view.h"
#include "sr-toast.h"
#include "sr-week-view.h"
#include "sr-worker.h"

/* The export: from a month back to half a year ahead. */
#define EXPORT_DAYS_BACK  31
#define EXPORT_DAYS_AHEAD 183

struct _SrCalendarView
{
  AdwBin          parent_instance;

  SrContext      *context;
  SrStore        *store;
  GDate           focus;
  char           *date;          /* focus as "YYYY-MM-DD" */
  char           *mode;
  char           *worker_filter;
  char           *kind_filter;

  GListModel     *workers;
  GHashTable     *name_cache;    /* client or group id → name */
  GHashTable     *group_leaders; /* group id → GStrv of leader ids */
  GPtrArray      *items;         /* SrCalendarItem, by start: what is shown */
  GDate           items_start;   /* the range the items were read for */
  int             items_days;
  GDate           range_start;
  int             range_days;
  guint           rebuild_id;
  GCancellable   *load_cancellable; /* the range being read; NULL when none is */
  guint           load_serial;   /* of the latest read: older results are dropped */
  guint           mode_id;
  gboolean        narrow;
  gboolean        mode_chosen;   /* by the user: no automatic agenda */
  gboolean        scrolled;

  /* Template widgets */
  GtkLabel       *range_label;
  GtkMenuButton  *date_button;
  GtkCalendar    *date_calendar;
  GtkWidget      *today_button;
  GtkToggleButton *cadence_button;
  AdwFlap        *flap;
  SrCadencePanel *cadence_panel;
  GtkStack       *mode_stack;
  GtkWidget      *week_header;
  GtkScrolledWindow *week_scroller;
  SrWeekView     *week_view;
  SrMonthView    *month_view;
  GtkListBox     *agenda_list;
  GMenu          *workers_submenu;
  GtkMenuButton  *menu_button;
  /* The worker list changed since the menu was last filled. */
  gboolean        workers_dirty;
  AdwSqueezer    *width_probe;
  GtkWidget      *wide_probe;
};

G_DEFINE_FINAL_TYPE (SrCalendarView, sr_calendar_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_MODE,
  PROP_WORKER_FILTER,
  PROP_KIND_FILTER,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void queue_rebuild (SrCalendarView *self);
static void reload (SrCalendarView *self);

/* Dates ------------------------------------------------------------------------ */

static void
date_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static GDateTime *
local_midnight (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 0, 0, 0);
}

static void
monday_of (const GDate *date,
           GDate       *monday)
{
  *monday = *date;
  g_date_subtract_days (monday, g_date_get_weekday (date) - G_DATE_MONDAY);
}

static char *
format_short_day (const GDate *date)
{
  /* TRANSLATORS: a day in the week view's header: weekday abbreviation, day, month: "Mon 23.11." */
  return g_strdup_printf (C_("week header day", "%s %d.%d."),
                          sr_calendar_weekday_name (g_date_get_weekday (date), TRUE),
                          g_date_get_day (date), g_date_get_month (date));
}

static const char *
current_worker_filter_id (SrCalendarView *self)
{
  if (g_strcmp0 (self->worker_filter, "all") == 0)
    return NULL;
  if (g_strcmp0 (self->worker_filter, "mine") == 0 || self->worker_filter == NULL)
    return self->context != NULL ? sr_context_get_current_worker (self->context) : NULL;
  return self->worker_filter;
}

/* Range ------------------------------------------------------------------------ */

static void
compute_range (SrCalendarView *self,
               GDate          *start,
               int            *days)
{
  if (g_strcmp0 (self->mode, "month") == 0)
    {
      GDate first = self->focus;

      g_date_set_day (&first, 1);
      monday_of (&first, start);
      *days = 42;
    }
  else
    {
      monday_of (&self->focus, start);
      *days = 7;
    }
}

static void
update_title (SrCalendarView *self)
{
  g_autofree char *title = NULL;
  g_autoptr(GDateTime) focus = local_midnight (&self->focus);
  GDate end;

  if (g_strcmp0 (self->mode, "month") == 0)
    {
      /* TRANSLATORS: the month view's title: month name, year: "November 2026" */
      title = g_strdup_printf (C_("month title", "%s %d"),
                               sr_calendar_month_name (g_date_get_month (&self->focus)),
                               g_date_get_year (&self->focus));
    }
  else
    {
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      g_autoptr(GDateTime) monday = local_midnight (&self->range_start);

      end = self->range_start;
      g_date_add_days (&end, 6);
      from = g_date_time_format (monday, C_("week range start, strftime", "%-d.%-m."));
      to = sr_format_date (&end);
      /* TRANSLATORS: the week view's title: ISO week number, first day, last day */
      title = g_strdup_printf (_("Week %d · %s–%s"), g_date_time_get_week_of_year (focus), from, to);
    }

  gtk_label_set_text (self->range_label, title);
}

static void
update_week_header (SrCalendarView *self)
{
  GtkWidget *child;
  GtkWidget *spacer;
  GDate today;

  while ((child = gtk_widget_get_first_child (self->week_header)) != NULL)
    gtk_box_remove (GTK_BOX (self->week_header), child);

  date_today (&today);
  spacer = gtk_label_new (NULL);
  gtk_widget_set_size_request (spacer, 52, -1);
  gtk_box_append (GTK_BOX (self->week_header), spacer);

  for (int d = 0; d < 7; d++)
    {
      GDate day = self->range_start;
      g_autofree char *text = NULL;
      GtkWidget *label;

      g_date_add_days (&day, d);
      text = format_short_day (&day);
      label = gtk_label_new (text);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_size_request (label, 1, -1);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      if (g_date_compare (&day, &today) == 0)
        gtk_widget_add_css_class (label, "today");
      if (g_date_compare (&day, &self->focus) == 0)
        gtk_widget_add_css_class (label, "heading");
      gtk_box_append (GTK_BOX (self->week_header), label);
    }
}

/* Items ------------------------------------------------------------------------ */

static gboolean
kind_shown (SrCalendarView *self,
            SrCalendarItem *item)
{
  const char *filter = self->kind_filter;

  if (filter == NULL || g_str_equal (filter, "all"))
    return TRUE;
  if (g_str_equal (filter, "sessions"))
    return item->is_session;
  if (item->is_session)
    return FALSE;
  if (g_str_equal (filter, "meetings"))
    return TRUE;
  return g_strcmp0 (sr_enum_to_nick (SR_TYPE_MEETING_KIND, item->kind), filter) == 0;
}

static gboolean
session_shown (SrCalendarView        *self,
               const SrCalendarEntry *session)
{
  const char *worker_id = current_worker_filter_id (self);
  const char *group_id = session->ref_id;
  GStrv leaders;

  if (worker_id == NULL)
    return TRUE;

  /* A worker's calendar has the sessions of the groups they lead. */
  leaders = g_hash_table_lookup (self->group_leaders, group_id);
  if (leaders == NULL && !g_hash_table_contains (self->group_leaders, group_id))
    {
      g_autoptr(SrGroup) group = sr_store_get_group (self->store, group_id, NULL);

      if (group != NULL)
        g_object_get (group, "leader-ids", &leaders, NULL);
      g_hash_table_insert (self->group_leaders, g_strdup (group_id), leaders);
    }
  return leaders != NULL && g_strv_contains ((const char * const *) leaders, worker_id);
}

static int
compare_by_worker (gconstpointer a,
                   gconstpointer b)
{
  const SrCalendarItem *x = *(SrCalendarItem * const *) a;
  const SrCalendarItem *y = *(SrCalendarItem * const *) b;
  int c = g_strcmp0 (x->worker_id, y->worker_id);

  return c != 0 ? c : g_date_time_compare (x->start, y->start);
}

static gboolean
counts_for_overlap (SrCalendarItem *item)
{
  return !item->is_session
         && (item->status == SR_MEETING_STATUS_PLANNED || item->status == SR_MEETING_STATUS_HELD)
         && item->worker_id != NULL;
}

/* A worker's overlapping meetings: sorted by worker and start, each meeting
 * overlaps if it starts before the latest end seen so far of that worker. */
static void
mark_overlaps (GPtrArray *items)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  SrCalendarItem *latest = NULL;

  for (guint i = 0; i < items->len; i++)
    if (counts_for_overlap (g_ptr_array_index (items, i)))
      g_ptr_array_add (sorted, g_ptr_array_index (items, i));
  g_ptr_array_sort (sorted, compare_by_worker);

  for (guint i = 0; i < sorted->len; i++)
    {
      SrCalendarItem *item = g_ptr_array_index (sorted, i);

      if (latest != NULL
          && g_strcmp0 (latest->worker_id, item->worker_id) == 0
          && g_date_time_compare (item->start, latest->end) < 0)
        {
          item->overlap = TRUE;
          latest->overlap = TRUE;
        }
      if (latest == NULL
          || g_strcmp0 (latest->worker_id, item->worker_id) != 0
          || g_date_time_compare (item->end, latest->end) > 0)
        latest = item;
    }
}

static GtkWidget *
agenda_header (const GDate *day,
               gboolean     is_today)
{
  g_autofree char *date = sr_format_date (day);
  g_autofree char *text = g_strdup_printf ("%s %s", sr_calendar_weekday_name (g_date_get_weekday (day), FALSE),
                                           date);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  if (is_today)
    gtk_widget_add_css_class (label, "accent");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_add_css_class (row, "agenda-day");
  return row;
}

static void
fill_agenda (SrCalendarView *self)
{
  GtkWidget *child;
  GDate today;
  guint next = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_list))) != NULL)
    gtk_list_box_remove (self->agenda_list, child);

  date_today (&today);

  for (int d = 0; d < self->range_days; d++)
    {
      GDate day = self->range_start;
      guint n_day = 0;

      g_date_add_days (&day, d);
      gtk_list_box_append (self->agenda_list, agenda_header (&day, g_date_compare (&day, &today) == 0));

      for (; next < self->items->len; next++)
        {
          SrCalendarItem *item = g_ptr_array_index (self->items, next);
          g_autofree char *time = NULL;
          g_autofree char *end = NULL;
          g_autofree char *subtitle = NULL;
          const char *place = "";
          GtkWidget *row;

          if (sr_calendar_item_day_offset (item, &day) != 0)
            break;

          time = sr_format_time (item->start);
          end = sr_format_time (item->end);
          if (!item->is_session)
            place = sr_place_type_get_label (item->place_type);
          else
            place = item->location ? item->location : "";

          /* TRANSLATORS: an agenda row: start–end · kind · status · place */
          subtitle = g_strdup_printf (_("%s–%s · %s · %s%s%s"), time, end,
                                      sr_calendar_item_kind_label (item),
                                      sr_calendar_item_status_label (item),
                                      *place ? " · " : "", place);
          if (item->overlap)
            {
              char *with = g_strconcat (subtitle, " · ", _("Overlaps"), NULL);

              g_free (subtitle);
              subtitle = with;
            }

          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                         sr_calendar_item_get_title (item, self->store, self->name_cache));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
          sr_calendar_item_add_classes (item, row);
          gtk_widget_remove_css_class (row, "calendar-item");
          gtk_widget_add_css_class (row, "agenda-item");
          g_object_set_data_full (G_OBJECT (row), "item", sr_calendar_item_ref (item),
                                  (GDestroyNotify) sr_calendar_item_unref);
          gtk_list_box_append (self->agenda_list, row);
          n_day++;
        }

      if (n_day == 0)
        {
          GtkWidget *label = gtk_label_new (_("Nothing planned"));
          GtkWidget *row = gtk_list_box_row_new ();

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_set_margin_start (label, 12);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
          gtk_widget_set_focusable (row, FALSE);
          gtk_list_box_append (self->agenda_list, row);
        }
    }
}

static void
show_items (SrCalendarView *self)
{
  if (g_strcmp0 (self->mode, "month") == 0)
    sr_month_view_set_items (self->month_view, &self->range_start, g_date_get_month (&self->focus),
                             self->items, self->store, self->name_cache);
  else if (g_strcmp0 (self->mode, "agenda") == 0)
    fill_agenda (self);
  else
    sr_week_view_set_items (self->week_view, &self->range_start, self->items, self->store,
                            self->name_cache);
}

/* Makes the items from a read range's @entries (NULL: none) and shows them. */
static void
set_entries (SrCalendarView *self,
             GPtrArray      *entries)
{
  g_ptr_array_set_size (self->items, 0);
  self->items_start = self->range_start;
  self->items_days = self->range_days;

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      SrCalendarEntry *entry = g_ptr_array_index (entries, i);
      SrCalendarItem *item;

      if (entry->is_session && !session_shown (self, entry))
        continue;
      item = sr_calendar_item_new (entry);
      if (kind_shown (self, item))
        g_ptr_array_add (self->items, item);
      else
        sr_calendar_item_unref (item);
    }

  mark_overlaps (self->items);
  show_items (self);
}

/* Drops the read under way, if any: its result will not be shown. */
static void
cancel_load (SrCalendarView *self)
{
  self->load_serial++;
  if (self->load_cancellable != NULL)
    {
      g_cancellable_cancel (self->load_cancellable);
      g_clear_object (&self->load_cancellable);
    }
}

/* A read under way: the view is not kept alive for it. */
typedef struct
{
  GWeakRef view;
  guint    serial;
} Load;

static void
load_free (Load *load)
{
  g_weak_ref_clear (&load->view);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_free)

static void
on_entries_loaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(Load) load = user_data;
  g_autoptr(SrCalendarView) self = g_weak_ref_get (&load->view);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  entries = sr_calendar_list_entries_finish (SR_STORE (source), result, &error);

  /* A newer range, filter or change has been asked for since, or the view
   * is gone: only the latest read is shown. */
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      || load->serial != self->load_serial)
    return;

  g_clear_object (&self->load_cancellable);
  if (entries == NULL)
    sr_widget_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
  set_entries (self, entries);
}

static gboolean
get_range (SrCalendarView  *self,
           GDateTime      **from,
           GDateTime      **to)
{
  if (self->store == NULL || !g_date_valid (&self->range_start))
    return FALSE;

  *from = local_midnight (&self->range_start);
  *to = g_date_time_add_days (*from, self->range_days);
  return TRUE;
}

/* Reads the range on a worker thread; what is on screen stays until the
 * result arrives. */
static void
rebuild (SrCalendarView *self)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  Load *load;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  cancel_load (self);

  if (!get_range (self, &from, &to))
    {
      set_entries (self, NULL);
      return;
    }

  load = g_new0 (Load, 1);
  g_weak_ref_init (&load->view, self);
  load->serial = self->load_serial;
  self->load_cancellable = g_cancellable_new ();
  sr_calendar_list_entries_async (self->store, current_worker_filter_id (self), from, to, TRUE,
                                  self->load_cancellable, on_entries_loaded_cb, load);
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  SrCalendarView *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (SrCalendarView *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild_idle_cb, self, NULL);
}

/* The range in view: only what is shown is asked for. */
static void
reload (SrCalendarView *self)
{
  compute_range (self, &self->range_start, &self->range_days);
  update_title (self);
  update_week_header (self);
  {
    g_autoptr(GDateTime) focus = local_midnight (&self->focus);

    /* Selecting emits ::day-selected, which sets the same date: a no-op. */
    gtk_calendar_select_day (self->date_calendar, focus);
  }

  gtk_stack_set_visible_child_name (self->mode_stack, self->mode);
  rebuild (self);
}

/* Navigation ------------------------------------------------------------------- */

const char *
sr_calendar_view_get_date (SrCalendarView *self)
{
  g_return_val_if_fail (SR_IS_CALENDAR_VIEW (self), NULL);

  return self->date;
}

static void
set_focus (SrCalendarView *self,
           const GDate    *date)
{
  GDate old_start = self->range_start;
  GDate new_start;
  int days;

  if (g_date_valid (&self->focus) && g_date_compare (&self->focus, date) == 0)
    return;

  self->focus = *date;
  g_free (self->date);
  self->date = sr_date_to_iso (date);

  compute_range (self, &new_start, &days);
  if (!g_date_valid (&old_start) || g_date_compare (&old_start, &new_start) != 0
      || g_strcmp0 (self->mode, "month") == 0)
    reload (self);
  else
    {
      update_week_header (self);
      update_title (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

void
sr_calendar_view_set_date (SrCalendarView *self,
                           const char     *iso_day)
{
  GDate date;

  g_return_if_fail (SR_IS_CALENDAR_VIEW (self));

  if (iso_day == NULL || !sr_date_from_iso (iso_day, &date))
    date_today (&date);
  set_focus (self, &date);
}

const char *
sr_calendar_view_get_mode (SrCalendarView *self)
{
  g_return_val_if_fail (SR_IS_CALENDAR_VIEW (self), NULL);

  return self->mode;
}

static void
scroll_to_working_hours (SrCalendarView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->week_scroller);

  if (gtk_adjustment_get_upper (adjustment) > 0)
    gtk_adjustment_set_value (adjustment, 7.5 * SR_WEEK_VIEW_HOUR_HEIGHT);
}

static void
set_mode (SrCalendarView *self,
          const char     *mode)
{
  if (mode == NULL || (!g_str_equal (mode, "week") && !g_str_equal (mode, "month")
                       && !g_str_equal (mode, "agenda")))
    mode = "week";

  if (g_strcmp0 (self->mode, mode) == 0)
    return;

  g_free (self->mode);
  self->mode = g_strdup (mode);
  g_date_clear (&self->range_start, 1);
  reload (self);
  /* The week and the agenda show the same range: the new layout shows the
   * items at once rather than what it showed last, until they are read again. */
  if (g_date_valid (&self->items_start) && g_date_valid (&self->range_start)
      && g_date_compare (&self->items_start, &self->range_start) == 0
      && self->items_days == self->range_days)
    show_items (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

void
sr_calendar_view_set_mode (SrCalendarView *self,
                           const char     *mode)
{
  g_return_if_fail (SR_IS_CALENDAR_VIEW (self));

  self->mode_chosen = TRUE;
  set_mode (self, mode);
}

static void
move (SrCalendarView *self,
      int             direction,
      gboolean        by_day)
{
  GDate date = self->focus;

  if (by_day)
    {
      if (direction > 0)
        g_date_add_days (&date, 1);
      else
        g_date_subtract_days (&date, 1);
    }
  else if (g_strcmp0 (self->mode, "month") == 0)
    {
      g_date_set_day (&date, 1);
      if (direction > 0)
        g_date_add_months (&date, 1);
      else
        g_date_subtract_months (&date, 1);
    }
  else if (direction > 0)
    g_date_add_days (&date, 7);
  else
    g_date_subtract_days (&date, 7);

  set_focus (self, &date);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SrCalendarView *self = SR_CALENDAR_VIEW (widget);
  GDate today;

  date_today (&today);
  set_focus (self, &today);
  /* A new day may have begun since the panel last asked. */
  sr_cadence_panel_refresh (self->cadence_panel);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  move (SR_CALENDAR_VIEW (widget), -1, FALSE);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move (SR_CALENDAR_VIEW (widget), 1, FALSE);
}

static void
previous_day_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  move (SR_CALENDAR_VIEW (widget), -1, TRUE);
}

static void
next_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  move (SR_CALENDAR_VIEW (widget), 1, TRUE);
}

static void
on_calendar_day_selected_cb (SrCalendarView *self)
{
  g_autoptr(GDateTime) selected = gtk_calendar_get_date (self->date_calendar);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (selected), g_date_time_get_month (selected),
                  g_date_time_get_year (selected));
  if (g_date_valid (&self->focus) && g_date_compare (&date, &self->focus) == 0)
    return;
  set_focus (self, &date);
  gtk_menu_button_popdown (self->date_button);
}

/* Meetings --------------------------------------------------------------------- */

static GtkWindow *
parent_window (SrCalendarView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}


GtkWidget *
sr_calendar_view_new_meeting (SrCalendarView *self,
                              GDateTime      *start,
                              SrClient       *client)
{
  SrMeetingDialog *dialog;
  g_autoptr(GDateTime) default_start = NULL;

  g_return_val_if_fail (SR_IS_CALENDAR_VIEW (self), NULL);

  if (self->store == NULL)
    return NULL;

  if (start == NULL)
    {
      GDate today;

      date_today (&today);
      /* Today at the next full hour; another day at 10. */
      if (g_date_compare (&today, &self->focus) != 0)
        default_start = g_date_time_new_local (g_date_get_year (&self->focus),
                                               g_date_get_month (&self->focus),
                                               g_date_get_day (&self->focus), 10, 0, 0);
      start = default_start;
    }

  dialog = sr_meeting_dialog_new_meeting (parent_window (self), self->context, start, client);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

static void
new_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  sr_calendar_view_new_meeting (SR_CALENDAR_VIEW (widget), NULL, NULL);
}

static void
open_meeting (SrCalendarView *self,
              const char     *id)
{
  g_autoptr(GError) error = NULL;
  SrMeetingDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = sr_meeting_dialog_open (parent_window (self), self->context, id, &error);
  if (dialog == NULL)
    {
      sr_widget_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_item_activated_cb (SrCalendarView *self,
                      const char     *id,
                      gboolean        is_session)
{
  if (is_session)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-session", "s", id);
  else
    open_meeting (self, id);
}

static void
on_agenda_row_activated_cb (SrCalendarView *self,
                            GtkListBoxRow  *row)
{
  SrCalendarItem *item = g_object_get_data (G_OBJECT (row), "item");

  if (item != NULL)
    on_item_activated_cb (self, item->id, item->is_session);
}

static void
on_slot_activated_cb (SrCalendarView *self,
                      GDateTime      *start)
{
  sr_calendar_view_new_meeting (self, start, NULL);
}

static void
on_day_activated_cb (SrCalendarView *self,
                     const char     *iso_day)
{
  sr_calendar_view_set_date (self, iso_day);
  sr_calendar_view_set_mode (self, self->narrow ? "agenda" : "week");
}

static void
on_cadence_plan_meeting_cb (SrCalendarView *self,
                            SrClient       *client)
{
  sr_calendar_view_new_meeting (self, NULL, client);
}

typedef struct
{
  SrCalendarService *calendar;
  char              *id;
  GDateTime         *old_start;
} MoveUndo;

static void
move_undo_free (MoveUndo *undo)
{
  g_clear_object (&undo->calendar);
  g_free (undo->id);
  g_clear_pointer (&undo->old_start, g_date_time_unref);
  g_free (undo);
}

static void
on_move_undo_clicked_cb (AdwToast *toast,
                         MoveUndo *undo)
{
  g_autoptr(SrMeeting) meeting = sr_store_get_meeting (sr_service_get_store (SR_SERVICE (undo->calendar)),
                                                       undo->id, NULL);

  if (meeting != NULL)
    {
      g_object_set (meeting, "start", undo->old_start, NULL);
      sr_calendar_service_update_meeting (undo->calendar, meeting, SR_MOD_THIS, NULL);
    }
}

static void
on_item_moved_cb (SrCalendarView *self,
                  const char     *id,
                  GDateTime      *new_start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrMeeting) meeting = NULL;
  g_autofree char *when = NULL;
  g_autofree char *message = NULL;
  MoveUndo *undo;
  AdwToast *toast;

  if (self->store == NULL || self->context == NULL)
    return;

  meeting = sr_store_get_meeting (self->store, id, &error);
  if (meeting != NULL)
    {
      undo = g_new0 (MoveUndo, 1);
      undo->calendar = g_object_ref (sr_context_get_calendar (self->context));
      undo->id = g_strdup (id);
      undo->old_start = g_date_time_ref (sr_meeting_get_start (meeting));

      /* Through the service: a meeting moved to another day is linked to
       * the client's period on that day. Only this meeting moves. */
      g_object_set (meeting, "start", new_start, NULL);
      if (sr_calendar_service_update_meeting (undo->calendar, meeting, SR_MOD_THIS, &error))
        {
          when = sr_format_date_time (new_start);
          /* TRANSLATORS: after dragging a meeting; %s is the new date and time */
          message = g_strdup_printf (_("Meeting moved to %s"), when);
          toast = adw_toast_new (message);
          adw_toast_set_button_label (toast, _("_Undo"));
          g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_move_undo_clicked_cb), undo,
                                 (GClosureNotify) move_undo_free, 0);
          sr_widget_add_toast (GTK_WIDGET (self), toast);
          return;
        }
      move_undo_free (undo);
    }

  sr_widget_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
  queue_rebuild (self);
}

/* Export ----------------------------------------------------------------------- */

gboolean
sr_calendar_view_export (SrCalendarView  *self,
                         GFile           *file,
                         gboolean         initials,
                         guint           *n_meetings,
                         GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_add_days (today, -EXPORT_DAYS_BACK);
  g_autoptr(GDateTime) to = g_date_time_add_days (today, EXPORT_DAYS_AHEAD);
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  const char *worker_id;

  g_return_val_if_fail (SR_IS_CALENDAR_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  worker_id = current_worker_filter_id (self);
  if (worker_id == NULL && self->context != NULL)
    worker_id = sr_context_get_current_worker (self->context);
  if (self->store == NULL || worker_id == NULL)
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NO_WORKER,
                           _("Choose the current worker in Preferences first."));
      return FALSE;
    }

  text = sr_ical_export_meetings (self->store, worker_id, from, to, initials, n_meetings, error);
  if (text == NULL)
    return FALSE;

  /* Readable by the user only, like the database. */
  path = g_file_get_path (file);
  if (path != NULL)
    return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                  NULL, NULL, error);
}

static void
on_export_file_chosen_cb (GtkNativeDialog *chooser,
                          int              response,
                          SrCalendarView  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean initials = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "initials"));
  guint n = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (sr_calendar_view_export (self, file, initials, &n, &error))
        {
          g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "%u meeting exported",
                                                                   "%u meetings exported", n), n);
          sr_widget_add_toast (GTK_WIDGET (self), adw_toast_new (message));
        }
      else
        sr_widget_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
on_export_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SrCalendarView   *self)
{
  GtkFileChooserNative *chooser;
  GtkCheckButton *initials = GTK_CHECK_BUTTON (adw_message_dialog_get_extra_child (dialog));

  if (!g_str_equal (response, "export"))
    return;

  chooser = gtk_file_chooser_native_new (_("Export Meetings"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("meetings.ics"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "initials",
                     GINT_TO_POINTER (gtk_check_button_get_active (initials)));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_file_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SrCalendarView *self = SR_CALENDAR_VIEW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *initials;

  if (self->store == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self),
                                                       _("Export Meetings to iCalendar?"),
                                                       _("The file holds the worker’s meetings from a month ago to half a year ahead, for another calendar: each meeting’s time, kind, status and type of place. Clients’ names, places and notes are left out. The export is written in the clients’ disclosure logs.")));
  initials = gtk_check_button_new_with_mnemonic (_("Include clients’ _initials"));
  gtk_widget_set_halign (initials, GTK_ALIGN_CENTER);
  adw_message_dialog_set_extra_child (dialog, initials);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "export", _("_Export…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* view.show('MEETING-ID'): the meeting's week, with the meeting open. */
static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SrCalendarView *self = SR_CALENDAR_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(SrMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *day = NULL;

  if (self->store == NULL)
    return;

  meeting = sr_store_get_meeting (self->store, id, &error);
  if (meeting == NULL)
    {
      sr_widget_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }

  start = g_date_time_to_local (sr_meeting_get_start (meeting));
  day = sr_local_day_iso (start, 0);
  sr_calendar_view_set_date (self, day);
  if (g_strcmp0 (self->mode, "month") == 0)
    sr_calendar_view_set_mode (self, self->narrow ? "agenda" : "week");
  if (g_strcmp0 (self->mode, "week") == 0)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->week_scroller);

      self->scrolled = TRUE;
      gtk_adjustment_set_value (adjustment, MAX (0, sr_week_view_y_for_time (start) - SR_WEEK_VIEW_HOUR_HEIGHT));
    }
  open_meeting (self, id);
}

/* Workers ---------------------------------------------------------------------- */

/* A county's database holds thousands of workers: filling the menu item by item as the list
 * loads made GTK's menu tracker take seconds at every start. The menu is filled only when it is
 * about to open, and only if the workers changed. */
static void
on_workers_items_changed_cb (SrCalendarView *self)
{
  self->workers_dirty = TRUE;
}

static void
fill_workers_submenu (SrCalendarView *self)
{
  self->workers_dirty = FALSE;
  g_menu_remove_all (self->workers_submenu);

  for (guint i = 0; self->workers != NULL && i < g_list_model_get_n_items (self->workers); i++)
    {
      g_autoptr(SrWorker) worker = g_list_model_get_item (self->workers, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (sr_worker_get_name (worker), NULL);

      g_menu_item_set_action_and_target (item, "calendar.worker", "s",
                                         sr_record_get_id (SR_RECORD (worker)));
      g_menu_append_item (self->workers_submenu, item);
    }
}

static void
on_menu_button_create_popup_cb (GtkMenuButton *button,
                                gpointer       user_data)
{
  SrCalendarView *self = SR_CALENDAR_VIEW (user_data);

  if (self->workers_dirty)
    fill_workers_submenu (self);
}

static void
on_store_committed_cb (SrCalendarView *self,
                       SrChanges      *changes)
{
  static const char * const names[] = { SR_ENTITY_CLIENT, SR_ENTITY_GROUP, NULL };
  static const char * const items[] = { SR_ENTITY_MEETING, SR_ENTITY_SESSION, NULL };

  /* Names and group leaders are cached per rebuild; a rename shows at once. */
  if (sr_changes_has_any (changes, names))
    {
      g_hash_table_remove_all (self->name_cache);
      g_hash_table_remove_all (self->group_leaders);
      queue_rebuild (self);
    }
  /* The range is read again at idle, once for the commit. */
  else if (sr_changes_has_any (changes, items))
    queue_rebuild (self);
}

SrContext *
sr_calendar_view_get_context (SrCalendarView *self)
{
  g_return_val_if_fail (SR_IS_CALENDAR_VIEW (self), NULL);

  return self->context;
}

static void
sr_calendar_view_set_store (SrCalendarView *self,
                            SrStore        *store)
{
  g_return_if_fail (store == NULL || SR_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_committed_cb, self);
  if (self->workers != NULL)
    g_signal_handlers_disconnect_by_func (self->workers, on_workers_items_changed_cb, self);
  g_clear_object (&self->workers);
  g_set_object (&self->store, store);
  g_hash_table_remove_all (self->name_cache);
  g_hash_table_remove_all (self->group_leaders);

  if (store != NULL)
    {
      g_signal_connect_swapped (store, "committed", G_CALLBACK (on_store_committed_cb), self);
      self->workers = sr_store_list_workers (store);
      g_signal_connect_swapped (self->workers, "items-changed",
                                G_CALLBACK (on_workers_items_changed_cb), self);
    }
  on_workers_items_changed_cb (self);

  sr_cadence_panel_set_context (self->cadence_panel, self->context);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.new-meeting", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.export", store != NULL);
  reload (self);
}

void
sr_calendar_view_set_context (SrCalendarView *self,
                              SrContext      *context)
{
  g_return_if_fail (SR_IS_CALENDAR_VIEW (self));
  g_return_if_fail (context == NULL || SR_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  sr_calendar_view_set_store (self, context != NULL ? sr_context_get_store (context) : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

static void
set_filter (SrCalendarView  *self,
            char           **field,
            const char      *value,
            const char      *fallback,
            GParamSpec      *pspec)
{
  if (value == NULL || *value == '\0')
    value = fallback;
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_hash_table_remove_all (self->group_leaders);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* Narrow windows ---------------------------------------------------------------- */

static gboolean
apply_width_mode_cb (gpointer user_data)
{
  SrCalendarView *self = user_data;

  self->mode_id = 0;
  if (!self->mode_chosen)
    set_mode (self, self->narrow ? "agenda" : "week");
  return G_SOURCE_REMOVE;
}

/* The probe squeezer drops its 600 px child when the view is narrower. */
static void
on_width_probe_changed_cb (SrCalendarView *self)
{
  gboolean narrow = adw_squeezer_get_visible_child (self->width_probe) != self->wide_probe;

  /* Changing the layout while allocating is not allowed: at idle. */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->mode_id == 0)
        self->mode_id = g_idle_add (apply_width_mode_cb, self);
    }
}

/* The first frame the week is shown with its height, show the working day. */
static gboolean
scroll_week_tick_cb (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  SrCalendarView *self = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->week_scroller);

  if (gtk_adjustment_get_page_size (adjustment) <= 0
      || gtk_adjustment_get_upper (adjustment) < 8 * SR_WEEK_VIEW_HOUR_HEIGHT)
    return G_SOURCE_CONTINUE;

  if (!self->scrolled)
    scroll_to_working_hours (self);
  self->scrolled = TRUE;
  return G_SOURCE_REMOVE;
}

static void
sr_calendar_view_map (GtkWidget *widget)
{
  SrCalendarView *self = SR_CALENDAR_VIEW (widget);

  GTK_WIDGET_CLASS (sr_calendar_view_parent_class)->map (widget);

  /* Keys (T, arrows, Ctrl+N) act where the focus is: inside the view. */
  gtk_widget_grab_focus (self->today_button);
}

/* GObject ---------------------------------------------------------------------- */

static void
sr_calendar_view_dispose (GObject *object)
{
  SrCalendarView *self = SR_CALENDAR_VIEW (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->mode_id, g_source_remove);
  cancel_load (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_committed_cb, self);
  if (self->workers != NULL)
    g_signal_handlers_disconnect_by_func (self->workers, on_workers_items_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_CALENDAR_VIEW);
  g_clear_object (&self->workers);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (sr_calendar_view_parent_class)->dispose (object);
}

static void
sr_calendar_view_finalize (GObject *object)
{
  SrCalendarView *self = SR_CALENDAR_VIEW (object);

  g_free (self->date);
  g_free (self->mode);
  g_free (self->worker_filter);
  g_free (self->kind_filter);
  g_hash_table_unref (self->name_cache);
  g_hash_table_unref (self->group_leaders);

  G_OBJECT_CLASS (sr_calendar_view_parent_class)->finalize (object);
}

static void
sr_calendar_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SrCalendarView *self = SR_CALENDAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_MODE:
      g_value_set_string (value, self->mode);
      break;
    case PROP_WORKER_FILTER:
      g_value_set_string (value, self->worker_filter);
      break;
    case PROP_KIND_FILTER:
      g_value_set_string (value, self->kind_filter);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_calendar_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SrCalendarView *self = SR_CALENDAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      sr_calendar_view_set_context (self, g_value_get_object (value));
      break;
    case PROP_MODE:
      sr_calendar_view_set_mode (self, g_value_get_string (value));
      break;
    case PROP_WORKER_FILTER:
      set_filter (self, &self->worker_filter, g_value_get_string (value), "mine", pspec);
      break;
    case PROP_KIND_FILTER:
      set_filter (self, &self->kind_filter, g_value_get_string (value), "all", pspec);
      break;
    case PROP_DATE:
      sr_calendar_view_set_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_calendar_view_class_init (SrCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_calendar_view_dispose;
  object_class->finalize = sr_calendar_view_finalize;
  object_class->get_property = sr_calendar_view_get_property;
  object_class->set_property = sr_calendar_view_set_property;
  widget_class->map = sr_calendar_view_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SR_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODE] =
    g_param_spec_string ("mode", NULL, NULL, "week",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKER_FILTER] =
    g_param_spec_string ("worker-filter", NULL, NULL, "mine",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND_FILTER] =
    g_param_spec_string ("kind-filter", NULL, NULL, "all",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SR_TYPE_WEEK_VIEW);
  g_type_ensure (SR_TYPE_MONTH_VIEW);
  g_type_ensure (SR_TYPE_CADENCE_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SocRehab/ui/sr-calendar-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, range_label);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, date_button);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, date_calendar);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, today_button);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, cadence_button);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, flap);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, cadence_panel);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, week_header);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, week_scroller);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, week_view);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, month_view);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, workers_submenu);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, width_probe);
  gtk_widget_class_bind_template_child (widget_class, SrCalendarView, wide_probe);
  gtk_widget_class_bind_template_callback (widget_class, on_width_probe_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_item_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_slot_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_item_moved_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_agenda_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cadence_plan_meeting_cb);

  gtk_widget_class_install_action (widget_class, "view.show", "s", show_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "calendar.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "calendar.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "calendar.previous-day", NULL, previous_day_action);
  gtk_widget_class_install_action (widget_class, "calendar.next-day", NULL, next_day_action);
  gtk_widget_class_install_action (widget_class, "calendar.new-meeting", NULL, new_meeting_action);
  gtk_widget_class_install_action (widget_class, "calendar.export", NULL, export_action);
  gtk_widget_class_install_property_action (widget_class, "calendar.mode", "mode");
  gtk_widget_class_install_property_action (widget_class, "calendar.worker", "worker-filter");
  gtk_widget_class_install_property_action (widget_class, "calendar.kind", "kind-filter");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, 0, "calendar.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_T, 0, "calendar.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "calendar.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "calendar.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "calendar.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "calendar.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "calendar.previous-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "calendar.next-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "calendar.new-meeting", NULL);

  gtk_widget_class_set_css_name (widget_class, "calendar-view");
}

static void
sr_calendar_view_init (SrCalendarView *self)
{
  GDate today;

  self->mode = g_strdup ("week");
  self->worker_filter = g_strdup ("mine");
  self->kind_filter = g_strdup ("all");
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) sr_calendar_item_unref);
  self->name_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->group_leaders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) g_strfreev);
  g_date_clear (&self->focus, 1);
  g_date_clear (&self->items_start, 1);
  g_date_clear (&self->range_start, 1);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, on_menu_button_create_popup_cb, self, NULL);

  g_object_bind_property (self->cadence_button, "active", self->flap, "reveal-flap",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_widget_add_tick_callback (GTK_WIDGET (self->week_scroller), scroll_week_tick_cb, self, NULL);

  date_today (&today);
  set_focus (self, &today);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.new-meeting", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.export", FALSE);
}

GtkWidget *
sr_calendar_view_get_week_view (SrCalendarView *self)
{
  g_return_val_if_fail (SR_IS_CALENDAR_VIEW (self), NULL);
  return GTK_WIDGET (self->week_view);
}

GtkWidget *
sr_calendar_view_get_month_view (SrCalendarView *self)
{
  g_return_val_if_fail (SR_IS_CALENDAR_VIEW (self), NULL);
  return GTK_WIDGET (self->month_view);
}

GtkWidget *
sr_calendar_view_get_agenda_list (SrCalendarView *self)
{
  g_return_val_if_fail (SR_IS_CALENDAR_VIEW (self), NULL);
  return GTK_WIDGET (self->agenda_list);
}

GtkWidget *
sr_calendar_view_get_cadence_panel (SrCalendarView *self)
{
  g_return_val_if_fail (SR_IS_CALENDAR_VIEW (self), NULL);
  return GTK_WIDGET (self->cadence_panel);
}

void
sr_calendar_view_flush (SrCalendarView *self)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SR_IS_CALENDAR_VIEW (self));

  if (self->rebuild_id == 0 && self->load_cancellable == NULL)
    return;

  /* Measurements time the layout of a known range: read it here, on the
   * store's own connection, instead of waiting for the worker thread. */
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  cancel_load (self);
  if (get_range (self, &from, &to))
    {
      entries = sr_calendar_list_entries (self->store, current_worker_filter_id (self), from, to,
                                          TRUE, &error);
      if (entries == NULL)
        sr_widget_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
    }
  set_entries (self, entries);
}
