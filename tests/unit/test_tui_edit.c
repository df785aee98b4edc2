/* Unit tests for the wizard's editor state machine (tui/edit.c): the
 * buffer and the cursor after key sequences, and what each key reports. */
#include "config.h"

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tui/tui.h"

#define CTRL(c) ((c)&0x1f)

/* Type a string of characters (each one a key). */
static void
type(editor *e, const char *s)
{
	for (; *s; s++)
		assert_int_equal(ed_key(e, (wint_t)(unsigned char)*s, false), 1);
}

static void
assert_text(const editor *e, const char *want)
{
	char *t = ed_text(e);
	assert_string_equal(t, want);
	free(t);
}

static void
test_typing_and_cursor(void **state)
{
	(void)state;
	editor e;
	ed_init(&e, "", false);
	assert_int_equal(e.len, 0);
	assert_int_equal(e.cur, 0);
	type(&e, "hello");
	assert_int_equal(e.cur, 5);
	assert_int_equal(ed_key(&e, KEY_LEFT, true), 0);
	assert_int_equal(ed_key(&e, KEY_LEFT, true), 0);
	assert_int_equal(e.cur, 3);
	type(&e, "XY");
	assert_text(&e, "helXYlo");
	assert_int_equal(e.cur, 5);
	assert_int_equal(ed_key(&e, KEY_HOME, true), 0);
	assert_int_equal(e.cur, 0);
	/* Left at the start stays there. */
	assert_int_equal(ed_key(&e, KEY_LEFT, true), 0);
	assert_int_equal(e.cur, 0);
	assert_int_equal(ed_key(&e, KEY_END, true), 0);
	assert_int_equal(e.cur, 7);
	assert_int_equal(ed_key(&e, KEY_RIGHT, true), 0);
	assert_int_equal(e.cur, 7);
	ed_free(&e);
}

static void
test_init_takes_the_text(void **state)
{
	(void)state;
	editor e;
	/* A single-line field turns line breaks into spaces and drops CR. */
	ed_init(&e, "one\r\ntwo", false);
	assert_text(&e, "one two");
	assert_int_equal(e.cur, 7);
	ed_free(&e);
	ed_init(&e, "one\r\ntwo", true);
	assert_text(&e, "one\ntwo");
	ed_free(&e);
	ed_init(&e, NULL, false);
	assert_text(&e, "");
	ed_free(&e);
}

static void
test_deleting(void **state)
{
	(void)state;
	editor e;
	ed_init(&e, "alpha beta gamma", false);
	assert_int_equal(ed_key(&e, KEY_BACKSPACE, true), 1);
	assert_text(&e, "alpha beta gamm");
	assert_int_equal(ed_key(&e, 127, false), 1);
	assert_text(&e, "alpha beta gam");
	/* Ctrl-W takes the word before the cursor with the spaces before it. */
	assert_int_equal(ed_key(&e, CTRL('w'), false), 1);
	assert_text(&e, "alpha beta ");
	assert_int_equal(e.cur, 11);
	assert_int_equal(ed_key(&e, CTRL('w'), false), 1);
	assert_text(&e, "alpha ");
	assert_int_equal(ed_key(&e, CTRL('a'), false), 0);
	assert_int_equal(e.cur, 0);
	assert_int_equal(ed_key(&e, KEY_DC, true), 1);
	assert_text(&e, "lpha ");
	assert_int_equal(e.cur, 0);
	/* Backspace at the start changes nothing. */
	assert_int_equal(ed_key(&e, KEY_BACKSPACE, true), 0);
	assert_int_equal(ed_key(&e, KEY_RIGHT, true), 0);
	assert_int_equal(ed_key(&e, KEY_RIGHT, true), 0);
	assert_int_equal(ed_key(&e, CTRL('k'), false), 1);
	assert_text(&e, "lp");
	assert_int_equal(ed_key(&e, CTRL('u'), false), 1);
	assert_text(&e, "");
	assert_int_equal(e.cur, 0);
	ed_free(&e);
}

static void
test_ending_keys(void **state)
{
	(void)state;
	editor e;
	ed_init(&e, "x", false);
	assert_int_equal(ed_key(&e, '\n', false), -1);
	assert_int_equal(ed_key(&e, '\r', false), -1);
	assert_int_equal(ed_key(&e, KEY_ENTER, true), -1);
	/* Esc cancels (the caller keeps the old text), like Ctrl-C; Ctrl-D
	 * and Ctrl-X finish nothing any more. */
	assert_int_equal(ed_key(&e, 27, false), -2);
	assert_int_equal(ed_key(&e, CTRL('c'), false), -2);
	assert_int_equal(ed_key(&e, CTRL('d'), false), 0);
	assert_int_equal(ed_key(&e, CTRL('x'), false), 0);
	/* An Alt-key that means nothing, or a sequence the terminal layer
	 * could not name, is neither typed nor an end. */
	assert_int_equal(ed_key(&e, KEY_ALT('q'), true), 0);
	assert_int_equal(ed_key(&e, KEY_ALT('['), true), 0);
	assert_int_equal(ed_key(&e, KEY_UNKNOWN_SEQ, true), 0);
	assert_int_equal(ed_key(&e, KEY_ALT_OTHER, true), 0);
	/* A new line in a field is nothing either. */
	assert_int_equal(ed_key(&e, KEY_ALT('\r'), true), 0);
	assert_int_equal(ed_key(&e, CTRL('o'), false), 0);
	assert_text(&e, "x");
	/* Controls never enter the text; a tab is a space. */
	assert_int_equal(ed_key(&e, CTRL('b'), false), 0);
	assert_int_equal(ed_key(&e, 0x85, false), 0);
	assert_int_equal(ed_key(&e, '\t', false), 1);
	assert_text(&e, "x ");
	ed_free(&e);
}

