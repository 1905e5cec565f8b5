/* sr-attendance-grid.c
 *
 * Copyright 2026 The SocRehab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sr-attendance-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "sr-attendance-grid.h"
#include "sr-format.h"
#include "sr-group.h"
#include "sr-labels.h"

#define CELL_W      76
#define ROW_H       34
#define HEAD_H      50
#define NAME_W_WIDE 220
#define NAME_W_NARROW 150

struct _SrAttendanceGrid
{
  GtkWidget          parent_instance;

  SrAttendanceTable *table;
  gulong             changed_id;

  GtkAdjustment     *hadjustment;
  GtkAdjustment     *vadjustment;
  guint              hscroll_policy : 1;
  guint              vscroll_policy : 1;

  guint              cursor_member;
  guint              cursor_session;

  /* Cached text: rebuilt when the table changes. */
  GPtrArray         *name_layouts;    /* PangoLayout per member */
  GPtrArray         *rate_layouts;    /* PangoLayout per member */
  GPtrArray         *head_layouts;    /* PangoLayout per session */
  PangoLayout       *letters[SR_ATTENDANCE_N_STATUSES];
  PangoLayout       *dash_layout;
  GArray            *unrecorded;      /* gboolean per session: past and unrecorded */

  GtkWidget         *choice_popover;
  GtkWidget         *partly_popover;
  GtkWidget         *partly_minutes;
  GtkWidget         *partly_reason;
  guint              popover_member;
  guint              popover_session;
  gboolean           scroll_pending;
};

static void sr_attendance_grid_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SrAttendanceGrid, sr_attendance_grid, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      sr_attendance_grid_scrollable_init))

enum {
  PROP_0,
  PROP_TABLE,
  N_PROPS,
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  RECORDED,
  FAILED,
  CURSOR_MOVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The keys, as in the legend and the shortcuts window. Fixed letters (not translated): the
 * Finnish mnemonic O (osittain) for partly present is the one that needs explaining. */

static void
sr_attendance_grid_scrollable_init (GtkScrollableInterface *iface)
{
}

static int
name_width (SrAttendanceGrid *self)
{
  return gtk_widget_get_width (GTK_WIDGET (self)) < 520 ? NAME_W_NARROW : NAME_W_WIDE;
}

static guint
n_members (SrAttendanceGrid *self)
{
  return self->table != NULL ? sr_attendance_table_get_n_members (self->table) : 0;
}

static guint
n_sessions (SrAttendanceGrid *self)
{
  return self->table != NULL ? sr_attendance_table_get_n_sessions (self->table) : 0;
}

static void
clear_layouts (SrAttendanceGrid *self)
{
  g_clear_pointer (&self->name_layouts, g_ptr_array_unref);
  g_clear_pointer (&self->rate_layouts, g_ptr_array_unref);
  g_clear_pointer (&self->head_layouts, g_ptr_array_unref);
  g_clear_pointer (&self->unrecorded, g_array_unref);
}

static char *
format_rate (SrAttendanceRate *rate)
{
  if (!rate->has_rate)
    /* Translators: no attendance rate yet (nothing recorded) */
    return g_strdup (C_("attendance rate", "–"));

  /* Translators: an attendance rate, e.g. "85 %" */
  return g_strdup_printf (_("%d %%"), (int) (rate->rate * 100 + 0.5));
}

static void
build_layouts (SrAttendanceGrid *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint members = n_members (self);
  guint sessions = n_sessions (self);

  clear_layouts (self);

  self->name_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->rate_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->head_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->unrecorded = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), sessions);

  for (guint m = 0; m < members; m++)
    {
      const char *name = sr_attendance_table_get_member_name (self->table, m);
      g_autofree char *text = NULL;
      g_autofree char *rate_text = NULL;
      SrAttendanceRate rate;
      PangoLayout *layout;

      /* A member without an open rehabilitation period is flagged with a mark. */
      if (!sr_attendance_table_member_has_period (self->table, m))
        text = g_strdup_printf ("⚠ %s", name);
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text != NULL ? text : name);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      g_ptr_array_add (self->name_layouts, layout);

      sr_attendance_table_member_rate (self->table, m, &rate);
      rate_text = format_rate (&rate);
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), rate_text);
      g_ptr_array_add (self->rate_layouts, layout);
    }

  for (guint s = 0; s < sessions; s++)
    {
      SrSession *session = sr_attendance_table_get_session (self->table, s);
      g_autoptr(GDateTime) start = NULL;
      g_autofree char *day = NULL;
      g_autofree char *second = NULL;
      g_autofree char *text = NULL;
      gboolean unrecorded;
      PangoLayout *layout;

      g_object_get (session, "start", &start, NULL);
      /* Translators: a session's day in the attendance sheet's header, strftime format: keep it
       * short ("Tue 6.1."); the Finnish and Swedish day comes before the month */
      day = g_date_time_format (start, C_("attendance sheet header", "%a %-d.%-m."));

      if (sr_attendance_table_session_cancelled (self->table, s))
        {
          second = g_strdup (sr_session_status_get_label (SR_SESSION_STATUS_CANCELLED));
        }
      else
        {
          SrAttendanceRate rate;

          sr_attendance_table_session_rate (self->table, s, &rate);
          /* Translators: number of members present in a session, e.g. "✓ 8" */
          second = g_strdup_printf (C_("attendance sheet header", "✓ %u"), rate.present + rate.partly);
        }
      text = g_strdup_printf ("%s\n%s", day, second);
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_set_width (layout, (CELL_W - 4) * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      g_ptr_array_add (self->head_layouts, layout);

      unrecorded = sr_attendance_table_session_unrecorded (self->table, s, now);
      g_array_append_val (self->unrecorded, unrecorded);
    }
}

