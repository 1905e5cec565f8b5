/* sr-list-splitter.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-list-splitter"

#include "config.h"

#include "sr-list-splitter.h"

struct _SrListSplitter
{
  GObject     parent_instance;

  GListModel *model;
  /* Between the two halves of a split change: items at or after @position are the model's
   * at @shift more (the suffix the change kept). */
  gboolean    splitting;
  guint       position;
  guint       shift;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SrListSplitter, sr_list_splitter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
sr_list_splitter_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (SR_LIST_SPLITTER (list)->model);
}

static guint
sr_list_splitter_get_n_items (GListModel *list)
{
  SrListSplitter *self = SR_LIST_SPLITTER (list);
  guint n = g_list_model_get_n_items (self->model);

  return self->splitting ? n - self->shift : n;
}

static gpointer
sr_list_splitter_get_item (GListModel *list,
                           guint       position)
{
  SrListSplitter *self = SR_LIST_SPLITTER (list);

  if (self->splitting && position >= self->position)
    position += self->shift;

  return g_list_model_get_item (self->model, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sr_list_splitter_get_item_type;
  iface->get_n_items = sr_list_splitter_get_n_items;
  iface->get_item = sr_list_splitter_get_item;
}

static void
on_items_changed_cb (SrListSplitter *self,
                     guint           position,
                     guint           removed,
                     guint           added)
{
  if (removed == 0 || added == 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  /* First the removal, while the kept suffix still shows where it was… */
  self->splitting = TRUE;
  self->position = position;
  self->shift = added;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, 0);

  /* …then the addition. */
  self->splitting = FALSE;
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, added);
}

static void
sr_list_splitter_dispose (GObject *object)
{
  SrListSplitter *self = SR_LIST_SPLITTER (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (sr_list_splitter_parent_class)->dispose (object);
}

static void
sr_list_splitter_class_init (SrListSplitterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sr_list_splitter_dispose;
}

static void
sr_list_splitter_init (SrListSplitter *self)
{
}

SrListSplitter *
sr_list_splitter_new (GListModel *model)
{
  SrListSplitter *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (SR_TYPE_LIST_SPLITTER, NULL);
  self->model = g_object_ref (model);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}
