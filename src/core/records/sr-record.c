/* sr-record.c: base class of every stored domain object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-record"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sr-record-private.h"
#include "sr-types.h"

typedef struct
{
  char      *id;
  GDateTime *created_at;
  GDateTime *updated_at;
  gint64     revision;
  GValue    *values;    /* one per field of the final class; made on first use */
  guint      n_values;
} SrRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SrRecord, sr_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GQuark info_quark;

static GValue *
make_values (SrRecord *self,
             gboolean  defaults)
{
  SrRecordPrivate *priv = sr_record_get_instance_private (self);
  const SrRecordInfo *info;

  if (priv->values != NULL)
    return priv->values;

  info = sr_record_type_get_info (G_OBJECT_TYPE (self));
  g_assert (info != NULL);

  priv->n_values = info->n_fields;
  priv->values = g_new0 (GValue, MAX (info->n_fields, 1));
  for (guint i = 0; i < info->n_fields; i++)
    {
      g_value_init (&priv->values[i], G_PARAM_SPEC_VALUE_TYPE (info->pspecs[i]));
      if (defaults)
        g_param_value_set_default (info->pspecs[i], &priv->values[i]);
    }

  return priv->values;
}

static GValue *
ensure_values (SrRecord *self)
{
  return make_values (self, TRUE);
}

static void
sr_record_finalize (GObject *object)
{
  SrRecord *self = SR_RECORD (object);
  SrRecordPrivate *priv = sr_record_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->created_at, g_date_time_unref);
  g_clear_pointer (&priv->updated_at, g_date_time_unref);
  for (guint i = 0; i < priv->n_values; i++)
    g_value_unset (&priv->values[i]);
  g_clear_pointer (&priv->values, g_free);

  G_OBJECT_CLASS (sr_record_parent_class)->finalize (object);
}

static void
sr_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SrRecord *self = SR_RECORD (object);
  SrRecordPrivate *priv = sr_record_get_instance_private (self);

  if (pspec->owner_type != SR_TYPE_RECORD)
    {
      /* A field of the subclass: property ids are field index + 1. */
      g_value_copy (&ensure_values (self)[prop_id - 1], value);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    case PROP_CREATED_AT:
      g_value_set_boxed (value, priv->created_at);
      break;

    case PROP_UPDATED_AT:
      g_value_set_boxed (value, priv->updated_at);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, priv->revision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SrRecord *self = SR_RECORD (object);
  GValue *slot;

  if (pspec->owner_type == SR_TYPE_RECORD)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  slot = &ensure_values (self)[prop_id - 1];
  if (g_param_values_cmp (pspec, slot, value) == 0)
    return;

  /* Empty text is no text: "" and NULL must not differ after a round trip. */
  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) != NULL
      && g_value_get_string (value)[0] == '\0')
    {
      if (g_value_get_string (slot) == NULL)
        return;
      g_value_set_string (slot, NULL);
    }
  else
    g_value_copy (value, slot);

  g_object_notify_by_pspec (object, pspec);
}

static gboolean
sr_record_real_validate (SrRecord  *self,
                         GError   **error)
{
  return TRUE;
}

