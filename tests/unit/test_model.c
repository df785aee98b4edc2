/* Unit tests for core/report_model: one walk gives every section, each
 * with the rows the gap analysis has, typed cells and stable words; every
 * table comes out as CSV with the same rows. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/report_model.h"
#include "core/store.h"
#include "fixture.h"

static const report_meta meta = {
	.file_name = "m.siam.xml",
	.sha256 = "ab",
	.version = "9.9",
	.generated = "2026-12-01",
};

/* Three providers, a structure, a role holder, a process allocation, some
 * results with evidence, a claim without evidence and two judgements. */
static assessment *
sample(void)
{
	assessment *a = assess_new(K, "Model Co");
	char *err = NULL;
	assess_provider_add(a, "Alpha", false, CRIT_HIGH, "network", &err);
	assess_provider_add(a, "Beta", false, CRIT_LOW, NULL, &err);
	assess_provider_add(a, "Ops", true, CRIT_MEDIUM, "service desk", &err);
	assert_int_equal(assess_structure_set(a, 0, STRUCT_BOARD, 3, "Integration board", "steer", &err), 0);
	const char *role = K->entries[KB_ROLE][0].id;
	assert_int_equal(assess_role_set(a, role, RACI_A, "Alpha", &err), 0);
	as_item *it = assess_item(a, "DS.IN.01", &err);
	assess_set_result(a, it, RES_IN_PLACE, &err);
	assess_add_evidence(a, it, "Charter v3", "Governance site", &err);
	assess_add_evidence(a, it, "Minutes", NULL, &err);
	it = assess_item(a, "DS.OUT.01", &err);
	assess_set_result(a, it, RES_IN_PLACE, &err); /* a claim: no evidence */
	it = assess_item(a, "PB.OUT.08", &err);
	assess_set_result(a, it, RES_MISSING, &err);
	assess_set_text(a, &it->owner, "Head of SIAM", &err);
	assert_int_equal(assess_judge(a, "4.3", VERDICT_MINOR_NC, "Scope silent on providers.", NULL, NULL,
				      "2026-11-30", "Auditor", &err),
			 0);
	assert_int_equal(assess_judge(a, "5.1", VERDICT_CONFORMING, NULL, NULL, NULL, "2026-11-30", "Auditor", &err),
			 0);
	free(err);
	return a;
}

static size_t
csv_rows(const char *s)
{
	size_t n = 0;
	int quoted = 0;
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (!quoted && *p == '\n')
			n++;
	}
	return n - 1; /* the header */
}

static void
test_every_section(void **state)
{
	(void)state;
	assessment *a = sample();
	gap_report *r = gap_analyze(K, a);
	report_model *md = report_model_build(r, &meta);
	assert_int_equal(md->t[RT_STAGES].nrows, K->nstages + 1);
	assert_int_equal(md->t[RT_PRACTICES].nrows, 4);
	assert_int_equal(md->t[RT_PROVIDERS].nrows, 3);
	assert_int_equal(md->t[RT_STRUCTURES].nrows, 1);
	assert_int_equal(md->t[RT_ROLES].nrows, K->nentries[KB_ROLE]);
	assert_int_equal(md->t[RT_PROCESSES].nrows, a->nprocesses);
	assert_int_equal(md->t[RT_CLAUSES].nrows, K->nclauses);
	assert_int_equal(md->t[RT_DOCUMENTS].nrows, K->ndocs);
	assert_int_equal(md->t[RT_FINDINGS].nrows, r->nfindings);
	assert_int_equal(md->t[RT_NONCONFORMITIES].nrows, 2);
	assert_int_equal(md->t[RT_ACTIONS].nrows, r->nactions);
	/* One row per evidence entry: DS.IN.01 has two. */
	assert_int_equal(md->t[RT_ITEMS].nrows, K->nitems + 1);
	assert_int_equal(report_runs(&md->t[RT_ITEMS], 0), K->nitems);
	/* Every cell has text, and every table comes out as CSV, row for row. */
	for (int t = 0; t < RT_COUNT; t++) {
		const report_table *tb = &md->t[t];
		for (size_t i = 0; i < tb->nrows; i++)
			for (size_t c = 0; c < tb->ncols; c++)
				assert_non_null(report_cell_at(tb, i, c)->text);
		size_t len;
		char *csv = report_csv_table(md, (report_table_id)t, false, &len);
		assert_int_equal(strlen(csv), len);
		assert_int_equal(csv_rows(csv), tb->nrows);
		free(csv);
	}
	report_model_free(&md);
	assert_null(md);
	gap_free(&r);
	assess_free(&a);
}

