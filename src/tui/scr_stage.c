/* scr_stage.c - a roadmap stage as a list of its inputs and outputs with
 * quick answers, the item editor with the workshop guide beside it, and
 * the evidence register of one item. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "tui/tui.h"

/* Set a result through the core; not-applicable asks why first. */
static void
set_result(app *a, as_item *it, as_result r)
{
	char *err = NULL;
	if (r == RES_NOT_APPLICABLE) {
		char *j = dlg_input(a, _("Why does this item not apply? (required)"), it->justification, true);
		const char *p = j ? j + strspn(j, " \t\n") : "";
		if (!*p) {
			free(j);
			app_message(a, true, "%s", _("Not changed: not applicable needs a justification."));
			return;
		}
		if (assess_set_text(a->as, &it->justification, j, &err) != 0) {
			app_message(a, true, "%s", err);
			free(err);
			free(j);
			return;
		}
		free(j);
	}
	assess_set_result(a->as, it, r, &err);
	app_message(a, false, _("%s: %s"), it->ref, as_result_label(r));
	free(err);
}

static bool
quick_result(app *a, const kb_item *ki, action act)
{
	as_result r;
	switch (act) {
	case ACT_IN_PLACE: r = RES_IN_PLACE; break;
	case ACT_PARTIAL: r = RES_PARTIAL; break;
	case ACT_MISSING: r = RES_MISSING; break;
	case ACT_NA: r = RES_NOT_APPLICABLE; break;
	case ACT_UNSET: r = RES_NOT_ASSESSED; break;
	default: return false;
	}
	char *err = NULL;
	as_item *it = assess_item(a->as, ki->id, &err);
	free(err);
	if (it)
		set_result(a, it, r);
	return true;
}

/* ---------------------------------------------------------------- stage */

/* The owner column only when there is room for it. */
static int
stage_owner_w(int w)
{
	return w >= 100 ? 24 : w >= 80 ? 16 : 0;
}

static int
stage_title_w(int w)
{
	int owner_w = stage_owner_w(w);
	return w - 34 - (owner_w ? owner_w + 2 : 1);
}

static void
stage_row(app *a, screen *s, int y, int i, bool sel)
{
	const kb *k = a->kb;
	const kb_item *it = &k->items[k->stages[s->arg].items[i]];
	const as_item *rec = assess_find(a->as, it->id);
	as_result res = rec ? rec->result : RES_NOT_ASSESSED;
	int w = a->cols, owner_w = stage_owner_w(w);
	int base = draw_row(a, y, sel);
	draw_text(y, 1, it->id, 10, base | AT_BOLD);
	char *badge = xasprintf("[%s]", result_badge(res));
	draw_text(y, 11, badge, 10, sel ? base : result_attr(a, res));
	free(badge);
	draw_text(y, 22, rec ? as_status_label(rec->status) : "", 11, base);
	draw_text(y, 34, kb_tr(&it->title), stage_title_w(w), base);
	if (owner_w && rec && rec->owner)
		draw_text(y, w - owner_w - 1, rec->owner, owner_w, base);
}

static void
stage_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	const kb_stage *st = &k->stages[s->arg];
	char *title = xasprintf(_("Stage %d: %s"), st->number, kb_tr(&st->title));
	int h = frame(a, title);
	free(title);
	int w = a->cols;
	int y = 1;
	y += draw_wrap(y, 1, kb_tr(&st->purpose), w - 2, 2, 0, app_attr(a, C_DIM)) > 1 ? 2 : 1;
	int owner_w = stage_owner_w(w);
	draw_text(y, 1, _("Item"), 10, app_attr(a, C_TITLE));
	draw_text(y, 11, _("Result"), 10, app_attr(a, C_TITLE));
	draw_text(y, 22, _("Status"), 11, app_attr(a, C_TITLE));
	draw_text(y, 34, _("Input or output"), stage_title_w(w), app_attr(a, C_TITLE));
	if (owner_w)
		draw_text(y, w - owner_w - 1, _("Owner"), owner_w, app_attr(a, C_TITLE));
	y++;
	int n = (int)st->nitems, detail = 3;
	list_draw(a, s, y, h - y - detail, n, stage_row);
	if (n) {
		const kb_item *it = &k->items[st->items[s->sel]];
		draw_hline(h - detail, 0, w);
		draw_wrap(h - detail + 1, 1, kb_tr(&it->description), w - 2, detail - 1, 0, AT_NORMAL);
	}
}

