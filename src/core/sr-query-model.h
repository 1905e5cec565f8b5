/* sr-query-model.h: a live GListModel over an id-returning query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The per-parent lists (a client's periods, a day's meetings, a session's
 * attendance) are all this one class: a query that returns record ids in
 * order, and the record type to load them as. Items are loaded lazily and
 * kept; on the store's ::changed for a watched entity type the query runs
 * again and the model emits the minimal ::items-changed (by id), or
 * (pos, 1, 1) when a listed record itself changed. Made by the store
 * (sr_store_list_*()); widgets never see the SQL.
 */

#pragma once

#include <gio/gio.h>

#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_QUERY_MODEL (sr_query_model_get_type ())

G_DECLARE_FINAL_TYPE (SrQueryModel, sr_query_model, SR, QUERY_MODEL, GObject)

/* Runs the query again now (normally done on ::changed). */
void sr_query_model_refresh (SrQueryModel *self);

G_END_DECLS
