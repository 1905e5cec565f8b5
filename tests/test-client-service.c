/* test-client-service.c: a client saved, a period's course from opening to closing, decisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fictitious people only: identity codes with individual numbers 900–999.
 */

#include "config.h"

#include "sr-client-lists.h"
#include "sr-client-service.h"
#include "sr-client.h"
#include "sr-network-contact.h"
#include "sr-period.h"
#include "sr-record.h"
#include "sr-store.h"
#include "sr-worker.h"

typedef struct
{
  SrStore         *store;
  SrClientService *service;
  char            *worker_id;
  SrClient        *client;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Testi Työntekijä");

  f->store = sr_store_open (":memory:", &error);
  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (f->store, worker, &error));
  f->worker_id = g_strdup (sr_record_get_id (SR_RECORD (worker)));
  sr_store_set_current_worker (f->store, f->worker_id);
  f->service = sr_client_service_new (f->store);

  f->client = sr_client_new ("Maija", "Meikäläinen");
  g_object_set (f->client, "identity-code", "131052-9085", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->client);
  g_clear_object (&f->service);
  g_clear_object (&f->store);
  g_free (f->worker_id);
}

static SrPeriod *
open_period (Fixture    *f,
             const char *start)
{
  g_autoptr(GError) error = NULL;
  SrPeriod *period;

  if (sr_record_get_id (SR_RECORD (f->client)) == NULL)
    {
      g_assert_true (sr_client_service_save_client (f->service, f->client, &error));
      g_assert_no_error (error);
    }
  period = sr_period_new (sr_record_get_id (SR_RECORD (f->client)), start);
  g_assert_true (sr_client_service_open_period (f->service, period, &error));
  g_assert_no_error (error);
  return period;
}

static SrPeriod *
stored_period (Fixture  *f,
               SrPeriod *period)
{
  g_autoptr(GError) error = NULL;
  SrPeriod *stored = sr_store_get_period (f->store, sr_record_get_id (SR_RECORD (period)), &error);

  g_assert_no_error (error);
  return stored;
}

static void
test_save_client (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) twin = sr_client_new ("Matti", "Meikäläinen");
  g_autoptr(SrClient) copy = NULL;

  g_assert_true (sr_client_service_save_client (f->service, f->client, &error));
  g_assert_no_error (error);

  /* The identity code is unique among clients. */
  g_object_set (twin, "identity-code", "131052-9085", NULL);
  g_assert_false (sr_client_service_save_client (f->service, twin, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_null (sr_record_get_id (SR_RECORD (twin)));

  /* An edit of an older copy is a conflict. */
  copy = sr_store_get_client (f->store, sr_record_get_id (SR_RECORD (f->client)), &error);
  g_object_set (f->client, "phone", "040 123 4567", NULL);
  g_assert_true (sr_client_service_save_client (f->service, f->client, &error));
  g_object_set (copy, "phone", "050 765 4321", NULL);
  g_assert_false (sr_client_service_save_client (f->service, copy, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Without a current worker nothing is saved. */
  sr_store_set_current_worker (f->store, NULL);
  g_object_set (f->client, "phone", NULL, NULL);
  g_assert_false (sr_client_service_save_client (f->service, f->client, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NO_WORKER);
}

static void
test_default_length (void)
{
  g_autofree char *end = sr_client_service_default_planned_end ("2024-01-15");
  g_autofree char *month_end = sr_client_service_default_planned_end ("2024-08-31");

  g_assert_cmpstr (end, ==, "2024-07-15");
  /* Six calendar months; a day the month lacks becomes its last. */
  g_assert_cmpstr (month_end, ==, "2025-02-28");
  g_assert_null (sr_client_service_default_planned_end (NULL));
  g_assert_null (sr_client_service_default_planned_end ("15.1.2024"));
}

static void
test_open_period (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrPeriod) period = open_period (f, "2024-01-15");
  g_autoptr(SrPeriod) stored = stored_period (f, period);
  g_autoptr(SrPeriod) planned = NULL;

  g_assert_cmpint (sr_period_get_phase (stored), ==, SR_PHASE_ASSESSMENT);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "planned-end"), ==, "2024-07-15");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "worker-id"), ==, f->worker_id);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "legal-basis"), ==, "SHL 17 §");

  /* A planned end given by hand stays; one before the start is refused. */
  planned = sr_period_new (sr_record_get_id (SR_RECORD (f->client)), "2025-01-15");
  g_object_set (planned, "planned-end", "2025-04-15", NULL);
  g_assert_true (sr_client_service_open_period (f->service, planned, &error));
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (planned), "planned-end"), ==, "2025-04-15");
  {
    g_autoptr(SrPeriod) wrong = sr_period_new (sr_record_get_id (SR_RECORD (f->client)), "2025-01-15");

    g_object_set (wrong, "planned-end", "2024-12-31", NULL);
    g_assert_false (sr_client_service_open_period (f->service, wrong, &error));
    g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
  }
}

