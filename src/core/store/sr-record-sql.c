/* sr-record-sql.c: records to and from SQL rows: get, save, delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing in this file may print personal data: errors name tables and
 * columns, never values, and the audit log holds ids only.
 */

#define G_LOG_DOMAIN "sr-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sr-audit-entry.h"
#include "sr-client.h"
#include "sr-group.h"
#include "sr-meeting.h"
#include "sr-needs-assessment.h"
#include "sr-network-contact.h"
#include "sr-period.h"
#include "sr-plan.h"
#include "sr-record-private.h"
#include "sr-store-internal.h"
#include "sr-text-private.h"
#include "sr-worker.h"

static void
meta_clear (Meta *meta)
{
  g_clear_object (&meta->record);
  g_clear_pointer (&meta->id, g_free);
  g_clear_pointer (&meta->created_at, g_date_time_unref);
  g_clear_pointer (&meta->updated_at, g_date_time_unref);
}

/* The column lists are built once per type: every list refresh and every
 * record read starts from them. */
typedef struct
{
  char *select;   /* SELECT t.id, …, t.<fields> FROM <table> t */
  char *get;      /* the same, WHERE t.id = ?1 */
} TypeSql;

static const TypeSql *
type_sql (GType type)
{
  static GHashTable *cache;
  G_LOCK_DEFINE_STATIC (cache);
  TypeSql *sql;

  G_LOCK (cache);
  if (cache == NULL)
    cache = g_hash_table_new (NULL, NULL);
  sql = g_hash_table_lookup (cache, GSIZE_TO_POINTER (type));
  if (sql == NULL)
    {
      const SrRecordInfo *info = sr_record_type_get_info (type);
      g_autoptr(GString) s = g_string_new ("SELECT t.id, t.created_at, t.updated_at, t.revision");

      for (guint i = 0; i < info->n_fields; i++)
        g_string_append_printf (s, ", t.%s", info->columns[i]);
      g_string_append_printf (s, " FROM %s t", info->table);

      sql = g_new0 (TypeSql, 1);
      sql->get = g_strconcat (s->str, " WHERE t.id = ?1", NULL);
      sql->select = g_string_free (g_steal_pointer (&s), FALSE);
      g_hash_table_insert (cache, GSIZE_TO_POINTER (type), sql);
    }
  G_UNLOCK (cache);

  return sql;
}

const char *
sr_store_select_sql (GType type)
{
  return type_sql (type)->select;
}

static char *
strv_to_json (const char * const *strv)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static char **
strv_from_json (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *root;

  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL)
      && (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *s = json_array_get_string_element (array, i);

          if (s != NULL)
            g_strv_builder_add (builder, s);
        }
    }

  return g_strv_builder_end (builder);
}

