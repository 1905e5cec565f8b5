/* test-gas.c: Goal Attainment Scaling T-score
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "sr-gas.h"

static void
test_gas_public_weighted (void)
{
  g_autoptr(GError) error = NULL;
  const SrGasItem items[] = {
    { -2, 3 }, { 0, 5 }, { -1, 1 }, { 2, 4 }, { 0, 2 }, { 1, 6 },
  };
  double t = 0.0;

  /* Σwx = 7, sqrt(0.7·91 + 0.3·441) = sqrt(196) = 14: T = 55 exactly. */
  g_assert_true (sr_gas_t_score (items, G_N_ELEMENTS (items), SR_GAS_DEFAULT_RHO, &t, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (t, 55.0, 1e-9);
}

static void
test_gas_public_unweighted (void)
{
  g_autoptr(GError) error = NULL;
  const SrGasItem below[] = { { -1, 1 }, { -1, 1 }, { -1, 1 } };
  const SrGasItem spread[] = { { -1, 1 }, { 0, 1 }, { 1, 1 } };
  double t = 0.0;

  g_assert_true (sr_gas_t_score (below, G_N_ELEMENTS (below), SR_GAS_DEFAULT_RHO, &t, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (t, 36.3069, 1e-4);

  g_assert_true (sr_gas_t_score (spread, G_N_ELEMENTS (spread), SR_GAS_DEFAULT_RHO, &t, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (t, 50.0, 1e-9);
}

static void
test_gas_single_goal (void)
{
  const SrGasItem expected[] = { { 0, 1 } };
  const SrGasItem much_more[] = { { 2, 1 } };
  const SrGasItem much_less_weighted[] = { { -2, 6 } };
  double t = 0.0;

  g_assert_true (sr_gas_t_score (expected, 1, SR_GAS_DEFAULT_RHO, &t, NULL));
  g_assert_cmpfloat_with_epsilon (t, 50.0, 1e-9);

  /* With one goal the denominator is w whatever ρ is: T = 50 + 10·x. */
  g_assert_true (sr_gas_t_score (much_more, 1, SR_GAS_DEFAULT_RHO, &t, NULL));
  g_assert_cmpfloat_with_epsilon (t, 70.0, 1e-9);
  g_assert_true (sr_gas_t_score (much_less_weighted, 1, SR_GAS_DEFAULT_RHO, &t, NULL));
  g_assert_cmpfloat_with_epsilon (t, 30.0, 1e-9);
  g_assert_true (sr_gas_t_score (much_less_weighted, 1, 0.0, &t, NULL));
  g_assert_cmpfloat_with_epsilon (t, 30.0, 1e-9);
}

static void
test_gas_rho (void)
{
  const SrGasItem items[] = { { 1, 1 }, { 1, 1 }, { 1, 1 }, { 1, 1 } };
  double t = 0.0;

  /* ρ = 0: T = 50 + 10·Σx / sqrt(n) = 50 + 10·4/2 */
  g_assert_true (sr_gas_t_score (items, G_N_ELEMENTS (items), 0.0, &t, NULL));
  g_assert_cmpfloat_with_epsilon (t, 70.0, 1e-9);

  /* ρ = 0.5: sqrt(0.5·4 + 0.5·16) = sqrt(10) */
  g_assert_true (sr_gas_t_score (items, G_N_ELEMENTS (items), 0.5, &t, NULL));
  g_assert_cmpfloat_with_epsilon (t, 50.0 + 40.0 / sqrt (10.0), 1e-9);

  /* Close to 1 is still allowed. */
  g_assert_true (sr_gas_t_score (items, G_N_ELEMENTS (items), 0.999, &t, NULL));
  g_assert_true (isfinite (t));
}

static void
test_gas_zero_weight_goal_ignored (void)
{
  const SrGasItem with_zero[] = { { -1, 1 }, { 2, 0 }, { 1, 1 } };
  const SrGasItem without[] = { { -1, 1 }, { 1, 1 } };
  double a = 0.0, b = 1.0;

  g_assert_true (sr_gas_t_score (with_zero, G_N_ELEMENTS (with_zero), SR_GAS_DEFAULT_RHO, &a, NULL));
  g_assert_true (sr_gas_t_score (without, G_N_ELEMENTS (without), SR_GAS_DEFAULT_RHO, &b, NULL));
  g_assert_cmpfloat_with_epsilon (a, b, 1e-12);
  g_assert_cmpfloat_with_epsilon (a, 50.0, 1e-9);
}

static void
assert_t_score_error (const SrGasItem *items,
                      gsize            n_items,
                      double           rho,
                      SrGasError       code)
{
  g_autoptr(GError) error = NULL;
  double t = -1.0;

  g_assert_false (sr_gas_t_score (items, n_items, rho, &t, &error));
  g_assert_error (error, SR_GAS_ERROR, (int) code);
  g_assert_cmpstr (error->message, !=, "");
  /* t is left alone */
  g_assert_cmpfloat (t, ==, -1.0);
}

static void
test_gas_errors (void)
{
  const SrGasItem ok[] = { { 0, 1 }, { 1, 2 } };
  const SrGasItem zero[] = { { 0, 0 }, { 2, 0 } };
  const SrGasItem level_low[] = { { 0, 1 }, { -3, 1 } };
  const SrGasItem level_high[] = { { 3, 1 } };
  const SrGasItem negative[] = { { 0, 1 }, { 1, -1 } };
  const SrGasItem not_a_number[] = { { 0, NAN } };
  const SrGasItem infinite[] = { { 0, INFINITY } };
  const SrGasItem huge[] = { { 1, 1e200 }, { 1, 1e200 } };
  const SrGasItem tiny[] = { { 1, 1e-200 } };
  g_autoptr(GError) error = NULL;
  double t;

  assert_t_score_error (NULL, 0, SR_GAS_DEFAULT_RHO, SR_GAS_ERROR_EMPTY);
  assert_t_score_error (ok, 0, SR_GAS_DEFAULT_RHO, SR_GAS_ERROR_EMPTY);
  assert_t_score_error (zero, G_N_ELEMENTS (zero), SR_GAS_DEFAULT_RHO, SR_GAS_ERROR_ZERO_WEIGHTS);
  assert_t_score_error (level_low, G_N_ELEMENTS (level_low), SR_GAS_DEFAULT_RHO, SR_GAS_ERROR_LEVEL);
  assert_t_score_error (level_high, 1, SR_GAS_DEFAULT_RHO, SR_GAS_ERROR_LEVEL);
  assert_t_score_error (negative, G_N_ELEMENTS (negative), SR_GAS_DEFAULT_RHO, SR_GAS_ERROR_WEIGHT);
  assert_t_score_error (not_a_number, 1, SR_GAS_DEFAULT_RHO, SR_GAS_ERROR_WEIGHT);
  assert_t_score_error (infinite, 1, SR_GAS_DEFAULT_RHO, SR_GAS_ERROR_WEIGHT);
  assert_t_score_error (huge, G_N_ELEMENTS (huge), SR_GAS_DEFAULT_RHO, SR_GAS_ERROR_WEIGHT);
  assert_t_score_error (tiny, G_N_ELEMENTS (tiny), SR_GAS_DEFAULT_RHO, SR_GAS_ERROR_WEIGHT);
  assert_t_score_error (ok, G_N_ELEMENTS (ok), 1.0, SR_GAS_ERROR_RHO);
  assert_t_score_error (ok, G_N_ELEMENTS (ok), -0.1, SR_GAS_ERROR_RHO);
  assert_t_score_error (ok, G_N_ELEMENTS (ok), NAN, SR_GAS_ERROR_RHO);

  /* The message names the goal, counting from 1. */
  g_assert_false (sr_gas_t_score (level_low, G_N_ELEMENTS (level_low), SR_GAS_DEFAULT_RHO,
                                  &t, &error));
  g_assert_cmpstr (error->message, ==, "Goal 2 has level -3. Choose a level from −2 to +2.");
}

static void
test_gas_weight (void)
{
  g_assert_cmpfloat (sr_gas_weight (0, 0), ==, 0.0);
  g_assert_cmpfloat (sr_gas_weight (0, 3), ==, 0.0);
  g_assert_cmpfloat (sr_gas_weight (1, 1), ==, 1.0);
  g_assert_cmpfloat (sr_gas_weight (2, 3), ==, 6.0);
  g_assert_cmpfloat (sr_gas_weight (3, 3), ==, 9.0);
}

static void
test_gas_weight_out_of_range (void)
{
  if (g_test_subprocess ())
    {
      sr_gas_weight (4, 1);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*importance*");
}

static void
test_gas_levels (void)
{
  const char *labels[5];

  g_assert_false (sr_gas_level_is_valid (-3));
  g_assert_false (sr_gas_level_is_valid (3));
  for (int level = -2; level <= 2; level++)
    {
      g_assert_true (sr_gas_level_is_valid (level));
      labels[level + 2] = sr_gas_level_label (level);
      g_assert_nonnull (labels[level + 2]);
    }

  g_assert_cmpstr (labels[0], ==, "Much less than expected");
  g_assert_cmpstr (labels[1], ==, "Less than expected");
  g_assert_cmpstr (labels[2], ==, "Expected outcome");
  g_assert_cmpstr (labels[3], ==, "More than expected");
  g_assert_cmpstr (labels[4], ==, "Much more than expected");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gas/public/weighted", test_gas_public_weighted);
  g_test_add_func ("/gas/public/unweighted", test_gas_public_unweighted);
  g_test_add_func ("/gas/single-goal", test_gas_single_goal);
  g_test_add_func ("/gas/rho", test_gas_rho);
  g_test_add_func ("/gas/zero-weight-goal-ignored", test_gas_zero_weight_goal_ignored);
  g_test_add_func ("/gas/errors", test_gas_errors);
  g_test_add_func ("/gas/weight", test_gas_weight);
  g_test_add_func ("/gas/weight-out-of-range", test_gas_weight_out_of_range);
  g_test_add_func ("/gas/levels", test_gas_levels);

  return g_test_run ();
}
