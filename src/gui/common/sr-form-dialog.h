/* sr-form-dialog.h: a small modal form with Cancel and a save button that
 * stays open, with what was typed, when saving is refused
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SR_TYPE_FORM_DIALOG (sr_form_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SrFormDialog, sr_form_dialog, SR, FORM_DIALOG, AdwWindow)

/* Signal "save": the handler saves, then closes the dialog with
 * gtk_window_destroy(), or calls sr_form_dialog_show_error() to keep it open. */
SrFormDialog *sr_form_dialog_new        (GtkWindow    *parent,
                                         const char   *title,
                                         const char   *save_label);
/* Rows go into one boxed list; other widgets (hints) below it, in order. */
void          sr_form_dialog_add_row    (SrFormDialog *self,
                                         GtkWidget    *row);
void          sr_form_dialog_add_widget (SrFormDialog *self,
                                         GtkWidget    *widget);
void          sr_form_dialog_set_can_save (SrFormDialog *self,
                                           gboolean      can_save);
void          sr_form_dialog_show_error (SrFormDialog *self,
                                         const char   *message);

G_END_DECLS
