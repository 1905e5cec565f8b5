/* sr-record.h: base class of every stored domain object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row SocRehab stores has a UUID text id, created/updated timestamps
 * and a revision counter, so records can later be exchanged between machines.
 * SrRecord carries those and, for its subclasses, a table of fields: each
 * field is a GObject property *and* a column, so the store reads and writes
 * every type with one generic code path instead of fourteen copies.
 *
 * Value conventions (the same in properties and in the database):
 *  - whole days (birth date, period start, decision validity, target dates)
 *    are "YYYY-MM-DD" strings, NULL when unknown;
 *  - points in time (meeting and session start, created/updated, audit time)
 *    are GDateTime properties, stored as UTC text "YYYY-MM-DDTHH:MM:SSZ";
 *  - enums are stored as their GEnumValue nick, flags as an integer bit mask;
 *  - references to other records are id strings, NULL for none.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SR_TYPE_RECORD (sr_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (SrRecord, sr_record, SR, RECORD, GObject)

typedef enum
{
  SR_FIELD_STRING,    /* TEXT; "" is stored as NULL */
  SR_FIELD_DATE,      /* TEXT "YYYY-MM-DD" */
  SR_FIELD_DATETIME,  /* GDateTime property; TEXT "YYYY-MM-DDTHH:MM:SSZ" (UTC) */
  SR_FIELD_INT,       /* INTEGER */
  SR_FIELD_DOUBLE,    /* REAL */
  SR_FIELD_BOOLEAN,   /* INTEGER 0/1 */
  SR_FIELD_ENUM,      /* TEXT nick of @gtype */
  SR_FIELD_FLAGS,     /* INTEGER mask of @gtype */
  SR_FIELD_REF,       /* TEXT id of another record */
  SR_FIELD_STRV,      /* TEXT JSON array of strings */
  SR_FIELD_JSON,      /* TEXT JSON document, a string property */
} SrFieldKind;

typedef struct
{
  const char  *name;        /* property name; the column is the same with '_' for '-' */
  SrFieldKind  kind;
  GType      (*get_type) (void); /* for SR_FIELD_ENUM / SR_FIELD_FLAGS */
  int          minimum;     /* SR_FIELD_INT range of the property (validation is stricter) */
  int          maximum;
  int          default_value; /* SR_FIELD_INT, SR_FIELD_BOOLEAN, SR_FIELD_ENUM, SR_FIELD_FLAGS */
} SrField;

struct _SrRecordClass
{
  GObjectClass parent_class;

  /* Checks the record before it is saved and may fill derived fields
   * (a client's birth date from the identity code). */
  gboolean (*validate) (SrRecord  *self,
                        GError   **error);

  /*< private >*/
  gpointer padding[8];
};

const char *sr_record_get_id               (SrRecord    *self);
GDateTime  *sr_record_get_created_at       (SrRecord    *self);
GDateTime  *sr_record_get_updated_at       (SrRecord    *self);
gint64      sr_record_get_revision         (SrRecord    *self);
const char *sr_record_get_entity_type      (SrRecord    *self);
gboolean    sr_record_validate             (SrRecord    *self,
                                            GError     **error);

/* Field access by property name, for code that does not know the type. */
const char *sr_record_get_string           (SrRecord    *self,
                                            const char  *property);
void        sr_record_set_string           (SrRecord    *self,
                                            const char  *property,
                                            const char  *value);
int         sr_record_get_int              (SrRecord    *self,
                                            const char  *property);
void        sr_record_set_int              (SrRecord    *self,
                                            const char  *property,
                                            int          value);
gboolean    sr_record_get_boolean          (SrRecord    *self,
                                            const char  *property);
GDateTime  *sr_record_get_datetime         (SrRecord    *self,
                                            const char  *property);

/* For subclasses, in class_init. */
void        sr_record_class_install_fields (SrRecordClass *klass,
                                            const char    *entity_type,
                                            const char    *table,
                                            const SrField *fields,
                                            guint          n_fields);

G_END_DECLS
