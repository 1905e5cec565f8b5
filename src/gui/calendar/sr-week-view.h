/* sr-week-view.h: a week as a time grid, Monday first, 24-hour
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sr-calendar-item.h"

G_BEGIN_DECLS

#define SR_TYPE_WEEK_VIEW (sr_week_view_get_type ())

G_DECLARE_FINAL_TYPE (SrWeekView, sr_week_view, SR, WEEK_VIEW, GtkWidget)

/* Pixels per hour; the grid is 24 hours tall and scrolls. */
#define SR_WEEK_VIEW_HOUR_HEIGHT 48

/* Signals: "item-activated" (const char *id, gboolean is_session),
 * "slot-activated" (GDateTime *start: a free half hour was clicked),
 * "item-moved" (const char *id, GDateTime *new_start: dragged). */

GtkWidget *sr_week_view_new       (void);
/* Shows @items (SrCalendarItem, starting within the 7 days from @monday);
 * titles are looked up through @store and @name_cache. */
void       sr_week_view_set_items (SrWeekView  *self,
                                   const GDate *monday,
                                   GPtrArray   *items,
                                   SrStore     *store,
                                   GHashTable  *name_cache);
/* The button that shows the item @id, or NULL (for tests). */
GtkWidget *sr_week_view_get_item_widget (SrWeekView *self,
                                         const char *id);
/* The item's top-left in the view's coordinates for a start at @when (tests, scrolling). */
double     sr_week_view_y_for_time     (GDateTime  *when);

G_END_DECLS