/* Cells carry both what a person reads and the stable word. */
static void
test_cells(void **state)
{
	(void)state;
	assessment *a = sample();
	gap_report *r = gap_analyze(K, a);
	report_model *md = report_model_build(r, &meta);
	const report_table *nc = &md->t[RT_NONCONFORMITIES];
	/* Worst first: the nonconformity, then the conforming clause. */
	assert_string_equal(report_cell_at(nc, 0, 0)->text, "NC-001");
	assert_string_equal(report_cell_at(nc, 0, 1)->text, "4.3");
	assert_string_equal(report_cell_at(nc, 0, 2)->text, "minor nonconformity");
	assert_string_equal(report_cell_at(nc, 0, 2)->tone, "minor-nc");
	assert_string_equal(report_cell_at(nc, 1, 1)->text, "5.1");
	char buf[32];
	assert_string_equal(report_cell_data(&nc->cols[2], report_cell_at(nc, 0, 2), buf, sizeof buf), "minor-nc");
	const report_table *it = &md->t[RT_ITEMS];
	size_t row = 0;
	while (strcmp(report_cell_at(it, row, 0)->text, "DS.IN.01") != 0)
		row++;
	assert_string_equal(report_cell_at(it, row, 4)->tone, "in-place");
	assert_string_equal(report_cell_at(it, row, 12)->text, "Charter v3");
	assert_string_equal(report_cell_at(it, row, 13)->text, "Governance site");
	assert_string_equal(report_cell_at(it, row + 1, 12)->text, "Minutes");
	assert_string_equal(report_cell_at(it, row + 1, 13)->text, "");
	/* Coverage: a number for data, a percentage for people. */
	const report_table *st = &md->t[RT_STAGES];
	const report_cell *cov = report_cell_at(st, st->nrows - 1, 8);
	assert_true(cov->value >= 0 && cov->value <= 100);
	assert_non_null(strchr(cov->text, '%'));
	assert_null(strchr(report_cell_data(&st->cols[8], cov, buf, sizeof buf), '%'));
	/* The action plan names the clauses at stake and leaves the auditee's
	 * response empty. */
	const report_table *ac = &md->t[RT_ACTIONS];
	bool found = false;
	for (size_t i = 0; i < ac->nrows; i++) {
		if (strcmp(report_cell_at(ac, i, 3)->text, "PB.OUT.08") != 0)
			continue;
		found = true;
		assert_string_equal(report_cell_at(ac, i, 0)->text, "A-PB.OUT.08");
		assert_true(strlen(report_cell_at(ac, i, 10)->text) > 0);
		assert_string_equal(report_cell_at(ac, i, 11)->text, "");
		assert_string_equal(report_cell_at(ac, i, 6)->text, "Head of SIAM");
	}
	assert_true(found);
	const report_table *pv = &md->t[RT_PROVIDERS];
	assert_string_equal(report_cell_at(pv, 2, 1)->tone, "internal");
	assert_string_equal(report_cell_at(pv, 0, 2)->tone, "high");
	assert_string_equal(report_cell_at(pv, 1, 2)->text, "low");
	const report_table *meta_t = &md->t[RT_META];
	assert_string_equal(report_cell_at(meta_t, 1, 0)->text, "organization");
	assert_string_equal(report_cell_at(meta_t, 1, 2)->text, "Model Co");
	report_model_free(&md);
	gap_free(&r);
	assess_free(&a);
}

/* Findings carry IDs that do not depend on the language or the order of
 * detection, unique in the report even when two subjects read alike. */
