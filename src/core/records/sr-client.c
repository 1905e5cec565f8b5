/* sr-client.c: a client of social rehabilitation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-client"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-client.h"
#include "sr-hetu.h"
#include "sr-record-private.h"
#include "sr-types.h"

struct _SrClient
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrClient, sr_client, SR_TYPE_RECORD)

static const SrField client_fields[] = {
  SR_F_STRING ("first-name"),
  SR_F_STRING ("last-name"),
  SR_F_STRING ("identity-code"),
  SR_F_DATE ("birth-date"),
  SR_F_STRING ("phone"),
  SR_F_STRING ("email"),
  SR_F_STRING ("address"),
  SR_F_STRING ("municipality"),
  SR_F_ENUM ("language", sr_language_get_type, SR_LANGUAGE_FI),
  SR_F_REF ("worker-id"),
  SR_F_STRING ("notes"),
  SR_F_BOOL ("archived", FALSE),
};

static gboolean
sr_client_validate (SrRecord  *record,
                    GError   **error)
{
  SrClient *self = SR_CLIENT (record);
  const char *code = sr_client_get_identity_code (self);

  if (sr_client_get_first_name (self) == NULL && sr_client_get_last_name (self) == NULL)
    {
      g_set_error_literal (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                           _("The client needs a name."));
      return FALSE;
    }

  if (code != NULL)
    {
      g_autofree char *normal = sr_hetu_normalize (code);
      g_autoptr(GError) local_error = NULL;
      SrHetuInfo info;
      char birth[11];

      if (normal[0] == '\0')
        {
          sr_record_set_string (record, "identity-code", NULL);
          return sr_record_check_date (record, "birth-date", _("The birth date"), FALSE, NULL,
                                       error);
        }

      if (!sr_hetu_validate (normal, &info, &local_error))
        {
          g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                       _("The personal identity code is not valid: %s"), local_error->message);
          return FALSE;
        }

      /* The whole code, century sign included, is what identifies a person. */
      sr_record_set_string (record, "identity-code", normal);
      g_date_strftime (birth, sizeof birth, "%Y-%m-%d", &info.birth_date);
      sr_record_set_string (record, "birth-date", birth);
    }

  return sr_record_check_date (record, "birth-date", _("The birth date"), FALSE, NULL, error);
}

static void
sr_client_class_init (SrClientClass *klass)
{
  SrRecordClass *record_class = SR_RECORD_CLASS (klass);

  record_class->validate = sr_client_validate;
  sr_record_class_install_fields (record_class, SR_ENTITY_CLIENT, "clients",
                                  client_fields, G_N_ELEMENTS (client_fields));
}

static void
sr_client_init (SrClient *self)
{
}

SrClient *
sr_client_new (const char *first_name,
               const char *last_name)
{
  return g_object_new (SR_TYPE_CLIENT,
                       "first-name", first_name,
                       "last-name", last_name,
                       NULL);
}

const char *
sr_client_get_first_name (SrClient *self)
{
  g_return_val_if_fail (SR_IS_CLIENT (self), NULL);

  return sr_record_get_string (SR_RECORD (self), "first-name");
}

const char *
sr_client_get_last_name (SrClient *self)
{
  g_return_val_if_fail (SR_IS_CLIENT (self), NULL);

  return sr_record_get_string (SR_RECORD (self), "last-name");
}

const char *
sr_client_get_identity_code (SrClient *self)
{
  g_return_val_if_fail (SR_IS_CLIENT (self), NULL);

  return sr_record_get_string (SR_RECORD (self), "identity-code");
}

const char *
sr_client_get_worker_id (SrClient *self)
{
  g_return_val_if_fail (SR_IS_CLIENT (self), NULL);

  return sr_record_get_string (SR_RECORD (self), "worker-id");
}

gboolean
sr_client_get_archived (SrClient *self)
{
  g_return_val_if_fail (SR_IS_CLIENT (self), FALSE);

  return sr_record_get_boolean (SR_RECORD (self), "archived");
}

char *
sr_client_dup_display_name (SrClient *self)
{
  const char *first, *last;

  g_return_val_if_fail (SR_IS_CLIENT (self), NULL);

  first = sr_client_get_first_name (self);
  last = sr_client_get_last_name (self);

  if (first == NULL)
    return g_strdup (last);
  if (last == NULL)
    return g_strdup (first);

  return g_strdup_printf ("%s, %s", last, first);
}
