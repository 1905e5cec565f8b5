/* sr-text.c: sorting and searching names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sorting is ICU's collator with CLDR's Finnish or Swedish rules. The
 * alphabet table this replaces got the letters everyone knows (Å Ä Ö after
 * Z) but not the rest of what the standards say (SFS 4600, the Swedish
 * Academy's rules: Æ with Ä, Ø with Ö, Ü as Y, Þ and Đ, how accents, case
 * and punctuation break ties), and it followed no versioned data; CLDR is the
 * reference those rules are kept in, and ICU carries its own copy, so the
 * order is the same whatever locales the system has installed.
 */

#define G_LOG_DOMAIN "sr-text"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>

#include "sr-text-private.h"
#include "sr-text.h"

/* Names are short: their UTF-16 text fits on the stack, their key in the guess. */
#define STACK_UCHARS 128
#define KEY_GUESS    256

/* "sv", "sv_FI", "sv_FI.UTF-8", "sv@euro": a name for @language. */
static gboolean
is_language (const char *name,
             const char *language)
{
  gsize len = strlen (language);

  return strncmp (name, language, len) == 0 && strchr ("_.@", name[len]) != NULL;
}

static const char *
ui_collation_language (void)
{
  const char * const *names = g_get_language_names ();

  /* The first of the UI's languages that there are rules for. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (is_language (names[i], "sv"))
        return "sv";
      if (is_language (names[i], "fi"))
        return "fi";
    }

  return "fi";
}

static UCollator *
open_collator (const char *language)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollator *collator = ucol_open (language, &status);

  /* Spaces, punctuation and symbols are "shifted": a stray space or a
   * leading "+" must not move a name to the top of the list, so they only
   * break ties after letters, accents and case. Identical strength: last,
   * the text itself breaks ties, so only canonically equal text has equal
   * keys. Input is normalised, so a decomposed "ä" sorts as a composed one. */
  if (U_SUCCESS (status))
    ucol_setStrength (collator, UCOL_IDENTICAL);
  if (U_SUCCESS (status))
    ucol_setAttribute (collator, UCOL_ALTERNATE_HANDLING, UCOL_SHIFTED, &status);
  if (U_SUCCESS (status))
    ucol_setMaxVariable (collator, UCOL_REORDER_CODE_SYMBOL, &status);
  if (U_SUCCESS (status))
    ucol_setAttribute (collator, UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
  if (U_FAILURE (status))
    g_error ("Could not open the ICU collator for “%s”: %s", language, u_errorName (status));

  return collator;
}

static const char *collation_language;
static UCollator *template_collator;

static gpointer
init_template (gpointer data)
{
  collation_language = ui_collation_language ();
  template_collator = open_collator (collation_language);
  return NULL;
}

static void
close_collator (gpointer collator)
{
  ucol_close (collator);
}

/* A UCollator must not be used by two threads at once, and the client and
 * list queries run on worker threads whose SQLite calls collate: each thread
 * gets its own clone of one template, closed when the thread ends. */
static GPrivate thread_collator = G_PRIVATE_INIT (close_collator);

static UCollator *
get_collator (void)
{
  static GOnce once = G_ONCE_INIT;
  UCollator *collator = g_private_get (&thread_collator);

  if (collator == NULL)
    {
      UErrorCode status = U_ZERO_ERROR;

      g_once (&once, init_template, NULL);
      collator = ucol_clone (template_collator, &status);
      if (U_FAILURE (status))
        g_error ("Could not clone the ICU collator: %s", u_errorName (status));
      g_private_set (&thread_collator, collator);
    }

  return collator;
}

const char *
sr_collate_language (void)
{
  get_collator ();
  return collation_language;
}

char *
sr_collate_identity (void)
{
  UVersionInfo version;
  char version_text[U_MAX_VERSION_STRING_LENGTH];

  ucol_getVersion (get_collator (), version);
  u_versionToString (version, version_text);

  return g_strdup_printf ("icu %s %s", version_text, collation_language);
}

/* The sort key of @text (NULL as "") by @collator, terminated by its 0. */
static guint8 *
make_key (UCollator  *collator,
          const char *text,
          gsize      *len_out)
{
  UChar stack_text[STACK_UCHARS];
  g_autofree UChar *heap_text = NULL;
  UChar *utext = stack_text;
  int32_t ulen = 0;
  UErrorCode status = U_ZERO_ERROR;
  guint8 *key;
  int32_t len;

  if (text == NULL)
    text = "";

  /* Bytes that are not UTF-8 become U+FFFD rather than an error. */
  u_strFromUTF8WithSub (stack_text, G_N_ELEMENTS (stack_text), &ulen, text, -1, 0xFFFD, NULL,
                        &status);
  if (status == U_BUFFER_OVERFLOW_ERROR)
    {
      status = U_ZERO_ERROR;
      utext = heap_text = g_new (UChar, ulen + 1);
      u_strFromUTF8WithSub (heap_text, ulen + 1, &ulen, text, -1, 0xFFFD, NULL, &status);
    }
  if (U_FAILURE (status))
    ulen = 0;

  key = g_malloc (KEY_GUESS);
  len = ucol_getSortKey (collator, utext, ulen, key, KEY_GUESS);
  if (len > KEY_GUESS)
    {
      key = g_realloc (key, len);
      len = ucol_getSortKey (collator, utext, ulen, key, len);
    }

  *len_out = len;
  return key;
}

char *
sr_collate_key (const char *text)
{
  gsize len;

  /* ICU sort keys hold no 0 byte but their last: a C string. */
  return (char *) make_key (get_collator (), text, &len);
}

GBytes *
sr_collate_key_bytes (const char *text)
{
  gsize len;
  guint8 *key = make_key (get_collator (), text, &len);

  return g_bytes_new_take (key, len > 0 ? len - 1 : 0);
}

int
sr_collate_compare (const char *a,
                    const char *b)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result;

  /* One comparison: ICU compares the UTF-8 incrementally, without keys. */
  result = ucol_strcollUTF8 (get_collator (), a ? a : "", -1, b ? b : "", -1, &status);
  if (U_FAILURE (status))
    return g_strcmp0 (a, b);

  return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

char *
sr_collate_name_key (const char *last_name,
                     const char *first_name)
{
  UCollator *collator = get_collator ();
  gsize last_len, first_len;
  g_autofree guint8 *last = make_key (collator, last_name, &last_len);
  g_autofree guint8 *first = make_key (collator, first_name, &first_len);
  guint8 stack_merged[2 * KEY_GUESS];
  g_autofree guint8 *heap_merged = NULL;
  guint8 *merged = stack_merged;
  int32_t merged_len;
  static const char digits[] = "0123456789abcdef";
  char *hex;

  /* Merged level by level, with a separator below every weight: all of
   * "Aho" (any first name) before "Aho Berg". */
  merged_len = ucol_mergeSortkeys (last, last_len, first, first_len, NULL, 0);
  if (merged_len > (int32_t) sizeof stack_merged)
    merged = heap_merged = g_malloc (merged_len);
  merged_len = ucol_mergeSortkeys (last, last_len, first, first_len, merged, merged_len);

  /* Stored in a TEXT column: hex digits keep the byte order and are text. */
  hex = g_malloc (2 * merged_len + 1);
  for (int32_t i = 0; i + 1 < merged_len; i++)
    {
      hex[2 * i] = digits[merged[i] >> 4];
      hex[2 * i + 1] = digits[merged[i] & 0xf];
    }
  hex[2 * MAX (merged_len - 1, 0)] = '\0';

  return hex;
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
