/* scr_item.c - the item editor: the record's fields, with the workshop
 * guide (questions, evidence examples, clauses) beside them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "tui/tui.h"

/* Set a result through the core; not-applicable asks why first.  False
 * when nothing was set (the reason refused or not given). */
static bool
set_result(app *a, as_item *it, as_result r)
{
	char *err = NULL;
	if (r == RES_NOT_APPLICABLE) {
		char *j = dlg_input(a, _("Why does this item not apply? (required)"), it->justification, true);
		const char *p = j ? j + strspn(j, " \t\n") : "";
		if (!*p) {
			free(j);
			app_message(a, true, "%s", _("Not changed: not applicable needs a justification."));
			return false;
		}
		if (assess_set_text(a->as, &it->justification, j, &err) != 0) {
			app_message(a, true, "%s", err);
			free(err);
			free(j);
			return false;
		}
		free(j);
	}
	bool ok = assess_set_result(a->as, it, r, &err) == 0;
	if (ok)
		app_message(a, false, _("%s: %s"), it->ref, as_result_label(r));
	else
		app_message(a, true, "%s", err);
	free(err);
	return ok;
}

int
action_result(action act)
{
	switch (act) {
	case ACT_IN_PLACE:
		return RES_IN_PLACE;
	case ACT_PARTIAL:
		return RES_PARTIAL;
	case ACT_MISSING:
		return RES_MISSING;
	case ACT_NA:
		return RES_NOT_APPLICABLE;
	case ACT_UNSET:
		return RES_NOT_ASSESSED;
	default:
		return -1;
	}
}

bool
item_set_result(app *a, const kb_item *ki, as_result r)
{
	char *err = NULL;
	as_item *it = assess_item(a->as, ki->id, &err);
	if (!it) {
		app_message(a, true, "%s", err);
		free(err);
		return false;
	}
	/* A record made here and left empty (a refused n/a) is dropped by
	 * the main loop: nothing is recorded that was not said. */
	return set_result(a, it, r);
}

bool
item_quick_result(app *a, const kb_item *ki, action act)
{
	int r = action_result(act);
	if (r < 0)
		return false;
	item_set_result(a, ki, (as_result)r);
	return true;
}

enum {
	F_RESULT,
	F_STATUS,
	F_OWNER,
	F_LAYER,
	F_PROVIDERS,
	F_DUE,
	F_EVIDENCE,
	F_NOTES,
	F_JUSTIFICATION,
	F_COUNT
};
static const char *const field_names[F_COUNT] = {
	N_("Result"),   N_("Status"),   N_("Owner"), N_("Layer"),         N_("Providers"),
	N_("Due date"), N_("Evidence"), N_("Notes"), N_("Justification"),
};

static const char *const guide_tabs[] = {N_("Questions"), N_("Evidence examples"), N_("Clauses"), N_("About")};

