/* test-record-merge.c: an edit applied again onto a record changed elsewhere
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fictitious people only: identity codes with individual numbers 900–999.
 */

#include "config.h"

#include "sr-client-service.h"
#include "sr-client.h"
#include "sr-plan.h"
#include "sr-record-merge.h"
#include "sr-record.h"
#include "sr-store.h"
#include "sr-worker.h"

static gboolean
strv_is (char       **strv,
         const char  *first,
         ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) expected = NULL;
  va_list args;

  va_start (args, first);
  for (const char *s = first; s != NULL; s = va_arg (args, const char *))
    g_strv_builder_add (builder, s);
  va_end (args);
  expected = g_strv_builder_end (builder);

  return g_strv_equal ((const char * const *) strv, (const char * const *) expected);
}

/* A client read by a dialog, changed in the store by another window, then
 * saved: the conflict is refused, the edit applied again saves, and both
 * changes are in the stored client. */
static void
test_client (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrStore) store = sr_store_open (":memory:", &error);
  g_autoptr(SrClientService) service = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Testi Työntekijä");
  g_autoptr(SrClient) client = sr_client_new ("Maija", "Meikäläinen");
  g_autoptr(SrRecord) original = NULL;
  g_autoptr(SrRecord) edited = NULL;
  g_autoptr(SrClient) elsewhere = NULL;
  g_autoptr(SrRecord) current = NULL;
  g_autoptr(SrClient) stored = NULL;
  g_auto(GStrv) changed = NULL;
  g_auto(GStrv) conflicts = NULL;
  const char *id;

  g_assert_no_error (error);
  g_assert_true (sr_store_save_worker (store, worker, &error));
  sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
  service = sr_client_service_new (store);
  g_object_set (client, "identity-code", "131052-9085", "phone", "040 111 1111",
                "municipality", "Tampere", NULL);
  g_assert_true (sr_client_service_save_client (service, client, &error));
  g_assert_no_error (error);
  id = sr_record_get_id (SR_RECORD (client));

  /* The dialog's copy, and the caseworker's edit of it. */
  original = sr_record_copy (SR_RECORD (client));
  g_assert_cmpstr (sr_record_get_id (original), ==, id);
  g_assert_cmpint (sr_record_get_revision (original), ==, sr_record_get_revision (SR_RECORD (client)));
  g_assert_cmpstr (sr_record_get_string (original, "phone"), ==, "040 111 1111");
  edited = sr_record_copy (original);
  g_object_set (edited, "phone", "040 222 2222", "municipality", "Espoo", NULL);

  /* Another window changes the address and the municipality meanwhile. */
  elsewhere = sr_store_get_client (store, id, &error);
  g_object_set (elsewhere, "address", "Kauppakatu 1", "municipality", "Vantaa", NULL);
  g_assert_true (sr_client_service_save_client (service, elsewhere, &error));

  g_assert_false (sr_client_service_save_client (service, SR_CLIENT (edited), &error));
  g_assert_error (error, SR_STORE_ERROR, SR_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  current = sr_store_get (store, SR_TYPE_CLIENT, id, &error);
  g_assert_no_error (error);
  changed = sr_record_reapply_edit (current, original, edited, &conflicts);
  g_assert_true (strv_is (changed, "phone", "municipality", NULL));
  g_assert_true (strv_is (conflicts, "municipality", NULL));

  g_assert_true (sr_client_service_save_client (service, SR_CLIENT (current), &error));
  g_assert_no_error (error);
  stored = sr_store_get_client (store, id, &error);
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "phone"), ==, "040 222 2222");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "municipality"), ==, "Espoo");
  g_assert_cmpstr (sr_record_get_string (SR_RECORD (stored), "address"), ==, "Kauppakatu 1");
  g_assert_cmpstr (sr_client_get_first_name (stored), ==, "Maija");
  g_assert_cmpstr (sr_client_get_identity_code (stored), ==, "131052-9085");
}

/* A goal's fields of every kind: ints, flags, booleans, dates and text. A
 * field changed on both sides to the same value is no conflict; cleared
 * text ("" or NULL) is a change like any other. */
static void
test_goal (void)
{
  g_autoptr(SrGoal) goal = sr_goal_new ("plan-1", "Käy ryhmässä viikoittain");
  g_autoptr(SrRecord) original = NULL;
  g_autoptr(SrRecord) edited = NULL;
  g_autoptr(SrRecord) current = NULL;
  g_auto(GStrv) changed = NULL;
  g_auto(GStrv) conflicts = NULL;
  g_auto(GStrv) differ = NULL;

  g_object_set (goal, "baseline", -1, "level-0", "Kerran viikossa", "means-other", "Ohjaaja",
                "target-date", "2027-01-31", NULL);
  original = sr_record_copy (SR_RECORD (goal));
  edited = sr_record_copy (original);
  current = sr_record_copy (original);

  differ = sr_record_changed_fields (original, edited);
  g_assert_true (strv_is (differ, NULL));

  /* Mine: baseline, weighted, the target day, the text, the other means cleared. */
  g_object_set (edited, "baseline", -2, "weighted", TRUE, "target-date", "2027-02-28",
                "text", "Käy ryhmässä kahdesti viikossa", "means-other", "", NULL);
  /* Theirs: the same baseline, another target day, level 0 and importance. */
  g_object_set (current, "baseline", -2, "target-date", "2027-03-31",
                "level-0", "Kahdesti viikossa", "importance", 3, NULL);

  changed = sr_record_reapply_edit (current, original, edited, &conflicts);
  g_assert_true (strv_is (changed, "text", "means-other", "baseline", "weighted", "target-date", NULL));
  g_assert_true (strv_is (conflicts, "target-date", NULL));

  g_assert_cmpint (sr_record_get_int (current, "baseline"), ==, -2);
  g_assert_true (sr_record_get_boolean (current, "weighted"));
  g_assert_cmpstr (sr_record_get_string (current, "target-date"), ==, "2027-02-28");
  g_assert_cmpstr (sr_record_get_string (current, "text"), ==, "Käy ryhmässä kahdesti viikossa");
  g_assert_null (sr_record_get_string (current, "means-other"));
  /* Untouched by the caseworker: the other side's values stay. */
  g_assert_cmpstr (sr_record_get_string (current, "level-0"), ==, "Kahdesti viikossa");
  g_assert_cmpint (sr_record_get_int (current, "importance"), ==, 3);
  g_assert_cmpstr (sr_record_get_string (current, "plan-id"), ==, "plan-1");

  /* Applied, the current version has every change of the edit. */
  g_clear_pointer (&differ, g_strfreev);
  differ = sr_record_changed_fields (current, edited);
  g_assert_true (strv_is (differ, "level-0", "importance", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/record-merge/client", test_client);
  g_test_add_func ("/record-merge/goal", test_goal);

  return g_test_run ();
}
