/* Unit tests for the assessment rules of docs/GAPS.md (core/gap_rules.c),
 * on the built-in knowledge base: for every rule, the smallest assessment
 * that makes it fire (asserting rule, severity and subject) and the
 * smallest change that keeps it quiet.  The items named here are those the
 * built-in knowledge base gives the roles the tests rely on; each test
 * checks that premise first, so that a change of the knowledge base fails
 * with a clear message rather than a puzzling one. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/gap.h"
#include "fixture.h"

/* ---------------------------------------------------------------- helpers */

/* A result; in place comes with evidence (a proven item). */
static as_item *
set(assessment *a, const char *id, as_result res)
{
	char *err = NULL;
	as_item *it = assess_item(a, id, &err);
	if (!it)
		fail_msg("%s: %s", id, err ? err : "?");
	assert_int_equal(assess_set_result(a, it, res, &err), 0);
	if (res == RES_NOT_APPLICABLE)
		assert_int_equal(assess_set_text(a, &it->justification, "does not apply here", &err), 0);
	if (res == RES_IN_PLACE && !it->nevidence)
		assert_int_equal(assess_add_evidence(a, it, "seen in the workshop", NULL, &err), 0);
	return it;
}

/* In place with no evidence: a claim. */
static void
claim(assessment *a, const char *id)
{
	as_item *it = set(a, id, RES_IN_PLACE);
	while (it->nevidence)
		assess_remove_evidence(a, it, 0);
}

static void
set_layer(assessment *a, const char *id, const char *layer)
{
	char *err = NULL;
	as_item *it = assess_item(a, id, &err);
	assert_non_null(it);
	assert_int_equal(assess_set_layer(a, it, layer, &err), 0);
}

static void
provider(assessment *a, const char *name, bool internal)
{
	char *err = NULL;
	assert_int_equal(assess_provider_add(a, name, internal, CRIT_MEDIUM, NULL, &err), 0);
}

/* The allocation matrix has no setter: the store fills it when reading. */
static void
process(assessment *a, const char *ref, unsigned accountable, unsigned responsible)
{
	a->processes = xgrow(a->processes, &a->capprocesses, a->nprocesses + 1, sizeof *a->processes);
	as_process *p = &a->processes[a->nprocesses++];
	memset(p, 0, sizeof *p);
	p->ref = xstrdup(ref);
	p->raci[RACI_A] = accountable;
	p->raci[RACI_R] = responsible;
	a->has_processes = true;
}

static void
structure(assessment *a, as_structkind kind, unsigned layers, const char *name)
{
	char *err = NULL;
	assert_int_equal(assess_structure_set(a, a->nstructures, kind, layers, name, NULL, &err), 0);
}

/* Every finding carries what docs/GAPS.md promises: a rule number, an
 * explanation and a reference. */
static gap_report *
analyze(const assessment *a)
{
	gap_report *r = gap_analyze(K, a);
	for (size_t i = 0; i < r->nfindings; i++) {
		const gap_finding *f = &r->findings[i];
		assert_true(f->rule >= 1 && f->rule <= 14);
		assert_non_null(f->subject);
		assert_true(f->message && *f->message);
		assert_true(f->reference && *f->reference);
	}
	return r;
}

static const gap_finding *
find(const gap_report *r, int rule, const char *subject)
{
	for (size_t i = 0; i < r->nfindings; i++)
		if (r->findings[i].rule == rule && (!subject || !strcmp(r->findings[i].subject, subject)))
			return &r->findings[i];
	return NULL;
}

static size_t
count_rule(const gap_report *r, int rule)
{
	size_t n = 0;
	for (size_t i = 0; i < r->nfindings; i++)
		n += r->findings[i].rule == rule;
	return n;
}

/* The finding of this rule about this subject, with this severity and a
 * message holding the given text (or NULL). */
static const gap_finding *
expect_finding(const gap_report *r, int rule, const char *subject, gap_severity sev, const char *text)
{
	const gap_finding *f = find(r, rule, subject);
	if (!f)
		fail_msg("no finding of rule %d about \"%s\"", rule, subject);
	assert_int_equal(f->severity, sev);
	if (text && !strstr(f->message, text))
		fail_msg("rule %d about \"%s\": \"%s\" does not say \"%s\"", rule, subject, f->message, text);
	return f;
}

/* Premises about the built-in knowledge base. */
static const kb_link *
link_of(const char *item, const char *clause)
{
	const kb_item *it = kb_item_by_id(K, item);
	if (!it)
		fail_msg("the knowledge base has no item %s", item);
	for (size_t j = 0; j < it->nlinks; j++) {
		const kb_link *l = &K->links[it->links[j]];
		if (!strcmp(K->clauses[l->clause].id, clause))
			return l;
	}
	fail_msg("item %s is not linked to clause %s", item, clause);
	return NULL;
}

