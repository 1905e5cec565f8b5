/* sr-hetu.c: Finnish personal identity code (henkilötunnus)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DDMMYYCNNNQ: birth date, century sign, individual number, check character.
 * Messages never quote the whole code, only the part that is wrong, because
 * they may end up in a log.
 */

#define G_LOG_DOMAIN "sr-hetu"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sr-hetu.h"

#define HETU_LENGTH 11

static const char check_chars[] = "0123456789ABCDEFHJKLMNPRSTUVWXY";

G_DEFINE_QUARK (sr-hetu-error-quark, sr_hetu_error)

/* Returns the first year of the century for @sign, or 0 if it is not a sign. */
static guint
century_base (char sign)
{
  switch (sign)
    {
    case '+':
      return 1800;
    case '-':
    case 'Y':
    case 'X':
    case 'W':
    case 'V':
    case 'U':
      return 1900;
    case 'A':
    case 'B':
    case 'C':
    case 'D':
    case 'E':
    case 'F':
      return 2000;
    default:
      return 0;
    }
}

static gboolean
all_digits (const char *s,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

static guint
parse_digits (const char *s,
              gsize       len)
{
  guint value = 0;

  for (gsize i = 0; i < len; i++)
    value = value * 10 + (guint) (s[i] - '0');
  return value;
}

/* @ddmmyy: six digits. The nine digits DDMMYYNNN as one number, mod 31. */
static char
expected_check_char (const char *ddmmyy,
                     guint       individual_number)
{
  guint32 value = (guint32) parse_digits (ddmmyy, 6) * 1000 + individual_number;

  return check_chars[value % 31];
}

static gboolean
is_unicode_space (gunichar c)
{
  /* Copy-pasted codes often carry no-break or zero-width spaces. */
  return g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF;
}

/**
 * sr_hetu_normalize:
 * @code: (nullable): an identity code as typed
 *
 * Trims white space at both ends and upper-cases ASCII letters, so that
 * "131052-308t " becomes "131052-308T". Always store and compare the
 * normalised whole code: it is not unique without its century sign.
 *
 * Returns: (transfer full) (nullable): the normalised code, or %NULL for %NULL
 */
char *
sr_hetu_normalize (const char *code)
{
  const char *start;
  const char *end;

  if (code == NULL)
    return NULL;

  if (!g_utf8_validate (code, -1, NULL))
    {
      g_autofree char *copy = g_strdup (code);

      return g_ascii_strup (g_strstrip (copy), -1);
    }

  start = code;
  while (*start != '\0' && is_unicode_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!is_unicode_space (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_ascii_strup (start, end - start);
}

/**
 * sr_hetu_validate:
 * @code: (nullable): an identity code; it is normalised first (see
 *   sr_hetu_normalize()), so lower-case letters and surrounding white space
 *   are accepted
 * @info: (out caller-allocates) (optional): filled in only when the code is valid
 * @error: return location for a #SR_HETU_ERROR
 *
 * Checks the length and format, the century sign, that the birth date
 * exists in that century, the individual number (002–999; 900–999 are
 * temporary codes) and the check character, in that order.
 *
 * Returns: %TRUE if @code is a valid identity code
 */
gboolean
sr_hetu_validate (const char  *code,
                  SrHetuInfo  *info,
                  GError     **error)
{
  g_autofree char *norm = NULL;
  guint base;
  guint day, month, year;
  guint individual_number;
  char expected;
  char check;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  norm = sr_hetu_normalize (code);

  if (norm == NULL || norm[0] == '\0')
    {
      g_set_error_literal (error, SR_HETU_ERROR, SR_HETU_ERROR_EMPTY,
                           _("Enter the identity code, like 131052-308T."));
      return FALSE;
    }

  if (!g_utf8_validate (norm, -1, NULL) || g_utf8_strlen (norm, -1) != HETU_LENGTH)
    {
      g_set_error_literal (error, SR_HETU_ERROR, SR_HETU_ERROR_FORMAT,
                           _("The identity code must be 11 characters, like 131052-308T."));
      return FALSE;
    }

  if (strlen (norm) != HETU_LENGTH)
    {
      g_set_error_literal (error, SR_HETU_ERROR, SR_HETU_ERROR_FORMAT,
                           _("The identity code can only contain digits, the century sign "
                             "and the check character, like 131052-308T."));
      return FALSE;
    }

  if (!all_digits (norm, 6))
    {
      g_set_error_literal (error, SR_HETU_ERROR, SR_HETU_ERROR_FORMAT,
                           _("The identity code must start with the date of birth as six "
                             "digits, like 131052."));
      return FALSE;
    }

  base = century_base (norm[6]);
  if (base == 0)
    {
      if (g_ascii_isgraph (norm[6]))
        g_set_error (error, SR_HETU_ERROR, SR_HETU_ERROR_CENTURY,
                     /* Translators: %c is the wrong character found where the century
                      * sign (- + A B C D E F U V W X Y) should be. */
                     _("“%c” is not a century sign. Use - or A, for example."),
                     norm[6]);
      else
        g_set_error_literal (error, SR_HETU_ERROR, SR_HETU_ERROR_CENTURY,
                             _("The seventh character must be a century sign. "
                               "Use - or A, for example."));
      return FALSE;
    }

  if (!all_digits (norm + 7, 3))
    {
      g_set_error_literal (error, SR_HETU_ERROR, SR_HETU_ERROR_FORMAT,
                           _("The century sign must be followed by three digits, like 308."));
      return FALSE;
    }

  day = parse_digits (norm, 2);
  month = parse_digits (norm + 2, 2);
  year = base + parse_digits (norm + 4, 2);

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, SR_HETU_ERROR, SR_HETU_ERROR_DATE,
                   /* Translators: day.month.year of a birth date that does not exist,
                    * like 31.2.1985 */
                   _("There is no date %u.%u.%u in this identity code."),
                   day, month, year);
      return FALSE;
    }

  individual_number = parse_digits (norm + 7, 3);
  if (individual_number < 2)
    {
      g_set_error (error, SR_HETU_ERROR, SR_HETU_ERROR_INDIVIDUAL_NUMBER,
                   /* Translators: %03u is the three-digit individual number, 000 or 001 */
                   _("The individual number %03u is not in use. It must be from 002 to 999."),
                   individual_number);
      return FALSE;
    }

  check = norm[10];
  if (strchr (check_chars, check) == NULL)
    {
      if (g_ascii_isgraph (check))
        g_set_error (error, SR_HETU_ERROR, SR_HETU_ERROR_CHECK,
                     /* Translators: %c is the last character of the identity code */
                     _("“%c” cannot be a check character. It is a digit or a letter "
                       "other than G, I, O, Q or Z."),
                     check);
      else
        g_set_error_literal (error, SR_HETU_ERROR, SR_HETU_ERROR_CHECK,
                             _("The last character must be a check character: a digit or "
                               "a letter other than G, I, O, Q or Z."));
      return FALSE;
    }

  expected = expected_check_char (norm, individual_number);
  if (check != expected)
    {
      g_set_error (error, SR_HETU_ERROR, SR_HETU_ERROR_CHECK,
                   /* Translators: the first %c is the correct check character, the
                    * second the one that was typed */
                   _("The check character should be “%c”, not “%c”. "
                     "Check the code for a typing mistake."),
                   expected, check);
      return FALSE;
    }

  if (info != NULL)
    {
      g_date_clear (&info->birth_date, 1);
      g_date_set_dmy (&info->birth_date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
      info->individual_number = individual_number;
      /* Temporary codes follow the same odd/even rule. */
      info->sex = (individual_number % 2 == 1) ? SR_SEX_MALE : SR_SEX_FEMALE;
      info->temporary = individual_number >= SR_HETU_TEMPORARY_MIN;
      info->check = check;
    }

  return TRUE;
}

/**
 * sr_hetu_compute_check:
 * @ddmmyy: the date of birth as six digits
 * @century: a century sign, like '-' or 'A'
 * @individual_number: 2–999; use 900–999 for fictitious people
 *
 * Builds a complete, valid identity code, for sample and test data.
 *
 * Returns: (transfer full) (nullable): the 11-character code, or %NULL if
 *   the date, century sign or number is not valid
 */
char *
sr_hetu_compute_check (const char *ddmmyy,
                       char        century,
                       guint       individual_number)
{
  g_autofree char *code = NULL;

  g_return_val_if_fail (ddmmyy != NULL, NULL);

  century = g_ascii_toupper (century);

  if (strlen (ddmmyy) != 6 || !all_digits (ddmmyy, 6) ||
      century_base (century) == 0 || individual_number > 999)
    return NULL;

  code = g_strdup_printf ("%s%c%03u%c", ddmmyy, century, individual_number,
                          expected_check_char (ddmmyy, individual_number));

  if (!sr_hetu_validate (code, NULL, NULL))
    return NULL;

  return g_steal_pointer (&code);
}