static int
stage_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const kb_stage *st = &a->kb->stages[s->arg];
	(void)ch;
	(void)is_key;
	if (list_move(s, act, (int)st->nitems, 10))
		return R_REDRAW;
	if (!st->nitems)
		return R_UNHANDLED;
	const kb_item *ki = &a->kb->items[st->items[s->sel]];
	if (act == ACT_ENTER) {
		app_push(a, &scr_item, st->items[s->sel]);
		return R_REDRAW;
	}
	if (quick_result(a, ki, act)) {
		if (act != ACT_NA && s->sel < (int)st->nitems - 1)
			s->sel++;	/* fast capture: straight on to the next item */
		return R_REDRAW;
	}
	return R_UNHANDLED;
}

const screen_ops scr_stage = {"stage", KC_STAGE | KC_LIST, NULL, stage_draw, stage_key, NULL};

/* ---------------------------------------------------------------- item */

enum { F_RESULT, F_STATUS, F_OWNER, F_LAYER, F_PROVIDERS, F_DUE, F_EVIDENCE, F_NOTES, F_JUSTIFICATION,
       F_COUNT };
static const char *const field_names[F_COUNT] = {
	N_("Result"), N_("Status"), N_("Owner"), N_("Layer"), N_("Providers"), N_("Due date"),
	N_("Evidence"), N_("Notes"), N_("Justification"),
};
static const char *const guide_tabs[] = {N_("Questions"), N_("Evidence examples"), N_("Clauses"),
					 N_("About")};

/* A one-line view of a field's value. */
static char *
field_value(app *a, const as_item *rec, int f)
{
	if (!rec)
		return xstrdup(f == F_RESULT ? as_result_label(RES_NOT_ASSESSED) : "");
	switch (f) {
	case F_RESULT: return xstrdup(as_result_label(rec->result));
	case F_STATUS: return xstrdup(as_status_label(rec->status));
	case F_OWNER: return xstrdup(rec->owner ? rec->owner : "");
	case F_LAYER: return rec->layer ? kb_layers_label(rec->layer) : xstrdup("");
	case F_PROVIDERS: {
		strbuf b;
		sb_init(&b);
		for (size_t i = 0; i < rec->nproviders; i++)
			sb_addf(&b, "%s%s", i ? ", " : "", rec->providers[i]);
		return sb_steal(&b);
	}
	case F_DUE: return ui_date(rec->due);
	case F_EVIDENCE:
		if (!rec->nevidence)
			return xstrdup("");
		return xasprintf(P_("%zu: %s", "%zu: %s ...", rec->nevidence), rec->nevidence, rec->evidence[0].text);
	case F_NOTES: return xstrdup(rec->notes ? rec->notes : "");
	case F_JUSTIFICATION: return xstrdup(rec->justification ? rec->justification : "");
	}
	(void)a;
	return xstrdup("");
}

static void
guide_text(app *a, const kb_item *it, int tab, strbuf *b)
{
	const kb *k = a->kb;
	switch (tab) {
	case 0:
		for (size_t i = 0; i < it->questions.n; i++)
			sb_addf(b, "%zu. %s\n", i + 1, kb_tr(&it->questions.v[i]));
		break;
	case 1:
		for (size_t i = 0; i < it->evidence.n; i++)
			sb_addf(b, "- %s\n", kb_tr(&it->evidence.v[i]));
		break;
	case 2:
		if (it->same_as)
			sb_addf(b, _("The same artefact as %s: the clause links are counted there.\n"), it->same_as);
		for (size_t i = 0; i < it->nlinks; i++) {
			const kb_link *l = &k->links[it->links[i]];
			const kb_clause *c = &k->clauses[l->clause];
			sb_addf(b, "%s %s [%s]\n   %s\n", c->id, kb_tr(&c->title), kb_role_label(l->role),
				kb_tr(&l->rationale));
		}
		break;
	default:
		sb_addf(b, "%s\n\n%s %s\n", kb_tr(&it->description), _("Why it matters:"), kb_tr(&it->why));
		if (it->feeds)
			sb_addf(b, "\n%s %s\n", _("Feeds:"), it->feeds);
	}
}

