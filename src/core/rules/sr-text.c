/* sr-text.c: sorting and searching names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * g_utf8_collate() follows the process locale, and C.UTF-8 or an English
 * locale sorts Ä with A. Finnish and Swedish lists must put Å Ä Ö after Z
 * whatever the session's locale, and tests must not depend on installed
 * locales, so the key is built here from a small fi/sv alphabet.
 */

#define G_LOG_DOMAIN "sr-text"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sr-text-private.h"
#include "sr-text.h"

/* Appends the primary key of @text: letters without case or accents, å ä ö
 * (æ ø) as three letters after z, words separated by one space. */
static void
append_primary (GString    *key,
                const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *nfc = NULL;
  gboolean need_space = FALSE;

  if (text == NULL)
    return;

  folded = g_utf8_casefold (text, -1);
  nfc = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
  if (nfc == NULL)
    return;

  for (const char *p = nfc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar base[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      char mapped = 0;

      switch (c)
        {
        case 0x00E5: /* å */
          mapped = '{';
          break;
        case 0x00E4: /* ä */
        case 0x00E6: /* æ */
          mapped = '|';
          break;
        case 0x00F6: /* ö */
        case 0x00F8: /* ø */
          mapped = '}';
          break;
        case 0x00FC: /* ü */
          mapped = 'y';
          break;
        default:
          break;
        }

      if (mapped == 0)
        {
          if (g_unichar_isspace (c) || c == '-' || c == 0x2010 || c == 0x2013)
            {
              need_space = key->len > 0;
              continue;
            }

          /* Other accented letters sort as their base letter (é as e). */
          if (g_unichar_fully_decompose (c, FALSE, base, G_N_ELEMENTS (base)) > 0)
            c = base[0];

          if (!g_unichar_isalnum (c))
            continue;
        }

      if (need_space)
        {
          g_string_append_c (key, ' ');
          need_space = FALSE;
        }

      if (mapped != 0)
        g_string_append_c (key, mapped);
      else if (c < 0x80)
        g_string_append_c (key, g_ascii_tolower ((char) c));
      else
        g_string_append_unichar (key, c); /* other scripts: after ö, in code point order */
    }
}

char *
sr_collate_key (const char *text)
{
  GString *key = g_string_new (NULL);

  append_primary (key, text);
  /* The tie breaker makes the order total: equal keys only for equal text. */
  g_string_append_c (key, '\x01');
  g_string_append (key, text ? text : "");

  return g_string_free (key, FALSE);
}

int
sr_collate_compare (const char *a,
                    const char *b)
{
  g_autofree char *ka = sr_collate_key (a);
  g_autofree char *kb = sr_collate_key (b);

  return strcmp (ka, kb);
}

char *
sr_collate_name_key (const char *last_name,
                     const char *first_name)
{
  GString *key = g_string_new (NULL);

  /* \x02 sorts before the space between words: "Aho" before "Aho Berg". */
  append_primary (key, last_name);
  g_string_append_c (key, '\x02');
  append_primary (key, first_name);
  g_string_append_c (key, '\x01');
  g_string_append (key, last_name ? last_name : "");
  g_string_append_c (key, '\x02');
  g_string_append (key, first_name ? first_name : "");

  return g_string_free (key, FALSE);
}

char *
sr_search_build_match (const char *text)
{
  g_auto(GStrv) words = NULL;
  GString *match;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  words = g_strsplit_set (text, " \t\n\r\f\v", -1);
  match = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean searchable = FALSE;

      for (const char *p = words[i]; *p != '\0' && !searchable; p = g_utf8_next_char (p))
        searchable = g_unichar_isalnum (g_utf8_get_char (p));

      if (!searchable)
        continue;

      /* A quoted FTS5 string is only ever a phrase; "" is its only escape. */
      if (match->len > 0)
        g_string_append_c (match, ' ');
      g_string_append_c (match, '"');
      for (const char *p = words[i]; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (match, '"');
          g_string_append_c (match, *p);
        }
      g_string_append (match, "\"*");
    }

  if (match->len == 0)
    {
      g_string_free (match, TRUE);
      return NULL;
    }

  return g_string_free (match, FALSE);
}
