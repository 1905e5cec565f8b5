/* sr-ical.c: a worker's meetings as iCalendar (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written with libical rather than by hand: its escaping and folding are
 * RFC 5545's (75 octets, never inside a UTF-8 character), it is what other
 * calendars are tested against, and the same library can read calendars
 * back when the app imports them.
 */

#define G_LOG_DOMAIN "sr-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "sr-client.h"
#include "sr-ical.h"
#include "sr-meeting-lists.h"

/* What a TEXT value may hold: CR LF and lone CR become LF (written as \n),
 * other control characters, which TEXT does not allow, are dropped. */
static char *
clean_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else if (*p == '\n' || ((guchar) *p >= 0x20 && *p != 0x7f))
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* libical allocates with malloc(); callers free with g_free(). */
static char *
take_ical_string (char *text)
{
  char *copy = g_strdup (text);

  icalmemory_free_buffer (text);
  return copy;
}

char *
sr_ical_escape_text (const char *text)
{
  g_autofree char *clean = clean_text (text);
  icalvalue *value = icalvalue_new_text (clean);
  char *escaped = take_ical_string (icalvalue_as_ical_string_r (value));

  icalvalue_free (value);
  return escaped;
}

char *
sr_ical_fold_line (const char *line)
{
  icalproperty *property = icalproperty_new_from_string (line ? line : "");
  char *folded;

  if (property == NULL)
    return NULL;
  folded = take_ical_string (icalproperty_as_ical_string_r (property));
  icalproperty_free (property);

  return folded;
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

static struct icaltimetype
ical_utc (GDateTime *when)
{
  return icaltime_from_timet_with_zone (g_date_time_to_unix (when), FALSE,
                                        icaltimezone_get_utc_timezone ());
}

char *
sr_ical_format_meetings (GPtrArray *meetings,
                         GPtrArray *summaries,
                         GDateTime *stamp)
{
  icalcomponent *calendar;
  struct icaltimetype stamp_time;
  char *text;

  g_return_val_if_fail (meetings != NULL && summaries != NULL, NULL);
  g_return_val_if_fail (meetings->len == summaries->len, NULL);
  g_return_val_if_fail (stamp != NULL, NULL);

  stamp_time = ical_utc (stamp);

  calendar = icalcomponent_vanew (ICAL_VCALENDAR_COMPONENT,
                                  icalproperty_new_version ("2.0"),
                                  icalproperty_new_prodid ("-//SocRehab//SocRehab "
                                                           PACKAGE_VERSION "//EN"),
                                  icalproperty_new_calscale ("GREGORIAN"),
                                  icalproperty_new_method (ICAL_METHOD_PUBLISH),
                                  (void *) 0);

  for (guint i = 0; i < meetings->len; i++)
    {
      SrRecord *meeting = g_ptr_array_index (meetings, i);
      GDateTime *start = sr_record_get_datetime (meeting, "start");
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start,
                                                          sr_record_get_int (meeting, "duration"));
      g_autofree char *uid = g_strdup_printf ("%s@socrehab", sr_record_get_id (meeting));
      g_autofree char *summary = clean_text (g_ptr_array_index (summaries, i));
      int status = SR_MEETING_STATUS_PLANNED;

      g_object_get (meeting, "status", &status, NULL);

      /* Times in UTC: exact in every calendar, with no VTIMEZONE to carry. */
      icalcomponent_add_component (calendar, icalcomponent_vanew (
        ICAL_VEVENT_COMPONENT,
        icalproperty_new_uid (uid),
        icalproperty_new_dtstamp (stamp_time),
        icalproperty_new_dtstart (ical_utc (start)),
        icalproperty_new_dtend (ical_utc (end)),
        icalproperty_new_summary (summary),
        icalproperty_new_sequence ((int) sr_record_get_revision (meeting)),
        icalproperty_new_status (status == SR_MEETING_STATUS_PLANNED ? ICAL_STATUS_TENTATIVE
                                 : status == SR_MEETING_STATUS_HELD ? ICAL_STATUS_CONFIRMED
                                 : ICAL_STATUS_CANCELLED),
        icalproperty_new_class (ICAL_CLASS_CONFIDENTIAL),
        icalproperty_new_transp (ICAL_TRANSP_OPAQUE),
        (void *) 0));
    }

  text = take_ical_string (icalcomponent_as_ical_string_r (calendar));
  icalcomponent_free (calendar);

  return text;
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
