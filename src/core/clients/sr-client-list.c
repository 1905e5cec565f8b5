/* sr-client-list.c: the live, searchable list of clients
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list holds the clients' integer row numbers (clients.num) in display
 * order and loads an SrClient only when a row is shown. A refresh runs in a
 * GTask thread on one of the store's pooled read-only connections (a
 * database file in WAL mode allows that while the main connection writes;
 * the pool keeps their page caches warm) and cancels the refresh before it;
 * an in-memory database is queried on the spot.
 */

#define G_LOG_DOMAIN "sr-client-list"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client-list.h"
#include "sr-client.h"
#include "sr-format.h"
#include "sr-period.h"
#include "sr-query-model-private.h"
#include "sr-rules.h"
#include "sr-store-private.h"
#include "sr-text.h"

#define CACHE_MAX 1024

struct _SrClientList
{
  GObject         parent_instance;

  SrStore        *store;
  char           *search_text;
  SrClientFilter  filter;

  GArray         *nums;          /* gint64 clients.num, in order */
  GArray         *base;          /* the same for the filter without the search, or NULL */
  char           *base_key;      /* the query @base came from */
  guint           base_serial;   /* counts changes that make @base stale */
  GHashTable     *cache;         /* gint64 * → SrClient */
  GHashTable     *changed_nums;  /* clients changed since the last refresh */
  GCancellable   *cancellable;   /* of the running refresh */
  guint           refresh_source;
  guint           loading : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SrClientList, sr_client_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH_TEXT,
  PROP_FILTER,
  PROP_LOADING,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GType
sr_client_filter_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { SR_CLIENT_FILTER_ALL, "SR_CLIENT_FILTER_ALL", "all" },
    { SR_CLIENT_FILTER_MINE, "SR_CLIENT_FILTER_MINE", "mine" },
    { SR_CLIENT_FILTER_ACTIVE_PERIOD, "SR_CLIENT_FILTER_ACTIVE_PERIOD", "active-period" },
    { SR_CLIENT_FILTER_NO_ACTIVE_PERIOD, "SR_CLIENT_FILTER_NO_ACTIVE_PERIOD", "no-active-period" },
    { SR_CLIENT_FILTER_ARCHIVED, "SR_CLIENT_FILTER_ARCHIVED", "archived" },
    { SR_CLIENT_FILTER_NEEDS_ATTENTION, "SR_CLIENT_FILTER_NEEDS_ATTENTION", "needs-attention" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("SrClientFilter"),
                                                         values));

  return type_id;
}

/* Query ------------------------------------------------------------------------ */

/* An open period is one that is not closed. */
#define OPEN_PERIOD "p.client_id = c.id AND " SR_PERIOD_OPEN_SQL ("p")

/* A refresh: the filter's query (the base), unless its result is still
 * cached, and the search, which narrows the base to the clients the
 * full-text index matches. Keeping the base makes a keystroke cost one
 * index lookup and a walk over an array, not a sort of every match by
 * name: on 100,000 clients a one-letter search matches a quarter of them. */
typedef struct
{
  SrStore *store;
  char    *base_sql;
  GStrv    base_params;  /* bound as ?1, ?2, … */
  char    *base_key;     /* base_sql and base_params, to know a cached base by */
  GArray  *base;         /* the cached base for base_key, or NULL: run base_sql */
  guint    base_serial;
  char    *match;        /* FTS5 expression, or NULL for no search */
} Query;

typedef struct
{
  GArray *base;
  GArray *nums;
} Result;

static void
query_free (Query *query)
{
  g_clear_object (&query->store);
  g_free (query->base_sql);
  g_strfreev (query->base_params);
  g_free (query->base_key);
  g_clear_pointer (&query->base, g_array_unref);
  g_free (query->match);
  g_free (query);
}

