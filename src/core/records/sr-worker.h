/* sr-worker.h: a worker (who uses the app)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sr-record.h"
#include "sr-enums.h"

G_BEGIN_DECLS

#define SR_TYPE_WORKER (sr_worker_get_type ())

G_DECLARE_FINAL_TYPE (SrWorker, sr_worker, SR, WORKER, SrRecord)

/* Properties: "name" (string, required), "title" (SrWorkerTitle),
 * "phone", "email" (string), "active" (boolean, default TRUE). */

SrWorker   *sr_worker_new      (const char *name);
const char *sr_worker_get_name (SrWorker   *self);

G_END_DECLS
