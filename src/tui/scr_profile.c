/* scr_profile.c - the engagement profile: organization, assessor, date,
 * sourcing model (with its trade-off), starting point, scope, and the way
 * to the registers. */
#include "config.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "tui/tui.h"

enum {
	P_ORG,
	P_ASSESSOR,
	P_DATE,
	P_MODEL,
	P_START,
	P_SCOPE,
	P_SEPARATION,
	P_PROVIDERS,
	P_STRUCTURES,
	P_ROLES,
	P_PARTICIPANTS,
	P_COUNT
};
static const char *const labels[P_COUNT] = {
	N_("Organization"),        N_("Assessor"),     N_("Date"),         N_("SIAM model"),
	N_("Starting point"),      N_("Scope"),        N_("Separation"),   N_("Service providers"),
	N_("Structural elements"), N_("Role holders"), N_("Participants"),
};

static char *
value(app *a, int f)
{
	const assessment *as = a->as;
	switch (f) {
	case P_ORG:
		return xstrdup(as->organization ? as->organization : "");
	case P_ASSESSOR:
		return xstrdup(as->assessor ? as->assessor : "");
	case P_DATE:
		return ui_date(as->date);
	case P_MODEL: {
		if (as->model == MODEL_NONE)
			return xstrdup("");
		const kb_entry *e = kb_entry_by_id(a->kb, KB_MODEL, as_model_name(as->model));
		return e && e->extra.n ? xasprintf("%s: %s", as_model_label(as->model), kb_tr(&e->extra))
				       : xstrdup(as_model_label(as->model));
	}
	case P_START:
		return xstrdup(as->start == START_NONE ? "" : as_start_label(as->start));
	case P_SCOPE:
		return xstrdup(as->scope ? as->scope : "");
	case P_SEPARATION:
		return xstrdup(as->separation ? as->separation : "");
	case P_PROVIDERS: {
		size_t in = 0;
		for (size_t i = 0; i < as->nproviders; i++)
			in += as->providers[i].internal;
		return xasprintf(_("%zu registered (%zu internal, %zu external)"), as->nproviders, in,
				 as->nproviders - in);
	}
	case P_STRUCTURES:
		return xasprintf(_("%zu recorded"), as->nstructures);
	case P_PARTICIPANTS:
		return xasprintf(P_("%zu registered", "%zu registered", as->nparticipants), as->nparticipants);
	default:
		return xasprintf(_("%zu of %zu roles assigned"), as->nroles, a->kb->nentries[KB_ROLE]);
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
	case P_MODEL:
		hint = _("How the service integrator is sourced. Enter shows the four models with "
			 "their trade-offs.");
		break;
	case P_START:
		hint = _("Where the organization starts from: it decides which extra checks apply.");
		break;
	case P_SEPARATION:
		hint = _("For a lead-supplier (or any integrator that also delivers): how the "
			 "integrator role is kept apart from the provider role.");
		break;
	case P_PROVIDERS:
		hint = _("Every service provider, internal or external, with its services and "
			 "criticality. SIAM guidance needs at least two.");
		break;
	case P_STRUCTURES:
		hint = _("Boards, process forums and working groups, with the layers their "
			 "members come from.");
		break;
	case P_ROLES:
		hint = _("Who is accountable for each SIAM role: exactly one party each.");
		break;
	case P_PARTICIPANTS:
		hint = _("Who takes part in the workshops, from which organization and layer; a stage "
			 "checkpoint records who was present.");
		break;
	default:
		break;
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

/* The registers the profile leads to. */
static void
open_register(app *a, int field)
{
	app_push(a,
		 field == P_PROVIDERS      ? &scr_providers
		 : field == P_STRUCTURES   ? &scr_structures
		 : field == P_PARTICIPANTS ? &scr_participants
					   : &scr_roles,
		 0);
}

static int
profile_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	assessment *as = a->as;
	char *err = NULL;
	(void)ch;
	(void)is_key;
	switch (act) {
	case ACT_NEXT:
		s->field = (s->field + 1) % P_COUNT;
		return R_NONE;
	case ACT_PREV:
		s->field = (s->field + P_COUNT - 1) % P_COUNT;
		return R_NONE;
	case ACT_ENTER:
		break;
	default:
		return R_UNHANDLED;
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
	case P_ASSESSOR:
		edit_text_field(a, &as->assessor, _("Assessor"), false);
		break;
	case P_SCOPE:
		edit_text_field(a, &as->scope, _("Scope of the assessment"), true);
		break;
	case P_SEPARATION:
		edit_text_field(a, &as->separation, _("Separation of integrator and provider duties"), true);
		break;
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
	default:
		open_register(a, s->field);
		break;
	}
	free(err);
	return R_NONE;
}

const screen_ops scr_profile = {"profile", KC_FORM, NULL, profile_draw, profile_key, NULL};
