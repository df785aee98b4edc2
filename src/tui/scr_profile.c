/* scr_profile.c - the engagement profile: organization, assessor, date,
 * sourcing model (with its trade-off), starting point, scope and the
 * registers of service providers, structural elements and role holders. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "tui/tui.h"

enum { P_ORG, P_ASSESSOR, P_DATE, P_MODEL, P_START, P_SCOPE, P_SEPARATION, P_PROVIDERS, P_STRUCTURES,
       P_ROLES, P_COUNT };
static const char *const labels[P_COUNT] = {
	N_("Organization"), N_("Assessor"), N_("Date"), N_("SIAM model"), N_("Starting point"), N_("Scope"),
	N_("Separation"), N_("Service providers"), N_("Structural elements"), N_("Role holders"),
};

static char *
value(app *a, int f)
{
	const assessment *as = a->as;
	switch (f) {
	case P_ORG: return xstrdup(as->organization ? as->organization : "");
	case P_ASSESSOR: return xstrdup(as->assessor ? as->assessor : "");
	case P_DATE: return ui_date(as->date);
	case P_MODEL: {
		if (as->model == MODEL_NONE)
			return xstrdup("");
		const kb_entry *e = kb_entry_by_id(a->kb, KB_MODEL, as_model_name(as->model));
		return e && e->extra.n ? xasprintf("%s: %s", as_model_label(as->model), kb_tr(&e->extra))
				       : xstrdup(as_model_label(as->model));
	}
	case P_START: return xstrdup(as->start == START_NONE ? "" : as_start_label(as->start));
	case P_SCOPE: return xstrdup(as->scope ? as->scope : "");
	case P_SEPARATION: return xstrdup(as->separation ? as->separation : "");
	case P_PROVIDERS: {
		size_t in = 0;
		for (size_t i = 0; i < as->nproviders; i++)
			in += as->providers[i].internal;
		return xasprintf(_("%zu registered (%zu internal, %zu external)"), as->nproviders, in,
				 as->nproviders - in);
	}
	case P_STRUCTURES: return xasprintf(_("%zu recorded"), as->nstructures);
	default: return xasprintf(_("%zu of %zu roles assigned"), as->nroles, a->kb->nentries[KB_ROLE]);
	}
}

static void
profile_draw(app *a, screen *s)
{
	int h = frame(a, _("Engagement profile"));
	int w = a->cols, y = 2;
	for (int f = 0; f < P_COUNT && y < h; f++) {
		bool sel = f == s->field;
		int base = sel ? app_attr(a, C_SELECT) : AT_NORMAL;
		draw_field(y, 0, "", w, base);
		draw_text(y, 1, _(labels[f]), 20, sel ? base | AT_BOLD : app_attr(a, C_TITLE));
		char *v = value(a, f);
		if (*v)
			draw_text(y, 22, v, w - 23, base);
		else
			draw_text(y, 22, _("(not recorded)"), w - 23, base | AT_DIM);
		free(v);
		y += f == P_SEPARATION ? 2 : 1;
	}
	/* What the selected field is about. */
	const char *hint = NULL;
	char *own = NULL;
	switch (s->field) {
	case P_MODEL: hint = _("How the service integrator is sourced. Enter shows the four models with "
			       "their trade-offs."); break;
	case P_START: hint = _("Where the organization starts from: it decides which extra checks apply."); break;
	case P_SEPARATION: hint = _("For a lead-supplier (or any integrator that also delivers): how the "
				    "integrator role is kept apart from the provider role."); break;
	case P_PROVIDERS: hint = _("Every service provider, internal or external, with its services and "
				   "criticality. SIAM guidance needs at least two."); break;
	case P_STRUCTURES: hint = _("Boards, process forums and working groups, with the layers their "
				    "members come from."); break;
	case P_ROLES: hint = _("Who is accountable for each SIAM role: exactly one party each."); break;
	default: break;
	}
	if (a->as->start != START_NONE && s->field == P_START) {
		const kb_entry *e = kb_entry_by_id(a->kb, KB_START, as_start_name(a->as->start));
		if (e)
			own = xasprintf("%s", kb_tr(&e->summary));
	}
	if (hint && y + 1 < h) {
		draw_hline(y, 0, w);
		draw_wrap(y + 1, 1, own ? own : hint, w - 2, h - y - 1, 0, app_attr(a, C_DIM));
	}
	free(own);
}