static void
result_free (Result *result)
{
  g_clear_pointer (&result->base, g_array_unref);
  g_clear_pointer (&result->nums, g_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Result, result_free)

static void
builder_take (GStrvBuilder *builder,
              char         *value)
{
  g_strv_builder_add (builder, value);
  g_free (value);
}

static Query *
build_query (SrClientList *self)
{
  g_autoptr(GString) sql = g_string_new ("SELECT c.num FROM clients c WHERE ");
  g_autoptr(GStrvBuilder) params = g_strv_builder_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GString) key = NULL;
  Query *query = g_new0 (Query, 1);
  guint n = 0;

  g_string_append_printf (sql, "c.archived = %d", self->filter == SR_CLIENT_FILTER_ARCHIVED);

  switch (self->filter)
    {
    case SR_CLIENT_FILTER_ARCHIVED:
      break;

    case SR_CLIENT_FILTER_MINE:
      g_strv_builder_add (params, sr_store_get_current_worker (self->store));
      g_string_append_printf (sql, " AND c.worker_id = ?%u", ++n);
      break;

    case SR_CLIENT_FILTER_ACTIVE_PERIOD:
      g_string_append (sql, " AND EXISTS (SELECT 1 FROM periods p WHERE " OPEN_PERIOD ")");
      break;

    case SR_CLIENT_FILTER_NO_ACTIVE_PERIOD:
      g_string_append (sql, " AND NOT EXISTS (SELECT 1 FROM periods p WHERE " OPEN_PERIOD ")");
      break;

    case SR_CLIENT_FILTER_NEEDS_ATTENTION:
      /* The rules of sr-rules.h as SQL: no held or planned meeting within
       * SR_RULES_CADENCE_DAYS calendar days either way; decision ending
       * within SR_RULES_DECISION_WARNING_DAYS; past the planned end; the
       * current plan version's review overdue. */
      {
        g_autoptr(GDateTime) from = NULL;
        g_autoptr(GDateTime) to = NULL;

        sr_rules_cadence_window (now, &from, &to);
        builder_take (params, sr_store_format_time (from));
        builder_take (params, sr_store_format_time (to));
      }
      builder_take (params, sr_local_day_iso (now, SR_RULES_DECISION_WARNING_DAYS));
      builder_take (params, sr_local_day_iso (now, 0));
      n += 4;
      g_string_append (sql,
                       " AND EXISTS (SELECT 1 FROM periods p WHERE " OPEN_PERIOD
                       " AND ("
                       "  NOT EXISTS (SELECT 1 FROM meetings m WHERE m.client_id = c.id"
                       "   AND m.status IN ('planned', 'held') AND m.start >= ?1 AND m.start < ?2)"
                       "  OR p.decision_valid_to <= ?3"
                       "  OR p.planned_end < ?4"
                       "  OR EXISTS (SELECT 1 FROM plans pl WHERE pl.period_id = p.id"
                       "   AND pl.review_due < ?4"
                       "   AND pl.version = (SELECT max (version) FROM plans WHERE period_id = p.id)"
                       "   AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.plan_id = pl.id"
                       "    AND r.date >= pl.review_due))))");
      break;

    case SR_CLIENT_FILTER_ALL:
    default:
      break;
    }

  g_string_append (sql, " ORDER BY c.sort_key");

  query->store = g_object_ref (self->store);
  query->base_sql = g_string_free (g_steal_pointer (&sql), FALSE);
  query->base_params = g_strv_builder_end (params);
  query->match = sr_search_build_match (self->search_text);

  /* The dates of "needs attention" are in the key: a new day is a new base. */
  key = g_string_new (query->base_sql);
  for (guint i = 0; query->base_params[i] != NULL; i++)
    g_string_append_printf (key, "\x1f%s", query->base_params[i]);
  query->base_key = g_string_free (g_steal_pointer (&key), FALSE);
  if (self->base != NULL && g_strcmp0 (self->base_key, query->base_key) == 0)
    query->base = g_array_ref (self->base);
  query->base_serial = self->base_serial;

  return query;
}

static GArray *
run_nums (sqlite3            *db,
          const char         *sql,
          const char * const *params,
          GCancellable       *cancellable,
          GError            **error)
{
  g_autoptr(GArray) nums = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sr_store_set_sqlite_error (db, rc, error);
      return NULL;
    }

  for (guint i = 0; params != NULL && params[i] != NULL; i++)
    sqlite3_bind_text (stmt, (int) i + 1, params[i], -1, SQLITE_STATIC);

  /* A newer keystroke may replace this query while it runs. */
  if (cancellable != NULL)
    sr_store_interrupt_when_cancelled (db, cancellable);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 num = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (nums, num);
    }

  if (cancellable != NULL)
    sr_store_interrupt_when_cancelled (db, NULL);

  if (rc != SQLITE_DONE)
    {
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        sr_store_set_sqlite_error (db, rc, error);
      sqlite3_finalize (stmt);
      return NULL;
    }

  sqlite3_finalize (stmt);
  return g_steal_pointer (&nums);
}

