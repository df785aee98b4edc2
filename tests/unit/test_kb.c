/* Unit tests for core/kb and core/kbcheck: the built-in knowledge base,
 * merging, cross-reference resolution, language choice and the linter. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/kb.h"
#include "core/xmlload.h"

#define T(s) "<t xml:lang=\"en\">" s "</t>"
#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kb xmlns=\"urn:siamwiz:kb:1\" version=\"1\">\n"

/* A tiny but complete knowledge base, split in two sources. */
static const char clauses_src[] =
	HEAD "<clauses>\n"
	     "<clause id=\"4\"><title>" T("Context") "</title><summary>" T(
		     "c") "</summary></clause>\n"
			  "<clause id=\"4.1\"><title>" T("Org") "</title><summary>" T(
				  "c") "<t xml:lang=\"fr\">f</t></summary></clause>\n"
				       "<clause id=\"4.2\"><title>" T("Parties") "</title><summary>" T(
					       "c") "</summary></clause>\n"
						    "</clauses>\n"
						    "<documented-information>\n"
						    "<document id=\"DI.A\" letter=\"a\" clauses=\"4.1\"><title>" T(
							    "Scope") "</title></document>\n"
								     "<record id=\"REC.X\" clauses=\"4.2\"><title>" T(
									     "Rec") "</title></record>\n"
										    "</documented-information></kb>\n";

static char *
stage_src(const char *item_extra, const char *links)
{
	return xasprintf(
		HEAD "<stages><stage id=\"S1\" number=\"1\"><title>" T(
			"One") "</title>"
			       "<purpose>" T("p") "</purpose><objective>" T("o") "</objective><trigger>" T(
				       "t") "</trigger>"
					    "<checkpoint>" T(
						    "c") "</checkpoint>\n"
							 "<item id=\"S1.IN.01\" kind=\"input\" layers=\"customer\" practices=\"process\" %s>"
							 "<title>" T("First item") "<t xml:lang=\"fr\">Premier</t></title><description>" T(
								 "d") "</description>"
								      "<why>" T("w") "</why><question>" T("q1") "</question><question>" T(
									      "q2") "</question>"
										    "<evidence>" T("e1") "</evidence><evidence>" T(
											    "e2") "</evidence>\n%s"
												  "<produces ref=\"DI.A\"/><produces ref=\"REC.X\"/></item>\n"
												  "</stage></stages></kb>\n",
		item_extra,
		links ? links
		      : "<supports clause=\"4.1\" relation=\"subset-of\">" T(
				"because") "</supports>"
					   "<supports clause=\"4.2\" relation=\"intersects-with\">" T(
						   "also") "</supports>");
}

static kb *
load2(const char *a, const char *b, diag_list *d)
{
	kb_source src[2] = {{"clauses.xml", a, strlen(a)}, {"stage.xml", b, strlen(b)}};
	return kb_load(src, 2, d);
}

static void
expect_error(const char *stage, const char *needle)
{
	diag_list d;
	diag_init(&d, NULL);
	kb *k = load2(clauses_src, stage, &d);
	assert_null(k);
	int found = 0;
	for (size_t i = 0; i < d.n; i++)
		found |= strstr(d.v[i].msg, needle) != NULL;
	if (!found)
		fail_msg("no message with \"%s\" (first: %s)", needle, d.n ? d.v[0].msg : "none");
	diag_free(&d);
}

