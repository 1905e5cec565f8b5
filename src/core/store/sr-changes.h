/* sr-changes.h: what one commit changed
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store announces each commit once (SrStore::committed) with the set of records it
 * created, changed or deleted: each change names the entity type (SR_ENTITY_*), the record's
 * id and, where the record belongs to a client, that client's id. A listener asks the set
 * whether anything it shows is in it and refreshes once, instead of once per record.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SR_TYPE_CHANGES (sr_changes_get_type ())

typedef struct _SrChanges SrChanges;

GType       sr_changes_get_type        (void) G_GNUC_CONST;

SrChanges  *sr_changes_new             (void);
SrChanges  *sr_changes_ref             (SrChanges          *self);
void        sr_changes_unref           (SrChanges          *self);

/* Adds a change of one record; the same record twice is kept once (its first client id
 * wins). @client_id may be NULL (workers, groups, sessions). */
void        sr_changes_add             (SrChanges          *self,
                                        const char         *entity_type,
                                        const char         *id,
                                        const char         *client_id);

guint       sr_changes_get_n_changes   (SrChanges          *self);
const char *sr_changes_get_entity_type (SrChanges          *self,
                                        guint               position);
const char *sr_changes_get_id          (SrChanges          *self,
                                        guint               position);
const char *sr_changes_get_client_id   (SrChanges          *self,
                                        guint               position);

gboolean    sr_changes_has_entity      (SrChanges          *self,
                                        const char         *entity_type);
/* Whether any change is of one of @entity_types (NULL-terminated). */
gboolean    sr_changes_has_any         (SrChanges          *self,
                                        const char * const *entity_types);
gboolean    sr_changes_has_record      (SrChanges          *self,
                                        const char         *entity_type,
                                        const char         *id);
/* Whether a change belongs to the client (any entity whose client is @client_id, or the
 * client record itself). */
gboolean    sr_changes_concerns_client (SrChanges          *self,
                                        const char         *client_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SrChanges, sr_changes_unref)

G_END_DECLS
