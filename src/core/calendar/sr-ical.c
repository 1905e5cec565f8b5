/* sr-ical.c: a worker's meetings as iCalendar (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-ical"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client.h"
#include "sr-ical.h"
#include "sr-meeting-lists.h"

#define FOLD_OCTETS 75

char *
sr_ical_escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case '\r':
          if (p[1] != '\n')
            g_string_append (out, "\\n");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          /* Other control characters are not allowed in TEXT. */
          if ((guchar) *p >= 0x20 && *p != 0x7f)
            g_string_append_c (out, *p);
          break;
        }
    }

  return g_string_free (out, FALSE);
}

char *
sr_ical_fold_line (const char *line)
{
  GString *out = g_string_new (NULL);
  const char *p = line ? line : "";
  gsize len = strlen (p);
  gsize limit = FOLD_OCTETS;   /* the first line has 75 octets, the rest 74 after the space */

  while (len > limit)
    {
      gsize cut = limit;

      /* Back up to the start of a UTF-8 character. */
      while (cut > 0 && ((guchar) p[cut] & 0xC0) == 0x80)
        cut--;
      g_string_append_len (out, p, cut);
      g_string_append (out, "\r\n ");
      p += cut;
      len -= cut;
      limit = FOLD_OCTETS - 1;
    }
  g_string_append_len (out, p, len);
  g_string_append (out, "\r\n");

  return g_string_free (out, FALSE);
}

char *
sr_ical_initials (const char *first_name,
                  const char *last_name)
{
  GString *out = g_string_new (NULL);
  const char *names[] = { first_name, last_name };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *name = names[i];
      gunichar c;

      if (name == NULL)
        continue;
      while (*name != '\0' && g_unichar_isspace (g_utf8_get_char (name)))
        name = g_utf8_next_char (name);
      if (*name == '\0')
        continue;
      c = g_unichar_toupper (g_utf8_get_char (name));
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_unichar (out, c);
      g_string_append_c (out, '.');
    }

  return g_string_free (out, FALSE);
}

const char *
sr_ical_kind_summary (SrMeetingKind kind)
{
  switch (kind)
    {
    case SR_MEETING_KIND_NETWORK_MEETING:
      return _("Network meeting");
    case SR_MEETING_KIND_ERRAND:
      return _("Accompanied errand");
    case SR_MEETING_KIND_PHONE_CALL:
      return _("Phone call");
    case SR_MEETING_KIND_MEETING:
    default:
      return _("Meeting");
    }
}

static void
add_line (GString    *out,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_line (GString    *out,
          const char *format,
          ...)
{
  g_autofree char *line = NULL;
  g_autofree char *folded = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  folded = sr_ical_fold_line (line);
  g_string_append (out, folded);
}

static char *
ical_utc (GDateTime *when)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (when);

  return g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
}