static void
item_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	const kb_item *it = &k->items[s->arg];
	const as_item *rec = assess_find(a->as, it->id);
	char *title = xasprintf("%s  %s", it->id, kb_tr(&it->title));
	int h = frame(a, title);
	free(title);
	int w = a->cols, y = 1;
	char *layers = kb_layers_label(it->layers), *pr = kb_practices_string(it->practices);
	char *sub = xasprintf(_("Stage %d, %s \xc2\xb7 %s \xc2\xb7 layers: %s \xc2\xb7 practices: %s"),
			      k->stages[it->stage].number, kb_tr(&k->stages[it->stage].title),
			      it->output ? _("output") : _("input"), layers, pr);
	draw_text(y++, 1, sub, w - 2, app_attr(a, C_DIM));
	free(sub);
	free(layers);
	free(pr);
	for (int f = 0; f < F_COUNT; f++, y++) {
		bool sel = f == s->field;
		int base = sel ? app_attr(a, C_SELECT) : AT_NORMAL;
		draw_field(y, 0, "", w, base);
		draw_text(y, 1, _(field_names[f]), 14, sel ? base | AT_BOLD : app_attr(a, C_TITLE));
		char *v = field_value(a, rec, f);
		int attr = f == F_RESULT && !sel ? result_attr(a, rec ? rec->result : RES_NOT_ASSESSED) : base;
		if (!*v && f != F_RESULT)
			draw_text(y, 16, "\xe2\x80\x93", 1, base | AT_DIM);
		else
			draw_text(y, 16, v, w - 17, attr);
		free(v);
	}
	if (rec && rec->result == RES_NOT_APPLICABLE && !rec->justification)
		app_message(a, true, "%s", _("Not applicable needs a justification."));
	/* The guide: what the consultant reads out. */
	draw_hline(y, 0, w);
	int x = 1;
	for (int t = 0; t < 4; t++) {
		char *lab = xasprintf(" %s ", _(guide_tabs[t]));
		x += draw_text(y, x, lab, w - x, t == s->tab ? app_attr(a, C_SELECT) | AT_BOLD : app_attr(a, C_DIM));
		free(lab);
		x++;
	}
	int bar = y++;
	strbuf b;
	sb_init(&b);
	guide_text(a, it, s->tab, &b);
	int total = draw_wrap(y, 1, b.s ? b.s : "", w - 2, h - y, s->top, AT_NORMAL);
	if (s->top > total - 1)
		s->top = total > 0 ? total - 1 : 0;
	/* The hint sits on the tab bar, never over the text. */
	const char *hint = total - s->top > h - y ? _("] tab  PgDn more") : _("] next tab");
	int hw = text_width(hint);
	if (w - hw - 2 > x)
		draw_text(bar, w - hw - 2, hint, hw, app_attr(a, C_KEY));
	sb_free(&b);
}

