/* scr_help.c - the help screen, generated from the key table: the keys of
 * the screen it was opened from, then the global ones. */
#include "config.h"

#include "core/i18n.h"
#include "tui/tui.h"

/* The keybindings the help of a context lists, in order: the context's
 * own, the global ones, then those of dialogs, text fields and search
 * (which cannot open the help themselves); their number. */
static int
help_order(unsigned ctx, int *order)
{
	int n = 0;
	for (int pass = 0; pass < 3; pass++)
		for (int i = 0; i < keys_count; i++) {
			const keybind *k = &keys_table[i];
			bool mine = (k->ctx & ctx & ~KC_GLOBAL) != 0, global = (k->ctx & KC_GLOBAL) != 0;
			bool input = (k->ctx & KC_INPUT) != 0;
			bool in = pass == 0 ? mine : pass == 1 ? global && !mine : input && !mine && !global;
			if (k->label && in)
				order[n++] = i;
		}
	return n;
}

static void
help_row(app *a, screen *s, int y, int i, bool sel)
{
	int order[KEYS_MAX];
	(void)sel;
	help_order((unsigned)s->arg, order);
	const keybind *k = &keys_table[order[i]];
	draw_text(y, 2, k->label, 14, app_attr(a, C_KEY));
	draw_text(y, 17, _(k->desc), a->cols - 19, AT_NORMAL);
}

static void
help_draw(app *a, screen *s)
{
	int order[KEYS_MAX];
	int h = frame(a, _("Help"));
	draw_text(1, 1, _("Keys on this screen, then everywhere. Esc closes this help."), a->cols - 2,
		  app_attr(a, C_TITLE));
	int n = help_order((unsigned)s->arg, order), rows = h - 3;
	if (s->top > n - rows)
		s->top = n - rows > 0 ? n - rows : 0;
	list_draw_at(a, s, 3, s->top, n - s->top < rows ? n - s->top : rows, 1, help_row);
	/* The lines are not entries to pick: a click selects nothing. */
	s->nhits = 0;
	if (n > s->top + rows)
		draw_text(h - 1, a->cols - 22, _("Down/PgDn: more keys"), 21, app_attr(a, C_KEY));
}

static int
help_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	(void)a;
	(void)ch;
	(void)is_key;
	if (act == ACT_DOWN || act == ACT_PGDN) {
		s->top += act == ACT_DOWN ? 1 : 10;
		return R_NONE;
	}
	if (act == ACT_UP || act == ACT_PGUP) {
		s->top -= act == ACT_UP ? 1 : 10;
		if (s->top < 0)
			s->top = 0;
		return R_NONE;
	}
	if (act == ACT_HELP || act == ACT_ENTER)
		return R_BACK;
	return R_UNHANDLED;
}

const screen_ops scr_help = {"help", KC_LIST, NULL, help_draw, help_key, NULL};