static gap_status
status_of(const gap_report *r, const char *clause)
{
	return r->clauses[kb_clause_by_id(K, clause) - K->clauses].status;
}

/* ---------------------------------------------------------------- rule 1 */

static void
test_rule1_fires(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	gap_report *r = analyze(a);
	expect_finding(r, 1, "service providers", SEV_ERROR, "No service provider is recorded");
	assert_int_equal(count_rule(r, 1), 1);
	gap_free(&r);
	provider(a, "Only one", false);
	r = analyze(a);
	expect_finding(r, 1, "service providers", SEV_ERROR, "Only 1 service provider is recorded");
	gap_free(&r);
	assess_free(&a);
}

static void
test_rule1_quiet(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	provider(a, "P1", false);
	provider(a, "P2", false);
	gap_report *r = analyze(a);
	assert_int_equal(count_rule(r, 1), 0);
	gap_free(&r);
	assess_free(&a);
}

/* ---------------------------------------------------------------- rule 2 */

/* PB.OUT.01 is the only support of 8.5.2.2 and a primary item of 8.2.3;
 * PB.OUT.03 is the primary item of 4.3. */
static void
test_rule2_fires(void **state)
{
	(void)state;
	assert_int_equal(kb_clause_by_id(K, "8.5.2.2")->nlinks, 1);
	assert_int_equal(link_of("PB.OUT.01", "8.5.2.2")->role, ROLE_PRIMARY);
	assert_int_equal(link_of("PB.OUT.01", "8.2.3")->role, ROLE_PRIMARY);
	assert_int_equal(link_of("PB.OUT.03", "4.3")->role, ROLE_PRIMARY);
	assessment *a = assess_new(K, "X");
	set(a, "PB.OUT.01", RES_NOT_APPLICABLE);
	gap_report *r = analyze(a);
	expect_finding(r, 2, "8.5.2.2", SEV_ERROR, "is supported only by items marked not applicable");
	expect_finding(r, 2, "8.2.3", SEV_ERROR, "loses primary support");
	/* Its supporting links (4.3, 4.4, 6.1, ...) are no exclusion of a
	 * clause's need. */
	assert_int_equal(link_of("PB.OUT.01", "4.3")->role, ROLE_SUPPORTING);
	assert_null(find(r, 2, "4.3"));
	gap_free(&r);
	set(a, "PB.OUT.03", RES_NOT_APPLICABLE);
	r = analyze(a);
	expect_finding(r, 2, "4.3", SEV_ERROR, "Clause 4.3");
	gap_free(&r);
	assess_free(&a);
}

/* Missing is a gap but no exclusion; excluding an item that only supports
 * takes nothing a clause needs. */
static void
test_rule2_quiet(void **state)
{
	(void)state;
	const kb_item *it = kb_item_by_id(K, "DS.IN.06");
	assert_non_null(it);
	for (size_t j = 0; j < it->nlinks; j++)
		assert_int_equal(K->links[it->links[j]].role, ROLE_SUPPORTING);
	assessment *a = assess_new(K, "X");
	set(a, "PB.OUT.01", RES_MISSING);
	set(a, "DS.IN.06", RES_NOT_APPLICABLE);
	gap_report *r = analyze(a);
	assert_int_equal(status_of(r, "8.5.2.2"), GAP_GAP);
	assert_int_equal(count_rule(r, 2), 0);
	gap_free(&r);
	assess_free(&a);
}

/* ---------------------------------------------------------------- rule 3 */

static void
test_rule3_fires(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	provider(a, "P1", false);
	provider(a, "P2", false);
	gap_report *r = analyze(a);
	expect_finding(r, 3, "profile", SEV_ERROR, "Every recorded provider is external");
	gap_free(&r);
	/* An external integrator, or a lead supplier, runs nothing in-house
	 * either; nor does a process the customer is only accountable for. */
	static const as_model outside[] = {MODEL_EXTERNAL, MODEL_LEAD_SUPPLIER};
	for (size_t i = 0; i < 2; i++) {
		assess_set_model(a, outside[i]);
		r = analyze(a);
		expect_finding(r, 3, "profile", SEV_ERROR, NULL);
		gap_free(&r);
	}
	process(a, "PR.INCIDENT", LAYER_CUSTOMER, LAYER_PROVIDER);
	r = analyze(a);
	expect_finding(r, 3, "profile", SEV_ERROR, NULL);
	gap_free(&r);
	assess_free(&a);
}

/* The organization runs something: an internal provider, an internal or
 * hybrid model, or a process the customer layer performs.  With no
 * provider at all, rule 1 speaks instead. */
