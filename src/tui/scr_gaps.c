/* scr_gaps.c - the gap dashboard: clauses 4 to 10 with their status and
 * coverage, in the order and through the filters chosen (core/gap_view),
 * and why the selected one is not covered. */
#include "config.h"

#include <stdlib.h>

#include "core/gap_view.h"
#include "core/i18n.h"
#include "tui/tui.h"

typedef struct gaps_view {
	gap_sort sort;
	gap_filter filter;
	size_t *idx; /* the clauses shown, into kb->clauses */
	size_t n;
	bool stale; /* the order or the filter changed: back to the top */
	unsigned long at, gen; /* the analysis the list was made from */
} gaps_view;

static void
gaps_enter(app *a, screen *s)
{
	gaps_view *v = xcalloc(1, sizeof *v);
	(void)a;
	gap_filter_clear(&v->filter);
	v->stale = true;
	s->data = v;
}

static void
gaps_leave(app *a, screen *s)
{
	gaps_view *v = s->data;
	(void)a;
	free(v->idx);
	free(v);
	s->data = NULL;
}

/* The clauses shown, made again after a change of order or filter (from
 * the top: the first is what was asked for) or after an edit (the
 * selection stays on its clause while that is still shown). */
static gaps_view *
gaps_list(app *a, screen *s)
{
	gaps_view *v = s->data;
	const gap_report *r = app_gaps(a);
	if (!v->stale && v->at == a->gaps_at && v->gen == a->gaps_gen)
		return v;
	size_t keep = !v->stale && s->sel >= 0 && (size_t)s->sel < v->n ? v->idx[s->sel] : GAP_NONE;
	free(v->idx);
	v->n = gap_view(r, v->sort, &v->filter, &v->idx);
	v->stale = false;
	v->at = a->gaps_at;
	v->gen = a->gaps_gen;
	s->sel = s->top = 0;
	for (size_t i = 0; i < v->n; i++)
		if (v->idx[i] == keep)
			s->sel = (int)i;
	return v;
}

static void
gaps_row(app *a, screen *s, int y, int i, bool sel)
{
	const gaps_view *v = s->data;
	size_t ci = v->idx[i];
	const kb_clause *c = &a->kb->clauses[ci];
	const gap_clause *g = &app_gaps(a)->clauses[ci];
	int w = a->cols, bar = w >= 90 ? 16 : 10;
	int base = draw_row(a, y, sel);
	char *badge = xasprintf("[%s]", status_badge(g->status));
	draw_text(y, 1, badge, 10, sel ? base : status_attr(a, g->status));
	free(badge);
	/* A tree in the order of the standard; flat in any other. */
	int ind = v->sort == GAP_SORT_CLAUSE ? 2 * c->depth : 0;
	draw_text(y, 11 + ind, c->id, 9, base | (c->depth ? 0 : AT_BOLD));
	int tx = 11 + ind + 9, tw = w - tx - bar - 7;
	draw_text(y, tx, kb_tr(&c->title), tw, base | (c->depth ? 0 : AT_BOLD));
	double cov = gap_coverage(&g->all);
	draw_bar(y, w - bar - 6, bar, cov, status_attr(a, g->status));
	char *pc = cov < 0 ? xstrdup("  -") : xasprintf("%3.0f%%", cov);
	draw_text(y, w - 5, pc, 4, base);
	free(pc);
}

/* The order, the filter and how many clauses they leave. */
static void
gaps_state(app *a, const gaps_view *v, int y)
{
	char *fl = gap_filter_label(a->kb, &v->filter);
	char *order = xasprintf(_("Order: %s"), gap_sort_label(v->sort));
	char *filter = xasprintf(_("Filter: %s"), fl);
	char *count = xasprintf(P_("%zu of %zu clause", "%zu of %zu clauses", a->kb->nclauses), v->n, a->kb->nclauses);
	char *line = xasprintf("%s   %s   %s", order, filter, count);
	draw_text(y, 1, line, a->cols - 2, gap_filter_active(&v->filter) ? AT_BOLD : app_attr(a, C_DIM));
	free(line);
	free(count);
	free(filter);
	free(order);
	free(fl);
}

