/* test-period.c: what an open period is, said once in C and once in SQL
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "sr-period.h"
#include "sr-store-private.h"
#include "sr-store.h"
#include "sr-client.h"
#include "sr-record.h"
#include "sr-worker.h"

static SrStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrWorker) worker = sr_worker_new ("Tila");
  SrStore *store = sr_store_open (":memory:", &error);

  g_assert_no_error (error);
  g_assert_true (sr_store_save (store, SR_RECORD (worker), &error));
  sr_store_set_current_worker (store, sr_record_get_id (SR_RECORD (worker)));
  return store;
}

static gboolean
sql_says_open (SrStore    *store,
               const char *period_id)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = sr_store_prepare (store,
                                         "SELECT " SR_PERIOD_OPEN_SQL ("p")
                                         " FROM periods p WHERE p.id = ?1", &error);
  gboolean open;

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, period_id, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  open = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);

  return open;
}

/* Every phase, with and without an actual end: the C rule and the SQL condition agree, on
 * the period as stored and read back. */
static void
test_period_open_agrees (void)
{
  g_autoptr(SrStore) store = open_store ();
  g_autoptr(SrClient) client = sr_client_new ("Aino", "Aaltonen");
  g_autoptr(GError) error = NULL;
  const char *client_id;
  guint n_open = 0;

  g_assert_true (sr_store_save (store, SR_RECORD (client), &error));
  client_id = sr_record_get_id (SR_RECORD (client));

  for (SrPhase phase = SR_PHASE_ASSESSMENT; phase <= SR_PHASE_CLOSED; phase++)
    for (guint ended = 0; ended < 2; ended++)
      {
        g_autoptr(SrPeriod) period = sr_period_new (client_id, "2026-01-05");
        g_autoptr(SrRecord) reread = NULL;
        gboolean open;

        g_object_set (period, "phase", phase, "actual-end", ended ? "2026-06-30" : NULL, NULL);
        g_assert_true (sr_store_save (store, SR_RECORD (period), &error));
        g_assert_no_error (error);
        reread = sr_store_get (store, SR_TYPE_PERIOD, sr_record_get_id (SR_RECORD (period)), &error);
        g_assert_no_error (error);

        open = sr_period_is_open (SR_PERIOD (reread));
        g_assert_cmpint (open, ==, phase != SR_PHASE_CLOSED && !ended);
        g_assert_cmpint (sql_says_open (store, sr_record_get_id (reread)), ==, open);
        n_open += open;
      }

  g_assert_cmpuint (n_open, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/period/open-agrees", test_period_open_agrees);

  return g_test_run ();
}