static void
ensure_letters (SrAttendanceGrid *self)
{
  if (self->dash_layout != NULL)
    return;

  for (guint i = 0; i < SR_ATTENDANCE_N_STATUSES; i++)
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

      self->letters[i] = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                         /* A cell shows its status's key letter,
                                                          * in the user's language. */
                                                         i == SR_ATTENDANCE_NOT_RECORDED ? ""
                                                         : sr_attendance_grid_key_letter (i));
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (self->letters[i], attrs);
    }
  self->dash_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "·");
}

static void
configure_adjustments (SrAttendanceGrid *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double page_w = MAX (0, width - name_width (self));
  double page_h = MAX (0, height - HEAD_H);
  double upper_w = (double) n_sessions (self) * CELL_W;
  double upper_h = (double) n_members (self) * ROW_H;

  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment,
                              CLAMP (gtk_adjustment_get_value (self->hadjustment), 0, MAX (0, upper_w - page_w)),
                              0, MAX (upper_w, page_w), CELL_W, page_w * 0.9, page_w);
  if (self->vadjustment != NULL)
    gtk_adjustment_configure (self->vadjustment,
                              CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, MAX (0, upper_h - page_h)),
                              0, MAX (upper_h, page_h), ROW_H, page_h * 0.9, page_h);
}

static double
hvalue (SrAttendanceGrid *self)
{
  return self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static double
vvalue (SrAttendanceGrid *self)
{
  return self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

/* The cell's rectangle in widget coordinates. */
static void
cell_rect (SrAttendanceGrid *self,
           guint             member,
           guint             session,
           GdkRectangle     *rect)
{
  rect->x = name_width (self) + (int) (session * CELL_W - hvalue (self));
  rect->y = HEAD_H + (int) (member * ROW_H - vvalue (self));
  rect->width = CELL_W;
  rect->height = ROW_H;
}

static gboolean
cell_at_point (SrAttendanceGrid *self,
               double            x,
               double            y,
               int              *member,
               int              *session)
{
  int nw = name_width (self);
  int m = -1, s = -1;

  if (x >= nw)
    s = (int) ((x - nw + hvalue (self)) / CELL_W);
  if (y >= HEAD_H)
    m = (int) ((y - HEAD_H + vvalue (self)) / ROW_H);
  if (s >= (int) n_sessions (self))
    s = -1;
  if (m >= (int) n_members (self))
    m = -1;

  *member = m;
  *session = s;

  return m >= 0 || s >= 0;
}

static char *
describe_cell (SrAttendanceGrid *self,
               guint             member,
               guint             session)
{
  SrSession *record = sr_attendance_table_get_session (self->table, session);
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *when = NULL;
  const char *name = sr_attendance_table_get_member_name (self->table, member);
  SrAttendanceStatus status;
  g_autofree char *what = NULL;

  g_object_get (record, "start", &start, NULL);
  when = sr_format_date_time (start);

  if (!sr_attendance_table_is_member_at (self->table, member, session))
    /* Translators: attendance sheet cell: "Name, date: not a member then" */
    return g_strdup_printf (_("%s, %s: not a member at the time"), name, when);

  status = sr_attendance_table_get_status (self->table, member, session);
  if (status == SR_ATTENDANCE_PARTLY_PRESENT)
    {
      const char *reason = sr_attendance_table_get_reason (self->table, member, session);
      int minutes = sr_attendance_table_get_minutes (self->table, member, session);
      g_autofree char *duration = sr_format_duration (minutes);

      if (reason != NULL && *reason != '\0')
        /* Translators: "Partly present (45 min, doctor's appointment)" */
        what = g_strdup_printf (_("%s (%s, %s)"), sr_attendance_status_get_label (status), duration, reason);
      else
        what = g_strdup_printf (_("%s (%s)"), sr_attendance_status_get_label (status), duration);
    }
  else
    {
      what = g_strdup (sr_attendance_status_get_label (status));
    }

  /* Translators: attendance sheet cell: "Name, date time: status" */
  return g_strdup_printf (_("%s, %s: %s"), name, when, what);
}

static void
scroll_to_cursor (SrAttendanceGrid *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self)) - name_width (self);
  int height = gtk_widget_get_height (GTK_WIDGET (self)) - HEAD_H;
  double x = (double) self->cursor_session * CELL_W;
  double y = (double) self->cursor_member * ROW_H;

  if (self->hadjustment != NULL && width > 0)
    {
      double value = gtk_adjustment_get_value (self->hadjustment);

      if (x < value)
        gtk_adjustment_set_value (self->hadjustment, x);
      else if (x + CELL_W > value + width)
        gtk_adjustment_set_value (self->hadjustment, x + CELL_W - width);
    }
  if (self->vadjustment != NULL && height > 0)
    {
      double value = gtk_adjustment_get_value (self->vadjustment);

      if (y < value)
        gtk_adjustment_set_value (self->vadjustment, y);
      else if (y + ROW_H > value + height)
        gtk_adjustment_set_value (self->vadjustment, y + ROW_H - height);
    }
}

