/* Unit tests for core/history: deep copies, undo and redo of every kind
 * of edit, the saved state, the limits; and the status rule and empty
 * records of core/assess. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/history.h"
#include "core/store.h"
#include "fixture.h"

static char *
xml(const assessment *a)
{
	size_t len = 0;
	char *s = store_serialize(a, &len);
	assert_non_null(s);
	return s;
}

static assessment *
sample(void)
{
	char *err = NULL;
	assessment *a = assess_new(K, "Acme");
	assert_int_equal(assess_provider_add(a, "Blue", false, CRIT_HIGH, "network", &err), 0);
	as_item *it = assess_item(a, K->items[0].id, &err);
	assert_non_null(it);
	assert_int_equal(assess_set_result(a, it, RES_PARTIAL, &err), 0);
	assert_int_equal(assess_set_text(a, &it->notes, "first note", &err), 0);
	assert_int_equal(assess_add_evidence(a, it, "minutes", "share/m.pdf", &err), 0);
	assert_int_equal(assess_add_item_provider(a, it, "Blue", &err), 0);
	assert_int_equal(assess_judge(a, "8.1", VERDICT_MINOR_NC, "not planned", NULL, NULL, "2026-01-02", "Ann", &err),
			 0);
	assert_int_equal(assess_participant_set(a, 0, "Ann", "Acme", LAYER_CUSTOMER, "sponsor", &err), 0);
	const char *present[] = {"Ann"};
	assert_int_equal(assess_checkpoint_add(a, 0, DECISION_REPEAT, ASSESS_NO_STAGE, "2026-01-03", present, 1,
					       "budget", NULL, "again", &err),
			 0);
	assert_int_equal(assess_set_timebox(a, 1, 45, &err), 0);
	a->changes = 0;
	return a;
}

static void
test_clone_is_deep(void **state)
{
	(void)state;
	assessment *a = sample();
	assessment *c = assess_clone(a);
	char *x1 = xml(a), *x2 = xml(c);
	assert_string_equal(x1, x2);
	/* Changing the copy leaves the original alone, and the copy's index
	 * finds its own records. */
	char *err = NULL;
	as_item *it = assess_find(c, K->items[0].id);
	assert_non_null(it);
	assert_ptr_not_equal(it, assess_find(a, K->items[0].id));
	assert_int_equal(assess_set_text(c, &it->notes, "changed", &err), 0);
	char *x3 = xml(a);
	assert_string_equal(x1, x3);
	free(x1);
	free(x2);
	free(x3);
	assess_free(&c);
	assess_free(&a);
}

static void
test_undo_redo(void **state)
{
	(void)state;
	assessment *a = sample();
	char *err = NULL;
	char *x0 = xml(a);
	as_history *h = history_new(a, 50);
	assert_int_equal(history_undo_count(h), 0);
	const char *what = NULL;
	assert_false(history_undo(h, a, &what));

	as_item *it = assess_item(a, K->items[1].id, &err);
	assess_set_result(a, it, RES_IN_PLACE, &err);
	history_commit(h, a, "mark");
	char *x1 = xml(a);
	assert_int_equal(assess_provider_add(a, "Green", true, CRIT_LOW, NULL, &err), 0);
	history_commit(h, a, "provider");
	char *x2 = xml(a);
	assert_int_equal(assess_unjudge(a, "8.1", &err), 0);
	assert_int_equal(assess_participant_set(a, 0, "Ann Lee", NULL, 0, NULL, &err), 0);
	history_commit(h, a, "unjudge");
	assert_int_equal(history_undo_count(h), 3);

	unsigned long gen = a->generation;
	assessment *addr = a;
	assert_true(history_undo(h, a, &what));
	assert_string_equal(what, "unjudge");
	assert_ptr_equal(a, addr);
	assert_true(a->generation > gen);
	assert_non_null(assess_judgement_find(a, "8.1"));
	/* The rename is undone in the register and at the checkpoint. */
	assert_string_equal(a->participants[0].name, "Ann");
	assert_string_equal(a->checkpoints[0].present[0], "Ann");
	char *y = xml(a);
	assert_string_equal(y, x2);
	free(y);
	assert_true(history_undo(h, a, &what));
	assert_string_equal(what, "provider");
	assert_null(assess_provider_find(a, "Green"));
	assert_true(history_undo(h, a, &what));
	assert_string_equal(what, "mark");
	y = xml(a);
	assert_string_equal(y, x0);
	free(y);
	/* Back at the saved state: nothing unsaved. */
	assert_int_equal(a->changes, 0);
	assert_null(assess_find(a, K->items[1].id));
	assert_false(history_undo(h, a, &what));

	assert_true(history_redo(h, a, &what));
	assert_string_equal(what, "mark");
	assert_int_equal(a->changes, 1);
	y = xml(a);
	assert_string_equal(y, x1);
	free(y);
	assert_int_equal(history_redo_count(h), 2);
	/* A new edit forgets what could be redone. */
	assert_int_equal(assess_set_text(a, &a->organization, "Acme Ltd", &err), 0);
	history_commit(h, a, "rename");
	assert_int_equal(history_redo_count(h), 0);
	assert_false(history_redo(h, a, &what));
	assert_true(history_undo(h, a, &what));
	assert_string_equal(a->organization, "Acme");
	free(x0);
	free(x1);
	free(x2);
	history_free(&h);
	assess_free(&a);
}

