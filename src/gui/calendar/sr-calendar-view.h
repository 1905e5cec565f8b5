/* sr-calendar-view.h: the Calendar view: meetings and group sessions week by week
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-client.h"
#include "sr-context.h"
#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_CALENDAR_VIEW (sr_calendar_view_get_type ())

G_DECLARE_FINAL_TYPE (SrCalendarView, sr_calendar_view, SR, CALENDAR_VIEW, AdwBin)

/* Properties: "context" (SrContext, may be NULL), "mode" ("week", "month",
 * "agenda"), "worker-filter" ("mine", "all" or a worker id), "kind-filter"
 * ("all", "meetings", "sessions", or a meeting kind's nick), "date"
 * ("YYYY-MM-DD": the day in focus).
 *
 * Actions: view.show('MEETING-ID'), calendar.today, calendar.previous,
 * calendar.next, calendar.new-meeting, calendar.export, calendar.mode,
 * calendar.worker, calendar.kind. */

SrContext       *sr_calendar_view_get_context (SrCalendarView *self);
void             sr_calendar_view_set_context (SrCalendarView *self,
                                               SrContext      *context);
const char      *sr_calendar_view_get_date    (SrCalendarView *self);
void             sr_calendar_view_set_date    (SrCalendarView *self,
                                               const char     *iso_day);
const char      *sr_calendar_view_get_mode    (SrCalendarView *self);
void             sr_calendar_view_set_mode    (SrCalendarView *self,
                                               const char     *mode);

/* Opens the new-meeting dialog at @start (NULL: the day in focus) for
 * @client (NULL: chosen in the dialog) and returns it (owned by GTK). */
GtkWidget       *sr_calendar_view_new_meeting (SrCalendarView *self,
                                               GDateTime      *start,
                                               SrClient       *client);
/* Writes the iCalendar file of the filtered worker's meetings around today
 * (what calendar.export does after the file is chosen). */
gboolean         sr_calendar_view_export      (SrCalendarView *self,
                                               GFile          *file,
                                               gboolean        initials,
                                               guint          *n_meetings,
                                               GError        **error);

/* For tests and measurements. */
GtkWidget       *sr_calendar_view_get_week_view     (SrCalendarView *self);
GtkWidget       *sr_calendar_view_get_month_view    (SrCalendarView *self);
GtkWidget       *sr_calendar_view_get_agenda_list   (SrCalendarView *self);
GtkWidget       *sr_calendar_view_get_cadence_panel (SrCalendarView *self);
/* Rebuilds the items now instead of at idle. */
void             sr_calendar_view_flush             (SrCalendarView *self);

G_END_DECLS
