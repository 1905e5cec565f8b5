/* sr-plan-printer.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan is first turned into a list of paragraphs (Pango markup with a
 * size, indent and spacing), then laid out line by line onto pages; the same
 * code draws for GtkPrintOperation and for a cairo PDF surface.
 */

#define G_LOG_DOMAIN "sr-plan-printer"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "sr-client.h"
#include "sr-format.h"
#include "sr-gas.h"
#include "sr-labels.h"
#include "sr-period.h"
#include "sr-plan-lists.h"
#include "sr-plan-printer.h"
#include "sr-plan-service.h"
#include "sr-plan.h"
#include "sr-worker.h"

/* A4 in points, and the margins of the PDF (a printer has its own). */
#define A4_WIDTH  595.28
#define A4_HEIGHT 841.89
#define PDF_MARGIN 56.0
#define FOOTER_HEIGHT 28.0
#define BODY_SIZE 10.5

typedef struct
{
  char     *markup;
  double    size;          /* points */
  double    indent;        /* points */
  double    space_before;  /* points */
  gboolean  keep_with_next;
  gboolean  keep_together;
} Block;

typedef struct
{
  guint  block;
  int    line;
  guint  page;
  double baseline;         /* from the top of the page's body */
} PlacedLine;

typedef struct
{
  GPtrArray *blocks;       /* Block* */
  GPtrArray *layouts;      /* PangoLayout*, one per block once laid out */
  GArray    *lines;        /* PlacedLine */
  guint      n_pages;
  char      *footer;
  char      *client_id;
  int        version;
} PlanDoc;

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->markup);
  g_free (block);
}

static void
plan_doc_free (PlanDoc *doc)
{
  g_ptr_array_unref (doc->blocks);
  g_clear_pointer (&doc->layouts, g_ptr_array_unref);
  g_array_unref (doc->lines);
  g_free (doc->footer);
  g_free (doc->client_id);
  g_free (doc);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlanDoc, plan_doc_free)

char *
sr_means_dup_text (SrMeans     means,
                   const char *other)
{
  g_autofree char *labels = sr_flags_dup_text (SR_TYPE_MEANS, means, "; ");

  if (other != NULL && other[0] != '\0')
    return *labels != '\0' ? g_strconcat (labels, "; ", other, NULL) : g_strdup (other);

  return *labels != '\0' ? g_steal_pointer (&labels) : NULL;
}

const char *
sr_gas_level_number (int level)
{
  static const char * const numbers[] = { "−2", "−1", "0", "+1", "+2" };

  g_return_val_if_fail (sr_gas_level_is_valid (level), NULL);

  return numbers[level - SR_GAS_LEVEL_MIN];
}

char *
sr_gas_level_dup_title (int level)
{
  g_return_val_if_fail (sr_gas_level_is_valid (level), NULL);

  /* Translators: a GAS level and its label, e.g. "−1 · Less than expected" */
  return g_strdup_printf (_("%s · %s"), sr_gas_level_number (level), sr_gas_level_label (level));
}

char *
sr_format_t_score (double t_score)
{
  /* printf follows LC_NUMERIC: a decimal comma in Finnish and Swedish. */
  return g_strdup_printf ("%.1f", t_score);
}

static Block *
add_block (PlanDoc    *doc,
           double      size,
           double      indent,
           double      space_before,
           const char *format,
           ...) G_GNUC_PRINTF (5, 6);

static Block *
add_block (PlanDoc    *doc,
           double      size,
           double      indent,
           double      space_before,
           const char *format,
           ...)
{
  Block *block = g_new0 (Block, 1);
  va_list args;

  va_start (args, format);
  block->markup = g_markup_vprintf_escaped (format, args);
  va_end (args);
  block->size = size;
  block->indent = indent;
  block->space_before = space_before;
  g_ptr_array_add (doc->blocks, block);

  return block;
}

static char *
day_text (SrRecord   *record,
          const char *property)
{
  const char *iso = sr_record_get_string (record, property);
  char *text = iso != NULL ? sr_format_day (iso) : NULL;

  return text != NULL ? text : g_strdup ("–");
}

