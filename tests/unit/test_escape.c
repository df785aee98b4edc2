/* Unit tests for core/escape: CSV, Markdown, HTML and JSON escaping. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <cmocka.h>

#include "core/escape.h"

typedef void (*escfn)(strbuf *, const char *);

static void
check(escfn f, const char *in, const char *want)
{
	strbuf b;
	sb_init(&b);
	f(&b, in);
	assert_string_equal(b.s ? b.s : "", want);
	sb_free(&b);
}

static void
test_csv(void **state)
{
	(void)state;
	check(esc_csv, "plain", "plain");
	check(esc_csv, "", "");
	check(esc_csv, "a,b", "\"a,b\"");
	check(esc_csv, "say \"hi\"", "\"say \"\"hi\"\"\"");
	check(esc_csv, "two\nlines", "\"two\nlines\"");
	check(esc_csv, "=1+1", "\"'=1+1\"");
	check(esc_csv, "+cmd", "\"'+cmd\"");
	check(esc_csv, "-2", "\"'-2\"");
	check(esc_csv, "@SUM(A1)", "\"'@SUM(A1)\"");
	check(esc_csv, "\tx", "\"'\tx\"");
	check(esc_csv, "\rx", "\"'\rx\"");
	check(esc_csv, "a=b", "a=b");
	check(esc_csv, "東京", "東京");
}

/* A spreadsheet that trims leading spaces on import would still see the
 * formula: the guard looks past them. */
static void
test_csv_formula_after_space(void **state)
{
	(void)state;
	check(esc_csv, " =1+1", "\"' =1+1\"");
	check(esc_csv, "   @SUM(A1)", "\"'   @SUM(A1)\"");
	check(esc_csv, " \t+x", "\"' \t+x\"");
	check(esc_csv, "  -", "\"'  -\"");
	check(esc_csv, " plain", " plain");
	check(esc_csv, "   ", "   ");
}

/* Bidirectional and invisible format characters cannot pass raw into a
 * spreadsheet cell: they are shown as the HTML report shows them. */
static void
test_csv_format_chars(void **state)
{
	(void)state;
	check(esc_csv, "pay\u202Eevil", "pay<U+202E>evil");
	check(esc_csv, "a\u200Bb\uFEFFc", "a<U+200B>b<U+FEFF>c");
	check(esc_csv, "tag\U000E0041", "tag<U+E0041>");
	check(esc_csv, "\u2066=x", "<U+2066>=x"); /* shown, it no longer starts a formula */
	check(esc_csv, "caf\u00e9 \u2014 ok", "caf\u00e9 \u2014 ok");
}

/* JSON keeps the data but never a raw format character: \u escapes,
 * with a surrogate pair beyond the basic plane. */
static void
test_json(void **state)
{
	(void)state;
	check(esc_json, "plain", "\"plain\"");
	check(esc_json, "q\"b\\s\n\r\t", "\"q\\\"b\\\\s\\n\\r\\t\"");
	check(esc_json, "\x01\x7f", "\"\\u0001\\u007f\"");
	check(esc_json, "pay\u202Eevil", "\"pay\\u202eevil\"");
	check(esc_json, "\uFEFFx\u2028y", "\"\\ufeffx\\u2028y\"");
	check(esc_json, "tag\U000E0041", "\"tag\\udb40\\udc41\"");
	check(esc_json, "\xc2\x80|", "\"\\u0080|\""); /* a C1 control */
	check(esc_json, "caf\u00e9 \u6771", "\"caf\u00e9 \u6771\"");
	/* Bytes that are not UTF-8 (the loader refuses them; a report never
	 * passes them on raw either). */
	check(esc_json, "a\xff\xc3(b", "\"a\\ufffd\\ufffd(b\"");
	strbuf b;
	sb_init(&b);
	esc_json(&b, NULL);
	assert_string_equal(b.s, "null");
	sb_free(&b);
}

static void
test_md(void **state)
{
	(void)state;
	check(esc_md_cell, "a|b", "a\\|b");
	check(esc_md_cell, "<script>", "&lt;script&gt;");
	check(esc_md_cell, "x\ny", "x<br>y");
	check(esc_md_cell, "x\r\ny", "x<br>y");
	check(esc_md_cell, "*bold* _it_ `c` [l](u) #h", "\\*bold\\* \\_it\\_ \\`c\\` \\[l\\](u) \\#h");
	check(esc_md_cell, "a\\b", "a\\\\b");
	check(esc_md_cell, "AT&T", "AT&amp;T");
}

static void
test_html(void **state)
{
	(void)state;
	check(esc_html, "<a href=\"x\">'&'</a>", "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
	check(esc_html, "plain é", "plain é");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_csv_formula_after_space),
		cmocka_unit_test(test_csv_format_chars),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_md),
		cmocka_unit_test(test_html),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
