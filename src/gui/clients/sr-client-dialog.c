/* sr-client-dialog.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-client-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client-dialog.h"
#include "sr-client-lists.h"
#include "sr-client.h"
#include "sr-date-row.h"
#include "sr-enum-combo.h"
#include "sr-format.h"
#include "sr-hetu.h"
#include "sr-record-merge.h"
#include "sr-save-error.h"
#include "sr-worker.h"

struct _SrClientDialog
{
  AdwWindow    parent_instance;

  SrContext   *context;
  SrStore     *store;
  SrClient    *client;      /* as read when the dialog opened, or NULL for a new one */
  GPtrArray   *worker_ids;  /* of worker_row's items; [0] is NULL: none */

  /* Template widgets */
  GtkWidget   *save_button;
  GtkLabel    *error_label;
  AdwEntryRow *first_name_row;
  AdwEntryRow *last_name_row;
  AdwEntryRow *identity_row;
  GtkLabel    *identity_message;
  SrDateRow   *birth_row;
  AdwEntryRow *phone_row;
  AdwEntryRow *email_row;
  AdwEntryRow *address_row;
  AdwEntryRow *municipality_row;
  AdwComboRow *language_row;
  AdwComboRow *worker_row;
  GtkTextView *notes_view;
};

G_DEFINE_FINAL_TYPE (SrClientDialog, sr_client_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const SrLanguage languages[] = { SR_LANGUAGE_FI, SR_LANGUAGE_SV, SR_LANGUAGE_OTHER };

static char *
row_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
set_row_error (GtkWidget *row,
               gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* Checks everything as it is typed; Save only when all is well. */
static gboolean
sr_client_dialog_validate (SrClientDialog *self)
{
  g_autofree char *first = row_text (self->first_name_row);
  g_autofree char *last = row_text (self->last_name_row);
  g_autofree char *code = row_text (self->identity_row);
  gboolean code_ok = TRUE;

  if (code != NULL)
    {
      g_autoptr(GError) error = NULL;
      SrHetuInfo info;

      code_ok = sr_hetu_validate (code, &info, &error);
      gtk_label_set_text (self->identity_message, code_ok ? "" : error->message);
      if (code_ok)
        {
          g_autofree char *birth = sr_date_to_iso (&info.birth_date);

          /* The date of birth comes from the code, so it cannot disagree with it. */
          if (g_strcmp0 (sr_date_row_get_date (self->birth_row), birth) != 0)
            sr_date_row_set_date (self->birth_row, birth);
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->identity_message), !code_ok);
  set_row_error (GTK_WIDGET (self->identity_row), !code_ok);
  gtk_widget_set_sensitive (GTK_WIDGET (self->birth_row), code == NULL);

  return first != NULL && last != NULL && code_ok && sr_date_row_get_valid (self->birth_row);
}

static void
on_field_changed_cb (SrClientDialog *self)
{
  gtk_widget_set_sensitive (self->save_button, sr_client_dialog_validate (self));
}

static void sr_client_dialog_fill (SrClientDialog *self);

/* The stored client instead of the edit (the caseworker chose to see it). */
static void
sr_client_dialog_reload (GtkWidget *widget,
                         SrRecord  *current)
{
  SrClientDialog *self = SR_CLIENT_DIALOG (widget);

  g_set_object (&self->client, SR_CLIENT (current));
  g_ptr_array_set_size (self->worker_ids, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  sr_client_dialog_fill (self);
}

static void
sr_client_dialog_save_client (GtkWidget *widget,
                              SrRecord  *original,
                              SrRecord  *client)
{
  SrClientDialog *self = SR_CLIENT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  const SrFieldLabel labels[] = {
    { "first-name", _("First name") },
    { "last-name", _("Last name") },
    { "identity-code", _("Identity code") },
    { "birth-date", _("Date of birth") },
    { "phone", _("Phone") },
    { "email", _("Email") },
    { "address", _("Address") },
    { "municipality", _("Municipality") },
    { "language", _("Language") },
    { "worker-id", _("Named worker") },
    { "notes", _("Notes") },
    { NULL, },
  };

  if (original != NULL)
    g_set_object (&self->client, SR_CLIENT (original));

  if (!sr_client_service_save_client (sr_context_get_clients (self->context), SR_CLIENT (client), &error))
    {
      if (sr_save_error_handle (widget, self->context, error, original, client, labels,
                                sr_client_dialog_save_client, sr_client_dialog_reload))
        return;

      /* Everything typed stays; the store says why in the caseworker's words. */
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, client);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_save_clicked_cb (SrClientDialog *self)
{
  g_autoptr(SrClient) client = NULL;
  g_autofree char *first = row_text (self->first_name_row);
  g_autofree char *last = row_text (self->last_name_row);
  g_autofree char *code = row_text (self->identity_row);
  g_autofree char *phone = row_text (self->phone_row);
  g_autofree char *email = row_text (self->email_row);
  g_autofree char *address = row_text (self->address_row);
  g_autofree char *municipality = row_text (self->municipality_row);
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  guint language = adw_combo_row_get_selected (self->language_row);
  guint worker = adw_combo_row_get_selected (self->worker_row);

  if (!sr_client_dialog_validate (self))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  /* Edit a copy of the client as read: a save over a change made elsewhere
   * since then is refused (CONFLICT), not silently overwritten. */
  if (self->client != NULL)
    client = SR_CLIENT (sr_record_copy (SR_RECORD (self->client)));
  else
    client = sr_client_new (first, last);

  g_object_set (client,
                "first-name", first,
                "last-name", last,
                "identity-code", code,
                "birth-date", sr_date_row_get_date (self->birth_row),
                "phone", phone,
                "email", email,
                "address", address,
                "municipality", municipality,
                "language", language < G_N_ELEMENTS (languages) ? languages[language] : SR_LANGUAGE_FI,
                "worker-id", worker < self->worker_ids->len ? g_ptr_array_index (self->worker_ids, worker) : NULL,
                "notes", notes[0] != '\0' ? notes : NULL,
                NULL);

  sr_client_dialog_save_client (GTK_WIDGET (self), SR_RECORD (self->client), SR_RECORD (client));
}

static void
sr_client_dialog_fill (SrClientDialog *self)
{
  g_autoptr(GListModel) workers = sr_store_list_workers (self->store);
  GtkStringList *names = gtk_string_list_new (NULL);
  const char *current = sr_context_get_current_worker (self->context);
  const char *named = self->client != NULL ? sr_client_get_worker_id (self->client) : current;
  guint selected = 0;

  gtk_string_list_append (names, C_("named worker", "None"));
  g_ptr_array_add (self->worker_ids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (workers); i++)
    {
      g_autoptr(SrWorker) worker = g_list_model_get_item (workers, i);
      const char *id = sr_record_get_id (SR_RECORD (worker));

      if (!sr_record_get_boolean (SR_RECORD (worker), "active") && g_strcmp0 (id, named) != 0)
        continue;
      if (g_strcmp0 (id, named) == 0)
        selected = self->worker_ids->len;
      gtk_string_list_append (names, sr_worker_get_name (worker));
      g_ptr_array_add (self->worker_ids, g_strdup (id));
    }
  adw_combo_row_set_model (self->worker_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->worker_row, selected);
  g_object_unref (names);

  if (self->client != NULL)
    {
      SrRecord *c = SR_RECORD (self->client);
      int language = 0;
      const char *notes = sr_record_get_string (c, "notes");

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Client"));
      gtk_editable_set_text (GTK_EDITABLE (self->first_name_row), sr_client_get_first_name (self->client) ?: "");
      gtk_editable_set_text (GTK_EDITABLE (self->last_name_row), sr_client_get_last_name (self->client) ?: "");
      gtk_editable_set_text (GTK_EDITABLE (self->identity_row), sr_client_get_identity_code (self->client) ?: "");
      sr_date_row_set_date (self->birth_row, sr_record_get_string (c, "birth-date"));
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row), sr_record_get_string (c, "phone") ?: "");
      gtk_editable_set_text (GTK_EDITABLE (self->email_row), sr_record_get_string (c, "email") ?: "");
      gtk_editable_set_text (GTK_EDITABLE (self->address_row), sr_record_get_string (c, "address") ?: "");
      gtk_editable_set_text (GTK_EDITABLE (self->municipality_row), sr_record_get_string (c, "municipality") ?: "");
      g_object_get (self->client, "language", &language, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
        if ((int) languages[i] == language)
          adw_combo_row_set_selected (self->language_row, i);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes ?: "", -1);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("New Client"));

  on_field_changed_cb (self);
}

static void
sr_client_dialog_dispose (GObject *object)
{
  SrClientDialog *self = SR_CLIENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SR_TYPE_CLIENT_DIALOG);

  g_clear_object (&self->store);

  g_clear_object (&self->context);
  g_clear_object (&self->client);
  g_clear_pointer (&self->worker_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (sr_client_dialog_parent_class)->dispose (object);
}

static void
sr_client_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SrClientDialog *self = SR_CLIENT_DIALOG (object);

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
sr_client_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SrClientDialog *self = SR_CLIENT_DIALOG (object);

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
sr_client_dialog_class_init (SrClientDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_client_dialog_dispose;
  object_class->get_property = sr_client_dialog_get_property;
  object_class->set_property = sr_client_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SR_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, SR_TYPE_CLIENT);

  g_type_ensure (SR_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/SocRehab/ui/sr-client-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, identity_row);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, identity_message);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, birth_row);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, worker_row);
  gtk_widget_class_bind_template_child (widget_class, SrClientDialog, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sr_client_dialog_init (SrClientDialog *self)
{
  self->worker_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  sr_combo_row_set_enum (self->language_row, SR_TYPE_LANGUAGE);
}

SrClientDialog *
sr_client_dialog_new (GtkWindow *parent,
                      SrContext *context,
                      SrClient  *client)
{
  SrClientDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (client == NULL || SR_IS_CLIENT (client), NULL);

  self = g_object_new (SR_TYPE_CLIENT_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       NULL);
  self->client = client != NULL ? SR_CLIENT (sr_record_copy (SR_RECORD (client))) : NULL;
  sr_client_dialog_fill (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->first_name_row));

  return self;
}
