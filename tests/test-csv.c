/* test-csv.c: CSV quoting and the formula-injection guard (domain.md §5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sr-csv.h"

static void
test_csv_guard (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")" },
    { "+358401234567", "'+358401234567" },
    { "-2+3", "'-2+3" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "|cmd", "'|cmd" },
    { "%APPDATA%", "'%APPDATA%" },
    { "  =1+1", "'  =1+1" },
    { "\t=1+1", "'\t=1+1" },
    { "\r\n@x", "'\r\n@x" },
    { "\xc2\xa0=1", "'\xc2\xa0=1" },       /* no-break space */
    { "\xef\xbc\x9d" "1", "'\xef\xbc\x9d" "1" }, /* full-width = */
    { "Virtanen, Matti", "Virtanen, Matti" },
    { "Ähtäri", "Ähtäri" },
    { "a=b", "a=b" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *guarded = sr_csv_guard (cases[i].in);

      g_assert_cmpstr (guarded, ==, cases[i].out);
    }
  g_assert_false (sr_csv_needs_guard (NULL));
}

static void
test_csv_writer (void)
{
  g_autoptr(SrCsvWriter) csv = sr_csv_writer_new ();

  sr_csv_writer_add_text (csv, "Name");
  sr_csv_writer_add_text (csv, "Rate");
  sr_csv_writer_add_text (csv, NULL);
  sr_csv_writer_end_row (csv);
  sr_csv_writer_add_text (csv, "=HYPERLINK(\"http://x\",\"y\")");
  sr_csv_writer_add_number (csv, 0.5, 2);
  sr_csv_writer_add_int (csv, -3);
  sr_csv_writer_end_row (csv);
  sr_csv_writer_add_text (csv, " -1");
  sr_csv_writer_add_text (csv, "line\nbreak");
  sr_csv_writer_add_number (csv, -12.25, 1);
  sr_csv_writer_end_row (csv);
  sr_csv_writer_add_text (csv, "Öhman, Åsa");
  sr_csv_writer_add_text (csv, "@home");
  sr_csv_writer_end_row (csv);

  /* Numbers stay numbers: -3 is not guarded, and neither is -12.2 (rounded). */
  g_assert_cmpstr (sr_csv_writer_get_text (csv), ==,
                   "Name,Rate,\r\n"
                   "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",0.50,-3\r\n"
                   "' -1,\"line\nbreak\",-12.2\r\n"
                   "\"Öhman, Åsa\",'@home\r\n");
  g_assert_cmpuint (sr_csv_writer_get_length (csv), ==, strlen (sr_csv_writer_get_text (csv)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/guard", test_csv_guard);
  g_test_add_func ("/csv/writer", test_csv_writer);

  return g_test_run ();
}