static void
update_accessible (SrAttendanceGrid *self)
{
  g_autofree char *text = NULL;

  if (n_members (self) == 0 || n_sessions (self) == 0)
    return;

  text = describe_cell (self, self->cursor_member, self->cursor_session);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

static void
move_cursor (SrAttendanceGrid *self,
             int               member,
             int               session)
{
  guint members = n_members (self);
  guint sessions = n_sessions (self);

  if (members == 0 || sessions == 0)
    return;

  member = CLAMP (member, 0, (int) members - 1);
  session = CLAMP (session, 0, (int) sessions - 1);
  if ((guint) member == self->cursor_member && (guint) session == self->cursor_session)
    return;

  self->cursor_member = member;
  self->cursor_session = session;
  scroll_to_cursor (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[CURSOR_MOVED], 0);
}

/* The next row below @member who was a member on the session's day, or @member + 1. */
static int
next_member_row (SrAttendanceGrid *self,
                 guint             member,
                 guint             session)
{
  for (guint m = member + 1; m < n_members (self); m++)
    if (sr_attendance_table_is_member_at (self->table, m, session))
      return m;

  return member + 1;
}

static gboolean
record_cell (SrAttendanceGrid   *self,
             guint               member,
             guint               session,
             SrAttendanceStatus  status,
             int                 minutes,
             const char         *reason)
{
  g_autoptr(GArray) previous = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->table == NULL || member >= n_members (self) || session >= n_sessions (self))
    return FALSE;

  if (sr_attendance_table_session_cancelled (self->table, session))
    {
      g_signal_emit (self, signals[FAILED], 0, _("The session was cancelled: there is no attendance to record."));
      return FALSE;
    }
  if (!sr_attendance_table_is_member_at (self->table, member, session))
    {
      g_signal_emit (self, signals[FAILED], 0, _("Not a member of the group on the day of this session."));
      return FALSE;
    }

  if (!sr_attendance_table_set_status (self->table, member, session, status, minutes, reason,
                                       &previous, &error))
    {
      g_signal_emit (self, signals[FAILED], 0, error->message);
      return FALSE;
    }

  /* Translators: toast after recording attendance: "Virtanen, Matti: Present" */
  message = g_strdup_printf (_("%s: %s"), sr_attendance_table_get_member_name (self->table, member),
                             sr_attendance_status_get_label (status));
  g_signal_emit (self, signals[RECORDED], 0, previous, message);

  return TRUE;
}

static void
show_popover_at (SrAttendanceGrid *self,
                 GtkWidget        *popover,
                 guint             member,
                 guint             session)
{
  GdkRectangle rect;

  cell_rect (self, member, session, &rect);
  self->popover_member = member;
  self->popover_session = session;
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &rect);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static void
open_partly (SrAttendanceGrid *self,
             guint             member,
             guint             session)
{
  SrSession *record;
  int minutes, duration = 0;
  const char *reason;

  if (self->table == NULL || sr_attendance_table_session_cancelled (self->table, session)
      || !sr_attendance_table_is_member_at (self->table, member, session))
    {
      record_cell (self, member, session, SR_ATTENDANCE_PARTLY_PRESENT, 0, NULL);
      return;
    }

  record = sr_attendance_table_get_session (self->table, session);
  g_object_get (record, "duration", &duration, NULL);
  minutes = sr_attendance_table_get_minutes (self->table, member, session);
  reason = sr_attendance_table_get_reason (self->table, member, session);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->partly_minutes),
                             minutes > 0 ? minutes : MAX (duration / 2, 0));
  gtk_editable_set_text (GTK_EDITABLE (self->partly_reason), reason != NULL ? reason : "");
  show_popover_at (self, self->partly_popover, member, session);
  gtk_widget_grab_focus (self->partly_minutes);
}

static void
on_partly_save_cb (SrAttendanceGrid *self)
{
  int minutes;
  g_autofree char *reason = NULL;

  gtk_spin_button_update (GTK_SPIN_BUTTON (self->partly_minutes));
  minutes = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->partly_minutes));
  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->partly_reason))));
  gtk_popover_popdown (GTK_POPOVER (self->partly_popover));

  if (record_cell (self, self->popover_member, self->popover_session,
                   SR_ATTENDANCE_PARTLY_PRESENT, minutes, *reason != '\0' ? reason : NULL))
    move_cursor (self, next_member_row (self, self->popover_member, self->popover_session),
                 self->popover_session);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_choice_clicked_cb (GtkButton        *button,
                      SrAttendanceGrid *self)
{
  SrAttendanceStatus status = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "status"));

  gtk_popover_popdown (GTK_POPOVER (self->choice_popover));
  if (status == SR_ATTENDANCE_PARTLY_PRESENT)
    {
      open_partly (self, self->popover_member, self->popover_session);
      return;
    }
  if (record_cell (self, self->popover_member, self->popover_session, status, 0, NULL))
    move_cursor (self, next_member_row (self, self->popover_member, self->popover_session),
                 self->popover_session);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
open_choices (SrAttendanceGrid *self,
              guint             member,
              guint             session)
{
  show_popover_at (self, self->choice_popover, member, session);
}

/* The letter key for a status in the user's language. A letter that means "present" in one
 * language means "absent" in another (Finnish "poissa"), so the letters are translated; the
 * digits 1–4 work in every language. */
