/* sr-month-view.h: six weeks of days, each with its items in short
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sr-calendar-item.h"

G_BEGIN_DECLS

#define SR_TYPE_MONTH_VIEW (sr_month_view_get_type ())

G_DECLARE_FINAL_TYPE (SrMonthView, sr_month_view, SR, MONTH_VIEW, GtkWidget)

/* Items shown per day before "+N more". */
#define SR_MONTH_VIEW_ITEMS_PER_DAY 3

/* Signals: "item-activated" (const char *id, gboolean is_session),
 * "day-activated" (const char *iso_day: a day's "+N more" or its number). */

GtkWidget *sr_month_view_new       (void);
/* @first_monday: the Monday of the first of the six weeks; @month (1–12):
 * the month shown, other days are dimmed. @items: SrCalendarItem by start. */
void       sr_month_view_set_items (SrMonthView *self,
                                    const GDate *first_monday,
                                    int          month,
                                    GPtrArray   *items,
                                    SrStore     *store,
                                    GHashTable  *name_cache);
/* For tests: the "+N more" button of the day @iso_day, or NULL. */
GtkWidget *sr_month_view_get_more_button (SrMonthView *self,
                                          const char  *iso_day);

G_END_DECLS
