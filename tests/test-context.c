/* test-context.c: the worker using the app and the settings SrContext shares
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sr-context.h"
#include "sr-worker.h"

typedef struct
{
  GSettings *settings;
  SrStore   *store;
  char      *anna;   /* worker ids in the store */
  char      *ben;
  guint      notified;
} Fixture;

static char *
add_worker (SrStore    *store,
            const char *name)
{
  g_autoptr(SrWorker) worker = sr_worker_new (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (sr_store_save_worker (store, worker, &error));
  g_assert_no_error (error);
  return g_strdup (sr_record_get_id (SR_RECORD (worker)));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (f->settings, "current-worker");
  g_settings_reset (f->settings, "gas-rho");
  f->store = sr_store_open (":memory:", &error);
  g_assert_no_error (error);
  f->anna = add_worker (f->store, "Anna Avustaja");
  f->ben = add_worker (f->store, "Ben Berg");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_settings_reset (f->settings, "current-worker");
  g_settings_reset (f->settings, "gas-rho");
  g_clear_object (&f->store);
  g_clear_object (&f->settings);
  g_free (f->anna);
  g_free (f->ben);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              Fixture    *f)
{
  f->notified++;
}

static void
test_setting_applied (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SrContext) context = NULL;

  g_settings_set_string (f->settings, "current-worker", f->anna);
  context = sr_context_new (f->store, f->settings);

  g_assert_cmpstr (sr_context_get_current_worker (context), ==, f->anna);
  g_assert_cmpstr (sr_store_get_current_worker (f->store), ==, f->anna);
}

/* The setting was made with another database: its id names nobody here, and writes must
 * ask for a worker rather than log a stranger. */
static void
test_foreign_setting_not_applied (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(SrContext) context = NULL;
  g_autofree char *setting = NULL;

  g_settings_set_string (f->settings, "current-worker", "6f1f5f3e-0000-4000-8000-000000000000");
  context = sr_context_new (f->store, f->settings);

  g_assert_null (sr_context_get_current_worker (context));
  g_assert_null (sr_store_get_current_worker (f->store));
  /* Nor is the setting forgotten: it is still right for the other database. */
  setting = g_settings_get_string (f->settings, "current-worker");
  g_assert_cmpstr (setting, ==, "6f1f5f3e-0000-4000-8000-000000000000");
}

/* The welcome and Preferences choose a worker: it is remembered, applied and told. */
static void
test_choose_worker (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SrContext) context = sr_context_new (f->store, f->settings);
  g_autofree char *setting = NULL;

  g_assert_null (sr_context_get_current_worker (context));
  g_signal_connect (context, "notify::current-worker", G_CALLBACK (on_notify_cb), f);

  sr_context_set_current_worker (context, f->anna);
  g_assert_cmpstr (sr_context_get_current_worker (context), ==, f->anna);
  g_assert_cmpstr (sr_store_get_current_worker (f->store), ==, f->anna);
  setting = g_settings_get_string (f->settings, "current-worker");
  g_assert_cmpstr (setting, ==, f->anna);
  g_assert_cmpuint (f->notified, ==, 1);

  /* The same worker again is no change. */
  sr_context_set_current_worker (context, f->anna);
  g_assert_cmpuint (f->notified, ==, 1);

  /* An id of nobody here is not applied. */
  sr_context_set_current_worker (context, "6f1f5f3e-0000-4000-8000-000000000000");
  g_assert_null (sr_store_get_current_worker (f->store));
  g_assert_cmpuint (f->notified, ==, 2);
}

/* The setting changed elsewhere (another window's Preferences): the context follows. */
static void
test_follows_setting (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SrContext) context = sr_context_new (f->store, f->settings);
  g_autoptr(GSettings) elsewhere = g_settings_new (APPLICATION_ID);

  g_signal_connect (context, "notify::current-worker", G_CALLBACK (on_notify_cb), f);
  g_settings_set_string (elsewhere, "current-worker", f->ben);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpstr (sr_context_get_current_worker (context), ==, f->ben);
  g_assert_cmpuint (f->notified, ==, 1);
}

/* The demo's sample data makes its fictitious worker current: the context keeps that
 * worker, and choosing another one does not become the setting of the caseworker's own
 * database. */
static void
test_store_keeps_own_worker (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SrContext) context = NULL;
  g_autofree char *setting = NULL;

  g_settings_set_string (f->settings, "current-worker", f->anna);
  sr_store_set_current_worker (f->store, f->ben);
  context = sr_context_new (f->store, f->settings);
  g_assert_cmpstr (sr_context_get_current_worker (context), ==, f->ben);

  g_signal_connect (context, "notify::current-worker", G_CALLBACK (on_notify_cb), f);
  sr_context_set_current_worker (context, f->anna);
  g_assert_cmpstr (sr_context_get_current_worker (context), ==, f->anna);
  g_assert_cmpuint (f->notified, ==, 1);

  sr_context_set_current_worker (context, f->ben);
  setting = g_settings_get_string (f->settings, "current-worker");
  g_assert_cmpstr (setting, ==, f->anna);

  /* Nor does a change of the setting reach the demo. */
  g_settings_set_string (f->settings, "current-worker", f->anna);
  g_assert_cmpstr (sr_context_get_current_worker (context), ==, f->ben);
}

static void
test_gas_rho (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SrContext) context = sr_context_new (f->store, f->settings);

  g_assert_cmpfloat_with_epsilon (sr_context_get_gas_rho (context), 0.3, 1e-9);

  g_signal_connect (context, "notify::gas-rho", G_CALLBACK (on_notify_cb), f);
  g_settings_set_double (f->settings, "gas-rho", 0.5);
  g_assert_cmpfloat_with_epsilon (sr_context_get_gas_rho (context), 0.5, 1e-9);
  g_assert_cmpuint (f->notified, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/context/setting-applied", Fixture, NULL,
              fixture_set_up, test_setting_applied, fixture_tear_down);
  g_test_add ("/context/foreign-setting-not-applied", Fixture, NULL,
              fixture_set_up, test_foreign_setting_not_applied, fixture_tear_down);
  g_test_add ("/context/choose-worker", Fixture, NULL,
              fixture_set_up, test_choose_worker, fixture_tear_down);
  g_test_add ("/context/follows-setting", Fixture, NULL,
              fixture_set_up, test_follows_setting, fixture_tear_down);
  g_test_add ("/context/store-keeps-own-worker", Fixture, NULL,
              fixture_set_up, test_store_keeps_own_worker, fixture_tear_down);
  g_test_add ("/context/gas-rho", Fixture, NULL,
              fixture_set_up, test_gas_rho, fixture_tear_down);

  return g_test_run ();
}
