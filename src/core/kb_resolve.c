/* kb_resolve.c - cross references of a loaded knowledge base.
 *
 * Runs once every source is in, so that a knowledge base may be split over
 * several files: stages are put in order, every ID is registered once, and
 * each reference is checked against the kind of element it must name. */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "kb_int.h"

static void kerr(const kb *k, diag_list *d, size_t src, long line, const char *fmt, ...)
	__attribute__((format(__printf__, 5, 6)));

static void
kerr(const kb *k, diag_list *d, size_t src, long line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *m = xvasprintf(fmt, ap);
	va_end(ap);
	if (src < k->nsources)
		diag_add(d, DIAG_ERROR, 0, "%s:%ld: %s", k->sources[src], line, m);
	else
		diag_add(d, DIAG_ERROR, 0, "%s", m);
	free(m);
}
static void
reg(kb *k, const char *id, kb_idkind kind, size_t i, size_t src, long line, diag_list *d)
{
	if (!id)
		return;
	if (!idmap_put(&k->ids, id, KB_KEY(kind, i)))
		kerr(k, d, src, line, _("duplicate ID %s"), id);
}
/* Every ID in a space-separated list must be of the given kind. */
static void
check_refs(const kb *k, const char *list, kb_idkind want, const char *owner, const char *what, size_t src, long line,
	   diag_list *d)
{
	const char *p = list;
	while (p && *p) {
		size_t l = strcspn(p, " ");
		char *id = xstrndup(p, l);
		if (l && kb_lookup(k, id, NULL) != want)
			kerr(k, d, src, line, _("%s refers to unknown %s %s"), owner, what, id);
		free(id);
		p += l;
		p += strspn(p, " ");
	}
}

static int
cmp_stage(const void *a, const void *b)
{
	return ((const kb_stage *)a)->number - ((const kb_stage *)b)->number;
}

/* Stages are put in order of their number: item->stage indices follow. */
static void
sort_stages(kb *k, diag_list *d)
{
	size_t *order = xcalloc(k->nstages, sizeof *order);
	kb_stage *sorted = xcalloc(k->nstages, sizeof *sorted);
	for (size_t i = 0; i < k->nstages; i++)
		sorted[i] = k->stages[i];
	xsort(sorted, k->nstages, sizeof *sorted, cmp_stage);
	for (size_t i = 0; i < k->nstages; i++)
		for (size_t j = 0; j < k->nstages; j++)
			if (sorted[j].id == k->stages[i].id)
				order[i] = j;
	for (size_t i = 0; i < k->nitems; i++)
		k->items[i].stage = order[k->items[i].stage];
	free(k->stages);
	k->stages = sorted;
	free(order);
	for (size_t i = 1; i < k->nstages; i++)
		if (k->stages[i].number == k->stages[i - 1].number)
			kerr(k, d, k->stages[i].src, k->stages[i].line, _("stages %s and %s have the same number %d"),
			     k->stages[i - 1].id, k->stages[i].id, k->stages[i].number);
}

/* Every ID once in the map, whatever its kind. */
static void
register_ids(kb *k, diag_list *d)
{
	for (size_t i = 0; i < k->nstages; i++)
		reg(k, k->stages[i].id, KB_ID_STAGE, i, k->stages[i].src, k->stages[i].line, d);
	for (size_t i = 0; i < k->nitems; i++)
		reg(k, k->items[i].id, KB_ID_ITEM, i, k->items[i].src, k->items[i].line, d);
	for (size_t i = 0; i < k->nclauses; i++)
		reg(k, k->clauses[i].id, KB_ID_CLAUSE, i, k->clauses[i].src, k->clauses[i].line, d);
	for (size_t i = 0; i < k->ndocs; i++)
		reg(k, k->docs[i].id, KB_ID_DOC, i, k->docs[i].src, k->docs[i].line, d);
	for (int s = 0; s < KB_NSECTIONS; s++)
		for (size_t i = 0; i < k->nentries[s]; i++)
			reg(k, k->entries[s][i].id, KB_ID_ENTRY, ((size_t)s << 16) | i, k->entries[s][i].src,
			    k->entries[s][i].line, d);
}

/* A clause 5.1.2 hangs under 5.1, which must exist. */
static void
link_clause_tree(kb *k, diag_list *d)
{
	for (size_t i = 0; i < k->nclauses; i++) {
		kb_clause *cl = &k->clauses[i];
		const char *dot = strrchr(cl->id, '.');
		cl->parent = -1;
		cl->depth = 0;
		if (!dot)
			continue;
		char *pid = xstrndup(cl->id, (size_t)(dot - cl->id));
		size_t p;
		if (kb_lookup(k, pid, &p) == KB_ID_CLAUSE) {
			cl->parent = (int)p;
			kb_clause *pc = &k->clauses[p];
			PUSH(&pc->children, &pc->nchildren, &pc->capchildren);
			pc->children[pc->nchildren - 1] = i;
		} else {
			kerr(k, d, cl->src, cl->line, _("clause %s has no parent clause %s"), cl->id, pid);
		}
		free(pid);
	}
	for (size_t i = 0; i < k->nclauses; i++)
		for (int p = k->clauses[i].parent; p >= 0; p = k->clauses[p].parent)
			k->clauses[i].depth++;
}