static void
test_multiline(void **state)
{
	(void)state;
	editor e;
	ed_init(&e, "", true);
	type(&e, "first");
	/* Alt-Enter is the new line; Enter ends the text as in a field. */
	assert_int_equal(ed_key(&e, KEY_ALT('\r'), true), 1);
	type(&e, "ab");
	assert_text(&e, "first\nab");
	assert_int_equal(e.cur, 8);
	/* Up keeps the column where the line above has it. */
	assert_int_equal(ed_key(&e, KEY_UP, true), 0);
	assert_int_equal(e.cur, 2);
	assert_int_equal(ed_key(&e, KEY_UP, true), 0);
	assert_int_equal(e.cur, 2);
	assert_int_equal(ed_key(&e, KEY_END, true), 0);
	assert_int_equal(e.cur, 5);
	/* Down from column 5 lands at the end of the shorter line. */
	assert_int_equal(ed_key(&e, KEY_DOWN, true), 0);
	assert_int_equal(e.cur, 8);
	assert_int_equal(ed_key(&e, KEY_HOME, true), 0);
	assert_int_equal(e.cur, 6);
	assert_int_equal(ed_key(&e, CTRL('o'), false), 1);
	assert_text(&e, "first\n\nab");
	assert_int_equal(ed_key(&e, KEY_ALT('\n'), true), 1);
	assert_text(&e, "first\n\n\nab");
	assert_int_equal(ed_key(&e, KEY_ENTER, true), -1);
	assert_int_equal(ed_key(&e, '\r', false), -1);
	assert_int_equal(ed_key(&e, 27, false), -2);
	assert_text(&e, "first\n\n\nab");
	ed_free(&e);
}

static void
test_wide_characters(void **state)
{
	(void)state;
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		skip();
	editor e;
	ed_init(&e, "Soci\xc3\xa9t\xc3\xa9", false);
	assert_int_equal(e.len, 7);
	assert_int_equal(ed_key(&e, KEY_BACKSPACE, true), 1);
	assert_text(&e, "Soci\xc3\xa9t");
	assert_int_equal(ed_key(&e, 0x65e5, false), 1); /* a CJK character */
	assert_text(&e, "Soci\xc3\xa9t\xe6\x97\xa5");
	assert_int_equal(e.cur, 7);
	ed_free(&e);
}

/* Paste s (UTF-8) as one paste. */
static void
paste(editor *e, const char *s)
{
	wchar_t w[256];
	size_t n = mbstowcs(w, s, sizeof w / sizeof w[0]);
	assert_int_not_equal(n, (size_t)-1);
	ed_paste(e, w, n);
}

static void
test_paste_in_a_field(void **state)
{
	(void)state;
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		skip();
	editor e;
	ed_init(&e, "ab", false);
	assert_int_equal(ed_key(&e, KEY_LEFT, true), 0);
	/* Esc and the colour sequence after it are text, seen as such. */
	paste(&e, "X\033[31mRED");
	assert_text(&e, "aX^[[31mREDb");
	assert_int_equal(e.cur, 11);
	/* Line ends (LF, CR LF, CR) and tabs are spaces in a field; other
	 * controls are escapes, C1 ones by code point. */
	paste(&e, "1\n2\r\n3\r4\t5\x7f\xc2\x9b\001");
	assert_text(&e, "aX^[[31mRED1 2 3 4 5^?<U+009B>^Ab");
	/* The end marker of a bracketed paste in the text stays text. */
	ed_free(&e);
	ed_init(&e, "", false);
	paste(&e, "a\033[201~\rq");
	assert_text(&e, "a^[[201~ q");
	ed_free(&e);
}

static void
test_paste_in_a_text(void **state)
{
	(void)state;
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		skip();
	editor e;
	ed_init(&e, "end", true);
	assert_int_equal(ed_key(&e, KEY_HOME, true), 0);
	paste(&e, "one\r\ntwo\n\t\xc3\xa9\033\n");
	assert_text(&e, "one\ntwo\n \xc3\xa9^[\nend");
	assert_int_equal(e.cur, 13);
	/* A long paste is one insertion: the text after the cursor moves
	 * once, and the text is whole. */
	wchar_t *big = calloc(20001, sizeof *big);
	for (int i = 0; i < 20000; i++)
		big[i] = i % 100 == 99 ? L'\n' : L'a' + i % 26;
	ed_paste(&e, big, 20000);
	assert_int_equal(e.len, 13 + 20000 + 3);
	assert_int_equal(e.cur, 13 + 20000);
	assert_int_equal(e.buf[e.len - 3], L'e');
	assert_int_equal(e.buf[13 + 99], L'\n');
	free(big);
	ed_free(&e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_typing_and_cursor), cmocka_unit_test(test_init_takes_the_text),
		cmocka_unit_test(test_deleting),          cmocka_unit_test(test_ending_keys),
		cmocka_unit_test(test_multiline),         cmocka_unit_test(test_wide_characters),
		cmocka_unit_test(test_paste_in_a_field),  cmocka_unit_test(test_paste_in_a_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