static void
bind_field (sqlite3_stmt  *stmt,
            int            column,
            const SrField *field,
            const GValue  *value)
{
  switch (field->kind)
    {
    case SR_FIELD_STRING:
    case SR_FIELD_DATE:
    case SR_FIELD_REF:
    case SR_FIELD_JSON:
      sqlite3_bind_text (stmt, column, g_value_get_string (value), -1, SQLITE_TRANSIENT);
      break;

    case SR_FIELD_DATETIME:
      sqlite3_bind_text (stmt, column, sr_store_format_time (g_value_get_boxed (value)), -1, g_free);
      break;

    case SR_FIELD_INT:
      sqlite3_bind_int (stmt, column, g_value_get_int (value));
      break;

    case SR_FIELD_DOUBLE:
      sqlite3_bind_double (stmt, column, g_value_get_double (value));
      break;

    case SR_FIELD_BOOLEAN:
      sqlite3_bind_int (stmt, column, g_value_get_boolean (value) ? 1 : 0);
      break;

    case SR_FIELD_ENUM:
      sqlite3_bind_text (stmt, column,
                         sr_enum_to_nick (G_VALUE_TYPE (value), g_value_get_enum (value)),
                         -1, SQLITE_STATIC);
      break;

    case SR_FIELD_FLAGS:
      sqlite3_bind_int64 (stmt, column, g_value_get_flags (value));
      break;

    case SR_FIELD_STRV:
      if (g_value_get_boxed (value) == NULL)
        sqlite3_bind_null (stmt, column);
      else
        sqlite3_bind_text (stmt, column, strv_to_json (g_value_get_boxed (value)), -1, g_free);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
read_field (sqlite3_stmt  *stmt,
            int            column,
            const SrField *field,
            GParamSpec    *pspec,
            GValue        *value)
{
  gboolean is_null = sqlite3_column_type (stmt, column) == SQLITE_NULL;
  const char *text = NULL;

  if (is_null && field->kind != SR_FIELD_STRING && field->kind != SR_FIELD_DATE
      && field->kind != SR_FIELD_REF && field->kind != SR_FIELD_JSON)
    {
      g_param_value_set_default (pspec, value);
      return;
    }

  /* Only text columns are read as text: asking an integer column for text
   * makes SQLite convert it, for every row of a list. */
  if (field->kind != SR_FIELD_INT && field->kind != SR_FIELD_DOUBLE
      && field->kind != SR_FIELD_BOOLEAN && field->kind != SR_FIELD_FLAGS)
    text = (const char *) sqlite3_column_text (stmt, column);

  switch (field->kind)
    {
    case SR_FIELD_STRING:
    case SR_FIELD_DATE:
    case SR_FIELD_REF:
    case SR_FIELD_JSON:
      g_value_set_string (value, text);
      break;

    case SR_FIELD_DATETIME:
      g_value_take_boxed (value, sr_store_parse_time (text));
      break;

    case SR_FIELD_INT:
      g_value_set_int (value, sqlite3_column_int (stmt, column));
      break;

    case SR_FIELD_DOUBLE:
      g_value_set_double (value, sqlite3_column_double (stmt, column));
      break;

    case SR_FIELD_BOOLEAN:
      g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
      break;

    case SR_FIELD_ENUM:
      /* A nick this version does not know (from a newer one) reads as the default. */
      g_value_set_enum (value, sr_enum_from_nick (G_VALUE_TYPE (value), text,
                                                  G_PARAM_SPEC_ENUM (pspec)->default_value));
      break;

    case SR_FIELD_FLAGS:
      g_value_set_flags (value, (guint) sqlite3_column_int64 (stmt, column)
                                & G_PARAM_SPEC_FLAGS (pspec)->flags_class->mask);
      break;

    case SR_FIELD_STRV:
      g_value_take_boxed (value, strv_from_json (text));
      break;

    default:
      g_assert_not_reached ();
    }
}

SrRecord *
sr_store_record_from_row (GType         type,
                          sqlite3_stmt *stmt)
{
  const SrRecordInfo *info = sr_record_type_get_info (type);
  SrRecord *record = g_object_new (type, NULL);
  GValue *values = sr_record_fill_values (record);

  for (guint i = 0; i < info->n_fields; i++)
    read_field (stmt, 4 + i, &info->fields[i], info->pspecs[i], &values[i]);

  sr_record_init_meta (record, (const char *) sqlite3_column_text (stmt, 0),
                       sr_store_parse_time ((const char *) sqlite3_column_text (stmt, 1)),
                       sr_store_parse_time ((const char *) sqlite3_column_text (stmt, 2)),
                       sqlite3_column_int64 (stmt, 3));

  return record;
}

SrRecord *
sr_store_get (SrStore     *self,
              GType        type,
              const char  *id,
              GError     **error)
{
  sqlite3_stmt *stmt;
  SrRecord *record = NULL;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, SR_TYPE_RECORD), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (id == NULL)
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND,
                           _("The record was not found."));
      return NULL;
    }

  stmt = sr_store_prepare (self, type_sql (type)->get, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = sr_store_record_from_row (type, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND,
                         _("The record was not found. It may have been deleted."));
  else
    sr_store_set_sqlite_error (self->db, rc, error);
  sqlite3_reset (stmt);

  return record;
}

