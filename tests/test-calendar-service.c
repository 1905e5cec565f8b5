/* test-calendar-service.c: weekly series and "this and following", in Europe/Helsinki
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fictitious people only. Summer time began on 31 March 2024: a series at
 * 10:00 local time is at 08:00 UTC before and at 07:00 UTC after.
 */

#include "config.h"

#include <sqlite3.h>

#include "sr-calendar-query.h"
#include "sr-calendar-service.h"
#include "sr-store-private.h"
#include "sr-client.h"
#include "sr-meeting-lists.h"
#include "sr-meeting.h"
#include "sr-period.h"
#include "sr-record.h"
#include "sr-store.h"
#include "sr-worker.h"

typedef struct
{
  SrStore           *store;
  SrCalendarService *service;
  char              *worker_id;
  char              *other_worker_id;
  char              *client_id;
  char              *other_client_id;
  char              *period_id;
} Fixture;

static char *
save_client (SrStore    *store,
             const char *first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) client = sr_client_new (first, "Meikäläinen");

  g_assert_true (sr_store_save_client (store, client, &error));
  g_assert_no_error (error);
  return g_strdup (sr_record_get_id (SR_RECORD (client)));
}

static char *
save_worker (SrStore    *store,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new (name);

  g_assert_true (sr_store_save_worker (store, worker, &error));
  g_assert_no_error (error);
  return g_strdup (sr_record_get_id (SR_RECORD (worker)));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrPeriod) period = NULL;

  f->store = sr_store_open (":memory:", &error);
  g_assert_no_error (error);
  f->worker_id = save_worker (f->store, "Testi Työntekijä");
  f->other_worker_id = save_worker (f->store, "Toinen Työntekijä");
  sr_store_set_current_worker (f->store, f->worker_id);
  f->client_id = save_client (f->store, "Maija");
  f->other_client_id = save_client (f->store, "Matti");

  period = sr_period_new (f->client_id, "2024-01-08");
  g_object_set (period, "planned-end", "2024-07-08", NULL);
  g_assert_true (sr_store_save_period (f->store, period, &error));
  f->period_id = g_strdup (sr_record_get_id (SR_RECORD (period)));

  f->service = sr_calendar_service_new (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->service);
  g_clear_object (&f->store);
  g_free (f->worker_id);
  g_free (f->other_worker_id);
  g_free (f->client_id);
  g_free (f->other_client_id);
  g_free (f->period_id);
}

static SrMeeting *
new_meeting (const char *client_id,
             const char *worker_id,
             int         month,
             int         day,
             int         hour)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (2024, month, day, hour, 0, 0);
  SrMeeting *meeting = sr_meeting_new (client_id, start, 60);

  g_object_set (meeting, "worker-id", worker_id, "kind", SR_MEETING_KIND_MEETING,
                "place", "Toimisto", NULL);
  return meeting;
}

/* A weekly series of @client_id with @worker_id on Tuesdays at 10:00 from
 * 12 March to 16 April 2024: six meetings, across the change to summer time. */
static GPtrArray *
plan_series (Fixture    *f,
             const char *client_id,
             const char *worker_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrMeeting) first = new_meeting (client_id, worker_id, 3, 12, 10);
  GDate until;
  GPtrArray *meetings;

  g_object_set (first, "notes", "Ensimmäinen tapaaminen", NULL);
  g_date_clear (&until, 1);
  g_date_set_dmy (&until, 16, 4, 2024);
  meetings = sr_calendar_service_create_series (f->service, first, &until, &error);
  g_assert_no_error (error);
  g_assert_nonnull (meetings);
  g_assert_true (g_ptr_array_index (meetings, 0) == first);
  return meetings;
}

/* The stored meeting's local start as "MM-DD HH:MM" and its UTC hour. */
static char *
stored_start (Fixture    *f,
              SrMeeting  *meeting,
              int        *utc_hour)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrMeeting) stored = sr_store_get_meeting (f->store, sr_record_get_id (SR_RECORD (meeting)),
                                                      &error);
  g_autoptr(GDateTime) local = NULL;

  g_assert_no_error (error);
  local = g_date_time_to_local (sr_meeting_get_start (stored));
  if (utc_hour != NULL)
    {
      g_autoptr(GDateTime) utc = g_date_time_to_utc (local);

      *utc_hour = g_date_time_get_hour (utc);
    }
  return g_date_time_format (local, "%m-%d %H:%M");
}

