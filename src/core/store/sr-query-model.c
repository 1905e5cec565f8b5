/* sr-query-model.c: a live GListModel over a query of records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-query-model"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-query-model-private.h"
#include "sr-record-private.h"
#include "sr-store-private.h"

struct _SrQueryModel
{
  GObject      parent_instance;

  SrStore     *store;
  GType        item_type;
  char        *sql;
  GStrv        params;
  GStrv        watch;
  GPtrArray   *items;   /* SrRecord, in order */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SrQueryModel, sr_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

void
sr_diff_range (guint  old_len,
               guint  new_len,
               guint  prefix,
               guint  suffix,
               guint *removed,
               guint *added)
{
  g_assert (prefix + suffix <= MIN (old_len, new_len));

  *removed = old_len - prefix - suffix;
  *added = new_len - prefix - suffix;
}

/* Runs the query, making records from its rows. A row whose record is
 * already listed at the same revision reuses that object (the refresh after
 * a write then only reads ids and revisions of the rest), except the records
 * the commit wrote (@changes, may be NULL), which are read again. Returns
 * NULL on error, leaving the list as it was. */
static GPtrArray *
run_query (SrQueryModel *self,
           SrChanges    *changes)
{
  const char *entity_type = sr_record_type_get_info (self->item_type)->entity_type;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) old = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = sr_store_prepare (self->store, self->sql, &error);
  if (stmt == NULL)
    {
      g_critical ("List query failed: %s", error->message);
      return NULL;
    }

  for (guint i = 0; self->params != NULL && self->params[i] != NULL; i++)
    sqlite3_bind_text (stmt, (int) i + 1, self->params[i], -1, SQLITE_STATIC);

  if (self->items->len > 0)
    {
      old = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < self->items->len; i++)
        {
          SrRecord *record = g_ptr_array_index (self->items, i);

          g_hash_table_insert (old, (gpointer) sr_record_get_id (record), record);
        }
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      SrRecord *record = old != NULL ? g_hash_table_lookup (old, id) : NULL;

      if (record != NULL && sr_record_get_revision (record) == sqlite3_column_int64 (stmt, 3)
          && (changes == NULL || !sr_changes_has_record (changes, entity_type, id)))
        g_ptr_array_add (items, g_object_ref (record));
      else
        g_ptr_array_add (items, sr_store_record_from_row (self->item_type, stmt));
    }

  if (rc != SQLITE_DONE)
    {
      /* No names or ids in the message: only what went wrong. */
      g_critical ("List query failed: %s", sqlite3_errstr (rc));
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&items);
}

/* Replaces the items and emits one minimal ::items-changed. Unchanged
 * records are the same objects (run_query()), so comparing pointers finds
 * both moved and re-read records. */
static void
update (SrQueryModel *self,
        GPtrArray    *new_items)
{
  guint old_len = self->items->len;
  guint new_len = new_items->len;
  guint prefix = 0, suffix = 0, removed, added;
  g_autoptr(GPtrArray) old_items = NULL;

  while (prefix < old_len && prefix < new_len
         && g_ptr_array_index (self->items, prefix) == g_ptr_array_index (new_items, prefix))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix
         && g_ptr_array_index (self->items, old_len - 1 - suffix)
            == g_ptr_array_index (new_items, new_len - 1 - suffix))
    suffix++;
  sr_diff_range (old_len, new_len, prefix, suffix, &removed, &added);

  /* The old records live until the signal has been handled. */
  old_items = g_steal_pointer (&self->items);
  self->items = g_ptr_array_ref (new_items);

  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
}

static void
on_store_committed_cb (SrQueryModel *self,
                       SrChanges    *changes,
                       SrStore      *store)
{
  g_autoptr(GPtrArray) items = NULL;

  /* One query per commit, however many of its records the list shows. */
  if (!sr_changes_has_any (changes, (const char * const *) self->watch))
    return;

  items = run_query (self, changes);
  if (items != NULL)
    update (self, items);
}

static GType
sr_query_model_get_item_type (GListModel *model)
{
  return SR_QUERY_MODEL (model)->item_type;
}

static guint
sr_query_model_get_n_items (GListModel *model)
{
  return SR_QUERY_MODEL (model)->items->len;
}

static gpointer
sr_query_model_get_item (GListModel *model,
                         guint       position)
{
  SrQueryModel *self = SR_QUERY_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sr_query_model_get_item_type;
  iface->get_n_items = sr_query_model_get_n_items;
  iface->get_item = sr_query_model_get_item;
}

static void
sr_query_model_dispose (GObject *object)
{
  SrQueryModel *self = SR_QUERY_MODEL (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sr_query_model_parent_class)->dispose (object);
}

static void
sr_query_model_finalize (GObject *object)
{
  SrQueryModel *self = SR_QUERY_MODEL (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->sql, g_free);
  g_clear_pointer (&self->params, g_strfreev);
  g_clear_pointer (&self->watch, g_strfreev);

  G_OBJECT_CLASS (sr_query_model_parent_class)->finalize (object);
}

static void
sr_query_model_class_init (SrQueryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sr_query_model_dispose;
  object_class->finalize = sr_query_model_finalize;
}

static void
sr_query_model_init (SrQueryModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

SrQueryModel *
sr_query_model_new (SrStore            *store,
                    GType               item_type,
                    const char         *tail,
                    const char * const *params,
                    const char * const *watch)
{
  g_autoptr(GPtrArray) items = NULL;
  SrQueryModel *self;

  g_return_val_if_fail (SR_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, SR_TYPE_RECORD), NULL);
  g_return_val_if_fail (tail != NULL, NULL);

  self = g_object_new (SR_TYPE_QUERY_MODEL, NULL);
  self->store = g_object_ref (store);
  self->item_type = item_type;
  self->sql = g_strconcat (sr_store_select_sql (item_type), " ", tail, NULL);
  self->params = g_strdupv ((char **) params);
  self->watch = g_strdupv ((char **) watch);

  items = run_query (self, NULL);
  if (items != NULL)
    {
      g_ptr_array_unref (self->items);
      self->items = g_steal_pointer (&items);
    }

  g_signal_connect_object (store, "committed", G_CALLBACK (on_store_committed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}

GListModel *
sr_query_list (SrStore            *store,
               GType               item_type,
               const char         *tail,
               const char * const *params,
               const char * const *watch)
{
  return G_LIST_MODEL (sr_query_model_new (store, item_type, tail, params, watch));
}

void
sr_query_model_refresh (SrQueryModel *self)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_if_fail (SR_IS_QUERY_MODEL (self));

  items = run_query (self, NULL);
  if (items != NULL)
    update (self, items);
}
