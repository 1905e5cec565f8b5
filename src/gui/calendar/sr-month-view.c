/* sr-month-view.c: six weeks of days, each with its items in short
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A month of all workers can hold thousands of meetings. The grid only
 * counts them per day and makes buttons for the first few of each day and a
 * "+N more" button: at most 42 × 4 children, whatever the data.
 */

#define G_LOG_DOMAIN "sr-month-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-format.h"
#include "sr-month-view.h"

#define N_DAYS        42
#define HEADER_HEIGHT 24
#define DAY_HEIGHT    22
#define ROW_HEIGHT    22
#define MIN_DAY_WIDTH 44

typedef struct
{
  GtkWidget      *widget;
  SrCalendarItem *item;   /* NULL for "+N more" */
  guint           day;
  guint           slot;
} Child;

struct _SrMonthView
{
  GtkWidget    parent_instance;

  GDate        first_monday;
  int          month;
  GArray      *children;               /* Child */
  PangoLayout *day_layouts[N_DAYS];
  PangoLayout *weekday_layouts[7];
};

G_DEFINE_FINAL_TYPE (SrMonthView, sr_month_view, GTK_TYPE_WIDGET)

enum {
  ITEM_ACTIVATED,
  DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_children (SrMonthView *self)
{
  for (guint i = 0; i < self->children->len; i++)
    {
      Child *child = &g_array_index (self->children, Child, i);

      gtk_widget_unparent (child->widget);
      g_clear_pointer (&child->item, sr_calendar_item_unref);
    }
  g_array_set_size (self->children, 0);
  for (guint i = 0; i < N_DAYS; i++)
    g_clear_object (&self->day_layouts[i]);
}

static char *
iso_day_of (SrMonthView *self,
            guint        day)
{
  GDate date = self->first_monday;

  g_date_add_days (&date, day);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static void
on_child_clicked_cb (GtkButton   *button,
                     SrMonthView *self)
{
  for (guint i = 0; i < self->children->len; i++)
    {
      Child *child = &g_array_index (self->children, Child, i);

      if (child->widget != GTK_WIDGET (button))
        continue;
      if (child->item != NULL)
        g_signal_emit (self, signals[ITEM_ACTIVATED], 0, child->item->id, child->item->is_session);
      else
        {
          g_autofree char *day = iso_day_of (self, child->day);

          g_signal_emit (self, signals[DAY_ACTIVATED], 0, day);
        }
      return;
    }
}

static void
add_child (SrMonthView    *self,
           GtkWidget      *widget,
           SrCalendarItem *item,
           guint           day,
           guint           slot)
{
  Child child = { widget, item ? sr_calendar_item_ref (item) : NULL, day, slot };

  gtk_widget_set_parent (widget, GTK_WIDGET (self));
  g_signal_connect (widget, "clicked", G_CALLBACK (on_child_clicked_cb), self);
  g_array_append_val (self->children, child);
}

void
sr_month_view_set_items (SrMonthView *self,
                         const GDate *first_monday,
                         int          month,
                         GPtrArray   *items,
                         SrStore     *store,
                         GHashTable  *name_cache)
{
  guint counts[N_DAYS] = { 0 };
  guint first_index[N_DAYS];

  g_return_if_fail (SR_IS_MONTH_VIEW (self));
  g_return_if_fail (first_monday != NULL && g_date_valid (first_monday));

  clear_children (self);
  self->first_monday = *first_monday;
  self->month = month;

  /* One pass to count; items come sorted by start. */
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      SrCalendarItem *item = g_ptr_array_index (items, i);
      int day = sr_calendar_item_day_offset (item, first_monday);

      if (day < 0 || day >= N_DAYS)
        continue;
      if (counts[day]++ == 0)
        first_index[day] = i;
    }

  for (guint day = 0; day < N_DAYS; day++)
    {
      guint shown = counts[day] <= SR_MONTH_VIEW_ITEMS_PER_DAY ? counts[day]
                                                               : SR_MONTH_VIEW_ITEMS_PER_DAY - 1;
      guint slot = 0;

      for (guint i = first_index[day]; counts[day] > 0 && slot < shown && i < items->len; i++)
        {
          SrCalendarItem *item = g_ptr_array_index (items, i);
          g_autofree char *time = NULL;
          g_autofree char *text = NULL;
          GtkWidget *label;
          GtkWidget *button;

          if (sr_calendar_item_day_offset (item, first_monday) != (int) day)
            continue;

          time = sr_format_time (item->start);
          text = g_strdup_printf ("%s %s", time, sr_calendar_item_get_title (item, store, name_cache));
          label = gtk_label_new (text);
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          button = gtk_button_new ();
          gtk_button_set_child (GTK_BUTTON (button), label);
          gtk_widget_set_tooltip_text (button, text);
          sr_calendar_item_add_classes (item, button);
          add_child (self, button, item, day, slot++);
        }

      if (counts[day] > shown)
        {
          guint more = counts[day] - shown;
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more",
                                                                "+%u more", more), more);
          GtkWidget *button = gtk_button_new_with_label (text);

          gtk_widget_add_css_class (button, "flat");
          gtk_widget_add_css_class (button, "calendar-more");
          add_child (self, button, NULL, day, slot);
        }
    }

  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GtkWidget *
