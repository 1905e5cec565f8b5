/* sr-date-row.h: an entry row for a date, checked as it is typed
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SR_TYPE_DATE_ROW (sr_date_row_get_type ())

G_DECLARE_FINAL_TYPE (SrDateRow, sr_date_row, SR, DATE_ROW, AdwEntryRow)

GtkWidget  *sr_date_row_new          (void);
/* "YYYY-MM-DD", or NULL when the row is empty or what is typed is not a date. */
const char *sr_date_row_get_date     (SrDateRow  *self);
void        sr_date_row_set_date     (SrDateRow  *self,
                                      const char *iso_day);
gboolean    sr_date_row_get_valid    (SrDateRow  *self);
gboolean    sr_date_row_get_required (SrDateRow  *self);
void        sr_date_row_set_required (SrDateRow  *self,
                                      gboolean    required);

G_END_DECLS