static void
test_rule3_quiet(void **state)
{
	(void)state;
	gap_report *r;
	assessment *a = assess_new(K, "X");
	r = analyze(a);
	assert_int_equal(count_rule(r, 3), 0);
	gap_free(&r);
	provider(a, "P1", false);
	provider(a, "In-house IT", true);
	r = analyze(a);
	assert_int_equal(count_rule(r, 3), 0);
	gap_free(&r);
	assess_free(&a);

	static const as_model inside[] = {MODEL_INTERNAL, MODEL_HYBRID};
	for (size_t i = 0; i < 2; i++) {
		a = assess_new(K, "X");
		provider(a, "P1", false);
		provider(a, "P2", false);
		assess_set_model(a, inside[i]);
		r = analyze(a);
		assert_int_equal(count_rule(r, 3), 0);
		gap_free(&r);
		assess_free(&a);
	}

	a = assess_new(K, "X");
	provider(a, "P1", false);
	provider(a, "P2", false);
	process(a, "PR.INCIDENT", LAYER_INTEGRATOR, LAYER_CUSTOMER | LAYER_PROVIDER);
	r = analyze(a);
	assert_int_equal(count_rule(r, 3), 0);
	gap_free(&r);
	assess_free(&a);
}

/* ---------------------------------------------------------------- rule 4 */

/* The item's links reach under top clause "4" or "5" only through the
 * given one: the test of each half of the rule needs an item that touches
 * the other half nowhere. */
static void
only_under(const char *item, const char *clause)
{
	const kb_item *it = kb_item_by_id(K, item);
	assert_non_null(it);
	link_of(item, clause);
	for (size_t j = 0; j < it->nlinks; j++) {
		const char *id = K->clauses[K->links[it->links[j]].clause].id;
		if ((id[0] == '4' || id[0] == '5') && id[0] != clause[0])
			fail_msg("%s also supports clause %s", item, id);
	}
}

/* PB.OUT.03 supports 4.3 (and 7.5.4), IM.OUT.08 supports 5.2.2 (and
 * clauses 7 and 8). */
static void
test_rule4_fires(void **state)
{
	(void)state;
	only_under("PB.OUT.03", "4.3");
	only_under("IM.OUT.08", "5.2.2");
	assessment *a = assess_new(K, "X");
	set_layer(a, "PB.OUT.03", "provider");
	gap_report *r = analyze(a);
	expect_finding(r, 4, "PB.OUT.03", SEV_WARNING,
		       "supports clause 4.3 but is recorded as the "
		       "responsibility of a service provider");
	assert_int_equal(count_rule(r, 4), 1);
	gap_free(&r);
	set_layer(a, "PB.OUT.03", NULL);
	set_layer(a, "IM.OUT.08", "provider");
	r = analyze(a);
	expect_finding(r, 4, "IM.OUT.08", SEV_WARNING, "supports clause 5.2.2");
	assert_int_equal(count_rule(r, 4), 1);
	gap_free(&r);
	/* The integrator, when it is not the organization's own. */
	set_layer(a, "IM.OUT.08", "integrator");
	static const as_model outside[] = {MODEL_EXTERNAL, MODEL_LEAD_SUPPLIER};
	for (size_t i = 0; i < 2; i++) {
		assess_set_model(a, outside[i]);
		r = analyze(a);
		expect_finding(r, 4, "IM.OUT.08", SEV_WARNING, "an external integrator");
		gap_free(&r);
	}
	assess_free(&a);
}

/* The customer layer; an in-house or undecided integrator; a provider on
 * an item far from clauses 4 and 5 (RI.OUT.10: 8.4 and 8.7). */
static void
test_rule4_quiet(void **state)
{
	(void)state;
	const kb_item *it = kb_item_by_id(K, "RI.OUT.10");
	assert_non_null(it);
	for (size_t j = 0; j < it->nlinks; j++)
		assert_int_equal(K->clauses[K->links[it->links[j]].clause].id[0], '8');
	assessment *a = assess_new(K, "X");
	set_layer(a, "DS.OUT.01", "customer");
	set_layer(a, "RI.OUT.10", "provider");
	gap_report *r = analyze(a);
	assert_int_equal(count_rule(r, 4), 0);
	gap_free(&r);
	set_layer(a, "DS.OUT.01", "integrator");
	static const as_model inside[] = {MODEL_NONE, MODEL_INTERNAL, MODEL_HYBRID};
	for (size_t i = 0; i < 3; i++) {
		assess_set_model(a, inside[i]);
		r = analyze(a);
		assert_int_equal(count_rule(r, 4), 0);
		gap_free(&r);
	}
	assess_free(&a);
}

/* ---------------------------------------------------------------- rule 5 */