sr_month_view_get_more_button (SrMonthView *self,
                               const char  *iso_day)
{
  g_return_val_if_fail (SR_IS_MONTH_VIEW (self), NULL);

  for (guint i = 0; i < self->children->len; i++)
    {
      Child *child = &g_array_index (self->children, Child, i);
      g_autofree char *day = NULL;

      if (child->item != NULL)
        continue;
      day = iso_day_of (self, child->day);
      if (g_strcmp0 (day, iso_day) == 0)
        return child->widget;
    }
  return NULL;
}

static void
sr_month_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 7 * MIN_DAY_WIDTH;
      *natural = 7 * 150;
    }
  else
    {
      *minimum = HEADER_HEIGHT + 6 * (DAY_HEIGHT + SR_MONTH_VIEW_ITEMS_PER_DAY * ROW_HEIGHT + 4);
      *natural = *minimum + 6 * 24;
    }
}

static void
sr_month_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  SrMonthView *self = SR_MONTH_VIEW (widget);
  double cell_width = width / 7.0;
  double cell_height = (height - HEADER_HEIGHT) / 6.0;

  for (guint i = 0; i < self->children->len; i++)
    {
      Child *child = &g_array_index (self->children, Child, i);
      int min_width, min_height;
      GtkAllocation allocation;

      gtk_widget_measure (child->widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      gtk_widget_measure (child->widget, GTK_ORIENTATION_VERTICAL, -1, &min_height, NULL, NULL, NULL);
      allocation.x = (child->day % 7) * cell_width + 2;
      allocation.y = HEADER_HEIGHT + (child->day / 7) * cell_height + DAY_HEIGHT
                     + child->slot * ROW_HEIGHT;
      allocation.width = MAX (min_width, cell_width - 4);
      allocation.height = MAX (min_height, ROW_HEIGHT - 2);
      gtk_widget_size_allocate (child->widget, &allocation, -1);
    }
}

