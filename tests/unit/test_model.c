/* Unit tests for core/report_model: one walk gives every section, each
 * with the rows the gap analysis has, typed cells and stable words; every
 * table comes out as CSV with the same rows. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/report_model.h"
#include "fixture.h"

static const report_meta meta = {
	.file_name = "m.siam.xml", .sha256 = "ab", .version = "9.9", .generated = "2026-12-01",
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
	assess_set_result(a, it, RES_IN_PLACE, &err);	/* a claim: no evidence */
	it = assess_item(a, "PB.OUT.08", &err);
	assess_set_result(a, it, RES_MISSING, &err);
	assess_set_text(a, &it->owner, "Head of SIAM", &err);
	assert_int_equal(assess_judge(a, "4.3", VERDICT_MINOR_NC, "Scope silent on providers.", NULL, NULL,
				      "2026-11-30", "Auditor", &err), 0);
	assert_int_equal(assess_judge(a, "5.1", VERDICT_CONFORMING, NULL, NULL, NULL, "2026-11-30", "Auditor",
				      &err), 0);
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
	return n - 1;	/* the header */
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
		if (strcmp(report_cell_at(ac, i, 2)->text, "PB.OUT.08") != 0)
			continue;
		found = true;
		assert_true(strlen(report_cell_at(ac, i, 9)->text) > 0);
		assert_string_equal(report_cell_at(ac, i, 10)->text, "");
		assert_string_equal(report_cell_at(ac, i, 5)->text, "Head of SIAM");
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_section),
		cmocka_unit_test(test_cells),
		cmocka_unit_test(test_table_words),
	};
	return cmocka_run_group_tests(tests, fixture_load_kb, fixture_free_kb);
}
