/* test-models.c: live lists, locale order and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sr-client-list.h"
#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-group-lists.h"
#include "sr-group.h"
#include "sr-meeting-lists.h"
#include "sr-meeting.h"
#include "sr-period.h"
#include "sr-store-private.h"
#include "sr-text-private.h"
#include "sr-text.h"
#include "sr-worker.h"

typedef struct
{
  guint calls;
  guint position;
  guint removed;
  guint added;
} Changes;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Changes    *changes)
{
  changes->calls++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

static SrStore *
open_store (gboolean on_disk)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Listaaja");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  SrStore *store;

  if (on_disk)
    {
      dir = g_dir_make_tmp ("sr-models-XXXXXX", &error);
      path = g_build_filename (dir, "socrehab.db", NULL);
    }
  store = sr_store_open (on_disk ? path : ":memory:", &error);
  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (store, worker, &error));
  sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
  return store;
}

static SrClient *
add_client (SrStore    *store,
            const char *first,
            const char *last)
{
  g_autoptr(GError) error = NULL;
  SrClient *client = sr_client_new (first, last);

  g_assert_true (sr_store_save_client (store, client, &error));
  g_assert_no_error (error);
  return client;
}

static void
wait_for (SrClientList *list)
{
  /* Let queued refreshes start, then finish. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  while (sr_client_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static char *
last_name_at (GListModel *model,
              guint       i)
{
  g_autoptr(SrClient) client = g_list_model_get_item (model, i);

  return g_strdup (sr_client_get_last_name (client));
}

static void
assert_sorted (const char * const *sorted,
               guint                n)
{
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autofree char *ka = sr_collate_key (sorted[i]);
      g_autofree char *kb = sr_collate_key (sorted[i + 1]);

      if (sr_collate_compare (sorted[i], sorted[i + 1]) >= 0 || strcmp (ka, kb) >= 0)
        g_error ("%s should sort before %s", sorted[i], sorted[i + 1]);
    }
}

/* CLDR's order, the same in Finnish and Swedish for these names. */
static const char * const cldr_order[] = {
  "Aalto", "aho", "Aho", "Aho-Berg", "Ahola", "Ébba", "Eero", "Émile", "Emilia", "Eriksson",
  "Mustonen", "Müller", "Myllys", "Virtanen", "Vuori", "Wahl", "Wikström", "Yli", "Üner",
  "Zetterberg", "Åberg", "Æbelø", "Ärlig", "Øberg", "Öhman", "Ørsted",
};

static void
test_collation (void)
{
  const char *sorted[] = { "Aalto", "Eriksson", "Zetterberg", "Åberg", "Ärlig", "Öhman" };
  /* Finnish, "ä" as a + U+0308. */
  g_autofree char *decomposed = g_strdup ("Ma\xcc\x88ki");

  assert_sorted (sorted, G_N_ELEMENTS (sorted));
  /* Å Ä Ö after Z, Æ with Ä and Ø with Ö, V before W, Ü as Y; other accents,
   * case and punctuation only break ties. */
  assert_sorted (cldr_order, G_N_ELEMENTS (cldr_order));

  /* Other accents are ignored: É sorts as E. */
  g_assert_cmpint (sr_collate_compare ("Émile", "Emilia"), <, 0);
  g_assert_cmpint (sr_collate_compare ("Ébba", "Eero"), <, 0);
  g_assert_cmpint (sr_collate_compare ("Aho", "Aho-Berg"), <, 0);
  g_assert_cmpint (sr_collate_compare ("a", "a"), ==, 0);
  g_assert_cmpint (sr_collate_compare (NULL, ""), ==, 0);
  /* A stray space or symbol moves no name to the top. */
  g_assert_cmpint (sr_collate_compare ("Berg", " Aho"), >, 0);
  g_assert_cmpint (sr_collate_compare ("Berg", "+Aho"), >, 0);
  /* Canonically equal text is equal; only that. */
  g_assert_cmpint (sr_collate_compare (decomposed, "Mäki"), ==, 0);
  g_assert_cmpint (sr_collate_compare ("Aho Berg", "Aho-Berg"), !=, 0);
  g_assert_cmpint (sr_collate_compare ("Aho", "aho"), !=, 0);

  /* LANGUAGE is '' in the tests: Finnish rules. */
  g_assert_cmpstr (sr_collate_language (), ==, "fi");
}

