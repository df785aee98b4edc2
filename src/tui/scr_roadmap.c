/* scr_roadmap.c - the roadmap overview (home): the profile in a line, the
 * four stages with their coverage and checkpoints, the way to every other
 * view, and the open rule findings. */
#include "config.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "tui/tui.h"

enum {
	RM_STAGES = 4,
	RM_MORE = 6
};

static const char *const rm_more[RM_MORE] = {
	N_("Gap dashboard: ISO/IEC 20000-1 clauses"), N_("Rule findings"),
	N_("Documented information checklist"),       N_("Action plan"),
	N_("Engagement profile and providers"),       N_("Export a report"),
};

static void
roadmap_stage_row(app *a, screen *s, int y, int i, bool sel)
{
	const kb *k = a->kb;
	const kb_stage *st = &k->stages[i];
	const gap_tally *t = &app_gaps(a)->stages[i];
	int attr = row_attr(a, sel), w = a->cols;
	(void)s;
	char *name = xasprintf(" %d  %s", st->number, kb_tr(&st->title));
	draw_field(y, 0, name, 30, attr | AT_BOLD);
	free(name);
	char *cnt = xasprintf("%3zu/%-3zu", t->total - t->n[RES_NOT_ASSESSED], t->total);
	draw_field(y, 30, cnt, 10, attr);
	free(cnt);
	double cov = gap_coverage(t);
	draw_bar(y, 41, 14, cov, app_attr(a, cov >= 75 ? C_COVERED : cov >= 40 ? C_PARTIAL : C_GAP));
	char *pc = cov < 0 ? xstrdup("  -") : xasprintf("%3.0f%%", cov);
	draw_text(y, 56, pc, 5, AT_NORMAL);
	free(pc);
	size_t outs = 0, ready = 0;
	for (size_t j = 0; j < st->nitems; j++) {
		const kb_item *it = &k->items[st->items[j]];
		if (!it->output)
			continue;
		outs++;
		as_result res = gap_item_result(a->as, it);
		ready += res == RES_IN_PLACE || res == RES_NOT_APPLICABLE;
	}
	/* The last checkpoint's decision, or whether the outputs would let
	 * the stage pass one. */
	size_t ncp = assess_checkpoint_count(a->as, (size_t)i);
	char *cp;
	if (ncp) {
		const as_checkpoint *c = assess_checkpoint_nth(a->as, (size_t)i, ncp - 1);
		char *dec = c->decision == DECISION_RETURN ? xasprintf(_("return to %zu"), c->return_to + 1)
							   : xstrdup(as_decision_label(c->decision));
		cp = xasprintf("%zu/%zu  #%u %s", ready, outs, c->iteration, dec);
		free(dec);
	} else {
		cp = ready == outs ? xasprintf("%zu/%zu  %s", ready, outs, _("checkpoint met"))
				   : xasprintf("%zu/%zu", ready, outs);
	}
	draw_text(y, 62, cp, w - 63, ready == outs && !ncp ? app_attr(a, C_COVERED) : AT_NORMAL);
	free(cp);
}

/* The checkpoint history of the selected stage, on one line. */
static void
roadmap_history(app *a, const screen *s, int y)
{
	int w = a->cols;
	if (s->sel >= RM_STAGES || (size_t)s->sel >= a->kb->nstages)
		return;
	size_t st = (size_t)s->sel, n = assess_checkpoint_count(a->as, st);
	strbuf b;
	sb_init(&b);
	sb_addf(&b, _("Stage %d checkpoints: "), a->kb->stages[st].number);
	if (!n)
		sb_addf(&b, "%s", _("none yet (C records one)"));
	for (size_t i = 0; i < n; i++) {
		const as_checkpoint *c = assess_checkpoint_nth(a->as, st, i);
		char *dec = c->decision == DECISION_RETURN ? xasprintf(_("return to %zu"), c->return_to + 1)
							   : xstrdup(as_decision_label(c->decision));
		char *d = ui_date(c->date);
		sb_addf(&b, "%s#%u %s %s", i ? " \xc2\xb7 " : "", c->iteration, dec, d);
		free(d);
		free(dec);
	}
	draw_text(y, 1, b.s, w - 2, app_attr(a, C_DIM));
	sb_free(&b);
}

static void
roadmap_more_row(app *a, screen *s, int y, int i, bool sel)
{
	(void)s;
	char *lab = xasprintf(" %s", _(rm_more[i - RM_STAGES]));
	draw_field(y, 0, lab, 41, sel ? app_attr(a, C_SELECT) | AT_BOLD : AT_NORMAL);
	free(lab);
}

