/* sr-service-private.h: how the domain services make one user action one transaction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A service call that writes more than one record runs them in one store
 * action (sr_store_begin_action(): one transaction, no savepoints, one
 * ::committed) and rolls the whole action back on any failure. Records handed in by
 * the caller get their id and revision as each save returns; on a rollback
 * those are put back as they were (SrServiceMeta), so the caller can retry
 * the same objects without a false CONFLICT.
 */

#pragma once

#include "sr-record-private.h"
#include "sr-service.h"
#include "sr-store-private.h"

G_BEGIN_DECLS

/* The store a service was made with (sr_service_get_store()). */
#define SR_SERVICE_STORE(self) (sr_service_get_store (SR_SERVICE (self)))

typedef struct
{
  SrRecord  *record;
  char      *id;
  GDateTime *created_at;
  GDateTime *updated_at;
  gint64     revision;
} SrServiceMeta;

static inline void
sr_service_meta_clear (gpointer data)
{
  SrServiceMeta *meta = data;

  g_clear_object (&meta->record);
  g_clear_pointer (&meta->id, g_free);
  g_clear_pointer (&meta->created_at, g_date_time_unref);
  g_clear_pointer (&meta->updated_at, g_date_time_unref);
}

/* An array of SrServiceMeta to restore on a rollback. */
static inline GArray *
sr_service_metas_new (void)
{
  GArray *metas = g_array_new (FALSE, TRUE, sizeof (SrServiceMeta));

  g_array_set_clear_func (metas, sr_service_meta_clear);
  return metas;
}

/* Remembers what @record holds now, before it is saved. */
static inline void
sr_service_metas_add (GArray   *metas,
                      SrRecord *record)
{
  SrServiceMeta meta = { g_object_ref (record), g_strdup (sr_record_get_id (record)), NULL, NULL,
                         sr_record_get_revision (record) };

  if (sr_record_get_created_at (record) != NULL)
    meta.created_at = g_date_time_ref (sr_record_get_created_at (record));
  if (sr_record_get_updated_at (record) != NULL)
    meta.updated_at = g_date_time_ref (sr_record_get_updated_at (record));
  g_array_append_val (metas, meta);
}

static inline gboolean
sr_service_begin (SrStore  *store,
                  GError  **error)
{
  return sr_store_begin_action (store, error);
}

/* Commits if @ok, else rolls back and restores @metas (may be NULL).
 * Returns whether the action is stored. */
static inline gboolean
sr_service_finish (SrStore  *store,
                   gboolean  ok,
                   GArray   *metas,
                   GError  **error)
{
  if (ok)
    {
      /* A failed commit rolls the action back itself. */
      if (sr_store_commit_action (store, error))
        return TRUE;
    }
  else
    {
      sr_store_rollback_action (store);
    }

  for (guint i = 0; metas != NULL && i < metas->len; i++)
    {
      SrServiceMeta *meta = &g_array_index (metas, SrServiceMeta, i);

      sr_record_set_meta (meta->record, meta->id, meta->created_at, meta->updated_at,
                          meta->revision);
    }

  return FALSE;
}

G_END_DECLS