static char *
worker_name (SrStore    *store,
             const char *worker_id)
{
  g_autoptr(SrWorker) worker = NULL;

  if (worker_id == NULL)
    return NULL;
  worker = sr_store_get_worker (store, worker_id, NULL);

  return worker != NULL ? g_strdup (sr_worker_get_name (worker)) : NULL;
}

static int
rating_of (GListModel *ratings,
           const char *goal_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (ratings); i++)
    {
      g_autoptr(SrRecord) rating = g_list_model_get_item (ratings, i);

      if (g_strcmp0 (sr_record_get_string (rating, "goal-id"), goal_id) == 0)
        return sr_record_get_int (rating, "level");
    }

  return G_MININT;
}

static PlanDoc *
plan_doc_new (SrPlanService  *plans,
              SrPlan         *plan,
              double          rho,
              GError        **error)
{
  SrStore *store = sr_service_get_store (SR_SERVICE (plans));
  g_autoptr(PlanDoc) doc = g_new0 (PlanDoc, 1);
  g_autoptr(SrPeriod) period = NULL;
  g_autoptr(SrClient) client = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GListModel) reviews = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autofree char *name = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *plan_date = NULL;
  g_autofree char *named_worker = NULL;
  const char *plan_id = sr_record_get_id (SR_RECORD (plan));
  const char *text;
  Block *block;
  guint n_goals;

  doc->blocks = g_ptr_array_new_with_free_func (block_free);
  doc->lines = g_array_new (FALSE, FALSE, sizeof (PlacedLine));
  doc->version = sr_plan_get_version (plan);

  period = sr_store_get_period (store, sr_plan_get_period_id (plan), error);
  if (period == NULL)
    return NULL;
  client = sr_store_get_client (store, sr_period_get_client_id (period), error);
  if (client == NULL)
    return NULL;
  doc->client_id = g_strdup (sr_record_get_id (SR_RECORD (client)));

  name = g_strjoin (" ", sr_client_get_first_name (client) ?: "", sr_client_get_last_name (client) ?: "", NULL);
  g_strstrip (name);
  birth = day_text (SR_RECORD (client), "birth-date");
  start = day_text (SR_RECORD (period), "start-date");
  end = day_text (SR_RECORD (period), sr_record_get_string (SR_RECORD (period), "actual-end") ? "actual-end" : "planned-end");
  plan_date = day_text (SR_RECORD (plan), "date");
  named_worker = worker_name (store, sr_record_get_string (SR_RECORD (period), "worker-id"));

  /* Translators: the footer of each printed page: client plan, client's name */
  doc->footer = g_strdup_printf (_("Client plan · %s"), name);

  add_block (doc, 18, 0, 0, "<b>%s</b>", _("Client Plan"));
  add_block (doc, BODY_SIZE, 0, 2, "%s", _("Social rehabilitation (Social Welfare Act 1301/2014, 17 §)"));
  {
    /* Translators: the version and date of a printed client plan */
    g_autofree char *version = g_strdup_printf (_("Version %d, %s"), doc->version, plan_date);

    add_block (doc, BODY_SIZE, 0, 0, "%s", version);
  }

  add_block (doc, BODY_SIZE, 0, 14, "<b>%s</b> %s", _("Client:"), name);
  add_block (doc, BODY_SIZE, 0, 2, "<b>%s</b> %s", _("Date of birth:"), birth);
  add_block (doc, BODY_SIZE, 0, 2, "<b>%s</b> %s – %s", _("Rehabilitation period:"), start, end);
  text = sr_record_get_string (SR_RECORD (period), "decision-number");
  if (text != NULL || sr_record_get_string (SR_RECORD (period), "decision-date") != NULL)
    {
      g_autofree char *decided = day_text (SR_RECORD (period), "decision-date");
      g_autofree char *from = day_text (SR_RECORD (period), "decision-valid-from");
      g_autofree char *to = day_text (SR_RECORD (period), "decision-valid-to");
      /* Translators: a decision on a printed plan: number, date, valid from – to */
      g_autofree char *decision = g_strdup_printf (_("%s of %s, valid %s – %s"),
                                                   text ?: "–", decided, from, to);

      add_block (doc, BODY_SIZE, 0, 2, "<b>%s</b> %s", _("Decision:"), decision);
    }
  if (named_worker != NULL)
    add_block (doc, BODY_SIZE, 0, 2, "<b>%s</b> %s", _("Named worker:"), named_worker);
  text = sr_record_get_string (SR_RECORD (plan), "participants");
  if (text != NULL)
    add_block (doc, BODY_SIZE, 0, 2, "<b>%s</b> %s", _("Participants:"), text);
  add_block (doc, BODY_SIZE, 0, 2, "<b>%s</b> %s", _("Client present:"),
             sr_record_get_boolean (SR_RECORD (plan), "client-present") ? _("Yes") : _("No"));

  /* Goals */
  goals = sr_store_list_goals (store, plan_id);
  n_goals = g_list_model_get_n_items (goals);
  block = add_block (doc, 14, 0, 18, "<b>%s</b>", _("Goals"));
  block->keep_with_next = TRUE;
  if (n_goals == 0)
    add_block (doc, BODY_SIZE, 0, 4, "%s", _("No goals yet."));
  for (guint i = 0; i < n_goals; i++)
    {
      g_autoptr(SrGoal) goal = g_list_model_get_item (goals, i);
      SrRecord *record = SR_RECORD (goal);
      static const char * const level_props[] = {
        "level-minus-2", "level-minus-1", "level-0", "level-plus-1", "level-plus-2",
      };
      g_autofree char *means = NULL;
      SrMeans means_flags = 0;

      block = add_block (doc, 12, 0, 12, "<b>%u. %s</b>", i + 1, sr_record_get_string (record, "text") ?: "");
      block->keep_with_next = TRUE;
      for (int level = SR_GAS_LEVEL_MAX; level >= SR_GAS_LEVEL_MIN; level--)
        {
          const char *description = sr_record_get_string (record, level_props[level - SR_GAS_LEVEL_MIN]);
          g_autofree char *title = sr_gas_level_dup_title (level);

          if (level == sr_goal_get_baseline (goal))
            /* Translators: marks the GAS level where the client starts, on a printed plan */
            add_block (doc, BODY_SIZE, 14, 3, "<b>%s</b> (%s): %s", title, _("starting level"), description ?: "–");
          else
            add_block (doc, BODY_SIZE, 14, 3, "<b>%s</b>: %s", title, description ?: "–");
        }
      g_object_get (goal, "means", &means_flags, NULL);
      means = sr_means_dup_text (means_flags, sr_record_get_string (record, "means-other"));
      add_block (doc, BODY_SIZE, 14, 5, "<b>%s</b> %s", _("Means:"), means ?: "–");
      if (sr_record_get_boolean (record, "weighted"))
        {
          /* Translators: the weight of a goal on a printed plan */
          g_autofree char *weight = g_strdup_printf (_("importance %d × difficulty %d = %g"),
                                                     sr_record_get_int (record, "importance"),
                                                     sr_record_get_int (record, "difficulty"),
                                                     sr_goal_get_weight (goal));

          add_block (doc, BODY_SIZE, 14, 2, "<b>%s</b> %s", _("Weight:"), weight);
        }
      else
        {
          add_block (doc, BODY_SIZE, 14, 2, "<b>%s</b> %s", _("Weight:"), _("unweighted"));
        }
      if (sr_record_get_string (record, "target-date") != NULL)
        {
          g_autofree char *target = day_text (record, "target-date");

          add_block (doc, BODY_SIZE, 14, 2, "<b>%s</b> %s", _("Target date:"), target);
        }
    }

  /* Attainment: the T-score at the start and at each review */
  block = add_block (doc, 14, 0, 18, "<b>%s</b>", _("Goal Attainment"));
  block->keep_with_next = TRUE;
  /* The baseline and every review, scored in one query. */
  scores = sr_plan_service_t_scores (plans, plan_id, rho, error);
  if (scores == NULL)
    return NULL;
  {
    SrPlanScore *baseline = g_ptr_array_index (scores, 0);

    if (baseline->scored)
      {
        g_autofree char *number = sr_format_t_score (baseline->t_score);

        add_block (doc, BODY_SIZE, 0, 4, "<b>%s</b> %s", _("T-score at the start:"), number);
      }
    else
      {
        add_block (doc, BODY_SIZE, 0, 4, "<b>%s</b> %s", _("T-score at the start:"), baseline->error->message);
      }
  }

  reviews = sr_store_list_reviews (store, plan_id);
  for (guint r = 0; r < g_list_model_get_n_items (reviews); r++)
    {
      g_autoptr(SrReview) review = g_list_model_get_item (reviews, r);
      const char *review_id = sr_record_get_id (SR_RECORD (review));
      g_autoptr(GListModel) ratings = sr_store_list_goal_ratings (store, review_id);
      g_autofree char *date = day_text (SR_RECORD (review), "date");
      g_autofree char *score = NULL;
      SrPlanScore *point = NULL;

      /* The scores are in the review list's order; look up by id all the same. */
      for (guint i = 1; point == NULL && i < scores->len; i++)
        if (g_strcmp0 (((SrPlanScore *) g_ptr_array_index (scores, i))->review_id, review_id) == 0)
          point = g_ptr_array_index (scores, i);

      if (point != NULL && point->scored)
        {
          g_autofree char *number = sr_format_t_score (point->t_score);

          /* Translators: a review on a printed plan: date, T-score */
          score = g_strdup_printf (_("Review %s: T-score %s"), date, number);
        }
      else
        {
          /* Translators: a review on a printed plan: date, why there is no T-score */
          score = g_strdup_printf (_("Review %s: %s"), date,
                                   point != NULL ? point->error->message : "–");
        }

      block = add_block (doc, BODY_SIZE, 0, 8, "<b>%s</b>", score);
      block->keep_with_next = TRUE;
      for (guint i = 0; i < n_goals; i++)
        {
          g_autoptr(SrGoal) goal = g_list_model_get_item (goals, i);
          int level = rating_of (ratings, sr_record_get_id (SR_RECORD (goal)));

          if (level == G_MININT)
            add_block (doc, BODY_SIZE, 14, 2, "%u. %s: %s", i + 1,
                       sr_record_get_string (SR_RECORD (goal), "text") ?: "", _("not rated"));
          else
            {
              g_autofree char *title = sr_gas_level_dup_title (level);

              add_block (doc, BODY_SIZE, 14, 2, "%u. %s: %s", i + 1,
                         sr_record_get_string (SR_RECORD (goal), "text") ?: "", title);
            }
        }
    }

  /* Signatures, kept on one page */
  {
    g_autofree char *line = g_strnfill (38, '_');

    block = add_block (doc, BODY_SIZE, 0, 30, "%s %s", _("Date and place:"), line);
    block->keep_with_next = TRUE;
    block = add_block (doc, BODY_SIZE, 0, 18, "%s\n%s (%s)", line, _("Client’s signature"), name);
    block->keep_with_next = TRUE;
    block = add_block (doc, BODY_SIZE, 0, 24, "%s\n%s (%s)", line, _("Worker’s signature"), named_worker ?: "");
  }

  return g_steal_pointer (&doc);
}

