/* sr-week-view.c: a week as a time grid, Monday first, 24-hour
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One widget that draws the grid with GtkSnapshot and lays out one small
 * button per meeting or session itself: no GtkGrid, no per-hour widgets, so
 * a busy week is a few dozen children and a frame is cheap. Meetings that
 * overlap within a day are put side by side; a meeting can be dragged to
 * another day or time.
 */

#define G_LOG_DOMAIN "sr-week-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-format.h"
#include "sr-week-view.h"

#define HOUR_COLUMN_WIDTH 52
#define MIN_DAY_WIDTH     36
#define SNAP_MINUTES      15
#define DRAG_THRESHOLD    8

struct _SrWeekView
{
  GtkWidget   parent_instance;

  GDate       monday;
  GPtrArray  *items;     /* SrCalendarItem */
  GPtrArray  *children;  /* GtkWidget, parallel to items */
  PangoLayout *hour_layouts[24];

  /* Dragging a meeting */
  GtkWidget  *drag_child;
  gboolean    dragging;
  double      drag_dx;
  double      drag_dy;
};

G_DEFINE_FINAL_TYPE (SrWeekView, sr_week_view, GTK_TYPE_WIDGET)

enum {
  ITEM_ACTIVATED,
  SLOT_ACTIVATED,
  ITEM_MOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static double
day_width (SrWeekView *self)
{
  return MAX (0, gtk_widget_get_width (GTK_WIDGET (self)) - HOUR_COLUMN_WIDTH) / 7.0;
}

double
sr_week_view_y_for_time (GDateTime *when)
{
  return (g_date_time_get_hour (when) * 60 + g_date_time_get_minute (when))
         * SR_WEEK_VIEW_HOUR_HEIGHT / 60.0;
}

static SrCalendarItem *
item_for_child (SrWeekView *self,
                GtkWidget  *child)
{
  guint index;

  if (child == NULL || !g_ptr_array_find (self->children, child, &index))
    return NULL;
  return g_ptr_array_index (self->items, index);
}

/* Day and minute of the snapped drop target of the dragged child. */
static void
drag_target (SrWeekView     *self,
             SrCalendarItem *item,
             int            *day_delta,
             int            *minute_delta)
{
  double width = day_width (self);

  *day_delta = width > 0 ? (int) floor ((self->drag_dx + width / 2) / width) : 0;
  *minute_delta = (int) round (self->drag_dy * 60.0 / SR_WEEK_VIEW_HOUR_HEIGHT / SNAP_MINUTES)
                  * SNAP_MINUTES;
}

static void
on_child_clicked_cb (GtkButton  *button,
                     SrWeekView *self)
{
  SrCalendarItem *item = item_for_child (self, GTK_WIDGET (button));

  if (item != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item->id, item->is_session);
}

static void
clear_children (SrWeekView *self)
{
  for (guint i = 0; i < self->children->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->children, i));
  g_ptr_array_set_size (self->children, 0);
  g_ptr_array_set_size (self->items, 0);
  self->drag_child = NULL;
  self->dragging = FALSE;
}

/* Side by side: within a cluster of overlapping items of one day, each gets
 * the first free column; all of the cluster share its column count. */
static void
assign_columns (GPtrArray *day_items)
{
  g_autoptr(GPtrArray) column_ends = g_ptr_array_new ();
  guint cluster_start = 0;
  GDateTime *cluster_end = NULL;

  for (guint i = 0; i <= day_items->len; i++)
    {
      SrCalendarItem *item = i < day_items->len ? g_ptr_array_index (day_items, i) : NULL;

      if (item == NULL || (cluster_end != NULL && g_date_time_compare (item->start, cluster_end) >= 0))
        {
          for (guint j = cluster_start; j < i; j++)
            ((SrCalendarItem *) g_ptr_array_index (day_items, j))->n_columns = MAX (1, column_ends->len);
          g_ptr_array_set_size (column_ends, 0);
          cluster_start = i;
          cluster_end = NULL;
          if (item == NULL)
            break;
        }

      item->column = column_ends->len;
      for (guint c = 0; c < column_ends->len; c++)
        if (g_date_time_compare (g_ptr_array_index (column_ends, c), item->start) <= 0)
          {
            item->column = c;
            break;
          }
      if (item->column == column_ends->len)
        g_ptr_array_add (column_ends, item->end);
      else
        column_ends->pdata[item->column] = item->end;

      if (cluster_end == NULL || g_date_time_compare (item->end, cluster_end) > 0)
        cluster_end = item->end;
    }
}

