/* test-hetu.c: Finnish personal identity code validation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sr-hetu.h"

/* Validates @code, expects @code_expected, and checks that the message does
 * not give the identity code away. Returns the message for further checks. */
static char *
assert_invalid (const char  *code,
                SrHetuError  code_expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *norm = sr_hetu_normalize (code);
  SrHetuInfo info = { .individual_number = 12345 };

  g_assert_false (sr_hetu_validate (code, &info, &error));
  g_assert_error (error, SR_HETU_ERROR, (int) code_expected);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
  /* info is left alone on failure */
  g_assert_cmpuint (info.individual_number, ==, 12345);

  if (norm != NULL && strlen (norm) >= 6)
    {
      g_assert_null (strstr (error->message, norm));
      if (code != NULL)
        g_assert_null (strstr (error->message, code));
    }

  return g_strdup (error->message);
}

static void
assert_date (const GDate *date,
             guint        day,
             guint        month,
             guint        year)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpuint (g_date_get_day (date), ==, day);
  g_assert_cmpuint (g_date_get_month (date), ==, month);
  g_assert_cmpuint (g_date_get_year (date), ==, year);
}

static void
test_hetu_valid_examples (void)
{
  g_autoptr(GError) error = NULL;
  SrHetuInfo info;

  g_assert_true (sr_hetu_validate ("131052-308T", &info, &error));
  g_assert_no_error (error);
  assert_date (&info.birth_date, 13, 10, 1952);
  g_assert_cmpuint (info.individual_number, ==, 308);
  g_assert_cmpint (info.sex, ==, SR_SEX_FEMALE);
  g_assert_false (info.temporary);
  g_assert_cmpint (info.check, ==, 'T');

  g_assert_true (sr_hetu_validate ("010594Y9032", &info, &error));
  g_assert_no_error (error);
  assert_date (&info.birth_date, 1, 5, 1994);
  g_assert_cmpuint (info.individual_number, ==, 903);
  g_assert_cmpint (info.sex, ==, SR_SEX_MALE);
  g_assert_true (info.temporary);
  g_assert_cmpint (info.check, ==, '2');

  /* info is optional */
  g_assert_true (sr_hetu_validate ("131052-308T", NULL, NULL));
}