static void
gaps_draw(app *a, screen *s)
{
	const gap_report *r = app_gaps(a);
	const gaps_view *v = gaps_list(a, s);
	int h = frame(a, _("Gap dashboard"));
	int w = a->cols;
	char *sum =
		xasprintf(_("ISO/IEC 20000-1 clauses 4-10: %zu covered, %zu partial, %zu gap, %zu not assessed"),
			  r->count[GAP_COVERED], r->count[GAP_PARTIAL], r->count[GAP_GAP], r->count[GAP_UNASSESSED]);
	draw_text(1, 1, sum, w - 2, AT_BOLD);
	free(sum);
	gaps_state(a, v, 2);
	list_draw(a, s, 3, h - 3 - 3, (int)v->n, gaps_row);
	draw_hline(h - 3, 0, w);
	if (!v->n) {
		draw_wrap(h - 2, 1, _("No clause passes the filter; F clears it."), w - 2, 2, 0, AT_NORMAL);
		return;
	}
	char *why = gap_clause_reason(r, v->idx[s->sel]);
	draw_wrap(h - 2, 1, *why ? why : _("Covered."), w - 2, 2, 0, AT_NORMAL);
	free(why);
}

/* A choice among labels built here (freed after); -1 when cancelled. */
static int
pick_owned(app *a, const char *title, char **labels, int n)
{
	int c = dlg_pick(a, title, (const char *const *)labels, NULL, n, 0);
	for (int i = 0; i < n; i++)
		free(labels[i]);
	free(labels);
	return c;
}

/* A clause 4 to 10, or GAP_NONE for any; false when cancelled. */
static bool
pick_group(app *a, size_t *group)
{
	const kb *k = a->kb;
	char **labels = xcalloc(k->nclauses + 1, sizeof *labels);
	size_t *ci = xcalloc(k->nclauses + 1, sizeof *ci);
	int n = 0;
	for (size_t i = 0; i < k->nclauses; i++)
		if (k->clauses[i].depth == 0) {
			ci[n] = i;
			labels[n++] = xasprintf("%s %s", k->clauses[i].id, kb_tr(&k->clauses[i].title));
		}
	ci[n] = GAP_NONE;
	labels[n++] = xstrdup(_("every clause group"));
	int c = pick_owned(a, _("Only the clauses of"), labels, n);
	if (c >= 0)
		*group = ci[c];
	free(ci);
	return c >= 0;
}

/* A roadmap stage, or GAP_NONE for any; false when cancelled. */
static bool
pick_stage(app *a, size_t *stage)
{
	const kb *k = a->kb;
	char **labels = xcalloc(k->nstages + 1, sizeof *labels);
	for (size_t i = 0; i < k->nstages; i++)
		labels[i] = xasprintf(_("Stage %d: %s"), k->stages[i].number, kb_tr(&k->stages[i].title));
	labels[k->nstages] = xstrdup(_("every stage"));
	int c = pick_owned(a, _("Only the clauses supported by the items of"), labels, (int)k->nstages + 1);
	if (c >= 0)
		*stage = (size_t)c < k->nstages ? (size_t)c : GAP_NONE;
	return c >= 0;
}

/* The filter picker: a status, a clause group or a stage; each choice
 * keeps the other conditions. */
static void
gaps_filter(app *a, gaps_view *v)
{
	const char *labels[] = {
		_("gaps only"),
		_("partial only"),
		_("any status"),
		_("one clause group (4 to 10)..."),
		_("the clauses a roadmap stage supports..."),
		_("no filter"),
	};
	gap_filter f = v->filter;
	switch (dlg_pick(a, _("Filter the clauses"), labels, NULL, 6, 0)) {
	case 0:
		f.status = GAP_GAP;
		break;
	case 1:
		f.status = GAP_PARTIAL;
		break;
	case 2:
		f.status = -1;
		break;
	case 3:
		if (!pick_group(a, &f.group))
			return;
		break;
	case 4:
		if (!pick_stage(a, &f.stage))
			return;
		break;
	case 5:
		gap_filter_clear(&f);
		break;
	default:
		return;
	}
	v->filter = f;
	v->stale = true;
}

static int
gaps_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	gaps_view *v = gaps_list(a, s);
	(void)ch;
	(void)is_key;
	if (list_move(s, act, (int)v->n, 10))
		return R_NONE;
	switch (act) {
	case ACT_ENTER:
		if (v->n)
			app_push(a, &scr_clause, v->idx[s->sel]);
		return R_NONE;
	case ACT_SORT:
		v->sort = gap_sort_next(v->sort);
		v->stale = true;
		return R_NONE;
	case ACT_FILTER:
		gaps_filter(a, v);
		return R_NONE;
	case ACT_FILTER_CLEAR:
		gap_filter_clear(&v->filter);
		v->stale = true;
		return R_NONE;
	case ACT_GAPS:
		return R_NONE;
	default:
		return R_UNHANDLED;
	}
}

const screen_ops scr_gaps = {"gaps", KC_GAPS | KC_LIST, gaps_enter, gaps_draw, gaps_key, gaps_leave};
