/* Unit tests for core/search: folding of case and accents, and the items
 * and clauses a query finds in the knowledge base and the assessment. */
#include "config.h"

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
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
	/* A clause number from its start: 8.2 and its subclauses, items first. */
	n = search_run(K, NULL, "8.2", &h);
	assert_true(found(h, n, true, "8.2") >= 0);
	assert_true(found(h, n, true, "8.2.4") >= 0);
	assert_int_equal(found(h, n, true, "10"), -1);
	for (size_t i = 1; i < n; i++)
		assert_true(h[i - 1].clause <= h[i].clause);
	free(h);
	n = search_run(K, NULL, "no such words anywhere zzqx", &h);
	assert_int_equal(n, 0);
	free(h);
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
	free(h);
	/* Evidence, by where it is found. */
	it = assess_item(as, "DS.IN.02", &err);
	assert_int_equal(assess_add_evidence(as, it, "Board minutes", "SharePoint/Strat\xc3\xa9gie", &err), 0);
	n = search_run(K, as, "strategie", &h);
	assert_true(found(h, n, false, "DS.IN.02") >= 0);
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
		cmocka_unit_test(test_assessment_records),
	};
	return cmocka_run_group_tests(tests, fixture_load_kb, fixture_free_kb);
}
