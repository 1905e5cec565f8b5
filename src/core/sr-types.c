/* sr-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sr-types.h"

G_DEFINE_QUARK (sr-store-error-quark, sr_store_error)