static void
sr_record_class_init (SrRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sr_record_finalize;
  object_class->get_property = sr_record_get_property;
  object_class->set_property = sr_record_set_property;

  klass->validate = sr_record_real_validate;

  info_quark = g_quark_from_static_string ("sr-record-info");

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_boxed ("created-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED_AT] =
    g_param_spec_boxed ("updated-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVISION] =
    g_param_spec_int64 ("revision", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sr_record_init (SrRecord *self)
{
}

/**
 * sr_record_class_install_fields:
 * @klass: the class of a final subclass, in its class_init
 * @entity_type: an SR_ENTITY_* name
 * @table: the table it is stored in
 * @fields: (array length=n_fields): static field descriptions
 *
 * Installs one property per field. The descriptions must outlive the type.
 */
void
sr_record_class_install_fields (SrRecordClass *klass,
                                const char    *entity_type,
                                const char    *table,
                                const SrField *fields,
                                guint          n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SrRecordInfo *info;
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  g_return_if_fail (SR_IS_RECORD_CLASS (klass));
  g_return_if_fail (fields != NULL || n_fields == 0);

  /* GObject does not inherit these; the fields are handled here. */
  object_class->get_property = sr_record_get_property;
  object_class->set_property = sr_record_set_property;

  info = g_new0 (SrRecordInfo, 1);
  info->entity_type = entity_type;
  info->table = table;
  info->fields = fields;
  info->n_fields = n_fields;
  info->columns = g_new0 (char *, n_fields + 1);
  info->pspecs = g_new0 (GParamSpec *, n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const SrField *f = &fields[i];
      GParamSpec *pspec = NULL;

      info->columns[i] = g_strdelimit (g_strdup (f->name), "-", '_');

      switch (f->kind)
        {
        case SR_FIELD_STRING:
        case SR_FIELD_DATE:
        case SR_FIELD_REF:
        case SR_FIELD_JSON:
          pspec = g_param_spec_string (f->name, NULL, NULL, NULL, flags);
          break;

        case SR_FIELD_DATETIME:
          pspec = g_param_spec_boxed (f->name, NULL, NULL, G_TYPE_DATE_TIME, flags);
          break;

        case SR_FIELD_INT:
          pspec = g_param_spec_int (f->name, NULL, NULL, f->minimum, f->maximum,
                                    f->default_value, flags);
          break;

        case SR_FIELD_DOUBLE:
          pspec = g_param_spec_double (f->name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
          break;

        case SR_FIELD_BOOLEAN:
          pspec = g_param_spec_boolean (f->name, NULL, NULL, f->default_value != 0, flags);
          break;

        case SR_FIELD_ENUM:
          pspec = g_param_spec_enum (f->name, NULL, NULL, f->get_type (), f->default_value, flags);
          break;

        case SR_FIELD_FLAGS:
          pspec = g_param_spec_flags (f->name, NULL, NULL, f->get_type (),
                                      (guint) f->default_value, flags);
          break;

        case SR_FIELD_STRV:
          pspec = g_param_spec_boxed (f->name, NULL, NULL, G_TYPE_STRV, flags);
          break;

        default:
          g_assert_not_reached ();
        }

      info->pspecs[i] = pspec;
      g_object_class_install_property (object_class, i + 1, pspec);
    }

  g_type_set_qdata (G_TYPE_FROM_CLASS (klass), info_quark, info);
}

const SrRecordInfo *
sr_record_type_get_info (GType type)
{
  g_return_val_if_fail (g_type_is_a (type, SR_TYPE_RECORD), NULL);

  /* The class must exist for its class_init to have run. */
  g_type_class_unref (g_type_class_ref (type));

  return g_type_get_qdata (type, info_quark);
}

int
sr_record_find_field (const SrRecordInfo *info,
                      const char         *property)
{
  for (guint i = 0; i < info->n_fields; i++)
    if (g_str_equal (info->fields[i].name, property))
      return (int) i;

  return -1;
}

GValue *
sr_record_peek_value (SrRecord *self,
                      guint     index)
{
  SrRecordPrivate *priv = sr_record_get_instance_private (self);

  ensure_values (self);
  g_return_val_if_fail (index < priv->n_values, NULL);

  return &priv->values[index];
}

GValue *
sr_record_fill_values (SrRecord *self)
{
  SrRecordPrivate *priv = sr_record_get_instance_private (self);

  g_return_val_if_fail (SR_IS_RECORD (self), NULL);
  g_return_val_if_fail (priv->values == NULL, NULL);

  return make_values (self, FALSE);
}

void
sr_record_init_meta (SrRecord   *self,
                     const char *id,
                     GDateTime  *created_at,
                     GDateTime  *updated_at,
                     gint64      revision)
{
  SrRecordPrivate *priv = sr_record_get_instance_private (self);

  g_return_if_fail (SR_IS_RECORD (self));
  g_return_if_fail (priv->id == NULL);

  priv->id = g_strdup (id);
  priv->created_at = created_at;
  priv->updated_at = updated_at;
  priv->revision = revision;
}

void
sr_record_set_meta (SrRecord   *self,
                    const char *id,
                    GDateTime  *created_at,
                    GDateTime  *updated_at,
                    gint64      revision)
{
  SrRecordPrivate *priv = sr_record_get_instance_private (self);

  g_return_if_fail (SR_IS_RECORD (self));

  if (g_strcmp0 (priv->id, id) != 0)
    {
      g_free (priv->id);
      priv->id = g_strdup (id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }

  if (created_at != priv->created_at
      && (created_at == NULL || priv->created_at == NULL
          || !g_date_time_equal (created_at, priv->created_at)))
    {
      g_clear_pointer (&priv->created_at, g_date_time_unref);
      priv->created_at = created_at ? g_date_time_ref (created_at) : NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
    }

  if (updated_at != priv->updated_at
      && (updated_at == NULL || priv->updated_at == NULL
          || !g_date_time_equal (updated_at, priv->updated_at)))
    {
      g_clear_pointer (&priv->updated_at, g_date_time_unref);
      priv->updated_at = updated_at ? g_date_time_ref (updated_at) : NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
    }

  if (revision != priv->revision)
    {
      priv->revision = revision;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
    }
}

const char *
sr_record_get_id (SrRecord *self)
{
  SrRecordPrivate *priv = sr_record_get_instance_private (self);

  g_return_val_if_fail (SR_IS_RECORD (self), NULL);

  return priv->id;
}

GDateTime *
sr_record_get_created_at (SrRecord *self)
{
  SrRecordPrivate *priv = sr_record_get_instance_private (self);

  g_return_val_if_fail (SR_IS_RECORD (self), NULL);

  return priv->created_at;
}

GDateTime *
sr_record_get_updated_at (SrRecord *self)
{
  SrRecordPrivate *priv = sr_record_get_instance_private (self);

  g_return_val_if_fail (SR_IS_RECORD (self), NULL);

  return priv->updated_at;
}

gint64
sr_record_get_revision (SrRecord *self)
{
  SrRecordPrivate *priv = sr_record_get_instance_private (self);

  g_return_val_if_fail (SR_IS_RECORD (self), 0);

  return priv->revision;
}

const char *
sr_record_get_entity_type (SrRecord *self)
{
  g_return_val_if_fail (SR_IS_RECORD (self), NULL);

  return sr_record_type_get_info (G_OBJECT_TYPE (self))->entity_type;
}

gboolean
sr_record_validate (SrRecord  *self,
                    GError   **error)
{
  g_return_val_if_fail (SR_IS_RECORD (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SR_RECORD_GET_CLASS (self)->validate (self, error);
}

static GValue *
lookup (SrRecord   *self,
        const char *property,
        GType       value_type)
{
  const SrRecordInfo *info = sr_record_type_get_info (G_OBJECT_TYPE (self));
  int index = sr_record_find_field (info, property);

  g_return_val_if_fail (index >= 0, NULL);
  g_return_val_if_fail (G_VALUE_HOLDS (&ensure_values (self)[index], value_type), NULL);

  return &ensure_values (self)[index];
}

const char *
sr_record_get_string (SrRecord   *self,
                      const char *property)
{
  GValue *value;

  g_return_val_if_fail (SR_IS_RECORD (self), NULL);

  value = lookup (self, property, G_TYPE_STRING);
  return value ? g_value_get_string (value) : NULL;
}

void
sr_record_set_string (SrRecord   *self,
                      const char *property,
                      const char *value)
{
  g_return_if_fail (SR_IS_RECORD (self));

  g_object_set (self, property, value, NULL);
}

int
sr_record_get_int (SrRecord   *self,
                   const char *property)
{
  GValue *value;

  g_return_val_if_fail (SR_IS_RECORD (self), 0);

  value = lookup (self, property, G_TYPE_INT);
  return value ? g_value_get_int (value) : 0;
}

void
sr_record_set_int (SrRecord   *self,
                   const char *property,
                   int         value)
{
  g_return_if_fail (SR_IS_RECORD (self));

  g_object_set (self, property, value, NULL);
}

gboolean
sr_record_get_boolean (SrRecord   *self,
                       const char *property)
{
  GValue *value;

  g_return_val_if_fail (SR_IS_RECORD (self), FALSE);

  value = lookup (self, property, G_TYPE_BOOLEAN);
  return value ? g_value_get_boolean (value) : FALSE;
}

GDateTime *
sr_record_get_datetime (SrRecord   *self,
                        const char *property)
{
  GValue *value;

  g_return_val_if_fail (SR_IS_RECORD (self), NULL);

  value = lookup (self, property, G_TYPE_DATE_TIME);
  return value ? g_value_get_boxed (value) : NULL;
}

/* Parses a whole day "YYYY-MM-DD" into @out (if not NULL). */
gboolean
sr_date_parse (const char *text,
               GDate      *out)
{
  guint y, m, d;
  char tail;

  if (text == NULL || strlen (text) != 10
      || sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3
      || text[4] != '-' || text[7] != '-'
      || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;

  if (out != NULL)
    g_date_set_dmy (out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);

  return TRUE;
}

/* Checks the date field @property: a real day, present if @required. */
gboolean
sr_record_check_date (SrRecord    *self,
                      const char  *property,
                      const char  *label,
                      gboolean     required,
                      GDate       *out,
                      GError     **error)
{
  const char *text = sr_record_get_string (self, property);

  if (out != NULL)
    g_date_clear (out, 1);

  if (text == NULL)
    {
      if (!required)
        return TRUE;
      g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID, _("%s is missing."), label);
      return FALSE;
    }

  if (!sr_date_parse (text, out))
    {
      g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                   _("%s is not a valid date (YYYY-MM-DD)."), label);
      return FALSE;
    }

  return TRUE;
}

gboolean
sr_record_check_required (SrRecord    *self,
                          const char  *property,
                          const char  *label,
                          GError     **error)
{
  const char *text = sr_record_get_string (self, property);

  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  if (stripped[0] == '\0')
    {
      g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID, _("%s is missing."), label);
      return FALSE;
    }

  return TRUE;
}
