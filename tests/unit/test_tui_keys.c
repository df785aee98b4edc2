/* Unit tests for the wizard's key table (tui/keys.c): the binding found
 * for a key in a context, the fallback to the global keys, and the table
 * being consistent. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tui/tui.h"

#define CTRL(c) ((c)&0x1f)

static void
test_lists(void **state)
{
	(void)state;
	assert_int_equal(keys_lookup(KC_LIST, KEY_UP, true), ACT_UP);
	assert_int_equal(keys_lookup(KC_LIST, 'k', false), ACT_UP);
	assert_int_equal(keys_lookup(KC_LIST, 'j', false), ACT_DOWN);
	assert_int_equal(keys_lookup(KC_LIST, 'G', false), ACT_END);
	assert_int_equal(keys_lookup(KC_LIST, '\r', false), ACT_ENTER);
	assert_int_equal(keys_lookup(KC_LIST, KEY_RIGHT, true), ACT_ENTER);
	/* A character and the KEY_* code of the same value are different keys. */
	assert_int_not_equal(keys_lookup(KC_LIST, KEY_UP, false), ACT_UP);
}

static void
test_context_before_global(void **state)
{
	(void)state;
	/* In a form, Down is the next field, not a list movement. */
	assert_int_equal(keys_lookup(KC_FORM, KEY_DOWN, true), ACT_NEXT);
	assert_int_equal(keys_lookup(KC_ITEM, 'j', false), ACT_NEXT);
	assert_int_equal(keys_lookup(KC_ITEM, KEY_NPAGE, true), ACT_PGDN);
	/* 'n' answers "not applicable" in a stage, and means nothing globally. */
	assert_int_equal(keys_lookup(KC_STAGE | KC_LIST, 'n', false), ACT_NA);
	assert_int_equal(keys_lookup(KC_LIST, 'n', false), ACT_NONE);
	assert_int_equal(keys_lookup(KC_REGISTER | KC_LIST, 'a', false), ACT_ADD);
	assert_int_equal(keys_lookup(KC_REGISTER | KC_LIST, KEY_DC, true), ACT_DELETE);
	assert_int_equal(keys_lookup(KC_CLAUSE | KC_LIST, 'J', false), ACT_JUDGE);
	assert_int_equal(keys_lookup(KC_LIST, 'J', false), ACT_NONE);
	/* A clause's supporting items take the quick answers of a stage. */
	assert_int_equal(keys_lookup(KC_CLAUSE | KC_LIST, 'i', false), ACT_IN_PLACE);
	assert_int_equal(keys_lookup(KC_CLAUSE | KC_LIST, 'p', false), ACT_PARTIAL);
	assert_int_equal(keys_lookup(KC_CLAUSE | KC_LIST, 'm', false), ACT_MISSING);
	assert_int_equal(keys_lookup(KC_CLAUSE | KC_LIST, 'n', false), ACT_NA);
	assert_int_equal(keys_lookup(KC_CLAUSE | KC_LIST, 'u', false), ACT_UNSET);
	assert_int_equal(keys_lookup(KC_GAPS | KC_LIST, 'i', false), ACT_NONE);
}

static void
test_global_fallback(void **state)
{
	(void)state;
	assert_int_equal(keys_lookup(KC_LIST, 'q', false), ACT_QUIT);
	assert_int_equal(keys_lookup(KC_STAGE, CTRL('s'), false), ACT_SAVE);
	assert_int_equal(keys_lookup(0, 'S', false), ACT_SAVE_AS);
	assert_int_equal(keys_lookup(KC_ITEM, KEY_F(1), true), ACT_HELP);
	assert_int_equal(keys_lookup(KC_LIST, 27, false), ACT_BACK);
	assert_int_equal(keys_lookup(KC_LIST, '3', false), ACT_STAGE3);
	assert_int_equal(keys_lookup(KC_LIST, '/', false), ACT_SEARCH);
	assert_int_equal(keys_lookup(KC_LIST, 'Z', false), ACT_REDO);
	assert_int_equal(keys_lookup(KC_LIST, 'Q', false), ACT_NONE);
}