static void
test_rule5_fires(void **state)
{
	(void)state;
	char *err = NULL;
	assessment *a = assess_new(K, "X");
	assess_set_model(a, MODEL_LEAD_SUPPLIER);
	gap_report *r = analyze(a);
	expect_finding(r, 5, "profile", SEV_WARNING, "lead supplier");
	gap_free(&r);
	/* White space is no separation. */
	assert_int_equal(assess_set_text(a, &a->separation, " \t\r\n ", &err), 0);
	assert_non_null(a->separation);
	r = analyze(a);
	expect_finding(r, 5, "profile", SEV_WARNING, NULL);
	gap_free(&r);
	assess_free(&a);
}

static void
test_rule5_quiet(void **state)
{
	(void)state;
	char *err = NULL;
	assessment *a = assess_new(K, "X");
	assess_set_model(a, MODEL_LEAD_SUPPLIER);
	assert_int_equal(assess_set_text(a, &a->separation, "Separate integration unit and board.", &err), 0);
	gap_report *r = analyze(a);
	assert_int_equal(count_rule(r, 5), 0);
	gap_free(&r);
	/* Other models need no separation. */
	assert_int_equal(assess_set_text(a, &a->separation, NULL, &err), 0);
	assess_set_model(a, MODEL_EXTERNAL);
	r = analyze(a);
	assert_int_equal(count_rule(r, 5), 0);
	gap_free(&r);
	assess_free(&a);
}

/* ---------------------------------------------------------------- rule 6 */

/* Every role of the knowledge base with one accountable party, every
 * process with one accountable and one responsible layer. */
static void
allocate_all(assessment *a)
{
	char *err = NULL;
	for (size_t i = 0; i < K->nentries[KB_ROLE]; i++)
		assert_int_equal(assess_role_set(a, K->entries[KB_ROLE][i].id, RACI_A, "Someone", &err), 0);
	for (size_t i = 0; i < K->nentries[KB_PROCESS]; i++)
		process(a, K->entries[KB_PROCESS][i].id, LAYER_INTEGRATOR, LAYER_PROVIDER);
}

static as_process *
process_of(assessment *a, const char *ref)
{
	for (size_t i = 0; i < a->nprocesses; i++)
		if (!strcmp(a->processes[i].ref, ref))
			return &a->processes[i];
	fail_msg("no process %s", ref);
	return NULL;
}

static void
test_rule6_fires(void **state)
{
	(void)state;
	char *err = NULL;
	assert_true(K->nentries[KB_ROLE] > 1);
	assert_non_null(kb_entry_by_id(K, KB_ROLE, "ROLE.RETAINED"));
	assert_non_null(kb_entry_by_id(K, KB_ROLE, "ROLE.SERVICE-OWNER"));

	/* Nothing recorded: one finding per register, not one per entry. */
	assessment *a = assess_new(K, "X");
	gap_report *r = analyze(a);
	expect_finding(r, 6, "roles", SEV_WARNING, "No role holder is recorded");
	expect_finding(r, 6, "processes", SEV_WARNING, "No process allocation is recorded");
	assert_int_equal(count_rule(r, 6), 2);
	gap_free(&r);
	assess_free(&a);

	/* Everything allocated but one thing each. */
	a = assess_new(K, "X");
	allocate_all(a);
	const char *two[] = {"One", "Two"};
	assert_int_equal(assess_role_set_parties(a, "ROLE.RETAINED", RACI_A, two, 2, &err), 0);
	assert_int_equal(assess_role_set(a, "ROLE.SERVICE-OWNER", RACI_A, "", &err), 0);
	assert_int_equal(assess_role_set(a, "ROLE.SERVICE-OWNER", RACI_R, "Doer", &err), 0);
	assert_int_equal(assess_role_set(a, "ROLE.LOCAL", RACI_R, "Doer", &err), 0); /* not in the kb */
	process_of(a, "PR.CHANGE")->raci[RACI_A] = LAYER_INTEGRATOR | LAYER_PROVIDER;
	process_of(a, "PR.SLM")->raci[RACI_A] = 0;
	process_of(a, "PR.BRM")->raci[RACI_R] = 0;
	as_process *inc = process_of(a, "PR.INCIDENT");
	inc->raci[RACI_A] = inc->raci[RACI_R] = 0;
	process(a, "PR.LOCAL", 0, LAYER_CUSTOMER); /* not in the kb */
	r = analyze(a);
	expect_finding(r, 6, "ROLE.RETAINED", SEV_WARNING, "has 2 accountable parties");
	expect_finding(r, 6, "ROLE.SERVICE-OWNER", SEV_WARNING, "has no accountable party");
	expect_finding(r, 6, "ROLE.LOCAL", SEV_WARNING, "has no accountable party");
	expect_finding(r, 6, "PR.CHANGE", SEV_WARNING, "more than one accountable layer (integrator provider)");
	expect_finding(r, 6, "PR.SLM", SEV_WARNING, "has no accountable layer");
	expect_finding(r, 6, "PR.BRM", SEV_WARNING, "has no responsible layer");
	expect_finding(r, 6, "PR.INCIDENT", SEV_WARNING, "is not allocated");
	expect_finding(r, 6, "PR.LOCAL", SEV_WARNING, "has no accountable layer");
	assert_int_equal(count_rule(r, 6), 8);
	gap_free(&r);
	assess_free(&a);
}