static gpointer
keys_in_thread (gpointer data)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (guint round = 0; round < 200; round++)
    for (guint i = 0; i < G_N_ELEMENTS (cldr_order); i++)
      {
        if (round == 0)
          g_ptr_array_add (keys, sr_collate_key (cldr_order[i]));
        else
          {
            g_autofree char *key = sr_collate_key (cldr_order[i]);

            if (strcmp (key, g_ptr_array_index (keys, i)) != 0
                || sr_collate_compare (cldr_order[i], cldr_order[(i + 1) % G_N_ELEMENTS (cldr_order)])
                   != (i + 1 < G_N_ELEMENTS (cldr_order) ? -1 : 1))
              {
                g_ptr_array_unref (keys);
                return NULL;
              }
          }
      }

  return keys;
}

/* Worker-thread queries collate while the main thread does: each thread's
 * keys and comparisons are the main thread's. */
static void
test_collation_threads (void)
{
  GThread *threads[4];

  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("collate", keys_in_thread, NULL);
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    {
      g_autoptr(GPtrArray) keys = g_thread_join (threads[t]);

      g_assert_nonnull (keys);
      for (guint i = 0; i < G_N_ELEMENTS (cldr_order); i++)
        {
          g_autofree char *key = sr_collate_key (cldr_order[i]);

          g_assert_cmpstr (g_ptr_array_index (keys, i), ==, key);
        }
    }
}

/* A Swedish UI sorts by Swedish rules; the language is read once per
 * process, so in a child with LANGUAGE=sv. */
static void
test_collation_swedish (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *identity = sr_collate_identity ();

      g_assert_cmpstr (sr_collate_language (), ==, "sv");
      g_assert_true (g_str_has_suffix (identity, " sv"));
      assert_sorted (cldr_order, G_N_ELEMENTS (cldr_order));
      return;
    }

  g_setenv ("LANGUAGE", "de:sv_FI:fi", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_setenv ("LANGUAGE", "", TRUE);
  g_test_trap_assert_passed ();
}

static void
test_search_match (void)
{
  g_autofree char *a = sr_search_build_match ("mat vir");
  g_autofree char *b = sr_search_build_match ("\" * OR");
  g_autofree char *c = sr_search_build_match ("a\"b");

  g_assert_cmpstr (a, ==, "\"mat\"* \"vir\"*");
  g_assert_cmpstr (b, ==, "\"OR\"*");
  g_assert_cmpstr (c, ==, "\"a\"\"b\"*");
  g_assert_null (sr_search_build_match ("  * \" "));
}

static void
test_client_list (gconstpointer data)
{
  gboolean on_disk = GPOINTER_TO_INT (data);
  g_autoptr(SrStore) store = open_store (on_disk);
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClientList) list = NULL;
  g_autoptr(SrClient) matti = NULL;
  g_autoptr(SrClient) ake = NULL;
  g_autofree char *name = NULL;
  GListModel *model;
  Changes changes = { 0 };
  static const char * const queries[] = { "\"", "*", "OR", "AND NOT", "(", "x:y", "^", NULL };

  g_object_unref (add_client (store, "Olli", "Öhman"));
  g_object_unref (add_client (store, "Zeta", "Zetterberg"));
  ake = add_client (store, "Åke", "Åberg");
  g_object_unref (add_client (store, "Ärla", "Ärlig"));
  matti = add_client (store, "Matti", "Virtanen");
  g_object_unref (add_client (store, "Eeva", "Hämäläinen"));

  list = sr_client_list_new (store);
  model = G_LIST_MODEL (list);
  wait_for (list);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
  {
    const char *expected[] = { "Hämäläinen", "Virtanen", "Zetterberg", "Åberg", "Ärlig", "Öhman" };

    for (guint i = 0; i < 6; i++)
      {
        g_autofree char *last = last_name_at (model, i);

        g_assert_cmpstr (last, ==, expected[i]);
      }
  }

  /* Two prefixes find Matti Virtanen: one items-changed for the refresh. */
  sr_client_list_set_search_text (list, "mat vir");
  wait_for (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpuint (changes.calls, ==, 1);
  name = last_name_at (model, 0);
  g_assert_cmpstr (name, ==, "Virtanen");

  /* Same result: no signal. */
  sr_client_list_set_search_text (list, "matt vir");
  wait_for (list);
  g_assert_cmpuint (changes.calls, ==, 1);

  /* Diacritics are ignored: "ake" finds Åke, "hama" Hämäläinen. */
  sr_client_list_set_search_text (list, "ake");
  wait_for (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  sr_client_list_set_search_text (list, "hama");
  wait_for (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* FTS5 syntax in what a user types is just text. */
  for (guint i = 0; queries[i] != NULL; i++)
    {
      sr_client_list_set_search_text (list, queries[i]);
      wait_for (list);
    }

  sr_client_list_set_search_text (list, NULL);
  wait_for (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);

  /* A change that keeps the place is announced in place. */
  changes.calls = 0;
  g_object_set (matti, "phone", "040 123", NULL);
  g_assert_true (sr_store_save_client (store, matti, &error));
  wait_for (list);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);

  /* A new client is one insertion at its place. */
  changes.calls = 0;
  g_object_unref (add_client (store, "Anna", "Aalto"));
  wait_for (list);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);

  /* Archiving removes one row. */
  changes.calls = 0;
  g_assert_true (sr_store_archive_client (store, sr_record_get_id (SR_RECORD (ake)), TRUE, &error));
  wait_for (list);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 4);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);

  sr_client_list_set_filter (list, SR_CLIENT_FILTER_ARCHIVED);
  wait_for (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
}

