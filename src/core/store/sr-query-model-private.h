/* sr-query-model-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sr-query-model.h"

G_BEGIN_DECLS

/* Lists the @item_type records of "sr_store_select_sql (@item_type) @tail":
 * @tail continues the query after "FROM <table> t" (joins, WHERE, ORDER BY)
 * and names the record's table "t". @params bind ?1, ?2, …; a ::changed of
 * any of the @watch entity types refreshes the model. */
SrQueryModel *sr_query_model_new (SrStore            *store,
                                  GType               item_type,
                                  const char         *tail,
                                  const char * const *params,
                                  const char * const *watch);
/* The same, as a GListModel: what the domains' list functions return. */
GListModel   *sr_query_list      (SrStore            *store,
                                  GType               item_type,
                                  const char         *tail,
                                  const char * const *params,
                                  const char * const *watch);

/* NULL-terminated string arrays for @params and @watch. */
#define SR_PARAMS(...) ((const char * const[]) { __VA_ARGS__, NULL })
#define SR_WATCH(...)  ((const char * const[]) { __VA_ARGS__, NULL })

/* Positions of the minimal single change that turns @old_len items into
 * @new_len: equal prefix and suffix are kept. Shared with SrClientList. */
void          sr_diff_range      (guint               old_len,
                                  guint               new_len,
                                  guint               prefix,
                                  guint               suffix,
                                  guint              *removed,
                                  guint              *added);

G_END_DECLS
