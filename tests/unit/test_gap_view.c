/* Unit tests for core/gap_view: the dashboard's filters and orders on the
 * demo assessment, checked against what the report says of each clause. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/embedded.h"
#include "core/gap_view.h"
#include "core/store.h"
#include "fixture.h"

static assessment *demo;
static gap_report *R;

static int
setup(void **state)
{
	if (fixture_load_kb(state))
		return -1;
	diag_list d = {0};
	const embedded_file *f = embedded_find("demo/demo.siam.xml");
	demo = f ? store_parse((const char *)f->data, f->len, K, &d) : NULL;
	diag_free(&d);
	if (!demo)
		return -1;
	R = gap_analyze(K, demo);
	return 0;
}

static int
teardown(void **state)
{
	gap_free(&R);
	assess_free(&demo);
	return fixture_free_kb(state);
}

static size_t
clause(const char *id)
{
	for (size_t i = 0; i < K->nclauses; i++)
		if (!strcmp(K->clauses[i].id, id))
			return i;
	fail_msg("no clause %s", id);
	return 0;
}

static const char *
id_at(const size_t *idx, size_t i)
{
	return K->clauses[idx[i]].id;
}

static double
cov(size_t ci)
{
	return gap_coverage(&R->clauses[ci].all);
}

static void
test_clause_order(void **state)
{
	(void)state;
	size_t *idx;
	gap_filter f;
	gap_filter_clear(&f);
	assert_false(gap_filter_active(&f));
	size_t n = gap_view(R, GAP_SORT_CLAUSE, &f, &idx);
	assert_int_equal(n, K->nclauses);
	assert_int_equal(n, 77);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(idx[i], i);
	free(idx);
	n = gap_view(R, GAP_SORT_CLAUSE, NULL, &idx);
	assert_int_equal(n, 77);
	free(idx);
}

/* Gaps, then partial, not assessed and covered; within a status the
 * assessor's nonconformities (major, then minor) first, then the lowest
 * coverage, then clause order. */
static void
test_worst_first(void **state)
{
	(void)state;
	static const int rank[] = {[GAP_GAP] = 0, [GAP_PARTIAL] = 1, [GAP_UNASSESSED] = 2, [GAP_COVERED] = 3};
	size_t *idx;
	size_t n = gap_view(R, GAP_SORT_WORST, NULL, &idx);
	assert_int_equal(n, 77);
	/* The demo's major nonconformity on 4.3, its minor one on 8.3.3, then
	 * the gaps that nothing covers at all, in clause order. */
	assert_string_equal(id_at(idx, 0), "4.3");
	assert_string_equal(id_at(idx, 1), "8.3.3");
	assert_string_equal(id_at(idx, 2), "8.5.2.1");
	assert_string_equal(id_at(idx, 3), "9.1");
	assert_true(cov(idx[1]) > cov(idx[2]));
	size_t gaps = R->count[GAP_GAP];
	assert_int_equal(R->clauses[idx[gaps - 1]].status, GAP_GAP);
	assert_int_equal(R->clauses[idx[gaps]].status, GAP_PARTIAL);
	for (size_t i = 1; i < n; i++) {
		const gap_clause *a = &R->clauses[idx[i - 1]], *b = &R->clauses[idx[i]];
		assert_true(rank[a->status] <= rank[b->status]);
		if (a->status == b->status && i > 2)
			assert_true(cov(idx[i - 1]) <= cov(idx[i]));
		if (a->status == b->status && cov(idx[i - 1]) == cov(idx[i]) && i > 2)
			assert_true(idx[i - 1] < idx[i]);
	}
	free(idx);
}

static void
test_coverage(void **state)
{
	(void)state;
	size_t *idx;
	size_t n = gap_view(R, GAP_SORT_COVERAGE, NULL, &idx);
	assert_int_equal(n, 77);
	assert_true(cov(idx[0]) == 0);
	assert_string_equal(id_at(idx, 0), "7.3");
	for (size_t i = 1; i < n; i++) {
		assert_true(cov(idx[i - 1]) <= cov(idx[i]));
		if (cov(idx[i - 1]) == cov(idx[i]))
			assert_true(idx[i - 1] < idx[i]);
	}
	assert_true(cov(idx[n - 1]) > cov(clause("8.5.2.1")));
	free(idx);
	assert_int_equal(gap_sort_next(GAP_SORT_CLAUSE), GAP_SORT_WORST);
	assert_int_equal(gap_sort_next(GAP_SORT_WORST), GAP_SORT_COVERAGE);
	assert_int_equal(gap_sort_next(GAP_SORT_COVERAGE), GAP_SORT_CLAUSE);
	assert_string_equal(gap_sort_label(GAP_SORT_WORST), "worst first");
	assert_string_equal(gap_sort_label(GAP_SORT_COUNT), "");
}