/* A search stays right while clients are added, renamed and archived under
 * it: the list keeps the filter's rows to narrow keystrokes down from, and
 * every change must make it read them again. */
static void
test_client_list_search_live (gconstpointer data)
{
  gboolean on_disk = GPOINTER_TO_INT (data);
  g_autoptr(SrStore) store = open_store (on_disk);
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClientList) list = NULL;
  g_autoptr(SrClient) kari = add_client (store, "Kari", "Korhonen");
  g_autoptr(SrClient) kaisa = NULL;
  GListModel *model;

  g_object_unref (add_client (store, "Liisa", "Laine"));
  list = sr_client_list_new (store);
  model = G_LIST_MODEL (list);
  wait_for (list);

  sr_client_list_set_search_text (list, "ka");
  wait_for (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* A new client who matches appears, in name order. */
  kaisa = add_client (store, "Kaisa", "Aho");
  wait_for (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpuint (sr_client_list_find (list, sr_record_get_id (SR_RECORD (kaisa))), ==, 0);

  /* Renamed: moves to the new place. */
  g_object_set (kaisa, "last-name", "Öberg", NULL);
  g_assert_true (sr_store_save_client (store, kaisa, &error));
  wait_for (list);
  g_assert_cmpuint (sr_client_list_find (list, sr_record_get_id (SR_RECORD (kaisa))), ==, 1);

  /* Renamed so as not to match: leaves the search. */
  g_object_set (kari, "first-name", "Pekka", NULL);
  g_assert_true (sr_store_save_client (store, kari, &error));
  wait_for (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* Archived: leaves the list, and the archive finds her by the same text. */
  g_assert_true (sr_store_archive_client (store, sr_record_get_id (SR_RECORD (kaisa)), TRUE,
                                          &error));
  wait_for (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  sr_client_list_set_filter (list, SR_CLIENT_FILTER_ARCHIVED);
  wait_for (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* Back to everyone, the search cleared: all three who are not archived. */
  sr_client_list_set_filter (list, SR_CLIENT_FILTER_ALL);
  sr_client_list_set_search_text (list, "");
  wait_for (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
}

static void
test_needs_attention (void)
{
  g_autoptr(SrStore) store = open_store (FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) met = add_client (store, "Tavattu", "Asiakas");
  g_autoptr(SrClient) unmet = add_client (store, "Tapaamaton", "Asiakas");
  g_autoptr(SrClientList) list = sr_client_list_new (store);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) soon = g_date_time_add_days (now, 2);
  g_autoptr(SrMeeting) meeting = NULL;
  g_autofree char *start = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *end = NULL;

  {
    g_autoptr(GDateTime) later = g_date_time_add_months (now, 6);

    end = g_date_time_format (later, "%Y-%m-%d");
  }

  for (guint i = 0; i < 2; i++)
    {
      SrClient *client = i == 0 ? met : unmet;
      g_autoptr(SrPeriod) period = sr_period_new (sr_record_get_id (SR_RECORD (client)), start);

      g_object_set (period, "phase", SR_PHASE_ACTIVE, "planned-end", end, NULL);
      g_assert_true (sr_store_save_period (store, period, &error));
    }
  meeting = sr_meeting_new (sr_record_get_id (SR_RECORD (met)), soon, 60);
  g_assert_true (sr_store_save_meeting (store, meeting, &error));

  sr_client_list_set_filter (list, SR_CLIENT_FILTER_NEEDS_ATTENTION);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpuint (sr_client_list_find (list, sr_record_get_id (SR_RECORD (unmet))), ==, 0);
  g_assert_cmpuint (sr_client_list_find (list, sr_record_get_id (SR_RECORD (met))), ==, G_MAXUINT);

  sr_client_list_set_filter (list, SR_CLIENT_FILTER_ACTIVE_PERIOD);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
}

static void
test_query_model (void)
{
  g_autoptr(SrStore) store = open_store (FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = add_client (store, "Kalle", "Kokous");
  const char *client_id = sr_record_get_id (SR_RECORD (client));
  g_autoptr(GDateTime) day = g_date_time_new_utc (2024, 5, 6, 0, 0, 0);
  g_autoptr(GDateTime) next_day = g_date_time_add_days (day, 1);
  g_autoptr(GListModel) model = sr_store_list_meetings (store, NULL, day, next_day);
  g_autoptr(SrMeeting) m10 = NULL;
  g_autoptr(SrMeeting) m12 = NULL;
  g_autoptr(SrMeeting) other_day = NULL;
  Changes changes = { 0 };

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  {
    g_autoptr(GDateTime) t = g_date_time_add_hours (day, 12);

    m12 = sr_meeting_new (client_id, t, 60);
    g_assert_true (sr_store_save_meeting (store, m12, &error));
  }
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);
  {
    g_autoptr(GDateTime) t = g_date_time_add_hours (day, 10);

    m10 = sr_meeting_new (client_id, t, 60);
    g_assert_true (sr_store_save_meeting (store, m10, &error));
  }
  g_assert_cmpuint (changes.calls, ==, 2);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* Outside the range: nothing, and the listed records stay the same objects
   * (rows bound to them are not rebuilt). */
  {
    g_autoptr(SrRecord) before = g_list_model_get_item (model, 0);
    g_autoptr(SrRecord) after = NULL;

    other_day = sr_meeting_new (client_id, next_day, 60);
    g_assert_true (sr_store_save_meeting (store, other_day, &error));
    g_assert_cmpuint (changes.calls, ==, 2);
    after = g_list_model_get_item (model, 0);
    g_assert_true (before == after);
  }

  /* Changed through another copy of the record: the row is read again. */
  {
    g_autoptr(SrMeeting) copy = sr_store_get_meeting (store, sr_record_get_id (SR_RECORD (m10)),
                                                      &error);
    g_autoptr(SrRecord) item = NULL;

    g_assert_no_error (error);
    g_object_set (copy, "place", "Kirjasto", NULL);
    g_assert_true (sr_store_save_meeting (store, copy, &error));
    g_assert_cmpuint (changes.calls, ==, 3);
    g_assert_cmpuint (changes.position, ==, 0);
    g_assert_cmpuint (changes.removed, ==, 1);
    g_assert_cmpuint (changes.added, ==, 1);
    item = g_list_model_get_item (model, 0);
    g_assert_cmpstr (sr_record_get_string (item, "place"), ==, "Kirjasto");
    g_assert_cmpint (sr_record_get_revision (item), ==, 2);
    changes.calls = 2;
  }

  /* Changed in place. */
  g_object_set (m12, "notes", "ok", NULL);
  g_assert_true (sr_store_save_meeting (store, m12, &error));
  g_assert_cmpuint (changes.calls, ==, 3);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  {
    g_autoptr(SrMeeting) item = g_list_model_get_item (model, 1);

    g_assert_cmpstr (sr_record_get_string (SR_RECORD (item), "notes"), ==, "ok");
  }

  g_assert_true (sr_store_delete_meeting (store, sr_record_get_id (SR_RECORD (m10)), &error));
  g_assert_cmpuint (changes.calls, ==, 4);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
}

static char *
save_session (SrStore    *store,
              const char *group_id,
              int         day)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 1, day, 10, 0, 0);
  g_autoptr(SrSession) session = sr_session_new (group_id, start);
  g_autoptr(GError) error = NULL;

  g_assert_true (sr_store_save_session (store, session, &error));
  g_assert_no_error (error);
  return g_strdup (sr_record_get_id (SR_RECORD (session)));
}

static void
save_attendance (SrStore            *store,
                 const char         *session_id,
                 SrClient           *client,
                 SrAttendanceStatus  status)
{
  g_autoptr(SrAttendance) row = sr_attendance_new (session_id,
                                                   sr_record_get_id (SR_RECORD (client)), status);
  g_autoptr(GError) error = NULL;

  g_assert_true (sr_store_save_attendance (store, row, &error));
  g_assert_no_error (error);
}

/* The whole sheet in one list: by session start, then by name. */
static void
test_group_attendance (void)
{
  g_autoptr(SrStore) store = open_store (FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(SrGroup) group = sr_group_new ("Tiistairyhmä");
  g_autoptr(SrGroup) other = sr_group_new ("Torstairyhmä");
  g_autoptr(SrClient) virtanen = add_client (store, "Matti", "Virtanen");
  g_autoptr(SrClient) aalto = add_client (store, "Anna", "Aalto");
  g_autoptr(GListModel) model = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *elsewhere = NULL;
  Changes changes = { 0 };
  struct { const char *session; const char *last_name; } expected[3];

  g_assert_true (sr_store_save_group (store, group, &error));
  g_assert_true (sr_store_save_group (store, other, &error));
  /* Saved out of order: the list orders by start. */
  second = save_session (store, sr_record_get_id (SR_RECORD (group)), 13);
  first = save_session (store, sr_record_get_id (SR_RECORD (group)), 6);
  elsewhere = save_session (store, sr_record_get_id (SR_RECORD (other)), 6);
  save_attendance (store, second, virtanen, SR_ATTENDANCE_PRESENT);
  save_attendance (store, first, virtanen, SR_ATTENDANCE_NO_SHOW);
  save_attendance (store, first, aalto, SR_ATTENDANCE_PRESENT);
  save_attendance (store, elsewhere, aalto, SR_ATTENDANCE_PRESENT);

  model = sr_store_list_group_attendance (store, sr_record_get_id (SR_RECORD (group)));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  expected[0].session = first, expected[0].last_name = "Aalto";
  expected[1].session = first, expected[1].last_name = "Virtanen";
  expected[2].session = second, expected[2].last_name = "Virtanen";
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SrAttendance) row = g_list_model_get_item (model, i);
      SrClient *client = g_str_equal (expected[i].last_name, "Aalto") ? aalto : virtanen;

      g_assert_cmpstr (sr_record_get_string (SR_RECORD (row), "session-id"), ==,
                       expected[i].session);
      g_assert_cmpstr (sr_record_get_string (SR_RECORD (row), "client-id"), ==,
                       sr_record_get_id (SR_RECORD (client)));
    }

  /* A row recorded for the second session: one insertion at its end. */
  save_attendance (store, second, aalto, SR_ATTENDANCE_ABSENT_NOTIFIED);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 2);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);

  /* Another group's rows do not touch this list. */
  save_attendance (store, elsewhere, virtanen, SR_ATTENDANCE_PRESENT);
  g_assert_cmpuint (changes.calls, ==, 1);

  /* A renamed member moves within each session. */
  g_object_set (aalto, "last-name", "Östman", NULL);
  g_assert_true (sr_store_save_client (store, aalto, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.calls, ==, 2);
  {
    g_autoptr(SrAttendance) row = g_list_model_get_item (model, 0);

    g_assert_cmpstr (sr_record_get_string (SR_RECORD (row), "client-id"), ==,
                     sr_record_get_id (SR_RECORD (virtanen)));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/models/collation", test_collation);
  g_test_add_func ("/models/collation-threads", test_collation_threads);
  g_test_add_func ("/models/collation-swedish", test_collation_swedish);
  g_test_add_func ("/models/search-match", test_search_match);
  g_test_add_data_func ("/models/client-list/memory", GINT_TO_POINTER (FALSE), test_client_list);
  g_test_add_data_func ("/models/client-list/file", GINT_TO_POINTER (TRUE), test_client_list);
  g_test_add_data_func ("/models/client-list/search-live/memory", GINT_TO_POINTER (FALSE),
                        test_client_list_search_live);
  g_test_add_data_func ("/models/client-list/search-live/file", GINT_TO_POINTER (TRUE),
                        test_client_list_search_live);
  g_test_add_func ("/models/needs-attention", test_needs_attention);
  g_test_add_func ("/models/query-model", test_query_model);
  g_test_add_func ("/models/group-attendance", test_group_attendance);

  return g_test_run ();
}
