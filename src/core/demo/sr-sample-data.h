/* sr-sample-data.h: realistic, fictitious data for the demo, tests and benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every person is made up: names drawn from Finnish and Swedish name lists,
 * identity codes with individual numbers 900–999 (temporary codes, never a
 * real person's), phone numbers 040 555xxxx and e-mail addresses at
 * example.org / example.fi. The county is Western Uusimaa (bilingual), so
 * both languages occur in names, municipalities and the texts of plans.
 *
 * The same options (seed, scale and "today") give the same data, except for
 * ids and timestamps, which the store makes.
 */

#pragma once

#include "sr-store.h"

G_BEGIN_DECLS

/* The demo's size: enough for every view to have something in it. */
#define SR_SAMPLE_DEMO_CLIENTS 60
#define SR_SAMPLE_DEMO_SEED    17
/* Meetings and sessions reach this far back by default: three months. */
#define SR_SAMPLE_DEFAULT_HISTORY_DAYS 91
/* …and this far ahead: a month. */
#define SR_SAMPLE_FUTURE_DAYS 30

/* @fraction: 0–1 of the estimated work done, reported after each chunk of
 * saves is committed. */
typedef void (*SrSampleProgressFunc) (double   fraction,
                                      gpointer user_data);

typedef struct
{
  /* The scale: how many clients (0: SR_SAMPLE_DEMO_CLIENTS). */
  guint                 n_clients;

  /* Volumes; 0 means what n_clients gives naturally: about 1.5 periods
   * per client, weekly meetings in each period, a group per 100 clients
   * (at least 4) meeting weekly with 5–11 members. A volume given here is
   * met exactly (periods, meetings, groups, sessions) or to within a group's
   * worth (attendance rows); meetings and sessions are then spaced more or
   * less densely than weekly to fit into history_days. */
  guint                 n_periods;
  guint                 n_meetings;
  guint                 n_groups;
  guint                 n_sessions;
  guint                 n_attendance;

  /* How far back meetings and group sessions go (0: three months). */
  guint                 history_days;

  guint32               seed;
  /* "YYYY-MM-DD": the day the data is made around; NULL for today. */
  const char           *today;

  SrSampleProgressFunc  progress;
  gpointer              progress_data;
} SrSampleOptions;

/* Fills @options with the demo's defaults (all volumes natural). */
void      sr_sample_options_init      (SrSampleOptions        *options);

/* Adds sample data to @store; meant for an empty database. Saves go through
 * the store's normal validation, in batches (sr_store_begin_batch()) of many
 * saves per transaction. If the store has no current worker, the first
 * generated worker (a social counsellor with a caseload, who also leads a
 * group) becomes the current worker and stays so. On failure, chunks
 * committed before the failing one stay in the database. */
gboolean  sr_sample_data_generate     (SrStore                *store,
                                       const SrSampleOptions  *options,
                                       GError                **error);

/* For `socrehab --demo`: a new database in a private temporary folder
 * (0700), filled with the demo data around today. Remove it with
 * sr_sample_data_remove_demo() once the store has been released. */
SrStore  *sr_sample_data_open_demo    (GError                **error);
/* Deletes the demo database at @path (with its -wal and -shm files) and its
 * temporary folder. Only for a path sr_sample_data_open_demo() made. */
gboolean  sr_sample_data_remove_demo  (const char             *path,
                                       GError                **error);

G_END_DECLS
