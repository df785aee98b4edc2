/* scr_registers.c - the registers: service providers, structural
 * elements, role holders and the evidence of one item. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "tui/tui.h"

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
	static const column heads[] = {
		{1, 30, N_("Name")},
		{32, 9, N_("Type")},
		{42, 11, N_("Criticality")},
		{54, -55, N_("Services")},
	};
	draw_heads(a, 1, heads, 4);
	if (!n)
		draw_text(2, 1, _("No service provider yet: press a to add one."), w - 2, app_attr(a, C_DIM));
	list_draw(a, s, 2, h - 2, n, providers_row);
}

static void
provider_dialog(app *a, screen *s, int idx)
{
	(void)s;
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
	int cur = p ? (p->criticality == CRIT_HIGH     ? 0
		       : p->criticality == CRIT_MEDIUM ? 1
		       : p->criticality == CRIT_LOW    ? 2
						       : 3)
		    : 0;
	int c = dlg_pick(a, _("Criticality to the organization"), crits, NULL, 4, cur);
	if (c < 0) {
		free(name);
		return;
	}
	as_criticality crit = c == 0 ? CRIT_HIGH : c == 1 ? CRIT_MEDIUM : c == 2 ? CRIT_LOW : CRIT_NONE;
	char *svc = dlg_input(a, _("Services it provides"), p && p->services ? p->services : "", false);
	/* A cancel at the last question cancels them all. */
	if (!svc) {
		free(name);
		return;
	}
	int r = idx >= 0 ? assess_provider_update(as, (size_t)idx, name, t == 1, crit, svc, &err)
			 : assess_provider_add(as, name, t == 1, crit, svc, &err);
	if (r != 0)
		dlg_message(a, _("Service provider"), err);
	free(name);
	free(svc);
	free(err);
}

static int
providers_count(app *a, screen *s)
{
	(void)s;
	return (int)a->as->nproviders;
}

static char *
providers_question(app *a, screen *s, int i)
{
	(void)s;
	return xasprintf(_("Remove %s from the register?"), a->as->providers[i].name);
}

static int
providers_remove(app *a, screen *s, int i, char **err)
{
	(void)s;
	return assess_provider_remove(a->as, a->as->providers[i].name, err);
}

static const register_ops providers_register = {
	providers_count, true, provider_dialog, providers_question, N_("Remove service provider"), providers_remove,
};

static int
providers_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	(void)ch;
	(void)is_key;
	return register_key(a, s, &providers_register, act);
}

const screen_ops scr_providers = {"providers", KC_REGISTER | KC_LIST, NULL, providers_draw, providers_key, NULL};

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
	static const column heads[] = {{1, 32, N_("Name")}, {34, 14, N_("Kind")}, {49, -50, N_("Members from")}};
	draw_heads(a, 1, heads, 3);
	if (!n)
		draw_text(2, 1, _("None yet: press a to add a board, a process forum or a working group."), w - 2,
			  app_attr(a, C_DIM));
	list_draw(a, s, 2, h - 2, n, structures_row);
}

static void
structure_dialog(app *a, screen *s, int idx)
{
	(void)s;
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
	if (!purpose) {
		free(name);
		return;
	}
	if (assess_structure_set(as, idx >= 0 ? (size_t)idx : as->nstructures, (as_structkind)k, mask, name, purpose,
				 &err) != 0)
		dlg_message(a, _("Structural element"), err);
	free(name);
	free(purpose);
	free(err);
}

static int
structures_count(app *a, screen *s)
{
	(void)s;
	return (int)a->as->nstructures;
}

static char *
structures_question(app *a, screen *s, int i)
{
	(void)s;
	return xasprintf(_("Remove %s?"), a->as->structures[i].name);
}

static int
structures_remove(app *a, screen *s, int i, char **err)
{
	(void)s;
	(void)err;
	assess_structure_remove(a->as, (size_t)i);
	return 0;
}

static const register_ops structures_register = {
	structures_count,  true, structure_dialog, structures_question, N_("Remove structural element"),
	structures_remove,
};

static int
structures_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	(void)ch;
	(void)is_key;
	return register_key(a, s, &structures_register, act);
}

const screen_ops scr_structures = {"structures", KC_REGISTER | KC_LIST, NULL, structures_draw, structures_key, NULL};

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
	int n = (int)k->nentries[KB_ROLE];
	static const column heads[] = {{1, 34, N_("Role")}, {36, 11, N_("Layer")}, {48, -49, N_("Accountable")}};
	draw_heads(a, 1, heads, 3);
	list_draw(a, s, 2, h - 2, n, roles_row);
}