static void
edit_field(app *a, screen *s, as_item *it)
{
	char *err = NULL, *v = NULL;
	int r;
	switch (s->field) {
	case F_RESULT: {
		const char *labels[RES_COUNT];
		for (int i = 0; i < RES_COUNT; i++)
			labels[i] = as_result_label((as_result)i);
		if ((r = dlg_pick(a, _("Result"), labels, NULL, RES_COUNT, (int)it->result)) >= 0)
			set_result(a, it, (as_result)r);
		break;
	}
	case F_STATUS: {
		const char *labels[STATUS_COUNT];
		for (int i = 0; i < STATUS_COUNT; i++)
			labels[i] = as_status_label((as_status)i);
		if ((r = dlg_pick(a, _("Workflow status"), labels, NULL, STATUS_COUNT, (int)it->status)) >= 0)
			assess_set_status(a->as, it, (as_status)r);
		break;
	}
	case F_LAYER: {
		const char *labels[] = {_("(none)"), _("customer organization"), _("service integrator"),
					_("service provider")};
		int cur = it->layer == LAYER_CUSTOMER ? 1 : it->layer == LAYER_INTEGRATOR ? 2 :
			  it->layer == LAYER_PROVIDER ? 3 : 0;
		static const char *const names[] = {"", "customer", "integrator", "provider"};
		if ((r = dlg_pick(a, _("Responsible layer"), labels, NULL, 4, cur)) >= 0)
			assess_set_layer(a->as, it, names[r], &err);
		break;
	}
	case F_PROVIDERS: {
		int n = (int)a->as->nproviders;
		if (!n) {
			dlg_message(a, _("Providers"), _("The service providers register is empty. Add providers "
							 "in the engagement profile (key P) first."));
			break;
		}
		const char **labels = xcalloc((size_t)n, sizeof *labels);
		bool *sel = xcalloc((size_t)n, sizeof *sel);
		for (int i = 0; i < n; i++) {
			labels[i] = a->as->providers[i].name;
			for (size_t j = 0; j < it->nproviders; j++)
				sel[i] |= !strcmp(it->providers[j], labels[i]);
		}
		if (dlg_multi(a, _("Service providers involved"), labels, n, sel)) {
			assess_clear_item_providers(a->as, it);
			for (int i = 0; i < n; i++)
				if (sel[i])
					assess_add_item_provider(a->as, it, labels[i], &err);
		}
		free(labels);
		free(sel);
		break;
	}
	case F_EVIDENCE:
		app_push(a, &scr_evidence, s->arg);
		break;
	case F_OWNER:
	case F_DUE:
	case F_NOTES:
	case F_JUSTIFICATION: {
		bool multi = s->field == F_NOTES || s->field == F_JUSTIFICATION;
		char **dst = s->field == F_OWNER ? &it->owner : s->field == F_NOTES ? &it->notes : &it->justification;
		const char *title = s->field == F_DUE ? _("Due date (YYYY-MM-DD; empty for none)")
						      : _(field_names[s->field]);
		v = dlg_input(a, title, s->field == F_DUE ? it->due : *dst, multi);
		/* A wrong date is shown and offered again, as typed; not once the
		 * program is stopping (a hangup), when every dialog returns at once. */
		while (v && a->running && s->field == F_DUE && assess_set_date(a->as, it->due, v, &err) != 0) {
			dlg_message(a, title, err);
			free(err);
			err = NULL;
			char *again = dlg_input(a, title, v, false);
			free(v);
			v = again;
		}
		if (!v || s->field == F_DUE)
			break;
		r = assess_set_text(a->as, dst, v, &err);
		if (r != 0) {
			dlg_message(a, _(field_names[s->field]), err);
		} else if (s->field == F_JUSTIFICATION && it->result == RES_NOT_APPLICABLE) {
			char *e2 = NULL;
			if (assess_item_check(it, &e2) != 0)
				app_message(a, true, "%s", e2);
			free(e2);
		}
		break;
	}
	}
	free(v);
	free(err);
}

static int
item_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const kb_item *ki = &a->kb->items[s->arg];
	(void)ch;
	(void)is_key;
	switch (act) {
	case ACT_NEXT: s->field = (s->field + 1) % F_COUNT; return R_REDRAW;
	case ACT_PREV: s->field = (s->field + F_COUNT - 1) % F_COUNT; return R_REDRAW;
	case ACT_GUIDE: s->tab = (s->tab + 1) % 4; s->top = 0; return R_REDRAW;
	case ACT_PGDN: s->top += 5; return R_REDRAW;
	case ACT_PGUP: s->top = s->top > 5 ? s->top - 5 : 0; return R_REDRAW;
	case ACT_ENTER: {
		char *err = NULL;
		as_item *it = assess_item(a->as, ki->id, &err);
		free(err);
		if (it)
			edit_field(a, s, it);
		return R_REDRAW;
	}
	default:
		if (quick_result(a, ki, act))
			return R_REDRAW;
		return R_UNHANDLED;
	}
}

const screen_ops scr_item = {"item", KC_ITEM, NULL, item_draw, item_key, NULL};

/* ---------------------------------------------------------------- evidence */