static void
test_builtin(void **state)
{
	(void)state;
	diag_list d;
	diag_init(&d, NULL);
	kb *k = kb_load_builtin(&d);
	assert_non_null(k);
	assert_int_equal(d.n, 0);
	assert_int_equal(k->nstages, 4);
	for (int i = 0; i < 4; i++)
		assert_int_equal(k->stages[i].number, i + 1);
	assert_string_equal(k->stages[0].id, "DS");
	assert_string_equal(k->stages[3].id, "RI");
	assert_int_equal(k->nclauses, 77);
	assert_true(k->nitems >= 48 && k->nitems <= 80);
	for (size_t s = 0; s < 4; s++)
		assert_true(k->stages[s].nitems >= 12 && k->stages[s].nitems <= 22);
	const kb_clause *c = kb_clause_by_id(k, "8.3.4.1");
	assert_non_null(c);
	assert_string_equal(kb_tr(&c->title), "Management of external suppliers");
	assert_string_equal(k->clauses[c->parent].id, "8.3.4");
	assert_int_equal(c->depth, 3);
	assert_int_equal(k->clauses[k->clauses[c->parent].parent].nchildren, 4); /* 8.3.x */
	const kb_item *it = kb_item_by_id(k, "DS.OUT.08");
	assert_non_null(it);
	assert_true(it->output);
	assert_int_equal(it->stage, 0);
	assert_true(it->nlinks >= 1);
	assert_null(kb_item_by_id(k, "8.3.4.1"));
	assert_int_equal(kb_lookup(k, "DI.A", NULL), KB_ID_DOC);
	assert_int_equal(kb_lookup(k, "hybrid", NULL), KB_ID_ENTRY);
	assert_int_equal(kb_lookup(k, "NOPE", NULL), KB_ID_NONE);
	assert_non_null(kb_entry_by_id(k, KB_MODEL, "lead-supplier"));

	kb_lint lint;
	size_t n = kb_check(k, &d, &lint);
	if (n)
		fail_msg("shipped knowledge base has findings, first: %s", d.v[0].msg);
	assert_int_equal(lint.clauses_supported, lint.clauses);
	assert_int_equal(lint.items_linked, lint.items);
	assert_int_equal(lint.docs_produced, lint.docs);
	assert_int_equal(lint.docs, 30);
	diag_free(&d);
	kb_free(&k);
	assert_null(k);
}

static void
test_small_and_lang(void **state)
{
	(void)state;
	diag_list d;
	diag_init(&d, NULL);
	char *st = stage_src("", NULL);
	kb *k = load2(clauses_src, st, &d);
	free(st);
	assert_non_null(k);
	const kb_item *it = kb_item_by_id(k, "S1.IN.01");
	assert_int_equal(it->nlinks, 2);
	assert_int_equal(k->links[it->links[0]].rel, REL_SUBSET);
	assert_string_equal(kb_tr(&k->links[it->links[0]].rationale), "because");
	assert_int_equal(k->docs[0].nproducers, 1);
	assert_string_equal(kb_tr(&it->title), "First item");
	kb_set_lang("fr_FR.UTF-8");
	assert_string_equal(kb_tr(&it->title), "Premier");
	assert_string_equal(kb_tr(&it->why), "w"); /* falls back to English */
	assert_string_equal(kb_get_lang(), "fr_FR"); /* the codeset is not a language */
	assert_string_equal(kb_report_lang(k), "fr");
	kb_set_lang("de");
	assert_string_equal(kb_tr(&it->title), "First item");
	assert_string_equal(kb_report_lang(k), "en"); /* no German texts: English throughout */
	kb_set_lang(NULL);
	assert_string_equal(kb_report_lang(k), "en");
	/* The C locale, spelt in any of its ways, is no language. */
	static const char *const c_locales[] = {"C", "POSIX", "C.UTF-8", "C.utf8", "POSIX@euro", ""};
	for (size_t i = 0; i < sizeof c_locales / sizeof c_locales[0]; i++) {
		kb_set_lang(c_locales[i]);
		assert_string_equal(kb_get_lang(), "en");
		assert_string_equal(kb_report_lang(k), "en");
	}
	kb_set_lang("fr.UTF-8@euro");
	assert_string_equal(kb_get_lang(), "fr");
	assert_string_equal(kb_tr(&it->title), "Premier");
	kb_set_lang(NULL);

	/* The linter: French is used somewhere, so every text lacking it is a
	 * finding; clause 4 is covered through its children. */
	kb_lint lint;
	size_t n = kb_check(k, &d, &lint);
	assert_true(n > 0);
	assert_int_equal(lint.clauses_supported, 3);
	assert_int_equal(lint.docs_produced, 2);
	int fr = 0, stages = 0;
	for (size_t i = 0; i < d.n; i++) {
		fr += strstr(d.v[i].msg, "no text in language \"fr\"") != NULL;
		stages += strstr(d.v[i].msg, "roadmap has 1 stages") != NULL;
	}
	assert_true(fr > 10);
	assert_int_equal(stages, 1);
	assert_true(lint.texts_missing_lang > 0);
	diag_free(&d);
	kb_free(&k);
}

