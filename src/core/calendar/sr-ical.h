/* sr-ical.h: a worker's meetings as iCalendar (RFC 5545) for another calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private by default: an event says only "Meeting" (or the kind of meeting),
 * the time, the status and the type of place; never the client's name, the
 * place text or the notes. With @initials the summary adds the client's
 * initials ("Meeting, A. K."). The UID is the meeting's id, so exporting
 * again updates the same events in the other calendar.
 *
 * Written with libical (RFC 5545): values escaped, lines folded at 75
 * octets (never inside a UTF-8 character), CRLF line ends, times in UTC
 * with Z (so no VTIMEZONE is needed).
 */

#pragma once

#include "sr-store.h"

G_BEGIN_DECLS

/* RFC 5545 TEXT escaping (libical's): backslash, semicolon, comma and
 * newlines; CR LF becomes \n and other control characters are dropped. */
char     *sr_ical_escape_text      (const char  *text);
/* One content line ("NAME[;PARAM=…]:value") as libical folds it: at 75
 * octets, with CRLF after every piece. NULL if @line is no content line. */
char     *sr_ical_fold_line        (const char  *line);
/* "A. K." from first and last name (either may be NULL or empty). */
char     *sr_ical_initials         (const char  *first_name,
                                    const char  *last_name);

/* The VCALENDAR for @meetings (SrMeeting) with @summaries (one string per
 * meeting), DTSTAMP @stamp. */
char     *sr_ical_format_meetings  (GPtrArray   *meetings,
                                    GPtrArray   *summaries,
                                    GDateTime   *stamp);

/* @worker_id's meetings with start in [@from, @to) as a VCALENDAR, and one
 * disclosure-log row per client whose meetings it holds (detail "ics …").
 * Sets @n_meetings. Nothing is logged when it fails; the caller writes the
 * text to a file. */
char     *sr_ical_export_meetings  (SrStore     *store,
                                    const char  *worker_id,
                                    GDateTime   *from,
                                    GDateTime   *to,
                                    gboolean     initials,
                                    guint       *n_meetings,
                                    GError     **error);

/* The summary of an event of @kind without personal data: "Meeting",
 * "Network meeting", … (translated). */
const char *sr_ical_kind_summary   (SrMeetingKind kind);

G_END_DECLS
