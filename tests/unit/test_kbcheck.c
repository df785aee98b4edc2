/* Unit tests for core/kbcheck (kb_check, "siamwiz kb check"): the
 * built-in knowledge base checks clean with the figures the command
 * prints; a small complete knowledge base checks clean, and breaking one
 * thing in it gives exactly the finding for that thing; the broken files
 * of tests/data/kb-broken that load give the message tests/cli/kb.sh
 * expects. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/kb.h"
#include "fixture.h"

/* Text in English and French; the knowledge base uses both, so the
 * checker expects both everywhere. */
#define TT(en, fr) "<t xml:lang=\"en\">" en "</t><t xml:lang=\"fr\">" fr "</t>"
#define CL(id) "<clause id=\"" id "\"><title>" TT(id, id) "</title><summary>" TT("s", "s") "</summary></clause>"
#define STAGE_HEAD(id, n, attrs, activity)                                                \
	"<stage id=\"" id "\" number=\"" n "\"" attrs ">"                                 \
	"<title>" TT(id, id) "</title><purpose>" TT("p", "p") "</purpose><objective>" TT( \
		"o", "o") "</objective>" activity                                         \
			  "<trigger>" TT("t", "t") "</trigger><checkpoint>" TT("c", "c") "</checkpoint>"
#define ACTIVITY "<activity>" TT("a", "a") "</activity>"
#define ITEM_HEAD(id, attrs)                                                                      \
	"<item id=\"" id "\" kind=\"output\" layers=\"customer\" practices=\"process\"" attrs ">" \
	"<title>" TT(id, id) "</title><description>" TT("d", "d") "</description><why>" TT("w", "w") "</why>"
#define Q2 "<question>" TT("q1", "q1") "</question><question>" TT("q2", "q2") "</question>"
#define E2 "<evidence>" TT("e1", "e1") "</evidence><evidence>" TT("e2", "e2") "</evidence>"
#define SUP(c, role) "<supports clause=\"" c "\" relation=\"equal\" role=\"" role "\">" TT("r", "r") "</supports>"
#define SRC " source=\"6.2.2\""
#define ITEM(id, body) ITEM_HEAD(id, SRC) Q2 E2 body "</item>"

#define STAGE4 STAGE_HEAD("S4", "4", SRC, ACTIVITY) ITEM("S4.OUT.01", SUP("4.2", "supporting")) "</stage>"

/* What a variant changes in the small knowledge base; NULL keeps the
 * complete version.  Stage S1 and its item S1.OUT.01 are where most
 * breakage goes. */
typedef struct mini {
	const char *stage1_attrs; /* " source=..." */
	const char *activity1;
	const char *item1_attrs; /* " source=..." */
	const char *questions1;
	const char *evidence1;
	const char *role1; /* the role attribute of S1.OUT.01 -> 4.1 */
	const char *rationale1; /* its text */
	const char *clauses; /* after 4, 4.1, 4.2 */
	const char *docs; /* after DI.A */
	const char *stage4;
} mini;

static const char *
pick(const char *v, const char *dflt)
{
	return v ? v : dflt;
}

/* Four stages of one item each, clauses 4, 4.1 and 4.2 (each leaf with a
 * primary item), one document produced, and a glossary term that says
 * not to write "périmètre" in French. */