static void
test_lint_coverage(void **state)
{
	(void)state;
	diag_list d;
	diag_init(&d, NULL);
	char *st = stage_src("", "<supports clause=\"4.1\" relation=\"equal\">" T("r") "</supports>");
	kb *k = load2(clauses_src, st, &d);
	free(st);
	assert_non_null(k);
	kb_lint lint;
	kb_check(k, &d, &lint);
	int c42 = 0;
	for (size_t i = 0; i < d.n; i++)
		c42 += strstr(d.v[i].msg, "clause 4.2 is supported by no item") != NULL;
	assert_int_equal(c42, 1);
	assert_int_equal(lint.clauses_supported, 2);
	diag_free(&d);
	kb_free(&k);
}

static void
test_broken(void **state)
{
	(void)state;
	char *s;
	s = stage_src("", "<supports clause=\"9.9\" relation=\"equal\">" T("r") "</supports>");
	expect_error(s, "item S1.IN.01 supports unknown clause 9.9");
	free(s);
	s = stage_src("feeds=\"S9.IN.01\"", NULL);
	expect_error(s, "item S1.IN.01 refers to unknown item S9.IN.01");
	free(s);
	s = stage_src("", "<supports clause=\"4.1\" relation=\"equal\">" T(
				  "r") "</supports>"
				       "<supports clause=\"4.1\" relation=\"equal\">" T("r") "</supports>");
	expect_error(s, "linked to clause 4.1 twice");
	free(s);
	s = stage_src("", "<supports clause=\"4.1\" relation=\"equal\">" T("r") T("again") "</supports>");
	expect_error(s, "two texts in language \"en\"");
	free(s);
	/* An ID used twice, across files. */
	s = stage_src("", NULL);
	char *dup = strdup(s);
	char *p = strstr(dup, "S1.IN.01");
	memcpy(p, "DI.A....", 8);
	p = strstr(dup, "DI.A....");
	memmove(p + 4, p + 8, strlen(p + 8) + 1);
	expect_error(dup, "duplicate ID DI.A");
	free(dup);
	free(s);
	/* A clause whose parent does not exist. */
	const char *orphan = HEAD "<clauses><clause id=\"5.1\"><title>" T("x") "</title><summary>" T(
		"y") "</summary></clause></clauses></kb>";
	diag_list d;
	diag_init(&d, NULL);
	kb_source src[1] = {{"o.xml", orphan, strlen(orphan)}};
	assert_null(kb_load(src, 1, &d));
	assert_non_null(strstr(d.v[0].msg, "clause 5.1 has no parent clause 5"));
	diag_free(&d);
	/* Schema violations carry the file name and line. */
	const char *bad = HEAD "<clauses>\n<clause id=\"11.1\"><title>" T("x") "</title><summary>" T(
		"y") "</summary></clause></clauses></kb>";
	diag_init(&d, NULL);
	kb_source src2[1] = {{"bad.xml", bad, strlen(bad)}};
	assert_null(kb_load(src2, 1, &d));
	if (!strstr(d.v[0].msg, "bad.xml:4: "))
		fail_msg("got: %s", d.v[0].msg);
	diag_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builtin),
		cmocka_unit_test(test_small_and_lang),
		cmocka_unit_test(test_lint_coverage),
		cmocka_unit_test(test_broken),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	xl_cleanup();
	return rc;
}
