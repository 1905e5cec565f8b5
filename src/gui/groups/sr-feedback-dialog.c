/* sr-feedback-dialog.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-feedback-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client.h"
#include "sr-feedback-dialog.h"
#include "sr-group-service.h"
#include "sr-group.h"

struct _SrFeedbackDialog
{
  AdwWindow    parent_instance;

  SrContext   *context;
  SrStore     *store;
  SrSession   *session;
  GPtrArray   *client_ids;   /* parallel to the "From" list; [0] = NULL, anonymous */
  GtkWidget   *rating_buttons[5];

  /* Template widgets */
  GtkWidget   *save_button;
  GtkLabel    *error_label;
  GtkBox      *rating_box;
  AdwComboRow *from_row;
  GtkTextView *text_view;
};

G_DEFINE_FINAL_TYPE (SrFeedbackDialog, sr_feedback_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
get_rating (SrFeedbackDialog *self)
{
  for (int i = 0; i < 5; i++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->rating_buttons[i])))
      return i + 1;

  return 0;
}

static void
on_rating_toggled_cb (SrFeedbackDialog *self)
{
  gtk_widget_set_sensitive (self->save_button, get_rating (self) > 0);
}

gboolean
sr_feedback_dialog_save (SrFeedbackDialog *self)
{
  g_autoptr(SrFeedback) feedback = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  guint from = adw_combo_row_get_selected (self->from_row);
  const char *client_id = NULL;
  int rating = get_rating (self);

  g_return_val_if_fail (SR_IS_FEEDBACK_DIALOG (self), FALSE);

  if (rating == 0)
    return FALSE;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (from < self->client_ids->len)
    client_id = g_ptr_array_index (self->client_ids, from);

  feedback = sr_feedback_new (sr_record_get_id (SR_RECORD (self->session)), rating);
  g_object_set (feedback, "client-id", client_id, "text", text, NULL);
  if (!sr_group_service_add_feedback (sr_context_get_groups (self->context), feedback, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked_cb (SrFeedbackDialog *self)
{
  sr_feedback_dialog_save (self);
}

static void
sr_feedback_dialog_dispose (GObject *object)
{
  SrFeedbackDialog *self = SR_FEEDBACK_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_FEEDBACK_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->session);
  g_clear_pointer (&self->client_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (sr_feedback_dialog_parent_class)->dispose (object);
}

static void
sr_feedback_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SrFeedbackDialog *self = SR_FEEDBACK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_feedback_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SrFeedbackDialog *self = SR_FEEDBACK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      self->store = g_object_ref (sr_context_get_store (self->context));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_feedback_dialog_class_init (SrFeedbackDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_feedback_dialog_dispose;
  object_class->get_property = sr_feedback_dialog_get_property;
  object_class->set_property = sr_feedback_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-feedback-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SrFeedbackDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SrFeedbackDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SrFeedbackDialog, rating_box);
  gtk_widget_class_bind_template_child (widget_class, SrFeedbackDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, SrFeedbackDialog, text_view);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sr_feedback_dialog_init (SrFeedbackDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i < 5; i++)
    {
      g_autofree char *label = g_strdup_printf ("_%d", i + 1);
      GtkWidget *button = gtk_toggle_button_new_with_mnemonic (label);

      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (self->rating_buttons[0]));
      g_signal_connect_swapped (button, "toggled", G_CALLBACK (on_rating_toggled_cb), self);
      gtk_box_append (self->rating_box, button);
      self->rating_buttons[i] = button;
    }

  self->client_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
}

SrFeedbackDialog *
sr_feedback_dialog_new (GtkWindow *parent,
                        SrContext *context,
                        SrSession *session)
{
  SrFeedbackDialog *self;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (SR_IS_SESSION (session), NULL);

  self = g_object_new (SR_TYPE_FEEDBACK_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       NULL);
  self->session = g_object_ref (session);

  /* From: anonymous, or one of the session's members. */
  gtk_string_list_append (names, _("Anonymous"));
  g_ptr_array_add (self->client_ids, NULL);
  members = sr_group_service_session_members (sr_context_get_groups (context),
                                              sr_record_get_id (SR_RECORD (session)), &error);
  if (members == NULL)
    g_warning ("Could not list the session's members: %s", error->message);
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const char *client_id = g_ptr_array_index (members, i);
      g_autoptr(SrClient) client = sr_store_get_client (self->store, client_id, NULL);
      g_autofree char *name = NULL;

      if (client == NULL)
        continue;
      name = sr_client_dup_display_name (client);
      gtk_string_list_append (names, name);
      g_ptr_array_add (self->client_ids, g_strdup (client_id));
    }
  adw_combo_row_set_model (self->from_row, G_LIST_MODEL (names));

  return self;
}

void
sr_feedback_dialog_fill (SrFeedbackDialog *self,
                         int               rating,
                         guint             member_index,
                         const char       *text)
{
  g_return_if_fail (SR_IS_FEEDBACK_DIALOG (self));
  g_return_if_fail (rating >= 1 && rating <= 5);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->rating_buttons[rating - 1]), TRUE);
  adw_combo_row_set_selected (self->from_row, member_index);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text != NULL ? text : "", -1);
}