const char *
sr_attendance_grid_key_letter (SrAttendanceStatus status)
{
  switch (status)
    {
    case SR_ATTENDANCE_PRESENT:
      /* Translators: the one-letter key that marks a member present on the attendance sheet:
       * the first letter of your word for "present" (läsnä: L, närvarande: N). The four
       * attendance keys must be different letters. */
      return C_("attendance key", "P");
    case SR_ATTENDANCE_PARTLY_PRESENT:
      /* Translators: the one-letter key for "partly present" (osittain: O, delvis: D) */
      return C_("attendance key", "O");
    case SR_ATTENDANCE_ABSENT_NOTIFIED:
      /* Translators: the one-letter key for "absent, notified" (ilmoitti poissaolosta: I,
       * anmäld frånvaro: A) */
      return C_("attendance key", "A");
    case SR_ATTENDANCE_NO_SHOW:
      /* Translators: the one-letter key for "no-show" (ei saapunut: E, uteblev: U) */
      return C_("attendance key", "N");
    case SR_ATTENDANCE_NOT_RECORDED:
    default:
      return NULL;
    }
}

static gboolean
key_is_letter_of (guint              keyval,
                  SrAttendanceStatus status)
{
  const char *letter = sr_attendance_grid_key_letter (status);
  gunichar typed = gdk_keyval_to_unicode (keyval);

  return letter != NULL && typed != 0 &&
         g_unichar_tolower (typed) == g_unichar_tolower (g_utf8_get_char (letter));
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   SrAttendanceGrid      *self)
{
  int m = self->cursor_member;
  int s = self->cursor_session;
  SrAttendanceStatus status;
  int page;

  if (self->table == NULL || n_members (self) == 0 || n_sessions (self) == 0)
    return FALSE;
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  page = MAX (1, (gtk_widget_get_height (GTK_WIDGET (self)) - HEAD_H) / ROW_H - 1);

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_cursor (self, m - 1, s);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_cursor (self, m + 1, s);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_cursor (self, m, s - 1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_cursor (self, m, s + 1);
      return TRUE;
    case GDK_KEY_Home:
      move_cursor (self, 0, s);
      return TRUE;
    case GDK_KEY_End:
      move_cursor (self, n_members (self) - 1, s);
      return TRUE;
    case GDK_KEY_Page_Up:
      move_cursor (self, m - page, s);
      return TRUE;
    case GDK_KEY_Page_Down:
      move_cursor (self, m + page, s);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      open_choices (self, m, s);
      return TRUE;
    case GDK_KEY_1:
    case GDK_KEY_KP_1:
      status = SR_ATTENDANCE_PRESENT;
      break;
    case GDK_KEY_2:
    case GDK_KEY_KP_2:
      open_partly (self, m, s);
      return TRUE;
    case GDK_KEY_3:
    case GDK_KEY_KP_3:
      status = SR_ATTENDANCE_ABSENT_NOTIFIED;
      break;
    case GDK_KEY_4:
    case GDK_KEY_KP_4:
      status = SR_ATTENDANCE_NO_SHOW;
      break;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      status = SR_ATTENDANCE_NOT_RECORDED;
      break;
    default:
      if (key_is_letter_of (keyval, SR_ATTENDANCE_PARTLY_PRESENT))
        {
          open_partly (self, m, s);
          return TRUE;
        }
      else if (key_is_letter_of (keyval, SR_ATTENDANCE_PRESENT))
        status = SR_ATTENDANCE_PRESENT;
      else if (key_is_letter_of (keyval, SR_ATTENDANCE_ABSENT_NOTIFIED))
        status = SR_ATTENDANCE_ABSENT_NOTIFIED;
      else if (key_is_letter_of (keyval, SR_ATTENDANCE_NO_SHOW))
        status = SR_ATTENDANCE_NO_SHOW;
      else
        return FALSE;
      break;
    }

  /* One key per member: record and go on to the next one who was in the group that day. */
  if (record_cell (self, m, s, status, 0, NULL))
    move_cursor (self, next_member_row (self, m, s), s);

  return TRUE;
}

static void
on_click_pressed_cb (GtkGestureClick  *gesture,
                     int               n_press,
                     double            x,
                     double            y,
                     SrAttendanceGrid *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  int m, s;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!cell_at_point (self, x, y, &m, &s))
    return;

  if (m < 0)
    {
      /* A session's header: move to that session. */
      if (s >= 0)
        move_cursor (self, self->cursor_member, s);
      return;
    }
  if (s < 0)
    {
      move_cursor (self, m, self->cursor_session);
      return;
    }

  move_cursor (self, m, s);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);

  if (button == GDK_BUTTON_SECONDARY || n_press > 1)
    {
      open_choices (self, m, s);
      return;
    }

  /* One click for the common case: an unrecorded cell becomes present. */
  if (sr_attendance_table_is_member_at (self->table, m, s)
      && !sr_attendance_table_session_cancelled (self->table, s)
      && sr_attendance_table_get_status (self->table, m, s) == SR_ATTENDANCE_NOT_RECORDED)
    record_cell (self, m, s, SR_ATTENDANCE_PRESENT, 0, NULL);
  else
    open_choices (self, m, s);
}