static void
test_rule6_quiet(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	allocate_all(a);
	gap_report *r = analyze(a);
	assert_int_equal(count_rule(r, 6), 0);
	gap_free(&r);
	assess_free(&a);
}

/* ---------------------------------------------------------------- rule 7 */

static void
test_rule7_fires(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	gap_report *r = analyze(a);
	expect_finding(r, 7, "structural elements", SEV_WARNING, "No structural elements");
	assert_int_equal(count_rule(r, 7), 1);
	gap_free(&r);
	/* A forum of one layer, and no board. */
	structure(a, STRUCT_FORUM, LAYER_PROVIDER, "Incident forum");
	r = analyze(a);
	expect_finding(r, 7, "Incident forum", SEV_WARNING, "one layer only");
	expect_finding(r, 7, "structural elements", SEV_WARNING, "No board is recorded");
	assert_int_equal(count_rule(r, 7), 2);
	gap_free(&r);
	assess_free(&a);
	/* A board with no layer recorded. */
	a = assess_new(K, "X");
	structure(a, STRUCT_BOARD, 0, "Board");
	r = analyze(a);
	expect_finding(r, 7, "Board", SEV_WARNING, "no recorded layer");
	assert_int_equal(count_rule(r, 7), 1);
	gap_free(&r);
	assess_free(&a);
}

static void
test_rule7_quiet(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	structure(a, STRUCT_BOARD, LAYER_CUSTOMER | LAYER_INTEGRATOR, "Governance board");
	structure(a, STRUCT_WORKING_GROUP, LAYER_INTEGRATOR | LAYER_PROVIDER, "Tooling group");
	gap_report *r = analyze(a);
	assert_int_equal(count_rule(r, 7), 0);
	gap_free(&r);
	assess_free(&a);
}

/* ---------------------------------------------------------------- rule 8 */

/* DS.IN.05 is of the people practice type only. */
static void
test_rule8_fires(void **state)
{
	(void)state;
	assert_int_equal(kb_item_by_id(K, "DS.IN.05")->practices, PRACTICE_PEOPLE);
	static const as_result none[] = {RES_MISSING, RES_NOT_APPLICABLE};
	for (size_t i = 0; i < 2; i++) {
		assessment *a = assess_new(K, "X");
		set(a, "DS.IN.05", none[i]);
		gap_report *r = analyze(a);
		expect_finding(r, 8, "people", SEV_WARNING, "No item of the people practice type");
		assert_int_equal(count_rule(r, 8), 1); /* the others are not assessed yet */
		gap_free(&r);
		assess_free(&a);
	}
}

static void
test_rule8_quiet(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	gap_report *r = analyze(a);
	assert_int_equal(count_rule(r, 8), 0); /* nothing assessed: nothing to say */
	gap_free(&r);
	static const as_result some[] = {RES_PARTIAL, RES_IN_PLACE};
	for (size_t i = 0; i < 2; i++) {
		set(a, "DS.IN.05", some[i]);
		set(a, "DS.OUT.11", RES_MISSING); /* people too: one in place is enough */
		r = analyze(a);
		assert_int_equal(count_rule(r, 8), 0);
		gap_free(&r);
	}
	assess_free(&a);
}

/* ------------------------------------------------------------ rules 9-11 */

static bool
needs(int rule, const char *item, const char *start)
{
	for (size_t i = 0; i < K->nneeds; i++) {
		const kb_need *n = &K->needs[i];
		if (n->rule == rule && !strcmp(n->item, item) &&
		    (start ? n->start && !strcmp(n->start, start) : !n->start))
			return true;
	}
	return false;
}

/* Rule 9: DS.OUT.10 (the transition project) and PB.OUT.13 (the
 * organizational change plan); information while not assessed, a warning
 * once assessed and not in place. */
