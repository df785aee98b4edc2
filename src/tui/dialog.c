/* dialog.c - modal dialogs drawn over the current screen: questions,
 * messages, text input and pickers.  Each repaints the screen beneath on
 * every round, so a resize while a dialog is open stays tidy. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "tui/tui.h"

static void
geometry(app *a, int want_h, int want_w, int *y, int *x, int *h, int *w)
{
	*w = want_w < a->cols - 4 ? want_w : a->cols - 4;
	*h = want_h < a->rows - 2 ? want_h : a->rows - 2;
	*y = (a->rows - *h) / 2;
	*x = (a->cols - *w) / 2;
}

/* A key for a dialog without a text: a paste only says it went nowhere. */
static bool
dlg_read(app *a, wint_t *ch)
{
	bool k = app_read(a, ch);
	if (k && *ch == KEY_PASTE)
		app_paste_ignored(a);
	return k;
}

int
dlg_ask(app *a, const char *title, const char *question, bool with_cancel)
{
	for (;;) {
		int y, x, h, w;
		app_paint(a);
		/* As tall as the question needs (measured without drawing). */
		geometry(a, 8, 64, &y, &x, &h, &w);
		int lines = draw_wrap(0, 0, question, w - 6, 0, 0, 0);
		geometry(a, lines + 5, 64, &y, &x, &h, &w);
		draw_box(y, x, h, w, title, app_attr(a, C_NORMAL));
		draw_wrap(y + 2, x + 3, question, w - 6, h - 5, 0, app_attr(a, C_NORMAL));
		draw_text(y + h - 2, x + 3, with_cancel ? _("y = yes   n = no   Esc = cancel") : _("y = yes   n = no"),
			  w - 6, app_attr(a, C_KEY));
		curs_set(0);
		refresh();
		wint_t ch;
		bool k = dlg_read(a, &ch);
		if (!a->running)
			return 0;
		action act = keys_find(KC_ASK, ch, k);
		if (act == ACT_YES)
			return 'y';
		/* Without a cancel, Esc is the safe answer: no. */
		if (act == ACT_NO || (!with_cancel && act == ACT_CANCEL && ch == 27))
			return 'n';
		if (with_cancel && act == ACT_CANCEL)
			return 0;
	}
}

void
dlg_message(app *a, const char *title, const char *text)
{
	for (;;) {
		int y, x, h, w;
		app_paint(a);
		geometry(a, 12, 66, &y, &x, &h, &w);
		draw_box(y, x, h, w, title, app_attr(a, C_NORMAL));
		draw_wrap(y + 2, x + 3, text, w - 6, h - 5, 0, app_attr(a, C_NORMAL));
		draw_text(y + h - 2, x + 3, _("Enter = close"), w - 6, app_attr(a, C_KEY));
		curs_set(0);
		refresh();
		wint_t ch;
		bool k = dlg_read(a, &ch);
		if (!a->running || keys_find(KC_MESSAGE, ch, k) == ACT_CLOSE)
			return;
	}
}

bool
dlg_may_write(app *a, const char *title, guard_target g, char *why, const char *question)
{
	bool ok = true;
	if (g == GUARD_TARGET_REFUSE) {
		dlg_message(a, title, why);
		ok = false;
	} else if (g == GUARD_TARGET_EXISTS) {
		ok = dlg_ask(a, title, question, false) == 'y';
	}
	free(why);
	return ok;
}

void
dlg_paste(app *a, editor *e)
{
	size_t n;
	bool cut;
	const wchar_t *p = term_paste(&n, &cut);
	ed_paste(e, p, n);
	if (cut)
		app_message(a, true, _("Only the first %zu characters of the paste were taken."), n);
}

int
input_key(app *a, editor *e, wint_t ch, bool k)
{
	if (keys_find(KC_EDITOR, ch, k) == ACT_PASTE) {
		dlg_paste(a, e);
		return 1;
	}
	return ed_key(e, ch, k);
}