static kb *
mini_load(const mini *m)
{
	strbuf b;
	sb_init(&b);
	sb_addf(&b,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kb xmlns=\"urn:siamwiz:kb:1\" version=\"1\">\n"
		"<glossary><term id=\"G.scope\"><name>" TT(
			"Scope",
			"Domaine d'application") "</name>"
						 "<definition>" TT(
							 "d",
							 "d") "</definition><avoid xml:lang=\"fr\">périmètre</avoid></term></glossary>\n"
							      "<clauses>" CL("4") CL("4.1") CL(
								      "4.2") "%s</clauses>\n"
									     "<documented-information><document id=\"DI.A\" letter=\"a\" clauses=\"4.2\"><title>" TT(
										     "Scope",
										     "Domaine") "</title></document>%s</documented-information>\n"
												"<stages>\n" STAGE_HEAD("S1", "1", "%s", "%s") ITEM_HEAD(
													"S1.OUT.01",
													"%s") "%s%s"
													      "<supports clause=\"4.1\" relation=\"equal\"%s>%s</supports></item></stage>\n" STAGE_HEAD(
														      "S2",
														      "2",
														      SRC,
														      ACTIVITY)
														      ITEM("S2.OUT.01", SUP("4.2", "primary") "<produces ref=\"DI.A\"/>") "</stage>\n" STAGE_HEAD(
															      "S3",
															      "3",
															      SRC,
															      ACTIVITY)
															      ITEM("S3.OUT.01",
																   SUP("4.1",
																       "supporting")) "</stage>\n"
																		      "%s\n"
																		      "</stages></kb>\n",
		pick(m->clauses, ""), pick(m->docs, ""), pick(m->stage1_attrs, SRC), pick(m->activity1, ACTIVITY),
		pick(m->item1_attrs, SRC), pick(m->questions1, Q2), pick(m->evidence1, E2),
		pick(m->role1, " role=\"primary\""), pick(m->rationale1, TT("r", "r")), pick(m->stage4, STAGE4));
	diag_list d;
	diag_init(&d, NULL);
	kb_source s = {"mini.xml", b.s, b.len};
	kb *k = kb_load(&s, 1, &d);
	if (!k)
		fail_msg("the small knowledge base does not load: %s", d.n ? d.v[0].msg : "?");
	diag_free(&d);
	sb_free(&b);
	return k;
}

static bool
has_msg(const diag_list *d, const char *needle)
{
	for (size_t i = 0; i < d->n; i++)
		if (strstr(d->v[i].msg, needle))
			return true;
	return false;
}

/* Check a variant: exactly the findings given (each a substring of one
 * message, in order), all errors; the lint figures go to *lint. */
static void
expect(const mini *m, kb_lint *lint, const char *const *want, size_t nwant)
{
	kb *k = mini_load(m);
	diag_list d;
	diag_init(&d, NULL);
	size_t n = kb_check(k, &d, lint);
	if (n != nwant) {
		char *all = diag_format(&d);
		fprintf(stderr, "expected %zu finding(s), got %zu:\n%s\n", nwant, n, all);
		free(all);
	}
	assert_int_equal(n, nwant);
	assert_int_equal(diag_count(&d, DIAG_ERROR), nwant);
	for (size_t i = 0; i < nwant; i++) {
		if (!strstr(d.v[i].msg, want[i]))
			fail_msg("finding %zu is \"%s\", expected \"%s\"", i, d.v[i].msg, want[i]);
	}
	diag_free(&d);
	kb_free(&k);
}

#define EXPECT(m, lint, ...)                                   \
	do {                                                   \
		static const char *const w_[] = {__VA_ARGS__}; \
		expect(m, lint, w_, sizeof w_ / sizeof w_[0]); \
	} while (0)

/* ---------------------------------------------------------------- built-in */

/* The shipped knowledge base has no finding, and its figures are those
 * "siamwiz kb check" prints for it at this revision (tests/cli/kb.sh pins
 * the clause, document and traceability totals too): a change of the
 * knowledge base that moves one is meant to be noticed here. */
