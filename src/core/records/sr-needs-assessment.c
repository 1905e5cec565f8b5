/* sr-needs-assessment.c: assessing rehabilitation needs, and referrals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two grids (15 life areas, 4 capacity domains) are small, always read
 * and written together, and never queried one cell at a time, so each is a
 * JSON object in one column: {"<nick>": {"level": n, "note": "…"}}.
 */

#define G_LOG_DOMAIN "sr-needs-assessment"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sr-needs-assessment.h"
#include "sr-record-private.h"
#include "sr-types.h"

struct _SrNeedsAssessment
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrNeedsAssessment, sr_needs_assessment, SR_TYPE_RECORD)

struct _SrReferral
{
  SrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SrReferral, sr_referral, SR_TYPE_RECORD)

static const SrField assessment_fields[] = {
  SR_F_REF ("period-id"),
  SR_F_DATE ("date"),
  SR_F_STRING ("participants"),
  SR_F_BOOL ("client-present", TRUE),
  SR_F_STRING ("summary"),
  SR_F_JSON ("life-areas"),
  SR_F_JSON ("capacity-domains"),
};

static const SrField referral_fields[] = {
  SR_F_REF ("assessment-id"),
  SR_F_ENUM ("service", sr_referral_service_get_type, SR_REFERRAL_SERVICE_OTHER),
  SR_F_ENUM ("status", sr_referral_status_get_type, SR_REFERRAL_STATUS_NEEDED),
  SR_F_DATE ("status-date"),
  SR_F_STRING ("note"),
};

static JsonObject *
parse_grid (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL))
    {
      root = json_parser_get_root (parser);
      if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
        return json_object_ref (json_node_get_object (root));
    }

  return json_object_new ();
}

static void
grid_set (SrRecord   *record,
          const char *property,
          const char *key,
          int         level,
          const char *note)
{
  g_autoptr(JsonObject) grid = parse_grid (sr_record_get_string (record, property));
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *json = NULL;

  if (level == SR_NOT_ASSESSED && (note == NULL || note[0] == '\0'))
    {
      if (json_object_has_member (grid, key))
        json_object_remove_member (grid, key);
    }
  else
    {
      JsonObject *cell = json_object_new ();

      json_object_set_int_member (cell, "level", level);
      if (note != NULL && note[0] != '\0')
        json_object_set_string_member (cell, "note", note);
      json_object_set_object_member (grid, key, cell);
    }

  json_node_set_object (root, grid);
  json = json_to_string (root, FALSE);
  sr_record_set_string (record, property, json_object_get_size (grid) > 0 ? json : NULL);
}

static int
grid_get (SrRecord    *record,
          const char  *property,
          const char  *key,
          char       **note)
{
  g_autoptr(JsonObject) grid = parse_grid (sr_record_get_string (record, property));
  JsonObject *cell = NULL;

  if (note != NULL)
    *note = NULL;

  if (json_object_has_member (grid, key))
    cell = json_object_get_object_member (grid, key);
  if (cell == NULL)
    return SR_NOT_ASSESSED;

  if (note != NULL && json_object_has_member (cell, "note"))
    *note = g_strdup (json_object_get_string_member (cell, "note"));

  return json_object_has_member (cell, "level")
         ? (int) json_object_get_int_member (cell, "level")
         : SR_NOT_ASSESSED;
}

