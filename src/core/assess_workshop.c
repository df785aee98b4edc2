/* assess_workshop.c - the workshop around the roadmap: who takes part
 * (the participants register), the checkpoint that closes each stage (the
 * stage gate: proceed, repeat the stage, or return to an earlier one) and
 * the time planned for each stage.  A checkpoint names the participants
 * present, so a participant's rename reaches it and a participant who was
 * present cannot be removed. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assess.h"
#include "i18n.h"

static const char *const decision_names[] = {"proceed", "repeat", "return"};
static const char *const decision_labels[] = {N_("proceed"), N_("repeat the stage"), N_("return to an earlier stage")};

const char *
as_decision_name(as_decision d)
{
	return (unsigned)d < DECISION_COUNT ? decision_names[d] : "";
}

const char *
as_decision_label(as_decision d)
{
	return (unsigned)d < DECISION_COUNT ? _(decision_labels[d]) : "";
}

int
as_parse_decision(const char *s)
{
	for (int i = 0; s && i < DECISION_COUNT; i++)
		if (!strcmp(s, decision_names[i]))
			return i;
	return -1;
}

static char *
dup_nonempty(const char *s)
{
	return s && *s ? xstrdup(s) : NULL;
}

static bool
same_text(const char *x, const char *y)
{
	return !strcmp(x ? x : "", y ? y : "");
}

/* ---- participants ---- */

as_participant *
assess_participant_find(const assessment *a, const char *name)
{
	for (size_t i = 0; name && i < a->nparticipants; i++)
		if (!strcmp(a->participants[i].name, name))
			return &a->participants[i];
	return NULL;
}

/* name without its leading and trailing blanks; the caller frees. */
static char *
trimmed(const char *name)
{
	const char *p = name + strspn(name, " \t\r\n");
	size_t l = strlen(p);
	while (l && strchr(" \t\r\n", p[l - 1]))
		l--;
	return xstrndup(p, l);
}

static bool
one_layer(unsigned layer)
{
	return layer == 0 || layer == LAYER_CUSTOMER || layer == LAYER_INTEGRATOR || layer == LAYER_PROVIDER;
}

/* The checks of assess_participant_set; the trimmed name in *out. */
static int
check_participant(const assessment *a, size_t idx, const char *name, const char *organization, unsigned layer,
		  const char *role, char **out, char **err)
{
	if (idx > a->nparticipants) {
		*err = xstrdup(_("no such participant"));
		return -1;
	}
	if (!name || !util_has_text(name)) {
		*err = xstrdup(_("a participant needs a name"));
		return -1;
	}
	if (assess_check_text(name, err) != 0 || (organization && assess_check_text(organization, err) != 0) ||
	    (role && assess_check_text(role, err) != 0))
		return -1;
	if (!one_layer(layer)) {
		*err = xstrdup(_("a participant belongs to one layer at most"));
		return -1;
	}
	char *t = trimmed(name);
	const as_participant *other = assess_participant_find(a, t);
	if (other && other != &a->participants[idx]) {
		*err = xasprintf(_("a participant named \"%s\" is already registered"), t);
		free(t);
		return -1;
	}
	*out = t;
	return 0;
}

/* The checkpoints list participants by name: keep them pointing at the
 * same person when the name changes. */
static void
carry_rename(assessment *a, const char *old, const char *name)
{
	for (size_t i = 0; i < a->ncheckpoints; i++)
		for (size_t j = 0; j < a->checkpoints[i].npresent; j++)
			if (!strcmp(a->checkpoints[i].present[j], old)) {
				free(a->checkpoints[i].present[j]);
				a->checkpoints[i].present[j] = xstrdup(name);
			}
}

int
assess_participant_set(assessment *a, size_t idx, const char *name, const char *organization, unsigned layer,
		       const char *role, char **err)
{
	char *t = NULL;
	if (check_participant(a, idx, name, organization, layer, role, &t, err) != 0)
		return -1;
	if (idx == a->nparticipants) {
		a->participants =
			xgrow(a->participants, &a->capparticipants, a->nparticipants + 1, sizeof *a->participants);
		memset(&a->participants[a->nparticipants++], 0, sizeof *a->participants);
	} else {
		const as_participant *p = &a->participants[idx];
		if (!strcmp(p->name, t) && same_text(p->organization, organization) && p->layer == layer &&
		    same_text(p->role, role)) {
			free(t);
			return 0;
		}
	}
	as_participant *p = &a->participants[idx];
	if (p->name && strcmp(p->name, t) != 0)
		carry_rename(a, p->name, t);
	/* Copy first: the new values may be the old strings themselves. */
	char *o = dup_nonempty(organization), *r = dup_nonempty(role);
	free(p->name);
	free(p->organization);
	free(p->role);
	p->name = t;
	p->organization = o;
	p->role = r;
	p->layer = layer;
	assess_touch(a);
	return 0;
}

