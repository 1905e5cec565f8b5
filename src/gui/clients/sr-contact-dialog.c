/* sr-contact-dialog.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-contact-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client-service.h"
#include "sr-contact-dialog.h"
#include "sr-date-row.h"
#include "sr-format.h"

struct _SrContactDialog
{
  AdwWindow         parent_instance;

  SrContext        *context;
  SrClient         *client;
  SrNetworkContact *contact;   /* the contact being edited, or NULL for a new one */
  gboolean          can_save;

  /* Template widgets */
  GtkWidget        *save_button;
  GtkLabel         *error_label;
  AdwEntryRow      *organisation_row;
  AdwEntryRow      *service_type_row;
  AdwEntryRow      *person_row;
  AdwEntryRow      *role_row;
  AdwEntryRow      *contact_row;
  GtkSwitch        *consent_switch;
  SrDateRow        *consent_date_row;
};

G_DEFINE_FINAL_TYPE (SrContactDialog, sr_contact_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (SrContactDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
row_is_blank (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return text[0] == '\0';
}

static void
validate (SrContactDialog *self)
{
  gboolean consent = gtk_switch_get_active (self->consent_switch);

  gtk_widget_set_sensitive (GTK_WIDGET (self->consent_date_row), consent);
  sr_date_row_set_required (self->consent_date_row, consent);
  self->can_save = (!row_is_blank (self->organisation_row) || !row_is_blank (self->person_row))
                   && sr_date_row_get_valid (self->consent_date_row);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact.save", self->can_save);
}

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

gboolean
sr_contact_dialog_save (SrContactDialog *self)
{
  g_autoptr(SrNetworkContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SR_IS_CONTACT_DIALOG (self), FALSE);

  if (!self->can_save)
    return FALSE;

  /* Edit a copy: a refused save leaves the shown record as it was. */
  if (self->contact != NULL)
    contact = sr_store_get_network_contact (sr_context_get_store (self->context),
                                            sr_record_get_id (SR_RECORD (self->contact)), &error);
  else
    contact = sr_network_contact_new (sr_record_get_id (SR_RECORD (self->client)), NULL);
  if (contact == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_object_set (contact,
                "organisation", row_text (self->organisation_row),
                "service-type", row_text (self->service_type_row),
                "person", row_text (self->person_row),
                "role", row_text (self->role_row),
                "contact", row_text (self->contact_row),
                "consent-to-share", gtk_switch_get_active (self->consent_switch),
                "consent-date", sr_date_row_get_date (self->consent_date_row),
                NULL);
  if (!sr_client_service_save_contact (sr_context_get_clients (self->context), contact, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  show_error (self, NULL);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
sr_contact_dialog_save_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  sr_contact_dialog_save (SR_CONTACT_DIALOG (widget));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
sr_contact_dialog_fill (SrContactDialog *self)
{
  SrRecord *c = SR_RECORD (self->contact);

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Contact"));
  gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
  set_row_text (self->organisation_row, sr_record_get_string (c, "organisation"));
  set_row_text (self->service_type_row, sr_record_get_string (c, "service-type"));
  set_row_text (self->person_row, sr_record_get_string (c, "person"));
  set_row_text (self->role_row, sr_record_get_string (c, "role"));
  set_row_text (self->contact_row, sr_record_get_string (c, "contact"));
  gtk_switch_set_active (self->consent_switch, sr_record_get_boolean (c, "consent-to-share"));
  if (sr_record_get_string (c, "consent-date") != NULL)
    sr_date_row_set_date (self->consent_date_row, sr_record_get_string (c, "consent-date"));
  validate (self);
}

static void
sr_contact_dialog_dispose (GObject *object)
{
  SrContactDialog *self = SR_CONTACT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_CONTACT_DIALOG);

  g_clear_object (&self->contact);
  g_clear_object (&self->client);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sr_contact_dialog_parent_class)->dispose (object);
}

static void
sr_contact_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SrContactDialog *self = SR_CONTACT_DIALOG (object);

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
sr_contact_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SrContactDialog *self = SR_CONTACT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_contact_dialog_class_init (SrContactDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_contact_dialog_dispose;
  object_class->get_property = sr_contact_dialog_get_property;
  object_class->set_property = sr_contact_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SR_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-contact-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SrContactDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SrContactDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SrContactDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, SrContactDialog, service_type_row);
  gtk_widget_class_bind_template_child (widget_class, SrContactDialog, person_row);
  gtk_widget_class_bind_template_child (widget_class, SrContactDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, SrContactDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, SrContactDialog, consent_switch);
  gtk_widget_class_bind_template_child (widget_class, SrContactDialog, consent_date_row);

  gtk_widget_class_install_action (widget_class, "contact.save", NULL, sr_contact_dialog_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sr_contact_dialog_init (SrContactDialog *self)
{
  g_autofree char *today = sr_local_day_iso (NULL, 0);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Typing starts in the first field. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->organisation_row));

  gtk_window_set_title (GTK_WINDOW (self), _("New Contact"));
  sr_date_row_set_date (self->consent_date_row, today);

  g_signal_connect_swapped (self->organisation_row, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->person_row, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->consent_switch, "notify::active", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->consent_date_row, "notify::valid", G_CALLBACK (validate), self);
  validate (self);
}

SrContactDialog *
sr_contact_dialog_new (GtkWindow        *parent,
                       SrContext        *context,
                       SrClient         *client,
                       SrNetworkContact *contact)
{
  SrContactDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (SR_IS_CLIENT (client), NULL);
  g_return_val_if_fail (contact == NULL || SR_IS_NETWORK_CONTACT (contact), NULL);

  self = g_object_new (SR_TYPE_CONTACT_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       NULL);
  self->client = g_object_ref (client);
  if (contact != NULL)
    {
      self->contact = g_object_ref (contact);
      sr_contact_dialog_fill (self);
    }

  return self;
}
