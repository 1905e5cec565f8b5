/* sr-hetu.h: Finnish personal identity code (henkilötunnus)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SR_HETU_ERROR (sr_hetu_error_quark ())

typedef enum
{
  SR_HETU_ERROR_EMPTY,
  SR_HETU_ERROR_FORMAT,
  SR_HETU_ERROR_CENTURY,
  SR_HETU_ERROR_DATE,
  SR_HETU_ERROR_INDIVIDUAL_NUMBER,
  SR_HETU_ERROR_CHECK,
} SrHetuError;

typedef enum
{
  SR_SEX_UNKNOWN,
  SR_SEX_FEMALE,
  SR_SEX_MALE,
} SrSex;

/* Individual numbers 900–999 are temporary codes; sample and test data use only those. */
#define SR_HETU_TEMPORARY_MIN 900

typedef struct
{
  GDate    birth_date;
  guint    individual_number;
  SrSex    sex;
  gboolean temporary;
  char     check;
} SrHetuInfo;

GQuark   sr_hetu_error_quark   (void);
gboolean sr_hetu_validate      (const char  *code,
                                SrHetuInfo  *info,
                                GError     **error);
char    *sr_hetu_normalize     (const char  *code);
char    *sr_hetu_compute_check (const char  *ddmmyy,
                                char         century,
                                guint        individual_number);

G_END_DECLS
