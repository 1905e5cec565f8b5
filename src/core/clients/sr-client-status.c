/* sr-client-status.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-client-status"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sr-client-status.h"
#include "sr-format.h"
#include "sr-period.h"
#include "sr-store-private.h"

static gboolean
step_failed (SrStore       *store,
             sqlite3_stmt  *stmt,
             int            rc,
             GError       **error)
{
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return FALSE;

  sr_store_set_sqlite_error (sr_store_get_db (store), rc, error);
  sqlite3_reset (stmt);
  return TRUE;
}

static int
days_between (const char *from_iso,
              const char *to_iso)
{
  GDate from, to;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_parse (&from, from_iso);
  g_date_set_parse (&to, to_iso);
  if (!g_date_valid (&from) || !g_date_valid (&to))
    return 0;

  return g_date_days_between (&from, &to);
}

gboolean
sr_client_status_get (SrStore         *store,
                      const char      *client_id,
                      GDateTime       *now,
                      SrClientStatus  *out,
                      GError         **error)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *today = NULL;
  g_autofree char *decision_limit = NULL;
  g_autofree char *cadence_from = NULL;
  g_autofree char *cadence_to = NULL;
  g_autoptr(GDateTime) window_from = NULL;
  g_autoptr(GDateTime) window_to = NULL;
  sqlite3_stmt *periods, *stmt;
  gboolean first = TRUE;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (store), FALSE);
  g_return_val_if_fail (client_id != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  local_now = now != NULL ? g_date_time_to_local (now) : g_date_time_new_now_local ();
  today = sr_local_day_iso (local_now, 0);
  decision_limit = sr_local_day_iso (local_now, SR_RULES_DECISION_WARNING_DAYS);
  sr_rules_cadence_window (local_now, &window_from, &window_to);
  cadence_from = sr_store_format_time (window_from);
  cadence_to = sr_store_format_time (window_to);

  /* The open periods, latest first: the same conditions as the client
   * list's "needs attention" filter, so a flagged row is in that list. */
  periods = sr_store_prepare (store,
                              "SELECT p.id, p.phase, p.decision_valid_to, p.planned_end"
                              " FROM periods p WHERE p.client_id = ?1 AND " SR_PERIOD_OPEN_SQL ("p")
                              " ORDER BY p.start_date DESC",
                              error);
  if (periods == NULL)
    return FALSE;
  sqlite3_bind_text (periods, 1, client_id, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (periods)) == SQLITE_ROW)
    {
      const char *period_id = (const char *) sqlite3_column_text (periods, 0);
      const char *phase = (const char *) sqlite3_column_text (periods, 1);
      const char *valid_to = (const char *) sqlite3_column_text (periods, 2);
      const char *planned_end = (const char *) sqlite3_column_text (periods, 3);

      if (first)
        {
          out->has_open_period = TRUE;
          out->phase = sr_enum_from_nick (SR_TYPE_PHASE, phase, SR_PHASE_ASSESSMENT);
          first = FALSE;
        }

      if (valid_to != NULL && g_strcmp0 (valid_to, decision_limit) <= 0)
        {
          int left = days_between (today, valid_to);

          if ((out->flags & SR_CLIENT_FLAG_DECISION_ENDING) == 0 || left < out->decision_days_left)
            out->decision_days_left = left;
          out->flags |= SR_CLIENT_FLAG_DECISION_ENDING;
        }

      if (planned_end != NULL && g_strcmp0 (planned_end, today) < 0)
        out->flags |= SR_CLIENT_FLAG_PAST_PLANNED_END;

      stmt = sr_store_prepare (store,
                               "SELECT 1 FROM plans pl WHERE pl.period_id = ?1"
                               " AND pl.review_due < ?2"
                               " AND pl.version = (SELECT max (version) FROM plans WHERE period_id = ?1)"
                               " AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.plan_id = pl.id"
                               "  AND r.date >= pl.review_due)",
                               error);
      if (stmt == NULL)
        {
          sqlite3_reset (periods);
          return FALSE;
        }
      sqlite3_bind_text (stmt, 1, period_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (step_failed (store, stmt, rc, error))
        {
          sqlite3_reset (periods);
          return FALSE;
        }
      if (rc == SQLITE_ROW)
        out->flags |= SR_CLIENT_FLAG_REVIEW_OVERDUE;
      sqlite3_reset (stmt);
    }
  if (step_failed (store, periods, rc, error))
    return FALSE;
  sqlite3_reset (periods);

  if (!out->has_open_period)
    return TRUE;

  stmt = sr_store_prepare (store,
                           "SELECT 1 FROM meetings m WHERE m.client_id = ?1"
                           " AND m.status IN ('planned', 'held') AND m.start >= ?2 AND m.start < ?3"
                           " LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, client_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, cadence_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, cadence_to, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (step_failed (store, stmt, rc, error))
    return FALSE;
  if (rc == SQLITE_DONE)
    out->flags |= SR_CLIENT_FLAG_NO_RECENT_MEETING;
  sqlite3_reset (stmt);

  return TRUE;
}

gboolean
sr_client_attendance_rate (SrStore           *store,
                           const char        *client_id,
                           const char        *group_id,
                           SrAttendanceRate  *out,
                           GError           **error)
{
  g_autoptr(GArray) statuses = g_array_new (FALSE, FALSE, sizeof (SrAttendanceStatus));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SR_IS_STORE (store), FALSE);
  g_return_val_if_fail (client_id != NULL && group_id != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  stmt = sr_store_prepare (store,
                           "SELECT a.status FROM attendance a JOIN sessions s ON s.id = a.session_id"
                           " WHERE a.client_id = ?1 AND s.group_id = ?2 AND s.status <> 'cancelled'",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, client_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, group_id, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SrAttendanceStatus status = SR_ATTENDANCE_NOT_RECORDED;

      sr_attendance_status_from_string ((const char *) sqlite3_column_text (stmt, 0), &status);
      g_array_append_val (statuses, status);
    }
  if (step_failed (store, stmt, rc, error))
    return FALSE;
  sqlite3_reset (stmt);

  sr_rules_attendance_rate ((const SrAttendanceStatus *) statuses->data, statuses->len, out);

  return TRUE;
}

char *
sr_client_flag_dup_reason (SrClientFlags         flag,
                           const SrClientStatus *status)
{
  switch (flag)
    {
    case SR_CLIENT_FLAG_NO_RECENT_MEETING:
      return g_strdup (_("No meeting within 7 days"));
    case SR_CLIENT_FLAG_DECISION_ENDING:
      if (status->decision_days_left < 0)
        return g_strdup (_("Decision has ended"));
      if (status->decision_days_left == 0)
        return g_strdup (_("Decision ends today"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Decision ends in %d day",
                                           "Decision ends in %d days", status->decision_days_left),
                              status->decision_days_left);
    case SR_CLIENT_FLAG_REVIEW_OVERDUE:
      return g_strdup (_("Plan review overdue"));
    case SR_CLIENT_FLAG_PAST_PLANNED_END:
      return g_strdup (_("Period longer than planned"));
    case SR_CLIENT_FLAG_NONE:
    default:
      return NULL;
    }
}

const char *
sr_client_flag_get_advice (SrClientFlags flag)
{
  switch (flag)
    {
    case SR_CLIENT_FLAG_NO_RECENT_MEETING:
      return _("Intensified individual work means meeting at least weekly: plan a meeting in the Calendar.");
    case SR_CLIENT_FLAG_DECISION_ENDING:
      return _("Ask for a new decision in time, or plan how the period closes.");
    case SR_CLIENT_FLAG_REVIEW_OVERDUE:
      return _("Review the client plan with the client and rate every goal.");
    case SR_CLIENT_FLAG_PAST_PLANNED_END:
      return _("Close the period, or record a new planned end with the decision that allows it.");
    case SR_CLIENT_FLAG_NONE:
    default:
      return "";
    }
}

char *
sr_client_status_dup_flags_text (const SrClientStatus *status)
{
  static const SrClientFlags all[] = {
    SR_CLIENT_FLAG_NO_RECENT_MEETING, SR_CLIENT_FLAG_DECISION_ENDING,
    SR_CLIENT_FLAG_REVIEW_OVERDUE, SR_CLIENT_FLAG_PAST_PLANNED_END,
  };
  g_autoptr(GString) text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_autofree char *reason = NULL;

      if ((status->flags & all[i]) == 0)
        continue;
      reason = sr_client_flag_dup_reason (all[i], status);
      if (text == NULL)
        text = g_string_new (reason);
      else
        /* Translators: separates the reasons a client needs attention in a list row. */
        g_string_append_printf (text, _(", %s"), reason);
    }

  return text != NULL ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}
