/* scr_clause.c - one clause: its status and why, the assessor's verdict,
 * and the items that support it, which the quick answers mark from here. */
#include "config.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "tui/tui.h"

static void
clause_row(app *a, screen *s, int y, int i, bool sel)
{
	const kb *k = a->kb;
	const kb_link *l = &k->links[k->clauses[s->arg].links[i]];
	const kb_item *it = &k->items[l->item];
	const as_item *rec = assess_find(a->as, it->id);
	as_result res = rec ? rec->result : RES_NOT_ASSESSED;
	int w = a->cols, base = draw_row(a, y, sel);
	draw_text(y, 1, it->id, 10, base | AT_BOLD);
	char *badge = xasprintf("[%s]", result_badge(res));
	draw_text(y, 11, badge, 11, sel ? base : result_attr(a, res));
	free(badge);
	draw_text(y, 23, kb_tr(&it->title), w - 24 - 18, base);
	draw_text(y, w - 17, rec && rec->owner ? rec->owner : "", 16, base);
}

static void
clause_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	const gap_report *r = app_gaps(a);
	const kb_clause *c = &k->clauses[s->arg];
	const gap_clause *g = &r->clauses[s->arg];
	char *title = xasprintf(_("Clause %s %s"), c->id, kb_tr(&c->title));
	int h = frame(a, title);
	free(title);
	int w = a->cols, y = 1;
	char *st = xasprintf("[%s]", gap_status_label(g->status));
	int used = draw_text(y, 1, st, 20, status_attr(a, g->status));
	free(st);
	char *why = gap_clause_reason(r, s->arg);
	for (char *p = why; *p; p++)
		if (*p == '\n')
			*p = ' ';
	draw_text(y++, used + 2, why, w - used - 3, AT_NORMAL);
	free(why);
	const as_judgement *j = gap_clause_judgement(r, s->arg);
	if (j) {
		char *v = j->id[0] ? xasprintf(_("Judged %s (%s), %s: %s"), as_verdict_label(j->verdict), j->id,
					       j->date, j->statement ? j->statement : "")
				   : xasprintf(_("Judged %s, %s: %s"), as_verdict_label(j->verdict), j->date,
					       j->statement ? j->statement : "");
		draw_text(y++, 1, v, w - 2, as_verdict_is_nc(j->verdict) ? status_attr(a, GAP_GAP) : AT_BOLD);
		free(v);
	}
	int lines = draw_wrap(y, 1, kb_tr(&c->summary), w - 2, j ? 3 : 4, 0, app_attr(a, C_DIM));
	y += lines < (j ? 3 : 4) ? lines : (j ? 3 : 4);
	y++;
	int n = (int)c->nlinks;
	draw_text(y++, 1,
		  n ? _("Supported by (Enter opens the item):")
		    : _("No item supports this clause directly; "
			"see its subclauses."),
		  w - 2, app_attr(a, C_TITLE));
	list_draw(a, s, y, h - y - 2, n, clause_row);
	if (n) {
		const kb_link *l = &k->links[c->links[s->sel]];
		draw_hline(h - 2, 0, w);
		char *rat = xasprintf("[%s] %s", kb_role_label(l->role), kb_tr(&l->rationale));
		draw_text(h - 1, 1, rat, w - 2, app_attr(a, C_DIM));
		free(rat);
	}
}

/* Record, change or clear the assessor's verdict: pick the verdict, then
 * the statement (required unless conforming), then the requirement and
 * the evidence examined (optional).  Esc at any step changes nothing. */
static void
judge_clause(app *a, const kb_clause *c)
{
	const as_judgement *j = assess_judgement_find(a->as, c->id);
	const char *labels[VERDICT_COUNT + 1];
	int n = 0;
	for (int v = 0; v < VERDICT_COUNT; v++)
		labels[n++] = as_verdict_label((as_verdict)v);
	if (j)
		labels[n++] = _("clear the judgement");
	char *title = xasprintf(_("Verdict on clause %s"), c->id);
	int v = dlg_pick(a, title, labels, NULL, n, j ? (int)j->verdict : 0);
	free(title);
	if (v < 0)
		return;
	char *err = NULL;
	if (v == VERDICT_COUNT) {
		if (assess_unjudge(a->as, c->id, &err) == 0)
			app_message(a, false, _("Clause %s: judgement cleared"), c->id);
		free(err);
		return;
	}
	char *stmt =
		dlg_input(a,
			  v == VERDICT_CONFORMING ? _("Statement (optional): what was seen")
						  : _("Statement (required): what was found against the requirement"),
			  j ? j->statement : NULL, true);
	if (!stmt)
		return;
	char *req = dlg_input(a, _("Requirement at stake (optional)"), j ? j->requirement : NULL, true);
	char *ev = req ? dlg_input(a, _("Evidence examined (optional)"), j ? j->evidence : NULL, true) : NULL;
	if (!req || !ev)
		app_message(a, true, "%s", _("Not changed: the judgement was cancelled."));
	else if (assess_judge(a->as, c->id, (as_verdict)v, stmt, req, ev, NULL, NULL, &err) != 0)
		app_message(a, true, "%s", err);
	else {
		j = assess_judgement_find(a->as, c->id);
		if (j->id[0])
			app_message(a, false, _("Clause %s judged %s: %s"), c->id, as_verdict_label(j->verdict), j->id);
		else
			app_message(a, false, _("Clause %s judged %s"), c->id, as_verdict_label(j->verdict));
	}
	free(err);
	free(stmt);
	free(req);
	free(ev);
}

static int
clause_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const kb_clause *c = &a->kb->clauses[s->arg];
	(void)ch;
	(void)is_key;
	if (act == ACT_JUDGE) {
		judge_clause(a, c);
		return R_NONE;
	}
	if (list_move(s, act, (int)c->nlinks, 10))
		return R_NONE;
	if (!c->nlinks)
		return R_UNHANDLED;
	const kb_item *ki = &a->kb->items[a->kb->links[c->links[s->sel]].item];
	if (act == ACT_ENTER) {
		app_push(a, &scr_item, a->kb->links[c->links[s->sel]].item);
		return R_NONE;
	}
	/* The clause's status, drawn from the analysis, follows at once. */
	if (item_quick_result(a, ki, act)) {
		if (act != ACT_NA && s->sel < (int)c->nlinks - 1)
			s->sel++; /* as in a stage list: straight on to the next item */
		return R_NONE;
	}
	return R_UNHANDLED;
}

const screen_ops scr_clause = {"clause", KC_CLAUSE | KC_LIST, NULL, clause_draw, clause_key, NULL};
