/* sr-plan-printer.h: the client plan on paper or as a PDF
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printed plan is the document the client takes home: client (name and
 * birth date, not the identity code), period and decision, goals with their
 * GAS level descriptions, means and weights, reviews with ratings and
 * T-scores, and signature lines. Every print writes a disclosure-log row.
 */

#pragma once

#include <gtk/gtk.h>

#include "sr-plan-service.h"
#include "sr-plan.h"

G_BEGIN_DECLS

/* The "; "-joined labels of @means and @other (may be NULL); NULL if none. */
char       *sr_means_dup_text      (SrMeans         means,
                                    const char     *other);
/* "−2", "−1", "0", "+1", "+2" */
const char *sr_gas_level_number    (int             level);
/* "−1 · Less than expected" */
char       *sr_gas_level_dup_title (int             level);
/* "36.3" with the locale's decimal separator. */
char       *sr_format_t_score      (double          t_score);

/* Shows the print dialog for @plan over @parent, its T-scores read through
 * @plans (sr_plan_service_t_scores()). When the user prints (or prints to a
 * file) the disclosure is logged first; a failure is shown as @error and
 * nothing is printed. Returns FALSE with @error on failure, FALSE without
 * on cancel. */
gboolean    sr_plan_print          (GtkWindow      *parent,
                                    SrPlanService  *plans,
                                    SrPlan         *plan,
                                    double          rho,
                                    GError        **error);
/* The same through GtkPrintOperation without a dialog: with @export_path
 * the pages are exported to that PDF file (and logged), else as
 * sr_plan_print(). */
gboolean    sr_plan_print_full     (GtkWindow      *parent,
                                    SrPlanService  *plans,
                                    SrPlan         *plan,
                                    double          rho,
                                    const char     *export_path,
                                    GError        **error);
/* The same pages written straight to a PDF file at @path (A4), with the
 * disclosure logged. */
gboolean    sr_plan_print_to_pdf   (SrPlanService  *plans,
                                    SrPlan         *plan,
                                    double          rho,
                                    const char     *path,
                                    GError        **error);

G_END_DECLS
