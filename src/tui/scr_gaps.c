/* scr_gaps.c - the gap dashboard: clauses 4 to 10 as a tree, with their
 * status and coverage, and why the selected one is not covered. */
#include "config.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "tui/tui.h"

static void
gaps_row(app *a, screen *s, int y, int i, bool sel)
{
	const kb_clause *c = &a->kb->clauses[i];
	const gap_clause *g = &app_gaps(a)->clauses[i];
	int w = a->cols, bar = w >= 90 ? 16 : 10;
	(void)s;
	int base = draw_row(a, y, sel);
	char *badge = xasprintf("[%s]", status_badge(g->status));
	draw_text(y, 1, badge, 10, sel ? base : status_attr(a, g->status));
	free(badge);
	int ind = 2 * c->depth;
	draw_text(y, 11 + ind, c->id, 9, base | (c->depth ? 0 : AT_BOLD));
	int tx = 11 + ind + 9, tw = w - tx - bar - 7;
	draw_text(y, tx, kb_tr(&c->title), tw, base | (c->depth ? 0 : AT_BOLD));
	double cov = gap_coverage(&g->all);
	draw_bar(y, w - bar - 6, bar, cov, status_attr(a, g->status));
	char *pc = cov < 0 ? xstrdup("  -") : xasprintf("%3.0f%%", cov);
	draw_text(y, w - 5, pc, 4, base);
	free(pc);
}

static void
gaps_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	const gap_report *r = app_gaps(a);
	int h = frame(a, _("Gap dashboard"));
	int w = a->cols;
	char *sum =
		xasprintf(_("ISO/IEC 20000-1 clauses 4-10: %zu covered, %zu partial, %zu gap, %zu not assessed"),
			  r->count[GAP_COVERED], r->count[GAP_PARTIAL], r->count[GAP_GAP], r->count[GAP_UNASSESSED]);
	draw_text(1, 1, sum, w - 2, AT_BOLD);
	free(sum);
	int n = (int)k->nclauses;
	list_draw(a, s, 2, h - 2 - 3, n, gaps_row);
	if (n) {
		draw_hline(h - 3, 0, w);
		char *why = gap_clause_reason(r, (size_t)s->sel);
		draw_wrap(h - 2, 1, *why ? why : _("Covered."), w - 2, 2, 0, AT_NORMAL);
		free(why);
	}
}

static int
gaps_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	(void)ch;
	(void)is_key;
	if (list_move(s, act, (int)a->kb->nclauses, 10))
		return R_NONE;
	if (act == ACT_ENTER) {
		app_push(a, &scr_clause, (size_t)s->sel);
		return R_NONE;
	}
	if (act == ACT_GAPS)
		return R_NONE;
	return R_UNHANDLED;
}

const screen_ops scr_gaps = {"gaps", KC_GAPS | KC_LIST, NULL, gaps_draw, gaps_key, NULL};