static void
test_phases (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrPeriod) period = open_period (f, "2024-01-15");
  const char *id = sr_record_get_id (SR_RECORD (period));
  static const SrPhase course[] = { SR_PHASE_PLANNING, SR_PHASE_ACTIVE, SR_PHASE_CLOSING };
  SrPhase next;

  /* The rule itself. */
  g_assert_true (sr_client_service_next_phase (SR_PHASE_ASSESSMENT, &next));
  g_assert_cmpint (next, ==, SR_PHASE_PLANNING);
  g_assert_false (sr_client_service_next_phase (SR_PHASE_CLOSING, &next));
  g_assert_false (sr_client_service_next_phase (SR_PHASE_CLOSED, &next));

  for (guint i = 0; i < G_N_ELEMENTS (course); i++)
    {
      g_autoptr(SrPeriod) stored = NULL;
      SrPhase phase = SR_PHASE_CLOSED;

      g_assert_true (sr_client_service_advance_period (f->service, id, &phase, &error));
      g_assert_no_error (error);
      g_assert_cmpint (phase, ==, course[i]);
      stored = stored_period (f, period);
      g_assert_cmpint (sr_period_get_phase (stored), ==, course[i]);
    }

  /* A closing period is closed, not advanced. */
  g_assert_false (sr_client_service_advance_period (f->service, id, NULL, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  g_assert_true (sr_client_service_close_period (f->service, id, "2024-07-01",
                                                 SR_CLOSING_REASON_GOALS_REACHED, "  Tavoitteet saavutettu ",
                                                 &error));
  g_assert_no_error (error);
  {
    g_autoptr(SrPeriod) stored = stored_period (f, period);
    int reason;

    g_object_get (stored, "closing-reason", &reason, NULL);
    g_assert_cmpint (sr_period_get_phase (stored), ==, SR_PHASE_CLOSED);
    g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "actual-end"), ==, "2024-07-01");
    g_assert_cmpint (reason, ==, SR_CLOSING_REASON_GOALS_REACHED);
    g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "closing-note"), ==, "Tavoitteet saavutettu");
  }

  /* Closed stays closed. */
  g_assert_false (sr_client_service_advance_period (f->service, id, NULL, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_false (sr_client_service_close_period (f->service, id, "2024-08-01", SR_CLOSING_REASON_OTHER,
                                                  NULL, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED);
}

static void
test_close_rules (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrPeriod) period = open_period (f, "2024-01-15");
  const char *id = sr_record_get_id (SR_RECORD (period));
  g_autoptr(SrPeriod) stored = NULL;

  /* Any open phase can be closed, but not before the start. */
  g_assert_false (sr_client_service_close_period (f->service, id, "2024-01-14", SR_CLOSING_REASON_MOVED,
                                                  NULL, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  stored = stored_period (f, period);
  g_assert_cmpint (sr_period_get_phase (stored), ==, SR_PHASE_ASSESSMENT);
  g_assert_null (sr_record_get_string (SR_RECORD (stored), "actual-end"));

  g_assert_true (sr_client_service_close_period (f->service, id, "2024-01-15", SR_CLOSING_REASON_MOVED,
                                                 "   ", &error));
  g_clear_object (&stored);
  stored = stored_period (f, period);
  g_assert_cmpint (sr_period_get_phase (stored), ==, SR_PHASE_CLOSED);
  g_assert_null (sr_record_get_string (SR_RECORD (stored), "closing-note"));
}

static void
test_decisions (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrPeriod) period = open_period (f, "2024-01-15");
  const char *id = sr_record_get_id (SR_RECORD (period));
  SrDecision first = { " 2024/117 ", "2024-01-10", "Sosiaalityöntekijä", "2024-01-15", "2024-07-14", NULL };
  SrDecision extension = { "2024/811", "2024-07-01", NULL, NULL, "2024-12-31", NULL };
  SrDecision shorter = { "2024/812", "2024-07-02", NULL, NULL, "2024-07-14", NULL };

  /* Nothing to extend yet. */
  g_assert_false (sr_client_service_record_decision (f->service, id, SR_DECISION_EXTENSION, &extension, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  g_assert_true (sr_client_service_record_decision (f->service, id, SR_DECISION_NEW, &first, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SrPeriod) stored = stored_period (f, period);

    g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "decision-number"), ==, "2024/117");
    g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "decision-valid-to"), ==, "2024-07-14");
    g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "legal-basis"), ==, "SHL 17 §");
  }

  /* An extension must reach further than the decision it extends. */
  g_assert_false (sr_client_service_record_decision (f->service, id, SR_DECISION_EXTENSION, &shorter, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (sr_client_service_record_decision (f->service, id, SR_DECISION_EXTENSION, &extension, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SrPeriod) stored = stored_period (f, period);

    g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "decision-number"), ==, "2024/811");
    /* It continues the day after the earlier one ended. */
    g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "decision-valid-from"), ==, "2024-07-15");
    g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "decision-valid-to"), ==, "2024-12-31");
  }

  /* A decision's validity cannot end before it begins; a closed period
   * takes no decisions. */
  {
    SrDecision backwards = { "2024/900", "2024-02-01", NULL, "2024-03-01", "2024-02-01", NULL };

    g_assert_false (sr_client_service_record_decision (f->service, id, SR_DECISION_NEW, &backwards, &error));
    g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  g_assert_true (sr_client_service_close_period (f->service, id, "2024-12-31", SR_CLOSING_REASON_OTHER,
                                                 NULL, &error));
  g_assert_false (sr_client_service_record_decision (f->service, id, SR_DECISION_NEW, &first, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED);
}

static void
test_save_contact (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrNetworkContact) contact = NULL;
  g_autoptr(SrNetworkContact) stored = NULL;
  g_autoptr(SrNetworkContact) nobody = NULL;

  g_assert_true (sr_client_service_save_client (f->service, f->client, &error));
  contact = sr_network_contact_new (sr_record_get_id (SR_RECORD (f->client)), " Kela ");
  g_object_set (contact, "role", "  ", "consent-to-share", TRUE, "consent-date", "2024-05-02", NULL);
  g_assert_true (sr_client_service_save_contact (f->service, contact, &error));
  g_assert_no_error (error);
  stored = sr_store_get_network_contact (f->store, sr_record_get_id (SR_RECORD (contact)), &error);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "organisation"), ==, "Kela");
  g_assert_null (sr_record_get_string (SR_RECORD (stored), "role"));
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "consent-date"), ==, "2024-05-02");

  /* Consent withdrawn: its date goes with it. */
  g_object_set (stored, "consent-to-share", FALSE, NULL);
  g_assert_true (sr_client_service_save_contact (f->service, stored, &error));
  g_clear_object (&stored);
  stored = sr_store_get_network_contact (f->store, sr_record_get_id (SR_RECORD (contact)), &error);
  g_assert_false (sr_record_get_boolean (SR_RECORD (stored), "consent-to-share"));
  g_assert_null (sr_record_get_string (SR_RECORD (stored), "consent-date"));

  /* Neither an organisation nor a person: nothing to contact, refused. */
  nobody = sr_network_contact_new (sr_record_get_id (SR_RECORD (f->client)), "   ");
  g_object_set (nobody, "contact", "040 000 0000", NULL);
  g_assert_false (sr_client_service_save_contact (f->service, nobody, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID);
  g_assert_null (sr_record_get_id (SR_RECORD (nobody)));
}

