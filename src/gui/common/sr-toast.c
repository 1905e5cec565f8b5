/* sr-toast.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-toast"

#include "config.h"

#include "sr-toast.h"

/* The shallowest toast overlay in @window: the one around the window's content. */
static AdwToastOverlay *
find_overlay_in (GtkWidget *window)
{
  g_autoptr(GQueue) queue = g_queue_new ();
  GtkWidget *widget;

  g_queue_push_tail (queue, window);
  while ((widget = g_queue_pop_head (queue)) != NULL)
    {
      if (ADW_IS_TOAST_OVERLAY (widget))
        return ADW_TOAST_OVERLAY (widget);

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_queue_push_tail (queue, child);
    }

  return NULL;
}

/**
 * sr_widget_add_toast:
 * @widget: the widget the toast is about
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the nearest toast overlay around @widget; for a widget in a dialog
 * without one, in the window the dialog belongs to. A widget in no window drops the toast.
 */
void
sr_widget_add_toast (GtkWidget *widget,
                     AdwToast  *toast)
{
  GtkWidget *overlay;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  root = gtk_widget_get_root (widget);

  /* A dialog shows the toast in its parent window, which stays when the dialog closes. */
  for (GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
       overlay == NULL && window != NULL;
       window = gtk_window_get_transient_for (window))
    overlay = (GtkWidget *) find_overlay_in (GTK_WIDGET (window));

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}
