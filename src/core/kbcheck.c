/* kbcheck.c - the knowledge-base linter behind "siamwiz kb check": the
 * coverage and completeness rules that a loadable knowledge base may still
 * break (unsupported clauses, unproduced documented information, missing
 * translations, thin items). */
#include "config.h"

#include <string.h>

#include "i18n.h"
#include "kb.h"

typedef struct langs {
	char *v[16];
	size_t n;
} langs;

static void
collect(langs *ls, const kb_text *t)
{
	for (size_t i = 0; i < t->n; i++) {
		size_t j;
		for (j = 0; j < ls->n; j++)
			if (!strcmp(ls->v[j], t->lang[i]))
				break;
		if (j == ls->n && ls->n < 16)
			ls->v[ls->n++] = t->lang[i];
	}
}

typedef struct walker {
	const langs *ls;
	diag_list *d;
	kb_lint *out;
	int pass;		/* 0 collects languages, 1 checks */
	langs *acc;
} walker;

static void
visit(walker *w, const kb_text *t, const char *owner, const char *field)
{
	if (w->pass == 0) {
		collect(w->acc, t);
		return;
	}
	w->out->texts++;
	int missing = 0;
	for (size_t i = 0; i < w->ls->n; i++) {
		if (!kb_text_in(t, w->ls->v[i])) {
			diag_add(w->d, DIAG_ERROR, 0, _("%s: %s has no text in language \"%s\""),
				 owner, field, w->ls->v[i]);
			missing = 1;
		}
	}
	for (size_t i = 0; i < t->n; i++) {
		const char *s = t->s[i];
		s += strspn(s, " \t\n");
		if (!*s) {
			diag_add(w->d, DIAG_ERROR, 0, _("%s: %s is empty in language \"%s\""),
				 owner, field, t->lang[i]);
			missing = 1;
		}
	}
	w->out->texts_missing_lang += missing;
}

static void
visit_list(walker *w, const kb_textlist *l, const char *owner, const char *field)
{
	for (size_t i = 0; i < l->n; i++)
		visit(w, &l->v[i], owner, field);
}

static void
walk(walker *w, const kb *k)
{
	for (size_t i = 0; i < k->nstages; i++) {
		const kb_stage *s = &k->stages[i];
		visit(w, &s->title, s->id, "title");
		visit(w, &s->purpose, s->id, "purpose");
		visit(w, &s->trigger, s->id, "trigger");
		visit(w, &s->checkpoint, s->id, "checkpoint");
		visit_list(w, &s->objectives, s->id, "objective");
	}
	for (size_t i = 0; i < k->nitems; i++) {
		const kb_item *it = &k->items[i];
		visit(w, &it->title, it->id, "title");
		visit(w, &it->description, it->id, "description");
		visit(w, &it->why, it->id, "why");
		visit_list(w, &it->questions, it->id, "question");
		visit_list(w, &it->evidence, it->id, "evidence");
		for (size_t j = 0; j < it->nlinks; j++)
			visit(w, &k->links[it->links[j]].rationale, it->id, "rationale");
	}
	for (size_t i = 0; i < k->nclauses; i++) {
		visit(w, &k->clauses[i].title, k->clauses[i].id, "title");
		visit(w, &k->clauses[i].summary, k->clauses[i].id, "summary");
	}
	for (size_t i = 0; i < k->ndocs; i++) {
		visit(w, &k->docs[i].title, k->docs[i].id, "title");
		if (k->docs[i].summary.n)
			visit(w, &k->docs[i].summary, k->docs[i].id, "summary");
	}
	for (int s = 0; s < KB_NSECTIONS; s++) {
		for (size_t i = 0; i < k->nentries[s]; i++) {
			const kb_entry *e = &k->entries[s][i];
			visit(w, &e->title, e->id, "title");
			if (e->summary.n)
				visit(w, &e->summary, e->id, "summary");
			if (e->extra.n)
				visit(w, &e->extra, e->id, "text");
			visit_list(w, &e->list1, e->id, "entry");
			visit_list(w, &e->list2, e->id, "entry");
		}
	}
}

/* A clause counts as supported when it, or any clause below it, is linked. */
static int
supported(const kb *k, size_t ci)
{
	const kb_clause *c = &k->clauses[ci];
	if (c->nlinks)
		return 1;
	for (size_t i = 0; i < c->nchildren; i++)
		if (supported(k, c->children[i]))
			return 1;
	return 0;
}

size_t
kb_check(const kb *k, diag_list *d, kb_lint *out)
{
	size_t before = d->n;
	langs ls = {.n = 0};
	walker w = {.ls = &ls, .d = d, .out = out, .pass = 0, .acc = &ls};

	memset(out, 0, sizeof *out);
	if (k->nstages != 4)
		diag_add(d, DIAG_ERROR, 0, _("the roadmap has %zu stages; siamwiz expects the four of "
					    "ISO/IEC TS 20000-14"), k->nstages);
	if (k->nclauses == 0)
		diag_add(d, DIAG_ERROR, 0, _("the knowledge base has no ISO/IEC 20000-1 clauses"));
	for (size_t i = 0; i < k->nstages; i++)
		if (k->stages[i].nitems == 0)
			diag_add(d, DIAG_ERROR, 0, _("stage %s has no items"), k->stages[i].id);

	out->clauses = k->nclauses;
	for (size_t i = 0; i < k->nclauses; i++) {
		const kb_clause *c = &k->clauses[i];
		if (supported(k, i))
			out->clauses_supported++;
		else
			diag_add(d, DIAG_ERROR, 0, _("clause %s is supported by no item"), c->id);
		/* Roll-up hides a missing leaf: leaves need a direct link. */
		if (c->nchildren == 0 && c->nlinks == 0 && supported(k, i))
			diag_add(d, DIAG_ERROR, 0, _("clause %s is supported by no item"), c->id);
	}
	out->items = k->nitems;
	for (size_t i = 0; i < k->nitems; i++) {
		const kb_item *it = &k->items[i];
		if (it->nlinks)
			out->items_linked++;
		else
			diag_add(d, DIAG_ERROR, 0, _("item %s is linked to no clause"), it->id);
		if (it->questions.n < 2)
			diag_add(d, DIAG_ERROR, 0, _("item %s has %zu workshop question(s); at least 2 are "
						    "expected"), it->id, it->questions.n);
		if (it->evidence.n < 2)
			diag_add(d, DIAG_ERROR, 0, _("item %s has %zu evidence example(s); at least 2 are "
						    "expected"), it->id, it->evidence.n);
		if (it->layers == 0)
			diag_add(d, DIAG_ERROR, 0, _("item %s names no responsible layer"), it->id);
	}
	out->docs = k->ndocs;
	for (size_t i = 0; i < k->ndocs; i++) {
		if (k->docs[i].nproducers)
			out->docs_produced++;
		else
			diag_add(d, DIAG_ERROR, 0, _("%s %s is produced by no item"),
				 k->docs[i].record ? _("record") : _("documented information"),
				 k->docs[i].id);
	}
	walk(&w, k);
	int has_en = 0;
	for (size_t i = 0; i < ls.n; i++)
		has_en |= !strcmp(ls.v[i], "en");
	if (!has_en && ls.n < 16)
		ls.v[ls.n++] = (char *)"en";
	w.pass = 1;
	walk(&w, k);
	return d->n - before;
}
