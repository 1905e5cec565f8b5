/* sr-client-list.h: the live, searchable list of clients
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GListModel of SrClient sorted by last name, then first name, in Finnish /
 * Swedish order (Å Ä Ö after Z). It holds only the ordered row numbers of
 * the matching clients and makes SrClient items lazily, so 100,000 clients
 * cost a few hundred kilobytes. A refresh (search text, filter or a change
 * in the store) runs off the main thread on a file database and emits one
 * minimal ::items-changed, or none when nothing changed.
 */

#pragma once

#include <gio/gio.h>

#include "sr-store.h"

G_BEGIN_DECLS

typedef enum
{
  SR_CLIENT_FILTER_ALL,               /*< nick=all >*/      /* not archived */
  SR_CLIENT_FILTER_MINE,              /*< nick=mine >*/     /* named worker is the current worker */
  SR_CLIENT_FILTER_ACTIVE_PERIOD,     /*< nick=active-period >*/
  SR_CLIENT_FILTER_NO_ACTIVE_PERIOD,  /*< nick=no-active-period >*/
  SR_CLIENT_FILTER_ARCHIVED,          /*< nick=archived >*/
  SR_CLIENT_FILTER_NEEDS_ATTENTION,   /*< nick=needs-attention >*/
} SrClientFilter;

#define SR_TYPE_CLIENT_FILTER (sr_client_filter_get_type ())
GType sr_client_filter_get_type (void);

#define SR_TYPE_CLIENT_LIST (sr_client_list_get_type ())

G_DECLARE_FINAL_TYPE (SrClientList, sr_client_list, SR, CLIENT_LIST, GObject)

/* Properties: "store" (construct-only), "search-text" (string), "filter"
 * (SrClientFilter), "loading" (boolean, read-only: a refresh is running),
 * and GListModel's "item-type" / "n-items". */

SrClientList   *sr_client_list_new             (SrStore        *store);
const char     *sr_client_list_get_search_text (SrClientList   *self);
void            sr_client_list_set_search_text (SrClientList   *self,
                                                const char     *search_text);
SrClientFilter  sr_client_list_get_filter      (SrClientList   *self);
void            sr_client_list_set_filter      (SrClientList   *self,
                                                SrClientFilter  filter);
gboolean        sr_client_list_get_loading     (SrClientList   *self);
/* Position of the client, or G_MAXUINT if not in the list. */
guint           sr_client_list_find            (SrClientList   *self,
                                                const char     *client_id);

G_END_DECLS