static void
test_finding_ids(void **state)
{
	(void)state;
	assessment *a = sample();
	char *err = NULL;
	/* Two structural elements with one layer each, whose names differ only
	 * in what an ID cannot hold. */
	assert_int_equal(assess_structure_set(a, 1, STRUCT_FORUM, 1, "Ops forum", NULL, &err), 0);
	assert_int_equal(assess_structure_set(a, 2, STRUCT_FORUM, 1, "Ops/forum", NULL, &err), 0);
	gap_report *r = gap_analyze(K, a);
	size_t seven = 0;
	for (size_t i = 0; i < r->nfindings; i++) {
		const gap_finding *f = &r->findings[i];
		char want[16];
		snprintf(want, sizeof want, "R%d-", f->rule);
		assert_true(!strncmp(f->id, want, strlen(want)));
		for (size_t j = 0; j < i; j++)
			assert_string_not_equal(f->id, r->findings[j].id);
		if (!strcmp(f->id, "R7-Ops-forum") || !strcmp(f->id, "R7-Ops-forum~2"))
			seven++;
		if (!strcmp(f->subject, "DS.OUT.01"))
			assert_string_equal(f->id, "R13-DS.OUT.01");
	}
	assert_int_equal(seven, 2);
	/* The same analysis twice gives the same IDs in the same order. */
	gap_report *again = gap_analyze(K, a);
	assert_int_equal(again->nfindings, r->nfindings);
	for (size_t i = 0; i < r->nfindings; i++)
		assert_string_equal(again->findings[i].id, r->findings[i].id);
	gap_free(&again);
	gap_free(&r);
	assess_free(&a);
	free(err);
}

/* The report as a controlled document: sign-off, classification, the
 * frame it is read in, and the metadata every export shares. */