/* "stage 1 checkpoint 2" for messages that name a checkpoint. */
static void
name_checkpoint(strbuf *b, const as_checkpoint *c)
{
	sb_addf(b, _("stage %zu checkpoint %u"), c->stage + 1, c->iteration);
}

int
assess_participant_remove(assessment *a, size_t idx, char **err)
{
	if (idx >= a->nparticipants) {
		*err = xstrdup(_("no such participant"));
		return -1;
	}
	as_participant *p = &a->participants[idx];
	strbuf b;
	sb_init(&b);
	size_t used = 0;
	for (size_t i = 0; i < a->ncheckpoints; i++)
		for (size_t j = 0; j < a->checkpoints[i].npresent; j++)
			if (!strcmp(a->checkpoints[i].present[j], p->name)) {
				if (used++)
					sb_add(&b, ", ");
				name_checkpoint(&b, &a->checkpoints[i]);
				break;
			}
	if (used) {
		*err = xasprintf(P_("\"%s\" was present at %zu checkpoint (%s): the record of who was there stays "
				    "whole, so they cannot be removed",
				    "\"%s\" was present at %zu checkpoints (%s): the record of who was there stays "
				    "whole, so they cannot be removed",
				    used),
				 p->name, used, b.s);
		sb_free(&b);
		return -1;
	}
	sb_free(&b);
	free(p->name);
	free(p->organization);
	free(p->role);
	memmove(&a->participants[idx], &a->participants[idx + 1],
		(a->nparticipants - idx - 1) * sizeof *a->participants);
	a->nparticipants--;
	assess_touch(a);
	return 0;
}

/* ---- checkpoints ---- */

size_t
assess_checkpoint_count(const assessment *a, size_t stage)
{
	size_t n = 0;
	for (size_t i = 0; i < a->ncheckpoints; i++)
		n += a->checkpoints[i].stage == stage;
	return n;
}

const as_checkpoint *
assess_checkpoint_nth(const assessment *a, size_t stage, size_t i)
{
	for (size_t k = 0; k < a->ncheckpoints; k++)
		if (a->checkpoints[k].stage == stage && !i--)
			return &a->checkpoints[k];
	return NULL;
}

static int
check_stage(const assessment *a, size_t stage, char **err)
{
	size_t n = a->kb ? a->kb->nstages : 0;
	if (stage >= n || stage >= ASSESS_MAX_STAGES) {
		*err = xasprintf(_("there is no stage %zu in the roadmap (it has %zu)"), stage + 1, n);
		return -1;
	}
	return 0;
}

static int
check_decision(as_decision d, size_t stage, size_t return_to, char **err)
{
	if ((unsigned)d >= DECISION_COUNT) {
		*err = xstrdup(_("unknown checkpoint decision"));
		return -1;
	}
	if (d != DECISION_RETURN) {
		if (return_to != 0 && return_to != ASSESS_NO_STAGE) {
			*err = xasprintf(_("a stage to return to goes only with the decision \"%s\""),
					 as_decision_name(DECISION_RETURN));
			return -1;
		}
		return 0;
	}
	if (!stage) {
		*err = xstrdup(_("stage 1 has no earlier stage to return to"));
		return -1;
	}
	if (return_to >= stage) {
		if (return_to == ASSESS_NO_STAGE)
			*err = xasprintf(_("the decision \"%s\" needs the earlier stage to return to"),
					 as_decision_name(DECISION_RETURN));
		else
			*err = xasprintf(_("a checkpoint of stage %zu can only return to an earlier stage (1 to %zu), "
					   "not to stage %zu"),
					 stage + 1, stage, return_to + 1);
		return -1;
	}
	return 0;
}

/* Every name present is registered, and none twice. */
static int
check_present(const assessment *a, const char *const *present, size_t n, char **err)
{
	for (size_t i = 0; i < n; i++) {
		if (!present[i] || !assess_participant_find(a, present[i])) {
			*err = xasprintf(_("\"%s\" is not in the participants register; add them first"),
					 present[i] ? present[i] : "");
			return -1;
		}
		for (size_t j = 0; j < i; j++)
			if (!strcmp(present[i], present[j])) {
				*err = xasprintf(_("\"%s\" is listed twice among those present"), present[i]);
				return -1;
			}
	}
	return 0;
}

