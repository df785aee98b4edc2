/* scr_checkpoint.c - recording a stage checkpoint, the roadmap's stage
 * gate: the decision (proceed, repeat, return to an earlier stage), the
 * date, who was present, risks, issues and notes, with the knowledge
 * base's checkpoint guidance for the stage on screen.  Nothing is
 * recorded until "Record" is chosen; s->arg is the stage. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "tui/tui.h"

enum {
	CF_DECISION,
	CF_DATE,
	CF_PRESENT,
	CF_RISKS,
	CF_ISSUES,
	CF_NOTES,
	CF_RECORD,
	CF_COUNT
};
static const char *const cf_names[CF_COUNT] = {
	N_("Decision"), N_("Date"), N_("Present"), N_("Risks"), N_("Issues"), N_("Notes"), "",
};

typedef struct draft {
	as_decision decision;
	size_t return_to;
	char date[11];
	bool *present; /* per registered participant */
	size_t npresent;
	char *text[3]; /* risks, issues, notes */
	bool touched;
} draft;

static char *
decision_text(app *a, const draft *d)
{
	(void)a;
	if (d->decision == DECISION_RETURN)
		return xasprintf(_("return to stage %zu"), d->return_to + 1);
	return xstrdup(as_decision_label(d->decision));
}

static char *
present_text(app *a, const draft *d)
{
	if (!a->as->nparticipants)
		return xstrdup(_("nobody registered (P, Participants)"));
	strbuf b;
	sb_init(&b);
	size_t n = 0;
	for (size_t i = 0; i < d->npresent && i < a->as->nparticipants; i++)
		if (d->present[i])
			sb_addf(&b, "%s%s", n++ ? ", " : "", a->as->participants[i].name);
	if (!n)
		sb_addf(&b, "%s", _("nobody ticked"));
	return sb_steal(&b);
}

static void
checkpoint_draw(app *a, screen *s)
{
	const kb_stage *st = &a->kb->stages[s->arg];
	const draft *d = s->data;
	char *title = xasprintf(_("Checkpoint \xc2\xb7 stage %d: %s"), st->number, kb_tr(&st->title));
	int h = frame(a, title);
	free(title);
	int w = a->cols, y = 1;
	size_t it = assess_checkpoint_count(a->as, s->arg);
	char *sub;
	if (it) {
		const as_checkpoint *last = assess_checkpoint_nth(a->as, s->arg, it - 1);
		char *dec = last->decision == DECISION_RETURN ? xasprintf(_("return to stage %zu"), last->return_to + 1)
							      : xstrdup(as_decision_label(last->decision));
		sub = xasprintf(_("Iteration %zu; the last one (%s) decided: %s"), it + 1, last->date, dec);
		free(dec);
	} else {
		sub = xasprintf(_("Iteration 1: the first checkpoint of this stage"));
	}
	draw_text(y++, 1, sub, w - 2, app_attr(a, C_DIM));
	free(sub);
	y++;
	for (int f = 0; f < CF_COUNT; f++, y++) {
		bool sel = f == s->field;
		int base = sel ? app_attr(a, C_SELECT) : AT_NORMAL;
		draw_field(y, 0, "", w, base);
		if (f == CF_RECORD) {
			draw_text(y, 16, _("[ Record the checkpoint ]"), w - 17, base | AT_BOLD);
			continue;
		}
		draw_text(y, 1, _(cf_names[f]), 14, sel ? base | AT_BOLD : app_attr(a, C_TITLE));
		char *v = f == CF_DECISION  ? decision_text(a, d)
			  : f == CF_DATE    ? ui_date(d->date)
			  : f == CF_PRESENT ? present_text(a, d)
					    : xstrdup(d->text[f - CF_RISKS] ? d->text[f - CF_RISKS] : "");
		if (*v)
			draw_text(y, 16, v, w - 17, base);
		else
			draw_text(y, 16, "\xe2\x80\x93", 1, base | AT_DIM);
		free(v);
	}
	/* What the stage gate asks, from the knowledge base. */
	if (y + 2 < h) {
		draw_hline(y++, 0, w);
		draw_text(y++, 1, _("What this checkpoint confirms"), w - 2, app_attr(a, C_TITLE));
		draw_wrap(y, 1, kb_tr(&st->checkpoint), w - 2, h - y, 0, AT_NORMAL);
	}
}

