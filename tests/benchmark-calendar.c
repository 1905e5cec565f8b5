/* benchmark-calendar.c: how long the Calendar's grids take to lay out and draw
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A busy worker's week (40 meetings, some overlapping) and a month of all
 * workers (5,000 meetings by default) in a 1280×800 window. For each grid:
 *
 *   load     the range's live models read and the items and their buttons
 *            made (what a change of week or month costs, once);
 *   layout   measure + allocate of the grid with every child re-measured;
 *   snapshot the grid's render nodes with every child redrawn;
 *   render   those nodes rasterised with cairo at the window's size.
 *
 * A frame is layout + snapshot + render; the target is 16 ms. Run under
 * Xvfb: benchmark-calendar [--meetings N] [--reps N]. Prints numbers only.
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "gui-test-util.h"
#include "sr-calendar-view.h"
#include "sr-client.h"
#include "sr-meeting.h"
#include "sr-store-private.h"
#include "sr-worker.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  p)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, (guint) (p * values->len)));
}

static void
invalidate (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    invalidate (child);
  gtk_widget_queue_resize (widget);
  gtk_widget_queue_draw (widget);
}

static void
time_frames (const char *name,
             GtkWidget  *grid,
             guint       reps)
{
  g_autoptr(GArray) layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) snap = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) render = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (double));
  int width = gtk_widget_get_width (grid);
  int height = gtk_widget_get_height (grid);
  guint children = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (grid); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    children++;

  for (guint i = 0; i < reps; i++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, 800);
      cairo_t *cr = cairo_create (surface);
      gint64 t0, t1, t2, t3;
      int min, nat;
      double a, b, c, total;

      invalidate (grid);
      t0 = g_get_monotonic_time ();
      gtk_widget_measure (grid, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      gtk_widget_measure (grid, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
      gtk_widget_allocate (grid, width, height, -1, NULL);
      t1 = g_get_monotonic_time ();
      GTK_WIDGET_GET_CLASS (grid)->snapshot (grid, snapshot);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      t2 = g_get_monotonic_time ();
      if (node != NULL)
        gsk_render_node_draw (node, cr);
      cairo_surface_flush (surface);
      t3 = g_get_monotonic_time ();
      cairo_destroy (cr);
      cairo_surface_destroy (surface);

      a = (t1 - t0) / 1000.0;
      b = (t2 - t1) / 1000.0;
      c = (t3 - t2) / 1000.0;
      total = a + b + c;
      g_array_append_val (layout, a);
      g_array_append_val (snap, b);
      g_array_append_val (render, c);
      g_array_append_val (frame, total);
    }

  printf ("%-6s children %4u  layout %6.2f  snapshot %6.2f  render %6.2f  frame median %6.2f p95 %6.2f ms  %s\n",
          name, children, percentile (layout, 0.5), percentile (snap, 0.5), percentile (render, 0.5),
          percentile (frame, 0.5), percentile (frame, 0.95),
          percentile (frame, 0.95) <= 16.0 ? "PASS" : "MISS");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SrStore) store = NULL;
  g_autoptr(SrContext) sr_context = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) workers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) clients = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  int n_meetings = 5000;
  int reps = 30;
  GOptionEntry entries[] = {
    { "meetings", 0, 0, G_OPTION_ARG_INT, &n_meetings, "Meetings of all workers in the month", "N" },
    { "reps", 0, 0, G_OPTION_ARG_INT, &reps, "Frames timed per grid", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  GtkWindow *window;
  SrCalendarView *view;
  const char *busy_id;
  gint64 t0;

  g_setenv ("TZ", "Europe/Helsinki", TRUE);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  home = gui_test_isolate_environment ();
  gtk_init ();
  adw_init ();

  dir = g_dir_make_tmp ("sr-bench-calendar-XXXXXX", &error);
  path = g_build_filename (dir, "socrehab.db", NULL);
  store = sr_store_open (path, &error);
  g_assert_no_error (error);

  /* 60 workers and 600 clients; the first worker is the busy one. */
  for (int i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Worker %d", i);
      SrWorker *worker = sr_worker_new (name);

      g_assert_true (sr_store_save_worker (store, worker, &error));
      g_ptr_array_add (workers, worker);
    }
  busy_id = sr_record_get_id (g_ptr_array_index (workers, 0));
  sr_store_set_current_worker (store, busy_id);

  g_assert_true (sr_store_begin_batch (store, &error));
  for (int i = 0; i < 600; i++)
    {
      g_autofree char *last = g_strdup_printf ("Client%04d", i);
      SrClient *client = sr_client_new ("Test", last);

      g_assert_true (sr_store_save_client (store, client, &error));
      g_ptr_array_add (clients, client);
    }

  /* The busy week: Monday 12 October 2026, 8 a day, 45–90 minutes, some overlapping. */
  for (int i = 0; i < 40; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_local (2026, 10, 12 + i / 8, 8 + (i % 8),
                                                          (i % 3) * 20, 0);
      g_autoptr(SrMeeting) meeting = sr_meeting_new (sr_record_get_id (g_ptr_array_index (clients, i)),
                                                     start, 45 + 15 * (i % 4));

      g_object_set (meeting, "worker-id", busy_id, "kind", i % 4, "status", i % 5, NULL);
      g_assert_true (sr_store_save_meeting (store, meeting, &error));
    }

  /* The month of all workers. */
  for (int i = 0; i < n_meetings; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_local (2026, 10, 1 + g_rand_int_range (rand, 0, 31),
                                                          g_rand_int_range (rand, 8, 17),
                                                          15 * g_rand_int_range (rand, 0, 4), 0);
      g_autoptr(SrMeeting) meeting = sr_meeting_new (sr_record_get_id (g_ptr_array_index (clients, i % clients->len)),
                                                     start, 60);

      g_object_set (meeting, "worker-id", sr_record_get_id (g_ptr_array_index (workers, 1 + i % 59)),
                    "status", g_rand_int_range (rand, 0, 5), NULL);
      g_assert_true (sr_store_save_meeting (store, meeting, &error));
    }
  g_assert_true (sr_store_commit_batch (store, &error));
  settings = g_settings_new (APPLICATION_ID);
  sr_context = sr_context_new (store, settings);

  window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (window, 1280, 800);
  view = g_object_new (SR_TYPE_CALENDAR_VIEW, "mode", "week", "date", "2026-10-14", NULL);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (window);
  gui_test_settle (300);

  printf ("calendar grids, 1280x800 window, cairo; %d meetings in the month of all workers\n",
          n_meetings + 40);

  t0 = g_get_monotonic_time ();
  sr_calendar_view_set_context (view, sr_context);
  sr_calendar_view_flush (view);
  printf ("week   load %.1f ms (40 meetings of one worker)\n", (g_get_monotonic_time () - t0) / 1000.0);
  gui_test_settle (200);
  time_frames ("week", sr_calendar_view_get_week_view (view), reps);

  t0 = g_get_monotonic_time ();
  g_object_set (view, "mode", "month", "worker-filter", "all", NULL);
  sr_calendar_view_flush (view);
  printf ("month  load %.1f ms (all workers)\n", (g_get_monotonic_time () - t0) / 1000.0);
  gui_test_settle (200);
  time_frames ("month", sr_calendar_view_get_month_view (view), reps);

  gtk_window_destroy (window);
  g_clear_object (&sr_context);
  g_clear_object (&store);
  gui_test_remove_tree (dir);
  gui_test_remove_tree (home);
  return 0;
}