/* Which client a record belongs to, for the audit log: a "client-id" field,
 * or a lookup through the parent. */
typedef struct
{
  GType     (*get_type) (void);
  const char *parent_field;
  const char *sql;          /* ?1 = the parent id; returns the client id */
} ClientPath;

static const ClientPath client_paths[] = {
  { sr_needs_assessment_get_type, "period-id",
    "SELECT client_id FROM periods WHERE id = ?1" },
  { sr_referral_get_type, "assessment-id",
    "SELECT p.client_id FROM needs_assessments a JOIN periods p ON p.id = a.period_id"
    " WHERE a.id = ?1" },
  { sr_plan_get_type, "period-id",
    "SELECT client_id FROM periods WHERE id = ?1" },
  { sr_goal_get_type, "plan-id",
    "SELECT p.client_id FROM plans pl JOIN periods p ON p.id = pl.period_id WHERE pl.id = ?1" },
  { sr_review_get_type, "plan-id",
    "SELECT p.client_id FROM plans pl JOIN periods p ON p.id = pl.period_id WHERE pl.id = ?1" },
  { sr_goal_rating_get_type, "review-id",
    "SELECT p.client_id FROM reviews r JOIN plans pl ON pl.id = r.plan_id"
    " JOIN periods p ON p.id = pl.period_id WHERE r.id = ?1" },
};

static char *
resolve_client_id (SrStore  *self,
                   SrRecord *record)
{
  const SrRecordInfo *info = sr_record_type_get_info (G_OBJECT_TYPE (record));

  if (SR_IS_CLIENT (record))
    return g_strdup (sr_record_get_id (record));

  if (sr_record_find_field (info, "client-id") >= 0)
    return g_strdup (sr_record_get_string (record, "client-id"));

  for (guint i = 0; i < G_N_ELEMENTS (client_paths); i++)
    {
      if (G_OBJECT_TYPE (record) == client_paths[i].get_type ())
        {
          sqlite3_stmt *stmt = sr_store_prepare (self, client_paths[i].sql, NULL);
          char *client_id = NULL;

          if (stmt == NULL)
            return NULL;
          sqlite3_bind_text (stmt, 1, sr_record_get_string (record, client_paths[i].parent_field),
                             -1, SQLITE_TRANSIENT);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            client_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          sqlite3_reset (stmt);
          return client_id;
        }
    }

  return NULL; /* workers, groups, sessions: not client data */
}

/* Turns a failed statement into a caseworker-readable error. */
static void
set_write_error (SrStore   *self,
                 SrRecord  *record,
                 int        rc,
                 gboolean   deleting,
                 GError   **error)
{
  const char *message = sqlite3_errmsg (self->db);

  switch (rc)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
      if (strstr (message, "identity_code") != NULL)
        g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE,
                             _("Another client already has this personal identity code."));
      else if (strstr (message, "goal_ratings") != NULL)
        g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE,
                             _("This goal already has a rating in this review."));
      else if (strstr (message, "attendance") != NULL)
        g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE,
                             _("This client’s attendance of the session is already recorded."));
      else
        g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_DUPLICATE,
                     _("The record already exists (%s)."), message);
      break;

    case SQLITE_CONSTRAINT_FOREIGNKEY:
      if (deleting)
        g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_IN_USE,
                             _("Other records refer to this one, so it cannot be deleted."));
      else
        g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                             _("The record refers to another record that does not exist."));
      break;

    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
      g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                   _("The record is not valid (%s)."), message);
      break;

    default:
      sr_store_set_sqlite_error (self->db, rc, error);
    }
}

/* Inserts or updates @record inside the current transaction. The object
 * itself is only updated (through @meta) after COMMIT, so a rollback leaves
 * it as it was. */
