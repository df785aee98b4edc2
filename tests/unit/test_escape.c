/* Unit tests for core/escape: CSV, Markdown and HTML escaping. */
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
		cmocka_unit_test(test_md),
		cmocka_unit_test(test_html),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
