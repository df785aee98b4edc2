/* Unit tests for core/guard: the work-protection files keep the
 * assessment's privacy, fit NAME_MAX, and the emergency save falls back
 * (beside the file, the state directory, the home) without replacing or
 * following anything. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/fileio.h"
#include "core/guard.h"
#include "core/store.h"
#include "fixture.h"

static char top[] = "/tmp/siamwiz-guard-XXXXXX";

static mode_t
mode_of(const char *p)
{
	struct stat st;
	assert_int_equal(stat(p, &st), 0);
	return st.st_mode & 0777;
}

static char *
path(const char *name)
{
	return xasprintf("%s/%s", top, name);
}

static assessment *
one_edit(void)
{
	assessment *a = assess_new(K, "Guarded Ltd");
	char *err = NULL;
	as_item *it = assess_item(a, "DS.IN.01", &err);
	assess_set_result(a, it, RES_PARTIAL, &err);
	return a;
}

static int
setup(void **state)
{
	assert_non_null(mkdtemp(top));
	char *st = path("state"), *home = path("home");
	mkdir(home, 0700);
	setenv("XDG_STATE_HOME", st, 1);
	setenv("HOME", home, 1);
	free(st);
	free(home);
	return fixture_load_kb(state);
}

static int
teardown(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", top);
	int rc = system(cmd);
	(void)rc;
	free(cmd);
	return fixture_free_kb(state);
}

/* A 0600 assessment gets a 0600 autosave, a 0640 one a 0640 autosave. */
static void
test_autosave_mode(void **state)
{
	(void)state;
	assessment *a = one_edit();
	char *f = path("private.siam.xml"), *err = NULL;
	assert_int_equal(store_save(a, f, 0, &err), 0);
	static const mode_t modes[] = {0600, 0640, 0644};
	for (size_t i = 0; i < 3; i++) {
		chmod(f, modes[i]);
		assert_int_equal(guard_autosave(a, f, &err), 0);
		char *as = guard_autosave_path(f);
		assert_int_equal(mode_of(as), modes[i]);
		free(as);
	}
	free(f);
	assess_free(&a);
}

/* Names of 239 to 250 bytes: the autosave name and the temporary name
 * still fit NAME_MAX, and two long names do not share an autosave. */