static gboolean
check_grid (SrRecord    *record,
            const char  *property,
            GType        enum_type,
            int          min_level,
            int          max_level,
            GError     **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  for (guint i = 0; i < klass->n_values; i++)
    {
      int level = grid_get (record, property, klass->values[i].value_nick, NULL);

      if (level != SR_NOT_ASSESSED && (level < min_level || level > max_level))
        {
          g_set_error (error, SR_STORE_ERROR, SR_STORE_ERROR_INVALID,
                       _("A rating must be between %d and %d."),
                       min_level, max_level);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
sr_needs_assessment_validate (SrRecord  *record,
                              GError   **error)
{
  return sr_record_check_required (record, "period-id", _("The period"), error)
         && sr_record_check_date (record, "date", _("The assessment date"), FALSE, NULL, error)
         && check_grid (record, "life-areas", SR_TYPE_LIFE_AREA, 0, 3, error)
         && check_grid (record, "capacity-domains", SR_TYPE_CAPACITY_DOMAIN, 1, 5, error);
}

static void
sr_needs_assessment_class_init (SrNeedsAssessmentClass *klass)
{
  SrRecordClass *record_class = SR_RECORD_CLASS (klass);

  record_class->validate = sr_needs_assessment_validate;
  sr_record_class_install_fields (record_class, SR_ENTITY_NEEDS_ASSESSMENT,
                                  "needs_assessments", assessment_fields,
                                  G_N_ELEMENTS (assessment_fields));
}

static void
sr_needs_assessment_init (SrNeedsAssessment *self)
{
}

static gboolean
sr_referral_validate (SrRecord  *record,
                      GError   **error)
{
  return sr_record_check_required (record, "assessment-id", _("The assessment"), error)
         && sr_record_check_date (record, "status-date", _("The status date"), FALSE, NULL,
                                  error);
}

static void
sr_referral_class_init (SrReferralClass *klass)
{
  SrRecordClass *record_class = SR_RECORD_CLASS (klass);

  record_class->validate = sr_referral_validate;
  sr_record_class_install_fields (record_class, SR_ENTITY_REFERRAL, "referrals",
                                  referral_fields, G_N_ELEMENTS (referral_fields));
}

static void
sr_referral_init (SrReferral *self)
{
}

SrNeedsAssessment *
sr_needs_assessment_new (const char *period_id)
{
  return g_object_new (SR_TYPE_NEEDS_ASSESSMENT, "period-id", period_id, NULL);
}

void
sr_needs_assessment_set_life_area (SrNeedsAssessment *self,
                                   SrLifeArea         area,
                                   int                need_level,
                                   const char        *note)
{
  const char *key = sr_enum_to_nick (SR_TYPE_LIFE_AREA, area);

  g_return_if_fail (SR_IS_NEEDS_ASSESSMENT (self));
  g_return_if_fail (key != NULL);

  grid_set (SR_RECORD (self), "life-areas", key, need_level, note);
}

int
sr_needs_assessment_get_life_area (SrNeedsAssessment  *self,
                                   SrLifeArea          area,
                                   char              **note)
{
  const char *key = sr_enum_to_nick (SR_TYPE_LIFE_AREA, area);

  g_return_val_if_fail (SR_IS_NEEDS_ASSESSMENT (self), SR_NOT_ASSESSED);
  g_return_val_if_fail (key != NULL, SR_NOT_ASSESSED);

  return grid_get (SR_RECORD (self), "life-areas", key, note);
}

void
sr_needs_assessment_set_domain_rating (SrNeedsAssessment *self,
                                       SrCapacityDomain   domain,
                                       int                rating,
                                       const char        *note)
{
  const char *key = sr_enum_to_nick (SR_TYPE_CAPACITY_DOMAIN, domain);

  g_return_if_fail (SR_IS_NEEDS_ASSESSMENT (self));
  g_return_if_fail (key != NULL);

  grid_set (SR_RECORD (self), "capacity-domains", key, rating, note);
}

int
sr_needs_assessment_get_domain_rating (SrNeedsAssessment  *self,
                                       SrCapacityDomain    domain,
                                       char              **note)
{
  const char *key = sr_enum_to_nick (SR_TYPE_CAPACITY_DOMAIN, domain);

  g_return_val_if_fail (SR_IS_NEEDS_ASSESSMENT (self), SR_NOT_ASSESSED);
  g_return_val_if_fail (key != NULL, SR_NOT_ASSESSED);

  return grid_get (SR_RECORD (self), "capacity-domains", key, note);
}

SrReferral *
sr_referral_new (const char        *assessment_id,
                 SrReferralService  service)
{
  return g_object_new (SR_TYPE_REFERRAL,
                       "assessment-id", assessment_id,
                       "service", service,
                       NULL);
}
