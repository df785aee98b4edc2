/* stack.c - the screen stack and the frame every screen is drawn in: the
 * title bar, the status line and the footer generated from the key table;
 * a terminal too small says so instead. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "tui/tui.h"

void
app_push(app *a, const screen_ops *ops, size_t arg)
{
	if (a->depth == (int)(sizeof a->stack / sizeof a->stack[0]))
		return;
	screen *s = &a->stack[a->depth++];
	memset(s, 0, sizeof *s);
	s->ops = ops;
	s->arg = arg;
	if (ops->enter)
		ops->enter(a, s);
}

void
app_pop(app *a)
{
	if (a->depth <= 1)
		return;
	screen *s = &a->stack[--a->depth];
	if (s->ops->leave)
		s->ops->leave(a, s);
}

void
app_replace_root(app *a, const screen_ops *ops)
{
	screen *s = &a->stack[0];
	if (s->ops->leave)
		s->ops->leave(a, s);
	memset(s, 0, sizeof *s);
	s->ops = ops;
	if (ops->enter)
		ops->enter(a, s);
}

void
app_pop_to_root(app *a)
{
	while (a->depth > 1)
		app_pop(a);
}

int
screen_stage(const app *a, const screen *s)
{
	if (!a->as)
		return -1;
	if (s->ops == &scr_stage || s->ops == &scr_checkpoint)
		return (int)s->arg;
	if (s->ops == &scr_item || s->ops == &scr_guided || s->ops == &scr_present)
		return (int)a->kb->items[s->arg].stage;
	return -1;
}

void
app_timer_tick(app *a)
{
	time_t now = time(NULL);
	if (a->timer_from && a->depth > 0) {
		int st = screen_stage(a, &a->stack[a->depth - 1]);
		if (st >= 0 && st < ASSESS_MAX_STAGES)
			a->stage_secs[st] += (long)(now - a->tick_at);
	}
	a->tick_at = now;
}

void
app_timer_toggle(app *a)
{
	app_timer_tick(a);
	time_t now = time(NULL);
	if (a->timer_from) {
		a->timer_acc += (long)(now - a->timer_from);
		a->timer_from = 0;
		app_message(a, false, "%s", _("Session timer paused (T goes on)."));
	} else {
		a->timer_from = now;
		app_message(a, false, "%s", _("Session timer running (T pauses)."));
	}
}

long
app_timer_seconds(const app *a)
{
	return a->timer_acc + (a->timer_from ? (long)(time(NULL) - a->timer_from) : 0);
}

/* The session timer for the title bar ("" until it was started), and on
 * a stage with a timebox the time spent on it against it (*over when it
 * ran past). */
static void
timer_text(const app *a, char *buf, size_t n, char *stage, size_t sn, bool *over)
{
	buf[0] = stage[0] = '\0';
	*over = false;
	if (!a->timer_from && !a->timer_acc)
		return;
	long t = app_timer_seconds(a);
	if (t >= 3600)
		snprintf(buf, n, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
	else
		snprintf(buf, n, "%02ld:%02ld", t / 60, t % 60);
	if (!a->timer_from) {
		size_t l = strlen(buf);
		snprintf(buf + l, n - l, " %s", _("paused"));
	}
	int st = a->depth > 0 ? screen_stage(a, &a->stack[a->depth - 1]) : -1;
	if (st < 0 || st >= ASSESS_MAX_STAGES || !a->as->timebox[st])
		return;
	long spent = a->stage_secs[st] + (a->timer_from ? (long)(time(NULL) - a->tick_at) : 0);
	snprintf(stage, sn, _("stage %d: %ld/%u min"), a->kb->stages[st].number, spent / 60, a->as->timebox[st]);
	*over = spent > 60L * a->as->timebox[st];
}

/* The timer in the title bar, ending at column end (after the title's
 * start at column from); where it begins, or -1 when it does not fit. */
static int
draw_timer(app *a, int from, int end)
{
	char tm[48], st[64];
	bool over;
	timer_text(a, tm, sizeof tm, st, sizeof st, &over);
	if (!tm[0])
		return -1;
	int tw = text_width(tm), sw = st[0] ? text_width(st) + 2 : 0;
	if (end - tw - sw < from)
		sw = 0; /* the stage's part goes first */
	if (end - tw - sw < from)
		return -1;
	int x = end - tw - sw;
	draw_field(0, x - 1, "", tw + sw + 1, app_attr(a, C_HEADER));
	draw_text(0, x, tm, tw, app_attr(a, C_HEADER));
	if (sw)
		draw_text(0, x + tw + 2, st, sw - 2, over ? app_attr(a, C_ERROR) | AT_BOLD : app_attr(a, C_HEADER));
	return x;
}

void
frame_clock(app *a)
{
	if (!a->timer_from || a->clock_x < 0 || a->rows < TUI_MIN_ROWS || a->cols < TUI_MIN_COLS)
		return;
	draw_timer(a, 9, a->clock_x);
	refresh();
}

/* Footer: the keys of this context, as many as fit. */
static void
footer(app *a, unsigned ctx)
{
	int y = a->rows - 1, x = 0;
	attron(app_attr(a, C_HEADER));
	for (int i = 0; i < a->cols; i++)
		mvaddch(y, i, ' ');
	attroff(app_attr(a, C_HEADER));
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < keys_count; i++) {
			const keybind *k = &keys_table[i];
			if (!k->foot || !k->label)
				continue;
			bool mine = (k->ctx & ctx & ~KC_GLOBAL) != 0, global = (k->ctx & KC_GLOBAL) != 0;
			if (pass == 0 ? !mine : (!global || mine))
				continue;
			/* Without an assessment only help and quit mean anything. */
			if (!a->as && !mine && k->act != ACT_HELP && k->act != ACT_QUIT)
				continue;
			const char *shortd = _(k->foot);
			/* "s/Ctrl-S" shows as "s": the help screen has the rest. */
			char lab[16];
			snprintf(lab, sizeof lab, "%s", k->label);
			char *slash = strchr(lab + 1, '/');
			if (slash)
				*slash = '\0';
			int need = text_width(lab) + 1 + text_width(shortd) + 2;
			if (x + need > a->cols)
				return;
			x += draw_text(y, x, lab, a->cols - x, app_attr(a, C_HEADER));
			x += draw_text(y, x, " ", 1, app_attr(a, C_HEADER));
			x += draw_text(y, x, shortd, a->cols - x, app_attr(a, C_HEADER) & ~A_BOLD);
			x += 2;
		}
}