static gboolean
save_locked (SrStore   *self,
             SrRecord  *record,
             Meta      *meta,
             GError   **error)
{
  const SrRecordInfo *info = sr_record_type_get_info (G_OBJECT_TYPE (record));
  g_autoptr(GDateTime) now = sr_store_now_utc ();
  g_autofree char *now_text = sr_store_format_time (now);
  g_autofree char *client_id = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  const char *id = sr_record_get_id (record);
  gboolean is_client = SR_IS_CLIENT (record);
  gboolean exists = FALSE;
  gint64 stored_revision = 0;
  sqlite3_stmt *stmt;
  int column;
  int rc;

  g_assert (self->in_transaction);

  if (id != NULL)
    {
      g_autofree char *check = g_strdup_printf ("SELECT revision FROM %s WHERE id = ?1",
                                                info->table);

      stmt = sr_store_prepare (self, check, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          exists = TRUE;
          stored_revision = sqlite3_column_int64 (stmt, 0);
        }
      sqlite3_reset (stmt);

      if (exists && stored_revision != sr_record_get_revision (record))
        {
          g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_CONFLICT,
                               _("Someone changed this record after it was opened. "
                                 "Open it again to see the changes."));
          return FALSE;
        }

      /* A record read from the database (it has a revision) that is no longer there was
       * deleted elsewhere since: saving the edit must not bring it back unasked. Only an
       * undo of a removal does (sr_store_restore()). */
      if (!exists && sr_record_get_revision (record) > 0 && !self->restoring)
        {
          g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND,
                               _("The record was not found. It may have been deleted."));
          return FALSE;
        }
    }

  meta->record = g_object_ref (record);
  meta->id = id != NULL ? g_strdup (id) : g_uuid_string_random ();
  meta->updated_at = g_date_time_ref (now);

  /* A new plan is the next version of its period's plan. */
  if (!exists && SR_IS_PLAN (record) && sr_plan_get_version (SR_PLAN (record)) <= 0)
    {
      stmt = sr_store_prepare (self, "SELECT coalesce (max (version), 0) + 1 FROM plans"
                               " WHERE period_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, sr_plan_get_period_id (SR_PLAN (record)), -1,
                         SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        g_value_set_int (sr_record_peek_value (record, sr_record_find_field (info, "version")),
                         sqlite3_column_int (stmt, 0));
      sqlite3_reset (stmt);
    }

  if (exists)
    {
      g_string_append_printf (sql, "UPDATE %s SET updated_at = ?1, revision = revision + 1",
                              info->table);
      for (guint i = 0; i < info->n_fields; i++)
        g_string_append_printf (sql, ", %s = ?%u", info->columns[i], i + 4);
      if (is_client)
        g_string_append_printf (sql, ", sort_key = ?%u", info->n_fields + 4);
      g_string_append (sql, " WHERE id = ?2 AND revision = ?3");
      meta->revision = stored_revision + 1;
      meta->created_at = sr_record_get_created_at (record)
                         ? g_date_time_ref (sr_record_get_created_at (record)) : NULL;
    }
  else
    {
      g_string_append_printf (sql, "INSERT INTO %s (updated_at, id, revision, created_at",
                              info->table);
      for (guint i = 0; i < info->n_fields; i++)
        g_string_append_printf (sql, ", %s", info->columns[i]);
      if (is_client)
        g_string_append (sql, ", sort_key, num");
      g_string_append (sql, ") VALUES (?1, ?2, ?3, ?1");
      for (guint i = 0; i < info->n_fields; i++)
        g_string_append_printf (sql, ", ?%u", i + 4);
      if (is_client)
        g_string_append_printf (sql, ", ?%u, (SELECT coalesce (max (num), 0) + 1 FROM clients)",
                                info->n_fields + 4);
      g_string_append (sql, ")");
      meta->revision = 1;
      meta->created_at = g_date_time_ref (now);
    }

  stmt = sr_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, now_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, meta->id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, exists ? stored_revision : 1);
  column = 4;
  for (guint i = 0; i < info->n_fields; i++)
    bind_field (stmt, column++, &info->fields[i], sr_record_peek_value (record, i));
  if (is_client)
    sqlite3_bind_text (stmt, column, sr_collate_name_key (sr_record_get_string (record, "last-name"),
                                                          sr_record_get_string (record, "first-name")),
                       -1, g_free);

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_write_error (self, record, rc, FALSE, error);
      return FALSE;
    }

  /* The audit row needs the id, which a new record only has now. */
  if (is_client)
    client_id = g_strdup (meta->id);
  else
    client_id = resolve_client_id (self, record);

  if (!sr_audit_append (self, SR_AUDIT_LOG_USE,
                        exists ? SR_AUDIT_ACTION_CHANGE : SR_AUDIT_ACTION_CREATE,
                        info->entity_type, meta->id, client_id, TRUE, NULL, error))
    return FALSE;

  sr_store_queue_change (self, info->entity_type, meta->id, client_id);
  return TRUE;
}

