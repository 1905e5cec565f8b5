/* sr-query-model-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sr-query-model.h"

G_BEGIN_DECLS

/* @sql returns ids of @item_type records in order; @params bind ?1, ?2, …;
 * a ::changed of any of the @watch entity types refreshes the model. */
SrQueryModel *sr_query_model_new (SrStore            *store,
                                  GType               item_type,
                                  const char         *sql,
                                  const char * const *params,
                                  const char * const *watch);

/* Positions of the minimal single change that turns @old_len items into
 * @new_len: equal prefix and suffix are kept. Shared with SrClientList. */
void          sr_diff_range      (guint               old_len,
                                  guint               new_len,
                                  guint               prefix,
                                  guint               suffix,
                                  guint              *removed,
                                  guint              *added);

G_END_DECLS