static void
test_status_and_group(void **state)
{
	(void)state;
	size_t *idx;
	gap_filter f;
	gap_filter_clear(&f);
	f.status = GAP_GAP;
	size_t n = gap_view(R, GAP_SORT_CLAUSE, &f, &idx);
	assert_int_equal(n, R->count[GAP_GAP]);
	assert_int_equal(n, 17);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(R->clauses[idx[i]].status, GAP_GAP);
		if (i)
			assert_true(idx[i - 1] < idx[i]);
	}
	free(idx);
	f.status = GAP_PARTIAL;
	n = gap_view(R, GAP_SORT_WORST, &f, &idx);
	assert_int_equal(n, R->count[GAP_PARTIAL]);
	free(idx);
	/* Clause 8: it and everything numbered 8.x. */
	gap_filter_clear(&f);
	f.group = clause("8");
	assert_true(gap_filter_active(&f));
	n = gap_view(R, GAP_SORT_CLAUSE, &f, &idx);
	size_t want = 0;
	for (size_t i = 0; i < K->nclauses; i++)
		want += !strcmp(K->clauses[i].id, "8") || !strncmp(K->clauses[i].id, "8.", 2);
	assert_int_equal(n, want);
	assert_int_equal(n, 41);
	assert_string_equal(id_at(idx, 0), "8");
	assert_string_equal(id_at(idx, n - 1), "8.7.3.3");
	free(idx);
	/* Both: the gaps of clause 8, worst first. */
	f.status = GAP_GAP;
	n = gap_view(R, GAP_SORT_WORST, &f, &idx);
	assert_true(n > 0 && n < 17);
	assert_string_equal(id_at(idx, 0), "8.3.3");
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(R->clauses[idx[i]].status, GAP_GAP);
		assert_int_equal(K->clauses[idx[i]].id[0], '8');
	}
	free(idx);
}

/* Whether an item of stage si links to clause ci, by IDs. */
static bool
supported_by(size_t si, size_t ci)
{
	const char *id = K->clauses[ci].id;
	const kb_stage *st = &K->stages[si];
	for (size_t i = 0; i < st->nitems; i++) {
		const kb_item *it = &K->items[st->items[i]];
		for (size_t l = 0; l < it->nlinks; l++) {
			const char *c = K->clauses[K->links[it->links[l]].clause].id;
			if (!strcmp(c, id))
				return true;
		}
	}
	return false;
}

static void
test_stage(void **state)
{
	(void)state;
	gap_filter f;
	gap_filter_clear(&f);
	for (size_t si = 0; si < K->nstages; si++) {
		size_t *idx;
		f.stage = si;
		size_t n = gap_view(R, GAP_SORT_CLAUSE, &f, &idx);
		size_t want = 0, j = 0;
		for (size_t ci = 0; ci < K->nclauses; ci++)
			if (supported_by(si, ci)) {
				want++;
				assert_true(j < n);
				assert_int_equal(idx[j++], ci);
			}
		assert_int_equal(n, want);
		assert_true(n > 0 && n < K->nclauses);
		free(idx);
	}
	/* Stage 1 (discovery) supports 4.3, but nothing of clause 10. */
	size_t *idx;
	f.stage = 0;
	size_t n = gap_view(R, GAP_SORT_CLAUSE, &f, &idx);
	bool has43 = false, has10 = false;
	for (size_t i = 0; i < n; i++) {
		has43 |= !strcmp(id_at(idx, i), "4.3");
		has10 |= !strcmp(id_at(idx, i), "10");
	}
	assert_true(has43);
	assert_false(has10);
	free(idx);
	/* A stage that does not exist keeps nothing. */
	f.stage = K->nstages;
	n = gap_view(R, GAP_SORT_CLAUSE, &f, &idx);
	assert_int_equal(n, 0);
	assert_non_null(idx);
	free(idx);
}

static void
test_labels(void **state)
{
	(void)state;
	gap_filter f;
	gap_filter_clear(&f);
	char *s = gap_filter_label(K, &f);
	assert_string_equal(s, "all clauses");
	free(s);
	f.status = GAP_GAP;
	f.group = clause("8");
	f.stage = 1;
	s = gap_filter_label(K, &f);
	assert_string_equal(s, "gaps only, clause 8, stage 2");
	free(s);
	f.status = -1;
	f.group = GAP_NONE;
	s = gap_filter_label(K, &f);
	assert_string_equal(s, "stage 2");
	free(s);
	f.status = GAP_PARTIAL;
	f.stage = GAP_NONE;
	s = gap_filter_label(K, &f);
	assert_string_equal(s, "partial only");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clause_order), cmocka_unit_test(test_worst_first),
		cmocka_unit_test(test_coverage),     cmocka_unit_test(test_status_and_group),
		cmocka_unit_test(test_stage),        cmocka_unit_test(test_labels),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