static void
test_input_contexts(void **state)
{
	(void)state;
	/* Dialogs, the editor and search find their own keys only: 'q' is
	 * typed in a text, never "quit". */
	assert_int_equal(keys_find(KC_EDITOR, 'q', false), ACT_NONE);
	assert_int_equal(keys_find(KC_EDITOR, CTRL('w'), false), ACT_ED_KILL_WORD);
	/* Enter accepts a text, Esc cancels it, Alt-Enter or Ctrl-O is a new
	 * line; Alt-keys of their own are not Esc and then a key. */
	assert_int_equal(keys_find(KC_EDITOR, '\r', false), ACT_ED_ENTER);
	assert_int_equal(keys_find(KC_EDITOR, 27, false), ACT_ED_CANCEL);
	assert_int_equal(keys_find(KC_EDITOR, CTRL('c'), false), ACT_ED_CANCEL);
	assert_int_equal(keys_find(KC_EDITOR, CTRL('d'), false), ACT_NONE);
	assert_int_equal(keys_find(KC_EDITOR, KEY_ALT('\r'), true), ACT_ED_NEWLINE);
	assert_int_equal(keys_find(KC_EDITOR, CTRL('o'), false), ACT_ED_NEWLINE);
	assert_int_equal(keys_lookup(KC_LIST, KEY_ALT('q'), true), ACT_NONE);
	assert_int_equal(keys_lookup(KC_LIST, KEY_UNKNOWN_SEQ, true), ACT_NONE);
	/* A paste is text in the editor and in search, and only a message
	 * on the other screens. */
	assert_int_equal(keys_find(KC_EDITOR, KEY_PASTE, true), ACT_PASTE);
	assert_int_equal(keys_find(KC_SEARCH, KEY_PASTE, true), ACT_PASTE);
	assert_int_equal(keys_lookup(KC_STAGE, KEY_PASTE, true), ACT_PASTE);
	assert_int_equal(keys_find(KC_EDITOR, KEY_BACKSPACE, true), ACT_ED_BACKSPACE);
	assert_int_equal(keys_find(KC_ASK, 'Y', false), ACT_YES);
	assert_int_equal(keys_find(KC_ASK, 'c', false), ACT_CANCEL);
	assert_int_equal(keys_find(KC_ASK, 'q', false), ACT_NONE);
	assert_int_equal(keys_find(KC_MESSAGE, ' ', false), ACT_CLOSE);
	/* A picker has the list keys, its digits and its cancel. */
	assert_int_equal(keys_find(KC_PICK | KC_LIST, 'j', false), ACT_DOWN);
	assert_int_equal(keys_find(KC_PICK | KC_LIST, '7', false), ACT_CHOOSE);
	assert_int_equal(keys_find(KC_PICK | KC_LIST, 'q', false), ACT_CANCEL);
	assert_int_equal(keys_find(KC_PICK | KC_LIST, ' ', false), ACT_TICK);
	/* In search, only the arrows, pages, Enter and Esc are keys. */
	assert_int_equal(keys_find(KC_SEARCH, KEY_NPAGE, true), ACT_PGDN);
	assert_int_equal(keys_find(KC_SEARCH, 'j', false), ACT_NONE);
	assert_int_equal(keys_find(KC_SEARCH, 27, false), ACT_BACK);
	/* keys_lookup, unlike keys_find, falls back to the global keys. */
	assert_int_equal(keys_lookup(KC_SEARCH, 'q', false), ACT_QUIT);
}

/* The dashboard's order and filter keys, and no key of the table bound
 * to two actions in contexts a screen can have at once. */
static void
test_dashboard_keys(void **state)
{
	(void)state;
	assert_int_equal(keys_lookup(KC_GAPS | KC_LIST, 'o', false), ACT_SORT);
	assert_int_equal(keys_lookup(KC_GAPS | KC_LIST, 'f', false), ACT_FILTER);
	assert_int_equal(keys_lookup(KC_GAPS | KC_LIST, 'F', false), ACT_FILTER_CLEAR);
	/* Nowhere else, and hiding no global key. */
	assert_int_equal(keys_lookup(KC_STAGE | KC_LIST, 'o', false), ACT_NONE);
	assert_int_equal(keys_lookup(KC_CLAUSE | KC_LIST, 'f', false), ACT_NONE);
	assert_int_equal(keys_find(KC_GLOBAL, 'o', false), ACT_NONE);
	assert_int_equal(keys_find(KC_GLOBAL, 'f', false), ACT_NONE);
	assert_int_equal(keys_find(KC_GLOBAL, 'F', false), ACT_NONE);
	/* The global keys still work on the dashboard. */
	assert_int_equal(keys_lookup(KC_GAPS | KC_LIST, 's', false), ACT_SAVE);
	assert_int_equal(keys_lookup(KC_GAPS | KC_LIST, 'g', false), ACT_GAPS);
	assert_int_equal(keys_lookup(KC_GAPS | KC_LIST, '/', false), ACT_SEARCH);
	for (int i = 0; i < keys_count; i++)
		for (int j = i + 1; j < keys_count; j++) {
			const keybind *a = &keys_table[i], *b = &keys_table[j];
			if (a->key == b->key && a->is_key == b->is_key && (a->ctx & b->ctx) != 0)
				assert_int_equal(a->act, b->act);
		}
}

static void
test_hint(void **state)
{
	(void)state;
	/* The editor's hint comes from the table: the accept, new line and
	 * cancel keys, the new line left out of a field. */
	char *h = keys_hint(KC_EDITOR, ACT_NONE);
	assert_string_equal(h, "Enter = accept   Alt-Enter/Ctrl-O = new line   Esc/Ctrl-C = cancel");
	free(h);
	h = keys_hint(KC_EDITOR, ACT_ED_NEWLINE);
	assert_string_equal(h, "Enter = accept   Esc/Ctrl-C = cancel");
	free(h);
}

static void
test_table(void **state)
{
	(void)state;
	assert_true(keys_count > 40);
	assert_true(keys_count <= KEYS_MAX);
	for (int i = 0; i < keys_count; i++) {
		const keybind *k = &keys_table[i];
		assert_true(k->act > ACT_NONE && k->act < ACT_COUNT);
		assert_int_not_equal(k->ctx, 0);
		/* A shown binding says what it does; a footer needs a label. */
		if (k->label)
			assert_non_null(k->desc);
		if (k->foot)
			assert_non_null(k->label);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lists),           cmocka_unit_test(test_context_before_global),
		cmocka_unit_test(test_global_fallback), cmocka_unit_test(test_input_contexts),
		cmocka_unit_test(test_table),           cmocka_unit_test(test_hint),
		cmocka_unit_test(test_dashboard_keys),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
