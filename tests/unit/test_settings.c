/* Unit tests for core/settings: where the file is looked for
 * ($XDG_CONFIG_HOME, then ~/.config, never a relative path), the defaults
 * without a file, every key, and what unknown keys, bad values and an
 * unreadable file do: a warning each, the rest of the file still applies. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/settings.h"

static char top[] = "/tmp/siamwiz-settings-XXXXXX";

static char *
path(const char *name)
{
	return xasprintf("%s/%s", top, name);
}

/* The file settings_load reads with the environment of reset(). */
static char *
cfg_path(void)
{
	return path("xdg/siamwiz/config");
}

static void
write_file(const char *p, const char *text, size_t len)
{
	FILE *f = fopen(p, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static void
write_cfg(const char *text)
{
	char *p = cfg_path();
	write_file(p, text, strlen(text));
	free(p);
}

static size_t
warnings(const diag_list *d)
{
	return diag_count(d, DIAG_WARNING);
}

/* A warning whose text holds every given piece (NULL-terminated). */
static bool
has_warning(const diag_list *d, const char *piece, ...)
{
	for (size_t i = 0; i < d->n; i++) {
		if (d->v[i].level != DIAG_WARNING)
			continue;
		bool all = true;
		va_list ap;
		va_start(ap, piece);
		for (const char *p = piece; p && all; p = va_arg(ap, const char *))
			all = strstr(d->v[i].msg, p) != NULL;
		va_end(ap);
		if (all)
			return true;
	}
	return false;
}

/* "FILE:LINE:" as the loader writes it into each message. */
static char *
at(long line)
{
	char *p = cfg_path(), *s = xasprintf("%s:%ld:", p, line);
	free(p);
	return s;
}

static int
group_setup(void **state)
{
	(void)state;
	if (!mkdtemp(top))
		return -1;
	char *x = path("xdg"), *xs = path("xdg/siamwiz"), *h = path("home"), *hc = path("home/.config"),
	     *hs = path("home/.config/siamwiz");
	int rc = mkdir(x, 0700) | mkdir(xs, 0700) | mkdir(h, 0700) | mkdir(hc, 0700) | mkdir(hs, 0700);
	free(x);
	free(xs);
	free(h);
	free(hc);
	free(hs);
	return rc;
}

static int
group_teardown(void **state)
{
	(void)state;
	char *cmd = xasprintf("rm -rf '%s'", top);
	int rc = system(cmd);
	free(cmd);
	return rc;
}

/* Each test starts with no settings file and the environment pointing
 * into the temporary tree, never at the real home. */
static int
reset(void **state)
{
	(void)state;
	char *c = cfg_path(), *x = path("xdg"), *h = path("home"), *hc = path("home/.config/siamwiz/config");
	unlink(c);
	rmdir(c); /* test_unreadable leaves a directory there */
	unlink(hc);
	setenv("XDG_CONFIG_HOME", x, 1);
	setenv("HOME", h, 1);
	free(c);
	free(x);
	free(h);
	free(hc);
	return 0;
}

static void
test_file_path(void **state)
{
	(void)state;
	char *want = cfg_path(), *home = path("home/.config/siamwiz/config");
	char *f = settings_file();
	assert_string_equal(f, want);
	free(f);
	/* XDG: a relative path is to be ignored, as is an empty one. */
	setenv("XDG_CONFIG_HOME", "relative/config", 1);
	f = settings_file();
	assert_string_equal(f, home);
	free(f);
	setenv("XDG_CONFIG_HOME", "", 1);
	f = settings_file();
	assert_string_equal(f, home);
	free(f);
	unsetenv("XDG_CONFIG_HOME");
	f = settings_file();
	assert_string_equal(f, home);
	free(f);
	/* Nowhere to look: no file, not the current directory. */
	setenv("HOME", "", 1);
	assert_null(settings_file());
	unsetenv("HOME");
	assert_null(settings_file());
	free(want);
	free(home);
}

static void
test_defaults_without_file(void **state)
{
	(void)state;
	settings s;
	diag_list d;
	diag_init(&d, NULL);
	settings_load(&s, &d);
	assert_null(s.assessor);
	assert_int_equal(s.autosave, 30);
	assert_true(s.color);
	assert_null(s.report_lang);
	assert_int_equal(diag_total(&d), 0); /* no file is the normal case */
	settings_free(&s);
	/* No HOME and no XDG: the defaults, quietly. */
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("HOME");
	settings_load(&s, &d);
	assert_int_equal(s.autosave, 30);
	assert_true(s.color);
	assert_int_equal(diag_total(&d), 0);
	settings_free(&s);
	diag_free(&d);
}

/* Every key, with comments, blank lines, blanks around keys and values,
 * CRLF line ends and no newline at the end. */
static void
test_every_key(void **state)
{
	(void)state;
	write_cfg("# siamwiz settings\n"
		  "\n"
		  "   # an indented comment\n"
		  "assessor = Ana Lima, lead auditor\r\n"
		  "\tautosave\t=\t120  \n"
		  "color=never\n"
		  "report-lang = fr");
	settings s;
	diag_list d;
	diag_init(&d, NULL);
	settings_load(&s, &d);
	assert_int_equal(diag_total(&d), 0);
	assert_string_equal(s.assessor, "Ana Lima, lead auditor");
	assert_int_equal(s.autosave, 120);
	assert_false(s.color);
	assert_string_equal(s.report_lang, "fr");
	settings_free(&s);
	assert_null(s.assessor);
	assert_null(s.report_lang);
	/* "auto" is the other colour value; an "=" inside a value is kept. */
	write_cfg("color = auto\nassessor = A=B\n");
	settings_load(&s, &d);
	assert_int_equal(diag_total(&d), 0);
	assert_true(s.color);
	assert_string_equal(s.assessor, "A=B");
	settings_free(&s);
	diag_free(&d);
}

/* Later lines win; an empty value clears an earlier one. */
static void
test_repeated_and_empty(void **state)
{
	(void)state;
	write_cfg("assessor = First\nassessor = Second\nautosave = 10\nautosave = 20\n"
		  "report-lang = fr\nreport-lang =\n");
	settings s;
	diag_list d;
	diag_init(&d, NULL);
	settings_load(&s, &d);
	assert_int_equal(diag_total(&d), 0);
	assert_string_equal(s.assessor, "Second");
	assert_int_equal(s.autosave, 20);
	assert_null(s.report_lang);
	settings_free(&s);
	write_cfg("assessor = Someone\nassessor =   \n");
	settings_load(&s, &d);
	assert_null(s.assessor);
	settings_free(&s);
	diag_free(&d);
}

/* An unknown key is a warning naming it, its line and the known keys; the
 * settings around it still apply. */
static void
test_unknown_key(void **state)
{
	(void)state;
	write_cfg("autosave = 60\ncolour = never\nassessor = Bo\n");
	settings s;
	diag_list d;
	diag_init(&d, NULL);
	settings_load(&s, &d);
	char *l2 = at(2);
	assert_int_equal(diag_total(&d), 1);
	assert_int_equal(warnings(&d), 1);
	assert_true(has_warning(&d, l2, "unknown setting \"colour\"", "assessor, autosave, color, report-lang",
				(const char *)NULL));
	assert_int_equal(s.autosave, 60);
	assert_true(s.color); /* the misspelt key changed nothing */
	assert_string_equal(s.assessor, "Bo");
	free(l2);
	settings_free(&s);
	diag_free(&d);
}

/* A bad value is a warning on its line and leaves the default. */
static void
test_bad_values(void **state)
{
	(void)state;
	write_cfg("autosave = 4\n" /* 1: below the range */
		  "autosave = 3601\n" /* 2: above */
		  "autosave = ten\n" /* 3 */
		  "autosave = 10s\n" /* 4: trailing garbage */
		  "autosave =\n" /* 5: empty */
		  "autosave = 99999999999999999999\n" /* 6: beyond long */
		  "color = always\n" /* 7 */
		  "color =\n" /* 8 */
		  "just some words\n" /* 9: no "=" */
		  "assessor = \xc3\x28 broken\n"); /* 10: not UTF-8 */
	settings s;
	diag_list d;
	diag_init(&d, NULL);
	settings_load(&s, &d);
	assert_int_equal(diag_total(&d), 10);
	assert_int_equal(warnings(&d), 10);
	for (long line = 1; line <= 6; line++) {
		char *l = at(line);
		assert_true(has_warning(&d, l, "autosave takes seconds from 5 to 3600", (const char *)NULL));
		free(l);
	}
	for (long line = 7; line <= 8; line++) {
		char *l = at(line);
		assert_true(has_warning(&d, l, "color takes auto or never", (const char *)NULL));
		free(l);
	}
	char *l9 = at(9), *l10 = at(10);
	assert_true(has_warning(&d, l9, "expected \"key = value\"", (const char *)NULL));
	assert_true(has_warning(&d, l10, "not valid text", (const char *)NULL));
	free(l9);
	free(l10);
	assert_int_equal(s.autosave, 30);
	assert_true(s.color);
	assert_null(s.assessor);
	settings_free(&s);
	diag_free(&d);
}

/* The ends of the autosave range are accepted. */
static void
test_autosave_bounds(void **state)
{
	(void)state;
	settings s;
	diag_list d;
	diag_init(&d, NULL);
	write_cfg("autosave = 5\n");
	settings_load(&s, &d);
	assert_int_equal(s.autosave, 5);
	settings_free(&s);
	write_cfg("autosave = 3600\n");
	settings_load(&s, &d);
	assert_int_equal(s.autosave, 3600);
	settings_free(&s);
	assert_int_equal(diag_total(&d), 0);
	diag_free(&d);
}

/* Without XDG_CONFIG_HOME (or with a relative one) the file is
 * ~/.config/siamwiz/config; with it, that file is not read. */
static void
test_home_lookup(void **state)
{
	(void)state;
	char *hc = path("home/.config/siamwiz/config");
	write_file(hc, "assessor = From home\n", 21);
	write_cfg("assessor = From XDG\n");
	settings s;
	diag_list d;
	diag_init(&d, NULL);
	settings_load(&s, &d);
	assert_string_equal(s.assessor, "From XDG");
	settings_free(&s);
	unsetenv("XDG_CONFIG_HOME");
	settings_load(&s, &d);
	assert_string_equal(s.assessor, "From home");
	settings_free(&s);
	/* A relative XDG_CONFIG_HOME is ignored even where it exists: run from
	 * the temporary tree, "xdg" names the XDG folder. */
	char *cwd = getcwd(NULL, 0);
	assert_non_null(cwd);
	assert_int_equal(chdir(top), 0);
	setenv("XDG_CONFIG_HOME", "xdg", 1);
	settings_load(&s, &d);
	assert_int_equal(chdir(cwd), 0);
	assert_string_equal(s.assessor, "From home");
	settings_free(&s);
	assert_int_equal(diag_total(&d), 0);
	free(cwd);
	free(hc);
	diag_free(&d);
}

/* A file that exists but cannot be read is worth a warning naming it; the
 * defaults apply. */
static void
test_unreadable(void **state)
{
	(void)state;
	char *c = cfg_path();
	settings s;
	diag_list d;
	diag_init(&d, NULL);
	/* Too large: the limit is 64 KiB. */
	size_t n = (1 << 16) + 1;
	char *big = xmalloc(n);
	memset(big, '#', n);
	write_file(c, big, n);
	free(big);
	settings_load(&s, &d);
	assert_int_equal(diag_total(&d), 1);
	assert_true(has_warning(&d, c, "too large", (const char *)NULL));
	assert_int_equal(s.autosave, 30);
	settings_free(&s);
	diag_clear(&d);
	/* A directory where the file should be. */
	assert_int_equal(unlink(c), 0);
	assert_int_equal(mkdir(c, 0700), 0);
	settings_load(&s, &d);
	assert_int_equal(diag_total(&d), 1);
	assert_true(has_warning(&d, c, "directory", (const char *)NULL));
	assert_true(s.color);
	settings_free(&s);
	free(c);
	diag_free(&d);
}

/* A NUL byte spoils only its own line: the lines after it still apply. */
static void
test_nul_byte(void **state)
{
	(void)state;
	static const char text[] = "autosave = 60\n"
				   "assessor = Ann\0e\n"
				   "color = never\n";
	char *c = cfg_path();
	write_file(c, text, sizeof text - 1);
	settings s;
	diag_list d;
	diag_init(&d, NULL);
	settings_load(&s, &d);
	char *l2 = at(2);
	assert_int_equal(diag_total(&d), 1);
	assert_true(has_warning(&d, l2, "NUL byte", (const char *)NULL));
	assert_int_equal(s.autosave, 60);
	assert_null(s.assessor);
	assert_false(s.color);
	free(l2);
	free(c);
	settings_free(&s);
	diag_free(&d);
}

/* report-lang is checked where it is read, not later by a command that
 * would name an option the user never typed. */
static void
test_report_lang(void **state)
{
	(void)state;
	write_cfg("report-lang = fr\n"
		  "report-lang = ../../etc\n"
		  "report-lang = en us\n");
	settings s;
	diag_list d;
	diag_init(&d, NULL);
	settings_load(&s, &d);
	assert_int_equal(diag_total(&d), 2);
	for (long line = 2; line <= 3; line++) {
		char *l = at(line);
		assert_true(has_warning(&d, l, "report-lang takes a language code", (const char *)NULL));
		free(l);
	}
	assert_string_equal(s.report_lang, "fr");
	settings_free(&s);
	diag_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_file_path, reset),
		cmocka_unit_test_setup(test_defaults_without_file, reset),
		cmocka_unit_test_setup(test_every_key, reset),
		cmocka_unit_test_setup(test_repeated_and_empty, reset),
		cmocka_unit_test_setup(test_unknown_key, reset),
		cmocka_unit_test_setup(test_bad_values, reset),
		cmocka_unit_test_setup(test_autosave_bounds, reset),
		cmocka_unit_test_setup(test_home_lookup, reset),
		cmocka_unit_test_setup(test_unreadable, reset),
		cmocka_unit_test_setup(test_nul_byte, reset),
		cmocka_unit_test_setup(test_report_lang, reset),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
