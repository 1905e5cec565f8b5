/* sr-save-error.c: what a dialog does when the store refuses its save
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-save-error"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client-lists.h"
#include "sr-format.h"
#include "sr-labels.h"
#include "sr-record-merge.h"
#include "sr-record-private.h"
#include "sr-save-error.h"
#include "sr-worker.h"

typedef struct
{
  GtkWidget    *owner;
  GtkWindow    *window;      /* @owner's, the message's parent */
  SrContext    *context;
  SrRecord     *original;
  SrRecord     *edited;
  SrSaveFunc    save;
  SrReloadFunc  reload;
  GPtrArray    *worker_ids;  /* NO_WORKER: of the chooser's rows */
  GtkListBox   *workers;
} SaveError;

static void
save_error_free (SaveError *se)
{
  g_object_set_data (G_OBJECT (se->owner), "sr-save-error-open", NULL);
  g_clear_object (&se->owner);
  g_clear_object (&se->window);
  g_clear_object (&se->context);
  g_clear_object (&se->original);
  g_clear_object (&se->edited);
  g_clear_pointer (&se->worker_ids, g_ptr_array_unref);
  g_free (se);
}

/* @se (and with it @owner and its window, the message's parent) lives as
 * long as @message: a save that closes @owner from the response must not
 * leave the message with a parent already gone. */
static void
keep_until_closed (GtkWidget *message,
                   SaveError *se)
{
  g_object_set_data_full (G_OBJECT (message), "sr-save-error", se, (GDestroyNotify) save_error_free);
}


/* A worker's name for @id, or NULL: the references a caseworker edits by
 * name (named worker, leaders) are to workers. */
static char *
worker_name (SrContext  *context,
             const char *id)
{
  g_autoptr(SrRecord) worker = NULL;

  if (id == NULL)
    return NULL;
  worker = sr_store_get (sr_context_get_store (context), SR_TYPE_WORKER, id, NULL);

  return worker != NULL ? g_strdup (sr_worker_get_name (SR_WORKER (worker))) : NULL;
}

/* What @record says in @field's property, as the caseworker reads it. */
static char *
field_text (SrContext          *context,
            SrRecord           *record,
            const SrFieldLabel *field)
{
  const SrRecordInfo *info = sr_record_type_get_info (G_OBJECT_TYPE (record));
  int index = sr_record_find_field (info, field->property);
  const GValue *value;

  g_return_val_if_fail (index >= 0, NULL);
  value = sr_record_peek_value (record, index);

  switch (info->fields[index].kind)
    {
    case SR_FIELD_STRING:
    case SR_FIELD_JSON:
      return g_strdup (g_value_get_string (value));

    case SR_FIELD_DATE:
      return g_value_get_string (value) != NULL ? sr_format_day (g_value_get_string (value)) : NULL;

    case SR_FIELD_DATETIME:
      return g_value_get_boxed (value) != NULL ? sr_format_date_time (g_value_get_boxed (value)) : NULL;

    case SR_FIELD_INT:
      if (field->choices != NULL && g_value_get_int (value) >= 0
          && (guint) g_value_get_int (value) < g_strv_length ((char **) field->choices))
        return g_strdup (field->choices[g_value_get_int (value)]);
      return g_strdup_printf ("%d", g_value_get_int (value));

    case SR_FIELD_DOUBLE:
      return g_strdup_printf ("%g", g_value_get_double (value));

    case SR_FIELD_BOOLEAN:
      return g_strdup (g_value_get_boolean (value) ? _("Yes") : _("No"));

    case SR_FIELD_ENUM:
      return g_strdup (sr_enum_get_label (G_VALUE_TYPE (value), g_value_get_enum (value)));

    case SR_FIELD_FLAGS:
      return sr_flags_dup_text (G_VALUE_TYPE (value), g_value_get_flags (value), ", ");

    case SR_FIELD_REF:
      return worker_name (context, g_value_get_string (value));

    case SR_FIELD_STRV:
    default:
      {
        const char * const *ids = g_value_get_boxed (value);
        g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
        g_auto(GStrv) list = NULL;

        for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
          {
            g_autofree char *name = worker_name (context, ids[i]);

            g_strv_builder_add (names, name != NULL ? name : ids[i]);
          }
        list = g_strv_builder_end (names);
        return g_strjoinv (", ", list);
      }
    }
}

