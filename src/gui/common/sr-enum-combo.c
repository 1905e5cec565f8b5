/* sr-enum-combo.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-enum-combo"

#include "config.h"

#include "sr-enum-combo.h"
#include "sr-labels.h"

void
sr_combo_row_set_enum (AdwComboRow *row,
                       GType        enum_type)
{
  g_autofree const char **labels = NULL;
  g_autoptr(GtkStringList) model = NULL;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));
  g_return_if_fail (G_TYPE_IS_ENUM (enum_type));

  labels = sr_enum_dup_labels (enum_type);
  model = gtk_string_list_new (labels);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
}