static void
test_builtin_clean(void **state)
{
	(void)state;
	diag_list d;
	diag_init(&d, NULL);
	kb_lint l;
	size_t n = kb_check(K, &d, &l);
	if (n)
		fail_msg("the built-in knowledge base has %zu finding(s), the first: %s", n, d.v[0].msg);
	assert_int_equal(diag_total(&d), 0);
	assert_int_equal(l.clauses, 77);
	assert_int_equal(l.clauses_supported, 77);
	assert_int_equal(l.items, 76);
	assert_int_equal(l.items_linked, 76);
	assert_int_equal(l.docs, 30);
	assert_int_equal(l.docs_produced, 30);
	assert_int_equal(l.texts, 1644);
	assert_int_equal(l.texts_missing_lang, 0);
	assert_int_equal(l.links, 267);
	assert_int_equal(l.links_with_role, 267);
	assert_int_equal(l.links_primary, 85);
	assert_int_equal(l.clauses_primary, 57);
	assert_int_equal(l.clauses_several_primary, 27);
	assert_int_equal(l.traced, 80);
	assert_int_equal(l.glossary_hits, 0);

	/* The same figures counted here from the structure, as the command
	 * does for the lines it derives itself. */
	assert_int_equal(l.clauses, K->nclauses);
	assert_int_equal(l.items, K->nitems);
	assert_int_equal(l.links, K->nlinks);
	assert_int_equal(l.traced, K->nstages + K->nitems);
	size_t prim = 0, leaves = 0, several = 0;
	for (size_t i = 0; i < K->nlinks; i++)
		prim += K->links[i].role == ROLE_PRIMARY;
	for (size_t i = 0; i < K->nclauses; i++) {
		const kb_clause *c = &K->clauses[i];
		size_t p = 0;
		for (size_t j = 0; j < c->nlinks; j++)
			p += K->links[c->links[j]].role == ROLE_PRIMARY;
		leaves += !c->nchildren && c->nlinks;
		several += !c->nchildren && p > 1;
	}
	assert_int_equal(l.links_primary, prim);
	assert_int_equal(l.clauses_primary, leaves);
	assert_int_equal(l.clauses_several_primary, several);
	diag_free(&d);
}

/* The return value counts this call's findings only, and the figures are
 * reset on every call, not added up. */
static void
test_count_and_reset(void **state)
{
	(void)state;
	mini m = {.role1 = " role=\"supporting\""};
	kb *k = mini_load(&m);
	diag_list d;
	diag_init(&d, NULL);
	diag_add(&d, DIAG_WARNING, 0, "%s", "an earlier message");
	kb_lint l;
	assert_int_equal(kb_check(k, &d, &l), 1);
	assert_int_equal(diag_total(&d), 2);
	kb_lint again;
	memset(&again, 0xff, sizeof again);
	assert_int_equal(kb_check(k, &d, &again), 1);
	assert_memory_equal(&l, &again, sizeof l);
	assert_int_equal(again.links, 4);
	diag_free(&d);
	kb_free(&k);
}

/* ---------------------------------------------------------------- small */

static void
test_small_clean(void **state)
{
	(void)state;
	mini m = {0};
	kb *k = mini_load(&m);
	diag_list d;
	diag_init(&d, NULL);
	kb_lint l;
	size_t n = kb_check(k, &d, &l);
	if (n)
		fail_msg("the small knowledge base has %zu finding(s), the first: %s", n, d.v[0].msg);
	assert_int_equal(l.clauses, 3);
	assert_int_equal(l.clauses_supported, 3);
	assert_int_equal(l.items, 4);
	assert_int_equal(l.items_linked, 4);
	assert_int_equal(l.docs, 1);
	assert_int_equal(l.docs_produced, 1);
	/* Stages 4 x 6 (title, purpose, trigger, checkpoint, objective,
	 * activity), items 4 x 8 (title, description, why, 2 questions, 2
	 * evidence, a rationale), clauses 3 x 2, the document's title, the
	 * term's name and definition. */
	assert_int_equal(l.texts, 24 + 32 + 6 + 1 + 2);
	assert_int_equal(l.texts_missing_lang, 0);
	assert_int_equal(l.links, 4);
	assert_int_equal(l.links_with_role, 4);
	assert_int_equal(l.links_primary, 2);
	assert_int_equal(l.clauses_primary, 2);
	assert_int_equal(l.clauses_several_primary, 0);
	assert_int_equal(l.traced, 8);
	assert_int_equal(l.glossary_hits, 0);
	diag_free(&d);
	kb_free(&k);
}

/* Clause 4.1 keeps its links, but none is primary: the verdict could
 * never be reached (no-primary.xml). */
static void
test_no_primary(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.role1 = " role=\"supporting\""};
	EXPECT(&m, &l, "clause 4.1 has no primary support: no item is marked as what the clause asks for");
	assert_int_equal(l.clauses_primary, 1);
	assert_int_equal(l.links_primary, 1);
	assert_int_equal(l.clauses_supported, 3); /* still supported, only not decidably */
}

