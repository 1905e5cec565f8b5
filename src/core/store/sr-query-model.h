/* sr-query-model.h: a live GListModel over a query of records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The per-parent lists (a client's periods, a day's meetings, a group's
 * attendance) are all this one class: one query that returns whole rows of
 * one record type in order, made into records as it runs. On the store's
 * ::changed for a watched entity type the query runs again; records whose
 * revision is unchanged stay the same objects, and the model emits one
 * minimal ::items-changed covering what was added, removed, moved or
 * changed. Made by the store (sr_store_list_*()); widgets never see the SQL.
 *
 * The model holds all its records: it is for lists of at most a few
 * thousand. The county-wide lists (the client list, a calendar range) have
 * their own windowed queries (SrClientList, sr-calendar-query.h).
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
