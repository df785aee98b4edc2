/* Unit tests for the name tables: the words the file format, the reports
 * and the command line use for each value.  They are a contract with every
 * file already written (docs/FORMAT.md), so each is checked word for word,
 * both ways: name(parse(word)) == word, and unknown words are refused. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/assess.h"
#include "core/gap.h"
#include "core/kb.h"
#include "core/report.h"
#include "core/util.h"

/* Every word of a table parses to its index and prints back the same. */
static void
round_trip(const char *const *words, size_t n, int first, const char *(*name)(int), int (*parse)(const char *))
{
	for (size_t i = 0; i < n; i++) {
		int v = first + (int)i;
		assert_string_equal(name(v), words[i]);
		assert_int_equal(parse(words[i]), v);
	}
	static const char *const bad[] = {"", "In-Place", "in_place", " missing", "todo ", "x"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_int_equal(parse(bad[i]), -1);
	assert_int_equal(parse(NULL), -1);
}

/* Adapters from the typed functions to one shape. */
static const char *
result_name(int v)
{
	return as_result_name((as_result)v);
}
static const char *
status_name(int v)
{
	return as_status_name((as_status)v);
}
static const char *
model_name(int v)
{
	return as_model_name((as_model)v);
}
static const char *
start_name(int v)
{
	return as_start_name((as_start)v);
}
static const char *
crit_name(int v)
{
	return as_criticality_name((as_criticality)v);
}
static const char *
kind_name(int v)
{
	return as_structkind_name((as_structkind)v);
}
static const char *
raci_name(int v)
{
	return as_raci_name((as_raci)v);
}
static const char *
verdict_name(int v)
{
	return as_verdict_name((as_verdict)v);
}

static void
test_assessment_words(void **state)
{
	(void)state;
	static const char *const results[] = {"not-assessed", "missing", "partial", "in-place", "not-applicable"};
	static const char *const statuses[] = {"todo", "in-progress", "review", "done"};
	static const char *const models[] = {"internal", "external", "hybrid", "lead-supplier"};
	static const char *const starts[] = {"existing-sms", "existing-siam", "concurrent"};
	static const char *const crits[] = {"low", "medium", "high"};
	static const char *const kinds[] = {"board", "process-forum", "working-group"};
	static const char *const racis[] = {"accountable", "responsible", "consulted", "informed"};
	static const char *const verdicts[] = {"conforming", "ofi", "minor-nc", "major-nc"};
	round_trip(results, RES_COUNT, 0, result_name, as_parse_result);
	round_trip(statuses, STATUS_COUNT, 0, status_name, as_parse_status);
	round_trip(models, MODEL_COUNT, 0, model_name, as_parse_model);
	round_trip(starts, START_COUNT, 0, start_name, as_parse_start);
	round_trip(crits, 3, CRIT_LOW, crit_name, as_parse_criticality);
	round_trip(kinds, STRUCT_COUNT, 0, kind_name, as_parse_structkind);
	round_trip(racis, RACI_COUNT, 0, raci_name, as_parse_raci);
	round_trip(verdicts, VERDICT_COUNT, 0, verdict_name, as_parse_verdict);
}

/* Values outside a table print as nothing rather than reading past it;
 * "none" values have no word, so they cannot be parsed from a file. */
static void
test_out_of_range(void **state)
{
	(void)state;
	assert_string_equal(as_result_name(RES_COUNT), "");
	assert_string_equal(as_result_name((as_result)-1), "");
	assert_string_equal(as_model_name(MODEL_NONE), "");
	assert_string_equal(as_start_name(START_NONE), "");
	assert_string_equal(as_criticality_name(CRIT_NONE), "");
	assert_string_equal(as_raci_name(RACI_COUNT), "");
	assert_string_equal(as_criticality_label(CRIT_NONE), "");
	assert_string_equal(as_model_label(MODEL_NONE), "not chosen");
	assert_string_equal(as_start_label(START_NONE), "not chosen");
}

/* The labels shown to people differ from the file words where a word
 * would read badly, and exist for every value. */
static void
test_labels(void **state)
{
	(void)state;
	assert_string_equal(as_result_label(RES_IN_PLACE), "in place");
	assert_string_equal(as_result_label(RES_NOT_APPLICABLE), "not applicable");
	assert_string_equal(as_status_label(STATUS_REVIEW), "in review");
	assert_string_equal(as_status_label(STATUS_TODO), "to do");
	assert_string_equal(as_model_label(MODEL_LEAD_SUPPLIER), "lead supplier");
	assert_string_equal(as_start_label(START_CONCURRENT), "SIAM and SMS together");
	assert_string_equal(as_criticality_label(CRIT_HIGH), "high");
	for (int v = 0; v < VERDICT_COUNT; v++)
		assert_true(strlen(as_verdict_label((as_verdict)v)) > 0);
	assert_false(as_verdict_is_nc(VERDICT_CONFORMING));
	assert_false(as_verdict_is_nc(VERDICT_OFI));
	assert_true(as_verdict_is_nc(VERDICT_MINOR_NC));
	assert_true(as_verdict_is_nc(VERDICT_MAJOR_NC));
}

/* Layers are bits: one word each, lists in a fixed order. */
static void
test_layers(void **state)
{
	(void)state;
	assert_int_equal(kb_parse_layer("customer"), 1);
	assert_int_equal(kb_parse_layer("integrator"), 2);
	assert_int_equal(kb_parse_layer("provider"), 4);
	assert_int_equal(kb_parse_layer("Provider"), -1);
	assert_int_equal(kb_parse_layer(""), -1);
	assert_string_equal(kb_layer_name(2), "integrator");
	assert_string_equal(kb_layer_name(3), ""); /* two bits are not one layer */
	assert_string_equal(kb_layer_name(0), "");
	char *s = kb_layers_string(7), *l = kb_layers_label(5), *e = kb_layers_string(0);
	assert_string_equal(s, "customer integrator provider");
	assert_string_equal(l, "customer, provider");
	assert_string_equal(e, "");
	free(s);
	free(l);
	free(e);
	char *p = kb_practices_string(0xf);
	assert_string_equal(p, "people process measurement technology");
	free(p);
	assert_string_equal(kb_relation_name(REL_SUBSET), "subset-of");
	assert_string_equal(kb_role_name(ROLE_PRIMARY), "primary");
	assert_string_equal(kb_role_label(ROLE_SUPPORTING), "supporting");
}

/* The words of the gap engine that reports and JSON carry. */
static void
test_gap_words(void **state)
{
	(void)state;
	static const char *const st[] = {"covered", "partial", "gap", "unassessed"};
	static const char *const doc[] = {"present", "partial", "missing", "unassessed"};
	static const char *const sev[] = {"error", "warning", "info"};
	static const char *const conf[] = {"high", "medium", "low"};
	static const char *const act[] = {"restore", "implement", "complete", "evidence"};
	for (int i = 0; i < 4; i++) {
		assert_string_equal(gap_status_name((gap_status)i), st[i]);
		assert_string_equal(doc_status_name((doc_status)i), doc[i]);
		assert_string_equal(gap_action_name((gap_action_kind)i), act[i]);
		assert_true(strlen(gap_status_label((gap_status)i)) > 0);
		assert_true(strlen(doc_status_label((doc_status)i)) > 0);
		assert_true(strlen(gap_action_label((gap_action_kind)i)) > 0);
	}
	for (int i = 0; i < 3; i++) {
		assert_string_equal(gap_severity_name((gap_severity)i), sev[i]);
		assert_string_equal(gap_confidence_name((gap_confidence)i), conf[i]);
		assert_true(strlen(gap_severity_label((gap_severity)i)) > 0);
		assert_true(strlen(gap_confidence_label((gap_confidence)i)) > 0);
	}
	assert_string_equal(gap_status_label(GAP_UNASSESSED), "not assessed");
	assert_string_equal(gap_action_label(PLAN_RESTORE), "restore or replace");
	assert_string_equal(gap_priority_label(PRIO_HIGH), "high");
	static const char *const fmt[] = {"html", "csv", "md", "json", "xlsx"};
	for (int i = 0; i < 5; i++)
		assert_int_equal(report_parse_format(fmt[i]), i);
	assert_int_equal(report_parse_format("HTML"), -1);
	assert_int_equal(report_parse_format("xls"), -1);
	assert_true(report_available(REPORT_JSON));
#ifdef HAVE_XLSX
	assert_true(report_available(REPORT_XLSX));
#else
	assert_false(report_available(REPORT_XLSX));
#endif
	assert_int_equal(report_parse_format(NULL), -1);
}

/* Language codes as settings and --lang take them. */
static void
test_valid_lang(void **state)
{
	(void)state;
	static const char *const good[] = {"en", "fr", "pt_BR", "fr-CA", "C"};
	static const char *const bad[] = {
		"", "en us", "../fr", "fr.UTF-8", "de/", "fr\n", "abcdefghijabcdefghijabcdefghijabcdef"};
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
		assert_true(util_valid_lang(good[i]));
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_false(util_valid_lang(bad[i]));
}

static int
cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

/* The allocation helpers' edge cases: an empty array given as NULL. */
static void
test_empty_arrays(void **state)
{
	(void)state;
	xsort(NULL, 0, sizeof(int), cmp_int); /* qsort(NULL, 0, ...) is undefined */
	int one[] = {3};
	xsort(one, 1, sizeof one[0], cmp_int);
	assert_int_equal(one[0], 3);
	int v[] = {5, 1, 4, 2, 3};
	xsort(v, 5, sizeof v[0], cmp_int);
	for (int i = 0; i < 5; i++)
		assert_int_equal(v[i], i + 1);
	size_t cap = 0;
	int *p = xgrow(NULL, &cap, 0, sizeof *p);
	assert_non_null(p);
	assert_true(cap >= 1);
	p = xgrow(p, &cap, 100, sizeof *p);
	assert_true(cap >= 100);
	p[99] = 7;
	assert_int_equal(p[99], 7);
	free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_assessment_words), cmocka_unit_test(test_out_of_range),
		cmocka_unit_test(test_labels),           cmocka_unit_test(test_layers),
		cmocka_unit_test(test_gap_words),        cmocka_unit_test(test_valid_lang),
		cmocka_unit_test(test_empty_arrays),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
