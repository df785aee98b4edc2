/* gap_view.c - filtering and ordering the clauses of a gap report for the
 * dashboard (docs/GAPS.md, "The dashboard"). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gap_view.h"
#include "i18n.h"
#include "util.h"

void
gap_filter_clear(gap_filter *f)
{
	f->status = -1;
	f->group = GAP_NONE;
	f->stage = GAP_NONE;
}

bool
gap_filter_active(const gap_filter *f)
{
	return f && (f->status >= 0 || f->group != GAP_NONE || f->stage != GAP_NONE);
}

/* The clause 4 to 10 that ci is, or is under. */
static size_t
group_of(const kb *k, size_t ci)
{
	while (k->clauses[ci].parent >= 0)
		ci = (size_t)k->clauses[ci].parent;
	return ci;
}

/* The clauses an item of stage si links to (as "siamwiz gaps --stage"
 * has them); the caller frees. */
static unsigned char *
stage_clauses(const kb *k, size_t si)
{
	unsigned char *in = xcalloc(k->nclauses ? k->nclauses : 1, 1);
	const kb_stage *st = &k->stages[si];
	for (size_t i = 0; i < st->nitems; i++) {
		const kb_item *it = &k->items[st->items[i]];
		for (size_t l = 0; l < it->nlinks; l++)
			in[k->links[it->links[l]].clause] = 1;
	}
	return in;
}

typedef struct row {
	size_t ci;
	int status; /* rank of the status, worst first */
	int verdict; /* rank of the assessor's verdict, nonconformities first */
	double cov;
} row;

static int
cmp_index(const row *a, const row *b)
{
	return a->ci < b->ci ? -1 : a->ci > b->ci;
}

/* Lowest first, a clause without items (-1) last. */
static int
cmp_cov(const row *a, const row *b)
{
	if ((a->cov < 0) != (b->cov < 0))
		return a->cov < 0 ? 1 : -1;
	return a->cov < b->cov ? -1 : a->cov > b->cov;
}

static int
cmp_worst(const void *pa, const void *pb)
{
	const row *a = pa, *b = pb;
	if (a->status != b->status)
		return a->status - b->status;
	if (a->verdict != b->verdict)
		return a->verdict - b->verdict;
	/* Nothing at all supporting a clause is the strongest reason. */
	if ((a->cov < 0) != (b->cov < 0))
		return a->cov < 0 ? -1 : 1;
	int c = cmp_cov(a, b);
	return c ? c : cmp_index(a, b);
}

static int
cmp_coverage(const void *pa, const void *pb)
{
	int c = cmp_cov(pa, pb);
	return c ? c : cmp_index(pa, pb);
}

static row
row_of(const gap_report *r, size_t ci)
{
	static const int status_rank[] = {[GAP_GAP] = 0, [GAP_PARTIAL] = 1, [GAP_UNASSESSED] = 2, [GAP_COVERED] = 3};
	const gap_clause *g = &r->clauses[ci];
	const as_judgement *j = gap_clause_judgement(r, ci);
	int verdict = !j ? 2 : j->verdict == VERDICT_MAJOR_NC ? 0 : j->verdict == VERDICT_MINOR_NC ? 1 : 2;
	return (row){ci, status_rank[g->status], verdict, gap_coverage(&g->all)};
}

size_t
gap_view(const gap_report *r, gap_sort sort, const gap_filter *f, size_t **idx)
{
	const kb *k = r->kb;
	unsigned char *in_stage =
		f && f->stage != GAP_NONE && f->stage < k->nstages ? stage_clauses(k, f->stage) : NULL;
	row *v = xcalloc(k->nclauses ? k->nclauses : 1, sizeof *v);
	size_t n = 0;
	for (size_t ci = 0; ci < k->nclauses; ci++) {
		if (f && f->status >= 0 && (int)r->clauses[ci].status != f->status)
			continue;
		if (f && f->group != GAP_NONE && group_of(k, ci) != f->group)
			continue;
		if (f && f->stage != GAP_NONE && (!in_stage || !in_stage[ci]))
			continue;
		v[n++] = row_of(r, ci);
	}
	free(in_stage);
	if (sort == GAP_SORT_WORST)
		qsort(v, n, sizeof *v, cmp_worst);
	else if (sort == GAP_SORT_COVERAGE)
		qsort(v, n, sizeof *v, cmp_coverage);
	*idx = xcalloc(n ? n : 1, sizeof **idx);
	for (size_t i = 0; i < n; i++)
		(*idx)[i] = v[i].ci;
	free(v);
	return n;
}

gap_sort
gap_sort_next(gap_sort s)
{
	return (gap_sort)(((int)s + 1) % GAP_SORT_COUNT);
}

const char *
gap_sort_label(gap_sort s)
{
	static const char *const labels[GAP_SORT_COUNT] = {N_("clause number"), N_("worst first"), N_("coverage")};
	return (unsigned)s < GAP_SORT_COUNT ? _(labels[s]) : "";
}

char *
gap_filter_label(const kb *k, const gap_filter *f)
{
	static const char *const only[] = {
		[GAP_COVERED] = N_("covered only"),
		[GAP_PARTIAL] = N_("partial only"),
		[GAP_GAP] = N_("gaps only"),
		[GAP_UNASSESSED] = N_("not assessed only"),
	};
	if (!gap_filter_active(f))
		return xstrdup(_("all clauses"));
	strbuf b;
	sb_init(&b);
	if (f->status >= 0 && f->status <= GAP_UNASSESSED)
		sb_add(&b, _(only[f->status]));
	if (f->group != GAP_NONE && f->group < k->nclauses) {
		if (b.len)
			sb_add(&b, ", ");
		sb_addf(&b, _("clause %s"), k->clauses[f->group].id);
	}
	if (f->stage != GAP_NONE && f->stage < k->nstages) {
		if (b.len)
			sb_add(&b, ", ");
		sb_addf(&b, _("stage %d"), k->stages[f->stage].number);
	}
	return sb_steal(&b);
}
