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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_location),
		cmocka_unit_test(test_order_and_cap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