void
sr_week_view_set_items (SrWeekView  *self,
                        const GDate *monday,
                        GPtrArray   *items,
                        SrStore     *store,
                        GHashTable  *name_cache)
{
  GPtrArray *days[7] = { NULL };

  g_return_if_fail (SR_IS_WEEK_VIEW (self));
  g_return_if_fail (monday != NULL && g_date_valid (monday));

  clear_children (self);
  self->monday = *monday;

  for (guint d = 0; d < 7; d++)
    days[d] = g_ptr_array_new ();

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      SrCalendarItem *item = g_ptr_array_index (items, i);
      int offset = sr_calendar_item_day_offset (item, monday);

      if (offset < 0 || offset > 6)
        continue;
      g_ptr_array_add (days[offset], item);
    }

  for (guint d = 0; d < 7; d++)
    {
      assign_columns (days[d]);

      for (guint i = 0; i < days[d]->len; i++)
        {
          SrCalendarItem *item = g_ptr_array_index (days[d], i);
          const char *title = sr_calendar_item_get_title (item, store, name_cache);
          g_autofree char *time = sr_format_time (item->start);
          g_autofree char *end = sr_format_time (item->end);
          g_autofree char *text = g_strdup_printf ("%s %s", time, title);
          g_autofree char *tooltip = NULL;
          GtkWidget *label = gtk_label_new (text);
          GtkWidget *button = gtk_button_new ();

          /* TRANSLATORS: a calendar item's tooltip: start–end, name, kind, status */
          tooltip = g_strdup_printf (_("%s–%s %s\n%s, %s"), time, end, title,
                                     sr_calendar_item_kind_label (item),
                                     sr_calendar_item_status_label (item));
          if (item->overlap)
            {
              char *with_warning = g_strconcat (tooltip, "\n", _("Overlaps another meeting of the worker"), NULL);

              g_free (tooltip);
              tooltip = with_warning;
            }

          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_yalign (GTK_LABEL (label), 0);
          gtk_button_set_child (GTK_BUTTON (button), label);
          gtk_widget_set_tooltip_text (button, tooltip);
          sr_calendar_item_add_classes (item, button);
          g_signal_connect (button, "clicked", G_CALLBACK (on_child_clicked_cb), self);
          gtk_widget_set_parent (button, GTK_WIDGET (self));

          g_ptr_array_add (self->items, sr_calendar_item_ref (item));
          g_ptr_array_add (self->children, button);
        }
    }

  for (guint d = 0; d < 7; d++)
    g_ptr_array_unref (days[d]);

  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GtkWidget *
sr_week_view_get_item_widget (SrWeekView *self,
                              const char *id)
{
  g_return_val_if_fail (SR_IS_WEEK_VIEW (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    if (g_strcmp0 (((SrCalendarItem *) g_ptr_array_index (self->items, i))->id, id) == 0)
      return g_ptr_array_index (self->children, i);
  return NULL;
}

static void
sr_week_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = HOUR_COLUMN_WIDTH + 7 * MIN_DAY_WIDTH;
      *natural = HOUR_COLUMN_WIDTH + 7 * 140;
    }
  else
    {
      *minimum = *natural = 24 * SR_WEEK_VIEW_HOUR_HEIGHT;
    }
}

static void
sr_week_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  SrWeekView *self = SR_WEEK_VIEW (widget);
  double column_width = MAX (0, width - HOUR_COLUMN_WIDTH) / 7.0;

  for (guint i = 0; i < self->children->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->children, i);
      SrCalendarItem *item = g_ptr_array_index (self->items, i);
      int offset = sr_calendar_item_day_offset (item, &self->monday);
      double slot = column_width / item->n_columns;
      double y = sr_week_view_y_for_time (item->start);
      double minutes = g_date_time_difference (item->end, item->start) / (double) G_TIME_SPAN_MINUTE;
      double h = minutes * SR_WEEK_VIEW_HOUR_HEIGHT / 60.0;
      int min_width, min_height;
      GtkAllocation allocation;

      if (child == self->drag_child && self->dragging)
        {
          int day_delta, minute_delta;

          drag_target (self, item, &day_delta, &minute_delta);
          offset = CLAMP (offset + day_delta, 0, 6);
          y += minute_delta * SR_WEEK_VIEW_HOUR_HEIGHT / 60.0;
          slot = column_width;
        }

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, &min_height, NULL, NULL, NULL);

      allocation.x = HOUR_COLUMN_WIDTH + offset * column_width
                     + (child == self->drag_child && self->dragging ? 0 : item->column * slot) + 1;
      allocation.y = CLAMP (y, 0, height - min_height);
      allocation.width = MAX (min_width, slot - 2);
      allocation.height = MAX (min_height, MIN (h, height - allocation.y) - 1);
      gtk_widget_size_allocate (child, &allocation, -1);
    }
}