static void
test_hetu_century_signs (void)
{
  const struct {
    char sign;
    guint year;
  } signs[] = {
    { '+', 1852 },
    { '-', 1952 }, { 'Y', 1952 }, { 'X', 1952 }, { 'W', 1952 }, { 'V', 1952 }, { 'U', 1952 },
    { 'A', 2052 }, { 'B', 2052 }, { 'C', 2052 }, { 'D', 2052 }, { 'E', 2052 }, { 'F', 2052 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (signs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *code = sr_hetu_compute_check ("131052", signs[i].sign, 308);
      SrHetuInfo info;

      g_assert_nonnull (code);
      g_assert_cmpint (code[6], ==, signs[i].sign);
      /* The check character does not depend on the century sign. */
      g_assert_cmpint (code[10], ==, 'T');
      g_assert_true (sr_hetu_validate (code, &info, &error));
      g_assert_no_error (error);
      assert_date (&info.birth_date, 13, 10, signs[i].year);
    }
}

static void
test_hetu_other_centuries (void)
{
  g_autoptr(GError) error = NULL;
  SrHetuInfo info;

  /* 1800s */
  g_assert_true (sr_hetu_validate ("311299+902A", &info, &error));
  g_assert_no_error (error);
  assert_date (&info.birth_date, 31, 12, 1899);
  g_assert_cmpint (info.sex, ==, SR_SEX_FEMALE);
  g_assert_true (info.temporary);

  /* 2000s, A and B */
  g_assert_true (sr_hetu_validate ("010101A900R", &info, &error));
  g_assert_no_error (error);
  assert_date (&info.birth_date, 1, 1, 2001);
  g_assert_cmpuint (info.individual_number, ==, 900);
  g_assert_true (info.temporary);

  g_assert_true (sr_hetu_validate ("150305B9556", &info, &error));
  g_assert_no_error (error);
  assert_date (&info.birth_date, 15, 3, 2005);
  g_assert_cmpint (info.sex, ==, SR_SEX_MALE);

  /* Same digits, other century: a different person, both valid. */
  g_assert_true (sr_hetu_validate ("131052A308T", &info, &error));
  g_assert_no_error (error);
  assert_date (&info.birth_date, 13, 10, 2052);
}

static void
test_hetu_individual_number_range (void)
{
  SrHetuInfo info;
  g_autofree char *lowest = sr_hetu_compute_check ("131052", '-', 2);
  g_autofree char *normal_high = sr_hetu_compute_check ("131052", '-', 899);
  g_autofree char *highest = sr_hetu_compute_check ("131052", '-', 999);

  g_assert_true (sr_hetu_validate (lowest, &info, NULL));
  g_assert_cmpuint (info.individual_number, ==, 2);
  g_assert_cmpint (info.sex, ==, SR_SEX_FEMALE);
  g_assert_false (info.temporary);

  g_assert_true (sr_hetu_validate (normal_high, &info, NULL));
  g_assert_cmpint (info.sex, ==, SR_SEX_MALE);
  g_assert_false (info.temporary);

  g_assert_true (sr_hetu_validate (highest, &info, NULL));
  g_assert_cmpint (info.sex, ==, SR_SEX_MALE);
  g_assert_true (info.temporary);
}

static void
test_hetu_normalize (void)
{
  g_autofree char *a = sr_hetu_normalize ("  131052-308t\n");
  g_autofree char *b = sr_hetu_normalize ("\u00a0010594y9032\u200b");
  g_autofree char *c = sr_hetu_normalize ("");
  g_autofree char *d = sr_hetu_normalize ("131052a308t");
  SrHetuInfo info;

  g_assert_null (sr_hetu_normalize (NULL));
  g_assert_cmpstr (a, ==, "131052-308T");
  g_assert_cmpstr (b, ==, "010594Y9032");
  g_assert_cmpstr (c, ==, "");
  g_assert_cmpstr (d, ==, "131052A308T");

  /* Lower-case input and stray white space are accepted by validation. */
  g_assert_true (sr_hetu_validate (" 010594y9032 ", &info, NULL));
  g_assert_cmpint (info.check, ==, '2');
  g_assert_true (sr_hetu_validate ("131052a308t", &info, NULL));
  assert_date (&info.birth_date, 13, 10, 2052);
  g_assert_cmpint (info.check, ==, 'T');
}

static void
test_hetu_error_empty (void)
{
  g_free (assert_invalid (NULL, SR_HETU_ERROR_EMPTY));
  g_free (assert_invalid ("", SR_HETU_ERROR_EMPTY));
  g_free (assert_invalid (" \t\n", SR_HETU_ERROR_EMPTY));
}

static void
test_hetu_error_format (void)
{
  g_autofree char *too_short = assert_invalid ("010594Y903", SR_HETU_ERROR_FORMAT);
  g_autofree char *too_long = assert_invalid ("010594Y90322", SR_HETU_ERROR_FORMAT);

  g_assert_cmpstr (too_short, ==, "The identity code must be 11 characters, like 131052-308T.");
  g_assert_cmpstr (too_long, ==, too_short);

  g_free (assert_invalid ("1310521-308T", SR_HETU_ERROR_FORMAT));
  g_free (assert_invalid ("13105X-308T", SR_HETU_ERROR_FORMAT));
  g_free (assert_invalid ("131052-3O8T", SR_HETU_ERROR_FORMAT));   /* letter O */
  g_free (assert_invalid ("131052-30 T", SR_HETU_ERROR_FORMAT));
  g_free (assert_invalid ("131052\u2013308T", SR_HETU_ERROR_FORMAT)); /* en dash */
  g_free (assert_invalid ("131052-308\xff", SR_HETU_ERROR_FORMAT));  /* not UTF-8 */
}

static void
test_hetu_error_century (void)
{
  g_autofree char *message = assert_invalid ("131052G308T", SR_HETU_ERROR_CENTURY);

  g_assert_cmpstr (message, ==, "“G” is not a century sign. Use - or A, for example.");
  g_free (assert_invalid ("131052Z308T", SR_HETU_ERROR_CENTURY));
  g_free (assert_invalid ("1310520308T", SR_HETU_ERROR_CENTURY));
  g_free (assert_invalid ("131052 308T", SR_HETU_ERROR_CENTURY));
  g_free (assert_invalid ("131052*308T", SR_HETU_ERROR_CENTURY));
}

static void
test_hetu_error_date (void)
{
  g_autofree char *feb31 = NULL;
  g_autofree char *code = NULL;
  g_autofree char *message = NULL;

  code = sr_hetu_compute_check ("310285", '-', 2);
  g_assert_null (code);

  /* A date that does not exist, whatever the check character. */
  feb31 = assert_invalid ("310285-308T", SR_HETU_ERROR_DATE);
  g_assert_cmpstr (feb31, ==, "There is no date 31.2.1985 in this identity code.");

  g_free (assert_invalid ("000185-308T", SR_HETU_ERROR_DATE));  /* day 0 */
  g_free (assert_invalid ("010085-308T", SR_HETU_ERROR_DATE));  /* month 0 */
  g_free (assert_invalid ("011385-308T", SR_HETU_ERROR_DATE));  /* month 13 */
  g_free (assert_invalid ("310485-308T", SR_HETU_ERROR_DATE));  /* 30-day month */
  g_free (assert_invalid ("320185-308T", SR_HETU_ERROR_DATE));

  /* 29.2.: 1900 is not a leap year, 2000 is; 1996 and 2004 are, 1899 is not. */
  message = assert_invalid ("290200-9244", SR_HETU_ERROR_DATE);
  g_assert_cmpstr (message, ==, "There is no date 29.2.1900 in this identity code.");
  g_assert_true (sr_hetu_validate ("290200A9244", NULL, NULL));
  g_assert_true (sr_hetu_validate ("290296-946L", NULL, NULL));
  g_assert_true (sr_hetu_validate ("290204C901D", NULL, NULL));
  g_free (assert_invalid ("290299+946L", SR_HETU_ERROR_DATE));
  g_free (assert_invalid ("290201A946L", SR_HETU_ERROR_DATE));
}

static void
test_hetu_error_individual_number (void)
{
  g_autofree char *message = NULL;
  g_autofree char *code = NULL;

  /* Right check characters, numbers not in use. */
  code = g_strdup ("131052-000?");
  code[10] = "0123456789ABCDEFHJKLMNPRSTUVWXY"[131052000 % 31];
  message = assert_invalid (code, SR_HETU_ERROR_INDIVIDUAL_NUMBER);
  g_assert_nonnull (strstr (message, "000"));

  code[9] = '1';
  code[10] = "0123456789ABCDEFHJKLMNPRSTUVWXY"[131052001 % 31];
  g_free (assert_invalid (code, SR_HETU_ERROR_INDIVIDUAL_NUMBER));

  g_assert_null (sr_hetu_compute_check ("131052", '-', 0));
  g_assert_null (sr_hetu_compute_check ("131052", '-', 1));
  g_assert_null (sr_hetu_compute_check ("131052", '-', 1000));
}

static void
test_hetu_error_check (void)
{
  g_autofree char *wrong = NULL;
  g_autofree char *not_check = NULL;
  guint n_valid = 0;

  wrong = assert_invalid ("131052-308U", SR_HETU_ERROR_CHECK);
  g_assert_cmpstr (wrong, ==,
                   "The check character should be “T”, not “U”. "
                   "Check the code for a typing mistake.");

  /* G, I, O, Q and Z are never check characters. */
  not_check = assert_invalid ("131052-308G", SR_HETU_ERROR_CHECK);
  g_assert_nonnull (strstr (not_check, "“G”"));
  g_free (assert_invalid ("131052-308I", SR_HETU_ERROR_CHECK));
  g_free (assert_invalid ("131052-308O", SR_HETU_ERROR_CHECK));
  g_free (assert_invalid ("131052-308Q", SR_HETU_ERROR_CHECK));
  g_free (assert_invalid ("131052-308Z", SR_HETU_ERROR_CHECK));
  g_free (assert_invalid ("131052-308.", SR_HETU_ERROR_CHECK));
  g_free (assert_invalid ("010594Y903 \u00a0", SR_HETU_ERROR_FORMAT));

  /* A typing mistake in a digit is caught. */
  g_free (assert_invalid ("131053-308T", SR_HETU_ERROR_CHECK));
  g_free (assert_invalid ("131052-309T", SR_HETU_ERROR_CHECK));

  /* Exactly one check character is right for a body. */
  for (char c = '0'; c <= 'Z'; c++)
    {
      char code[] = "010594Y903?";

      code[10] = c;
      if (sr_hetu_validate (code, NULL, NULL))
        {
          g_assert_cmpint (c, ==, '2');
          n_valid++;
        }
    }
  g_assert_cmpuint (n_valid, ==, 1);
}

static void
test_hetu_compute_check (void)
{
  g_autofree char *a = sr_hetu_compute_check ("131052", '-', 308);
  g_autofree char *b = sr_hetu_compute_check ("010594", 'Y', 903);
  g_autofree char *c = sr_hetu_compute_check ("010594", 'y', 903);

  g_assert_cmpstr (a, ==, "131052-308T");
  g_assert_cmpstr (b, ==, "010594Y9032");
  g_assert_cmpstr (c, ==, "010594Y9032");

  g_assert_null (sr_hetu_compute_check ("290200", '-', 924));   /* 29.2.1900 */
  g_assert_null (sr_hetu_compute_check ("310485", '-', 924));
  g_assert_null (sr_hetu_compute_check ("13105", '-', 924));
  g_assert_null (sr_hetu_compute_check ("1310520", '-', 924));
  g_assert_null (sr_hetu_compute_check ("13105x", '-', 924));
  g_assert_null (sr_hetu_compute_check ("131052", 'G', 924));
  g_assert_null (sr_hetu_compute_check ("131052", '\0', 924));

  /* Every generated code validates back to the same date and number. */
  for (guint n = 900; n <= 999; n += 7)
    {
      g_autofree char *code = sr_hetu_compute_check ("291204", 'D', n);
      SrHetuInfo info;

      g_assert_nonnull (code);
      g_assert_true (sr_hetu_validate (code, &info, NULL));
      assert_date (&info.birth_date, 29, 12, 2004);
      g_assert_cmpuint (info.individual_number, ==, n);
      g_assert_true (info.temporary);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hetu/valid-examples", test_hetu_valid_examples);
  g_test_add_func ("/hetu/century-signs", test_hetu_century_signs);
  g_test_add_func ("/hetu/other-centuries", test_hetu_other_centuries);
  g_test_add_func ("/hetu/individual-number-range", test_hetu_individual_number_range);
  g_test_add_func ("/hetu/normalize", test_hetu_normalize);
  g_test_add_func ("/hetu/error/empty", test_hetu_error_empty);
  g_test_add_func ("/hetu/error/format", test_hetu_error_format);
  g_test_add_func ("/hetu/error/century", test_hetu_error_century);
  g_test_add_func ("/hetu/error/date", test_hetu_error_date);
  g_test_add_func ("/hetu/error/individual-number", test_hetu_error_individual_number);
  g_test_add_func ("/hetu/error/check", test_hetu_error_check);
  g_test_add_func ("/hetu/compute-check", test_hetu_compute_check);

  return g_test_run ();
}