static void
edit_text_field(app *a, char **dst, const char *title, bool multi)
{
	char *v = dlg_input(a, title, *dst, multi);
	char *err = NULL;
	if (v && assess_set_text(a->as, dst, v, &err) != 0)
		dlg_message(a, title, err);
	free(v);
	free(err);
}

static int
profile_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	assessment *as = a->as;
	char *err = NULL;
	(void)ch;
	(void)is_key;
	switch (act) {
	case ACT_NEXT: s->field = (s->field + 1) % P_COUNT; return R_REDRAW;
	case ACT_PREV: s->field = (s->field + P_COUNT - 1) % P_COUNT; return R_REDRAW;
	case ACT_ENTER: break;
	default: return R_UNHANDLED;
	}
	switch (s->field) {
	case P_ORG: {
		char *v = dlg_input(a, _("Organization"), as->organization, false);
		if (v && assess_set_organization(as, v, &err) != 0)
			dlg_message(a, _("Organization"), err);
		free(v);
		free(err);
		break;
	}
	case P_ASSESSOR: edit_text_field(a, &as->assessor, _("Assessor"), false); break;
	case P_SCOPE: edit_text_field(a, &as->scope, _("Scope of the assessment"), true); break;
	case P_SEPARATION: edit_text_field(a, &as->separation, _("Separation of integrator and provider duties"),
					   true); break;
	case P_DATE: {
		char *v = dlg_input(a, _("Assessment date (YYYY-MM-DD)"), as->date, false);
		if (v && assess_set_date(as, as->date, v, &err) != 0)
			dlg_message(a, _("Date"), err);
		free(v);
		break;
	}
	case P_MODEL: {
		const char *names[MODEL_COUNT], *notes[MODEL_COUNT];
		for (int i = 0; i < MODEL_COUNT; i++) {
			names[i] = as_model_label((as_model)i);
			const kb_entry *e = kb_entry_by_id(a->kb, KB_MODEL, as_model_name((as_model)i));
			notes[i] = e && e->extra.n ? kb_tr(&e->extra) : "";
		}
		int r = dlg_pick(a, _("How is the service integrator sourced?"), names, notes, MODEL_COUNT,
				 (int)as->model);
		if (r >= 0)
			assess_set_model(as, (as_model)r);
		break;
	}
	case P_START: {
		const char *names[START_COUNT], *notes[START_COUNT];
		for (int i = 0; i < START_COUNT; i++) {
			names[i] = as_start_label((as_start)i);
			const kb_entry *e = kb_entry_by_id(a->kb, KB_START, as_start_name((as_start)i));
			notes[i] = e ? kb_tr(&e->title) : "";
		}
		int r = dlg_pick(a, _("Starting point"), names, notes, START_COUNT, (int)as->start);
		if (r >= 0)
			assess_set_start(as, (as_start)r);
		break;
	}
	case P_PROVIDERS: app_push(a, &scr_providers, 0); break;
	case P_STRUCTURES: app_push(a, &scr_structures, 0); break;
	default: app_push(a, &scr_roles, 0); break;
	}
	free(err);
	return R_REDRAW;
}

const screen_ops scr_profile = {"profile", KC_FORM, NULL, profile_draw, profile_key, NULL};

/* ---------------------------------------------------------------- providers */

static void
providers_row(app *a, screen *s, int y, int i, bool sel)
{
	const as_provider *p = &a->as->providers[i];
	int w = a->cols, attr = draw_row(a, y, sel);
	(void)s;
	draw_text(y, 1, p->name, 30, attr | AT_BOLD);
	draw_text(y, 32, p->internal ? _("internal") : _("external"), 9, attr);
	draw_text(y, 42, p->criticality ? as_criticality_label(p->criticality) : "-", 11, attr);
	draw_text(y, 54, p->services ? p->services : "", w - 55, attr);
}

