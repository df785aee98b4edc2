/* gap_view.h - the gap dashboard's choice of clauses: which ones a filter
 * keeps (a status, a clause group, the clauses a roadmap stage supports)
 * and in which order (clause number, worst first, coverage).  Pure: the
 * screen only draws the indices it is given. */
#ifndef SIAMWIZ_GAP_VIEW_H
#define SIAMWIZ_GAP_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "gap.h"

typedef enum {
	GAP_SORT_CLAUSE, /* clause number: the knowledge base's order */
	GAP_SORT_WORST, /* gaps, partial, not assessed, covered; the strongest reason first within */
	GAP_SORT_COVERAGE, /* lowest coverage first; clauses without items last */
	GAP_SORT_COUNT
} gap_sort;

/* Every condition set must hold. */
typedef struct gap_filter {
	int status; /* only clauses with this gap_status; -1 for any */
	size_t group; /* a clause 4 to 10 (index into kb->clauses): it and its subclauses; or GAP_NONE */
	size_t stage; /* index into kb->stages: the clauses its items link to; or GAP_NONE */
} gap_filter;

/* No condition: every clause. */
void gap_filter_clear(gap_filter *f);
bool gap_filter_active(const gap_filter *f);

/* The clauses of r that f keeps (f may be NULL), in the order of sort, as
 * indices into kb->clauses in *idx (the caller frees; never NULL); their
 * number is returned. */
size_t gap_view(const gap_report *r, gap_sort sort, const gap_filter *f, size_t **idx);

/* The next order, after the last the first (for a key that cycles). */
gap_sort gap_sort_next(gap_sort s);
/* "clause number", "worst first", "coverage"; translated. */
const char *gap_sort_label(gap_sort s);
/* The filter in words, its conditions joined ("gaps only, clause 8,
 * stage 2"), or "all clauses"; translated, the caller frees. */
char *gap_filter_label(const kb *k, const gap_filter *f);

#endif
