/* sr-worker.c: a worker (who uses the app)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-worker"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-record-private.h"
#include "sr-types.h"
#include "sr-worker.h"

struct _SrWorker
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrWorker, sr_worker, SR_TYPE_RECORD)

static const SrField worker_fields[] = {
  SR_F_STRING ("name"),
  SR_F_ENUM ("title", sr_worker_title_get_type, SR_WORKER_TITLE_SOCIAL_WORKER),
  SR_F_STRING ("phone"),
  SR_F_STRING ("email"),
  SR_F_BOOL ("active", TRUE),
};

static gboolean
sr_worker_validate (SrRecord  *record,
                    GError   **error)
{
  return sr_record_check_required (record, "name", _("The worker’s name"), error);
}

static void
sr_worker_class_init (SrWorkerClass *klass)
{
  SrRecordClass *record_class = SR_RECORD_CLASS (klass);

  record_class->validate = sr_worker_validate;
  sr_record_class_install_fields (record_class, SR_ENTITY_WORKER, "workers",
                                  worker_fields, G_N_ELEMENTS (worker_fields));
}

static void
sr_worker_init (SrWorker *self)
{
}

SrWorker *
sr_worker_new (const char *name)
{
  return g_object_new (SR_TYPE_WORKER, "name", name, NULL);
}

const char *
sr_worker_get_name (SrWorker *self)
{
  g_return_val_if_fail (SR_IS_WORKER (self), NULL);

  return sr_record_get_string (SR_RECORD (self), "name");
}