/* Set the holders of one kind (RACI) of the selected role. */
static void
roles_set(app *a, screen *s, int raci)
{
	const kb_entry *e = &a->kb->entries[KB_ROLE][s->sel];
	const char *kinds[] = {_("accountable (exactly one)"), _("responsible"), _("consulted"), _("informed")};
	if (raci < 0)
		raci = dlg_pick(a, kb_tr(&e->title), kinds, NULL, 4, 1);
	if (raci < 0)
		return;
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
}

static int
roles_count(app *a, screen *s)
{
	(void)s;
	return (int)a->kb->nentries[KB_ROLE];
}

/* Editing a role is naming its accountable party; adding to it is naming
 * holders of another kind, picked first. */
static void
roles_edit(app *a, screen *s, int i)
{
	if (roles_count(a, s))
		roles_set(a, s, i < 0 ? -1 : RACI_A);
}

/* The roles are those of the knowledge base: none is removed. */
static const register_ops roles_register = {roles_count, true, roles_edit, NULL, NULL, NULL};

static int
roles_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	(void)ch;
	(void)is_key;
	return register_key(a, s, &roles_register, act);
}

const screen_ops scr_roles = {"roles", KC_REGISTER | KC_LIST, NULL, roles_draw, roles_key, NULL};

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

/* The item's record (made when it has none yet), or NULL. */
static as_item *
evidence_item(app *a, screen *s)
{
	char *err = NULL;
	as_item *it = assess_item(a->as, a->kb->items[s->arg].id, &err);
	free(err);
	return it;
}

/* Add (i = -1) or edit one piece of evidence: what it is, where, when it
 * was seen and by whom. */
static void
evidence_dialog(app *a, screen *s, int i)
{
	as_item *it = evidence_item(a, s);
	bool add = i < 0;
	as_evidence *ev = add ? NULL : &it->evidence[i];
	char *err = NULL;
	char *text = dlg_input(a, _("Evidence: what it is"), add ? "" : ev->text, false);
	if (!text || !*text) {
		free(text);
		return;
	}
	char *loc = dlg_input(a, _("Where to find it (optional)"), add ? "" : ev->location, false);
	char *day = loc ? dlg_input(a, _("Seen on (YYYY-MM-DD, optional)"), add ? "" : ev->date, false) : NULL;
	char *who = day ? dlg_input(a, _("Reviewed by (optional)"), add ? "" : ev->reviewer, false) : NULL;
	/* Nothing changes unless every value is acceptable, nor after a
	 * cancel at any of the questions. */
	if (!who)
		goto out;
	if (assess_check_date(day, &err) != 0 || assess_check_text(who, &err) != 0) {
		dlg_message(a, _("Evidence"), err);
	} else if (add) {
		if (assess_add_evidence(a->as, it, text, loc, &err) != 0)
			dlg_message(a, _("Evidence"), err);
		else
			i = (int)it->nevidence - 1;
	} else if (assess_set_evidence(a->as, it, (size_t)i, text, loc ? loc : ev->location, &err) != 0) {
		dlg_message(a, _("Evidence"), err);
	}
	if (!err && i >= 0)
		assess_set_evidence_review(a->as, it, (size_t)i, day, who, &err);
out:
	free(text);
	free(loc);
	free(day);
	free(who);
	free(err);
}

static int
evidence_count(app *a, screen *s)
{
	return (int)evidence_item(a, s)->nevidence;
}

static char *
evidence_question(app *a, screen *s, int i)
{
	return xasprintf(_("Remove \"%s\"?"), evidence_item(a, s)->evidence[i].text);
}

static int
evidence_remove(app *a, screen *s, int i, char **err)
{
	(void)err;
	assess_remove_evidence(a->as, evidence_item(a, s), (size_t)i);
	return 0;
}

static const register_ops evidence_register = {
	evidence_count, true, evidence_dialog, evidence_question, N_("Remove evidence"), evidence_remove,
};

static int
evidence_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	(void)ch;
	(void)is_key;
	if (!evidence_item(a, s))
		return R_BACK;
	return register_key(a, s, &evidence_register, act);
}

const screen_ops scr_evidence = {"evidence", KC_REGISTER | KC_LIST, NULL, evidence_draw, evidence_key, NULL};
