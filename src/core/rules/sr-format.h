/* sr-format.h: dates, times and durations as caseworkers read and type them
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One place for how SocRehab writes dates and times, so every view agrees. The formats are
 * translatable: Finnish and Swedish use d.m.yyyy and 24-hour time. Parsing accepts what a
 * caseworker types in any language: 5.3.2026, 5.3.26, 5.3. (this year), 2026-03-05.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *sr_format_date         (const GDate *date);
/* @iso_day: "YYYY-MM-DD" as stored; NULL or invalid gives NULL. */
char     *sr_format_day          (const char  *iso_day);
/* In the local time zone. */
char     *sr_format_time         (GDateTime   *datetime);
char     *sr_format_date_time    (GDateTime   *datetime);
/* "45 min", "1 h 30 min" */
char     *sr_format_duration     (int          minutes);

/* Parses a date as typed. @today fills a missing year (NULL: the local today). */
gboolean  sr_parse_date          (const char  *text,
                                  const GDate *today,
                                  GDate       *date);
/* Parses "9", "9.30", "9:30", "09:30" into hours and minutes. */
gboolean  sr_parse_time          (const char  *text,
                                  int         *hour,
                                  int         *minute);

/* The day @days after @now's day, in @now's time zone (@now NULL: the local now), as days
 * are stored: "YYYY-MM-DD". sr_local_day_iso (NULL, 0) is today. */
char     *sr_local_day_iso       (GDateTime   *now,
                                  int          days);
/* The start (00:00) of that local day, for "within N calendar days" conditions
 * (write it as stored with sr_store_format_time()). */
GDateTime *sr_local_day_start    (GDateTime   *now,
                                  int          days);

/* "YYYY-MM-DD" of @date (valid) */
char     *sr_date_to_iso         (const GDate *date);
/* Fills @date from "YYYY-MM-DD"; FALSE if it is not a real date. */
gboolean  sr_date_from_iso       (const char  *iso_day,
                                  GDate       *date);

G_END_DECLS