char *
dlg_input(app *a, const char *title, const char *initial, bool multiline)
{
	editor e;
	ed_init(&e, initial, multiline);
	char *out = NULL;
	/* Enter accepts, Esc cancels, in every text; the hint says so, and
	 * how to begin a new line where there can be one. */
	char *hint = keys_hint(KC_EDITOR, multiline ? ACT_NONE : ACT_ED_NEWLINE);
	for (;;) {
		int y, x, h, w;
		app_paint(a);
		geometry(a, multiline ? 16 : 7, multiline ? 76 : 72, &y, &x, &h, &w);
		draw_box(y, x, h, w, title, app_attr(a, C_NORMAL));
		draw_text(y + h - 2, x + 3, hint, w - 6, app_attr(a, C_KEY));
		ed_draw(&e, y + 2, x + 3, h - 5, w - 6, app_attr(a, C_SELECT));
		refresh();
		wint_t ch;
		bool k = app_read(a, &ch);
		if (!a->running) {
			/* The terminal is going away: keep what was typed. */
			out = ed_text(&e);
			break;
		}
		int r = input_key(a, &e, ch, k);
		/* A plain paste arrives as many keys at once: take them all,
		 * then draw once (drawing after each made a long paste
		 * quadratic). */
		while (r >= 0 && app_typeahead(a, &ch, &k))
			r = input_key(a, &e, ch, k);
		if (r == -1) {
			out = ed_text(&e);
			break;
		}
		if (r == -2)
			break;
	}
	free(hint);
	ed_free(&e);
	curs_set(0);
	return out;
}

/* What a picker's rows show: its labels (with notes, or ticks) in the
 * box at column x, w wide. */
typedef struct picker {
	const char *const *labels, *const *notes;
	const bool *ticks;
	int x, w;
} picker;

static void
pick_row(app *a, screen *s, int y, int i, bool sel)
{
	const picker *p = s->data;
	int attr = sel ? app_attr(a, C_SELECT) : app_attr(a, C_NORMAL);
	if (p->ticks) {
		char *line = xasprintf("[%s] %s", p->ticks[i] ? "x" : " ", p->labels[i]);
		draw_field(y, p->x + 2, line, p->w - 4, sel ? (int)(app_attr(a, C_SELECT) | AT_BOLD) : attr);
		free(line);
		return;
	}
	draw_field(y, p->x + 2, p->labels[i], p->w - 4, attr | (sel ? AT_BOLD : 0));
	if (p->notes && p->notes[i])
		draw_field(y + 1, p->x + 2, p->notes[i], p->w - 4, app_attr(a, C_DIM));
}

/* Draw a picker of n entries over the screen, with its key hint. */
static void
pick_draw(app *a, screen *ls, const char *title, int n, int want_w, const char *hint)
{
	picker *p = ls->data;
	int y, h, per = p->notes ? 2 : 1;
	app_paint(a);
	geometry(a, n * per + 5, want_w, &y, &p->x, &h, &p->w);
	draw_box(y, p->x, h, p->w, title, app_attr(a, C_NORMAL));
	int vis = (h - 4) / per;
	if (vis < 1)
		vis = 1;
	ls->nhits = 0;
	list_draw_tall(a, ls, y + 1, vis * per, per, n, pick_row);
	draw_text(y + h - 2, p->x + 3, hint, p->w - 6, app_attr(a, C_KEY));
	curs_set(0);
	refresh();
}

int
dlg_pick(app *a, const char *title, const char *const *labels, const char *const *notes, int n, int current)
{
	picker p = {labels, notes, NULL, 0, 0};
	screen ls;
	memset(&ls, 0, sizeof ls);
	ls.sel = current >= 0 && current < n ? current : 0;
	ls.data = &p;
	for (;;) {
		pick_draw(a, &ls, title, n, 96, _("Up/Down = choose   Enter = select   Esc = cancel"));
		wint_t ch;
		bool k = dlg_read(a, &ch);
		if (!a->running)
			return -1;
		action act = keys_find(KC_PICK | KC_LIST, ch, k);
		if (list_move(&ls, act, n, 10))
			continue;
		if (act == ACT_ENTER)
			return ls.sel;
		if (act == ACT_CANCEL)
			return -1;
		if (act == ACT_CHOOSE && (int)(ch - (wint_t)'1') < n)
			return (int)(ch - '1');
	}
}

bool
dlg_multi(app *a, const char *title, const char *const *labels, int n, bool *sel)
{
	bool *orig = xcalloc((size_t)n + 1, sizeof *orig);
	memcpy(orig, sel, (size_t)n * sizeof *sel);
	picker p = {labels, NULL, sel, 0, 0};
	screen ls;
	memset(&ls, 0, sizeof ls);
	ls.data = &p;
	for (;;) {
		pick_draw(a, &ls, title, n, 64, _("Space = tick   Enter = done   Esc = cancel"));
		wint_t ch;
		bool k = dlg_read(a, &ch);
		if (!a->running)
			break;
		action act = keys_find(KC_PICK | KC_LIST, ch, k);
		if (act == ACT_TICK && n)
			sel[ls.sel] = !sel[ls.sel];
		else if (list_move(&ls, act, n, 10))
			continue;
		else if (act == ACT_ENTER)
			break;
		else if (act == ACT_CANCEL) {
			memcpy(sel, orig, (size_t)n * sizeof *sel);
			free(orig);
			return false;
		}
	}
	free(orig);
	return true;
}