char *
sr_ical_format_meetings (GPtrArray *meetings,
                         GPtrArray *summaries,
                         GDateTime *stamp)
{
  GString *out = g_string_new (NULL);
  g_autofree char *stamp_text = NULL;

  g_return_val_if_fail (meetings != NULL && summaries != NULL, NULL);
  g_return_val_if_fail (meetings->len == summaries->len, NULL);
  g_return_val_if_fail (stamp != NULL, NULL);

  stamp_text = ical_utc (stamp);

  add_line (out, "BEGIN:VCALENDAR");
  add_line (out, "VERSION:2.0");
  add_line (out, "PRODID:-//SocRehab//SocRehab " PACKAGE_VERSION "//EN");
  add_line (out, "CALSCALE:GREGORIAN");
  add_line (out, "METHOD:PUBLISH");

  for (guint i = 0; i < meetings->len; i++)
    {
      SrRecord *meeting = g_ptr_array_index (meetings, i);
      GDateTime *start = sr_record_get_datetime (meeting, "start");
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start,
                                                          sr_record_get_int (meeting, "duration"));
      g_autofree char *start_text = ical_utc (start);
      g_autofree char *end_text = ical_utc (end);
      g_autofree char *summary = sr_ical_escape_text (g_ptr_array_index (summaries, i));
      g_autofree char *place_nick = NULL;
      int status = SR_MEETING_STATUS_PLANNED;

      g_object_get (meeting, "status", &status, NULL);

      add_line (out, "BEGIN:VEVENT");
      add_line (out, "UID:%s@socrehab", sr_record_get_id (meeting));
      add_line (out, "DTSTAMP:%s", stamp_text);
      add_line (out, "DTSTART:%s", start_text);
      add_line (out, "DTEND:%s", end_text);
      add_line (out, "SUMMARY:%s", summary);
      add_line (out, "SEQUENCE:%" G_GINT64_FORMAT, sr_record_get_revision (meeting));
      add_line (out, "STATUS:%s",
                status == SR_MEETING_STATUS_PLANNED ? "TENTATIVE"
                : status == SR_MEETING_STATUS_HELD ? "CONFIRMED" : "CANCELLED");
      add_line (out, "CLASS:CONFIDENTIAL");
      add_line (out, "TRANSP:OPAQUE");
      add_line (out, "END:VEVENT");
    }

  add_line (out, "END:VCALENDAR");

  return g_string_free (out, FALSE);
}

char *
sr_ical_export_meetings (SrStore     *store,
                         const char  *worker_id,
                         GDateTime   *from,
                         GDateTime   *to,
                         gboolean     initials,
                         guint       *n_meetings,
                         GError     **error)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) clients = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *from_day = NULL;
  g_autofree char *to_day = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *text = NULL;
  GHashTableIter iter;
  gpointer key;
  guint n;

  g_return_val_if_fail (SR_IS_STORE (store), NULL);
  g_return_val_if_fail (worker_id != NULL, NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  model = sr_store_list_meetings (store, worker_id, from, to);
  n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SrRecord) meeting = g_list_model_get_item (model, i);
      const char *client_id = sr_record_get_string (meeting, "client-id");
      int kind = SR_MEETING_KIND_MEETING;
      const char *summary;

      g_object_get (meeting, "kind", &kind, NULL);
      summary = sr_ical_kind_summary (kind);

      if (initials && client_id != NULL)
        {
          const char *client_initials = g_hash_table_lookup (clients, client_id);

          if (client_initials == NULL)
            {
              g_autoptr(SrClient) client = sr_store_get_client (store, client_id, error);

              if (client == NULL)
                return NULL;
              client_initials = sr_ical_initials (sr_client_get_first_name (client),
                                                  sr_client_get_last_name (client));
              g_hash_table_insert (clients, g_strdup (client_id), (char *) client_initials);
            }
          /* TRANSLATORS: an exported calendar event: the kind of meeting and the client's
           * initials, e.g. "Meeting, A. K." */
          g_ptr_array_add (summaries, g_strdup_printf (_("%s, %s"), summary, client_initials));
        }
      else
        {
          if (client_id != NULL && !g_hash_table_contains (clients, client_id))
            g_hash_table_insert (clients, g_strdup (client_id), g_strdup (""));
          g_ptr_array_add (summaries, g_strdup (summary));
        }
      g_ptr_array_add (meetings, g_steal_pointer (&meeting));
    }

  text = sr_ical_format_meetings (meetings, summaries, now);

  /* The disclosure log: who received which client's data. The log holds
   * ids and what was handed over, never names. */
  from_day = g_date_time_format (from, "%Y-%m-%d");
  to_day = g_date_time_format (to, "%Y-%m-%d");
  detail = g_strdup_printf ("ics: meetings %s–%s%s", from_day, to_day,
                            initials ? ", initials" : "");
  g_hash_table_iter_init (&iter, clients);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!sr_store_log_disclosure (store, key, SR_AUDIT_ACTION_EXPORT, detail, error))
      return NULL;

  if (n_meetings != NULL)
    *n_meetings = meetings->len;

  return g_steal_pointer (&text);
}