static void
evidence_row(app *a, screen *s, int y, int i, bool sel)
{
	const as_item *rec = assess_find(a->as, a->kb->items[s->arg].id);
	const as_evidence *ev = &rec->evidence[i];
	int attr = draw_row(a, y, sel);
	draw_text(y, 1, ev->text, a->cols / 2 - 1, attr);
	if (ev->location || ev->date[0] || ev->reviewer) {
		char *where = xasprintf("%s%s%s%s%s", ev->location ? ev->location : "",
					ev->date[0] && ev->location ? " · " : "", ev->date,
					ev->reviewer && (ev->location || ev->date[0]) ? " · " : "",
					ev->reviewer ? ev->reviewer : "");
		draw_text(y, a->cols / 2 + 1, where, a->cols / 2 - 2, attr);
		free(where);
	}
}

static void
evidence_draw(app *a, screen *s)
{
	const kb_item *ki = &a->kb->items[s->arg];
	const as_item *rec = assess_find(a->as, ki->id);
	char *title = xasprintf(_("%s: evidence"), ki->id);
	int h = frame(a, title);
	free(title);
	int n = rec ? (int)rec->nevidence : 0;
	draw_text(1, 1, _("Evidence"), 40, app_attr(a, C_TITLE));
	draw_text(1, a->cols / 2 + 1, _("Where to find it"), a->cols / 2 - 2, app_attr(a, C_TITLE));
	if (!n)
		draw_text(2, 1, _("No evidence recorded yet: press a to add one."), a->cols - 2, app_attr(a, C_DIM));
	/* Only the visible rows are drawn, however long the list. */
	list_draw(a, s, 2, h - 2, n, evidence_row);
}

static int
evidence_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const kb_item *ki = &a->kb->items[s->arg];
	char *err = NULL;
	as_item *it = assess_item(a->as, ki->id, &err);
	(void)ch;
	(void)is_key;
	free(err);
	err = NULL;
	if (!it)
		return R_BACK;
	int n = (int)it->nevidence;
	if (list_move(s, act, n, 10))
		return R_REDRAW;
	if (act == ACT_ADD || ((act == ACT_EDIT || act == ACT_ENTER) && n)) {
		bool add = act == ACT_ADD;
		as_evidence *ev = add ? NULL : &it->evidence[s->sel];
		char *text = dlg_input(a, _("Evidence: what it is"), add ? "" : ev->text, false);
		if (!text || !*text) {
			free(text);
			return R_REDRAW;
		}
		char *loc = dlg_input(a, _("Where to find it (optional)"), add ? "" : ev->location, false);
		char *day = dlg_input(a, _("Seen on (YYYY-MM-DD, optional)"), add ? "" : ev->date, false);
		char *who = dlg_input(a, _("Reviewed by (optional)"), add ? "" : ev->reviewer, false);
		/* Nothing changes unless every value is acceptable. */
		if (assess_check_date(day, &err) != 0 || (who && assess_check_text(who, &err) != 0)) {
			dlg_message(a, _("Evidence"), err);
		} else if (add) {
			if (assess_add_evidence(a->as, it, text, loc, &err) != 0)
				dlg_message(a, _("Evidence"), err);
			else
				s->sel = (int)it->nevidence - 1;
		} else if (assess_set_evidence(a->as, it, (size_t)s->sel, text, loc ? loc : ev->location,
					       &err) != 0) {
			dlg_message(a, _("Evidence"), err);
		}
		if (!err && (day || who)) {
			ev = &it->evidence[s->sel];
			assess_set_evidence_review(a->as, it, (size_t)s->sel, day ? day : ev->date,
						   who ? who : ev->reviewer, &err);
		}
		free(text);
		free(loc);
		free(day);
		free(who);
		free(err);
		return R_REDRAW;
	}
	if (act == ACT_DELETE && n) {
		char *q = xasprintf(_("Remove \"%s\"?"), it->evidence[s->sel].text);
		if (dlg_ask(a, _("Remove evidence"), q, false) == 'y')
			assess_remove_evidence(a->as, it, (size_t)s->sel);
		free(q);
		return R_REDRAW;
	}
	return R_UNHANDLED;
}

const screen_ops scr_evidence = {"evidence", KC_REGISTER | KC_LIST, NULL, evidence_draw, evidence_key, NULL};
