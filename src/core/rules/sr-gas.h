/* sr-gas.h: Goal Attainment Scaling (GAS)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SR_GAS_ERROR (sr_gas_error_quark ())

typedef enum
{
  SR_GAS_ERROR_EMPTY,
  SR_GAS_ERROR_ZERO_WEIGHTS,
  SR_GAS_ERROR_LEVEL,
  SR_GAS_ERROR_WEIGHT,
  SR_GAS_ERROR_RHO,
} SrGasError;

/* The usual assumed correlation between goal scores in the Kiresuk–Sherman formula. */
#define SR_GAS_DEFAULT_RHO 0.3

#define SR_GAS_LEVEL_MIN (-2)
#define SR_GAS_LEVEL_MAX 2
/* Importance and difficulty are each rated 0–3. */
#define SR_GAS_RATING_MAX 3

typedef struct
{
  int    level;   /* -2..2 */
  double weight;  /* >= 0; 1 = unweighted */
} SrGasItem;

GQuark      sr_gas_error_quark    (void);
gboolean    sr_gas_t_score        (const SrGasItem  *items,
                                   gsize             n_items,
                                   double            rho,
                                   double           *t_score,
                                   GError          **error);
double      sr_gas_weight         (guint             importance,
                                   guint             difficulty);
gboolean    sr_gas_level_is_valid (int               level);
const char *sr_gas_level_label    (int               level);

G_END_DECLS