static void
test_document_control(void **state)
{
	(void)state;
	assessment *a = sample();
	gap_report *r = gap_analyze(K, a);
	report_meta m;
	setenv("SOURCE_DATE_EPOCH", "1764547200", 1); /* 2025-12-01 00:00 UTC */
	report_meta_init(&m, "m.siam.xml", "abc", 3);
	unsetenv("SOURCE_DATE_EPOCH");
	assert_string_equal(m.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	assert_string_equal(m.generated, "2025-12-01");
	assert_string_equal(m.time_zone, "UTC");
	assert_string_equal(m.file_name, "m.siam.xml");
	assert_string_equal(m.version, PACKAGE_VERSION);
	m.report_id = "RPT-7";
	m.classification = "Confidential: client and auditor only";
	m.sign_name[SIGN_APPROVED] = "Q. Lead";
	m.sign_date[SIGN_APPROVED] = "2025-12-03";
	report_model *md = report_model_build(r, &m);
	const report_table *so = &md->t[RT_SIGNOFF];
	assert_int_equal(so->nrows, 3);
	assert_string_equal(report_cell_at(so, 0, 0)->tone, "prepared");
	assert_string_equal(report_cell_at(so, 0, 1)->text, a->assessor ? a->assessor : "");
	assert_string_equal(report_cell_at(so, 0, 2)->text, "2025-12-01");
	assert_string_equal(report_cell_at(so, 1, 1)->text, "");
	assert_string_equal(report_cell_at(so, 2, 1)->text, "Q. Lead");
	assert_string_equal(report_cell_at(so, 2, 2)->text, "2025-12-03");
	const report_table *fr = &md->t[RT_FRAME];
	static const char *const keys[] = {"objectives", "scope", "criteria", "method", "limitations"};
	assert_int_equal(fr->nrows, 5);
	for (size_t i = 0; i < 5; i++)
		assert_string_equal(report_cell_at(fr, i, 0)->text, keys[i]);
	assert_non_null(strstr(report_cell_at(fr, 0, 2)->text, "Model Co"));
	assert_non_null(strstr(report_cell_at(fr, 2, 2)->text, K->revision));
	char want[96];
	snprintf(want, sizeof want, "Items not assessed yet: %zu of %zu", r->overall.n[RES_NOT_ASSESSED],
		 r->overall.total);
	assert_non_null(strstr(report_cell_at(fr, 4, 2)->text, want));
	assert_non_null(strstr(report_cell_at(fr, 4, 2)->text, "Clauses judged by the assessor: 2 of"));
	size_t len;
	char *h = report_html(r, &m, &len), *mdown = report_md(r, &m, &len);
	assert_non_null(strstr(h, "<p class=\"classification\">Confidential: client and auditor only</p>"));
	assert_non_null(strstr(h, ";--marking:\"Confidential: client and auditor only\"}"));
	assert_non_null(strstr(h, "<table class=\"t-signoff\">\n<caption>Sign-off</caption>"));
	assert_non_null(
		strstr(h, "<tr><th scope=\"row\" class=\"c-step\">Approved</th><td class=\"c-name\">Q. Lead</td>"));
	assert_non_null(strstr(h, "<h2 id=\"frame\">"));
	assert_non_null(strstr(h, "<dd>RPT-7</dd>"));
	assert_non_null(strstr(mdown, "**Confidential: client and auditor only**\n"));
	assert_non_null(strstr(mdown, "| Approved | Q. Lead | 2025-12-03 |  |"));
	assert_non_null(strstr(mdown, "### Limitations"));
	free(h);
	free(mdown);
	report_model_free(&md);
	gap_free(&r);
	assess_free(&a);
}

static void
test_table_words(void **state)
{
	(void)state;
	char words[256];
	strcpy(words, report_table_words());
	int n = 0;
	for (char *w = strtok(words, " "); w; w = strtok(NULL, " ")) {
		assert_int_equal(report_table_parse(w), n);
		n++;
	}
	assert_int_equal(n, RT_COUNT);
	assert_int_equal(report_table_parse("Clauses"), -1);
	assert_int_equal(report_table_parse(""), -1);
	assert_int_equal(report_table_parse(NULL), -1);
}

/* ---- counting rows in each format ---- */

static size_t
count_in(const char *from, const char *to, const char *needle)
{
	size_t n = 0, l = strlen(needle);
	for (const char *p = strstr(from, needle); p && (!to || p < to); p = strstr(p + l, needle))
		n++;
	return n;
}

/* Data rows of the Markdown table under a heading. */
static size_t
md_rows(const char *doc, const char *heading)
{
	const char *p = strstr(doc, heading);
	assert_non_null(p);
	p += strlen(heading);
	const char *end = strstr(p, "\n#");
	return count_in(p, end, "\n| ") - 2; /* the header and its rule */
}

/* Data rows of the HTML tables under a heading, to the next heading of
 * its level or above (a section's own h3 subsections count in). */
static size_t
html_rows(const char *doc, const char *heading)
{
	const char *p = strstr(doc, heading);
	assert_non_null(p);
	p += strlen(heading);
	const char *end = strstr(p, heading[2] == '3' ? "<h" : "<h2");
	return count_in(p, end, "<tr") - count_in(p, end, "<thead>");
}

/* Elements of the first JSON array under key: the top-level ones in this
 * report, whose inner arrays have other names. */
static size_t
json_len(const char *doc, const char *key)
{
	char *k = xasprintf("\"%s\":[", key);
	const char *p = strstr(doc, k);
	assert_non_null(p);
	p += strlen(k);
	free(k);
	size_t n = 0;
	int depth = 0, in_str = 0, any = 0;
	for (; *p; p++) {
		if (in_str) {
			if (*p == '\\')
				p++;
			else if (*p == '"')
				in_str = 0;
			continue;
		}
		if (*p == '"')
			in_str = 1;
		else if (*p == '[' || *p == '{')
			depth++;
		else if (*p == '}' || (*p == ']' && depth > 0))
			depth--;
		else if (*p == ']')
			break;
		else if (*p == ',' && depth == 0)
			n++;
		any |= depth > 0 || in_str;
	}
	return any ? n + 1 : 0;
}

/* The demo: every format carries every section, with the same rows. */
static void
test_formats_agree_on_demo(void **state)
{
	(void)state;
	const char *top = getenv("TOP_SRCDIR");
	char *path = xasprintf("%s/data/demo/demo.siam.xml", top ? top : ".");
	diag_list d;
	diag_init(&d, NULL);
	assessment *a = store_load(path, K, &d, NULL);
	assert_non_null(a);
	gap_report *r = gap_analyze(K, a);
	report_model *md = report_model_build(r, &meta);
	size_t len;
	char *m = report_md(r, &meta, &len), *h = report_html(r, &meta, &len), *j = report_json(r, &meta, &len);
	static const struct {
		report_table_id t;
		const char *md, *html, *json;
	} sec[] = {
		{RT_PROVIDERS, "### Service providers", "<h3>Service providers</h3>", "providers"},
		{RT_STRUCTURES, "### Structural elements", "<h3>Structural elements</h3>", "structures"},
		{RT_ROLES, "### Role holders", "<h3>Role holders</h3>", "roles"},
		{RT_PROCESSES, "### Process allocation across layers", "<h3>Process allocation across layers</h3>",
		 "processes"},
		{RT_CLAUSES, "## Clause by clause", "<h2 id=\"clauses\">Clause by clause</h2>", "clauses"},
		{RT_DOCUMENTS, "## Documented information and records",
		 "<h2 id=\"documents\">Documented information and records</h2>", "documented_information"},
		{RT_FINDINGS, "## Rule findings", "<h2 id=\"findings\">Rule findings</h2>", "findings"},
		{RT_NONCONFORMITIES, "## Nonconformities and opportunities for improvement",
		 "<h2 id=\"nonconformities\">Nonconformities and opportunities for improvement</h2>", "judgements"},
		{RT_ACTIONS, "## Action plan", "<h2 id=\"actions\">Action plan</h2>", "actions"},
	};
	for (size_t i = 0; i < sizeof sec / sizeof sec[0]; i++) {
		size_t want = md->t[sec[i].t].nrows;
		assert_true(want > 0); /* the demo fills every section */
		assert_int_equal(md_rows(m, sec[i].md), want);
		assert_int_equal(html_rows(h, sec[i].html), want);
		assert_int_equal(json_len(j, sec[i].json), want);
	}
	/* Items: one row per evidence entry in the model and the Markdown,
	 * one per item in the HTML register and the JSON. */
	assert_int_equal(md_rows(m, "## Items and evidence"), md->t[RT_ITEMS].nrows);
	assert_int_equal(html_rows(h, "<h2 id=\"items\">Appendix: item register</h2>"), K->nitems);
	assert_int_equal(json_len(j, "items"), K->nitems);
	assert_int_equal(json_len(j, "stages"), K->nstages);
	assert_int_equal(json_len(j, "practices"), 4);
	assert_int_equal(md_rows(m, "### Coverage by practice"), 4);
	/* The gaps to read first: gaps in themselves, at most five, on the
	 * summary of every format. */
	const report_table *tg = &md->t[RT_TOPGAPS];
	assert_int_equal(tg->nrows, 5);
	assert_string_equal(report_cell_at(tg, 0, 0)->text, "4.3");
	for (size_t i = 0; i < tg->nrows; i++) {
		const kb_clause *c = kb_clause_by_id(K, report_cell_at(tg, i, 0)->text);
		const gap_clause *g = &r->clauses[c - K->clauses];
		assert_int_equal(g->status, GAP_GAP);
		assert_true(g->worst_child == GAP_NONE);
	}
	assert_int_equal(md_rows(m, "### The gaps to close first"), 5);
	assert_int_equal(html_rows(h, "<h3>The gaps to close first</h3>"), 5);
	free(m);
	free(h);
	free(j);
	report_model_free(&md);
	gap_free(&r);
	assess_free(&a);
	diag_free(&d);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_section),    cmocka_unit_test(test_cells),
		cmocka_unit_test(test_table_words),      cmocka_unit_test(test_finding_ids),
		cmocka_unit_test(test_document_control), cmocka_unit_test(test_formats_agree_on_demo),
	};
	return cmocka_run_group_tests(tests, fixture_load_kb, fixture_free_kb);
}
