/* sr-gas-chart.h: a small chart of a plan's T-scores over time
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SR_TYPE_GAS_CHART (sr_gas_chart_get_type ())

G_DECLARE_FINAL_TYPE (SrGasChart, sr_gas_chart, SR, GAS_CHART, GtkWidget)

GtkWidget *sr_gas_chart_new        (void);
void       sr_gas_chart_clear      (SrGasChart *self);
/* Adds a point: @iso_day "YYYY-MM-DD", @label shown to screen readers. */
void       sr_gas_chart_add_point  (SrGasChart *self,
                                    const char *iso_day,
                                    double      t_score,
                                    const char *label);

G_END_DECLS
