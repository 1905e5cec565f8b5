/* sr-attendance-sheet.h: a group's attendance sheet with its tools
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sr-group.h"
#include "sr-store.h"
#include "sr-attendance-grid.h"

G_BEGIN_DECLS

#define SR_TYPE_ATTENDANCE_SHEET (sr_attendance_sheet_get_type ())

G_DECLARE_FINAL_TYPE (SrAttendanceSheet, sr_attendance_sheet, SR, ATTENDANCE_SHEET, GtkWidget)

/* Shows the group's sheet (NULL: none) at today's session, or @session_id. */
void              sr_attendance_sheet_set_group     (SrAttendanceSheet  *self,
                                                     SrStore            *store,
                                                     const char         *group_id,
                                                     const char         *session_id);
SrAttendanceGrid *sr_attendance_sheet_get_grid      (SrAttendanceSheet  *self);
/* The session at the cursor, or NULL. */
SrSession        *sr_attendance_sheet_get_session   (SrAttendanceSheet  *self);
void              sr_attendance_sheet_show_session  (SrAttendanceSheet  *self,
                                                     const char         *session_id);
/* Writes the CSV export to @file and logs it as a disclosure per member. */
gboolean          sr_attendance_sheet_export_to_file (SrAttendanceSheet *self,
                                                     GFile              *file,
                                                     GError            **error);

/* The session's sign-in sheet as a PDF, logged as a printed disclosure per member. */
gboolean          sr_attendance_sheet_print_to_pdf  (SrAttendanceSheet  *self,
                                                     const char         *path,
                                                     GError            **error);

G_END_DECLS