/* Two primary items for one clause are allowed, and counted. */
static void
test_several_primary(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.stage4 = STAGE_HEAD("S4", "4", SRC, ACTIVITY) ITEM("S4.OUT.01", SUP("4.2", "primary")) "</stage>"};
	kb *k = mini_load(&m);
	diag_list d;
	diag_init(&d, NULL);
	assert_int_equal(kb_check(k, &d, &l), 0);
	assert_int_equal(l.clauses_several_primary, 1);
	assert_int_equal(l.links_primary, 3);
	diag_free(&d);
	kb_free(&k);
}

/* A link without a role is read as supporting, so its clause loses its
 * primary item too (link-without-role.xml). */
static void
test_link_without_role(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.role1 = ""};
	EXPECT(&m, &l, "the link of item S1.OUT.01 to clause 4.1 has no role (primary or supporting)",
	       "clause 4.1 has no primary support");
	assert_int_equal(l.links_with_role, 3);
	assert_int_equal(l.links, 4);
}

/* The glossary: "périmètre" in a French text is a finding naming the
 * term and the rendering to use (avoided-rendering.xml); ASCII case does
 * not hide it; the same word in English is no business of the French
 * glossary. */
static void
test_avoided_rendering(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.rationale1 = TT("r", "Le périmètre du SMS.")};
	EXPECT(&m, &l,
	       "S1.OUT.01: rationale (fr) uses \"périmètre\"; the glossary (G.scope) says "
	       "\"Domaine d'application\"");
	assert_int_equal(l.glossary_hits, 1);
	m.rationale1 = TT("r", "Périmètre du SMS.");
	EXPECT(&m, &l, "S1.OUT.01: rationale (fr) uses \"périmètre\"");
	m.rationale1 = TT("the périmètre", "r");
	expect(&m, &l, NULL, 0);
	assert_int_equal(l.glossary_hits, 0);
}

/* French is used, so a text without it is a finding; English is always
 * expected (missing-language.xml). */
static void
test_missing_translation(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.rationale1 = "<t xml:lang=\"en\">r</t>"};
	EXPECT(&m, &l, "S1.OUT.01: rationale has no text in language \"fr\"");
	assert_int_equal(l.texts_missing_lang, 1);
	m.rationale1 = "<t xml:lang=\"fr\">r</t>";
	EXPECT(&m, &l, "S1.OUT.01: rationale has no text in language \"en\"");
	assert_int_equal(l.texts_missing_lang, 1);
}

/* A text of white space only is empty (empty-text.xml). */
static void
test_empty_text(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.rationale1 = TT("r", " \n\t ")};
	EXPECT(&m, &l, "S1.OUT.01: rationale is empty in language \"fr\"");
	assert_int_equal(l.texts_missing_lang, 1);
}

/* Traceability: a stage or an item without its TS 20000-14 source. */
static void
test_no_source(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.stage1_attrs = ""};
	EXPECT(&m, &l, "stage S1 names no source (the ISO/IEC TS 20000-14 subclause)");
	assert_int_equal(l.traced, 7);
	m = (mini){.item1_attrs = ""};
	EXPECT(&m, &l, "item S1.OUT.01 names no source (the ISO/IEC TS 20000-14 subclause)");
	assert_int_equal(l.traced, 7);
}

static void
test_stage_without_activities(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.activity1 = ""};
	EXPECT(&m, &l, "stage S1 lists no activities");
}

/* A stage with no items, and a roadmap without the fourth stage. */
static void
test_stages(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.stage4 = STAGE_HEAD("S4", "4", SRC, ACTIVITY) "</stage>"};
	EXPECT(&m, &l, "stage S4 has no items");
	assert_int_equal(l.items, 3);
	m.stage4 = "";
	EXPECT(&m, &l, "the roadmap has 3 stages; siamwiz expects the four of ISO/IEC TS 20000-14");
}

