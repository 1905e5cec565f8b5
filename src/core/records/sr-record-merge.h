/* sr-record-merge.h: an edit applied again onto the current version of a record
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A revision-checked save fails with SR_STORE_ERROR_CONFLICT when the record
 * was changed elsewhere (another window, another machine) after the dialog
 * read it. The dialog then holds three versions: the one it read (original),
 * the caseworker's edit of it (edited) and the one stored now (current).
 * Applying the edit again copies onto the current version only the fields
 * the caseworker changed, so the other change survives wherever the
 * caseworker did not touch it.
 */

#pragma once

#include "sr-record.h"

G_BEGIN_DECLS

/* A new record of the same type with the same id, timestamps, revision and
 * field values: an edit of it can be saved revision-checked against what
 * @self was read as. */
SrRecord  *sr_record_copy           (SrRecord  *self);

/* The fields (property names, in field-table order) whose values differ
 * between @a and @b, records of one type; NULL-terminated, never NULL. */
char     **sr_record_changed_fields (SrRecord  *a,
                                     SrRecord  *b);

/* Copies onto @current every field in which @edited differs from
 * @original (all three of one type) and returns those fields' names.
 * @conflicts (may be NULL) gets the ones among them that were changed on
 * both sides to different values: @current differs from @original there
 * too, and the copy replaced that other change. Id and revision of
 * @current are kept, so it saves against the stored version. */
char     **sr_record_reapply_edit   (SrRecord  *current,
                                     SrRecord  *original,
                                     SrRecord  *edited,
                                     char    ***conflicts);

G_END_DECLS
