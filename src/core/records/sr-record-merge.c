/* sr-record-merge.c: an edit applied again onto the current version of a record
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-record-merge"

#include "config.h"

#include "sr-record-merge.h"
#include "sr-record-private.h"

/* Whether two values of @field are the same as the store would keep them. */
static gboolean
values_equal (const SrField *field,
              GParamSpec    *pspec,
              const GValue  *a,
              const GValue  *b)
{
  switch (field->kind)
    {
    case SR_FIELD_STRING:
    case SR_FIELD_DATE:
    case SR_FIELD_REF:
    case SR_FIELD_JSON:
      {
        const char *sa = g_value_get_string (a);
        const char *sb = g_value_get_string (b);

        /* "" is stored as NULL. */
        return g_strcmp0 (sa != NULL && sa[0] != '\0' ? sa : NULL,
                          sb != NULL && sb[0] != '\0' ? sb : NULL) == 0;
      }

    case SR_FIELD_DATETIME:
      {
        GDateTime *da = g_value_get_boxed (a);
        GDateTime *db = g_value_get_boxed (b);

        if (da == NULL || db == NULL)
          return da == db;
        return g_date_time_equal (da, db);
      }

    case SR_FIELD_STRV:
      {
        const char * const *va = g_value_get_boxed (a);
        const char * const *vb = g_value_get_boxed (b);
        const char * const none[] = { NULL };

        return g_strv_equal (va != NULL ? va : none, vb != NULL ? vb : none);
      }

    case SR_FIELD_INT:
    case SR_FIELD_DOUBLE:
    case SR_FIELD_BOOLEAN:
    case SR_FIELD_ENUM:
    case SR_FIELD_FLAGS:
    default:
      return g_param_values_cmp (pspec, a, b) == 0;
    }
}

static const SrRecordInfo *
shared_info (SrRecord *a,
             SrRecord *b)
{
  g_return_val_if_fail (SR_IS_RECORD (a), NULL);
  g_return_val_if_fail (SR_IS_RECORD (b), NULL);
  g_return_val_if_fail (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b), NULL);

  return sr_record_type_get_info (G_OBJECT_TYPE (a));
}

SrRecord *
sr_record_copy (SrRecord *self)
{
  const SrRecordInfo *info;
  SrRecord *copy;
  GValue *values;
  GDateTime *created_at, *updated_at;

  g_return_val_if_fail (SR_IS_RECORD (self), NULL);

  info = sr_record_type_get_info (G_OBJECT_TYPE (self));
  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  values = sr_record_fill_values (copy);
  for (guint i = 0; i < info->n_fields; i++)
    g_value_copy (sr_record_peek_value (self, i), &values[i]);

  created_at = sr_record_get_created_at (self);
  updated_at = sr_record_get_updated_at (self);
  sr_record_init_meta (copy, sr_record_get_id (self),
                       created_at != NULL ? g_date_time_ref (created_at) : NULL,
                       updated_at != NULL ? g_date_time_ref (updated_at) : NULL,
                       sr_record_get_revision (self));

  return copy;
}

char **
sr_record_changed_fields (SrRecord *a,
                          SrRecord *b)
{
  const SrRecordInfo *info = shared_info (a, b);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  g_return_val_if_fail (info != NULL, NULL);

  for (guint i = 0; i < info->n_fields; i++)
    if (!values_equal (&info->fields[i], info->pspecs[i],
                       sr_record_peek_value (a, i), sr_record_peek_value (b, i)))
      g_strv_builder_add (names, info->fields[i].name);

  return g_strv_builder_end (names);
}

char **
sr_record_reapply_edit (SrRecord   *current,
                        SrRecord   *original,
                        SrRecord   *edited,
                        char     ***conflicts)
{
  const SrRecordInfo *info = shared_info (current, original);
  g_autoptr(GStrvBuilder) changed = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) both = g_strv_builder_new ();

  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (shared_info (original, edited) == info, NULL);

  for (guint i = 0; i < info->n_fields; i++)
    {
      const SrField *field = &info->fields[i];
      const GValue *was = sr_record_peek_value (original, i);
      const GValue *mine = sr_record_peek_value (edited, i);
      const GValue *theirs = sr_record_peek_value (current, i);

      if (values_equal (field, info->pspecs[i], was, mine))
        continue;

      g_strv_builder_add (changed, field->name);
      if (!values_equal (field, info->pspecs[i], was, theirs)
          && !values_equal (field, info->pspecs[i], mine, theirs))
        g_strv_builder_add (both, field->name);

      g_object_set_property (G_OBJECT (current), field->name, mine);
    }

  if (conflicts != NULL)
    *conflicts = g_strv_builder_end (both);

  return g_strv_builder_end (changed);
}