/* Fewer than two workshop questions or evidence examples. */
static void
test_thin_item(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.questions1 = "<question>" TT("q", "q") "</question>",
		  .evidence1 = "<evidence>" TT("e", "e") "</evidence>"};
	EXPECT(&m, &l, "item S1.OUT.01 has 1 workshop question(s); at least 2 are expected",
	       "item S1.OUT.01 has 1 evidence example(s); at least 2 are expected");
}

/* A clause no item supports (unsupported-clause.xml); a parent counts as
 * supported through any subclause. */
static void
test_unsupported_clause(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.clauses = CL("4.3") CL("5")};
	EXPECT(&m, &l, "clause 4.3 is supported by no item", "clause 5 is supported by no item");
	assert_int_equal(l.clauses, 5);
	assert_int_equal(l.clauses_supported, 3); /* 4 through 4.1 and 4.2, though 4.3 is not */
}

/* An item linked to no clause (item-without-link.xml) is a finding; an
 * input that is the same artefact as an earlier output is not. */
static void
test_item_without_link(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.stage4 = STAGE_HEAD("S4", "4", SRC, ACTIVITY) ITEM("S4.OUT.01", SUP("4.2", "supporting"))
			  ITEM("S4.OUT.02", "") "</stage>"};
	EXPECT(&m, &l, "item S4.OUT.02 is linked to no clause");
	assert_int_equal(l.items, 5);
	assert_int_equal(l.items_linked, 4);
	m.stage4 = STAGE_HEAD("S4", "4", SRC, ACTIVITY) ITEM(
		"S4.OUT.01",
		SUP("4.2",
		    "supporting")) "<item id=\"S4.IN.01\" kind=\"input\" layers=\"customer\" practices=\"process\" source=\"6.2.2\" "
				   "same-as=\"S1.OUT.01\"><title>" TT("i", "i") "</title><description>" TT(
					   "d", "d") "</description>"
						     "<why>" TT("w", "w") "</why>" Q2 E2 "</item></stage>";
	expect(&m, &l, NULL, 0);
	assert_int_equal(l.items_linked, 5);
}

/* Documented information or a record no item produces
 * (unproduced-document.xml). */
static void
test_unproduced(void **state)
{
	(void)state;
	kb_lint l;
	mini m = {.docs = "<document id=\"DI.B\" letter=\"b\" clauses=\"4.1\"><title>" TT(
			  "B", "B") "</title></document>"
				    "<record id=\"REC.X\" clauses=\"4.1\"><title>" TT("X", "X") "</title></record>"};
	EXPECT(&m, &l, "documented information DI.B is produced by no item", "record REC.X is produced by no item");
	assert_int_equal(l.docs, 3);
	assert_int_equal(l.docs_produced, 1);
}

/* The schema demands a layer; a knowledge base built in memory may still
 * lack one. */
static void
test_no_layer(void **state)
{
	(void)state;
	mini m = {0};
	kb *k = mini_load(&m);
	size_t i;
	assert_int_equal(kb_lookup(k, "S1.OUT.01", &i), KB_ID_ITEM);
	k->items[i].layers = 0;
	diag_list d;
	diag_init(&d, NULL);
	kb_lint l;
	assert_int_equal(kb_check(k, &d, &l), 1);
	assert_true(has_msg(&d, "item S1.OUT.01 names no responsible layer"));
	diag_free(&d);
	kb_free(&k);
}

/* A knowledge base with neither clauses nor stages. */
static void
test_empty_kb(void **state)
{
	(void)state;
	static const char src[] =
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kb xmlns=\"urn:siamwiz:kb:1\" version=\"1\">"
		"<glossary><term id=\"G.x\"><name>" TT("X", "X") "</name><definition>" TT(
			"d", "d") "</definition></term></glossary></kb>\n";
	diag_list d;
	diag_init(&d, NULL);
	kb_source s = {"empty.xml", src, sizeof src - 1};
	kb *k = kb_load(&s, 1, &d);
	assert_non_null(k);
	kb_lint l;
	assert_int_equal(kb_check(k, &d, &l), 2);
	assert_true(has_msg(&d, "the roadmap has 0 stages"));
	assert_true(has_msg(&d, "the knowledge base has no ISO/IEC 20000-1 clauses"));
	assert_int_equal(l.texts, 2);
	diag_free(&d);
	kb_free(&k);
}

