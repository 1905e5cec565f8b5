/* sr-record-private.h: what the store needs to see of SrRecord
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sr-record.h"

G_BEGIN_DECLS

typedef struct
{
  const char     *entity_type;
  const char     *table;
  const SrField  *fields;
  guint           n_fields;
  char          **columns;  /* column name of each field */
  GParamSpec    **pspecs;   /* property of each field */
} SrRecordInfo;

/* The field table of a record type (a subclass of SrRecord). */
const SrRecordInfo *sr_record_type_get_info (GType        type);

/* The value of field @index, to read or (without notification) to fill. */
GValue             *sr_record_peek_value    (SrRecord    *self,
                                             guint        index);
/* Id, timestamps and revision as stored; notifies what changed. */
void                sr_record_set_meta      (SrRecord    *self,
                                             const char  *id,
                                             GDateTime   *created_at,
                                             GDateTime   *updated_at,
                                             gint64       revision);
/* The values of a record just made, before anything has read them, without
 * their defaults: for the store, which sets every one from a row. */
GValue             *sr_record_fill_values   (SrRecord    *self);
/* sr_record_set_meta() for a record just made, that nobody can be watching yet: takes
 * @created_at and @updated_at, notifies nothing (a list of thousands of
 * records is made this way). */
void                sr_record_init_meta     (SrRecord    *self,
                                             const char  *id,
                                             GDateTime   *created_at,
                                             GDateTime   *updated_at,
                                             gint64       revision);
int                 sr_record_find_field    (const SrRecordInfo *info,
                                             const char         *property);

/* Field table shorthands for the subclasses. */
#define SR_F_STRING(n)         { (n), SR_FIELD_STRING, NULL, 0, 0, 0 }
#define SR_F_DATE(n)           { (n), SR_FIELD_DATE, NULL, 0, 0, 0 }
#define SR_F_DATETIME(n)       { (n), SR_FIELD_DATETIME, NULL, 0, 0, 0 }
#define SR_F_REF(n)            { (n), SR_FIELD_REF, NULL, 0, 0, 0 }
#define SR_F_JSON(n)           { (n), SR_FIELD_JSON, NULL, 0, 0, 0 }
#define SR_F_STRV(n)           { (n), SR_FIELD_STRV, NULL, 0, 0, 0 }
#define SR_F_INT(n, lo, hi, d) { (n), SR_FIELD_INT, NULL, (lo), (hi), (d) }
#define SR_F_BOOL(n, d)        { (n), SR_FIELD_BOOLEAN, NULL, 0, 0, (d) }
#define SR_F_ENUM(n, t, d)     { (n), SR_FIELD_ENUM, t, 0, 0, (d) }
#define SR_F_FLAGS(n, t)       { (n), SR_FIELD_FLAGS, t, 0, 0, 0 }

/* Validation helpers: errors are SR_STORE_ERROR_INVALID. */
gboolean            sr_date_parse           (const char  *text,
                                             GDate       *out);
gboolean            sr_record_check_date    (SrRecord    *self,
                                             const char  *property,
                                             const char  *label,
                                             gboolean     required,
                                             GDate       *out,
                                             GError     **error);
gboolean            sr_record_check_required (SrRecord   *self,
                                              const char *property,
                                              const char *label,
                                              GError    **error);

G_END_DECLS
