/* sr-query-model.c: a live GListModel over an id-returning query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-query-model"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-query-model-private.h"
#include "sr-store-private.h"

struct _SrQueryModel
{
  GObject      parent_instance;

  SrStore     *store;
  GType        item_type;
  char        *sql;
  GStrv        params;
  GStrv        watch;
  GPtrArray   *ids;     /* char *, in order */
  GHashTable  *items;   /* id → SrRecord, loaded lazily */
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

static GPtrArray *
run_query (SrQueryModel *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = sr_store_prepare (self->store, self->sql, &error);
  if (stmt == NULL)
    {
      g_critical ("List query failed: %s", error->message);
      return g_steal_pointer (&ids);
    }

  for (guint i = 0; self->params != NULL && self->params[i] != NULL; i++)
    sqlite3_bind_text (stmt, (int) i + 1, self->params[i], -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  return g_steal_pointer (&ids);
}

static int
find_id (GPtrArray  *ids,
         const char *id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), id))
      return (int) i;

  return -1;
}

/* Replaces the ids and emits one minimal ::items-changed; @changed_id (may
 * be NULL) is a record whose content changed, re-announced in place. */
static void
update (SrQueryModel *self,
        GPtrArray    *new_ids,
        const char   *changed_id)
{
  guint old_len = self->ids->len;
  guint new_len = new_ids->len;
  guint prefix = 0, suffix = 0, removed, added;
  int pos;

  while (prefix < old_len && prefix < new_len
         && g_str_equal (g_ptr_array_index (self->ids, prefix),
                         g_ptr_array_index (new_ids, prefix)))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix
         && g_str_equal (g_ptr_array_index (self->ids, old_len - 1 - suffix),
                         g_ptr_array_index (new_ids, new_len - 1 - suffix)))
    suffix++;
  sr_diff_range (old_len, new_len, prefix, suffix, &removed, &added);

  for (guint i = prefix; i < prefix + removed; i++)
    g_hash_table_remove (self->items, g_ptr_array_index (self->ids, i));
  if (changed_id != NULL)
    g_hash_table_remove (self->items, changed_id);

  g_ptr_array_unref (self->ids);
  self->ids = g_ptr_array_ref (new_ids);

  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);

  pos = changed_id != NULL ? find_id (self->ids, changed_id) : -1;
  if (pos >= 0 && ((guint) pos < prefix || (guint) pos >= prefix + added))
    g_list_model_items_changed (G_LIST_MODEL (self), (guint) pos, 1, 1);
}

static void
on_store_changed_cb (SrQueryModel *self,
                     const char   *entity_type,
                     const char   *id,
                     SrStore      *store)
{
  g_autoptr(GPtrArray) ids = NULL;

  if (self->watch == NULL || !g_strv_contains ((const char * const *) self->watch, entity_type))
    return;

  ids = run_query (self);
  update (self, ids, id);
}

static GType
sr_query_model_get_item_type (GListModel *model)
{
  return SR_QUERY_MODEL (model)->item_type;
}

static guint
sr_query_model_get_n_items (GListModel *model)
{
  return SR_QUERY_MODEL (model)->ids->len;
}

static gpointer
sr_query_model_get_item (GListModel *model,
                         guint       position)
{
  SrQueryModel *self = SR_QUERY_MODEL (model);
  const char *id;
  SrRecord *record;

  if (position >= self->ids->len)
    return NULL;

  id = g_ptr_array_index (self->ids, position);
  record = g_hash_table_lookup (self->items, id);
  if (record == NULL)
    {
      record = sr_store_get (self->store, self->item_type, id, NULL);
      /* Deleted under us before the refresh: hand out an empty record. */
      if (record == NULL)
        return g_object_new (self->item_type, NULL);
      g_hash_table_insert (self->items, g_strdup (id), record);
    }

  return g_object_ref (record);
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
  g_clear_pointer (&self->items, g_hash_table_unref);

  G_OBJECT_CLASS (sr_query_model_parent_class)->dispose (object);
}

static void
sr_query_model_finalize (GObject *object)
{
  SrQueryModel *self = SR_QUERY_MODEL (object);

  g_clear_pointer (&self->ids, g_ptr_array_unref);
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
  self->ids = g_ptr_array_new_with_free_func (g_free);
  self->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

SrQueryModel *
sr_query_model_new (SrStore            *store,
                    GType               item_type,
                    const char         *sql,
                    const char * const *params,
                    const char * const *watch)
{
  SrQueryModel *self;

  g_return_val_if_fail (SR_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, SR_TYPE_RECORD), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  self = g_object_new (SR_TYPE_QUERY_MODEL, NULL);
  self->store = g_object_ref (store);
  self->item_type = item_type;
  self->sql = g_strdup (sql);
  self->params = g_strdupv ((char **) params);
  self->watch = g_strdupv ((char **) watch);

  g_ptr_array_unref (self->ids);
  self->ids = run_query (self);

  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}

void
sr_query_model_refresh (SrQueryModel *self)
{
  g_autoptr(GPtrArray) ids = NULL;

  g_return_if_fail (SR_IS_QUERY_MODEL (self));

  ids = run_query (self);
  update (self, ids, NULL);
}
