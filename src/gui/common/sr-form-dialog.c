/* sr-form-dialog.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-form-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-form-dialog.h"

struct _SrFormDialog
{
  AdwWindow   parent_instance;

  GtkWidget  *save_button;
  GtkWidget  *box;
  GtkWidget  *list;
  GtkLabel   *error_label;
};

G_DEFINE_FINAL_TYPE (SrFormDialog, sr_form_dialog, ADW_TYPE_WINDOW)

enum {
  SAVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_save_clicked_cb (SrFormDialog *self)
{
  if (gtk_widget_get_sensitive (self->save_button))
    g_signal_emit (self, signals[SAVE], 0);
}

static void
sr_form_dialog_class_init (SrFormDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  signals[SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sr_form_dialog_init (SrFormDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 560);
  gtk_widget_set_size_request (GTK_WIDGET (self), 340, 300);

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->save_button = gtk_button_new ();
  gtk_button_set_use_underline (GTK_BUTTON (self->save_button), TRUE);
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (self->box, 18);
  gtk_widget_set_margin_bottom (self->box, 18);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->error_label));

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_box_append (GTK_BOX (self->box), self->list);

  adw_clamp_set_child (ADW_CLAMP (clamp), self->box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);

  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), scrolled);
  adw_window_set_content (ADW_WINDOW (self), content);
}

SrFormDialog *
sr_form_dialog_new (GtkWindow  *parent,
                    const char *title,
                    const char *save_label)
{
  SrFormDialog *self;

  g_return_val_if_fail (title != NULL && save_label != NULL, NULL);

  self = g_object_new (SR_TYPE_FORM_DIALOG, "title", title, NULL);
  gtk_button_set_label (GTK_BUTTON (self->save_button), save_label);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);

  return self;
}

void
sr_form_dialog_add_row (SrFormDialog *self,
                        GtkWidget    *row)
{
  g_return_if_fail (SR_IS_FORM_DIALOG (self));

  /* Enter in a text row saves, as the default button would. */
  if (ADW_IS_ENTRY_ROW (row))
    g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_save_clicked_cb), self,
                             G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (self->list), row);

  /* Typing starts in the first field. */
  if (gtk_widget_get_first_child (self->list) == row)
    gtk_window_set_focus (GTK_WINDOW (self), row);
}

void
sr_form_dialog_add_widget (SrFormDialog *self,
                           GtkWidget    *widget)
{
  g_return_if_fail (SR_IS_FORM_DIALOG (self));

  gtk_box_append (GTK_BOX (self->box), widget);
}

void
sr_form_dialog_set_can_save (SrFormDialog *self,
                             gboolean      can_save)
{
  g_return_if_fail (SR_IS_FORM_DIALOG (self));

  gtk_widget_set_sensitive (self->save_button, can_save);
}

void
sr_form_dialog_show_error (SrFormDialog *self,
                           const char   *message)
{
  g_return_if_fail (SR_IS_FORM_DIALOG (self));

  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL && message[0] != '\0');
}
