/* sr-save-error.h: what a dialog does when the store refuses its save
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two refusals are something the caseworker can act on:
 *  - SR_STORE_ERROR_CONFLICT: the record was changed elsewhere (another
 *    window, another machine) since the dialog read it. A message shows what
 *    the stored version says in the fields the caseworker changed and offers
 *    to apply the changes again onto it (sr_record_reapply_edit()) or to
 *    show the stored version instead, dropping the edit.
 *  - SR_STORE_ERROR_NO_WORKER: nobody is named as using the app. A message
 *    asks who is, sets the context's current worker and saves again.
 * Anything else is for the dialog to show as before.
 */

#pragma once

#include <adwaita.h>

#include "sr-context.h"
#include "sr-record.h"

G_BEGIN_DECLS

/* A field the dialog shows, for the conflict message; ends with { NULL, }. */
typedef struct
{
  const char         *property;
  const char         *label;    /* translated */
  const char * const *choices;  /* an int field's value i reads choices[i]; may be NULL */
} SrFieldLabel;

/* The title of the preferences row @widget is or is in, for SrFieldLabel; NULL if none. */
const char *sr_save_error_row_title (GtkWidget *widget);

/* Saves @record for @owner again: the dialog's own save of a record, which
 * on failure comes back to sr_save_error_handle(). @original is what the
 * record was read as now (the re-read stored version after a conflict; the
 * same as before otherwise). */
typedef void (*SrSaveFunc)   (GtkWidget *owner,
                              SrRecord  *original,
                              SrRecord  *record);
/* Shows @current, the stored version, in @owner instead of the edit. */
typedef void (*SrReloadFunc) (GtkWidget *owner,
                              SrRecord  *current);

/* Takes over after a save of @edited failed with @error: TRUE when the error
 * is CONFLICT or NO_WORKER and a message over @owner now asks what to do;
 * FALSE for any other error, which the caller shows as before. @original is
 * the record as @owner read it (NULL for a new one); @labels names the
 * fields @owner shows (a row title with its mnemonic underline will do).
 * @owner is kept alive while the message is open; cancelling it leaves the
 * edit in @owner, unsaved. */
gboolean sr_save_error_handle (GtkWidget          *owner,
                               SrContext          *context,
                               const GError       *error,
                               SrRecord           *original,
                               SrRecord           *edited,
                               const SrFieldLabel *labels,
                               SrSaveFunc          save,
                               SrReloadFunc        reload);

G_END_DECLS