static void
roadmap_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	const gap_report *r = app_gaps(a);
	const assessment *as = a->as;
	int h = frame(a, _("Roadmap"));
	int y = 1, w = a->cols;
	char *np = xasprintf(P_("%zu service provider", "%zu service providers", as->nproviders), as->nproviders);
	char *prof =
		xasprintf("%s \xc2\xb7 %s \xc2\xb7 %s \xc2\xb7 %s",
			  *as->organization ? as->organization : _("(organization not set)"),
			  as->model == MODEL_NONE ? _("model not chosen") : as_model_label(as->model),
			  as->start == START_NONE ? _("starting point not chosen") : as_start_label(as->start), np);
	free(np);
	draw_text(y++, 1, prof, w - 2, AT_BOLD);
	free(prof);
	y++;
	draw_text(y, 1, _("Stage"), 30, app_attr(a, C_TITLE));
	draw_text(y, 31, _("Assessed"), 9, app_attr(a, C_TITLE));
	draw_text(y, 41, _("Coverage"), 20, app_attr(a, C_TITLE));
	draw_text(y++, 62, _("Outputs in place"), w - 63, app_attr(a, C_TITLE));
	int nst = (int)k->nstages < RM_STAGES ? (int)k->nstages : RM_STAGES;
	list_draw_at(a, s, y, 0, nst, 1, roadmap_stage_row);
	y += nst;
	roadmap_history(a, s, y++);
	char *cl = xasprintf(_("ISO/IEC 20000-1 clauses: %zu covered, %zu partial, %zu gap, %zu not assessed"),
			     r->count[GAP_COVERED], r->count[GAP_PARTIAL], r->count[GAP_GAP], r->count[GAP_UNASSESSED]);
	draw_text(y++, 1, cl, w - 2, AT_BOLD);
	free(cl);
	y++;
	list_draw_at(a, s, y, RM_STAGES, RM_MORE, 1, roadmap_more_row);
	y += RM_MORE;
	/* The open rule findings, most severe first. */
	int x = 42, fy = y - RM_MORE;
	if (w - x > 20 && r->nfindings) {
		char *t = xasprintf(_("Rule findings (%zu)"), r->nfindings);
		draw_text(fy - 1 < 2 ? 2 : fy - 1, x, t, w - x - 1, app_attr(a, C_TITLE));
		free(t);
		for (size_t i = 0; i < r->nfindings && fy < h; i++, fy++) {
			const gap_finding *f = &r->findings[i];
			int at = f->severity == SEV_ERROR     ? app_attr(a, C_GAP)
				 : f->severity == SEV_WARNING ? app_attr(a, C_PARTIAL)
							      : app_attr(a, C_DIM);
			int used = draw_text(fy, x, gap_severity_label(f->severity), 8, at);
			draw_text(fy, x + used + 1, f->message, w - x - used - 2, AT_NORMAL);
		}
	}
}

static int
roadmap_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	(void)ch;
	(void)is_key;
	if (list_move(s, act, RM_STAGES + RM_MORE, 4))
		return R_NONE;
	if (s->sel < RM_STAGES && stage_gate_key(a, (size_t)s->sel, act))
		return R_NONE;
	if (act == ACT_GUIDED && s->sel < RM_STAGES && (size_t)s->sel < a->kb->nstages) {
		/* Guided capture of the stage picks up at its first open item. */
		const kb_stage *st = &a->kb->stages[s->sel];
		if (!st->nitems)
			return R_NONE;
		size_t at = st->items[0];
		for (size_t i = 0; i < st->nitems; i++)
			if (gap_item_result(a->as, &a->kb->items[st->items[i]]) == RES_NOT_ASSESSED) {
				at = st->items[i];
				break;
			}
		app_push(a, &scr_stage, (size_t)s->sel);
		a->stack[a->depth - 1].sel = item_position(a->kb, at);
		app_push(a, &scr_guided, at);
		return R_NONE;
	}
	if (act != ACT_ENTER)
		return R_UNHANDLED;
	if (s->sel < RM_STAGES) {
		if ((size_t)s->sel < a->kb->nstages)
			app_push(a, &scr_stage, (size_t)s->sel);
		return R_NONE;
	}
	switch (s->sel - RM_STAGES) {
	case 0:
		app_push(a, &scr_gaps, 0);
		break;
	case 1:
		app_push(a, &scr_findings, 0);
		break;
	case 2:
		app_push(a, &scr_docs, 0);
		break;
	case 3:
		app_push(a, &scr_actions, 0);
		break;
	case 4:
		app_push(a, &scr_profile, 0);
		break;
	default:
		export_dialog(a);
		break;
	}
	return R_NONE;
}

const screen_ops scr_roadmap = {"roadmap", KC_ROADMAP | KC_LIST, NULL, roadmap_draw, roadmap_key, NULL};