static void
test_delete_contact (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrNetworkContact) contact = NULL;
  g_autoptr(GListModel) contacts = NULL;

  g_assert_true (sr_client_service_save_client (f->service, f->client, &error));
  contact = sr_network_contact_new (sr_record_get_id (SR_RECORD (f->client)), "Kela");
  g_assert_true (sr_client_service_save_contact (f->service, contact, &error));
  contacts = sr_store_list_network_contacts (f->store, sr_record_get_id (SR_RECORD (f->client)));
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);

  g_assert_true (sr_client_service_delete_contact (f->service, sr_record_get_id (SR_RECORD (contact)), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 0);

  /* Saving the removed contact as an edit does not bring it back: to another window it was
   * deleted elsewhere. */
  g_object_set (contact, "person", "Liisa Lahtinen", NULL);
  g_assert_false (sr_client_service_save_contact (f->service, contact, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 0);

  /* The client page's undo restores it, with its id. */
  g_assert_true (sr_client_service_restore_contact (f->service, contact, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
}

static void
test_archive_and_delete_client (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrClient) stored = NULL;
  g_autoptr(SrClient) mistaken = sr_client_new ("Matti", "Virhe");
  g_autoptr(SrPeriod) period = open_period (f, "2024-02-01");
  const char *client_id = sr_record_get_id (SR_RECORD (f->client));

  g_assert_true (sr_client_service_archive_client (f->service, client_id, TRUE, &error));
  g_assert_no_error (error);
  stored = sr_store_get_client (f->store, client_id, &error);
  g_assert_true (sr_record_get_boolean (SR_RECORD (stored), "archived"));
  g_clear_object (&stored);

  g_assert_true (sr_client_service_archive_client (f->service, client_id, FALSE, &error));
  g_assert_no_error (error);
  stored = sr_store_get_client (f->store, client_id, &error);
  g_assert_false (sr_record_get_boolean (SR_RECORD (stored), "archived"));

  /* A client with a period is archived, never deleted. */
  g_assert_false (sr_client_service_delete_client (f->service, client_id, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_clear_object (&stored);
  stored = sr_store_get_client (f->store, client_id, &error);
  g_assert_no_error (error);

  /* One created by mistake, with nothing recorded, goes. */
  g_assert_true (sr_client_service_save_client (f->service, mistaken, &error));
  g_assert_true (sr_client_service_delete_client (f->service, sr_record_get_id (SR_RECORD (mistaken)), &error));
  g_assert_no_error (error);
  g_assert_null (sr_store_get_client (f->store, sr_record_get_id (SR_RECORD (mistaken)), &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nobody named as using the app: not archived. */
  sr_store_set_current_worker (f->store, NULL);
  g_assert_false (sr_client_service_archive_client (f->service, client_id, TRUE, &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_NO_WORKER);
}

static void
test_add_worker (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Toinen Työntekijä");
  g_autoptr(SrWorker) stored = NULL;
  g_autoptr(GListModel) workers = sr_store_list_workers (f->store);

  /* The first-run welcome: no one is using the app yet. */
  sr_store_set_current_worker (f->store, NULL);
  g_object_set (worker, "title", SR_WORKER_TITLE_OTHER, NULL);
  g_assert_true (sr_client_service_add_worker (f->service, worker, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (workers), ==, 2);
  stored = sr_store_get_worker (f->store, sr_record_get_id (SR_RECORD (worker)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "name"), ==, "Toinen Työntekijä");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/client-service/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("save-client", test_save_client);
  g_test_add_func ("/client-service/default-length", test_default_length);
  ADD ("open-period", test_open_period);
  ADD ("phases", test_phases);
  ADD ("close-rules", test_close_rules);
  ADD ("decisions", test_decisions);
  ADD ("save-contact", test_save_contact);
  ADD ("delete-contact", test_delete_contact);
  ADD ("archive-and-delete-client", test_archive_and_delete_client);
  ADD ("add-worker", test_add_worker);

  return g_test_run ();
}