static void
sr_month_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  SrMonthView *self = SR_MONTH_VIEW (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double cell_width = width / 7.0;
  double cell_height = (height - HEADER_HEIGHT) / 6.0;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GdkRGBA color, dim, line, faint, accent;
  GDate today;
  int today_offset = -1;

  gtk_style_context_get_color (context, &color);
  dim = line = faint = color;
  dim.alpha *= 0.45;
  line.alpha *= 0.15;
  faint.alpha *= 0.04;
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = color;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (g_date_valid (&self->first_monday))
    today_offset = g_date_days_between (&self->first_monday, &today);

  /* Weekend columns */
  gtk_snapshot_append_color (snapshot, &faint,
                             &GRAPHENE_RECT_INIT (5 * cell_width, HEADER_HEIGHT, 2 * cell_width,
                                                  height - HEADER_HEIGHT));

  for (guint d = 0; d < 7; d++)
    {
      if (self->weekday_layouts[d] == NULL)
        {
          self->weekday_layouts[d] = gtk_widget_create_pango_layout (widget,
                                                                     sr_calendar_weekday_name (d + 1, TRUE));
        }
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (d * cell_width + 6, 3));
      gtk_snapshot_append_layout (snapshot, self->weekday_layouts[d], &dim);
      gtk_snapshot_restore (snapshot);
    }

  for (guint day = 0; day < N_DAYS && g_date_valid (&self->first_monday); day++)
    {
      double x = (day % 7) * cell_width;
      double y = HEADER_HEIGHT + (day / 7) * cell_height;
      GDate date = self->first_monday;
      gboolean in_month;

      g_date_add_days (&date, day);
      in_month = g_date_get_month (&date) == (GDateMonth) self->month;

      if ((int) day == today_offset)
        {
          GdkRGBA today_color = accent;

          today_color.alpha = 0.12;
          gtk_snapshot_append_color (snapshot, &today_color,
                                     &GRAPHENE_RECT_INIT (x, y, cell_width, cell_height));
        }

      if (self->day_layouts[day] == NULL)
        {
          g_autofree char *text = g_strdup_printf ("%d", g_date_get_day (&date));

          self->day_layouts[day] = gtk_widget_create_pango_layout (widget, text);
        }
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + 6, y + 2));
      gtk_snapshot_append_layout (snapshot, self->day_layouts[day],
                                  (int) day == today_offset ? &accent : in_month ? &color : &dim);
      gtk_snapshot_restore (snapshot);
    }

  for (int row = 0; row <= 6; row++)
    gtk_snapshot_append_color (snapshot, &line,
                               &GRAPHENE_RECT_INIT (0, HEADER_HEIGHT + row * cell_height, width, 1));
  for (int column = 1; column < 7; column++)
    gtk_snapshot_append_color (snapshot, &line,
                               &GRAPHENE_RECT_INIT (column * cell_width, HEADER_HEIGHT, 1,
                                                    height - HEADER_HEIGHT));

  GTK_WIDGET_CLASS (sr_month_view_parent_class)->snapshot (widget, snapshot);
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      SrMonthView     *self)
{
  double cell_width = gtk_widget_get_width (GTK_WIDGET (self)) / 7.0;
  double cell_height = (gtk_widget_get_height (GTK_WIDGET (self)) - HEADER_HEIGHT) / 6.0;
  g_autofree char *day = NULL;
  int column, row;

  if (y < HEADER_HEIGHT || cell_width <= 0 || cell_height <= 0 || !g_date_valid (&self->first_monday))
    return;

  column = CLAMP ((int) (x / cell_width), 0, 6);
  row = CLAMP ((int) ((y - HEADER_HEIGHT) / cell_height), 0, 5);
  day = iso_day_of (self, row * 7 + column);
  g_signal_emit (self, signals[DAY_ACTIVATED], 0, day);
}

static void
sr_month_view_dispose (GObject *object)
{
  SrMonthView *self = SR_MONTH_VIEW (object);

  clear_children (self);
  for (guint i = 0; i < 7; i++)
    g_clear_object (&self->weekday_layouts[i]);

  G_OBJECT_CLASS (sr_month_view_parent_class)->dispose (object);
}

static void
sr_month_view_finalize (GObject *object)
{
  SrMonthView *self = SR_MONTH_VIEW (object);

  g_array_unref (self->children);

  G_OBJECT_CLASS (sr_month_view_parent_class)->finalize (object);
}

static void
sr_month_view_class_init (SrMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_month_view_dispose;
  object_class->finalize = sr_month_view_finalize;
  widget_class->measure = sr_month_view_measure;
  widget_class->size_allocate = sr_month_view_size_allocate;
  widget_class->snapshot = sr_month_view_snapshot;

  signals[ITEM_ACTIVATED] = g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  signals[DAY_ACTIVATED] = g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "month-view");
}

static void
sr_month_view_init (SrMonthView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->children = g_array_new (FALSE, FALSE, sizeof (Child));
  g_date_clear (&self->first_monday, 1);

  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
sr_month_view_new (void)
{
  return g_object_new (SR_TYPE_MONTH_VIEW, NULL);
}