/* A one-line view of a field's value. */
static char *
field_value(app *a, const as_item *rec, int f)
{
	if (!rec)
		return xstrdup(f == F_RESULT ? as_result_label(RES_NOT_ASSESSED) : "");
	switch (f) {
	case F_RESULT:
		return xstrdup(as_result_label(rec->result));
	case F_STATUS:
		return xstrdup(as_status_label(rec->status));
	case F_OWNER:
		return xstrdup(rec->owner ? rec->owner : "");
	case F_LAYER:
		return rec->layer ? kb_layers_label(rec->layer) : xstrdup("");
	case F_PROVIDERS: {
		strbuf b;
		sb_init(&b);
		for (size_t i = 0; i < rec->nproviders; i++)
			sb_addf(&b, "%s%s", i ? ", " : "", rec->providers[i]);
		return sb_steal(&b);
	}
	case F_DUE:
		return ui_date(rec->due);
	case F_EVIDENCE:
		if (!rec->nevidence)
			return xstrdup("");
		return xasprintf(P_("%zu: %s", "%zu: %s ...", rec->nevidence), rec->nevidence, rec->evidence[0].text);
	case F_NOTES:
		return xstrdup(rec->notes ? rec->notes : "");
	case F_JUSTIFICATION:
		return xstrdup(rec->justification ? rec->justification : "");
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
	if (capture_active(s->data)) {
		capture_draw(s->data, a, y, h - y);
		return;
	}
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

/* Tick the service providers involved in an item, from the register. */
static void
edit_providers(app *a, as_item *it)
{
	int n = (int)a->as->nproviders;
	if (!n) {
		dlg_message(a, _("Providers"),
			    _("The service providers register is empty. Add providers "
			      "in the engagement profile (key P) first."));
		return;
	}
	char *err = NULL;
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
	free(err);
}

/* Edit a text field of an item (the due date is checked, and offered
 * again until it is valid or cancelled). */
static void
edit_text(app *a, int field, as_item *it)
{
	char *err = NULL, *v = NULL;
	bool multi = field == F_NOTES || field == F_JUSTIFICATION;
	char **dst = field == F_OWNER ? &it->owner : field == F_NOTES ? &it->notes : &it->justification;
	const char *title = field == F_DUE ? _("Due date (YYYY-MM-DD; empty for none)") : _(field_names[field]);
	v = dlg_input(a, title, field == F_DUE ? it->due : *dst, multi);
	/* A wrong date is shown and offered again, as typed; not once the
	 * program is stopping (a hangup), when every dialog returns at once. */
	while (v && a->running && field == F_DUE && assess_set_date(a->as, it->due, v, &err) != 0) {
		dlg_message(a, title, err);
		free(err);
		err = NULL;
		char *again = dlg_input(a, title, v, false);
		free(v);
		v = again;
	}
	if (!v || field == F_DUE)
		goto out;
	if (assess_set_text(a->as, dst, v, &err) != 0) {
		dlg_message(a, _(field_names[field]), err);
	} else if (field == F_JUSTIFICATION && it->result == RES_NOT_APPLICABLE) {
		char *e2 = NULL;
		if (assess_item_check(it, &e2) != 0)
			app_message(a, true, "%s", e2);
		free(e2);
	}
out:
	free(v);
	free(err);
}

static void
edit_field(app *a, screen *s, as_item *it)
{
	char *err = NULL;
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
		int cur = it->layer == LAYER_CUSTOMER     ? 1
			  : it->layer == LAYER_INTEGRATOR ? 2
			  : it->layer == LAYER_PROVIDER   ? 3
							  : 0;
		static const char *const names[] = {"", "customer", "integrator", "provider"};
		if ((r = dlg_pick(a, _("Responsible layer"), labels, NULL, 4, cur)) >= 0)
			assess_set_layer(a->as, it, names[r], &err);
		break;
	}
	case F_PROVIDERS:
		edit_providers(a, it);
		break;
	case F_EVIDENCE:
		app_push(a, &scr_evidence, s->arg);
		break;
	case F_OWNER:
	case F_DUE:
	case F_NOTES:
	case F_JUSTIFICATION:
		edit_text(a, s->field, it);
		break;
	}
	free(err);
}

long
item_step(const kb *k, size_t item, int dir)
{
	const kb_stage *st = &k->stages[k->items[item].stage];
	for (size_t i = 0; i < st->nitems; i++)
		if (st->items[i] == item) {
			long j = (long)i + dir;
			return j >= 0 && j < (long)st->nitems ? (long)st->items[j] : -1;
		}
	return -1;
}

/* The position of item in its stage's list. */
int
item_position(const kb *k, size_t item)
{
	const kb_stage *st = &k->stages[k->items[item].stage];
	for (size_t i = 0; i < st->nitems; i++)
		if (st->items[i] == item)
			return (int)i;
	return 0;
}

/* Move the screen to the next (dir 1) or previous (-1) item of the stage,
 * and the stage list underneath with it. */