/* English is the fallback of every text (kb_tr), so it is expected even in
 * a knowledge base written in French only. */
static void
test_english_expected(void **state)
{
	(void)state;
	static const char src[] =
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kb xmlns=\"urn:siamwiz:kb:1\" version=\"1\">"
		"<glossary><term id=\"G.x\"><name><t xml:lang=\"fr\">X</t></name><definition><t xml:lang=\"fr\">d</t>"
		"</definition></term></glossary></kb>\n";
	diag_list d;
	diag_init(&d, NULL);
	kb_source s = {"fr.xml", src, sizeof src - 1};
	kb *k = kb_load(&s, 1, &d);
	assert_non_null(k);
	kb_lint l;
	assert_int_equal(kb_check(k, &d, &l), 4); /* with no stages and no clauses */
	assert_true(has_msg(&d, "G.x: title has no text in language \"en\""));
	assert_true(has_msg(&d, "G.x: summary has no text in language \"en\""));
	assert_int_equal(l.texts_missing_lang, 2);
	diag_free(&d);
	kb_free(&k);
}

/* The files of tests/data/kb-broken that the loader accepts: the checker
 * gives the message tests/cli/kb.sh looks for.  TESTDATA is set by "make
 * check"; a run from the top of the tree finds them without it. */
static void
test_broken_files(void **state)
{
	(void)state;
	static const struct {
		const char *file, *msg;
	} v[] = {
		{"avoided-rendering.xml", "S1.IN.01: rationale (fr) uses \"périmètre\"; the glossary (G.scope) says"},
		{"avoided-rendering.xml", "item S1.IN.01 names no source"},
		{"empty-text.xml", "4: summary is empty in language \"en\""},
		{"item-without-link.xml", "item S1.IN.01 is linked to no clause"},
		{"link-without-role.xml", "the link of item S1.IN.01 to clause 4.1 has no role"},
		{"missing-language.xml", "S1: title has no text in language \"fr\""},
		{"no-primary.xml", "clause 4.1 has no primary support"},
		{"unproduced-document.xml", "documented information DI.A is produced by no item"},
		{"unsupported-clause.xml", "clause 4.2 is supported by no item"},
	};
	const char *dir = getenv("TESTDATA");
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		char *p = xasprintf("%s/kb-broken/%s", dir && *dir ? dir : "tests/data", v[i].file);
		const char *paths[1] = {p};
		diag_list d;
		diag_init(&d, NULL);
		kb *k = kb_load_files(paths, 1, &d);
		if (!k)
			fail_msg("%s does not load: %s", p, d.n ? d.v[0].msg : "?");
		assert_int_equal(diag_total(&d), 0);
		kb_lint l;
		assert_true(kb_check(k, &d, &l) > 0);
		if (!has_msg(&d, v[i].msg))
			fail_msg("%s: no finding \"%s\"", p, v[i].msg);
		diag_free(&d);
		kb_free(&k);
		free(p);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builtin_clean),
		cmocka_unit_test(test_count_and_reset),
		cmocka_unit_test(test_small_clean),
		cmocka_unit_test(test_no_primary),
		cmocka_unit_test(test_several_primary),
		cmocka_unit_test(test_link_without_role),
		cmocka_unit_test(test_avoided_rendering),
		cmocka_unit_test(test_missing_translation),
		cmocka_unit_test(test_empty_text),
		cmocka_unit_test(test_no_source),
		cmocka_unit_test(test_stage_without_activities),
		cmocka_unit_test(test_stages),
		cmocka_unit_test(test_thin_item),
		cmocka_unit_test(test_unsupported_clause),
		cmocka_unit_test(test_item_without_link),
		cmocka_unit_test(test_unproduced),
		cmocka_unit_test(test_no_layer),
		cmocka_unit_test(test_empty_kb),
		cmocka_unit_test(test_english_expected),
		cmocka_unit_test(test_broken_files),
	};
	return cmocka_run_group_tests(tests, fixture_load_kb, fixture_free_kb);
}