/* A row's title without its mnemonic underline ("_Phone" is "Phone"). */
static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; p != NULL && *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        p++;
      else if (*p == '_')
        continue;
      g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

/* CONFLICT --------------------------------------------------------------------------- */

/* The record is gone (removed elsewhere): there is nothing to apply the changes to. */
static void
show_not_found (GtkWindow    *parent,
                const GError *error)
{
  GtkWidget *message = adw_message_dialog_new (parent, _("Changed Elsewhere"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "close");
  gtk_window_present (GTK_WINDOW (message));
}

static void
on_conflict_response_cb (AdwMessageDialog *message,
                         const char       *response,
                         SaveError        *se)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrRecord) current = NULL;

  if (g_strcmp0 (response, "reapply") != 0 && g_strcmp0 (response, "reload") != 0)
    return;

  /* Read again: the stored version may have changed while the question was open. */
  current = sr_store_get (sr_context_get_store (se->context), G_OBJECT_TYPE (se->edited),
                          sr_record_get_id (se->edited), &error);
  if (current == NULL)
    show_not_found (se->window, error);
  else if (g_strcmp0 (response, "reload") == 0)
    se->reload (se->owner, current);
  else
    {
      g_autoptr(SrRecord) merged = sr_record_copy (current);

      g_strfreev (sr_record_reapply_edit (merged, se->original, se->edited, NULL));
      se->save (se->owner, current, merged);
    }
}

static GtkWidget *
conflict_list (SaveError          *se,
               SrRecord           *current,
               const SrFieldLabel *labels,
               char              **changed,
               char              **conflicts,
               gboolean           *marked)
{
  GtkWidget *list = NULL;

  *marked = FALSE;

  for (guint i = 0; labels != NULL && labels[i].property != NULL; i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *title = NULL;
      GtkWidget *row;

      if (!g_strv_contains ((const char * const *) changed, labels[i].property))
        continue;

      if (list == NULL)
        {
          list = gtk_list_box_new ();
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (list, "boxed-list");
        }
      text = field_text (se->context, current, &labels[i]);
      title = strip_mnemonic (labels[i].label);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   text != NULL && text[0] != '\0' ? text : C_("field value", "Empty"));
      if (g_strv_contains ((const char * const *) conflicts, labels[i].property))
        {
          GtkWidget *mark = gtk_label_new (_("Changed there too"));

          gtk_widget_add_css_class (mark, "warning");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), mark);
          *marked = TRUE;
        }
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  return list;
}

static void
show_conflict (SaveError          *se,
               const SrFieldLabel *labels)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SrRecord) current = NULL;
  g_autoptr(SrRecord) merged = NULL;
  g_auto(GStrv) changed = NULL;
  g_auto(GStrv) conflicts = NULL;
  GtkWidget *message;
  GtkWidget *list;
  gboolean marked;

  current = sr_store_get (sr_context_get_store (se->context), G_OBJECT_TYPE (se->edited),
                          sr_record_get_id (se->edited), &error);
  if (current == NULL)
    {
      show_not_found (se->window, error);
      save_error_free (se);
      return;
    }

  /* Applied to a copy only to learn what the caseworker changed and what clashes. */
  merged = sr_record_copy (current);
  changed = sr_record_reapply_edit (merged, se->original, se->edited, &conflicts);
  list = conflict_list (se, current, labels, changed, conflicts, &marked);
  message = adw_message_dialog_new (se->window, _("Changed Elsewhere"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (message),
                               marked
                               ? _("This was changed in another window or on another computer after you opened it. Below is what it says now where you made changes. Applying your changes again replaces the ones marked as changed there too, and keeps the other changes.")
                               : _("This was changed in another window or on another computer after you opened it. Below is what it says now where you made changes. Applying your changes again keeps the other changes too."));
  if (list != NULL)
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (message), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (message),
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Show Current Version"),
                                    "reapply", _("_Apply My Changes Again"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message), "reapply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message), "reapply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "cancel");

  keep_until_closed (message, se);
  g_signal_connect (message, "response", G_CALLBACK (on_conflict_response_cb), se);
  gtk_window_present (GTK_WINDOW (message));
}

/* NO_WORKER -------------------------------------------------------------------------- */