static gboolean
on_query_tooltip_cb (GtkWidget        *widget,
                     int               x,
                     int               y,
                     gboolean          keyboard,
                     GtkTooltip       *tooltip,
                     SrAttendanceGrid *self)
{
  g_autofree char *text = NULL;
  int m, s;

  if (self->table == NULL)
    return FALSE;

  if (keyboard)
    {
      m = self->cursor_member;
      s = self->cursor_session;
    }
  else if (!cell_at_point (self, x, y, &m, &s))
    {
      return FALSE;
    }

  if (m >= 0 && s >= 0 && m < (int) n_members (self) && s < (int) n_sessions (self))
    {
      text = describe_cell (self, m, s);
    }
  else if (m >= 0 && s < 0)
    {
      SrAttendanceRate rate;

      sr_attendance_table_member_rate (self->table, m, &rate);
      if (!sr_attendance_table_member_has_period (self->table, m))
        text = g_strdup_printf ("%s\n%s", sr_attendance_table_get_member_name (self->table, m),
                                _("No open rehabilitation period"));
      else
        text = g_strdup (sr_attendance_table_get_member_name (self->table, m));
      if (rate.unrecorded > 0)
        {
          char *more = g_strdup_printf ("%s\n%s", text,
                                        /* Translators: shown with a member's attendance rate */
                                        _("Sessions not recorded are left out of the rate."));
          g_free (text);
          text = more;
        }
    }
  else if (s >= 0 && m < 0 && s < (int) n_sessions (self))
    {
      g_autoptr(GDateTime) start = NULL;
      g_autofree char *when = NULL;
      g_autofree char *topic = NULL;

      g_object_get (sr_attendance_table_get_session (self->table, s), "start", &start, "topic", &topic, NULL);
      when = sr_format_date_time (start);
      if (g_array_index (self->unrecorded, gboolean, s))
        text = g_strdup_printf ("%s\n%s", when, _("Attendance not recorded for everyone"));
      else if (topic != NULL)
        text = g_strdup_printf ("%s\n%s", when, topic);
      else
        text = g_steal_pointer (&when);
    }

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_adjustment_value_changed_cb (GtkAdjustment    *adjustment,
                                SrAttendanceGrid *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (SrAttendanceGrid  *self,
                GtkAdjustment    **slot,
                GtkAdjustment     *adjustment,
                int                prop)
{
  if (*slot == adjustment && adjustment != NULL)
    return;

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, on_adjustment_value_changed_cb, self);
      g_clear_object (slot);
    }
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_adjustment_value_changed_cb), self);
  configure_adjustments (self);
  g_object_notify (G_OBJECT (self), prop == PROP_HADJUSTMENT ? "hadjustment" : "vadjustment");
}

static void
get_colors (SrAttendanceGrid *self,
            GdkRGBA          *fg,
            GdkRGBA          *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", accent))
    gdk_rgba_parse (accent, "#1c71d8");
}

static void
status_color (SrAttendanceStatus  status,
              GdkRGBA            *color)
{
  switch (status)
    {
    case SR_ATTENDANCE_PRESENT:
      gdk_rgba_parse (color, "rgba(38,162,105,0.35)");
      break;
    case SR_ATTENDANCE_PARTLY_PRESENT:
      gdk_rgba_parse (color, "rgba(229,165,10,0.40)");
      break;
    case SR_ATTENDANCE_ABSENT_NOTIFIED:
      gdk_rgba_parse (color, "rgba(53,132,228,0.30)");
      break;
    case SR_ATTENDANCE_NO_SHOW:
      gdk_rgba_parse (color, "rgba(224,27,36,0.35)");
      break;
    case SR_ATTENDANCE_NOT_RECORDED:
    default:
      gdk_rgba_parse (color, "rgba(0,0,0,0)");
      break;
    }
}

static void
append_layout_centered (GtkSnapshot   *snapshot,
                        PangoLayout   *layout,
                        const GdkRGBA *color,
                        int            x,
                        int            y,
                        int            width,
                        int            height)
{
  int lw, lh;

  pango_layout_get_pixel_size (layout, &lw, &lh);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (width - lw) / 2.0f, y + (height - lh) / 2.0f));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