/* Lays out every block at @width and places its lines on pages of @height. */
static void
plan_doc_paginate (PlanDoc      *doc,
                   PangoContext *context,
                   double        width,
                   double        height)
{
  double y = 0;
  guint page = 0;

  g_clear_pointer (&doc->layouts, g_ptr_array_unref);
  doc->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_array_set_size (doc->lines, 0);

  for (guint b = 0; b < doc->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (doc->blocks, b);
      PangoLayout *layout = pango_layout_new (context);
      g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
      PangoRectangle logical;
      double block_height;

      pango_font_description_set_size (font, (int) (block->size * PANGO_SCALE));
      pango_layout_set_font_description (layout, font);
      pango_layout_set_width (layout, (int) ((width - block->indent) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_markup (layout, block->markup, -1);
      g_ptr_array_add (doc->layouts, layout);

      pango_layout_get_extents (layout, NULL, &logical);
      block_height = (double) logical.height / PANGO_SCALE;

      if (y > 0)
        y += block->space_before;

      /* A heading stays with what follows; a short block is not split. */
      {
        double needed = block_height;

        if (block->keep_with_next && b + 1 < doc->blocks->len)
          needed += 3 * (block->size + 4);
        if (y > 0 && y + needed > height && needed <= height)
          {
            page++;
            y = 0;
          }
      }

      /* Place the block's lines, breaking pages between lines where a long
       * block does not fit. */
      for (int line = 0; line < pango_layout_get_line_count (layout); line++)
        {
          PangoLayoutLine *layout_line = pango_layout_get_line_readonly (layout, line);
          PangoRectangle rect;
          PlacedLine placed;
          double line_height;

          pango_layout_line_get_extents (layout_line, NULL, &rect);
          line_height = (double) rect.height / PANGO_SCALE;
          if (y > 0 && y + line_height > height)
            {
              page++;
              y = 0;
            }
          placed.block = b;
          placed.line = line;
          placed.page = page;
          placed.baseline = y + (double) PANGO_ASCENT (rect) / PANGO_SCALE;
          g_array_append_val (doc->lines, placed);
          y += line_height;
        }
    }

  doc->n_pages = page + 1;
}

static void
plan_doc_draw_page (PlanDoc      *doc,
                    cairo_t      *cr,
                    PangoContext *context,
                    guint         page,
                    double        width,
                    double        height)
{
  g_autoptr(PangoLayout) footer = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 8");
  g_autofree char *page_text = NULL;
  g_autofree char *footer_text = NULL;

  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < doc->lines->len; i++)
    {
      PlacedLine *placed = &g_array_index (doc->lines, PlacedLine, i);
      Block *block;
      PangoLayoutLine *line;

      if (placed->page != page)
        continue;
      block = g_ptr_array_index (doc->blocks, placed->block);
      line = pango_layout_get_line_readonly (g_ptr_array_index (doc->layouts, placed->block), placed->line);
      cairo_move_to (cr, block->indent, placed->baseline);
      pango_cairo_show_layout_line (cr, line);
    }

  /* Translators: the page number at the foot of a printed page */
  page_text = g_strdup_printf (_("Page %u of %u"), page + 1, doc->n_pages);
  footer_text = g_strdup_printf ("%s\t%s", doc->footer, page_text);
  pango_layout_set_font_description (footer, font);
  pango_layout_set_width (footer, (int) (width * PANGO_SCALE));
  pango_layout_set_text (footer, footer_text, -1);
  {
    PangoTabArray *tabs = pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT,
                                                              (int) ((width - 80) * PANGO_SCALE));

    pango_layout_set_tabs (footer, tabs);
    pango_tab_array_free (tabs);
  }
  cairo_move_to (cr, 0, height + FOOTER_HEIGHT - 12);
  pango_cairo_show_layout (cr, footer);
}