static void
test_rule9_fires(void **state)
{
	(void)state;
	assert_true(needs(9, "DS.OUT.10", NULL));
	assert_true(needs(9, "PB.OUT.13", NULL));
	assessment *a = assess_new(K, "X");
	gap_report *r = analyze(a);
	expect_finding(r, 9, "DS.OUT.10", SEV_INFO, "DS.OUT.10 is not assessed yet");
	expect_finding(r, 9, "PB.OUT.13", SEV_INFO, "PB.OUT.13 is not assessed yet");
	assert_int_equal(count_rule(r, 9), 2);
	gap_free(&r);
	static const struct {
		as_result res;
		const char *says;
	} v[] = {
		{RES_MISSING, "DS.OUT.10 is missing"},
		{RES_PARTIAL, "DS.OUT.10 is only partly in place"},
		{RES_NOT_APPLICABLE, "DS.OUT.10 is marked not applicable"},
	};
	for (size_t i = 0; i < 3; i++) {
		set(a, "DS.OUT.10", v[i].res);
		r = analyze(a);
		expect_finding(r, 9, "DS.OUT.10", SEV_WARNING, v[i].says);
		expect_finding(r, 9, "PB.OUT.13", SEV_INFO, NULL);
		gap_free(&r);
	}
	assess_free(&a);
}

/* In place, proven or only claimed (rule 13 handles the proof). */
static void
test_rule9_quiet(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	set(a, "DS.OUT.10", RES_IN_PLACE);
	claim(a, "PB.OUT.13");
	gap_report *r = analyze(a);
	assert_int_equal(count_rule(r, 9), 0);
	gap_free(&r);
	assess_free(&a);
}

/* Rule 10: IM.OUT.01, implementation approach and intermediate states. */
static void
test_rule10_fires(void **state)
{
	(void)state;
	assert_true(needs(10, "IM.OUT.01", NULL));
	assessment *a = assess_new(K, "X");
	gap_report *r = analyze(a);
	expect_finding(r, 10, "IM.OUT.01", SEV_INFO, "IM.OUT.01 is not assessed yet");
	assert_int_equal(count_rule(r, 10), 1);
	gap_free(&r);
	set(a, "IM.OUT.01", RES_MISSING);
	r = analyze(a);
	expect_finding(r, 10, "IM.OUT.01", SEV_WARNING, "IM.OUT.01 is missing");
	assert_int_equal(count_rule(r, 10), 1);
	gap_free(&r);
	set(a, "IM.OUT.01", RES_PARTIAL);
	r = analyze(a);
	expect_finding(r, 10, "IM.OUT.01", SEV_WARNING, "is only partly in place");
	gap_free(&r);
	assess_free(&a);
}

static void
test_rule10_quiet(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	set(a, "IM.OUT.01", RES_IN_PLACE);
	gap_report *r = analyze(a);
	assert_int_equal(count_rule(r, 10), 0);
	gap_free(&r);
	assess_free(&a);
}

/* Rule 11: no starting point; or the starting point's own items. */
static void
test_rule11_fires(void **state)
{
	(void)state;
	assert_true(needs(11, "DS.OUT.01", "existing-sms"));
	assert_true(needs(11, "PB.OUT.15", "existing-sms"));
	assert_true(needs(11, "PB.OUT.03", "existing-siam"));
	assert_true(needs(11, "DS.OUT.10", "concurrent"));
	assessment *a = assess_new(K, "X");
	gap_report *r = analyze(a);
	expect_finding(r, 11, "profile", SEV_WARNING, "No starting point is recorded");
	assert_int_equal(count_rule(r, 11), 1); /* no starting point, no item of one */
	gap_free(&r);

	assess_set_start(a, START_EXISTING_SMS);
	set(a, "DS.OUT.01", RES_MISSING);
	r = analyze(a);
	assert_null(find(r, 11, "profile"));
	expect_finding(r, 11, "DS.OUT.01", SEV_WARNING, "DS.OUT.01 is missing");
	expect_finding(r, 11, "PB.OUT.15", SEV_INFO, "is not assessed yet");
	assert_int_equal(count_rule(r, 11), 2);
	gap_free(&r);

	assess_set_start(a, START_EXISTING_SIAM);
	r = analyze(a);
	expect_finding(r, 11, "PB.OUT.03", SEV_INFO, NULL);
	assert_int_equal(count_rule(r, 11), 1); /* DS.OUT.01 is not this one's */
	gap_free(&r);

	assess_set_start(a, START_CONCURRENT);
	set(a, "DS.OUT.10", RES_PARTIAL);
	r = analyze(a);
	expect_finding(r, 11, "DS.OUT.10", SEV_WARNING, "is only partly in place");
	expect_finding(r, 9, "DS.OUT.10", SEV_WARNING, NULL); /* rule 9 asks for it too */
	assert_int_equal(count_rule(r, 11), 1);
	gap_free(&r);
	assess_free(&a);
}

