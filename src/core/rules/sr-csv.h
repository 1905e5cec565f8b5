/* sr-csv.h: CSV text for spreadsheets, guarded against formula injection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RFC 4180: fields separated by commas, records ended by CRLF, a field with
 * a comma, a quote, CR or LF is quoted and its quotes doubled. UTF-8 text.
 *
 * Text that a spreadsheet would run as a formula (domain.md §5): a cell that
 * starts, after white space or control characters, with = + - @ | or % gets
 * a leading ' so that it is shown as text. Numbers are written with
 * sr_csv_writer_add_number() and stay numbers.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SrCsvWriter SrCsvWriter;

/* TRUE if @text would start a formula in a spreadsheet. */
gboolean     sr_csv_needs_guard          (const char  *text);
/* @text guarded (a leading ' when needed), not yet quoted. */
char        *sr_csv_guard                (const char  *text);

SrCsvWriter *sr_csv_writer_new           (void);
void         sr_csv_writer_free          (SrCsvWriter *self);
/* A text cell: guarded and quoted as needed; NULL is an empty cell. */
void         sr_csv_writer_add_text      (SrCsvWriter *self,
                                          const char  *text);
/* A number cell, written as is with a '.' decimal point. */
void         sr_csv_writer_add_int       (SrCsvWriter *self,
                                          gint64       value);
void         sr_csv_writer_add_number    (SrCsvWriter *self,
                                          double       value,
                                          int          decimals);
void         sr_csv_writer_end_row       (SrCsvWriter *self);
/* The text so far (UTF-8, CRLF line ends). */
const char  *sr_csv_writer_get_text      (SrCsvWriter *self);
gsize        sr_csv_writer_get_length    (SrCsvWriter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SrCsvWriter, sr_csv_writer_free)

G_END_DECLS