static void
assert_start (Fixture    *f,
              SrMeeting  *meeting,
              const char *expected,
              int         expected_utc_hour)
{
  g_autofree char *start = NULL;
  int utc_hour;

  start = stored_start (f, meeting, &utc_hour);
  g_assert_cmpstr (start, ==, expected);
  g_assert_cmpint (utc_hour, ==, expected_utc_hour);
}

static void
test_create_series (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) meetings = plan_series (f, f->client_id, f->worker_id);
  static const char * const starts[] = {
    "03-12 10:00", "03-19 10:00", "03-26 10:00", "04-02 10:00", "04-09 10:00", "04-16 10:00",
  };

  g_assert_cmpuint (meetings->len, ==, G_N_ELEMENTS (starts));
  for (guint i = 0; i < meetings->len; i++)
    {
      g_autoptr(GError) error = NULL;
      SrMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autoptr(SrMeeting) stored = sr_store_get_meeting (f->store, sr_record_get_id (SR_RECORD (meeting)),
                                                          &error);

      g_assert_no_error (error);
      /* Wall-clock time kept across the change to summer time. */
      assert_start (f, meeting, starts[i], i < 3 ? 8 : 7);
      g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "period-id"), ==, f->period_id);
      g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "worker-id"), ==, f->worker_id);
      g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "place"), ==, "Toimisto");
      /* Notes belong to the first meeting only. */
      g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "notes"), ==,
                       i == 0 ? "Ensimmäinen tapaaminen" : NULL);
    }

  /* Without an end: one meeting; a client without a period: no link. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SrMeeting) single = new_meeting (f->other_client_id, f->worker_id, 5, 6, 9);
    g_autoptr(GPtrArray) one = sr_calendar_service_create_series (f->service, single, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (one->len, ==, 1);
    g_assert_null (sr_record_get_string (SR_RECORD (single), "period-id"));
  }
}

static void
test_series_all_or_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrMeeting) first = new_meeting (f->client_id, f->worker_id, 3, 12, 10);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GDateTime) from = g_date_time_new_utc (2024, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2025, 1, 1, 0, 0, 0);
  GDate until;

  g_date_clear (&until, 1);
  g_date_set_dmy (&until, 16, 4, 2024);
  /* The fourth of six occurrences cannot be written: the three before it
   * must not stay. (Not a TEMP trigger: a batch changes temp_store, which
   * drops those.) */
  g_assert_cmpint (sqlite3_exec (sr_store_get_db (f->store),
                                 "CREATE TRIGGER refuse BEFORE INSERT ON meetings"
                                 " WHEN NEW.start LIKE '2024-04-02%'"
                                 " BEGIN SELECT RAISE (ABORT, 'refused'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_null (sr_calendar_service_create_series (f->service, first, &until, &error));
  g_assert_nonnull (error);
  g_assert_null (sr_record_get_id (SR_RECORD (first)));
  all = sr_store_list_meetings (f->store, NULL, from, to);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 0);
}