static unsigned
next_iteration(const assessment *a, size_t stage)
{
	unsigned n = 0;
	for (size_t i = 0; i < a->ncheckpoints; i++)
		if (a->checkpoints[i].stage == stage && a->checkpoints[i].iteration > n)
			n = a->checkpoints[i].iteration;
	return n + 1;
}

int
assess_checkpoint_add(assessment *a, size_t stage, as_decision d, size_t return_to, const char *date,
		      const char *const *present, size_t npresent, const char *risks, const char *issues,
		      const char *notes, char **err)
{
	if (check_stage(a, stage, err) != 0 || check_decision(d, stage, return_to, err) != 0)
		return -1;
	const char *texts[] = {risks, issues, notes};
	for (size_t i = 0; i < 3; i++)
		if (texts[i] && assess_check_text(texts[i], err) != 0)
			return -1;
	if (assess_check_date(date, err) != 0 || check_present(a, present, npresent, err) != 0)
		return -1;
	a->checkpoints = xgrow(a->checkpoints, &a->capcheckpoints, a->ncheckpoints + 1, sizeof *a->checkpoints);
	as_checkpoint *c = &a->checkpoints[a->ncheckpoints];
	memset(c, 0, sizeof *c);
	c->stage = stage;
	c->iteration = next_iteration(a, stage);
	c->decision = d;
	c->return_to = d == DECISION_RETURN ? return_to : 0;
	if (date && *date)
		snprintf(c->date, sizeof c->date, "%s", date);
	else
		util_today(c->date);
	if (npresent) {
		c->present = xcalloc(npresent, sizeof *c->present);
		for (size_t i = 0; i < npresent; i++)
			c->present[i] = xstrdup(present[i]);
		c->npresent = npresent;
	}
	c->risks = dup_nonempty(risks);
	c->issues = dup_nonempty(issues);
	c->notes = dup_nonempty(notes);
	a->ncheckpoints++;
	assess_touch(a);
	return 0;
}

/* ---- timeboxes ---- */

int
assess_set_timebox(assessment *a, size_t stage, unsigned minutes, char **err)
{
	if (check_stage(a, stage, err) != 0)
		return -1;
	if (minutes > ASSESS_MAX_TIMEBOX) {
		*err = xasprintf(_("a timebox of %u minutes is longer than a day (at most %u)"), minutes,
				 ASSESS_MAX_TIMEBOX);
		return -1;
	}
	if (a->timebox[stage] != minutes) {
		a->timebox[stage] = minutes;
		assess_touch(a);
	}
	return 0;
}

/* ---- copy, free, checks ---- */

void
assess_workshop_copy(assessment *dst, const assessment *src)
{
	if (src->nparticipants) {
		dst->participants = xcalloc(src->nparticipants, sizeof *dst->participants);
		dst->capparticipants = src->nparticipants;
	}
	for (size_t i = 0; i < src->nparticipants; i++) {
		const as_participant *s = &src->participants[i];
		as_participant *p = &dst->participants[i];
		p->name = xstrdup(s->name);
		p->organization = s->organization ? xstrdup(s->organization) : NULL;
		p->role = s->role ? xstrdup(s->role) : NULL;
		p->layer = s->layer;
	}
	dst->nparticipants = src->nparticipants;
	if (src->ncheckpoints) {
		dst->checkpoints = xcalloc(src->ncheckpoints, sizeof *dst->checkpoints);
		dst->capcheckpoints = src->ncheckpoints;
	}
	for (size_t i = 0; i < src->ncheckpoints; i++) {
		const as_checkpoint *s = &src->checkpoints[i];
		as_checkpoint *c = &dst->checkpoints[i];
		*c = *s;
		c->present = s->npresent ? xcalloc(s->npresent, sizeof *c->present) : NULL;
		for (size_t j = 0; j < s->npresent; j++)
			c->present[j] = xstrdup(s->present[j]);
		c->risks = s->risks ? xstrdup(s->risks) : NULL;
		c->issues = s->issues ? xstrdup(s->issues) : NULL;
		c->notes = s->notes ? xstrdup(s->notes) : NULL;
	}
	dst->ncheckpoints = src->ncheckpoints;
	memcpy(dst->timebox, src->timebox, sizeof dst->timebox);
}