static void
test_rule11_quiet(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	assess_set_start(a, START_EXISTING_SIAM);
	set(a, "PB.OUT.03", RES_IN_PLACE);
	set(a, "DS.OUT.01", RES_MISSING); /* an existing SMS's need, not this one's */
	gap_report *r = analyze(a);
	assert_int_equal(count_rule(r, 11), 0);
	gap_free(&r);
	assess_free(&a);
}

/* ---------------------------------------------------------------- rule 12 */

/* DI.A (the SMS scope) has one producer, PB.OUT.03. */
static void
test_rule12_fires(void **state)
{
	(void)state;
	size_t di;
	assert_int_equal(kb_lookup(K, "DI.A", &di), KB_ID_DOC);
	assert_int_equal(K->docs[di].nproducers, 1);
	assert_string_equal(K->items[K->docs[di].producers[0]].id, "PB.OUT.03");

	assessment *a = assess_new(K, "X");
	set(a, "PB.OUT.03", RES_MISSING);
	gap_report *r = analyze(a);
	expect_finding(r, 12, "DI.A", SEV_ERROR, "is mandatory and no item that produces it is in place");
	assert_int_equal(count_rule(r, 12), 1);
	gap_free(&r);
	set(a, "PB.OUT.03", RES_NOT_APPLICABLE);
	r = analyze(a);
	expect_finding(r, 12, "DI.A", SEV_ERROR, "every item that produces it is marked not applicable");
	gap_free(&r);
	/* There, but nobody owns it. */
	static const as_result there[] = {RES_IN_PLACE, RES_PARTIAL};
	for (size_t i = 0; i < 2; i++) {
		set(a, "PB.OUT.03", there[i]);
		r = analyze(a);
		expect_finding(r, 12, "DI.A", SEV_WARNING, "has no owner layer recorded");
		assert_int_equal(count_rule(r, 12), 1);
		gap_free(&r);
	}
	assess_free(&a);
}

/* Present with an owner layer; and nothing said while not assessed. */
static void
test_rule12_quiet(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	gap_report *r = analyze(a);
	assert_int_equal(count_rule(r, 12), 0);
	gap_free(&r);
	set(a, "PB.OUT.03", RES_IN_PLACE);
	set_layer(a, "PB.OUT.03", "customer");
	r = analyze(a);
	assert_int_equal(count_rule(r, 12), 0);
	gap_free(&r);
	assess_free(&a);
}

/* ---------------------------------------------------------------- rule 13 */

static void
test_rule13_fires(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	claim(a, "DS.OUT.01");
	gap_report *r = analyze(a);
	expect_finding(r, 13, "DS.OUT.01", SEV_WARNING, "no evidence is recorded");
	assert_int_equal(count_rule(r, 13), 1);
	gap_free(&r);
	assess_free(&a);
}

/* Evidence proves it; a partial item is no claim to prove. */
static void
test_rule13_quiet(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "X");
	set(a, "DS.OUT.01", RES_IN_PLACE);
	set(a, "DS.OUT.02", RES_PARTIAL);
	gap_report *r = analyze(a);
	assert_int_equal(count_rule(r, 13), 0);
	gap_free(&r);
	assess_free(&a);
}

/* ---------------------------------------------------------------- rule 14 */

/* 8.5.2.2 has one link, PB.OUT.01, and no documented information caps
 * it: PB.OUT.01 decides it alone. */
static void
test_rule14_fires(void **state)
{
	(void)state;
	char *err = NULL;
	assert_int_equal(kb_clause_by_id(K, "8.5.2.2")->nlinks, 1);
	assessment *a = assess_new(K, "X");
	set(a, "PB.OUT.01", RES_MISSING);
	assert_int_equal(assess_judge(a, "8.5.2.2", VERDICT_CONFORMING, NULL, NULL, NULL, NULL, NULL, &err), 0);
	gap_report *r = analyze(a);
	assert_int_equal(status_of(r, "8.5.2.2"), GAP_GAP);
	expect_finding(r, 14, "8.5.2.2", SEV_WARNING, "record in the statement");
	assert_int_equal(count_rule(r, 14), 1);
	gap_free(&r);
	/* A statement explains the disagreement: information. */
	assert_int_equal(
		assess_judge(a, "8.5.2.2", VERDICT_CONFORMING, "Seen in the release log", NULL, NULL, NULL, NULL, &err),
		0);
	r = analyze(a);
	expect_finding(r, 14, "8.5.2.2", SEV_INFO, "the statement records why");
	gap_free(&r);
	/* A nonconformity where the computation finds the clause covered. */
	set(a, "PB.OUT.01", RES_IN_PLACE);
	assert_int_equal(
		assess_judge(a, "8.5.2.2", VERDICT_MINOR_NC, "Plans are not approved", NULL, NULL, NULL, NULL, &err),
		0);
	r = analyze(a);
	assert_int_equal(status_of(r, "8.5.2.2"), GAP_COVERED);
	expect_finding(r, 14, "8.5.2.2", SEV_INFO, "judged a nonconformity");
	assert_int_equal(count_rule(r, 14), 1);
	gap_free(&r);
	assess_free(&a);
}

