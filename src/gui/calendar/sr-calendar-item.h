/* sr-calendar-item.h: one meeting or group session as the calendar lays it out
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain, reference-counted struct, not a GObject: a month of all workers
 * has thousands of items and the grids only need a few fields of each. The
 * title (a client's or a group's name) is filled in only for items a grid
 * actually shows.
 */

#pragma once

#include <gtk/gtk.h>

#include "sr-calendar-query.h"
#include "sr-store.h"

G_BEGIN_DECLS

typedef struct
{
  grefcount  ref_count;
  char      *id;
  gboolean   is_session;
  char      *worker_id;  /* meetings */
  char      *ref_id;     /* the client (meetings) or the group (sessions) */
  int        place_type; /* meetings */
  char      *location;   /* sessions */
  GDateTime *start;      /* local time */
  GDateTime *end;
  int        kind;       /* SrMeetingKind; sessions: -1 */
  int        status;     /* SrMeetingStatus or SrSessionStatus */
  char      *title;      /* NULL until sr_calendar_item_get_title() */
  gboolean   overlap;    /* the worker has another meeting at the same time */
  /* Week layout: side by side within a day. */
  guint      column;
  guint      n_columns;
} SrCalendarItem;

SrCalendarItem *sr_calendar_item_new          (const SrCalendarEntry *entry);
SrCalendarItem *sr_calendar_item_ref          (SrCalendarItem *item);
void            sr_calendar_item_unref        (SrCalendarItem *item);

/* The client's or the group's name; looked up once through @store. */
const char     *sr_calendar_item_get_title    (SrCalendarItem *item,
                                               SrStore        *store,
                                               GHashTable     *name_cache);
/* "Meeting", "Network meeting", …, "Group session" */
const char     *sr_calendar_item_kind_label   (SrCalendarItem *item);
const char     *sr_calendar_item_status_label (SrCalendarItem *item);
/* Style classes of the kind and status, for style.css. */
void            sr_calendar_item_add_classes  (SrCalendarItem *item,
                                               GtkWidget      *widget);
/* Days from @day (local) to the item's start day. */
int             sr_calendar_item_day_offset   (SrCalendarItem *item,
                                               const GDate    *day);

/* Names from the app's own translations, not the C library's: the same in
 * every locale the app is translated to. @weekday: 1 = Monday … 7. */
const char     *sr_calendar_weekday_name         (int      weekday,
                                                  gboolean abbreviated);
/* @month: 1–12 */
const char     *sr_calendar_month_name           (int      month);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SrCalendarItem, sr_calendar_item_unref)

G_END_DECLS
