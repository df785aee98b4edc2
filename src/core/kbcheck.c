/* kbcheck.c - the knowledge-base linter behind "siamwiz kb check": the
 * coverage and completeness rules that a loadable knowledge base may still
 * break (unsupported clauses, unproduced documented information, missing
 * translations, thin items). */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
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
	const kb *k;
	const langs *ls;
	diag_list *d;
	kb_lint *out;
	int pass; /* 0 collects languages, 1 checks */
	langs *acc;
} walker;

/* Case-insensitive for ASCII, exact for the rest (French accents are
 * written the same way in the glossary and in the texts). */
static const char *
find_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	if (!n)
		return NULL;
	for (const char *p = hay; *p; p++) {
		size_t i = 0;
		while (i < n && p[i] && tolower((unsigned char)p[i]) == tolower((unsigned char)needle[i]))
			i++;
		if (i == n)
			return p;
	}
	return NULL;
}

/* The glossary: a text must not use a rendering a term says to avoid. */
static void
glossary(walker *w, const kb_text *t, const char *owner, const char *field)
{
	const kb *k = w->k;
	for (size_t e = 0; e < k->nentries[KB_TERM]; e++) {
		const kb_entry *term = &k->entries[KB_TERM][e];
		for (size_t a = 0; a < term->avoid.n; a++) {
			const kb_text *av = &term->avoid.v[a];
			const char *s = kb_text_in(t, av->lang[0]);
			if (!s || !find_ci(s, av->s[0]))
				continue;
			const char *use = kb_text_in(&term->title, av->lang[0]);
			diag_add(w->d, DIAG_ERROR, 0, _("%s: %s (%s) uses \"%s\"; the glossary (%s) says \"%s\""),
				 owner, field, av->lang[0], av->s[0], term->id, use ? use : "?");
			w->out->glossary_hits++;
		}
	}
}

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
			diag_add(w->d, DIAG_ERROR, 0, _("%s: %s has no text in language \"%s\""), owner, field,
				 w->ls->v[i]);
			missing = 1;
		}
	}
	for (size_t i = 0; i < t->n; i++) {
		const char *s = t->s[i];
		s += strspn(s, " \t\n");
		if (!*s) {
			diag_add(w->d, DIAG_ERROR, 0, _("%s: %s is empty in language \"%s\""), owner, field,
				 t->lang[i]);
			missing = 1;
		}
	}
	w->out->texts_missing_lang += missing;
	glossary(w, t, owner, field);
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
		visit_list(w, &s->activities, s->id, "activity");
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
	for (size_t i = 0; i < k->nneeds; i++)
		visit(w, &k->needs[i].why, k->needs[i].item, "rule");
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

/* The roadmap: four stages, each with items, a source and activities. */
static void
check_stages(const kb *k, diag_list *d, kb_lint *out)
{
	if (k->nstages != 4)
		diag_add(d, DIAG_ERROR, 0,
			 _("the roadmap has %zu stages; siamwiz expects the four of "
			   "ISO/IEC TS 20000-14"),
			 k->nstages);
	if (k->nclauses == 0)
		diag_add(d, DIAG_ERROR, 0, _("the knowledge base has no ISO/IEC 20000-1 clauses"));
	for (size_t i = 0; i < k->nstages; i++) {
		const kb_stage *st = &k->stages[i];
		if (st->nitems == 0)
			diag_add(d, DIAG_ERROR, 0, _("stage %s has no items"), st->id);
		if (!st->source)
			diag_add(d, DIAG_ERROR, 0, _("stage %s names no source (the ISO/IEC TS 20000-14 subclause)"),
				 st->id);
		else
			out->traced++;
		if (st->activities.n == 0)
			diag_add(d, DIAG_ERROR, 0, _("stage %s lists no activities"), st->id);
	}
}

