/* sr-gas.c: Goal Attainment Scaling (GAS)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-gas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sr-gas.h"

G_DEFINE_QUARK (sr-gas-error-quark, sr_gas_error)

/**
 * sr_gas_t_score:
 * @items: (array length=n_items) (nullable): the goals, each with its level and weight
 * @n_items: number of goals
 * @rho: assumed correlation between goal scores, 0 ≤ ρ < 1; usually
 *   %SR_GAS_DEFAULT_RHO
 * @t_score: (out): the Kiresuk–Sherman T-score
 * @error: return location for a #SR_GAS_ERROR
 *
 * T = 50 + 10 · Σ(wᵢ·xᵢ) / sqrt((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²).
 * 50 means the goals were met as expected. Never gives NaN: an empty set of
 * goals or weights that are all zero is an error.
 *
 * Returns: %TRUE if @t_score was set
 */
gboolean
sr_gas_t_score (const SrGasItem  *items,
                gsize             n_items,
                double            rho,
                double           *t_score,
                GError          **error)
{
  double sum_wx = 0.0;
  double sum_w = 0.0;
  double sum_w2 = 0.0;
  double denominator;
  double t;

  g_return_val_if_fail (items != NULL || n_items == 0, FALSE);
  g_return_val_if_fail (t_score != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Written so that NaN fails too. */
  if (!(rho >= 0.0 && rho < 1.0))
    {
      g_set_error_literal (error, SR_GAS_ERROR, SR_GAS_ERROR_RHO,
                           _("The correlation between goals must be at least 0 and less than 1."));
      return FALSE;
    }

  if (n_items == 0)
    {
      g_set_error_literal (error, SR_GAS_ERROR, SR_GAS_ERROR_EMPTY,
                           _("There are no goals to score. Add at least one goal."));
      return FALSE;
    }

  for (gsize i = 0; i < n_items; i++)
    {
      if (!sr_gas_level_is_valid (items[i].level))
        {
          g_set_error (error, SR_GAS_ERROR, SR_GAS_ERROR_LEVEL,
                       /* Translators: %u is the goal's number in the list, starting from 1;
                        * %d is the level it was given */
                       _("Goal %u has level %d. Choose a level from −2 to +2."),
                       (guint) (i + 1), items[i].level);
          return FALSE;
        }

      if (!(items[i].weight >= 0.0 && isfinite (items[i].weight)))
        {
          g_set_error (error, SR_GAS_ERROR, SR_GAS_ERROR_WEIGHT,
                       /* Translators: %u is the goal's number in the list, starting from 1 */
                       _("Goal %u has an invalid weight. A weight must be zero or more."),
                       (guint) (i + 1));
          return FALSE;
        }

      sum_wx += items[i].weight * items[i].level;
      sum_w += items[i].weight;
      sum_w2 += items[i].weight * items[i].weight;
    }

  if (sum_w == 0.0)
    {
      g_set_error_literal (error, SR_GAS_ERROR, SR_GAS_ERROR_ZERO_WEIGHTS,
                           _("All goals have weight zero, so there is nothing to score. "
                             "Give at least one goal some importance and difficulty."));
      return FALSE;
    }

  denominator = sqrt ((1.0 - rho) * sum_w2 + rho * sum_w * sum_w);
  t = 50.0 + 10.0 * sum_wx / denominator;

  /* Only absurdly large or small weights can overflow or underflow here. */
  if (!isfinite (denominator) || !(denominator > 0.0) || !isfinite (t))
    {
      g_set_error_literal (error, SR_GAS_ERROR, SR_GAS_ERROR_WEIGHT,
                           _("These goal weights cannot be scored. "
                             "Use importance × difficulty, from 0 to 9."));
      return FALSE;
    }

  *t_score = t;
  return TRUE;
}

/**
 * sr_gas_weight:
 * @importance: how important the goal is to the client, 0–3
 * @difficulty: how hard the goal is to reach, 0–3
 *
 * Returns: the goal's weight, @importance × @difficulty (0–9)
 */
double
sr_gas_weight (guint importance,
               guint difficulty)
{
  g_return_val_if_fail (importance <= SR_GAS_RATING_MAX, 0.0);
  g_return_val_if_fail (difficulty <= SR_GAS_RATING_MAX, 0.0);

  return (double) (importance * difficulty);
}

/**
 * sr_gas_level_is_valid:
 * @level: a goal attainment level
 *
 * Returns: %TRUE if @level is one of −2, −1, 0, +1, +2
 */
gboolean
sr_gas_level_is_valid (int level)
{
  return level >= SR_GAS_LEVEL_MIN && level <= SR_GAS_LEVEL_MAX;
}

/**
 * sr_gas_level_label:
 * @level: a goal attainment level, −2 to +2
 *
 * Returns: (transfer none): a short translated label for @level
 */
const char *
sr_gas_level_label (int level)
{
  g_return_val_if_fail (sr_gas_level_is_valid (level), NULL);

  switch (level)
    {
    case -2:
      return _("Much less than expected");
    case -1:
      return _("Less than expected");
    case 0:
      return _("Expected outcome");
    case 1:
      return _("More than expected");
    case 2:
      return _("Much more than expected");
    default:
      g_assert_not_reached ();
    }
}