static void
providers_draw(app *a, screen *s)
{
	int h = frame(a, _("Service providers"));
	const assessment *as = a->as;
	int w = a->cols, n = (int)as->nproviders;
	draw_text(1, 1, _("Name"), 30, app_attr(a, C_TITLE));
	draw_text(1, 32, _("Type"), 9, app_attr(a, C_TITLE));
	draw_text(1, 42, _("Criticality"), 11, app_attr(a, C_TITLE));
	draw_text(1, 54, _("Services"), w - 55, app_attr(a, C_TITLE));
	if (!n)
		draw_text(2, 1, _("No service provider yet: press a to add one."), w - 2, app_attr(a, C_DIM));
	list_draw(a, s, 2, h - 2, n, providers_row);
}

static void
provider_dialog(app *a, int idx)
{
	assessment *as = a->as;
	const as_provider *p = idx >= 0 ? &as->providers[idx] : NULL;
	char *err = NULL;
	char *name = dlg_input(a, _("Service provider: name"), p ? p->name : "", false);
	if (!name || !*name) {
		free(name);
		return;
	}
	const char *types[] = {_("external (another organization)"), _("internal (part of the organization)")};
	int t = dlg_pick(a, _("Internal or external?"), types, NULL, 2, p && p->internal ? 1 : 0);
	if (t < 0) {
		free(name);
		return;
	}
	const char *crits[] = {_("high"), _("medium"), _("low"), _("not rated")};
	int cur = p ? (p->criticality == CRIT_HIGH ? 0 : p->criticality == CRIT_MEDIUM ? 1 :
		       p->criticality == CRIT_LOW ? 2 : 3) : 0;
	int c = dlg_pick(a, _("Criticality to the organization"), crits, NULL, 4, cur);
	if (c < 0) {
		free(name);
		return;
	}
	as_criticality crit = c == 0 ? CRIT_HIGH : c == 1 ? CRIT_MEDIUM : c == 2 ? CRIT_LOW : CRIT_NONE;
	char *svc = dlg_input(a, _("Services it provides"), p && p->services ? p->services : "", false);
	int r = idx >= 0 ? assess_provider_update(as, (size_t)idx, name, t == 1, crit, svc, &err)
			 : assess_provider_add(as, name, t == 1, crit, svc, &err);
	if (r != 0)
		dlg_message(a, _("Service provider"), err);
	free(name);
	free(svc);
	free(err);
}

static int
providers_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	int n = (int)a->as->nproviders;
	char *err = NULL;
	(void)ch;
	(void)is_key;
	if (list_move(s, act, n, 10))
		return R_REDRAW;
	if (act == ACT_ADD) {
		provider_dialog(a, -1);
		s->sel = (int)a->as->nproviders - 1;
	} else if ((act == ACT_EDIT || act == ACT_ENTER) && n) {
		provider_dialog(a, s->sel);
	} else if (act == ACT_DELETE && n) {
		char *q = xasprintf(_("Remove %s from the register?"), a->as->providers[s->sel].name);
		if (dlg_ask(a, _("Remove service provider"), q, false) == 'y' &&
		    assess_provider_remove(a->as, a->as->providers[s->sel].name, &err) != 0)
			dlg_message(a, _("Remove service provider"), err);
		free(q);
	} else {
		return R_UNHANDLED;
	}
	free(err);
	return R_REDRAW;
}

const screen_ops scr_providers = {"providers", KC_REGISTER | KC_LIST, NULL, providers_draw, providers_key, NULL};

/* ---------------------------------------------------------------- structures */

static const char *
kind_label(as_structkind k)
{
	return k == STRUCT_BOARD ? _("board") : k == STRUCT_FORUM ? _("process forum") : _("working group");
}