static void
check_links(const kb *k, diag_list *d, kb_lint *out)
{
	/* Link roles: every link has one, every leaf clause with links has a
	 * primary item (the verdict cannot be reached otherwise). */
	out->links = k->nlinks;
	for (size_t i = 0; i < k->nlinks; i++) {
		const kb_link *l = &k->links[i];
		out->links_primary += l->role == ROLE_PRIMARY;
		if (l->has_role)
			out->links_with_role++;
		else
			diag_add(d, DIAG_ERROR, 0,
				 _("the link of item %s to clause %s has no role (primary or "
				   "supporting)"),
				 k->items[l->item].id, l->clause_id);
	}
}

/* Every clause supported; every leaf clause with links has a primary item. */
static void
check_clauses(const kb *k, diag_list *d, kb_lint *out)
{
	out->clauses = k->nclauses;
	for (size_t i = 0; i < k->nclauses; i++) {
		const kb_clause *c = &k->clauses[i];
		if (supported(k, i))
			out->clauses_supported++;
		else
			diag_add(d, DIAG_ERROR, 0, _("clause %s is supported by no item"), c->id);
		if (c->nchildren || !c->nlinks)
			continue;
		size_t prim = 0;
		for (size_t j = 0; j < c->nlinks; j++)
			prim += k->links[c->links[j]].role == ROLE_PRIMARY;
		if (prim == 0)
			diag_add(d, DIAG_ERROR, 0,
				 _("clause %s has no primary support: no item is marked as what "
				   "the clause asks for"),
				 c->id);
		else
			out->clauses_primary++;
		out->clauses_several_primary += prim > 1;
	}
}

/* Every item linked, traced, with questions, evidence examples and a layer. */
static void
check_items(const kb *k, diag_list *d, kb_lint *out)
{
	out->items = k->nitems;
	for (size_t i = 0; i < k->nitems; i++) {
		const kb_item *it = &k->items[i];
		if (it->nlinks || it->same_as)
			out->items_linked++;
		else
			diag_add(d, DIAG_ERROR, 0, _("item %s is linked to no clause"), it->id);
		if (it->source)
			out->traced++;
		else
			diag_add(d, DIAG_ERROR, 0, _("item %s names no source (the ISO/IEC TS 20000-14 subclause)"),
				 it->id);
		if (it->questions.n < 2)
			diag_add(d, DIAG_ERROR, 0,
				 _("item %s has %zu workshop question(s); at least 2 are "
				   "expected"),
				 it->id, it->questions.n);
		if (it->evidence.n < 2)
			diag_add(d, DIAG_ERROR, 0,
				 _("item %s has %zu evidence example(s); at least 2 are "
				   "expected"),
				 it->id, it->evidence.n);
		if (it->layers == 0)
			diag_add(d, DIAG_ERROR, 0, _("item %s names no responsible layer"), it->id);
	}
}

/* Every documented information and record produced by some item. */
static void
check_docs(const kb *k, diag_list *d, kb_lint *out)
{
	out->docs = k->ndocs;
	for (size_t i = 0; i < k->ndocs; i++) {
		if (k->docs[i].nproducers)
			out->docs_produced++;
		else
			diag_add(d, DIAG_ERROR, 0, _("%s %s is produced by no item"),
				 k->docs[i].record ? _("record") : _("documented information"), k->docs[i].id);
	}
}

size_t
kb_check(const kb *k, diag_list *d, kb_lint *out)
{
	size_t before = diag_total(d);
	langs ls = {.n = 0};
	walker w = {.k = k, .ls = &ls, .d = d, .out = out, .pass = 0, .acc = &ls};

	memset(out, 0, sizeof *out);
	check_stages(k, d, out);
	check_links(k, d, out);
	check_clauses(k, d, out);
	check_items(k, d, out);
	check_docs(k, d, out);
	walk(&w, k);
	int has_en = 0;
	for (size_t i = 0; i < ls.n; i++)
		has_en |= !strcmp(ls.v[i], "en");
	if (!has_en && ls.n < 16)
		ls.v[ls.n++] = (char *)"en";
	w.pass = 1;
	walk(&w, k);
	return diag_total(d) - before;
}