static void
pick_decision(app *a, screen *s, draft *d)
{
	/* Proceed, repeat, then a return to each earlier stage. */
	size_t n = 2 + s->arg;
	const char **labels = xcalloc(n, sizeof *labels);
	char **owned = xcalloc(n, sizeof *owned);
	labels[0] = as_decision_label(DECISION_PROCEED);
	labels[1] = as_decision_label(DECISION_REPEAT);
	for (size_t i = 2; i < n; i++) {
		owned[i] = xasprintf(_("return to stage %zu: %s"), i - 1, kb_tr(&a->kb->stages[i - 2].title));
		labels[i] = owned[i];
	}
	int cur = d->decision == DECISION_REPEAT ? 1 : d->decision == DECISION_RETURN ? 2 + (int)d->return_to : 0;
	int r = dlg_pick(a, _("The decision at the stage gate"), labels, NULL, (int)n, cur);
	for (size_t i = 0; i < n; i++)
		free(owned[i]);
	free(owned);
	free(labels);
	if (r < 0)
		return;
	d->decision = r == 0 ? DECISION_PROCEED : r == 1 ? DECISION_REPEAT : DECISION_RETURN;
	d->return_to = r >= 2 ? (size_t)(r - 2) : ASSESS_NO_STAGE;
	d->touched = true;
}

static void
pick_present(app *a, draft *d)
{
	int n = (int)a->as->nparticipants;
	if (!n) {
		dlg_message(a, _("Present"),
			    _("The participants register is empty. Add who takes part in the engagement "
			      "profile (key P, Participants) first."));
		return;
	}
	const char **labels = xcalloc((size_t)n, sizeof *labels);
	for (int i = 0; i < n; i++)
		labels[i] = a->as->participants[i].name;
	if (dlg_multi(a, _("Who was present?"), labels, n, d->present))
		d->touched = true;
	free(labels);
}

/* What an auditor would question in the draft, asked before it is
 * recorded: a stage passed with items not assessed, nobody present.
 * True when it goes ahead. */
static bool
sound(app *a, screen *s, const draft *d)
{
	const kb_stage *st = &a->kb->stages[s->arg];
	size_t open = 0, present = 0;
	for (size_t i = 0; i < st->nitems; i++)
		open += gap_item_result(a->as, &a->kb->items[st->items[i]]) == RES_NOT_ASSESSED;
	for (size_t i = 0; i < d->npresent && i < a->as->nparticipants; i++)
		present += d->present[i];
	strbuf b;
	sb_init(&b);
	if (d->decision == DECISION_PROCEED && open)
		sb_addf(&b,
			P_("%zu item of the stage is not assessed. ", "%zu items of the stage are not assessed. ",
			   open),
			open);
	if (!present)
		sb_addf(&b, "%s", _("Nobody is recorded as present. "));
	bool ok = true;
	if (b.len) {
		sb_addf(&b, "%s", _("Record the checkpoint as it is?"));
		ok = dlg_ask(a, _("Checkpoint"), b.s, false) == 'y';
	}
	sb_free(&b);
	return ok;
}

/* Record the draft through the core; true when it was recorded. */
static bool
record(app *a, screen *s, draft *d)
{
	if (!sound(a, s, d))
		return false;
	const char **names = xcalloc(d->npresent + 1, sizeof *names);
	size_t n = 0;
	for (size_t i = 0; i < d->npresent && i < a->as->nparticipants; i++)
		if (d->present[i])
			names[n++] = a->as->participants[i].name;
	char *err = NULL;
	int rc = assess_checkpoint_add(a->as, s->arg, d->decision,
				       d->decision == DECISION_RETURN ? d->return_to : ASSESS_NO_STAGE, d->date, names,
				       n, d->text[0], d->text[1], d->text[2], &err);
	free(names);
	if (rc != 0) {
		dlg_message(a, _("Checkpoint not recorded"), err);
		free(err);
		return false;
	}
	char *dec = decision_text(a, d);
	app_message(a, false, _("Stage %d, checkpoint %zu recorded: %s"), a->kb->stages[s->arg].number,
		    assess_checkpoint_count(a->as, s->arg), dec);
	free(dec);
	return true;
}

/* Risks, issues or notes of the draft. */
static void
edit_text(app *a, draft *d, int field)
{
	char **t = &d->text[field - CF_RISKS], *err = NULL;
	char *v = dlg_input(a, _(cf_names[field]), *t ? *t : "", true);
	if (v && assess_check_text(v, &err) != 0) {
		dlg_message(a, _(cf_names[field]), err);
		free(v);
	} else if (v) {
		free(*t);
		*t = *v ? v : NULL;
		if (!*v)
			free(v);
		d->touched = true;
	}
	free(err);
}

