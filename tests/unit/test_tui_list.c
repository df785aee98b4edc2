/* Unit tests for the list widget's movement (tui/list.c): the selection
 * and the scroll offset after moves, and the row of each entry for the
 * mouse. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "tui/tui.h"

/* One movement in a list of n entries (pages of 10): the selection after it. */
static void
step(screen *s, action act, int n, int want_sel)
{
	assert_true(list_move(s, act, n, 10));
	assert_int_equal(s->sel, want_sel);
}

/* One movement in 50 entries shown 10 at a time: the selection (unless
 * want_sel is -1) and the first row shown after it. */
static void
scrolled(screen *s, action act, int want_sel, int want_top)
{
	assert_true(list_move(s, act, 50, 10));
	list_scroll(s, 50, 10);
	if (want_sel >= 0)
		assert_int_equal(s->sel, want_sel);
	assert_int_equal(s->top, want_top);
}

static void
test_move(void **state)
{
	(void)state;
	screen s;
	memset(&s, 0, sizeof s);
	step(&s, ACT_DOWN, 30, 1);
	step(&s, ACT_PGDN, 30, 11);
	step(&s, ACT_END, 30, 29);
	/* Past the end stays at the last entry. */
	step(&s, ACT_DOWN, 30, 29);
	step(&s, ACT_PGDN, 30, 29);
	step(&s, ACT_PGUP, 30, 19);
	step(&s, ACT_UP, 30, 18);
	step(&s, ACT_HOME, 30, 0);
	step(&s, ACT_UP, 30, 0);
	step(&s, ACT_PGUP, 30, 0);
	/* Not a movement: nothing changes. */
	s.sel = 4;
	assert_false(list_move(&s, ACT_ENTER, 30, 10));
	assert_false(list_move(&s, ACT_ADD, 30, 10));
	assert_int_equal(s.sel, 4);
	/* An empty list keeps the selection at 0. */
	step(&s, ACT_END, 0, 0);
	step(&s, ACT_DOWN, 0, 0);
}

static void
test_scroll(void **state)
{
	(void)state;
	screen s;
	memset(&s, 0, sizeof s);
	/* Ten rows shown of 50: the selection stays in view. */
	s.sel = 9;
	list_scroll(&s, 50, 10);
	assert_int_equal(s.top, 0);
	s.sel = 10;
	list_scroll(&s, 50, 10);
	assert_int_equal(s.top, 1);
	scrolled(&s, ACT_PGDN, 20, 11);
	scrolled(&s, ACT_END, -1, 40);
	scrolled(&s, ACT_UP, 48, 40);
	scrolled(&s, ACT_HOME, -1, 0);
	/* The list shrank under the selection (an entry removed). */
	s.sel = 7;
	s.top = 3;
	list_scroll(&s, 5, 10);
	assert_int_equal(s.sel, 4);
	assert_int_equal(s.top, 0);
	/* The window grew: no blank rows below the last entry. */
	s.sel = 45;
	s.top = 40;
	list_scroll(&s, 50, 20);
	assert_int_equal(s.top, 30);
	/* No room at all still shows the selected entry. */
	s.sel = 12;
	list_scroll(&s, 50, 0);
	assert_int_equal(s.top, 12);
}

static void
test_hits(void **state)
{
	(void)state;
	screen s;
	memset(&s, 0, sizeof s);
	assert_int_equal(screen_hit_at(&s, 3), -1);
	screen_hit(&s, 3, 10);
	screen_hit(&s, 4, 11);
	screen_hit(&s, -1, 12); /* off screen: not recorded */
	assert_int_equal(s.nhits, 2);
	assert_int_equal(screen_hit_at(&s, 3), 10);
	assert_int_equal(screen_hit_at(&s, 4), 11);
	assert_int_equal(screen_hit_at(&s, 5), -1);
	for (int i = 0; i < SCREEN_HITS + 10; i++)
		screen_hit(&s, 100 + i, i);
	assert_int_equal(s.nhits, SCREEN_HITS);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_move),
		cmocka_unit_test(test_scroll),
		cmocka_unit_test(test_hits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