static gboolean
log_print (SrStore  *store,
           PlanDoc  *doc,
           GError  **error)
{
  g_autofree char *detail = g_strdup_printf ("client plan v%d", doc->version);

  return sr_store_log_disclosure (store, doc->client_id, SR_AUDIT_ACTION_PRINT, detail, error);
}

gboolean
sr_plan_print_to_pdf (SrPlanService  *plans,
                      SrPlan         *plan,
                      double          rho,
                      const char     *path,
                      GError        **error)
{
  SrStore *store;
  g_autoptr(PlanDoc) doc = NULL;
  PangoContext *context;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width = A4_WIDTH - 2 * PDF_MARGIN;
  double height = A4_HEIGHT - 2 * PDF_MARGIN - FOOTER_HEIGHT;

  g_return_val_if_fail (SR_IS_PLAN_SERVICE (plans), FALSE);
  g_return_val_if_fail (SR_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = sr_service_get_store (SR_SERVICE (plans));
  doc = plan_doc_new (plans, plan, rho, error);
  if (doc == NULL)
    return FALSE;
  if (!log_print (store, doc, error))
    return FALSE;

  surface = cairo_pdf_surface_create (path, A4_WIDTH, A4_HEIGHT);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);
  plan_doc_paginate (doc, context, width, height);

  for (guint page = 0; page < doc->n_pages; page++)
    {
      cairo_save (cr);
      cairo_translate (cr, PDF_MARGIN, PDF_MARGIN);
      plan_doc_draw_page (doc, cr, context, page, width, height);
      cairo_restore (cr);
      cairo_show_page (cr);
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is the system's reason */
                   _("The PDF file could not be written: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  SrStore      *store;
  PlanDoc      *doc;
  PangoContext *context;
  GError       *error;
  gboolean      preview;
} PrintJob;

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context) - FOOTER_HEIGHT;

  /* The user has chosen to print: log the disclosure before any page goes
   * out, and print nothing if it cannot be logged. */
  if (!job->preview && !log_print (job->store, job->doc, &job->error))
    {
      gtk_print_operation_cancel (operation);
      return;
    }

  g_clear_object (&job->context);
  job->context = gtk_print_context_create_pango_context (context);
  plan_doc_paginate (job->doc, job->context, width, height);
  gtk_print_operation_set_n_pages (operation, (int) job->doc->n_pages);
}

