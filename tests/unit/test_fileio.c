/* Unit tests for core/fileio: bounded reads and the atomic write, with
 * link-time wrappers (-Wl,--wrap) that inject the failures a disk can
 * produce.  Whatever fails, the original file must stay byte-identical and
 * no temporary file may be left behind. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
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

/* ---- failure injection ---- */

static int fail_write_errno; /* write() fails with this errno */
static int short_writes; /* write() writes at most 3 bytes a call */
static int zero_write; /* write() returns 0 */
static int fail_fsync_errno, fail_close_errno, fail_rename_errno, fail_mkstemp_errno;

ssize_t __real_write(int fd, const void *buf, size_t n);
int __real_fsync(int fd);
int __real_close(int fd);
int __real_rename(const char *a, const char *b);
int __real_mkstemp(char *tmpl);
ssize_t __wrap_write(int fd, const void *buf, size_t n);
int __wrap_fsync(int fd);
int __wrap_close(int fd);
int __wrap_rename(const char *a, const char *b);
int __wrap_mkstemp(char *tmpl);

ssize_t
__wrap_write(int fd, const void *buf, size_t n)
{
	if (fail_write_errno) {
		errno = fail_write_errno;
		return -1;
	}
	if (zero_write)
		return 0;
	if (short_writes && n > 3)
		n = 3;
	return __real_write(fd, buf, n);
}

int
__wrap_fsync(int fd)
{
	if (fail_fsync_errno) {
		errno = fail_fsync_errno;
		return -1;
	}
	return __real_fsync(fd);
}

int
__wrap_close(int fd)
{
	if (fail_close_errno) {
		/* Like Linux: the descriptor is released even when close fails. */
		__real_close(fd);
		errno = fail_close_errno;
		return -1;
	}
	return __real_close(fd);
}

int
__wrap_rename(const char *a, const char *b)
{
	if (fail_rename_errno) {
		errno = fail_rename_errno;
		return -1;
	}
	return __real_rename(a, b);
}

int
__wrap_mkstemp(char *tmpl)
{
	if (fail_mkstemp_errno) {
		errno = fail_mkstemp_errno;
		return -1;
	}
	return __real_mkstemp(tmpl);
}

/* ---- fixture: a private directory holding one file ---- */

typedef struct fx {
	char dir[64];
	char path[128];
} fx;

static const char ORIGINAL[] = "<original content/>\n";

static int
setup(void **state)
{
	fx *f = calloc(1, sizeof *f);
	if (!f)
		return -1;
	strcpy(f->dir, "/tmp/siamwiz-fileio-XXXXXX");
	FILE *fp = NULL;
	if (mkdtemp(f->dir)) {
		snprintf(f->path, sizeof f->path, "%s/a.siam.xml", f->dir);
		fp = fopen(f->path, "w");
	}
	if (!fp) {
		free(f);
		return -1;
	}
	fputs(ORIGINAL, fp);
	fclose(fp);
	chmod(f->path, 0640);
	fail_write_errno = short_writes = zero_write = 0;
	fail_fsync_errno = fail_close_errno = fail_rename_errno = fail_mkstemp_errno = 0;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	fx *f = *state;
	DIR *d = opendir(f->dir);
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2])))
			continue;
		char p[512];
		snprintf(p, sizeof p, "%s/%s", f->dir, e->d_name);
		unlink(p);
	}
	if (d)
		closedir(d);
	rmdir(f->dir);
	free(f);
	return 0;
}

static int
entries(const char *dir)
{
	int n = 0;
	DIR *d = opendir(dir);
	struct dirent *e;
	while ((e = readdir(d)))
		n += e->d_name[0] != '.' || (e->d_name[1] && e->d_name[1] != '.');
	closedir(d);
	return n;
}

static void
assert_original(const fx *f)
{
	char *data, *err = NULL;
	size_t len;
	assert_int_equal(fileio_read(f->path, 1 << 20, &data, &len, NULL, &err), 0);
	assert_int_equal(len, strlen(ORIGINAL));
	assert_memory_equal(data, ORIGINAL, len);
	free(data);
	/* Only the original: no temporary file left behind. */
	assert_int_equal(entries(f->dir), 1);
}

static void
save_must_fail(fx *f, const char *needle)
{
	char *err = NULL;
	const char *data = "<new content that must not land/>\n";
	assert_int_equal(fileio_write_atomic(f->path, data, strlen(data), &err), -1);
	assert_non_null(err);
	assert_non_null(strstr(err, needle));
	free(err);
	fail_write_errno = zero_write = short_writes = 0;
	fail_fsync_errno = fail_close_errno = fail_rename_errno = fail_mkstemp_errno = 0;
	assert_original(f);
}

