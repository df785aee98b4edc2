/* Unit tests for core/gap on a small handmade knowledge base, where every
 * expected status can be worked out by hand: clause status and roll-up,
 * exclusion, coverage, documented information, rules and action order. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/gap.h"
#include "core/xmlload.h"

#define T(s) "<t xml:lang=\"en\">" s "</t>"
#define CL(id) "<clause id=\"" id "\"><title>" T(id) "</title><summary>" T("s") "</summary></clause>\n"
#define ITEM(id, extra, body) "<item id=\"" id "\" kind=\"output\" layers=\"customer\" " extra ">" \
	"<title>" T(id) "</title><description>" T("d") "</description><why>" T("w") "</why>" \
	"<question>" T("q") "</question><evidence>" T("e") "</evidence>" body "</item>\n"
#define SUP(c, rel) "<supports clause=\"" c "\" relation=\"" rel "\">" T("r") "</supports>"

/* Clauses 4 (4.1, 4.2) and 5 (5.1).  A: 4.1 + 5.1; B: equal to 4.1;
 * C: 4.2, produces DI.A; D: 5.1.  A is a people item, the rest process. */
static const char src[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kb xmlns=\"urn:siamwiz:kb:1\" version=\"1\">\n"
	"<clauses>" CL("4") CL("4.1") CL("4.2") CL("5") CL("5.1") "</clauses>\n"
	"<documented-information><document id=\"DI.A\" letter=\"a\" clauses=\"4.2\"><title>" T("Scope")
	"</title></document></documented-information>\n"
	"<stages><stage id=\"S\" number=\"1\"><title>" T("Stage") "</title><purpose>" T("p") "</purpose>"
	"<objective>" T("o") "</objective><trigger>" T("t") "</trigger><checkpoint>" T("c") "</checkpoint>\n"
	ITEM("A", "practices=\"people\"", SUP("4.1", "intersects-with") SUP("5.1", "intersects-with"))
	ITEM("B", "practices=\"process\"", SUP("4.1", "equal"))
	ITEM("C", "practices=\"process\"", SUP("4.2", "subset-of") "<produces ref=\"DI.A\"/>")
	ITEM("D", "practices=\"process\"", SUP("5.1", "subset-of"))
	"</stage></stages></kb>\n";

static kb *K;

static int
setup(void **state)
{
	(void)state;
	diag_list d;
	diag_init(&d, NULL);
	kb_source s = {"small.xml", src, sizeof src - 1};
	K = kb_load(&s, 1, &d);
	if (!K)
		fprintf(stderr, "%s\n", d.n ? d.v[0].msg : "?");
	diag_free(&d);
	return K ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	kb_free(&K);
	xl_cleanup();
	return 0;
}

static void
set(assessment *a, const char *id, as_result r)
{
	char *err = NULL;
	as_item *it = assess_item(a, id, &err);
	assert_non_null(it);
	assess_set_result(a, it, r, &err);
	if (r == RES_NOT_APPLICABLE)
		assess_set_text(a, &it->justification, "does not apply here", &err);
}

static gap_status
st(const gap_report *r, const char *clause)
{
	return r->clauses[kb_clause_by_id(K, clause) - K->clauses].status;
}

static bool
has_rule(const gap_report *r, int rule, const char *subject)
{
	for (size_t i = 0; i < r->nfindings; i++)
		if (r->findings[i].rule == rule && (!subject || !strcmp(r->findings[i].subject, subject)))
			return true;
	return false;
}

static void
test_unassessed(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	gap_report *r = gap_analyze(K, a);
	for (size_t i = 0; i < K->nclauses; i++)
		assert_int_equal(r->clauses[i].status, GAP_UNASSESSED);
	assert_int_equal(r->count[GAP_UNASSESSED], 5);
	assert_int_equal(r->docs[0].status, DOC_UNASSESSED);
	assert_true(gap_coverage(&r->overall) == 0.0);
	assert_int_equal(r->nactions, 0);
	assert_true(has_rule(r, 1, NULL));	/* fewer than two providers */
	assert_true(has_rule(r, 7, NULL));	/* no structural elements */
	assert_false(has_rule(r, 9, NULL));	/* its items are not in this knowledge base */
	gap_free(&r);
	assess_free(&a);
}

static void
test_equal_covers_and_rollup(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	set(a, "B", RES_IN_PLACE);
	set(a, "A", RES_MISSING);
	gap_report *r = gap_analyze(K, a);
	/* B is equal to 4.1 and in place: covered even though A is missing. */
	assert_int_equal(st(r, "4.1"), GAP_COVERED);
	assert_true(r->clauses[1].covered_by_one);
	assert_int_equal(st(r, "4.2"), GAP_UNASSESSED);
	assert_int_equal(st(r, "4"), GAP_PARTIAL);	/* covered + unassessed */
	/* 5.1: A missing, D not assessed, nothing in place: a gap, and 5 with it. */
	assert_int_equal(st(r, "5.1"), GAP_GAP);
	assert_int_equal(st(r, "5"), GAP_GAP);
	assert_int_equal(r->clauses[3].worst_child, 4);
	char *why = gap_clause_reason(r, 4);
	assert_non_null(strstr(why, "Missing: A"));
	assert_non_null(strstr(why, "Not assessed: D"));
	free(why);
	why = gap_clause_reason(r, 3);
	assert_string_equal(why, "Subclause 5.1 is a gap.");
	free(why);
	gap_free(&r);
	assess_free(&a);
}

static void
test_all_in_place(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	set(a, "A", RES_IN_PLACE);
	set(a, "C", RES_IN_PLACE);
	set(a, "D", RES_PARTIAL);
	gap_report *r = gap_analyze(K, a);
	/* 4.1: A in place but B, the item that matches it as a whole, is not
	 * assessed: only partly covered.  5.1: A in place, D partial. */
	assert_int_equal(st(r, "4.1"), GAP_PARTIAL);
	assert_int_equal(st(r, "5.1"), GAP_PARTIAL);
	assert_int_equal(st(r, "4.2"), GAP_COVERED);
	gap_free(&r);
	assess_free(&a);
}

static void
test_partial_and_coverage(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	set(a, "A", RES_IN_PLACE);
	set(a, "D", RES_PARTIAL);
	set(a, "C", RES_IN_PLACE);
	gap_report *r = gap_analyze(K, a);
	assert_int_equal(st(r, "5.1"), GAP_PARTIAL);
	assert_int_equal(st(r, "4.2"), GAP_COVERED);
	assert_int_equal(r->docs[0].status, DOC_PRESENT);
	/* 4 items: A 1 + C 1 + D 0.5 + B 0 = 2.5 / 4 */
	assert_true(gap_coverage(&r->overall) > 62.4 && gap_coverage(&r->overall) < 62.6);
	/* People practice: only A, in place. */
	assert_true(gap_coverage(&r->practices[0]) == 100.0);
	gap_free(&r);
	assess_free(&a);
}

static void
test_exclusion_is_a_gap(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	set(a, "C", RES_NOT_APPLICABLE);
	set(a, "A", RES_IN_PLACE);
	set(a, "B", RES_IN_PLACE);
	gap_report *r = gap_analyze(K, a);
	assert_int_equal(st(r, "4.2"), GAP_GAP);
	assert_true(r->clauses[2].only_excluded);
	assert_int_equal(st(r, "4"), GAP_GAP);
	assert_true(has_rule(r, 2, "4.2"));
	assert_int_equal(r->docs[0].status, DOC_MISSING);
	assert_true(r->docs[0].only_excluded);
	assert_true(has_rule(r, 12, "DI.A"));
	char *why = gap_clause_reason(r, 2);
	assert_non_null(strstr(why, "not applicable"));
	assert_non_null(strstr(why, "admit no exclusion"));
	free(why);
	/* Excluded items leave the coverage denominator. */
	assert_true(gap_coverage(&r->overall) > 66.6 && gap_coverage(&r->overall) < 66.7);
	gap_free(&r);
	assess_free(&a);
}

static void
test_action_order(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	char *err = NULL;
	set(a, "A", RES_PARTIAL);
	set(a, "D", RES_MISSING);
	set(a, "C", RES_MISSING);
	set(a, "B", RES_PARTIAL);
	assess_set_date(a, assess_find(a, "B")->due, "2026-01-31", &err);
	gap_report *r = gap_analyze(K, a);
	assert_int_equal(r->nactions, 4);
	/* C: missing and produces DI.A -> high.  D: missing -> medium.
	 * A, B: partial, light -> low; B has a due date, A does not, but A
	 * supports two uncovered clauses and B one. */
	assert_string_equal(K->items[r->actions[0].item].id, "C");
	assert_int_equal(r->actions[0].priority, PRIO_HIGH);
	assert_string_equal(K->items[r->actions[1].item].id, "D");
	assert_int_equal(r->actions[1].priority, PRIO_MEDIUM);
	assert_string_equal(K->items[r->actions[2].item].id, "A");
	assert_int_equal(r->actions[2].dependents, 2);
	assert_string_equal(K->items[r->actions[3].item].id, "B");
	assert_int_equal(r->actions[3].priority, PRIO_LOW);
	gap_free(&r);
	assess_free(&a);
}

static void
test_profile_rules(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	char *err = NULL;
	assess_provider_add(a, "P1", false, CRIT_HIGH, NULL, &err);
	assess_provider_add(a, "P2", false, CRIT_LOW, NULL, &err);
	assess_set_model(a, MODEL_LEAD_SUPPLIER);
	gap_report *r = gap_analyze(K, a);
	assert_false(has_rule(r, 1, NULL));
	assert_true(has_rule(r, 3, NULL));	/* all external, nothing run in-house */
	assert_true(has_rule(r, 5, NULL));	/* lead supplier, no separation */
	assert_true(has_rule(r, 11, NULL));	/* no starting point */
	gap_free(&r);
	assess_set_text(a, &a->separation, "Separate integration unit and board.", &err);
	assess_provider_add(a, "In-house IT", true, CRIT_HIGH, NULL, &err);
	a->structures = xcalloc(1, sizeof *a->structures);
	a->nstructures = a->capstructures = 1;
	a->structures[0].kind = STRUCT_FORUM;
	a->structures[0].layers = LAYER_INTEGRATOR;
	a->structures[0].name = xstrdup("Incident forum");
	a->roles = xcalloc(1, sizeof *a->roles);
	a->nroles = a->caproles = 1;
	a->roles[0].ref = xstrdup("ROLE.X");
	a->roles[0].nholders = 2;
	a->roles[0].holders = xcalloc(2, sizeof *a->roles[0].holders);
	a->roles[0].holders[0].party = xstrdup("One");
	a->roles[0].holders[1].party = xstrdup("Two");	/* both accountable (RACI_A is 0) */
	r = gap_analyze(K, a);
	assert_false(has_rule(r, 3, NULL));
	assert_false(has_rule(r, 5, NULL));
	assert_true(has_rule(r, 6, "ROLE.X"));
	assert_true(has_rule(r, 7, "Incident forum"));	/* one layer only */
	assert_true(has_rule(r, 7, "structural elements"));	/* no board */
	/* Errors sort before warnings. */
	for (size_t i = 1; i < r->nfindings; i++)
		assert_true(r->findings[i - 1].severity <= r->findings[i].severity);
	gap_free(&r);
	assess_free(&a);
}

static void
test_clauses_4_5_stay_home(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	char *err = NULL;
	set(a, "A", RES_IN_PLACE);
	assess_set_layer(a, assess_find(a, "A"), "provider", &err);
	gap_report *r = gap_analyze(K, a);
	assert_true(has_rule(r, 4, "A"));
	gap_free(&r);
	assess_set_layer(a, assess_find(a, "A"), "customer", &err);
	r = gap_analyze(K, a);
	assert_false(has_rule(r, 4, "A"));
	gap_free(&r);
	assess_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unassessed),
		cmocka_unit_test(test_equal_covers_and_rollup),
		cmocka_unit_test(test_all_in_place),
		cmocka_unit_test(test_partial_and_coverage),
		cmocka_unit_test(test_exclusion_is_a_gap),
		cmocka_unit_test(test_action_order),
		cmocka_unit_test(test_profile_rules),
		cmocka_unit_test(test_clauses_4_5_stay_home),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
