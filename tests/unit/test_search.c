/* Unit tests for core/search: folding of case and accents, and the items
 * and clauses a query finds in the knowledge base and the assessment. */
#include "config.h"

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <cmocka.h>

#include "core/search.h"
#include "fixture.h"

static void
test_fold(void **state)
{
	(void)state;
	wchar_t *w = search_fold("Soci\xc3\xa9t\xc3\xa9 G\xc3\x89N\xc3\x89RALE \xc5\x81\xc3\xb3"
				 "d\xc5\xba");
	assert_true(wcscmp(w, L"societe generale lodz") == 0);
	free(w);
	/* A byte that is not UTF-8 is one "?", the rest is kept. */
	w = search_fold("a\xff"
			"B");
	assert_true(wcscmp(w, L"a?b") == 0);
	free(w);
	w = search_fold(NULL);
	assert_true(wcscmp(w, L"") == 0);
	free(w);
	/* The division sign is not a letter. */
	w = search_fold("\xc3\xb7");
	assert_int_equal(w[0], 0xf7);
	free(w);
}

/* The index of item or clause id among the hits, or -1. */
static int
found(const search_hit *h, size_t n, bool clause, const char *id)
{
	for (size_t i = 0; i < n; i++) {
		const char *hid = h[i].clause ? K->clauses[h[i].idx].id : K->items[h[i].idx].id;
		if (h[i].clause == clause && !strcmp(hid, id))
			return (int)i;
	}
	return -1;
}

static void
test_knowledge_base(void **state)
{
	(void)state;
	search_hit *h;
	size_t n = search_run(K, NULL, "", &h);
	assert_int_equal(n, 0);
	assert_null(h);
	/* A title word, in any case and with accents typed or not. */
	n = search_run(K, NULL, "EXISTING CONTRACTS", &h);
	assert_true(found(h, n, false, "DS.IN.08") >= 0);
	free(h);
	n = search_run(K, NULL, "ex\xc3\xafsting contracts", &h);
	assert_true(found(h, n, false, "DS.IN.08") >= 0);
	free(h);
	/* A clause number from its start: 8.2 and its subclauses. */
	n = search_run(K, NULL, "8.2", &h);
	assert_true(found(h, n, true, "8.2") >= 0);
	assert_true(found(h, n, true, "8.2.4") >= 0);
	assert_int_equal(found(h, n, true, "10"), -1);
	free(h);
	n = search_run(K, NULL, "no such words anywhere zzqx", &h);
	assert_int_equal(n, 0);
	free(h);
}

/* The hits never go from a better rank to a worse one and back. */
static void
assert_ranked(const search_hit *h, size_t n)
{
	for (size_t i = 1; i < n; i++)
		assert_true(h[i - 1].rank <= h[i].rank);
}

static const char *
hit_id(const search_hit *h)
{
	return h->clause ? K->clauses[h->idx].id : K->items[h->idx].id;
}

/* The workshop's query: the four items with "contract" in their titles
 * come first, in roadmap order, before the 51 found in other texts. */
static void
test_rank_title(void **state)
{
	(void)state;
	search_hit *h;
	size_t n = search_run(K, NULL, "contract", &h);
	assert_int_equal(n, 55);
	assert_ranked(h, n);
	static const char *const titles[] = {"DS.IN.08", "PB.OUT.11", "IM.IN.02", "RI.OUT.06"};
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(hit_id(&h[i]), titles[i]);
		assert_int_equal(h[i].rank, SEARCH_RANK_TITLE);
		assert_int_equal(h[i].where, SEARCH_IN_TITLE);
	}
	for (size_t i = 4; i < n; i++)
		assert_int_equal(h[i].rank, SEARCH_RANK_TEXT);
	/* DS.IN.02 has it in a question, DS.IN.03 in its description. */
	assert_string_equal(hit_id(&h[4]), "DS.IN.02");
	assert_int_equal(h[4].where, SEARCH_IN_QUESTION);
	assert_string_equal(hit_id(&h[5]), "DS.IN.03");
	assert_int_equal(h[5].where, SEARCH_IN_DESCRIPTION);
	free(h);
	/* The whole word ranks above the word it starts. */
	n = search_run(K, NULL, "contracts", &h);
	assert_int_equal(n, 24);
	assert_string_equal(hit_id(&h[0]), "DS.IN.08");
	assert_int_equal(h[0].rank, SEARCH_RANK_TITLE_WORD);
	free(h);
	n = search_run(K, NULL, "Supplier", &h);
	assert_ranked(h, n);
	assert_true(h[0].clause);
	assert_string_equal(hit_id(&h[0]), "8.3.4");
	assert_int_equal(h[0].rank, SEARCH_RANK_TITLE_WORD);
	assert_string_equal(hit_id(&h[1]), "8.3.4.2"); /* "... acting as a supplier" */
	assert_int_equal(h[1].rank, SEARCH_RANK_TITLE_WORD);
	assert_string_equal(hit_id(&h[2]), "8.3.4.1"); /* "external suppliers" */
	assert_int_equal(h[2].rank, SEARCH_RANK_TITLE);
	assert_int_equal(h[3].rank, SEARCH_RANK_TEXT);
	free(h);
}

