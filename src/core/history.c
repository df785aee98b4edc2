/* history.c - deep copies of an assessment and the undo history built on
 * them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "history.h"

static char *
dup(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* n elements of size each, copied (NULL for none); *cap gets n. */
static void *
dup_array(const void *v, size_t n, size_t size, size_t *cap)
{
	*cap = n;
	if (!n)
		return NULL;
	void *p = xcalloc(n, size);
	memcpy(p, v, n * size);
	return p;
}

static void
copy_item(as_item *d, const as_item *s)
{
	*d = *s;
	d->ref = dup(s->ref);
	d->owner = dup(s->owner);
	d->notes = dup(s->notes);
	d->justification = dup(s->justification);
	d->providers = dup_array(s->providers, s->nproviders, sizeof *s->providers, &d->capproviders);
	for (size_t i = 0; i < s->nproviders; i++)
		d->providers[i] = dup(s->providers[i]);
	d->evidence = dup_array(s->evidence, s->nevidence, sizeof *s->evidence, &d->capevidence);
	for (size_t i = 0; i < s->nevidence; i++) {
		d->evidence[i].text = dup(s->evidence[i].text);
		d->evidence[i].location = dup(s->evidence[i].location);
		d->evidence[i].reviewer = dup(s->evidence[i].reviewer);
	}
}

static void
copy_registers(assessment *d, const assessment *s)
{
	d->providers = dup_array(s->providers, s->nproviders, sizeof *s->providers, &d->capproviders);
	for (size_t i = 0; i < s->nproviders; i++) {
		d->providers[i].name = dup(s->providers[i].name);
		d->providers[i].services = dup(s->providers[i].services);
	}
	d->structures = dup_array(s->structures, s->nstructures, sizeof *s->structures, &d->capstructures);
	for (size_t i = 0; i < s->nstructures; i++) {
		d->structures[i].name = dup(s->structures[i].name);
		d->structures[i].purpose = dup(s->structures[i].purpose);
	}
	d->roles = dup_array(s->roles, s->nroles, sizeof *s->roles, &d->caproles);
	for (size_t i = 0; i < s->nroles; i++) {
		const as_role *r = &s->roles[i];
		d->roles[i].ref = dup(r->ref);
		d->roles[i].holders = dup_array(r->holders, r->nholders, sizeof *r->holders, &d->roles[i].capholders);
		for (size_t j = 0; j < r->nholders; j++)
			d->roles[i].holders[j].party = dup(r->holders[j].party);
	}
	d->processes = dup_array(s->processes, s->nprocesses, sizeof *s->processes, &d->capprocesses);
	for (size_t i = 0; i < s->nprocesses; i++)
		d->processes[i].ref = dup(s->processes[i].ref);
}

assessment *
assess_clone(const assessment *s)
{
	assessment *d = xcalloc(1, sizeof *d);
	*d = *s;
	d->kb_revision = dup(s->kb_revision);
	d->organization = dup(s->organization);
	d->assessor = dup(s->assessor);
	d->scope = dup(s->scope);
	d->separation = dup(s->separation);
	copy_registers(d, s);
	d->items = dup_array(s->items, s->nitems, sizeof *s->items, &d->capitems);
	for (size_t i = 0; i < s->nitems; i++)
		copy_item(&d->items[i], &s->items[i]);
	d->judgements = dup_array(s->judgements, s->njudgements, sizeof *s->judgements, &d->capjudgements);
	for (size_t i = 0; i < s->njudgements; i++) {
		as_judgement *j = &d->judgements[i];
		const as_judgement *o = &s->judgements[i];
		j->clause = dup(o->clause);
		j->assessor = dup(o->assessor);
		j->requirement = dup(o->requirement);
		j->evidence = dup(o->evidence);
		j->statement = dup(o->statement);
	}
	d->participants = NULL;
	d->nparticipants = d->capparticipants = 0;
	d->checkpoints = NULL;
	d->ncheckpoints = d->capcheckpoints = 0;
	assess_workshop_copy(d, s);
	idmap_init(&d->index);
	assess_reindex(d);
	return d;
}

typedef struct state {
	assessment *as;
	char *what; /* the edit that led to this state */
	size_t weight; /* its records, roughly what the copy costs */
} state;