/* The nums of @base that are in @matched, in the order of @base. */
static GArray *
intersect (GArray *base,
           GArray *matched)
{
  GArray *nums = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree guint8 *bits = NULL;
  gint64 max = 0;

  for (guint i = 0; i < matched->len; i++)
    max = MAX (max, g_array_index (matched, gint64, i));

  /* Row numbers are small and dense: one bit each. */
  bits = g_malloc0 ((gsize) max / 8 + 1);
  for (guint i = 0; i < matched->len; i++)
    {
      gint64 num = g_array_index (matched, gint64, i);

      if (num > 0)
        bits[num / 8] |= 1 << (num % 8);
    }

  for (guint i = 0; i < base->len; i++)
    {
      gint64 num = g_array_index (base, gint64, i);

      if (num > 0 && num <= max && (bits[num / 8] & (1 << (num % 8))) != 0)
        g_array_append_val (nums, num);
    }

  return nums;
}

static Result *
run_query (sqlite3       *db,
           Query         *query,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(Result) result = g_new0 (Result, 1);
  g_autoptr(GArray) matched = NULL;

  if (query->base != NULL)
    result->base = g_array_ref (query->base);
  else
    result->base = run_nums (db, query->base_sql, (const char * const *) query->base_params,
                             cancellable, error);
  if (result->base == NULL)
    return NULL;

  if (query->match == NULL)
    {
      result->nums = g_array_ref (result->base);
      return g_steal_pointer (&result);
    }

  matched = run_nums (db, "SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?1",
                      (const char * const []) { query->match, NULL }, cancellable, error);
  if (matched == NULL)
    return NULL;

  result->nums = intersect (result->base, matched);
  return g_steal_pointer (&result);
}

static void
refresh_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Query *query = task_data;
  GError *error = NULL;
  sqlite3 *db;
  Result *result = NULL;

  db = sr_store_acquire_reader (query->store, &error);
  if (db != NULL)
    {
      result = run_query (db, query, cancellable, &error);
      sr_store_release_reader (query->store, db);
    }

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) result_free);
}

/* Applying a result -------------------------------------------------------------- */

static int
find_num (GArray *nums,
          gint64  num)
{
  for (guint i = 0; i < nums->len; i++)
    if (g_array_index (nums, gint64, i) == num)
      return (int) i;

  return -1;
}

static void
set_loading (SrClientList *self,
             gboolean      loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
apply (SrClientList *self,
       GArray       *new_nums)
{
  g_autoptr(GHashTable) changed = g_steal_pointer (&self->changed_nums);
  guint old_len = self->nums->len;
  guint new_len = new_nums->len;
  guint prefix = 0, suffix = 0, removed, added;
  GHashTableIter iter;
  gpointer key;

  self->changed_nums = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  while (prefix < old_len && prefix < new_len
         && g_array_index (self->nums, gint64, prefix) == g_array_index (new_nums, gint64, prefix))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix
         && g_array_index (self->nums, gint64, old_len - 1 - suffix)
            == g_array_index (new_nums, gint64, new_len - 1 - suffix))
    suffix++;
  sr_diff_range (old_len, new_len, prefix, suffix, &removed, &added);

  g_hash_table_iter_init (&iter, changed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_remove (self->cache, key);

  g_array_unref (self->nums);
  self->nums = g_array_ref (new_nums);

  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);

  /* Clients whose record changed but who kept their place. */
  g_hash_table_iter_init (&iter, changed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      int pos = find_num (self->nums, *(gint64 *) key);

      if (pos >= 0 && ((guint) pos < prefix || (guint) pos >= prefix + added))
        g_list_model_items_changed (G_LIST_MODEL (self), (guint) pos, 1, 1);
    }
}

/* Keeps a newly run base for the next keystroke, unless the data changed
 * while it ran. */
static void
keep_base (SrClientList *self,
           Query        *query,
           Result       *result)
{
  if (query->base != NULL || query->base_serial != self->base_serial)
    return;

  g_clear_pointer (&self->base, g_array_unref);
  self->base = g_array_ref (result->base);
  g_free (self->base_key);
  self->base_key = g_strdup (query->base_key);
}