/* Each <supports> names a clause, at most once per item. */
static void
resolve_links(kb *k, diag_list *d)
{
	for (size_t i = 0; i < k->nlinks; i++) {
		kb_link *l = &k->links[i];
		size_t ci;
		if (kb_lookup(k, l->clause_id, &ci) != KB_ID_CLAUSE) {
			kerr(k, d, k->items[l->item].src, k->items[l->item].line,
			     _("item %s supports unknown clause %s"), k->items[l->item].id, l->clause_id);
			continue;
		}
		l->clause = ci;
		kb_clause *cl = &k->clauses[ci];
		for (size_t j = 0; j < cl->nlinks; j++)
			if (k->links[cl->links[j]].item == l->item)
				kerr(k, d, k->items[l->item].src, k->items[l->item].line,
				     _("item %s is linked to clause %s twice"), k->items[l->item].id, cl->id);
		PUSH(&cl->links, &cl->nlinks, &cl->caplinks);
		cl->links[cl->nlinks - 1] = i;
	}
}

/* What an item produces, feeds and is the same as. */
static void
resolve_items(kb *k, diag_list *d)
{
	for (size_t i = 0; i < k->nitems; i++) {
		kb_item *it = &k->items[i];
		for (size_t j = 0; j < it->nproduces; j++) {
			size_t di;
			if (kb_lookup(k, it->produces[j], &di) != KB_ID_DOC) {
				kerr(k, d, it->src, it->line, _("item %s produces unknown documented information %s"),
				     it->id, it->produces[j]);
				continue;
			}
			kb_doc *dc = &k->docs[di];
			PUSH(&dc->producers, &dc->nproducers, &dc->capproducers);
			dc->producers[dc->nproducers - 1] = i;
		}
		char *owner = xasprintf(_("item %s"), it->id);
		check_refs(k, it->feeds, KB_ID_ITEM, owner, _("item"), it->src, it->line, d);
		check_refs(k, it->same_as, KB_ID_ITEM, owner, _("item"), it->src, it->line, d);
		check_refs(k, it->concerns, KB_ID_ENTRY, owner, _("entry"), it->src, it->line, d);
		free(owner);
		if (it->same_as && it->nlinks)
			kerr(k, d, it->src, it->line,
			     _("item %s is the same artefact as %s and must not carry "
			       "clause links of its own"),
			     it->id, it->same_as);
		if (it->same_as && it->output)
			kerr(k, d, it->src, it->line, _("output %s cannot be the same artefact as another item"),
			     it->id);
	}
}

/* The ID lists of rules, documents, processes and starting points. */
static void
resolve_lists(kb *k, diag_list *d)
{
	for (size_t i = 0; i < k->nneeds; i++) {
		const kb_need *nd = &k->needs[i];
		char *owner = xasprintf(_("rule %d"), nd->rule);
		check_refs(k, nd->item, KB_ID_ITEM, owner, _("item"), nd->src, nd->line, d);
		if (nd->start && !kb_entry_by_id(k, KB_START, nd->start))
			kerr(k, d, nd->src, nd->line, _("%s refers to unknown %s %s"), owner, _("starting point"),
			     nd->start);
		free(owner);
	}
	for (size_t i = 0; i < k->ndocs; i++) {
		char *owner = xasprintf(_("documented information %s"), k->docs[i].id);
		check_refs(k, k->docs[i].clauses, KB_ID_CLAUSE, owner, _("clause"), k->docs[i].src, k->docs[i].line, d);
		free(owner);
	}
	for (size_t i = 0; i < k->nentries[KB_PROCESS]; i++) {
		char *owner = xasprintf(_("process %s"), k->entries[KB_PROCESS][i].id);
		const kb_entry *e = &k->entries[KB_PROCESS][i];
		check_refs(k, e->attr, KB_ID_CLAUSE, owner, _("clause"), e->src, e->line, d);
		free(owner);
	}
	for (size_t i = 0; i < k->nentries[KB_START]; i++) {
		char *owner = xasprintf(_("starting point %s"), k->entries[KB_START][i].id);
		const kb_entry *e = &k->entries[KB_START][i];
		check_refs(k, e->attr, KB_ID_ITEM, owner, _("item"), e->src, e->line, d);
		free(owner);
	}
}

void
kb_resolve(kb *k, diag_list *d)
{
	sort_stages(k, d);
	register_ids(k, d);
	link_clause_tree(k, d);
	resolve_links(k, d);
	resolve_items(k, d);
	resolve_lists(k, d);
}