static void
on_worker_response_cb (AdwMessageDialog *message,
                       const char       *response,
                       SaveError        *se)
{
  GtkListBoxRow *row;

  if (g_strcmp0 (response, "save") == 0 && se->workers != NULL
      && (row = gtk_list_box_get_selected_row (se->workers)) != NULL)
    {
      sr_context_set_current_worker (se->context,
                                     g_ptr_array_index (se->worker_ids, gtk_list_box_row_get_index (row)));
      se->save (se->owner, se->original, se->edited);
    }
}

static void
show_worker_chooser (SaveError *se)
{
  g_autoptr(GListModel) workers = sr_store_list_workers (sr_context_get_store (se->context));
  GtkWidget *message;
  GtkWidget *list = gtk_list_box_new ();

  se->worker_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_BROWSE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < g_list_model_get_n_items (workers); i++)
    {
      g_autoptr(SrWorker) worker = g_list_model_get_item (workers, i);
      GtkWidget *row;

      if (!sr_record_get_boolean (SR_RECORD (worker), "active"))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sr_worker_get_name (worker));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (se->worker_ids, g_strdup (sr_record_get_id (SR_RECORD (worker))));
    }

  message = adw_message_dialog_new (se->window, _("Who Is Using SocRehab?"), NULL);
  if (se->worker_ids->len == 0)
    {
      g_object_ref_sink (list);
      g_object_unref (list);
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (message),
                                   _("Changes are saved in the name of the worker using the app, and nobody has been added as a worker yet. Close this window and enter your name in Clients, then save again."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message), "close");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "close");
    }
  else
    {
      se->workers = GTK_LIST_BOX (list);
      gtk_list_box_select_row (se->workers, gtk_list_box_get_row_at_index (se->workers, 0));
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (message),
                                   _("Changes are saved in the name of the worker using the app. Choose yourself, and the changes are saved. You can change this later in Preferences."));
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (message), list);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (message),
                                        "cancel", _("_Cancel"),
                                        "save", _("_Save"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message), "save",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message), "save");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "cancel");
    }

  keep_until_closed (message, se);
  g_signal_connect (message, "response", G_CALLBACK (on_worker_response_cb), se);
  gtk_window_present (GTK_WINDOW (message));
}

const char *
sr_save_error_row_title (GtkWidget *widget)
{
  GtkWidget *row;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  row = ADW_IS_PREFERENCES_ROW (widget) ? widget : gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  return row != NULL ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : NULL;
}

gboolean
sr_save_error_handle (GtkWidget          *owner,
                      SrContext          *context,
                      const GError       *error,
                      SrRecord           *original,
                      SrRecord           *edited,
                      const SrFieldLabel *labels,
                      SrSaveFunc          save,
                      SrReloadFunc        reload)
{
  SaveError *se;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), FALSE);
  g_return_val_if_fail (SR_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (error != NULL, FALSE);
  g_return_val_if_fail (SR_IS_RECORD (edited), FALSE);
  g_return_val_if_fail (save != NULL, FALSE);

  if (error->domain != SR_STORE_ERROR)
    return FALSE;
  if (error->code == SR_STORE_ERROR_CONFLICT
      && (original == NULL || reload == NULL || sr_record_get_id (edited) == NULL))
    return FALSE;
  if (error->code != SR_STORE_ERROR_CONFLICT && error->code != SR_STORE_ERROR_NO_WORKER)
    return FALSE;
  /* A form that saves as it is left may fail again while the question is
   * open: the open question answers for it. */
  if (g_object_get_data (G_OBJECT (owner), "sr-save-error-open") != NULL)
    return TRUE;

  se = g_new0 (SaveError, 1);
  se->owner = g_object_ref (owner);
  se->window = GTK_IS_WINDOW (gtk_widget_get_root (owner)) ? g_object_ref (GTK_WINDOW (gtk_widget_get_root (owner))) : NULL;
  g_object_set_data (G_OBJECT (owner), "sr-save-error-open", se);
  se->context = g_object_ref (context);
  se->original = original != NULL ? g_object_ref (original) : NULL;
  se->edited = g_object_ref (edited);
  se->save = save;
  se->reload = reload;

  /* No field values here: the log is no place for a client's data. */
  g_debug ("Save refused (%s): asking the caseworker",
           error->code == SR_STORE_ERROR_CONFLICT ? "changed elsewhere" : "no current worker");
  if (error->code == SR_STORE_ERROR_CONFLICT)
    show_conflict (se, labels);
  else
    show_worker_chooser (se);

  return TRUE;
}