static void
test_this_and_following (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) series = plan_series (f, f->client_id, f->worker_id);
  g_autoptr(GPtrArray) others = plan_series (f, f->other_client_id, f->worker_id);
  g_autoptr(SrMeeting) other_worker = new_meeting (f->client_id, f->other_worker_id, 4, 2, 10);
  g_autoptr(GPtrArray) one = sr_calendar_service_create_series (f->service, other_worker, NULL, &error);
  g_autoptr(SrMeeting) edited = NULL;
  g_autoptr(GDateTime) moved = g_date_time_new_local (2024, 3, 27, 14, 0, 0);
  g_autoptr(SrMeeting) held = NULL;
  guint n = 99;

  g_assert_no_error (error);

  /* 9 April was held: it is no longer part of what moves. */
  held = sr_store_get_meeting (f->store, sr_record_get_id (g_ptr_array_index (series, 4)), &error);
  g_object_set (held, "status", SR_MEETING_STATUS_HELD, NULL);
  g_assert_true (sr_store_save_meeting (f->store, held, &error));

  /* The third meeting, 26 March, edited: to Wednesday at 14:00 for 90 min. */
  edited = sr_store_get_meeting (f->store, sr_record_get_id (g_ptr_array_index (series, 2)), &error);
  g_assert_true (sr_calendar_service_count_following (f->service, edited, &n, &error));
  g_assert_cmpuint (n, ==, 0);  /* nothing the series shares has changed */
  g_object_set (edited, "notes", "Vain tämä", NULL);
  g_assert_true (sr_calendar_service_count_following (f->service, edited, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_object_set (edited, "start", moved, "duration", 90, "place", "Kahvila", NULL);
  g_assert_true (sr_calendar_service_count_following (f->service, edited, &n, &error));
  g_assert_cmpuint (n, ==, 2);  /* 2 and 16 April */

  /* Links are made again for what moves: drop them all first. */
  g_assert_cmpint (sqlite3_exec (sr_store_get_db (f->store), "UPDATE meetings SET period_id = NULL",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_object (&edited);
  edited = sr_store_get_meeting (f->store, sr_record_get_id (g_ptr_array_index (series, 2)), &error);
  g_object_set (edited, "start", moved, "duration", 90, "place", "Kahvila", "notes", "Vain tämä", NULL);

  g_assert_true (sr_calendar_service_update_meeting (f->service, edited, SR_MOD_THIS_AND_FOLLOWING, &error));
  g_assert_no_error (error);

  /* Earlier ones untouched; the later planned ones moved alike, at 14:00
   * local time on both sides of the change to summer time. */
  assert_start (f, g_ptr_array_index (series, 0), "03-12 10:00", 8);
  assert_start (f, g_ptr_array_index (series, 1), "03-19 10:00", 8);
  assert_start (f, g_ptr_array_index (series, 2), "03-27 14:00", 12);
  assert_start (f, g_ptr_array_index (series, 3), "04-03 14:00", 11);
  assert_start (f, g_ptr_array_index (series, 4), "04-09 10:00", 7);
  assert_start (f, g_ptr_array_index (series, 5), "04-17 14:00", 11);
  for (guint i = 0; i < series->len; i++)
    {
      g_autoptr(SrMeeting) stored = sr_store_get_meeting (f->store, sr_record_get_id (g_ptr_array_index (series, i)),
                                                          &error);

      gboolean moved_too = i == 2 || i == 3 || i == 5;

      g_assert_cmpint (sr_record_get_int (SR_RECORD (stored), "duration"), ==, moved_too ? 90 : 60);
      g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "place"), ==,
                       moved_too ? "Kahvila" : "Toimisto");
      g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "period-id"), ==,
                       moved_too ? f->period_id : NULL);
      /* Only the edited one takes the notes. */
      if (i == 3 || i == 5)
        g_assert_null (sr_record_get_string (SR_RECORD (stored), "notes"));
    }

  /* Another client's series at the same time, and the same client's
   * meeting with another worker, are other series. */
  for (guint i = 0; i < others->len; i++)
    {
      g_autofree char *expected = NULL;
      g_autoptr(GDateTime) start = g_date_time_new_local (2024, 3, 12, 10, 0, 0);
      g_autoptr(GDateTime) week = g_date_time_add_weeks (start, i);

      expected = g_date_time_format (week, "%m-%d %H:%M");
      assert_start (f, g_ptr_array_index (others, i), expected, i < 3 ? 8 : 7);
    }
  assert_start (f, other_worker, "04-02 10:00", 7);

  /* "This meeting only" moves the one alone. */
  {
    g_autoptr(SrMeeting) second = sr_store_get_meeting (f->store, sr_record_get_id (g_ptr_array_index (series, 1)),
                                                        &error);
    g_autoptr(GDateTime) later = g_date_time_new_local (2024, 3, 19, 12, 0, 0);

    g_object_set (second, "start", later, NULL);
    g_assert_true (sr_calendar_service_update_meeting (f->service, second, SR_MOD_THIS, &error));
    assert_start (f, g_ptr_array_index (series, 1), "03-19 12:00", 10);
    assert_start (f, g_ptr_array_index (series, 3), "04-03 14:00", 11);
  }
}

