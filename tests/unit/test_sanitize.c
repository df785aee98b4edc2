/* Unit tests for core/sanitize, the display sanitizer. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <cmocka.h>

#include "core/sanitize.h"

static void
check(const char *in, bool nl, const char *want)
{
	char *s = sanitize(in, nl);
	assert_string_equal(s, want);
	free(s);
}

static void
test_controls(void **state)
{
	(void)state;
	check("plain text", false, "plain text");
	check("esc\x1b[2Jx", false, "esc<0x1B>[2Jx");
	check("bell\a", false, "bell<0x07>");
	check("del\x7f", false, "del<0x7F>");
	check("c1\xc2\x9b"
	      "31m",
	      false, "c1<U+009B>31m");
	check("tab\there", false, "tab here");
}

static void
test_newlines(void **state)
{
	(void)state;
	check("a\nb", false, "a b");
	check("a\r\nb", false, "a  b");
	check("a\nb", true, "a\nb");
	check("a\r\nb", true, "a\nb");
}

static void
test_format_chars(void **state)
{
	(void)state;
	check("abc\xe2\x80\xae"
	      "def",
	      false, "abc<U+202E>def"); /* RLO */
	check("x\xe2\x81\xa6y", false, "x<U+2066>y"); /* LRI */
	check("zero\xe2\x80\x8bwidth", false, "zero<U+200B>width");
	check("\xef\xbb\xbf"
	      "bom",
	      false, "<U+FEFF>bom");
	check("mark\xe2\x80\x8f", false, "mark<U+200F>");
}

static void
test_utf8(void **state)
{
	(void)state;
	check("Société 東京 🚚", false, "Société 東京 🚚");
	check("bad\xff", false, "bad<0xFF>");
	check("cut\xe6\x9d", false, "cut<0xE6><0x9D>");
	check("\xed\xa0\x80", false, "<0xED><0xA0><0x80>");
	assert_true(sanitize_is_clean("Ünïcödé"));
	assert_false(sanitize_is_clean("x\x1b"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_controls),
		cmocka_unit_test(test_newlines),
		cmocka_unit_test(test_format_chars),
		cmocka_unit_test(test_utf8),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