static void
refresh_done_cb (GObject      *source,
                 GAsyncResult *async_result,
                 gpointer      user_data)
{
  g_autoptr(SrClientList) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(Result) result = g_task_propagate_pointer (G_TASK (async_result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* a newer refresh is running */

  g_clear_object (&self->cancellable);
  set_loading (self, FALSE);

  if (result == NULL)
    {
      /* The message names no client; the list keeps what it showed. */
      g_message ("Client list query failed: %s", error->message);
      return;
    }

  keep_base (self, g_task_get_task_data (G_TASK (async_result)), result);
  apply (self, result->nums);
}

static void
refresh (SrClientList *self)
{
  Query *query;
  g_autoptr(GTask) task = NULL;

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }

  query = build_query (self);

  if (sr_store_is_memory (self->store))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(Result) result = NULL;

      /* In memory there is no second connection: query on the spot. */
      result = run_query (sr_store_get_db (self->store), query, NULL, &error);
      if (result == NULL)
        g_message ("Client list query failed: %s", error->message);
      else
        {
          keep_base (self, query, result);
          apply (self, result->nums);
        }
      query_free (query);
      return;
    }

  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);

  task = g_task_new (self, self->cancellable, refresh_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, refresh);
  g_task_set_task_data (task, query, (GDestroyNotify) query_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, refresh_thread);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  SrClientList *self = data;

  self->refresh_source = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

/* Many writes in a row (an import) make one refresh. */
static void
queue_refresh (SrClientList *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static gboolean
filter_depends_on (SrClientFilter  filter,
                   const char     *entity_type)
{
  if (g_str_equal (entity_type, SR_ENTITY_PERIOD))
    return filter == SR_CLIENT_FILTER_ACTIVE_PERIOD
           || filter == SR_CLIENT_FILTER_NO_ACTIVE_PERIOD
           || filter == SR_CLIENT_FILTER_NEEDS_ATTENTION;

  if (g_str_equal (entity_type, SR_ENTITY_MEETING) || g_str_equal (entity_type, SR_ENTITY_PLAN)
      || g_str_equal (entity_type, SR_ENTITY_REVIEW))
    return filter == SR_CLIENT_FILTER_NEEDS_ATTENTION;

  return FALSE;
}

static gint64
lookup_num (SrStore    *store,
            const char *client_id)
{
  sqlite3_stmt *stmt = sr_store_prepare (store, "SELECT num FROM clients WHERE id = ?1", NULL);
  gint64 num = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, client_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    num = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return num;
}

static void
forget_base (SrClientList *self)
{
  g_clear_pointer (&self->base, g_array_unref);
  g_clear_pointer (&self->base_key, g_free);
  self->base_serial++;
}

static void
on_store_committed_cb (SrClientList *self,
                       SrChanges    *changes,
                       SrStore      *store)
{
  gboolean refresh = FALSE;

  for (guint i = 0; i < sr_changes_get_n_changes (changes); i++)
    {
      const char *entity_type = sr_changes_get_entity_type (changes, i);

      if (g_str_equal (entity_type, SR_ENTITY_CLIENT))
        {
          gint64 num = lookup_num (store, sr_changes_get_id (changes, i));

          if (num != 0)
            g_hash_table_add (self->changed_nums, g_memdup2 (&num, sizeof num));
          refresh = TRUE;
        }
      else if (filter_depends_on (self->filter, entity_type))
        refresh = TRUE;
    }

  /* One refresh for the whole commit. */
  if (refresh)
    {
      forget_base (self);
      queue_refresh (self);
    }
}

/* GListModel ---------------------------------------------------------------------- */

static GType
sr_client_list_get_item_type (GListModel *model)
{
  return SR_TYPE_CLIENT;
}

static guint
sr_client_list_get_n_items (GListModel *model)
{
  return SR_CLIENT_LIST (model)->nums->len;
}

static gpointer
sr_client_list_get_item (GListModel *model,
                         guint       position)
{
  SrClientList *self = SR_CLIENT_LIST (model);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  SrRecord *client = NULL;
  gint64 num;

  if (position >= self->nums->len)
    return NULL;

  num = g_array_index (self->nums, gint64, position);
  client = g_hash_table_lookup (self->cache, &num);
  if (client != NULL)
    return g_object_ref (client);

  sql = g_strconcat (sr_store_select_sql (SR_TYPE_CLIENT), " WHERE t.num = ?1", NULL);
  stmt = sr_store_prepare (self->store, sql, NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, num);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        client = sr_store_record_from_row (SR_TYPE_CLIENT, stmt);
      sqlite3_reset (stmt);
    }

  /* Deleted before the refresh reached us: an empty client keeps the contract. */
  if (client == NULL)
    return g_object_new (SR_TYPE_CLIENT, NULL);

  /* Rows on screen are few; a full cache is simply started again. */
  if (g_hash_table_size (self->cache) >= CACHE_MAX)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&num, sizeof num), g_object_ref (client));

  return client;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sr_client_list_get_item_type;
  iface->get_n_items = sr_client_list_get_n_items;
  iface->get_item = sr_client_list_get_item;
}