static PangoLayout *
hour_layout (SrWeekView *self,
             int         hour)
{
  if (self->hour_layouts[hour] == NULL)
    {
      g_autoptr(GDateTime) when = g_date_time_new_local (2024, 1, 1, hour, 0, 0);
      g_autofree char *text = sr_format_time (when);

      self->hour_layouts[hour] = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
    }
  return self->hour_layouts[hour];
}

static void
sr_week_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  SrWeekView *self = SR_WEEK_VIEW (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double column_width = day_width (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;
  GdkRGBA color, line, faint, accent;
  int today_offset;

  gtk_style_context_get_color (context, &color);
  line = color;
  line.alpha *= 0.15;
  faint = color;
  faint.alpha *= 0.04;
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = color;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  today_offset = g_date_valid (&self->monday) ? g_date_days_between (&self->monday, &today) : -1;

  /* Working hours a shade lighter than the night. */
  gtk_snapshot_append_color (snapshot, &faint,
                             &GRAPHENE_RECT_INIT (HOUR_COLUMN_WIDTH, 0, width - HOUR_COLUMN_WIDTH,
                                                  8 * SR_WEEK_VIEW_HOUR_HEIGHT));
  gtk_snapshot_append_color (snapshot, &faint,
                             &GRAPHENE_RECT_INIT (HOUR_COLUMN_WIDTH, 17 * SR_WEEK_VIEW_HOUR_HEIGHT,
                                                  width - HOUR_COLUMN_WIDTH,
                                                  7 * SR_WEEK_VIEW_HOUR_HEIGHT));
  /* Weekend */
  gtk_snapshot_append_color (snapshot, &faint,
                             &GRAPHENE_RECT_INIT (HOUR_COLUMN_WIDTH + 5 * column_width, 0,
                                                  2 * column_width, height));

  if (today_offset >= 0 && today_offset < 7)
    {
      GdkRGBA today_color = accent;

      today_color.alpha = 0.08;
      gtk_snapshot_append_color (snapshot, &today_color,
                                 &GRAPHENE_RECT_INIT (HOUR_COLUMN_WIDTH + today_offset * column_width,
                                                      0, column_width, height));
    }

  for (int hour = 0; hour < 24; hour++)
    {
      double y = hour * SR_WEEK_VIEW_HOUR_HEIGHT;

      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (HOUR_COLUMN_WIDTH - 6, y, width, 1));
      if (hour > 0)
        {
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (4, y + 2));
          gtk_snapshot_append_layout (snapshot, hour_layout (self, hour), &color);
          gtk_snapshot_restore (snapshot);
        }
    }

  for (int d = 0; d <= 7; d++)
    gtk_snapshot_append_color (snapshot, &line,
                               &GRAPHENE_RECT_INIT (HOUR_COLUMN_WIDTH + d * column_width, 0, 1,
                                                    height));

  /* Now */
  if (today_offset >= 0 && today_offset < 7)
    gtk_snapshot_append_color (snapshot, &accent,
                               &GRAPHENE_RECT_INIT (HOUR_COLUMN_WIDTH + today_offset * column_width,
                                                    sr_week_view_y_for_time (now) - 1,
                                                    column_width, 2));

  GTK_WIDGET_CLASS (sr_week_view_parent_class)->snapshot (widget, snapshot);
}