static int
checkpoint_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	draft *d = s->data;
	(void)ch;
	(void)is_key;
	switch (act) {
	case ACT_NEXT:
		s->field = (s->field + 1) % CF_COUNT;
		return R_NONE;
	case ACT_PREV:
		s->field = (s->field + CF_COUNT - 1) % CF_COUNT;
		return R_NONE;
	case ACT_BACK:
		if (d->touched &&
		    dlg_ask(a, _("Checkpoint"), _("Leave without recording this checkpoint?"), false) != 'y')
			return R_NONE;
		return R_BACK;
	case ACT_ENTER:
		break;
	case ACT_STAGE1:
	case ACT_STAGE2:
	case ACT_STAGE3:
	case ACT_STAGE4:
	case ACT_GAPS:
	case ACT_ROADMAP:
	case ACT_PROFILE:
	case ACT_DOCS:
	case ACT_ACTIONS:
	case ACT_QUIT:
		/* Going elsewhere drops the draft: not without asking. */
		if (d->touched &&
		    dlg_ask(a, _("Checkpoint"), _("Leave without recording this checkpoint?"), false) != 'y')
			return R_NONE;
		return R_UNHANDLED;
	default:
		return R_UNHANDLED;
	}
	switch (s->field) {
	case CF_DECISION:
		pick_decision(a, s, d);
		break;
	case CF_DATE: {
		/* A wrong date is said, then offered again as typed. */
		const char *title = _("Date of the checkpoint (YYYY-MM-DD)");
		char *v = dlg_input(a, title, d->date, false), *err = NULL;
		while (v && a->running && (assess_check_date(v, &err) != 0 || !*v)) {
			dlg_message(a, _("Date"), err ? err : _("A checkpoint needs its date."));
			free(err);
			err = NULL;
			char *again = dlg_input(a, title, v, false);
			free(v);
			v = again;
		}
		if (v && *v) {
			snprintf(d->date, sizeof d->date, "%s", v);
			d->touched = true;
		}
		free(err);
		free(v);
		break;
	}
	case CF_PRESENT:
		pick_present(a, d);
		break;
	case CF_RISKS:
	case CF_ISSUES:
	case CF_NOTES:
		edit_text(a, d, s->field);
		break;
	default:
		if (record(a, s, d))
			return R_BACK;
	}
	return R_NONE;
}

static void
checkpoint_enter(app *a, screen *s)
{
	draft *d = xcalloc(1, sizeof *d);
	d->decision = DECISION_PROCEED;
	d->return_to = ASSESS_NO_STAGE;
	util_today(d->date);
	/* Everyone registered is ticked: the room is usually all of them. */
	d->npresent = a->as->nparticipants;
	d->present = xcalloc(d->npresent + 1, sizeof *d->present);
	for (size_t i = 0; i < d->npresent; i++)
		d->present[i] = true;
	s->data = d;
}

static void
checkpoint_leave(app *a, screen *s)
{
	(void)a;
	draft *d = s->data;
	for (int i = 0; i < 3; i++)
		free(d->text[i]);
	free(d->present);
	free(d);
	s->data = NULL;
}

const screen_ops scr_checkpoint = {"checkpoint",    KC_FORM,        checkpoint_enter,
				   checkpoint_draw, checkpoint_key, checkpoint_leave};

bool
stage_gate_key(app *a, size_t stage, action act)
{
	if (stage >= a->kb->nstages)
		return false;
	if (act == ACT_CHECKPOINT) {
		app_push(a, &scr_checkpoint, stage);
		return true;
	}
	if (act != ACT_TIMEBOX)
		return false;
	const kb_stage *st = &a->kb->stages[stage];
	char cur[16] = "";
	if (stage < ASSESS_MAX_STAGES && a->as->timebox[stage])
		snprintf(cur, sizeof cur, "%u", a->as->timebox[stage]);
	char *t = xasprintf(_("Timebox of stage %d, in minutes (empty or 0 for none)"), st->number);
	char *v = dlg_input(a, t, cur, false), *err = NULL;
	unsigned long m = 0;
	/* Refused (not a number, too long): said, and offered again. */
	while (v && a->running) {
		char *end = NULL;
		m = *v ? strtoul(v, &end, 10) : 0;
		if (*v && (*end || v[0] == '-'))
			err = xasprintf(_("Not a number of minutes: %s"), v);
		else if (assess_set_timebox(a->as, stage, m > 100000 ? 100000 : (unsigned)m, &err) == 0)
			break;
		dlg_message(a, t, err);
		free(err);
		err = NULL;
		char *again = dlg_input(a, t, v, false);
		free(v);
		v = again;
	}
	free(t);
	if (v && a->running && m)
		app_message(a, false, _("Stage %d: timebox %lu min"), st->number, m);
	else if (v && a->running)
		app_message(a, false, _("Stage %d: no timebox"), st->number);
	free(err);
	free(v);
	return true;
}
