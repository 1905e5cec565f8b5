/* sr-network-contact.c: a professional in a client's network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-network-contact"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-network-contact.h"
#include "sr-record-private.h"
#include "sr-types.h"

struct _SrNetworkContact
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrNetworkContact, sr_network_contact, SR_TYPE_RECORD)

static const SrField contact_fields[] = {
  SR_F_REF ("client-id"),
  SR_F_STRING ("organisation"),
  SR_F_STRING ("service-type"),
  SR_F_STRING ("person"),
  SR_F_STRING ("role"),
  SR_F_STRING ("contact"),
  SR_F_BOOL ("consent-to-share", FALSE),
  SR_F_DATE ("consent-date"),
};

static gboolean
sr_network_contact_validate (SrRecord  *record,
                             GError   **error)
{
  return sr_record_check_required (record, "client-id", _("The client"), error)
         && sr_record_check_date (record, "consent-date", _("The consent date"), FALSE, NULL,
                                  error);
}

static void
sr_network_contact_class_init (SrNetworkContactClass *klass)
{
  SrRecordClass *record_class = SR_RECORD_CLASS (klass);

  record_class->validate = sr_network_contact_validate;
  sr_record_class_install_fields (record_class, SR_ENTITY_NETWORK_CONTACT, "network_contacts",
                                  contact_fields, G_N_ELEMENTS (contact_fields));
}

static void
sr_network_contact_init (SrNetworkContact *self)
{
}

SrNetworkContact *
sr_network_contact_new (const char *client_id,
                        const char *organisation)
{
  return g_object_new (SR_TYPE_NETWORK_CONTACT,
                       "client-id", client_id,
                       "organisation", organisation,
                       NULL);
}