void
assess_workshop_free(assessment *a)
{
	for (size_t i = 0; i < a->nparticipants; i++) {
		free(a->participants[i].name);
		free(a->participants[i].organization);
		free(a->participants[i].role);
	}
	free(a->participants);
	a->participants = NULL;
	a->nparticipants = a->capparticipants = 0;
	for (size_t i = 0; i < a->ncheckpoints; i++) {
		as_checkpoint *c = &a->checkpoints[i];
		for (size_t j = 0; j < c->npresent; j++)
			free(c->present[j]);
		free(c->present);
		free(c->risks);
		free(c->issues);
		free(c->notes);
	}
	free(a->checkpoints);
	a->checkpoints = NULL;
	a->ncheckpoints = a->capcheckpoints = 0;
}

static int
cmp_str(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Duplicate and untrimmed names; the sorted names for the lookups after. */
static const char **
check_participants(const assessment *a, diag_list *d)
{
	if (!a->nparticipants)
		return NULL;
	const char **v = xcalloc(a->nparticipants, sizeof *v);
	for (size_t i = 0; i < a->nparticipants; i++) {
		const char *n = a->participants[i].name ? a->participants[i].name : "";
		v[i] = n;
		if (!util_has_text(n))
			diag_add(d, DIAG_ERROR, 0, _("a participant has no name"));
		else if (strchr(" \t\r\n", n[0]) || strchr(" \t\r\n", n[strlen(n) - 1]))
			diag_add(d, DIAG_WARNING, 0, _("participant \"%s\" has blanks around the name"), n);
	}
	xsort(v, a->nparticipants, sizeof *v, cmp_str);
	for (size_t i = 0; i + 1 < a->nparticipants;) {
		size_t j = i + 1;
		while (j < a->nparticipants && !strcmp(v[i], v[j]))
			j++;
		if (j - i > 1)
			diag_add(d, DIAG_ERROR, 0,
				 P_("participant \"%s\" is registered %zu time",
				    "participant \"%s\" is registered %zu times", j - i),
				 v[i], j - i);
		i = j;
	}
	return v;
}

static void
check_one_checkpoint(const assessment *a, const as_checkpoint *c, unsigned want, const char **names, diag_list *d)
{
	size_t nst = a->kb ? a->kb->nstages : 0;
	if (a->kb && c->stage >= nst)
		diag_add(d, DIAG_WARNING, c->line,
			 _("a checkpoint names stage %zu, which the knowledge base in use does not have; it is kept"),
			 c->stage + 1);
	if (c->iteration != want)
		diag_add(d, DIAG_ERROR, c->line, _("checkpoint %u of stage %zu should be number %u of that stage"),
			 c->iteration, c->stage + 1, want);
	if (c->decision == DECISION_RETURN && c->return_to >= c->stage)
		diag_add(d, DIAG_ERROR, c->line,
			 _("stage %zu checkpoint %u returns to stage %zu, which is not an earlier stage"), c->stage + 1,
			 c->iteration, c->return_to + 1);
	if (!util_valid_date(c->date))
		diag_add(d, DIAG_ERROR, c->line, _("stage %zu checkpoint %u has no valid date"), c->stage + 1,
			 c->iteration);
	for (size_t j = 0; j < c->npresent; j++) {
		if (!names || !bsearch(&c->present[j], names, a->nparticipants, sizeof *names, cmp_str))
			diag_add(d, DIAG_WARNING, c->line,
				 _("stage %zu checkpoint %u lists \"%s\", who is not in the participants register"),
				 c->stage + 1, c->iteration, c->present[j]);
		for (size_t k = 0; k < j; k++)
			if (!strcmp(c->present[j], c->present[k]))
				diag_add(d, DIAG_ERROR, c->line, _("stage %zu checkpoint %u lists \"%s\" twice"),
					 c->stage + 1, c->iteration, c->present[j]);
	}
}

void
assess_check_workshop(const assessment *a, diag_list *d)
{
	const char **names = check_participants(a, d);
	unsigned seen[ASSESS_MAX_STAGES] = {0};
	for (size_t i = 0; i < a->ncheckpoints; i++) {
		const as_checkpoint *c = &a->checkpoints[i];
		unsigned want = c->stage < ASSESS_MAX_STAGES ? ++seen[c->stage] : c->iteration;
		check_one_checkpoint(a, c, want, names, d);
	}
	size_t nst = a->kb ? a->kb->nstages : ASSESS_MAX_STAGES;
	for (size_t s = nst; s < ASSESS_MAX_STAGES; s++)
		if (a->timebox[s])
			diag_add(d, DIAG_WARNING, 0,
				 _("a timebox is planned for stage %zu, which the knowledge base in use does not have"),
				 s + 1);
	free(names);
}