static void
test_saved_state(void **state)
{
	(void)state;
	assessment *a = sample();
	char *err = NULL;
	as_history *h = history_new(a, 10);
	assess_set_text(a, &a->organization, "B", &err);
	history_commit(h, a, "b");
	history_saved(h);
	a->changes = 0;
	assess_set_text(a, &a->organization, "C", &err);
	history_commit(h, a, "c");
	assert_true(history_undo(h, a, NULL));
	assert_int_equal(a->changes, 0); /* the saved one */
	assert_true(history_undo(h, a, NULL));
	assert_int_equal(a->changes, 1); /* the file says B */
	assert_string_equal(a->organization, "Acme");
	/* An edit from here loses the saved state: always unsaved after. */
	assess_set_text(a, &a->organization, "D", &err);
	history_commit(h, a, "d");
	assert_true(history_undo(h, a, NULL));
	assert_int_equal(a->changes, 1);
	history_free(&h);
	assess_free(&a);

	/* A history started on unsaved work has no saved state. */
	a = sample();
	a->changes = 3;
	h = history_new(a, 10);
	assess_set_text(a, &a->organization, "E", &err);
	history_commit(h, a, "e");
	assert_true(history_undo(h, a, NULL));
	assert_int_equal(a->changes, 1);
	history_free(&h);
	assess_free(&a);
}

static void
test_levels(void **state)
{
	(void)state;
	assessment *a = sample();
	char *err = NULL;
	as_history *h = history_new(a, 5);
	char name[16];
	for (int i = 0; i < 12; i++) {
		snprintf(name, sizeof name, "org %d", i);
		assess_set_text(a, &a->organization, name, &err);
		history_commit(h, a, name);
	}
	assert_int_equal(history_undo_count(h), 5);
	int n = 0;
	while (history_undo(h, a, NULL))
		n++;
	assert_int_equal(n, 5);
	assert_string_equal(a->organization, "org 6");
	history_free(&h);
	assess_free(&a);
}

static void
test_status_follows_result(void **state)
{
	(void)state;
	char *err = NULL;
	assessment *a = assess_new(K, "Acme");
	as_item *it = assess_item(a, K->items[0].id, &err);
	assert_int_equal(it->status, STATUS_TODO);
	assess_set_result(a, it, RES_IN_PLACE, &err);
	assert_int_equal(it->status, STATUS_DONE);
	assess_set_result(a, it, RES_PARTIAL, &err);
	assert_int_equal(it->status, STATUS_IN_PROGRESS);
	assess_set_result(a, it, RES_MISSING, &err);
	assert_int_equal(it->status, STATUS_TODO);
	assess_set_result(a, it, RES_NOT_APPLICABLE, &err);
	assert_int_equal(it->status, STATUS_DONE);
	assess_set_result(a, it, RES_NOT_ASSESSED, &err);
	assert_int_equal(it->status, STATUS_TODO);
	/* A status set otherwise stays. */
	assess_set_status(a, it, STATUS_REVIEW);
	assess_set_result(a, it, RES_IN_PLACE, &err);
	assert_int_equal(it->status, STATUS_REVIEW);
	assess_set_status(a, it, STATUS_TODO);
	assess_set_result(a, it, RES_MISSING, &err);
	assert_int_equal(it->status, STATUS_TODO);
	assess_free(&a);
}

static void
test_drop_empty(void **state)
{
	(void)state;
	char *err = NULL;
	assessment *a = assess_new(K, "Acme");
	as_item *it = assess_item(a, K->items[2].id, &err);
	assert_true(assess_item_empty(it));
	unsigned long changes = a->changes;
	assert_true(assess_drop_empty(a, K->items[2].id));
	assert_null(assess_find(a, K->items[2].id));
	assert_int_equal(a->nitems, 0);
	assert_int_equal(a->changes, changes);
	it = assess_item(a, K->items[2].id, &err);
	assess_set_text(a, &it->owner, "Bo", &err);
	assert_false(assess_item_empty(it));
	assert_false(assess_drop_empty(a, K->items[2].id));
	assert_non_null(assess_find(a, K->items[2].id));
	/* The other records stay found after a removal. */
	assess_item(a, K->items[0].id, &err);
	assert_true(assess_drop_empty(a, K->items[0].id));
	assert_ptr_equal(assess_find(a, K->items[2].id), &a->items[0]);
	assess_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clone_is_deep),         cmocka_unit_test(test_undo_redo),
		cmocka_unit_test(test_saved_state),           cmocka_unit_test(test_levels),
		cmocka_unit_test(test_status_follows_result), cmocka_unit_test(test_drop_empty),
	};
	return cmocka_run_group_tests(tests, fixture_load_kb, fixture_free_kb);
}
