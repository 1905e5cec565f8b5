/* sr-attendance-grid.h: the members × sessions grid of an attendance sheet
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One widget drawn with GtkSnapshot that draws only the cells in view, with
 * the member names and the session headers kept in place while it scrolls
 * (GtkScrollable): a sheet of 30 members and 60 sessions is 1,800 cells,
 * too many widgets for a frame. Keys: arrows move, P present, O partly
 * present, A absent (notified), N no-show, Delete or 0 not recorded; Enter
 * or Space opens the choices. A click on an unrecorded cell marks it
 * present; a click on a recorded one opens the choices.
 */

#pragma once

#include <gtk/gtk.h>

#include "sr-attendance-table.h"

G_BEGIN_DECLS

#define SR_TYPE_ATTENDANCE_GRID (sr_attendance_grid_get_type ())

G_DECLARE_FINAL_TYPE (SrAttendanceGrid, sr_attendance_grid, SR, ATTENDANCE_GRID, GtkWidget)

GtkWidget         *sr_attendance_grid_new         (void);
SrAttendanceTable *sr_attendance_grid_get_table   (SrAttendanceGrid  *self);
const char        *sr_attendance_grid_key_letter  (SrAttendanceStatus status);
void               sr_attendance_grid_set_table   (SrAttendanceGrid  *self,
                                                   SrAttendanceTable *table);
/* Moves the cursor (clamped) and scrolls it into view. */
void               sr_attendance_grid_set_cursor  (SrAttendanceGrid  *self,
                                                   guint              member,
                                                   guint              session);
gboolean           sr_attendance_grid_get_cursor  (SrAttendanceGrid  *self,
                                                   guint             *member,
                                                   guint             *session);
/* Records @status at the cursor as a key press would. */
gboolean           sr_attendance_grid_record      (SrAttendanceGrid  *self,
                                                   SrAttendanceStatus status);

G_END_DECLS
