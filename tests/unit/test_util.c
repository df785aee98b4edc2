/* Unit tests for core/util: allocation helpers, strbuf, diagnostics,
 * dates, text validation and the ID map. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/util.h"

static void
test_strbuf(void **state)
{
	(void)state;
	strbuf b;
	sb_init(&b);
	sb_add(&b, "abc");
	sb_addc(&b, '-');
	sb_addf(&b, "%d/%s", 42, "x");
	assert_string_equal(b.s, "abc-42/x");
	assert_int_equal(b.len, 8);
	sb_reset(&b);
	assert_string_equal(b.s, "");
	for (int i = 0; i < 1000; i++)
		sb_add(&b, "0123456789");
	assert_int_equal(b.len, 10000);
	char *s = sb_steal(&b);
	assert_null(b.s);
	assert_int_equal(strlen(s), 10000);
	free(s);
	s = sb_steal(&b);
	assert_string_equal(s, "");
	free(s);
}

static void
test_diag_format(void **state)
{
	(void)state;
	diag_list d;
	diag_init(&d, "a.siam.xml");
	diag_add(&d, DIAG_ERROR, 12, "bad %s", "thing");
	diag_add(&d, DIAG_WARNING, 0, "odd");
	assert_int_equal(diag_count(&d, DIAG_ERROR), 1);
	assert_int_equal(diag_count(&d, DIAG_WARNING), 1);
	char *s = diag_format(&d);
	assert_string_equal(s, "a.siam.xml:12: bad thing\na.siam.xml: warning: odd");
	free(s);
	diag_free(&d);
	diag_init(&d, NULL);
	diag_add(&d, DIAG_ERROR, 0, "plain");
	s = diag_format(&d);
	assert_string_equal(s, "plain");
	free(s);
	diag_free(&d);
}

static void
test_dates(void **state)
{
	(void)state;
	assert_true(util_valid_date("2026-11-22"));
	assert_true(util_valid_date("2028-02-29"));
	assert_true(util_valid_date("2000-02-29"));
	assert_false(util_valid_date("1900-02-29"));
	assert_false(util_valid_date("2026-02-29"));
	assert_false(util_valid_date("2026-04-31"));
	assert_false(util_valid_date("2026-13-01"));
	assert_false(util_valid_date("2026-00-10"));
	assert_false(util_valid_date("2026-1-01"));
	assert_false(util_valid_date("26-11-22"));
	assert_false(util_valid_date("2026/11/22"));
	assert_false(util_valid_date("2026-11-22x"));
	assert_false(util_valid_date(""));
	char today[11];
	util_today(today);
	assert_true(util_valid_date(today));
}

static void
test_valid_text(void **state)
{
	(void)state;
	assert_true(util_valid_text("plain"));
	assert_true(util_valid_text("tab\tnl\ncr\r"));
	assert_true(util_valid_text("Société Générale — 東京 🚚"));
	assert_false(util_valid_text("bell\a"));
	assert_false(util_valid_text("esc\x1b[31m"));
	assert_false(util_valid_text("\xff"));
	assert_false(util_valid_text("\xc3")); /* truncated */
	assert_false(util_valid_text("\xc0\xaf")); /* overlong */
	assert_false(util_valid_text("\xed\xa0\x80")); /* surrogate */
	assert_false(util_valid_text("\xef\xbf\xbe")); /* U+FFFE */
	assert_false(util_valid_text("\xf4\x90\x80\x80")); /* > U+10FFFF */
}

static void
test_word_in(void **state)
{
	(void)state;
	assert_true(util_word_in("customer integrator", "integrator"));
	assert_true(util_word_in("customer", "customer"));
	assert_false(util_word_in("customer integrator", "integ"));
	assert_false(util_word_in("", "x"));
	assert_false(util_word_in(NULL, "x"));
	assert_true(util_word_in("  a  b ", "b"));
}

static void
test_idmap(void **state)
{
	(void)state;
	idmap m;
	idmap_init(&m);
	size_t v = 99;
	assert_false(idmap_get(&m, "x", &v));
	char keys[2000][16];
	for (size_t i = 0; i < 2000; i++) {
		snprintf(keys[i], sizeof keys[i], "K.%zu", i);
		assert_true(idmap_put(&m, keys[i], i));
	}
	assert_false(idmap_put(&m, "K.7", 5));
	for (size_t i = 0; i < 2000; i++) {
		assert_true(idmap_get(&m, keys[i], &v));
		assert_int_equal(v, i);
	}
	assert_false(idmap_get(&m, "K.2000", NULL));
	idmap_free(&m);
}

static void
test_xgrow(void **state)
{
	(void)state;
	size_t cap = 0;
	int *p = xgrow(NULL, &cap, 3, sizeof *p);
	assert_true(cap >= 3);
	p[2] = 7;
	p = xgrow(p, &cap, 100, sizeof *p);
	assert_true(cap >= 100);
	assert_int_equal(p[2], 7);
	free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strbuf),     cmocka_unit_test(test_diag_format), cmocka_unit_test(test_dates),
		cmocka_unit_test(test_valid_text), cmocka_unit_test(test_word_in),     cmocka_unit_test(test_idmap),
		cmocka_unit_test(test_xgrow),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