/* An ID typed whole comes first, in any case; its start finds the IDs
 * it begins. */
static void
test_rank_id(void **state)
{
	(void)state;
	search_hit *h;
	size_t n = search_run(K, NULL, "DS.IN.01", &h);
	assert_true(n >= 1);
	assert_false(h[0].clause);
	assert_string_equal(hit_id(&h[0]), "DS.IN.01");
	assert_int_equal(h[0].rank, SEARCH_RANK_ID);
	assert_int_equal(h[0].where, SEARCH_IN_ID);
	assert_ranked(h, n);
	free(h);
	n = search_run(K, NULL, "pb.out.11", &h);
	assert_true(n >= 1);
	assert_string_equal(hit_id(&h[0]), "PB.OUT.11");
	assert_int_equal(h[0].rank, SEARCH_RANK_ID);
	free(h);
	/* "ds.in.0": DS.IN.01 to DS.IN.09 by their start, in order. */
	n = search_run(K, NULL, "ds.in.0", &h);
	assert_true(n >= 9);
	for (size_t i = 0; i < 9; i++) {
		char want[16];
		snprintf(want, sizeof want, "DS.IN.0%zu", i + 1);
		assert_string_equal(hit_id(&h[i]), want);
		assert_int_equal(h[i].rank, SEARCH_RANK_ID_PREFIX);
	}
	assert_ranked(h, n);
	free(h);
	/* A clause number: the clause itself, then its subclauses. */
	n = search_run(K, NULL, "8.3.4", &h);
	assert_true(n >= 3);
	assert_true(h[0].clause);
	assert_string_equal(hit_id(&h[0]), "8.3.4");
	assert_int_equal(h[0].rank, SEARCH_RANK_ID);
	assert_string_equal(hit_id(&h[1]), "8.3.4.1");
	assert_int_equal(h[1].rank, SEARCH_RANK_ID_PREFIX);
	assert_string_equal(hit_id(&h[2]), "8.3.4.2");
	assert_ranked(h, n);
	free(h);
	/* The clause 8.2 before the items that name it in their texts. */
	n = search_run(K, NULL, "8.2", &h);
	assert_true(n >= 1);
	assert_true(h[0].clause);
	assert_string_equal(hit_id(&h[0]), "8.2");
	free(h);
	assert_string_equal(search_field_label(SEARCH_IN_NOTES), "notes");
	assert_string_equal(search_field_label(SEARCH_IN_COUNT), "");
}

static void
test_assessment_records(void **state)
{
	(void)state;
	assessment *as = assess_new(K, "");
	char *err = NULL;
	search_hit *h;
	size_t n = search_run(K, as, "harbourline", &h);
	assert_int_equal(n, 0);
	free(h);
	as_item *it = assess_item(as, "PB.OUT.01", &err);
	assert_non_null(it);
	assert_int_equal(assess_set_text(as, &it->notes, "Agreed with Harbourline's CIO", &err), 0);
	n = search_run(K, as, "harbourline", &h);
	assert_int_equal(n, 1);
	assert_false(h[0].clause);
	assert_string_equal(K->items[h[0].idx].id, "PB.OUT.01");
	assert_int_equal(h[0].rank, SEARCH_RANK_TEXT);
	assert_int_equal(h[0].where, SEARCH_IN_NOTES);
	free(h);
	/* Evidence, by where it is found. */
	it = assess_item(as, "DS.IN.02", &err);
	assert_int_equal(assess_add_evidence(as, it, "Board minutes", "SharePoint/Strat\xc3\xa9gie", &err), 0);
	n = search_run(K, as, "strategie", &h);
	assert_true(found(h, n, false, "DS.IN.02") >= 0);
	assert_ranked(h, n);
	free(h);
	/* An owner is found, and said to be where it was found. */
	it = assess_item(as, "RI.OUT.06", &err);
	assert_int_equal(assess_set_text(as, &it->owner, "Quillfeather", &err), 0);
	n = search_run(K, as, "quillfeather", &h);
	assert_int_equal(n, 1);
	assert_int_equal(h[0].where, SEARCH_IN_OWNER);
	free(h);
	assess_free(&as);
	free(err);
}

int
main(void)
{
	/* towlower beyond Latin needs a UTF-8 locale, as the wizard has. */
	setlocale(LC_CTYPE, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_knowledge_base),
		cmocka_unit_test(test_rank_title),
		cmocka_unit_test(test_rank_id),
		cmocka_unit_test(test_assessment_records),
	};
	return cmocka_run_group_tests(tests, fixture_load_kb, fixture_free_kb);
}