static gboolean
check_writable (SrStore   *self,
                SrRecord  *record,
                GError   **error)
{
  if (SR_IS_AUDIT_ENTRY (record))
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED,
                           _("The audit log cannot be edited."));
      return FALSE;
    }

  if (self->current_worker == NULL && !SR_IS_WORKER (record))
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NO_WORKER,
                           _("Choose who you are before saving: every change is logged "
                             "with the worker’s name."));
      return FALSE;
    }

  return TRUE;
}

/* Saves @records (all or none) in one transaction. */
gboolean
sr_store_save_all (SrStore    *self,
                   SrRecord  **records,
                   guint       n_records,
                   GError    **error)
{
  g_autoptr(GArray) metas = g_array_new (FALSE, TRUE, sizeof (Meta));
  g_autoptr(GError) local_error = NULL;

  g_array_set_clear_func (metas, (GDestroyNotify) meta_clear);

  for (guint i = 0; i < n_records; i++)
    if (!check_writable (self, records[i], error) || !sr_record_validate (records[i], error))
      return FALSE;

  if (!sr_store_begin (self, error))
    return FALSE;

  g_array_set_size (metas, n_records);
  for (guint i = 0; i < n_records; i++)
    {
      if (!save_locked (self, records[i], &g_array_index (metas, Meta, i), &local_error))
        {
          const SrRecordInfo *info = sr_record_type_get_info (G_OBJECT_TYPE (records[i]));

          sr_store_rollback (self);
          sr_audit_failure (self, sr_record_get_id (records[i])
                                  ? SR_AUDIT_ACTION_CHANGE : SR_AUDIT_ACTION_CREATE,
                            info->entity_type, sr_record_get_id (records[i]), NULL,
                            NULL);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  return sr_store_commit_with_meta (self, metas, error);
}

/* Saves a record removed a moment ago back with its id (an undo): the one save that may
 * bring back a record read from the database that is no longer there. */
gboolean
sr_store_restore (SrStore   *self,
                  SrRecord  *record,
                  GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (SR_IS_RECORD (record), FALSE);
  g_return_val_if_fail (sr_record_get_id (record) != NULL, FALSE);

  self->restoring = TRUE;
  ok = sr_store_save (self, record, error);
  self->restoring = FALSE;

  return ok;
}

gboolean
sr_store_save (SrStore   *self,
               SrRecord  *record,
               GError   **error)
{
  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (SR_IS_RECORD (record), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return sr_store_save_all (self, &record, 1, error);
}

static gboolean
is_deletable (SrRecord *record)
{
  return SR_IS_GOAL (record) || SR_IS_MEETING (record) || SR_IS_NETWORK_CONTACT (record)
         || SR_IS_REFERRAL (record) || SR_IS_MEMBERSHIP (record) || SR_IS_ATTENDANCE (record)
         || SR_IS_FEEDBACK (record) || SR_IS_GOAL_RATING (record) || SR_IS_CLIENT (record);
}

gboolean
sr_store_delete (SrStore   *self,
                 SrRecord  *record,
                 GError   **error)
{
  const SrRecordInfo *info;
  g_autofree char *sql = NULL;
  g_autofree char *client_id = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (self), FALSE);
  g_return_val_if_fail (SR_IS_RECORD (record), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  info = sr_record_type_get_info (G_OBJECT_TYPE (record));

  if (!check_writable (self, record, error))
    return FALSE;
  if (!is_deletable (record))
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED,
                           _("This kind of record is kept, not deleted."));
      return FALSE;
    }

  if (!sr_store_begin (self, error))
    return FALSE;

  if (SR_IS_CLIENT (record))
    {
      gboolean has_periods;

      stmt = sr_store_prepare (self, "SELECT 1 FROM periods WHERE client_id = ?1 LIMIT 1",
                               &local_error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, sr_record_get_id (record), -1, SQLITE_TRANSIENT);
      has_periods = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
      if (has_periods)
        {
          g_set_error_literal (&local_error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_ALLOWED,
                               _("A client with rehabilitation periods cannot be deleted. "
                                 "Archive the client instead."));
          goto failed;
        }
      client_id = g_strdup (sr_record_get_id (record));
    }
  else
    client_id = resolve_client_id (self, record);

  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", info->table);
  stmt = sr_store_prepare (self, sql, &local_error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, sr_record_get_id (record), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_write_error (self, record, rc, TRUE, &local_error);
      goto failed;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (&local_error, SR_STORE_ERROR, SR_STORE_ERROR_NOT_FOUND,
                           _("The record was not found. It may have been deleted."));
      goto failed;
    }

  if (!sr_audit_append (self, SR_AUDIT_LOG_USE, SR_AUDIT_ACTION_DELETE, info->entity_type,
                        sr_record_get_id (record), client_id, TRUE, NULL, &local_error))
    goto failed;

  sr_store_queue_change (self, info->entity_type, sr_record_get_id (record), client_id);
  return sr_store_commit (self, error);

failed:
  sr_store_rollback (self);
  sr_audit_failure (self, SR_AUDIT_ACTION_DELETE, info->entity_type, sr_record_get_id (record),
                    client_id, NULL);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
sr_store_delete_by_id (SrStore     *self,
                       GType        type,
                       const char  *id,
                       GError     **error)
{
  g_autoptr(SrRecord) record = sr_store_get (self, type, id, error);

  return record != NULL && sr_store_delete (self, record, error);
}

#define DEFINE_ACCESS(Type, type, TYPE)                                          \
  gboolean                                                                       \
  sr_store_save_##type (SrStore *self, Type *obj, GError **error)                \
  {                                                                              \
    g_return_val_if_fail (SR_IS_##TYPE (obj), FALSE);                            \
    return sr_store_save (self, SR_RECORD (obj), error);                         \
  }                                                                              \
  Type *                                                                         \
  sr_store_get_##type (SrStore *self, const char *id, GError **error)            \
  {                                                                              \
    return (Type *) sr_store_get (self, SR_TYPE_##TYPE, id, error);              \
  }

DEFINE_ACCESS (SrWorker, worker, WORKER)
DEFINE_ACCESS (SrClient, client, CLIENT)
DEFINE_ACCESS (SrPeriod, period, PERIOD)
DEFINE_ACCESS (SrNeedsAssessment, needs_assessment, NEEDS_ASSESSMENT)
DEFINE_ACCESS (SrReferral, referral, REFERRAL)
DEFINE_ACCESS (SrPlan, plan, PLAN)
DEFINE_ACCESS (SrGoal, goal, GOAL)
DEFINE_ACCESS (SrReview, review, REVIEW)
DEFINE_ACCESS (SrGoalRating, goal_rating, GOAL_RATING)
DEFINE_ACCESS (SrMeeting, meeting, MEETING)
DEFINE_ACCESS (SrNetworkContact, network_contact, NETWORK_CONTACT)
DEFINE_ACCESS (SrGroup, group, GROUP)
DEFINE_ACCESS (SrMembership, membership, MEMBERSHIP)
DEFINE_ACCESS (SrSession, session, SESSION)
DEFINE_ACCESS (SrAttendance, attendance, ATTENDANCE)
DEFINE_ACCESS (SrFeedback, feedback, FEEDBACK)