sr_attendance_grid_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  SrAttendanceGrid *self = SR_ATTENDANCE_GRID (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int nw = name_width (self);
  guint members = n_members (self);
  guint sessions = n_sessions (self);
  double hv = hvalue (self), vv = vvalue (self);
  guint s0, s1, m0, m1;
  GdkRGBA fg, accent, line, dim, warn, head_bg, cancelled;
  gboolean focused = gtk_widget_has_focus (widget);

  if (self->table == NULL || self->name_layouts == NULL)
    return;

  ensure_letters (self);
  get_colors (self, &fg, &accent);
  line = fg;
  line.alpha = 0.12f;
  dim = fg;
  dim.alpha = 0.45f;
  head_bg = fg;
  head_bg.alpha = 0.05f;
  cancelled = fg;
  cancelled.alpha = 0.08f;
  gdk_rgba_parse (&warn, "rgba(229,165,10,0.22)");

  /* Only what is in view. */
  s0 = MIN (sessions, (guint) (hv / CELL_W));
  s1 = MIN (sessions, (guint) ((hv + MAX (0, width - nw)) / CELL_W) + 1);
  m0 = MIN (members, (guint) (vv / ROW_H));
  m1 = MIN (members, (guint) ((vv + MAX (0, height - HEAD_H)) / ROW_H) + 1);

  /* Cells */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (nw, HEAD_H, MAX (0, width - nw), MAX (0, height - HEAD_H)));
  for (guint s = s0; s < s1; s++)
    {
      gboolean is_cancelled = sr_attendance_table_session_cancelled (self->table, s);
      gboolean unrecorded = g_array_index (self->unrecorded, gboolean, s);
      float x = nw + s * CELL_W - hv;

      if (is_cancelled)
        gtk_snapshot_append_color (snapshot, &cancelled,
                                   &GRAPHENE_RECT_INIT (x, HEAD_H, CELL_W, height - HEAD_H));

      for (guint m = m0; m < m1; m++)
        {
          float y = HEAD_H + m * ROW_H - vv;
          SrAttendanceStatus status;
          GdkRGBA color;

          if (!sr_attendance_table_is_member_at (self->table, m, s))
            {
              append_layout_centered (snapshot, self->dash_layout, &dim, x, y, CELL_W, ROW_H);
              continue;
            }
          if (is_cancelled)
            continue;

          status = sr_attendance_table_get_status (self->table, m, s);
          if (status == SR_ATTENDANCE_NOT_RECORDED)
            {
              if (unrecorded)
                gtk_snapshot_append_color (snapshot, &warn,
                                           &GRAPHENE_RECT_INIT (x + 1, y + 1, CELL_W - 2, ROW_H - 2));
              continue;
            }

          status_color (status, &color);
          {
            GskRoundedRect rounded;

            gsk_rounded_rect_init_from_rect (&rounded, &GRAPHENE_RECT_INIT (x + 6, y + 4, CELL_W - 12, ROW_H - 8), 6);
            gtk_snapshot_push_rounded_clip (snapshot, &rounded);
            gtk_snapshot_append_color (snapshot, &color, &rounded.bounds);
            gtk_snapshot_pop (snapshot);
          }
          append_layout_centered (snapshot, self->letters[status], &fg, x, y, CELL_W, ROW_H);
        }

      /* Column line */
      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (x + CELL_W - 1, HEAD_H, 1, height - HEAD_H));
    }
  for (guint m = m0; m < m1; m++)
    {
      float y = HEAD_H + m * ROW_H - vv;

      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (nw, y + ROW_H - 1, width - nw, 1));
    }

  /* The cursor */
  if (members > 0 && sessions > 0)
    {
      GdkRectangle rect;
      GskRoundedRect outline;
      float w = focused ? 2 : 1;
      GdkRGBA colors[4];

      cell_rect (self, self->cursor_member, self->cursor_session, &rect);
      for (guint i = 0; i < 4; i++)
        {
          colors[i] = accent;
          if (!focused)
            colors[i].alpha = 0.5f;
        }
      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (rect.x + 1, rect.y + 1, rect.width - 2, rect.height - 2), 4);
      gtk_snapshot_append_border (snapshot, &outline, (float[4]) { w, w, w, w }, colors);
    }
  gtk_snapshot_pop (snapshot);

  /* Session headers, kept at the top */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (nw, 0, MAX (0, width - nw), HEAD_H));
  gtk_snapshot_append_color (snapshot, &head_bg, &GRAPHENE_RECT_INIT (nw, 0, width - nw, HEAD_H));
  for (guint s = s0; s < s1; s++)
    {
      float x = nw + s * CELL_W - hv;

      if (g_array_index (self->unrecorded, gboolean, s))
        gtk_snapshot_append_color (snapshot, &warn, &GRAPHENE_RECT_INIT (x, 0, CELL_W, HEAD_H));
      if (s == self->cursor_session)
        {
          GdkRGBA selected = accent;

          selected.alpha = 0.18f;
          gtk_snapshot_append_color (snapshot, &selected, &GRAPHENE_RECT_INIT (x, 0, CELL_W, HEAD_H));
        }
      append_layout_centered (snapshot, g_ptr_array_index (self->head_layouts, s),
                              sr_attendance_table_session_cancelled (self->table, s) ? &dim : &fg,
                              x, 0, CELL_W, HEAD_H);
      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (x + CELL_W - 1, 0, 1, HEAD_H));
    }
  gtk_snapshot_pop (snapshot);

  /* Member names and rates, kept at the left */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, HEAD_H, nw, MAX (0, height - HEAD_H)));
  for (guint m = m0; m < m1; m++)
    {
      float y = HEAD_H + m * ROW_H - vv;
      PangoLayout *name = g_ptr_array_index (self->name_layouts, m);
      PangoLayout *rate = g_ptr_array_index (self->rate_layouts, m);
      int rw, rh, nh;

      if (m == self->cursor_member)
        {
          GdkRGBA selected = accent;

          selected.alpha = 0.12f;
          gtk_snapshot_append_color (snapshot, &selected, &GRAPHENE_RECT_INIT (0, y, nw, ROW_H));
        }

      pango_layout_get_pixel_size (rate, &rw, &rh);
      pango_layout_set_width (name, MAX (1, nw - rw - 24) * PANGO_SCALE);
      pango_layout_get_pixel_size (name, NULL, &nh);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (8, y + (ROW_H - nh) / 2.0f));
      gtk_snapshot_append_layout (snapshot, name, &fg);
      gtk_snapshot_restore (snapshot);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (nw - rw - 8, y + (ROW_H - rh) / 2.0f));
      gtk_snapshot_append_layout (snapshot, rate, &dim);
      gtk_snapshot_restore (snapshot);

      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (0, y + ROW_H - 1, nw, 1));
    }
  gtk_snapshot_pop (snapshot);

  /* Corner and the dividing lines */
  {
    g_autoptr(PangoLayout) corner = gtk_widget_create_pango_layout (widget, C_("attendance sheet", "Member"));
    g_autoptr(PangoLayout) corner_rate = gtk_widget_create_pango_layout (widget, C_("attendance sheet", "Rate"));
    int rw, rh, ch;

    gtk_snapshot_append_color (snapshot, &head_bg, &GRAPHENE_RECT_INIT (0, 0, nw, HEAD_H));
    pango_layout_get_pixel_size (corner_rate, &rw, &rh);
    pango_layout_set_width (corner, MAX (1, nw - rw - 24) * PANGO_SCALE);
    pango_layout_set_ellipsize (corner, PANGO_ELLIPSIZE_END);
    pango_layout_get_pixel_size (corner, NULL, &ch);
    gtk_snapshot_save (snapshot);
    gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (8, (HEAD_H - ch) / 2.0f));
    gtk_snapshot_append_layout (snapshot, corner, &dim);
    gtk_snapshot_restore (snapshot);
    gtk_snapshot_save (snapshot);
    gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (nw - rw - 8, (HEAD_H - rh) / 2.0f));
    gtk_snapshot_append_layout (snapshot, corner_rate, &dim);
    gtk_snapshot_restore (snapshot);
  }
  line.alpha = 0.25f;
  gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (nw - 1, 0, 1, height));
  gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (0, HEAD_H - 1, width, 1));
}