/* Object ---------------------------------------------------------------------------- */

static void
sr_client_list_constructed (GObject *object)
{
  SrClientList *self = SR_CLIENT_LIST (object);

  G_OBJECT_CLASS (sr_client_list_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "committed", G_CALLBACK (on_store_committed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh (self);
}

static void
sr_client_list_dispose (GObject *object)
{
  SrClientList *self = SR_CLIENT_LIST (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->cache, g_hash_table_unref);

  G_OBJECT_CLASS (sr_client_list_parent_class)->dispose (object);
}

static void
sr_client_list_finalize (GObject *object)
{
  SrClientList *self = SR_CLIENT_LIST (object);

  g_clear_pointer (&self->nums, g_array_unref);
  g_clear_pointer (&self->base, g_array_unref);
  g_clear_pointer (&self->base_key, g_free);
  g_clear_pointer (&self->changed_nums, g_hash_table_unref);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (sr_client_list_parent_class)->finalize (object);
}

static void
sr_client_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SrClientList *self = SR_CLIENT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;

    case PROP_FILTER:
      g_value_set_enum (value, self->filter);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, SR_TYPE_CLIENT);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->nums->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_client_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SrClientList *self = SR_CLIENT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SEARCH_TEXT:
      sr_client_list_set_search_text (self, g_value_get_string (value));
      break;

    case PROP_FILTER:
      sr_client_list_set_filter (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_client_list_class_init (SrClientListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sr_client_list_constructed;
  object_class->dispose = sr_client_list_dispose;
  object_class->finalize = sr_client_list_finalize;
  object_class->get_property = sr_client_list_get_property;
  object_class->set_property = sr_client_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTER] =
    g_param_spec_enum ("filter", NULL, NULL, SR_TYPE_CLIENT_FILTER, SR_CLIENT_FILTER_ALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sr_client_list_init (SrClientList *self)
{
  self->nums = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->changed_nums = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

SrClientList *
sr_client_list_new (SrStore *store)
{
  g_return_val_if_fail (SR_IS_STORE (store), NULL);

  return g_object_new (SR_TYPE_CLIENT_LIST, "store", store, NULL);
}

const char *
sr_client_list_get_search_text (SrClientList *self)
{
  g_return_val_if_fail (SR_IS_CLIENT_LIST (self), NULL);

  return self->search_text;
}

void
sr_client_list_set_search_text (SrClientList *self,
                                const char   *search_text)
{
  g_return_if_fail (SR_IS_CLIENT_LIST (self));

  if (g_strcmp0 (self->search_text, search_text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (search_text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);

  /* Each keystroke refreshes at once; the previous query is cancelled. */
  if (self->store != NULL)
    refresh (self);
}

SrClientFilter
sr_client_list_get_filter (SrClientList *self)
{
  g_return_val_if_fail (SR_IS_CLIENT_LIST (self), SR_CLIENT_FILTER_ALL);

  return self->filter;
}

void
sr_client_list_set_filter (SrClientList   *self,
                           SrClientFilter  filter)
{
  g_return_if_fail (SR_IS_CLIENT_LIST (self));

  if (self->filter == filter)
    return;

  self->filter = filter;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);

  if (self->store != NULL)
    refresh (self);
}

gboolean
sr_client_list_get_loading (SrClientList *self)
{
  g_return_val_if_fail (SR_IS_CLIENT_LIST (self), FALSE);

  return self->loading;
}

guint
sr_client_list_find (SrClientList *self,
                     const char   *client_id)
{
  gint64 num;
  int pos;

  g_return_val_if_fail (SR_IS_CLIENT_LIST (self), G_MAXUINT);

  num = lookup_num (self->store, client_id);
  pos = num != 0 ? find_num (self->nums, num) : -1;

  return pos >= 0 ? (guint) pos : G_MAXUINT;
}