static gboolean
on_preview_cb (GtkPrintOperation        *operation,
               GtkPrintOperationPreview *preview,
               GtkPrintContext          *context,
               GtkWindow                *parent,
               PrintJob                 *job)
{
  job->preview = TRUE;
  return FALSE;
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  plan_doc_draw_page (job->doc, cr, job->context, (guint) page_nr,
                      gtk_print_context_get_width (context),
                      gtk_print_context_get_height (context) - FOOTER_HEIGHT);
}

gboolean
sr_plan_print (GtkWindow      *parent,
               SrPlanService  *plans,
               SrPlan         *plan,
               double          rho,
               GError        **error)
{
  return sr_plan_print_full (parent, plans, plan, rho, NULL, error);
}

gboolean
sr_plan_print_full (GtkWindow      *parent,
                    SrPlanService  *plans,
                    SrPlan         *plan,
                    double          rho,
                    const char     *export_path,
                    GError        **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GError) run_error = NULL;
  g_autofree char *basename = NULL;
  GtkPrintOperationResult result;
  PrintJob job = { 0 };

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (SR_IS_PLAN_SERVICE (plans), FALSE);
  g_return_val_if_fail (SR_IS_PLAN (plan), FALSE);

  job.store = sr_service_get_store (SR_SERVICE (plans));
  job.doc = plan_doc_new (plans, plan, rho, error);
  if (job.doc == NULL)
    return FALSE;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* Translators: the name of a print job and of the PDF file offered by "Print to File" */
  gtk_print_operation_set_job_name (operation, _("Client plan"));
  /* Translators: file name (no extension) offered for a client plan printed to a file; %d is its version */
  basename = g_strdup_printf (_("client-plan-v%d"), job.doc->version);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
  gtk_print_operation_set_print_settings (operation, settings);

  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), &job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), &job);
  g_signal_connect (operation, "preview", G_CALLBACK (on_preview_cb), &job);

  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  result = gtk_print_operation_run (operation,
                                    export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                    : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &run_error);

  g_clear_object (&job.context);
  plan_doc_free (job.doc);

  if (job.error != NULL)
    {
      g_propagate_error (error, job.error);
      return FALSE;
    }
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_propagate_error (error, g_steal_pointer (&run_error));
      return FALSE;
    }

  return result == GTK_PRINT_OPERATION_RESULT_APPLY;
}