struct as_history {
	state *v; /* v[0] oldest .. v[n-1]; v[cur] is the present */
	size_t n, cap, cur, levels;
	size_t weight; /* of all the states kept */
	long saved; /* index of the saved state, -1 when it was forgotten */
};

/* However many levels were asked for, the copies kept stay within this
 * many records in all: a file of a few hundred records keeps every
 * level, a hostile one of a hundred thousand keeps a few. */
#define HISTORY_BUDGET ((size_t)2000000)

static size_t
weight(const assessment *a)
{
	size_t w = 1 + a->nitems + a->nproviders + a->nstructures + a->nroles + a->nprocesses + a->njudgements +
		   a->nparticipants + a->ncheckpoints;
	for (size_t i = 0; i < a->nitems; i++)
		w += a->items[i].nevidence + a->items[i].nproviders;
	return w;
}

as_history *
history_new(const assessment *a, size_t levels)
{
	as_history *h = xcalloc(1, sizeof *h);
	h->levels = levels ? levels : 1;
	h->v = xgrow(h->v, &h->cap, 1, sizeof *h->v);
	h->v[0].as = assess_clone(a);
	h->v[0].what = NULL;
	h->v[0].weight = h->weight = weight(a);
	h->n = 1;
	/* Opened with unsaved work (a recovered autosave): no state is the
	 * file's. */
	h->saved = a->changes ? -1 : 0;
	return h;
}

static void
drop(as_history *h, state *st)
{
	h->weight -= st->weight;
	assess_free(&st->as);
	free(st->what);
	st->what = NULL;
}

void
history_free(as_history **hp)
{
	as_history *h = *hp;
	if (!h)
		return;
	for (size_t i = 0; i < h->n; i++)
		drop(h, &h->v[i]);
	free(h->v);
	free(h);
	*hp = NULL;
}

void
history_commit(as_history *h, const assessment *a, const char *what)
{
	/* A new edit after undoing: the undone states cannot come back. */
	while (h->n > h->cur + 1)
		drop(h, &h->v[--h->n]);
	if (h->saved > (long)h->cur)
		h->saved = -1;
	h->v = xgrow(h->v, &h->cap, h->n + 1, sizeof *h->v);
	h->v[h->n].as = assess_clone(a);
	h->v[h->n].what = what ? xstrdup(what) : NULL;
	h->v[h->n].weight = weight(a);
	h->weight += h->v[h->n].weight;
	h->cur = h->n++;
	/* Forget the oldest states beyond the levels or the budget; the
	 * present and the one before it always stay. */
	while (h->n > 2 && (h->n - 1 > h->levels || h->weight > HISTORY_BUDGET)) {
		drop(h, &h->v[0]);
		memmove(&h->v[0], &h->v[1], (h->n - 1) * sizeof *h->v);
		h->n--;
		h->cur--;
		h->saved = h->saved > 0 ? h->saved - 1 : -1;
	}
}

/* Make a's content a copy of state i. */
static void
restore(as_history *h, assessment *a, size_t i)
{
	unsigned long gen = a->generation;
	assessment *c = assess_clone(h->v[i].as);
	/* Swap the content in: a keeps its address, the old content goes
	 * with the clone's shell. */
	assessment tmp = *a;
	*a = *c;
	*c = tmp;
	assess_free(&c);
	/* The index's keys point into the records, which moved with it. */
	idmap_free(&a->index);
	idmap_init(&a->index);
	assess_reindex(a);
	a->generation = gen + 1;
	a->changes = (long)i == h->saved ? 0 : 1;
	h->cur = i;
}

bool
history_undo(as_history *h, assessment *a, const char **what)
{
	if (!h->cur)
		return false;
	if (what)
		*what = h->v[h->cur].what;
	restore(h, a, h->cur - 1);
	return true;
}

bool
history_redo(as_history *h, assessment *a, const char **what)
{
	if (h->cur + 1 >= h->n)
		return false;
	if (what)
		*what = h->v[h->cur + 1].what;
	restore(h, a, h->cur + 1);
	return true;
}

void
history_saved(as_history *h)
{
	h->saved = (long)h->cur;
}

size_t
history_undo_count(const as_history *h)
{
	return h->cur;
}

size_t
history_redo_count(const as_history *h)
{
	return h->n - 1 - h->cur;
}