static void
structures_row(app *a, screen *s, int y, int i, bool sel)
{
	const as_structure *st = &a->as->structures[i];
	int w = a->cols, attr = draw_row(a, y, sel);
	(void)s;
	draw_text(y, 1, st->name, 32, attr | AT_BOLD);
	draw_text(y, 34, kind_label(st->kind), 14, attr);
	char *l = kb_layers_label(st->layers);
	draw_text(y, 49, l, w - 50, attr);
	free(l);
}

static void
structures_draw(app *a, screen *s)
{
	int h = frame(a, _("Structural elements"));
	const assessment *as = a->as;
	int w = a->cols, n = (int)as->nstructures;
	draw_text(1, 1, _("Name"), 32, app_attr(a, C_TITLE));
	draw_text(1, 34, _("Kind"), 14, app_attr(a, C_TITLE));
	draw_text(1, 49, _("Members from"), w - 50, app_attr(a, C_TITLE));
	if (!n)
		draw_text(2, 1, _("None yet: press a to add a board, a process forum or a working group."), w - 2,
			  app_attr(a, C_DIM));
	list_draw(a, s, 2, h - 2, n, structures_row);
}

static void
structure_dialog(app *a, int idx)
{
	assessment *as = a->as;
	const as_structure *st = idx >= 0 ? &as->structures[idx] : NULL;
	char *err = NULL;
	const char *kinds[] = {kind_label(STRUCT_BOARD), kind_label(STRUCT_FORUM), kind_label(STRUCT_WORKING_GROUP)};
	const char *notes[] = {_("formal decisions, accountable (e.g. integrated change advisory board)"),
			       _("proactive improvement of one process across providers"),
			       _("reactive or fixed-term (e.g. major incident working group)")};
	/* The name first, as for providers: it is what people say. */
	char *name = dlg_input(a, _("Structural element: name"), st ? st->name : "", false);
	if (!name || !*name) {
		free(name);
		return;
	}
	int k = dlg_pick(a, _("Kind of structural element"), kinds, notes, 3, st ? (int)st->kind : 0);
	if (k < 0) {
		free(name);
		return;
	}
	const char *layers[] = {_("customer organization"), _("service integrator"), _("service providers")};
	bool sel[3] = {st && (st->layers & 1), st && (st->layers & 2), st && (st->layers & 4)};
	if (!dlg_multi(a, _("Members come from"), layers, 3, sel)) {
		free(name);
		return;
	}
	unsigned mask = (sel[0] ? 1u : 0) | (sel[1] ? 2u : 0) | (sel[2] ? 4u : 0);
	char *purpose = dlg_input(a, _("Purpose, cadence, decisions"), st && st->purpose ? st->purpose : "", true);
	if (assess_structure_set(as, idx >= 0 ? (size_t)idx : as->nstructures, (as_structkind)k, mask, name,
				 purpose, &err) != 0)
		dlg_message(a, _("Structural element"), err);
	free(name);
	free(purpose);
	free(err);
}

static int
structures_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	int n = (int)a->as->nstructures;
	(void)ch;
	(void)is_key;
	if (list_move(s, act, n, 10))
		return R_REDRAW;
	if (act == ACT_ADD) {
		structure_dialog(a, -1);
		s->sel = (int)a->as->nstructures - 1;
	} else if ((act == ACT_EDIT || act == ACT_ENTER) && n) {
		structure_dialog(a, s->sel);
	} else if (act == ACT_DELETE && n) {
		char *q = xasprintf(_("Remove %s?"), a->as->structures[s->sel].name);
		if (dlg_ask(a, _("Remove structural element"), q, false) == 'y')
			assess_structure_remove(a->as, (size_t)s->sel);
		free(q);
	} else {
		return R_UNHANDLED;
	}
	return R_REDRAW;
}

const screen_ops scr_structures = {"structures", KC_REGISTER | KC_LIST, NULL, structures_draw, structures_key,
				   NULL};

/* ---------------------------------------------------------------- roles */

static char *
holders(const as_role *r, as_raci raci)
{
	strbuf b;
	sb_init(&b);
	for (size_t i = 0; r && i < r->nholders; i++)
		if (r->holders[i].raci == raci)
			sb_addf(&b, "%s%s", b.len ? "; " : "", r->holders[i].party);
	return sb_steal(&b);
}

