/* Unit tests for core/gap on a small handmade knowledge base, where every
 * expected status can be worked out by hand: clause status from link roles
 * and evidence, documented information, exclusion, roll-up, coverage,
 * judgements, rules and action order. */
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
#define ITEM(id, extra, body)                                                   \
	"<item id=\"" id "\" kind=\"output\" layers=\"customer\" " extra ">"    \
	"<title>" T(id) "</title><description>" T("d") "</description><why>" T( \
		"w") "</why>"                                                   \
		     "<question>" T("q") "</question><evidence>" T("e") "</evidence>" body "</item>\n"
#define SUP(c, rel, role) "<supports clause=\"" c "\" relation=\"" rel "\" role=\"" role "\">" T("r") "</supports>"

/* Clauses 4 (4.1, 4.2), 5 (5.1) and 7.5.4.  A: 4.1 primary, 5.1
 * supporting; B: 4.1 primary, said to be "equal" to it (the relation no
 * longer decides); C: 4.2 primary, produces DI.A (required by 4.2);
 * D: 5.1 primary; E: 7.5.4 primary.  A is a people item, the rest process. */
static const char src[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kb xmlns=\"urn:siamwiz:kb:1\" version=\"1\">\n"
	"<clauses>" CL("4") CL("4.1") CL("4.2") CL("5") CL("5.1") CL("7") CL("7.5") CL(
		"7.5.4") "</clauses>\n"
			 "<documented-information><document id=\"DI.A\" letter=\"a\" clauses=\"4.2\"><title>" T(
				 "Scope") "</title></document></documented-information>\n"
					  "<stages><stage id=\"S\" number=\"1\"><title>" T("Stage") "</title><purpose>" T(
						  "p") "</purpose>"
						       "<objective>" T("o") "</objective><trigger>" T("t") "</trigger><checkpoint>" T(
							       "c") "</checkpoint>\n" ITEM("A", "practices=\"people\"",
											   SUP("4.1", "intersects-with",
											       "primary")
												   SUP("5.1",
												       "intersects-with",
												       "supporting"))
							       ITEM("B", "practices=\"process\"",
								    SUP("4.1", "equal", "primary"))
								       ITEM("C", "practices=\"process\"",
									    SUP("4.2", "subset-of",
										"primary") "<produces ref=\"DI.A\"/>")
									       ITEM("D", "practices=\"process\"",
										    SUP("5.1", "subset-of", "primary"))
										       ITEM("E",
											    "practices=\"process\"",
											    SUP("7.5.4",
												"intersects-with",
												"primary")) "</stage></stages></kb>\n";

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

/* A result; in place comes with evidence unless the ID is lower-cased
 * (then it is a claim without proof). */
static void
set(assessment *a, const char *id, as_result r)
{
	/* A lower-case first letter asks for a claim without evidence. */
	char *err = NULL, *up = xstrdup(id);
	bool claim = up[0] >= 'a' && up[0] <= 'z';
	if (claim)
		up[0] = (char)(up[0] - 'a' + 'A');
	as_item *it = assess_item(a, up, &err);
	assert_non_null(it);
	assess_set_result(a, it, r, &err);
	if (r == RES_NOT_APPLICABLE)
		assess_set_text(a, &it->justification, "does not apply here", &err);
	if (r == RES_IN_PLACE && !claim && !it->nevidence)
		assert_int_equal(assess_add_evidence(a, it, "seen in the workshop", NULL, &err), 0);
	free(up);
}

static void
all_in_place(assessment *a)
{
	set(a, "A", RES_IN_PLACE);
	set(a, "B", RES_IN_PLACE);
	set(a, "C", RES_IN_PLACE);
	set(a, "D", RES_IN_PLACE);
	set(a, "E", RES_IN_PLACE);
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
	assert_int_equal(r->count[GAP_UNASSESSED], 8);
	assert_int_equal(r->docs[0].status, DOC_UNASSESSED);
	assert_true(gap_coverage(&r->overall) == 0.0);
	assert_int_equal(r->nactions, 0);
	assert_true(has_rule(r, 1, NULL)); /* fewer than two providers */
	assert_true(has_rule(r, 7, NULL)); /* no structural elements */
	assert_false(has_rule(r, 9, NULL)); /* this knowledge base needs no item */
	gap_free(&r);
	assess_free(&a);
}

/* No single link settles a clause: B "equal" to 4.1 in place leaves 4.1
 * partial while the other primary, A, is missing. */
static void
test_every_primary_decides(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	set(a, "B", RES_IN_PLACE);
	set(a, "A", RES_MISSING);
	gap_report *r = gap_analyze(K, a);
	assert_int_equal(st(r, "4.1"), GAP_PARTIAL);
	char *why = gap_clause_reason(r, kb_clause_by_id(K, "4.1") - K->clauses);
	assert_non_null(strstr(why, "Primary, missing: A"));
	free(why);
	gap_free(&r);
	set(a, "A", RES_IN_PLACE);
	r = gap_analyze(K, a);
	assert_int_equal(st(r, "4.1"), GAP_COVERED);
	/* 4.2 is not assessed, so 4 as a whole is partial. */
	assert_int_equal(st(r, "4"), GAP_PARTIAL);
	gap_free(&r);
	/* All primaries missing: a gap. */
	set(a, "A", RES_MISSING);
	set(a, "B", RES_MISSING);
	r = gap_analyze(K, a);
	assert_int_equal(st(r, "4.1"), GAP_GAP);
	assert_int_equal(st(r, "4"), GAP_GAP);
	gap_free(&r);
	assess_free(&a);
}

/* A claim without evidence covers nothing, counts half and is a finding
 * with an action to record the evidence. */
static void
test_claim_without_evidence(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	all_in_place(a);
	set(a, "d", RES_IN_PLACE);
	as_item *d = assess_find(a, "D");
	while (d->nevidence)
		assess_remove_evidence(a, d, 0);
	gap_report *r = gap_analyze(K, a);
	assert_int_equal(st(r, "5.1"), GAP_PARTIAL);
	assert_int_equal(r->overall.claimed, 1);
	assert_true(gap_coverage(&r->overall) == 100.0 * 4.5 / 5.0);
	assert_true(has_rule(r, 13, "D"));
	assert_int_equal(r->nactions, 1);
	assert_int_equal(r->actions[0].kind, PLAN_EVIDENCE);
	assert_int_equal(r->actions[0].priority, PRIO_MEDIUM); /* primary support */
	gap_free(&r);
	char *err = NULL;
	assert_int_equal(assess_add_evidence(a, d, "Board minutes", "DMS/7", &err), 0);
	assert_int_equal(assess_set_evidence_review(a, d, 0, "2026-11-30", "Lead auditor", &err), 0);
	assert_int_equal(assess_set_evidence_review(a, d, 0, "2026-02-30", NULL, &err), -1);
	free(err);
	r = gap_analyze(K, a);
	assert_int_equal(st(r, "5.1"), GAP_COVERED);
	assert_false(has_rule(r, 13, "D"));
	assert_int_equal(r->nactions, 0);
	assert_true(gap_coverage(&r->overall) == 100.0);
	gap_free(&r);
	assess_free(&a);
}

/* Everything in place but one excluded primary: the clause is a gap, no
 * figure says 100%, and the plan asks to restore or replace it. */
static void
test_exclusion_is_a_gap(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	all_in_place(a);
	set(a, "D", RES_NOT_APPLICABLE);
	gap_report *r = gap_analyze(K, a);
	assert_int_equal(st(r, "5.1"), GAP_GAP);
	assert_int_equal(st(r, "5"), GAP_GAP);
	const gap_clause *g = &r->clauses[kb_clause_by_id(K, "5.1") - K->clauses];
	assert_true(g->primary_excluded);
	assert_false(g->only_excluded); /* A still supports it */
	assert_true(gap_coverage(&g->all) < 100.0);
	assert_true(gap_coverage(&r->clauses[kb_clause_by_id(K, "5") - K->clauses].all) < 100.0);
	assert_true(gap_coverage(&r->overall) < 100.0);
	assert_int_equal(r->overall.n[RES_NOT_APPLICABLE], 1);
	assert_true(has_rule(r, 2, "5.1"));
	assert_int_equal(r->nactions, 1);
	assert_string_equal(K->items[r->actions[0].item].id, "D");
	assert_int_equal(r->actions[0].kind, PLAN_RESTORE);
	assert_int_equal(r->actions[0].priority, PRIO_HIGH);
	/* Whatever is not covered is never drawn as 100%. */
	for (size_t i = 0; i < K->nclauses; i++)
		if (r->clauses[i].status != GAP_COVERED)
			assert_true(gap_coverage(&r->clauses[i].all) < 100.0);
	gap_free(&r);
	/* Only excluded support: a gap of its own kind. */
	set(a, "A", RES_NOT_APPLICABLE);
	r = gap_analyze(K, a);
	assert_true(r->clauses[kb_clause_by_id(K, "5.1") - K->clauses].only_excluded);
	gap_free(&r);
	assess_free(&a);
}

/* Missing mandatory documented information makes its clause and 7.5.4 a
 * gap, naming it. */
static void
test_missing_document(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	all_in_place(a);
	set(a, "C", RES_MISSING);
	gap_report *r = gap_analyze(K, a);
	assert_int_equal(r->docs[0].status, DOC_MISSING);
	assert_int_equal(st(r, "4.2"), GAP_GAP);
	assert_int_equal(st(r, "7.5.4"), GAP_GAP); /* E, its own support, is in place */
	char *why = gap_clause_reason(r, kb_clause_by_id(K, "7.5.4") - K->clauses);
	assert_non_null(strstr(why, "DI.A"));
	free(why);
	why = gap_clause_reason(r, kb_clause_by_id(K, "4.2") - K->clauses);
	assert_non_null(strstr(why, "DI.A"));
	free(why);
	assert_true(has_rule(r, 12, "DI.A"));
	gap_free(&r);
	set(a, "C", RES_PARTIAL);
	r = gap_analyze(K, a);
	assert_int_equal(st(r, "7.5.4"), GAP_COVERED);
	assert_int_equal(st(r, "4.2"), GAP_PARTIAL);
	gap_free(&r);
	assess_free(&a);
}

/* The assessor's verdict: stored beside the status, IDs kept, a
 * disagreement in kind flagged, refusals leave nothing behind. */
static void
test_judgements(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	char *err = NULL;
	set(a, "A", RES_MISSING);
	set(a, "B", RES_MISSING);
	assert_int_equal(assess_judge(a, "4.1", VERDICT_MINOR_NC, NULL, NULL, NULL, NULL, NULL, &err), -1);
	assert_non_null(strstr(err, "statement"));
	free(err);
	err = NULL;
	assert_int_equal(assess_judge(a, "9.9", VERDICT_OFI, "x", NULL, NULL, NULL, NULL, &err), -1);
	free(err);
	err = NULL;
	assert_int_equal(assess_judge(a, "4.1", VERDICT_CONFORMING, NULL, NULL, NULL, "2026-12-01", "Ana", &err), 0);
	assert_int_equal(a->njudgements, 1);
	assert_string_equal(a->judgements[0].id, "");
	gap_report *r = gap_analyze(K, a);
	const gap_clause *g = &r->clauses[kb_clause_by_id(K, "4.1") - K->clauses];
	assert_true(g->disagrees);
	assert_true(has_rule(r, 14, "4.1"));
	assert_int_equal(r->verdicts[VERDICT_CONFORMING], 1);
	gap_free(&r);
	assert_int_equal(assess_judge(a, "4.1", VERDICT_MAJOR_NC, "No SMS scope", "4.3", NULL, NULL, NULL, &err), 0);
	assert_int_equal(assess_judge(a, "5.1", VERDICT_MINOR_NC, "Thin minutes", NULL, NULL, NULL, NULL, &err), 0);
	assert_int_equal(assess_judge(a, "4.2", VERDICT_OFI, "Could be sharper", NULL, NULL, NULL, NULL, &err), 0);
	assert_string_equal(assess_judgement_find(a, "4.1")->id, "NC-001");
	assert_string_equal(assess_judgement_find(a, "5.1")->id, "NC-002");
	assert_string_equal(assess_judgement_find(a, "4.2")->id, "OFI-001");
	/* Same kind again: the ID stays. */
	assert_int_equal(assess_judge(a, "4.1", VERDICT_MINOR_NC, "Scope thin", NULL, NULL, NULL, NULL, &err), 0);
	assert_string_equal(assess_judgement_find(a, "4.1")->id, "NC-001");
	r = gap_analyze(K, a);
	assert_false(r->clauses[kb_clause_by_id(K, "4.1") - K->clauses].disagrees); /* gap and NC agree */
	assert_int_equal(r->njudged, 3);
	assert_int_equal(r->verdicts[VERDICT_MINOR_NC], 2);
	gap_free(&r);
	assert_int_equal(assess_unjudge(a, "4.2", &err), 0);
	assert_int_equal(assess_unjudge(a, "4.2", &err), -1);
	free(err);
	assert_null(assess_judgement_find(a, "4.2"));
	/* A cleared ID is never given again. */
	assert_int_equal(assess_judge(a, "4.2", VERDICT_OFI, "Again", NULL, NULL, NULL, NULL, &err), 0);
	assert_string_equal(assess_judgement_find(a, "4.2")->id, "OFI-002");
	assert_int_equal(a->last_ofi, 2);
	assert_int_equal(a->last_nc, 2);
	assess_free(&a);
}

/* The analysis holds no pointer into the assessment's records: adding
 * records afterwards (the array grows and moves) leaves it usable, and the
 * generation tells a cache that it must look again. */
static void
test_analysis_survives_new_records(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	char *err = NULL;
	set(a, "C", RES_MISSING);
	assess_set_text(a, &assess_find(a, "C")->owner, "Owner of C", &err);
	gap_report *r = gap_analyze(K, a);
	unsigned long gen = a->generation;
	assert_int_equal(r->nactions, 1);
	/* New records, inserted before C in roadmap order, so C moves. */
	assert_non_null(assess_item(a, "A", &err));
	assert_non_null(assess_item(a, "B", &err));
	assert_true(a->generation > gen);
	assert_int_equal(a->changes, 2); /* records that hold nothing are no edit */
	const as_item *rec = gap_action_record(r, &r->actions[0]);
	assert_string_equal(rec->ref, "C");
	assert_string_equal(rec->owner, "Owner of C");
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
	set(a, "e", RES_IN_PLACE);
	assess_set_date(a, assess_find(a, "B")->due, "2026-01-31", &err);
	gap_report *r = gap_analyze(K, a);
	assert_int_equal(r->nactions, 5);
	/* C: missing and produces DI.A -> high.  D: missing -> medium.  A and
	 * B: partial, light -> low; A supports two uncovered clauses, B one.
	 * E: in place without evidence, primary -> medium, after the missing. */
	assert_string_equal(K->items[r->actions[0].item].id, "C");
	assert_int_equal(r->actions[0].priority, PRIO_HIGH);
	assert_int_equal(r->actions[0].kind, PLAN_IMPLEMENT);
	assert_string_equal(K->items[r->actions[1].item].id, "D");
	assert_int_equal(r->actions[1].priority, PRIO_MEDIUM);
	assert_string_equal(K->items[r->actions[2].item].id, "E");
	assert_int_equal(r->actions[2].kind, PLAN_EVIDENCE);
	assert_string_equal(K->items[r->actions[3].item].id, "A");
	assert_int_equal(r->actions[3].dependents, 2);
	assert_string_equal(K->items[r->actions[4].item].id, "B");
	assert_int_equal(r->actions[4].priority, PRIO_LOW);
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
	assert_true(has_rule(r, 3, NULL)); /* all external, nothing run in-house */
	assert_true(has_rule(r, 5, NULL)); /* lead supplier, no separation */
	assert_true(has_rule(r, 11, NULL)); /* no starting point */
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
	a->roles[0].holders[1].party = xstrdup("Two"); /* both accountable (RACI_A is 0) */
	r = gap_analyze(K, a);
	assert_false(has_rule(r, 3, NULL));
	assert_false(has_rule(r, 5, NULL));
	assert_true(has_rule(r, 6, "ROLE.X"));
	assert_true(has_rule(r, 7, "Incident forum")); /* one layer only */
	assert_true(has_rule(r, 7, "structural elements")); /* no board */
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

/* The format numbers findings up to NC-999999: past that a judgement is
 * refused and the assessment is left as it was (it used to write an
 * NC-1000000 that no siamwiz could read back). */
static void
test_judge_numbers_used_up(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Numbered");
	char *err = NULL;
	a->last_nc = 999998;
	assert_int_equal(assess_judge(a, "4.1", VERDICT_MINOR_NC, "Last one", NULL, NULL, NULL, NULL, &err), 0);
	assert_string_equal(assess_judgement_find(a, "4.1")->id, "NC-999999");
	unsigned long gen = a->generation;
	assert_int_equal(assess_judge(a, "4.2", VERDICT_MAJOR_NC, "One too many", NULL, NULL, NULL, NULL, &err), -1);
	assert_non_null(strstr(err, "NC-999999"));
	free(err);
	err = NULL;
	assert_null(assess_judgement_find(a, "4.2"));
	assert_int_equal(a->njudgements, 1);
	assert_int_equal(a->last_nc, 999999);
	assert_int_equal(a->generation, gen);
	/* Same kind on the same clause keeps its number; OFIs have their own. */
	assert_int_equal(assess_judge(a, "4.1", VERDICT_MAJOR_NC, "Worse", NULL, NULL, NULL, NULL, &err), 0);
	assert_string_equal(assess_judgement_find(a, "4.1")->id, "NC-999999");
	assert_int_equal(assess_judge(a, "4.2", VERDICT_OFI, "Sharper", NULL, NULL, NULL, NULL, &err), 0);
	assert_string_equal(assess_judgement_find(a, "4.2")->id, "OFI-001");
	assess_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unassessed),
		cmocka_unit_test(test_every_primary_decides),
		cmocka_unit_test(test_claim_without_evidence),
		cmocka_unit_test(test_exclusion_is_a_gap),
		cmocka_unit_test(test_missing_document),
		cmocka_unit_test(test_judgements),
		cmocka_unit_test(test_analysis_survives_new_records),
		cmocka_unit_test(test_action_order),
		cmocka_unit_test(test_profile_rules),
		cmocka_unit_test(test_clauses_4_5_stay_home),
		cmocka_unit_test(test_judge_numbers_used_up),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
