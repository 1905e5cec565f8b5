/* sr-period-section.h: a view of one rehabilitation period's records
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The base of the assessment and plan views. It holds the context and the
 * period, listens to the store's ::changed, and saves what is typed before
 * it moves to another store or period or is hidden. Setting the same
 * period again (a new object with the same id, e.g. after its own save)
 * keeps what is typed. Subclasses implement save, reset (drop the models
 * and load those of the current store and period) and store_committed.
 */

#pragma once

#include <adwaita.h>

#include "sr-context.h"
#include "sr-period.h"
#include "sr-store.h"

G_BEGIN_DECLS

#define SR_TYPE_PERIOD_SECTION (sr_period_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (SrPeriodSection, sr_period_section, SR, PERIOD_SECTION, AdwBin)

struct _SrPeriodSectionClass
{
  AdwBinClass parent_class;

  /* Saves what was typed, if anything; shows a toast on failure. */
  void (*save)          (SrPeriodSection *self);
  /* The store or the period has changed: drop the models and reload. */
  void (*reset)         (SrPeriodSection *self);
  /* The store's ::committed: once per commit, with what it wrote. */
  void (*store_committed) (SrPeriodSection *self,
                           SrChanges       *changes);
};

SrContext *sr_period_section_get_context   (SrPeriodSection *self);
void       sr_period_section_set_context   (SrPeriodSection *self,
                                            SrContext       *context);
/* The context's store, for the subclasses. */
SrStore   *sr_period_section_get_store     (SrPeriodSection *self);
SrPeriod  *sr_period_section_get_period    (SrPeriodSection *self);
void       sr_period_section_set_period    (SrPeriodSection *self,
                                            SrPeriod        *period);

/* To the nearest AdwToastOverlay above, or dropped if there is none. */
void       sr_period_section_add_toast     (SrPeriodSection *self,
                                            AdwToast        *toast);
/* A toast that stays until dismissed, with the error's message. */
void       sr_period_section_show_error    (SrPeriodSection *self,
                                            const GError    *error);
/* Adds @toast (its title and button label set by the caller), whose button
 * puts @record, a goal or referral need just deleted, back as it was
 * (sr_plan_service_restore()). */
void       sr_period_section_add_undo_toast (SrPeriodSection *self,
                                             AdwToast        *toast,
                                             SrRecord        *record);
/* A flat icon button for a list row that activates @action_name with the
 * string @target. */
GtkWidget *sr_period_section_row_button_new (const char     *icon_name,
                                             const char     *tooltip,
                                             const char     *action_name,
                                             const char     *target);
/* A dim, wrapping label for an empty list. */
GtkWidget *sr_period_section_placeholder_new (const char    *text);

G_END_DECLS