static void
test_long_names(void **state)
{
	(void)state;
	assessment *a = one_edit();
	char *err = NULL;
	for (size_t n = 239; n <= 250; n++) {
		char base[256];
		memset(base, 'x', n - 9);
		memcpy(base + n - 9, ".siam.xml", 10);
		char *f = path(base);
		assert_int_equal(store_save(a, f, 0, &err), 0);
		char *as = guard_autosave_path(f);
		const char *b = strrchr(as, '/') + 1;
		assert_true(strlen(b) <= 255);
		char who[16];
		snprintf(who, sizeof who, "assessor %zu", n);
		assess_set_text(a, &a->assessor, who, &err); /* unsaved work */
		assert_int_equal(guard_autosave(a, f, &err), 0);
		assert_true(guard_autosave_pending(f, NULL));
		free(as);
		free(f);
	}
	char *one = guard_autosave_path(
		"/d/"
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1.siam.xml");
	char *two = guard_autosave_path(
		"/d/"
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2.siam.xml");
	assert_string_not_equal(one, two);
	free(one);
	free(two);
	assess_free(&a);
}

/* The folder of the file is gone: the work goes to the state directory,
 * private, and is offered back; with no state directory, to the home. */
static void
test_emergency_fallbacks(void **state)
{
	(void)state;
	assessment *a = one_edit();
	char *gone = path("vanished/w.siam.xml"), *err = NULL;
	char *where = guard_emergency_save(a, gone, &err);
	assert_non_null(where);
	char *st = path("state/siamwiz/recovered-");
	assert_true(!strncmp(where, st, strlen(st)));
	assert_int_equal(mode_of(where), 0600);
	char **files;
	size_t n = guard_recovery_files(&files);
	assert_int_equal(n, 1);
	assert_string_equal(files[0], where);
	free(files[0]);
	free(files);
	/* Two in the same second get two names: nothing is replaced. */
	char *again = guard_emergency_save(a, NULL, &err);
	assert_non_null(again);
	assert_string_not_equal(again, where);
	free(again);
	free(where);

	/* The state directory cannot be made (its place is a file). */
	char *blocker = path("blocker");
	FILE *fp = fopen(blocker, "w");
	fclose(fp);
	setenv("XDG_STATE_HOME", blocker, 1);
	where = guard_emergency_save(a, gone, &err);
	assert_non_null(where);
	char *home = path("home/siamwiz-recovered-");
	assert_true(!strncmp(where, home, strlen(home)));
	assert_int_equal(mode_of(where), 0600);
	n = guard_recovery_files(&files);
	assert_int_equal(n, 1);
	free(files[0]);
	free(files);
	free(where);

	/* Nowhere at all: NULL and a reason, and nothing crashes. */
	setenv("HOME", "/nonexistent/siamwiz", 1);
	where = guard_emergency_save(a, gone, &err);
	assert_null(where);
	assert_non_null(err);
	free(err);
	char *st2 = path("state");
	setenv("XDG_STATE_HOME", st2, 1);
	free(st2);
	char *h = path("home");
	setenv("HOME", h, 1);
	free(h);
	free(home);
	free(blocker);
	free(st);
	free(gone);
	assess_free(&a);
}

/* Recovery compares content, not times: three edits autosaved, then the
 * file written again by someone else (newer) still offers them. */
static void
test_pending_by_content(void **state)
{
	(void)state;
	assessment *a = one_edit();
	char *f = path("pending.siam.xml"), *err = NULL;
	assert_int_equal(store_save(a, f, 0, &err), 0);
	assert_int_equal(guard_autosave(a, f, &err), 0);
	assert_false(guard_autosave_pending(f, NULL)); /* same content */
	as_item *it = assess_item(a, "DS.IN.02", &err);
	assess_set_result(a, it, RES_MISSING, &err);
	assert_int_equal(guard_autosave(a, f, &err), 0);
	assert_true(guard_autosave_pending(f, NULL));
	/* The file is written after the autosave, with other content. */
	assessment *b = one_edit();
	assess_set_text(b, &b->assessor, "Someone else", &err);
	sleep(1);
	assert_int_equal(store_save(b, f, 0, &err), 0);
	assert_true(guard_autosave_pending(f, NULL));
	assess_free(&b);
	free(f);
	assess_free(&a);
}

/* fileio_write_new never replaces or follows. */
static void
test_write_new(void **state)
{
	(void)state;
	char *f = path("new.txt"), *l = path("link.txt"), *err = NULL;
	assert_int_equal(fileio_write_new(f, "a", 1, 0600, &err), 0);
	assert_int_equal(fileio_write_new(f, "b", 1, 0600, &err), -1);
	free(err);
	err = NULL;
	assert_int_equal(symlink(f, l), 0);
	assert_int_equal(fileio_write_new(l, "c", 1, 0600, &err), -1);
	free(err);
	char *data;
	size_t len;
	assert_int_equal(fileio_read(f, 16, &data, &len, NULL, &err), 0);
	assert_string_equal(data, "a");
	free(data);
	free(f);
	free(l);
}

static void
write_lock(const char *file, const char *boot)
{
	char host[128] = "?";
	gethostname(host, sizeof host - 1);
	char *lp = guard_lock_path(file);
	FILE *fp = fopen(lp, "w");
	assert_non_null(fp);
	/* PID 1 always runs: only the boot id can make this lock stale. */
	fprintf(fp, "someone %s 1 1700000000 %s\n", host, boot);
	fclose(fp);
	free(lp);
}

/* A live PID from another boot is a reused PID: the lock is stale.  The
 * same PID in this boot holds it. */
static void
test_lock_boot_id(void **state)
{
	(void)state;
	char boot[64] = "";
	FILE *fp = fopen("/proc/sys/kernel/random/boot_id", "r");
	bool known = fp && fgets(boot, sizeof boot, fp);
	if (fp)
		fclose(fp);
	if (!known)
		skip();
	boot[strcspn(boot, "\n")] = '\0';
	char *f = path("booted.siam.xml"), *err = NULL;
	guard_lock who;
	write_lock(f, boot);
	assert_int_equal(guard_lock_take(f, &who, &err), 1);
	assert_int_equal(who.pid, 1);
	assert_string_equal(who.boot, boot);
	write_lock(f, "00000000-0000-0000-0000-000000000000");
	assert_int_equal(guard_lock_take(f, &who, &err), 0);
	guard_lock_release(f);
	char *lp = guard_lock_path(f);
	assert_int_equal(access(lp, F_OK), -1);
	free(lp);
	free(f);
}

/* A lock that is a symlink or a directory is never followed nor taken
 * over: an error names it and says how to remove it. */
static void
test_lock_odd(void **state)
{
	(void)state;
	char *f = path("odd.siam.xml"), *target = path("elsewhere"), *err = NULL;
	char *lp = guard_lock_path(f);
	guard_lock who;
	assert_int_equal(symlink(target, lp), 0);
	assert_int_equal(guard_lock_take(f, &who, &err), -1);
	assert_non_null(strstr(err, lp));
	assert_non_null(strstr(err, "rm "));
	assert_int_equal(access(target, F_OK), -1); /* nothing created through it */
	free(err);
	err = NULL;
	unlink(lp);
	assert_int_equal(mkdir(lp, 0700), 0);
	assert_int_equal(guard_lock_take(f, &who, &err), -1);
	assert_non_null(strstr(err, "not a regular file"));
	free(err);
	rmdir(lp);
	free(lp);
	free(target);
	free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_autosave_mode),
		cmocka_unit_test(test_long_names),
		cmocka_unit_test(test_emergency_fallbacks),
		cmocka_unit_test(test_pending_by_content),
		cmocka_unit_test(test_write_new),
		cmocka_unit_test(test_lock_boot_id),
		cmocka_unit_test(test_lock_odd),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