static GtkWidget *
child_at (SrWeekView *self,
          double      x,
          double      y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  while (picked != NULL && gtk_widget_get_parent (picked) != GTK_WIDGET (self))
    picked = gtk_widget_get_parent (picked);
  return picked;
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      SrWeekView      *self)
{
  g_autoptr(GDateTime) start = NULL;
  double column_width = day_width (self);
  int day, minutes;

  if (n_press != 1 || child_at (self, x, y) != NULL || x < HOUR_COLUMN_WIDTH || column_width <= 0)
    return;

  day = CLAMP ((int) ((x - HOUR_COLUMN_WIDTH) / column_width), 0, 6);
  minutes = CLAMP ((int) (y * 60 / SR_WEEK_VIEW_HOUR_HEIGHT) / 30 * 30, 0, 23 * 60 + 30);
  start = g_date_time_new_local (g_date_get_year (&self->monday), g_date_get_month (&self->monday),
                                 g_date_get_day (&self->monday), minutes / 60, minutes % 60, 0);
  {
    g_autoptr(GDateTime) slot = g_date_time_add_days (start, day);

    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    g_signal_emit (self, signals[SLOT_ACTIVATED], 0, slot);
  }
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  SrWeekView     *self)
{
  GtkWidget *child = child_at (self, x, y);
  SrCalendarItem *item = item_for_child (self, child);

  self->dragging = FALSE;
  self->drag_dx = self->drag_dy = 0;
  self->drag_child = item != NULL && !item->is_session ? child : NULL;
  if (self->drag_child == NULL)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   SrWeekView     *self)
{
  if (self->drag_child == NULL)
    return;

  if (!self->dragging && hypot (dx, dy) >= DRAG_THRESHOLD)
    {
      self->dragging = TRUE;
      /* Claiming cancels the button's own click. */
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_add_css_class (self->drag_child, "dragging");
    }
  self->drag_dx = dx;
  self->drag_dy = dy;
  if (self->dragging)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                SrWeekView     *self)
{
  SrCalendarItem *item = item_for_child (self, self->drag_child);
  int day_delta, minute_delta;

  if (item == NULL || !self->dragging)
    {
      self->drag_child = NULL;
      self->dragging = FALSE;
      return;
    }

  self->drag_dx = dx;
  self->drag_dy = dy;
  drag_target (self, item, &day_delta, &minute_delta);
  gtk_widget_remove_css_class (self->drag_child, "dragging");
  self->drag_child = NULL;
  self->dragging = FALSE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  if (day_delta != 0 || minute_delta != 0)
    {
      g_autoptr(GDateTime) moved_day = g_date_time_add_days (item->start, day_delta);
      g_autoptr(GDateTime) moved = g_date_time_add_minutes (moved_day, minute_delta);
      g_autofree char *id = g_strdup (item->id);

      g_signal_emit (self, signals[ITEM_MOVED], 0, id, moved);
    }
}

static void
sr_week_view_dispose (GObject *object)
{
  SrWeekView *self = SR_WEEK_VIEW (object);

  clear_children (self);
  for (guint i = 0; i < G_N_ELEMENTS (self->hour_layouts); i++)
    g_clear_object (&self->hour_layouts[i]);

  G_OBJECT_CLASS (sr_week_view_parent_class)->dispose (object);
}

static void
sr_week_view_finalize (GObject *object)
{
  SrWeekView *self = SR_WEEK_VIEW (object);

  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->children);

  G_OBJECT_CLASS (sr_week_view_parent_class)->finalize (object);
}

static void
sr_week_view_class_init (SrWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_week_view_dispose;
  object_class->finalize = sr_week_view_finalize;
  widget_class->measure = sr_week_view_measure;
  widget_class->size_allocate = sr_week_view_size_allocate;
  widget_class->snapshot = sr_week_view_snapshot;

  signals[ITEM_ACTIVATED] = g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  signals[SLOT_ACTIVATED] = g_signal_new ("slot-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_DATE_TIME);
  signals[ITEM_MOVED] = g_signal_new ("item-moved", G_TYPE_FROM_CLASS (klass),
                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                      G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_DATE_TIME);

  gtk_widget_class_set_css_name (widget_class, "week-view");
}

static void
sr_week_view_init (SrWeekView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) sr_calendar_item_unref);
  self->children = g_ptr_array_new ();
  g_date_clear (&self->monday, 1);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
sr_week_view_new (void)
{
  return g_object_new (SR_TYPE_WEEK_VIEW, NULL);
}
