/* sr-changes.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-changes"

#include "config.h"

#include "sr-changes.h"

typedef struct
{
  char *entity_type;
  char *id;
  char *client_id;
} Change;

struct _SrChanges
{
  grefcount   ref_count;
  GArray     *changes;   /* of Change, in the order written */
  GHashTable *records;   /* "entity\037id", the set of what is in changes */
  GHashTable *clients;   /* client ids the changes concern */
};

G_DEFINE_BOXED_TYPE (SrChanges, sr_changes, sr_changes_ref, sr_changes_unref)

static void
change_clear (gpointer data)
{
  Change *change = data;

  g_free (change->entity_type);
  g_free (change->id);
  g_free (change->client_id);
}

SrChanges *
sr_changes_new (void)
{
  SrChanges *self = g_new0 (SrChanges, 1);

  g_ref_count_init (&self->ref_count);
  self->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_array_set_clear_func (self->changes, change_clear);
  self->records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->clients = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return self;
}

SrChanges *
sr_changes_ref (SrChanges *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
sr_changes_unref (SrChanges *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->changes);
  g_hash_table_unref (self->records);
  g_hash_table_unref (self->clients);
  g_free (self);
}

void
sr_changes_add (SrChanges  *self,
                const char *entity_type,
                const char *id,
                const char *client_id)
{
  Change change;
  char *key;

  g_return_if_fail (self != NULL);
  g_return_if_fail (entity_type != NULL);
  g_return_if_fail (id != NULL);

  key = g_strconcat (entity_type, "\037", id, NULL);
  if (!g_hash_table_add (self->records, key))
    return;

  change.entity_type = g_strdup (entity_type);
  change.id = g_strdup (id);
  change.client_id = g_strdup (client_id);
  g_array_append_val (self->changes, change);

  if (client_id != NULL)
    g_hash_table_add (self->clients, g_strdup (client_id));
}

guint
sr_changes_get_n_changes (SrChanges *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->changes->len;
}

static Change *
get_change (SrChanges *self,
            guint      position)
{
  g_assert (position < self->changes->len);

  return &g_array_index (self->changes, Change, position);
}

const char *
sr_changes_get_entity_type (SrChanges *self,
                            guint      position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->changes->len, NULL);

  return get_change (self, position)->entity_type;
}

const char *
sr_changes_get_id (SrChanges *self,
                   guint      position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->changes->len, NULL);

  return get_change (self, position)->id;
}

const char *
sr_changes_get_client_id (SrChanges *self,
                          guint      position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->changes->len, NULL);

  return get_change (self, position)->client_id;
}

gboolean
sr_changes_has_entity (SrChanges  *self,
                       const char *entity_type)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (entity_type != NULL, FALSE);

  for (guint i = 0; i < self->changes->len; i++)
    if (g_str_equal (get_change (self, i)->entity_type, entity_type))
      return TRUE;

  return FALSE;
}

gboolean
sr_changes_has_any (SrChanges          *self,
                    const char * const *entity_types)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; entity_types != NULL && entity_types[i] != NULL; i++)
    if (sr_changes_has_entity (self, entity_types[i]))
      return TRUE;

  return FALSE;
}

gboolean
sr_changes_has_record (SrChanges  *self,
                       const char *entity_type,
                       const char *id)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (entity_type == NULL || id == NULL)
    return FALSE;

  key = g_strconcat (entity_type, "\037", id, NULL);
  return g_hash_table_contains (self->records, key);
}

gboolean
sr_changes_concerns_client (SrChanges  *self,
                            const char *client_id)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return client_id != NULL && g_hash_table_contains (self->clients, client_id);
}
