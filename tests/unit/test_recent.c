/* Unit tests for core/recent: XDG location, order, cap, vanished files. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/recent.h"
#include "core/util.h"

static char dir[] = "/tmp/siamwiz-recent-XXXXXX";

static void
touch(const char *p)
{
	FILE *f = fopen(p, "w");
	fclose(f);
}

static void
test_location(void **state)
{
	(void)state;
	setenv("XDG_STATE_HOME", "/x/state", 1);
	char *f = recent_file();
	assert_string_equal(f, "/x/state/siamwiz/recent");
	free(f);
	setenv("XDG_STATE_HOME", "relative/ignored", 1);
	setenv("HOME", "/home/u", 1);
	f = recent_file();
	assert_string_equal(f, "/home/u/.local/state/siamwiz/recent");
	free(f);
}

static void
test_order_and_cap(void **state)
{
	(void)state;
	assert_non_null(mkdtemp(dir));
	char *st = xasprintf("%s/state", dir);
	setenv("XDG_STATE_HOME", st, 1);
	char **paths;
	assert_int_equal(recent_list(&paths), 0);
	recent_free(paths, 0);
	char *err = NULL;
	for (int i = 0; i < 12; i++) {
		char *p = xasprintf("%s/f%d.siam.xml", dir, i);
		touch(p);
		assert_int_equal(recent_add(p, &err), 0);
		free(p);
	}
	/* Adding one again moves it to the front, not twice in the list. */
	char *p5 = xasprintf("%s/f5.siam.xml", dir);
	assert_int_equal(recent_add(p5, &err), 0);
	size_t n = recent_list(&paths);
	assert_int_equal(n, RECENT_MAX);
	assert_string_equal(paths[0], p5);
	char *p11 = xasprintf("%s/f11.siam.xml", dir);
	assert_string_equal(paths[1], p11);
	recent_free(paths, n);
	/* A file that disappeared is not offered. */
	unlink(p11);
	n = recent_list(&paths);
	assert_int_equal(n, RECENT_MAX - 1);
	for (size_t i = 0; i < n; i++)
		assert_string_not_equal(paths[i], p11);
	recent_free(paths, n);
	/* A relative path is stored absolute. */
	assert_int_equal(chdir(dir), 0);
	assert_int_equal(recent_add("f0.siam.xml", &err), 0);
	n = recent_list(&paths);
	char *p0 = xasprintf("%s/f0.siam.xml", dir);
	char real[4096];
	assert_non_null(realpath(p0, real));
	assert_string_equal(paths[0], real);
	recent_free(paths, n);
	assert_int_equal(recent_add("does-not-exist", &err), -1);
	free(err);
	free(p0);
	free(p5);
	free(p11);
	free(st);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
}

static void
test_places(void **state)
{
	(void)state;
	char d[] = "/tmp/siamwiz-places-XXXXXX";
	assert_non_null(mkdtemp(d));
	char *st = xasprintf("%s/state", d);
	setenv("XDG_STATE_HOME", st, 1);
	char *a = xasprintf("%s/a.siam.xml", d), *b = xasprintf("%s/b.siam.xml", d);
	touch(a);
	touch(b);
	assert_null(recent_place(a));
	char *err = NULL;
	assert_int_equal(recent_set_place(a, "item:DS.IN.03", &err), 0);
	assert_int_equal(recent_set_place(b, "gaps", &err), 0);
	assert_int_equal(recent_set_place(a, "guided:PB.OUT.11", &err), 0);
	char *p = recent_place(a);
	assert_string_equal(p, "guided:PB.OUT.11");
	free(p);
	p = recent_place(b);
	assert_string_equal(p, "gaps");
	free(p);
	/* A place is a short token: anything else is refused, and a line
	 * written by hand that is not one is ignored. */
	assert_int_equal(recent_set_place(a, "item:x\ty", &err), -1);
	free(err);
	err = NULL;
	assert_int_equal(recent_set_place(a, "", &err), -1);
	free(err);
	err = NULL;
	char *pf = xasprintf("%s/siamwiz/places", st);
	FILE *f = fopen(pf, "w");
	fprintf(f, "bad place\t%s\nitem:X\trelative\nclause:8.1\t%s\n", a, a);
	fclose(f);
	p = recent_place(a);
	assert_string_equal(p, "clause:8.1");
	free(p);
	/* The list is capped. */
	for (int i = 0; i < PLACES_MAX + 5; i++) {
		char *q = xasprintf("%s/f%d", d, i);
		touch(q);
		assert_int_equal(recent_set_place(q, "roadmap", &err), 0);
		free(q);
	}
	assert_null(recent_place(a));
	char *q = xasprintf("%s/f%d", d, PLACES_MAX + 4);
	p = recent_place(q);
	assert_string_equal(p, "roadmap");
	free(p);
	free(q);
	free(pf);
	free(a);
	free(b);
	free(st);
	char *cmd = xasprintf("rm -rf '%s'", d);
	assert_int_equal(system(cmd), 0);
	free(cmd);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_location),
		cmocka_unit_test(test_order_and_cap),
		cmocka_unit_test(test_places),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