bool
item_go(app *a, screen *s, int dir)
{
	long to = item_step(a->kb, s->arg, dir);
	if (to < 0) {
		app_message(a, false, "%s",
			    dir > 0 ? _("That was the last item of the stage (C records its checkpoint).")
				    : _("This is the first item of the stage."));
		return false;
	}
	s->arg = (size_t)to;
	s->top = 0;
	/* The screens underneath follow: the stage list's selection, and a
	 * guided capture or item editor the presenter view was opened from. */
	for (int d = a->depth - 2; d >= 0; d--) {
		screen *u = &a->stack[d];
		if (u->ops == &scr_stage && u->arg == a->kb->items[to].stage)
			u->sel = item_position(a->kb, (size_t)to);
		else if ((u->ops == &scr_guided || u->ops == &scr_item || u->ops == &scr_present) &&
			 a->kb->items[u->arg].stage == a->kb->items[to].stage)
			u->arg = (size_t)to;
	}
	return true;
}

bool
item_keys(app *a, screen *s, action act)
{
	const kb_item *ki = &a->kb->items[s->arg];
	switch (act) {
	case ACT_NOTE:
		capture_start(s->data, a, ki, CAP_NOTE);
		return true;
	case ACT_EVIDENCE:
		capture_start(s->data, a, ki, CAP_EVIDENCE);
		return true;
	case ACT_NEXT_ITEM:
	case ACT_PREV_ITEM:
		item_go(a, s, act == ACT_NEXT_ITEM ? 1 : -1);
		return true;
	case ACT_PRESENT:
		app_push(a, &scr_present, s->arg);
		return true;
	default:
		return false;
	}
}

/* A record marked not applicable without the reason why (a file written
 * by hand) says so in the status line, unless something else is said. */
static void
item_check(app *a, screen *s)
{
	const as_item *rec = assess_find(a->as, a->kb->items[s->arg].id);
	if (rec && rec->result == RES_NOT_APPLICABLE && !rec->justification && !a->msg[0])
		app_message(a, true, "%s", _("Not applicable needs a justification."));
}

static int
item_handle(app *a, screen *s, action act)
{
	const kb_item *ki = &a->kb->items[s->arg];
	if (item_keys(a, s, act))
		return R_NONE;
	switch (act) {
	case ACT_GUIDED:
		app_push(a, &scr_guided, s->arg);
		return R_NONE;
	case ACT_NEXT:
		s->field = (s->field + 1) % F_COUNT;
		return R_NONE;
	case ACT_PREV:
		s->field = (s->field + F_COUNT - 1) % F_COUNT;
		return R_NONE;
	case ACT_GUIDE:
		s->tab = (s->tab + 1) % 4;
		s->top = 0;
		return R_NONE;
	case ACT_PGDN:
		s->top += 5;
		return R_NONE;
	case ACT_PGUP:
		s->top = s->top > 5 ? s->top - 5 : 0;
		return R_NONE;
	case ACT_ENTER: {
		char *err = NULL;
		as_item *it = assess_item(a->as, ki->id, &err);
		free(err);
		if (it)
			edit_field(a, s, it);
		return R_NONE;
	}
	default:
		if (item_quick_result(a, ki, act))
			return R_NONE;
		return R_UNHANDLED;
	}
}

static int
item_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	if (capture_active(s->data))
		return capture_key(s->data, a, &a->kb->items[s->arg], ch, is_key);
	int r = item_handle(a, s, act);
	item_check(a, s);
	return r;
}

static void
item_enter(app *a, screen *s)
{
	s->data = xcalloc(1, sizeof(capture));
	item_check(a, s);
}

static void
item_leave(app *a, screen *s)
{
	(void)a;
	capture_stop(s->data);
	free(s->data);
	s->data = NULL;
}

const screen_ops scr_item = {"item", KC_ITEM, item_enter, item_draw, item_key, item_leave};
