/* main.c - option parsing and dispatch; everything else lives elsewhere. */
#include "config.h"

#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "core/i18n.h"
#include "core/store.h"
#include "core/xmlload.h"
#include "tui/tui.h"

/* The language for knowledge-base texts follows gettext's own choice:
 * LANGUAGE (when a locale is set), then the LC_MESSAGES locale. */
static void
choose_kb_language(void)
{
	const char *loc = setlocale(LC_MESSAGES, NULL);
	if (!loc || !strcmp(loc, "C") || !strcmp(loc, "POSIX")) {
		kb_set_lang(NULL);
		return;
	}
	const char *l = getenv("LANGUAGE");
	if (l && *l) {
		char *first = strndup(l, strcspn(l, ":"));
		kb_set_lang(first);
		free(first);
		return;
	}
	kb_set_lang(loc);
}

/* The wizard needs a terminal on both ends; without one (a pipe, a
 * script) the same command prints the summary instead. */
static bool
interactive(void)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return false;
	if (tui_usable())
		return true;
	/* A terminal, but one that cannot place the cursor: one line to say
	 * why, then what a pipe gets. */
	const char *t = getenv("TERM");
	cli_err(_("TERM=%s is unknown or cannot place the cursor: no wizard (try TERM=xterm-256color)"),
		t && *t ? t : "");
	return false;
}

static int
open_file(cli_ctx *c, const char *path)
{
	struct stat st;
	bool exists = stat(path, &st) == 0;
	if (!interactive()) {
		if (!exists) {
			cli_err(_("%s does not exist; create it with \"siamwiz new %s\""), path, path);
			return EXIT_TROUBLE;
		}
		char *argv[] = {(char *)"summary", (char *)path, NULL};
		return cli_run(c, 2, argv);
	}
	kb *k = cli_kb(c);
	if (!k)
		return EXIT_TROUBLE;
	assessment *a = NULL;
	file_stamp stamp;
	if (exists) {
		diag_list d;
		diag_init(&d, path);
		a = store_load(path, k, &d, &stamp);
		cli_print_diags(&d);
		diag_free(&d);
		if (!a)
			return EXIT_FINDINGS;
	} else {
		/* Created at once, so that the room's first answer has a home. */
		char *err = NULL, today[11];
		a = assess_new(k, "");
		util_today(today);
		assess_set_date(a, a->date, today, &err);
		assess_set_text(a, &a->assessor, c->set.assessor, &err);
		if (store_save(a, path, 0, &err) != 0) {
			cli_err(_("%s: cannot create: %s"), path, err);
			free(err);
			assess_free(&a);
			return EXIT_TROUBLE;
		}
		fileio_stat(path, &stamp);
	}
	return tui_run(k, a, path, false, &c->set, &stamp);
}

/* Locale, translations and the user's settings. */
static void
setup(cli_ctx *c)
{
	setlocale(LC_ALL, "");
#if ENABLE_NLS
	/* SIAMWIZ_LOCALEDIR points at translations not yet installed (tests,
	 * a build tree). */
	const char *ld = getenv("SIAMWIZ_LOCALEDIR");
	bindtextdomain(PACKAGE, ld && *ld ? ld : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
#endif
	choose_kb_language();
	diag_list sd;
	diag_init(&sd, NULL);
	settings_load(&c->set, &sd);
	for (size_t i = 0; i < sd.n; i++)
		cli_err("%s%s", _("warning: "), sd.v[i].msg);
	diag_free(&sd);
}

static int
open_demo(cli_ctx *c)
{
	assessment *a = cli_load_demo(c);
	if (!a)
		return EXIT_TROUBLE;
	if (interactive())
		return tui_run(c->kb, a, NULL, true, &c->set, NULL);
	cli_print_summary(a, _("demo (bundled, read-only)"));
	assess_free(&a);
	return EXIT_OK;
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{"demo", no_argument, NULL, 'D'},
		{"kb", required_argument, NULL, 'k'},
		/* Hidden: the option tables, for the completion and man page tests. */
		{"dump-options", no_argument, NULL, 'O'},
		{NULL, 0, NULL, 0},
	};
	cli_ctx c;
	int o, demo = 0, rc;

	memset(&c, 0, sizeof c);
	setup(&c);

	/* "+": stop at the first non-option, which is a command or a FILE. */
	while ((o = cli_getopt(argc, argv, "+hV", opts)) != -1) {
		switch (o) {
		case 'h':
			cli_usage(stdout);
			return EXIT_OK;
		case 'V':
			printf("siamwiz %s\n", PACKAGE_VERSION);
			return EXIT_OK;
		case 'D':
			demo = 1;
			break;
		case 'O':
			cli_dump_opts(stdout);
			return EXIT_OK;
		case 'k':
			if (cli_add_kb(&c, optarg))
				return EXIT_TROUBLE;
			break;
		default:
			fprintf(stderr, _("Try 'siamwiz --help' for more information.\n"));
			return EXIT_TROUBLE;
		}
	}
	if (demo) {
		if (optind != argc) {
			cli_err(_("--demo takes no file or command"));
			return EXIT_TROUBLE;
		}
		rc = open_demo(&c);
	} else if (optind == argc) {
		if (interactive() && cli_kb(&c)) {
			rc = tui_run(c.kb, NULL, NULL, false, &c.set, NULL);
		} else {
			cli_usage(stderr);
			rc = EXIT_TROUBLE;
		}
	} else if (cli_is_command(argv[optind])) {
		rc = cli_run(&c, argc - optind, argv + optind);
	} else if (optind + 1 == argc) {
		rc = open_file(&c, argv[optind]);
	} else {
		cli_err(_("unknown command \"%s\""), argv[optind]);
		fprintf(stderr, _("Try 'siamwiz --help' for more information.\n"));
		rc = EXIT_TROUBLE;
	}
	cli_unlock(&c);
	kb_free(&c.kb);
	settings_free(&c.set);
	kb_set_lang(NULL);
	xl_cleanup();
	return rc;
}