static void
sr_attendance_grid_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  SrAttendanceGrid *self = SR_ATTENDANCE_GRID (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = NAME_W_NARROW + CELL_W * 2;
      *natural = NAME_W_WIDE + CELL_W * MAX (n_sessions (self), 2);
    }
  else
    {
      *minimum = HEAD_H + ROW_H * 3;
      *natural = HEAD_H + ROW_H * MAX (n_members (self), 3);
    }
}

static void
sr_attendance_grid_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  SrAttendanceGrid *self = SR_ATTENDANCE_GRID (widget);

  configure_adjustments (self);
  if (self->scroll_pending && width > name_width (self) && height > HEAD_H)
    {
      self->scroll_pending = FALSE;
      scroll_to_cursor (self);
    }
  gtk_popover_present (GTK_POPOVER (self->choice_popover));
  gtk_popover_present (GTK_POPOVER (self->partly_popover));
}

static void
on_table_changed_cb (SrAttendanceTable *table,
                     SrAttendanceGrid  *self)
{
  guint members = n_members (self), sessions = n_sessions (self);

  build_layouts (self);
  if (members > 0 && self->cursor_member >= members)
    self->cursor_member = members - 1;
  if (sessions > 0 && self->cursor_session >= sessions)
    self->cursor_session = sessions - 1;
  configure_adjustments (self);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sr_attendance_grid_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  SrAttendanceGrid *self = SR_ATTENDANCE_GRID (widget);

  GTK_WIDGET_CLASS (sr_attendance_grid_parent_class)->css_changed (widget, change);

  /* Fonts may have changed: lay the text out again. */
  for (guint i = 0; i < SR_ATTENDANCE_N_STATUSES; i++)
    g_clear_object (&self->letters[i]);
  g_clear_object (&self->dash_layout);
  if (self->table != NULL)
    build_layouts (self);
}

static void
sr_attendance_grid_dispose (GObject *object)
{
  SrAttendanceGrid *self = SR_ATTENDANCE_GRID (object);

  if (self->table != NULL)
    g_clear_signal_handler (&self->changed_id, self->table);
  g_clear_object (&self->table);
  g_clear_pointer (&self->choice_popover, gtk_widget_unparent);
  g_clear_pointer (&self->partly_popover, gtk_widget_unparent);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  clear_layouts (self);
  for (guint i = 0; i < SR_ATTENDANCE_N_STATUSES; i++)
    g_clear_object (&self->letters[i]);
  g_clear_object (&self->dash_layout);

  G_OBJECT_CLASS (sr_attendance_grid_parent_class)->dispose (object);
}

static void
sr_attendance_grid_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SrAttendanceGrid *self = SR_ATTENDANCE_GRID (object);

  switch (prop_id)
    {
    case PROP_TABLE:
      g_value_set_object (value, self->table);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_attendance_grid_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SrAttendanceGrid *self = SR_ATTENDANCE_GRID (object);

  switch (prop_id)
    {
    case PROP_TABLE:
      sr_attendance_grid_set_table (self, g_value_get_object (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value), PROP_HADJUSTMENT);
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value), PROP_VADJUSTMENT);
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sr_attendance_grid_class_init (SrAttendanceGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sr_attendance_grid_dispose;
  object_class->get_property = sr_attendance_grid_get_property;
  object_class->set_property = sr_attendance_grid_set_property;

  widget_class->snapshot = sr_attendance_grid_snapshot;
  widget_class->measure = sr_attendance_grid_measure;
  widget_class->size_allocate = sr_attendance_grid_size_allocate;
  widget_class->css_changed = sr_attendance_grid_css_changed;

  properties[PROP_TABLE] =
    g_param_spec_object ("table", NULL, NULL, SR_TYPE_ATTENDANCE_TABLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /* A cell (or many) was written: @previous (GArray of SrAttendanceCell) is what they held,
   * for undo; @message says what happened, for a toast. */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                    G_TYPE_POINTER, G_TYPE_STRING);
  /* Nothing was written; @message says why, for the caseworker. */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[CURSOR_MOVED] = g_signal_new ("cursor-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "attendancegrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static GtkWidget *
make_choice_button (SrAttendanceGrid   *self,
                    SrAttendanceStatus  status,
                    const char         *label,
                    const char         *key)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_label_new_with_mnemonic (label);
  GtkWidget *shortcut = gtk_label_new (key);

  gtk_widget_set_hexpand (text, TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (text), button);
  gtk_widget_add_css_class (shortcut, "dim-label");
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), shortcut);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "status", GINT_TO_POINTER (status));
  g_signal_connect (button, "clicked", G_CALLBACK (on_choice_clicked_cb), self);

  return button;
}