static void
test_write_ok(void **state)
{
	fx *f = *state;
	char *err = NULL, *data;
	size_t len;
	const char *s = "<replaced/>\n";
	short_writes = 1; /* the loop must carry on after short writes */
	assert_int_equal(fileio_write_atomic(f->path, s, strlen(s), &err), 0);
	short_writes = 0;
	assert_null(err);
	assert_int_equal(fileio_read(f->path, 1 << 20, &data, &len, NULL, &err), 0);
	assert_string_equal(data, s);
	free(data);
	struct stat st;
	stat(f->path, &st);
	assert_int_equal(st.st_mode & 0777, 0640); /* permissions kept */
	assert_int_equal(entries(f->dir), 1);
}

static void
test_write_new_file(void **state)
{
	fx *f = *state;
	char p[160], *err = NULL;
	snprintf(p, sizeof p, "%s/new.siam.xml", f->dir);
	assert_int_equal(fileio_write_atomic(p, "x", 1, &err), 0);
	assert_int_equal(entries(f->dir), 2);
}

static void
test_enospc(void **state)
{
	fail_write_errno = ENOSPC;
	save_must_fail(*state, strerror(ENOSPC));
}

static void
test_zero_write(void **state)
{
	zero_write = 1;
	save_must_fail(*state, "cannot write");
}

static void
test_eio_fsync(void **state)
{
	fail_fsync_errno = EIO;
	save_must_fail(*state, "cannot flush");
}

static void
test_eio_close(void **state)
{
	fail_close_errno = EIO;
	save_must_fail(*state, "cannot close");
}

static void
test_rename_fails(void **state)
{
	fail_rename_errno = EXDEV;
	save_must_fail(*state, "cannot replace");
}

static void
test_readonly_dir(void **state)
{
	fail_mkstemp_errno = EROFS;
	save_must_fail(*state, "cannot create a temporary file");
}

static void
test_target_is_dir(void **state)
{
	fx *f = *state;
	char *err = NULL;
	assert_int_equal(fileio_write_atomic(f->dir, "x", 1, &err), -1);
	assert_non_null(strstr(err, "not a regular file"));
	free(err);
}

static void
test_read_errors(void **state)
{
	fx *f = *state;
	char *data = (char *)1, *err = NULL, p[160];
	size_t len;
	snprintf(p, sizeof p, "%s/missing", f->dir);
	assert_int_equal(fileio_read(p, 100, &data, &len, NULL, &err), -1);
	assert_int_equal(errno, ENOENT);
	assert_null(data);
	free(err);
	err = NULL;
	assert_int_equal(fileio_read(f->dir, 100, &data, &len, NULL, &err), -1);
	assert_non_null(strstr(err, "directory"));
	free(err);
	err = NULL;
	assert_int_equal(fileio_read(f->path, 5, &data, &len, NULL, &err), -1);
	assert_int_equal(errno, EFBIG);
	assert_non_null(strstr(err, "too large"));
	free(err);
	err = NULL;
	snprintf(p, sizeof p, "%s/fifo", f->dir);
	assert_int_equal(mkfifo(p, 0600), 0);
	assert_int_equal(fileio_read(p, 100, &data, &len, NULL, &err), -1);
	assert_non_null(strstr(err, "not a regular file"));
	free(err);
	unlink(p);
}

static void
test_read_ok_and_stamp(void **state)
{
	fx *f = *state;
	char *data, *err = NULL;
	size_t len;
	file_stamp a, b;
	assert_int_equal(fileio_read(f->path, 1 << 20, &data, &len, &a, &err), 0);
	assert_int_equal(len, strlen(ORIGINAL));
	assert_int_equal(data[len], '\0');
	free(data);
	assert_int_equal(fileio_stat(f->path, &b), 0);
	assert_true(fileio_stamp_equal(&a, &b));
	assert_int_equal(fileio_write_atomic(f->path, "changed", 7, &err), 0);
	assert_int_equal(fileio_stat(f->path, &b), 0);
	assert_false(fileio_stamp_equal(&a, &b)); /* new inode after rename */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_write_ok, setup, teardown),
		cmocka_unit_test_setup_teardown(test_write_new_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_enospc, setup, teardown),
		cmocka_unit_test_setup_teardown(test_zero_write, setup, teardown),
		cmocka_unit_test_setup_teardown(test_eio_fsync, setup, teardown),
		cmocka_unit_test_setup_teardown(test_eio_close, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rename_fails, setup, teardown),
		cmocka_unit_test_setup_teardown(test_readonly_dir, setup, teardown),
		cmocka_unit_test_setup_teardown(test_target_is_dir, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_ok_and_stamp, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