int
frame(app *a, const char *title)
{
	erase();
	attron(app_attr(a, C_HEADER));
	for (int i = 0; i < a->cols; i++)
		mvaddch(0, i, ' ');
	attroff(app_attr(a, C_HEADER));
	int x = 1 + draw_text(0, 1, "siamwiz", 8, app_attr(a, C_HEADER));
	if (title) {
		char *t = xasprintf(" \xc2\xb7 %s", title);
		draw_text(0, x, t, a->cols / 2 + 3, app_attr(a, C_HEADER));
		free(t);
	}
	/* Right: file, modified marker, last save. */
	if (a->as) {
		char right[160];
		const char *base = a->path ? strrchr(a->path, '/') : NULL;
		base = base ? base + 1 : a->path ? a->path : _("demo (read-only)");
		char when[32] = "";
		if (a->saved_at) {
			struct tm tm;
			localtime_r(&a->saved_at, &tm);
			strftime(when, sizeof when, "%H:%M", &tm);
		}
		if (a->as->changes)
			snprintf(right, sizeof right, "%s [+] %s", base, _("unsaved"));
		else if (when[0])
			snprintf(right, sizeof right, _("%s  saved %s"), base, when);
		else
			snprintf(right, sizeof right, "%s", base);
		/* The file and whether it is saved always show; the timer
		 * goes left of them, over the end of a long title. */
		int w = text_width(right);
		int room = a->cols - 10;
		if (w > room)
			w = room;
		int at = a->cols - w - 1;
		draw_text(0, at, right, w, app_attr(a, C_HEADER));
		a->clock_x = at - 2;
		if (draw_timer(a, 9, a->clock_x) < 0)
			a->clock_x = -1;
	}
	footer(a, a->stack[a->depth - 1].ops->ctx);
	if (a->msg[0])
		draw_field(a->rows - 2, 0, a->msg, a->cols, a->msg_error ? app_attr(a, C_ERROR) : app_attr(a, C_KEY));
	return a->rows - (a->msg[0] ? 3 : 2);
}

static bool
too_small(app *a)
{
	if (a->rows >= TUI_MIN_ROWS && a->cols >= TUI_MIN_COLS)
		return false;
	erase();
	char m[160];
	snprintf(m, sizeof m, _("The terminal is too small: %dx%d. siamwiz needs at least %dx%d."), a->cols, a->rows,
		 TUI_MIN_COLS, TUI_MIN_ROWS);
	draw_wrap(0, 0, m, a->cols, a->rows, 0, A_BOLD);
	refresh();
	return true;
}

void
app_paint(app *a)
{
	getmaxyx(stdscr, a->rows, a->cols);
	if (too_small(a))
		return;
	screen *s = &a->stack[a->depth - 1];
	curs_set(0);
	s->nhits = 0;
	s->ops->draw(a, s);
}