static void
test_following_all_or_nothing (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) series = plan_series (f, f->client_id, f->worker_id);
  g_autoptr(SrMeeting) edited = NULL;
  g_autoptr(GDateTime) moved = g_date_time_new_local (2024, 3, 26, 15, 0, 0);
  gint64 revision;

  /* The last of the four to move cannot be written. */
  g_assert_cmpint (sqlite3_exec (sr_store_get_db (f->store),
                                 "CREATE TRIGGER refuse BEFORE UPDATE ON meetings"
                                 " WHEN NEW.start LIKE '2024-04-16%'"
                                 " BEGIN SELECT RAISE (ABORT, 'refused'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  edited = sr_store_get_meeting (f->store, sr_record_get_id (g_ptr_array_index (series, 2)), &error);
  revision = sr_record_get_revision (SR_RECORD (edited));
  g_object_set (edited, "start", moved, NULL);
  g_assert_false (sr_calendar_service_update_meeting (f->service, edited, SR_MOD_THIS_AND_FOLLOWING, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  for (guint i = 0; i < series->len; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_local (2024, 3, 12, 10, 0, 0);
      g_autoptr(GDateTime) week = g_date_time_add_weeks (start, i);
      g_autofree char *expected = g_date_time_format (week, "%m-%d %H:%M");

      assert_start (f, g_ptr_array_index (series, i), expected, i < 3 ? 8 : 7);
    }
  /* The edited object can be saved again once the cause is gone. */
  g_assert_cmpint (sr_record_get_revision (SR_RECORD (edited)), ==, revision);
  g_assert_cmpint (sqlite3_exec (sr_store_get_db (f->store), "DROP TRIGGER refuse", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_true (sr_calendar_service_update_meeting (f->service, edited, SR_MOD_THIS_AND_FOLLOWING, &error));
  g_assert_no_error (error);
  assert_start (f, g_ptr_array_index (series, 5), "04-16 15:00", 12);
}

static SrMeetingStatus
stored_status (Fixture   *f,
               SrMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrMeeting) stored = sr_store_get_meeting (f->store, sr_record_get_id (SR_RECORD (meeting)), &error);
  int status;

  g_assert_no_error (error);
  g_object_get (stored, "status", &status, NULL);
  return status;
}

static void
test_cancel_and_delete (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) series = plan_series (f, f->client_id, f->worker_id);
  g_autoptr(GPtrArray) others = plan_series (f, f->other_client_id, f->worker_id);
  const char *third = sr_record_get_id (g_ptr_array_index (series, 2));

  g_assert_true (sr_calendar_service_cancel_meeting (f->service, third, SR_MEETING_STATUS_CANCELLED_BY_CLIENT,
                                                     SR_MOD_THIS, &error));
  g_assert_cmpint (stored_status (f, g_ptr_array_index (series, 2)), ==, SR_MEETING_STATUS_CANCELLED_BY_CLIENT);
  g_assert_cmpint (stored_status (f, g_ptr_array_index (series, 3)), ==, SR_MEETING_STATUS_PLANNED);

  g_assert_true (sr_calendar_service_cancel_meeting (f->service, sr_record_get_id (g_ptr_array_index (series, 3)),
                                                     SR_MEETING_STATUS_CANCELLED_BY_WORKER,
                                                     SR_MOD_THIS_AND_FOLLOWING, &error));
  for (guint i = 0; i < series->len; i++)
    g_assert_cmpint (stored_status (f, g_ptr_array_index (series, i)), ==,
                     i < 2 ? SR_MEETING_STATUS_PLANNED
                     : i == 2 ? SR_MEETING_STATUS_CANCELLED_BY_CLIENT
                     : SR_MEETING_STATUS_CANCELLED_BY_WORKER);

  /* Deleting from the second on: its later planned meetings go too (the
   * cancelled ones are not planned any more and stay, to be counted). */
  g_assert_true (sr_calendar_service_delete_meeting (f->service, sr_record_get_id (g_ptr_array_index (series, 1)),
                                                     SR_MOD_THIS_AND_FOLLOWING, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < series->len; i++)
    {
      g_autoptr(SrMeeting) stored = sr_store_get_meeting (f->store, sr_record_get_id (g_ptr_array_index (series, i)),
                                                          &error);

      if (i == 1)
        {
          g_assert_null (stored);
          g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND);
          g_clear_error (&error);
        }
      else
        {
          g_assert_nonnull (stored);
        }
    }

  /* The other client's series: all still planned. */
  for (guint i = 0; i < others->len; i++)
    g_assert_cmpint (stored_status (f, g_ptr_array_index (others, i)), ==, SR_MEETING_STATUS_PLANNED);

  /* Deleting the first of the other series with the following ones. */
  g_assert_true (sr_calendar_service_delete_meeting (f->service, sr_record_get_id (g_ptr_array_index (others, 0)),
                                                     SR_MOD_THIS_AND_FOLLOWING, &error));
  for (guint i = 0; i < others->len; i++)
    {
      g_autoptr(SrMeeting) stored = sr_store_get_meeting (f->store, sr_record_get_id (g_ptr_array_index (others, i)),
                                                          NULL);

      g_assert_null (stored);
    }
  {
    g_autoptr(SrMeeting) first = sr_store_get_meeting (f->store, sr_record_get_id (g_ptr_array_index (series, 0)),
                                                       NULL);

    g_assert_nonnull (first);
  }
}

/* A series across two overlapping open periods, and past both: each meeting is linked to
 * the period sr_calendar_find_period() names for its day, though the service reads the
 * client's periods once for the whole series. */
static void
test_series_periods (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrPeriod) later = sr_period_new (f->client_id, "2024-04-01");
  g_autoptr(SrMeeting) first = new_meeting (f->client_id, f->worker_id, 3, 12, 10);
  g_autoptr(GPtrArray) meetings = NULL;
  GDate until;
  gboolean seen_first = FALSE;
  gboolean seen_later = FALSE;

  g_object_set (later, "planned-end", "2024-09-30", NULL);
  g_assert_true (sr_store_save_period (f->store, later, &error));
  g_assert_no_error (error);

  /* 12 March to 1 October: inside the first period, in both, in the later one only, and
   * after both have ended as planned. */
  g_date_set_dmy (&until, 1, G_DATE_OCTOBER, 2024);
  meetings = sr_calendar_service_create_series (f->service, first, &until, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, >, 25);

  for (guint i = 0; i < meetings->len; i++)
    {
      SrMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autoptr(GDateTime) local = g_date_time_to_local (sr_meeting_get_start (meeting));
      g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");
      g_autoptr(SrPeriod) expected = sr_calendar_find_period (f->store, f->client_id, day, NULL, &error);
      g_autoptr(SrMeeting) stored = sr_store_get_meeting (f->store, sr_record_get_id (SR_RECORD (meeting)), &error);
      const char *period_id = sr_record_get_string (SR_RECORD (stored), "period-id");

      g_assert_no_error (error);
      g_assert_nonnull (expected);
      g_assert_cmpstr (period_id, ==, sr_record_get_id (SR_RECORD (expected)));
      seen_first |= g_strcmp0 (period_id, f->period_id) == 0;
      seen_later |= g_strcmp0 (period_id, sr_record_get_id (SR_RECORD (later))) == 0;
    }
  g_assert_true (seen_first);
  g_assert_true (seen_later);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Helsinki", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/calendar-service/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("create-series", test_create_series);
  ADD ("series-periods", test_series_periods);
  ADD ("series-all-or-nothing", test_series_all_or_nothing);
  ADD ("this-and-following", test_this_and_following);
  ADD ("following-all-or-nothing", test_following_all_or_nothing);
  ADD ("cancel-and-delete", test_cancel_and_delete);

  return g_test_run ();
}
