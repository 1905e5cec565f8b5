/* sr-csv.c: CSV text for spreadsheets, guarded against formula injection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sr-csv.h"

struct _SrCsvWriter
{
  GString  *text;
  gboolean  row_started;
};

gboolean
sr_csv_needs_guard (const char *text)
{
  const char *p;

  if (text == NULL)
    return FALSE;

  /* Skip white space and control characters (also non-ASCII spaces): a
   * spreadsheet skips them too before it looks for a formula. */
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (g_unichar_isspace (c) || g_unichar_iscntrl (c)
          || g_unichar_type (c) == G_UNICODE_FORMAT
          || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        continue;

      return c == '=' || c == '+' || c == '-' || c == '@' || c == '|' || c == '%'
             /* full-width forms that some spreadsheets fold to ASCII */
             || c == 0xFF1D || c == 0xFF0B || c == 0xFF0D || c == 0xFF20;
    }

  return FALSE;
}

char *
sr_csv_guard (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  if (sr_csv_needs_guard (text))
    return g_strconcat ("'", text, NULL);

  return g_strdup (text);
}

SrCsvWriter *
sr_csv_writer_new (void)
{
  SrCsvWriter *self = g_new0 (SrCsvWriter, 1);

  self->text = g_string_new (NULL);

  return self;
}

void
sr_csv_writer_free (SrCsvWriter *self)
{
  if (self == NULL)
    return;

  g_string_free (self->text, TRUE);
  g_free (self);
}

static void
separate (SrCsvWriter *self)
{
  if (self->row_started)
    g_string_append_c (self->text, ',');
  self->row_started = TRUE;
}

void
sr_csv_writer_add_text (SrCsvWriter *self,
                        const char  *text)
{
  g_autofree char *guarded = NULL;
  g_autofree char *valid = NULL;

  g_return_if_fail (self != NULL);

  separate (self);
  if (text == NULL || *text == '\0')
    return;

  valid = g_utf8_make_valid (text, -1);
  guarded = sr_csv_guard (valid);

  if (strpbrk (guarded, ",\"\r\n") != NULL || g_ascii_isspace (guarded[0]))
    {
      g_string_append_c (self->text, '"');
      for (const char *p = guarded; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (self->text, '"');
          g_string_append_c (self->text, *p);
        }
      g_string_append_c (self->text, '"');
    }
  else
    {
      g_string_append (self->text, guarded);
    }
}

void
sr_csv_writer_add_int (SrCsvWriter *self,
                       gint64       value)
{
  g_return_if_fail (self != NULL);

  separate (self);
  g_string_append_printf (self->text, "%" G_GINT64_FORMAT, value);
}

void
sr_csv_writer_add_number (SrCsvWriter *self,
                          double       value,
                          int          decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *format = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (decimals >= 0 && decimals <= 10);

  separate (self);
  if (!isfinite (value))
    return;
  format = g_strdup_printf ("%%.%df", decimals);
  g_string_append (self->text, g_ascii_formatd (buf, sizeof buf, format, value));
}

void
sr_csv_writer_end_row (SrCsvWriter *self)
{
  g_return_if_fail (self != NULL);

  g_string_append (self->text, "\r\n");
  self->row_started = FALSE;
}

const char *
sr_csv_writer_get_text (SrCsvWriter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text->str;
}

gsize
sr_csv_writer_get_length (SrCsvWriter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->text->len;
}