/* Set the holders from the edited text: parties separated by ";", so that
 * two holders stay two (and rule 6 sees a duplicated accountability). */
static int
set_holders(app *a, const char *ref, as_raci raci, const char *text, char **err)
{
	char *copy = xstrdup(text), **v = NULL;
	size_t n = 0, cap = 0;
	for (char *p = copy, *end; p; p = end ? end + 1 : NULL) {
		end = strchr(p, ';');
		if (end)
			*end = '\0';
		p += strspn(p, " \t");
		size_t l = strlen(p);
		while (l && (p[l - 1] == ' ' || p[l - 1] == '\t'))
			p[--l] = '\0';
		if (!l)
			continue;
		v = xgrow(v, &cap, n + 1, sizeof *v);
		v[n++] = p;
	}
	int rc = assess_role_set_parties(a->as, ref, raci, (const char *const *)v, n, err);
	free(v);
	free(copy);
	return rc;
}

static void
roles_row(app *a, screen *s, int y, int i, bool sel)
{
	const kb_entry *e = &a->kb->entries[KB_ROLE][i];
	const as_role *r = assess_role_find(a->as, e->id);
	int w = a->cols, attr = draw_row(a, y, sel);
	(void)s;
	draw_text(y, 1, kb_tr(&e->title), 34, attr | AT_BOLD);
	draw_text(y, 36, e->attr ? e->attr : "", 11, attr);
	char *acc = holders(r, RACI_A);
	size_t nacc = 0;
	for (size_t j = 0; r && j < r->nholders; j++)
		nacc += r->holders[j].raci == RACI_A;
	if (nacc > 1) {
		/* The count first: a long name must not hide the conflict. */
		char *t = xasprintf(_("%zu accountable: %s"), nacc, acc);
		draw_text(y, 48, t, w - 49, sel ? attr : app_attr(a, C_GAP));
		free(t);
	} else {
		draw_text(y, 48, *acc ? acc : "-", w - 49, attr);
	}
	free(acc);
}

static void
roles_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	int h = frame(a, _("Role holders"));
	int w = a->cols, n = (int)k->nentries[KB_ROLE];
	draw_text(1, 1, _("Role"), 34, app_attr(a, C_TITLE));
	draw_text(1, 36, _("Layer"), 11, app_attr(a, C_TITLE));
	draw_text(1, 48, _("Accountable"), w - 49, app_attr(a, C_TITLE));
	list_draw(a, s, 2, h - 2, n, roles_row);
}

static int
roles_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const kb *k = a->kb;
	int n = (int)k->nentries[KB_ROLE];
	(void)ch;
	(void)is_key;
	if (list_move(s, act, n, 10))
		return R_REDRAW;
	if ((act != ACT_ENTER && act != ACT_EDIT && act != ACT_ADD) || !n)
		return R_UNHANDLED;
	const kb_entry *e = &k->entries[KB_ROLE][s->sel];
	const char *kinds[] = {_("accountable (exactly one)"), _("responsible"), _("consulted"), _("informed")};
	int raci = act == ACT_ADD ? dlg_pick(a, kb_tr(&e->title), kinds, NULL, 4, 1) : RACI_A;
	if (raci < 0)
		return R_REDRAW;
	char *cur = holders(assess_role_find(a->as, e->id), (as_raci)raci);
	char *title = xasprintf(_("%s: %s (several: separate with ;)"), kb_tr(&e->title), kinds[raci]);
	char *v = dlg_input(a, title, cur, false);
	char *err = NULL;
	if (v && set_holders(a, e->id, (as_raci)raci, v, &err) != 0)
		dlg_message(a, title, err);
	free(v);
	free(err);
	free(cur);
	free(title);
	return R_REDRAW;
}

const screen_ops scr_roles = {"roles", KC_REGISTER | KC_LIST, NULL, roles_draw, roles_key, NULL};
