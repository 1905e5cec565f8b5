/* sr-gas-chart.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Points per review over time with a line at 50 (goals met as expected).
 * The chart only repeats the numbers shown beside it, so its accessible
 * label carries the same values as text.
 */

#define G_LOG_DOMAIN "sr-gas-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "sr-format.h"
#include "sr-gas-chart.h"
#include "sr-plan-printer.h"

typedef struct
{
  int    julian;
  double score;
} Point;

struct _SrGasChart
{
  GtkWidget  parent_instance;

  GArray    *points;
  GString   *description;
};

G_DEFINE_FINAL_TYPE (SrGasChart, sr_gas_chart, GTK_TYPE_WIDGET)

static void
sr_gas_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  SrGasChart *self = SR_GAS_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double pad = 8, low = 20, high = 80;
  int first_day = G_MAXINT, last_day = G_MININT;
  GdkRGBA fg, accent = { 0.208, 0.518, 0.894, 1.0 };
  cairo_t *cr;

  if (width < 2 * pad + 1 || height < 2 * pad + 1)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  for (guint i = 0; i < self->points->len; i++)
    {
      Point *p = &g_array_index (self->points, Point, i);

      low = MIN (low, p->score - 5);
      high = MAX (high, p->score + 5);
      first_day = MIN (first_day, p->julian);
      last_day = MAX (last_day, p->julian);
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

#define X(day) (last_day > first_day                                          \
                ? pad + (width - 2 * pad) * ((day) - first_day) / (double) (last_day - first_day) \
                : width / 2)
#define Y(score) (pad + (height - 2 * pad) * (high - (score)) / (high - low))

  /* The line at 50: goals met as expected */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.35);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
  cairo_move_to (cr, pad, Y (50));
  cairo_line_to (cr, width - pad, Y (50));
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  {
    PangoLayout *layout = gtk_widget_create_pango_layout (widget, "50");
    int text_width, text_height;

    pango_layout_get_pixel_size (layout, &text_width, &text_height);
    cairo_move_to (cr, pad, Y (50) - text_height - 1);
    pango_cairo_show_layout (cr, layout);
    g_object_unref (layout);
  }

  if (self->points->len > 0)
    {
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1);
      cairo_set_line_width (cr, 2);
      for (guint i = 0; i < self->points->len; i++)
        {
          Point *p = &g_array_index (self->points, Point, i);

          if (i == 0)
            cairo_move_to (cr, X (p->julian), Y (p->score));
          else
            cairo_line_to (cr, X (p->julian), Y (p->score));
        }
      cairo_stroke (cr);
      for (guint i = 0; i < self->points->len; i++)
        {
          Point *p = &g_array_index (self->points, Point, i);

          cairo_arc (cr, X (p->julian), Y (p->score), 4, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }

#undef X
#undef Y

  cairo_destroy (cr);
}

static void
sr_gas_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 400;
    }
  else
    {
      *minimum = *natural = 96;
    }
}

static void
sr_gas_chart_finalize (GObject *object)
{
  SrGasChart *self = SR_GAS_CHART (object);

  g_array_unref (self->points);
  g_string_free (self->description, TRUE);

  G_OBJECT_CLASS (sr_gas_chart_parent_class)->finalize (object);
}

static void
sr_gas_chart_class_init (SrGasChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sr_gas_chart_finalize;
  widget_class->snapshot = sr_gas_chart_snapshot;
  widget_class->measure = sr_gas_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "gas-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sr_gas_chart_init (SrGasChart *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (Point));
  self->description = g_string_new (NULL);
}

GtkWidget *
sr_gas_chart_new (void)
{
  return g_object_new (SR_TYPE_GAS_CHART, NULL);
}

static void
update_description (SrGasChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->description->str,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->description->len > 0 ? self->description->str : NULL);
}

void
sr_gas_chart_clear (SrGasChart *self)
{
  g_return_if_fail (SR_IS_GAS_CHART (self));

  g_array_set_size (self->points, 0);
  g_string_truncate (self->description, 0);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sr_gas_chart_add_point (SrGasChart *self,
                        const char *iso_day,
                        double      t_score,
                        const char *label)
{
  GDate date;
  Point point;
  g_autofree char *number = sr_format_t_score (t_score);

  g_return_if_fail (SR_IS_GAS_CHART (self));

  g_date_clear (&date, 1);
  point.julian = iso_day != NULL && sr_date_from_iso (iso_day, &date) ? (int) g_date_get_julian (&date) : 0;
  if (point.julian == 0 && self->points->len > 0)
    point.julian = g_array_index (self->points, Point, self->points->len - 1).julian;
  point.score = t_score;
  g_array_append_val (self->points, point);

  if (self->description->len == 0)
    /* Translators: the start of a T-score chart's description for screen readers */
    g_string_append (self->description, _("T-score chart:"));
  else
    g_string_append_c (self->description, ';');
  /* Translators: one point of a T-score chart for screen readers: when, T-score */
  g_string_append_printf (self->description, _(" %s %s"), label, number);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
