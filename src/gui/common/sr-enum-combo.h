/* sr-enum-combo.h: a drop-down of one code list, in core's words
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Sets @row's model to the labels of @enum_type (sr_enum_dup_labels()): the selected
 * position is the value. */
void sr_combo_row_set_enum (AdwComboRow *row,
                            GType        enum_type);

G_END_DECLS
