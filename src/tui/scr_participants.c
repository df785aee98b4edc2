/* scr_participants.c - the participants register: who takes part in the
 * workshops (name, organization, layer, role), whom a checkpoint lists as
 * present. */
#include "config.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "tui/tui.h"

static const char *
layer_label(unsigned layer)
{
	return layer == LAYER_CUSTOMER     ? _("customer organization")
	       : layer == LAYER_INTEGRATOR ? _("service integrator")
	       : layer == LAYER_PROVIDER   ? _("service provider")
					   : "";
}

static void
participants_row(app *a, screen *s, int y, int i, bool sel)
{
	const as_participant *p = &a->as->participants[i];
	int w = a->cols, attr = draw_row(a, y, sel);
	(void)s;
	draw_text(y, 1, p->name, 24, attr | AT_BOLD);
	draw_text(y, 26, p->organization ? p->organization : "", 20, attr);
	draw_text(y, 47, layer_label(p->layer), 12, attr);
	draw_text(y, 60, p->role ? p->role : "", w - 61, attr);
}

static void
participants_draw(app *a, screen *s)
{
	int h = frame(a, _("Participants"));
	int w = a->cols, n = (int)a->as->nparticipants;
	static const column heads[] = {
		{1, 24, N_("Name")},
		{26, 20, N_("Organization")},
		{47, 12, N_("Layer")},
		{60, -61, N_("Role")},
	};
	draw_heads(a, 1, heads, 4);
	if (!n)
		draw_text(2, 1, _("Nobody registered yet: press a to add who is in the room."), w - 2,
			  app_attr(a, C_DIM));
	list_draw(a, s, 2, h - 2, n, participants_row);
}

/* Add (idx -1) or change a participant through dialogs; nothing changes
 * unless every step is answered. */
static void
participant_dialog(app *a, screen *s, int idx)
{
	(void)s;
	const as_participant *p = idx >= 0 ? &a->as->participants[idx] : NULL;
	char *name = dlg_input(a, _("Participant: name"), p ? p->name : "", false), *org = NULL, *role = NULL;
	if (!name || !*name)
		goto out;
	org = dlg_input(a, _("Organization (customer, integrator or a provider)"),
			p && p->organization ? p->organization : "", false);
	if (!org)
		goto out;
	const char *layers[] = {_("(none)"), _("customer organization"), _("service integrator"),
				_("service provider")};
	static const unsigned bits[] = {0, LAYER_CUSTOMER, LAYER_INTEGRATOR, LAYER_PROVIDER};
	int cur = 0;
	for (int i = 0; p && i < 4; i++)
		if (bits[i] == p->layer)
			cur = i;
	int l = dlg_pick(a, _("Layer"), layers, NULL, 4, cur);
	if (l < 0)
		goto out;
	role = dlg_input(a, _("Role in the engagement"), p && p->role ? p->role : "", false);
	if (!role)
		goto out;
	char *err = NULL;
	size_t at = idx >= 0 ? (size_t)idx : a->as->nparticipants;
	unsigned long before = a->as->changes;
	if (assess_participant_set(a->as, at, name, *org ? org : NULL, bits[l], *role ? role : NULL, &err) != 0)
		dlg_message(a, _("Participant"), err);
	else if (a->as->changes == before)
		app_message(a, false, _("%s: nothing changed"), name);
	else
		app_message(a, false, idx >= 0 ? _("%s: changed") : _("%s: added"), name);
	free(err);
out:
	free(name);
	free(org);
	free(role);
}

static int
participants_count(app *a, screen *s)
{
	(void)s;
	return (int)a->as->nparticipants;
}

static char *
participants_question(app *a, screen *s, int i)
{
	(void)s;
	return xasprintf(_("Remove %s from the participants?"), a->as->participants[i].name);
}

static int
participants_remove(app *a, screen *s, int i, char **err)
{
	(void)s;
	return assess_participant_remove(a->as, (size_t)i, err);
}

static const register_ops participants_register = {
	participants_count,  true, participant_dialog, participants_question, N_("Remove participant"),
	participants_remove,
};

static int
participants_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	(void)ch;
	(void)is_key;
	return register_key(a, s, &participants_register, act);
}

const screen_ops scr_participants = {"participants",    KC_REGISTER | KC_LIST, NULL,
				     participants_draw, participants_key,      NULL};