/* Agreement in kind: conforming and covered, a nonconformity and a gap,
 * and an opportunity for improvement anywhere. */
static void
test_rule14_quiet(void **state)
{
	(void)state;
	char *err = NULL;
	assessment *a = assess_new(K, "X");
	set(a, "PB.OUT.01", RES_IN_PLACE);
	assert_int_equal(assess_judge(a, "8.5.2.2", VERDICT_CONFORMING, NULL, NULL, NULL, NULL, NULL, &err), 0);
	gap_report *r = analyze(a);
	assert_int_equal(status_of(r, "8.5.2.2"), GAP_COVERED);
	assert_int_equal(count_rule(r, 14), 0);
	gap_free(&r);
	assert_int_equal(assess_judge(a, "8.5.2.2", VERDICT_OFI, "Could be sharper", NULL, NULL, NULL, NULL, &err), 0);
	r = analyze(a);
	assert_int_equal(count_rule(r, 14), 0);
	gap_free(&r);
	set(a, "PB.OUT.01", RES_MISSING);
	assert_int_equal(assess_judge(a, "8.5.2.2", VERDICT_MAJOR_NC, "No release plans", NULL, NULL, NULL, NULL, &err),
			 0);
	r = analyze(a);
	assert_int_equal(status_of(r, "8.5.2.2"), GAP_GAP);
	assert_int_equal(count_rule(r, 14), 0);
	gap_free(&r);
	assess_free(&a);
}

/* ------------------------------------------------------------ everything */

/* A profile and results that satisfy every rule: no finding at all, so
 * each rule's quiet case above is not hiding behind another's. */
static void
test_no_rule_fires(void **state)
{
	(void)state;
	char *err = NULL;
	assessment *a = assess_new(K, "X");
	provider(a, "In-house IT", true);
	provider(a, "Network Co", false);
	assess_set_model(a, MODEL_HYBRID);
	assess_set_start(a, START_EXISTING_SIAM);
	structure(a, STRUCT_BOARD, LAYER_CUSTOMER | LAYER_INTEGRATOR | LAYER_PROVIDER, "Governance board");
	allocate_all(a);
	for (size_t i = 0; i < K->nitems; i++) {
		as_item *it = set(a, K->items[i].id, RES_IN_PLACE);
		assert_int_equal(assess_set_layer(a, it, "customer", &err), 0);
	}
	gap_report *r = analyze(a);
	if (r->nfindings)
		fail_msg("%zu finding(s), the first: rule %d, %s", r->nfindings, r->findings[0].rule,
			 r->findings[0].message);
	assert_int_equal(r->count[GAP_COVERED], K->nclauses);
	gap_free(&r);
	assess_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rule1_fires),   cmocka_unit_test(test_rule1_quiet),
		cmocka_unit_test(test_rule2_fires),   cmocka_unit_test(test_rule2_quiet),
		cmocka_unit_test(test_rule3_fires),   cmocka_unit_test(test_rule3_quiet),
		cmocka_unit_test(test_rule4_fires),   cmocka_unit_test(test_rule4_quiet),
		cmocka_unit_test(test_rule5_fires),   cmocka_unit_test(test_rule5_quiet),
		cmocka_unit_test(test_rule6_fires),   cmocka_unit_test(test_rule6_quiet),
		cmocka_unit_test(test_rule7_fires),   cmocka_unit_test(test_rule7_quiet),
		cmocka_unit_test(test_rule8_fires),   cmocka_unit_test(test_rule8_quiet),
		cmocka_unit_test(test_rule9_fires),   cmocka_unit_test(test_rule9_quiet),
		cmocka_unit_test(test_rule10_fires),  cmocka_unit_test(test_rule10_quiet),
		cmocka_unit_test(test_rule11_fires),  cmocka_unit_test(test_rule11_quiet),
		cmocka_unit_test(test_rule12_fires),  cmocka_unit_test(test_rule12_quiet),
		cmocka_unit_test(test_rule13_fires),  cmocka_unit_test(test_rule13_quiet),
		cmocka_unit_test(test_rule14_fires),  cmocka_unit_test(test_rule14_quiet),
		cmocka_unit_test(test_no_rule_fires),
	};
	return cmocka_run_group_tests(tests, fixture_load_kb, fixture_free_kb);
}