static void
build_popovers (SrAttendanceGrid *self)
{
  GtkWidget *box, *grid, *label, *save;

  /* The five choices */
  self->choice_popover = gtk_popover_new ();
  gtk_widget_set_parent (self->choice_popover, GTK_WIDGET (self));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), make_choice_button (self, SR_ATTENDANCE_PRESENT, _("_Present"), sr_attendance_grid_key_letter (SR_ATTENDANCE_PRESENT)));
  gtk_box_append (GTK_BOX (box), make_choice_button (self, SR_ATTENDANCE_PARTLY_PRESENT, _("Pa_rtly Present…"), sr_attendance_grid_key_letter (SR_ATTENDANCE_PARTLY_PRESENT)));
  gtk_box_append (GTK_BOX (box), make_choice_button (self, SR_ATTENDANCE_ABSENT_NOTIFIED, _("_Absent, Notified"), sr_attendance_grid_key_letter (SR_ATTENDANCE_ABSENT_NOTIFIED)));
  gtk_box_append (GTK_BOX (box), make_choice_button (self, SR_ATTENDANCE_NO_SHOW, _("_No-Show"), sr_attendance_grid_key_letter (SR_ATTENDANCE_NO_SHOW)));
  gtk_box_append (GTK_BOX (box), make_choice_button (self, SR_ATTENDANCE_NOT_RECORDED, _("No_t Recorded"), "0"));
  gtk_popover_set_child (GTK_POPOVER (self->choice_popover), box);

  /* Partly present: minutes and reason */
  self->partly_popover = gtk_popover_new ();
  gtk_widget_set_parent (self->partly_popover, GTK_WIDGET (self));
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 6);
  gtk_widget_set_margin_end (grid, 6);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);

  label = gtk_label_new (_("Partly Present"));
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 2, 1);

  self->partly_minutes = gtk_spin_button_new_with_range (0, 600, 5);
  /* Enter in the minutes saves, as in the reason (GtkSpinButton has no activate signal in 4.8). */
  {
    GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (self->partly_minutes));

    if (GTK_IS_TEXT (text))
      g_signal_connect_swapped (text, "activate", G_CALLBACK (on_partly_save_cb), self);
  }
  label = gtk_label_new_with_mnemonic (_("_Minutes present"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->partly_minutes);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->partly_minutes, 1, 1, 1, 1);

  self->partly_reason = gtk_entry_new ();
  g_signal_connect_swapped (self->partly_reason, "activate", G_CALLBACK (on_partly_save_cb), self);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->partly_reason), _("e.g. came late, left early"));
  label = gtk_label_new_with_mnemonic (_("_Reason"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->partly_reason);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->partly_reason, 1, 2, 1, 1);

  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_halign (save, GTK_ALIGN_END);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_partly_save_cb), self);
  gtk_grid_attach (GTK_GRID (grid), save, 0, 3, 2, 1);

  gtk_popover_set_child (GTK_POPOVER (self->partly_popover), grid);
  gtk_popover_set_default_widget (GTK_POPOVER (self->partly_popover), save);
}

static void
sr_attendance_grid_init (SrAttendanceGrid *self)
{
  GtkEventController *key;
  GtkGesture *click;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (self, "notify::has-focus", G_CALLBACK (gtk_widget_queue_draw), self);

  build_popovers (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Attendance"),
                                  -1);
}

GtkWidget *
sr_attendance_grid_new (void)
{
  return g_object_new (SR_TYPE_ATTENDANCE_GRID, NULL);
}

SrAttendanceTable *
sr_attendance_grid_get_table (SrAttendanceGrid *self)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_GRID (self), NULL);

  return self->table;
}

void
sr_attendance_grid_set_table (SrAttendanceGrid  *self,
                              SrAttendanceTable *table)
{
  g_return_if_fail (SR_IS_ATTENDANCE_GRID (self));
  g_return_if_fail (table == NULL || SR_IS_ATTENDANCE_TABLE (table));

  if (self->table == table)
    return;

  if (self->table != NULL)
    g_clear_signal_handler (&self->changed_id, self->table);
  g_set_object (&self->table, table);
  if (table != NULL)
    self->changed_id = g_signal_connect (table, "changed", G_CALLBACK (on_table_changed_cb), self);

  self->cursor_member = 0;
  self->cursor_session = 0;
  if (table != NULL)
    on_table_changed_cb (table, self);
  else
    clear_layouts (self);
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, 0);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TABLE]);
}

void
sr_attendance_grid_set_cursor (SrAttendanceGrid *self,
                               guint             member,
                               guint             session)
{
  g_return_if_fail (SR_IS_ATTENDANCE_GRID (self));

  if (n_members (self) == 0 && n_sessions (self) > 0)
    {
      /* No members yet: still remember the session, for "all present" and the header. */
      self->cursor_session = MIN (session, n_sessions (self) - 1);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_signal_emit (self, signals[CURSOR_MOVED], 0);
      return;
    }

  /* Force the scroll even when the cursor is already there, also once allocated. */
  self->scroll_pending = TRUE;
  self->cursor_member = G_MAXUINT;
  move_cursor (self, MIN (member, G_MAXINT), MIN (session, G_MAXINT));
}

gboolean
sr_attendance_grid_get_cursor (SrAttendanceGrid *self,
                               guint            *member,
                               guint            *session)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_GRID (self), FALSE);

  if (n_sessions (self) == 0)
    return FALSE;

  if (member != NULL)
    *member = self->cursor_member;
  if (session != NULL)
    *session = self->cursor_session;

  return n_members (self) > 0;
}

gboolean
sr_attendance_grid_record (SrAttendanceGrid   *self,
                           SrAttendanceStatus  status)
{
  g_return_val_if_fail (SR_IS_ATTENDANCE_GRID (self), FALSE);

  return record_cell (self, self->cursor_member, self->cursor_session, status, 0, NULL);
}
