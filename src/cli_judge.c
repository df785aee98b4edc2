/* cli_judge.c - "siamwiz judge": the assessor's verdict on a clause.  A
 * refused judgement leaves the file byte-identical. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core/i18n.h"
#include "core/sanitize.h"

int
cli_judge_cmd(cli_ctx *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"verdict", required_argument, NULL, 'v'},
		{"statement", required_argument, NULL, 's'},
		{"requirement", required_argument, NULL, 'r'},
		{"evidence", required_argument, NULL, 'e'},
		{"date", required_argument, NULL, 'd'},
		{"assessor", required_argument, NULL, 'a'},
		{"clear", no_argument, NULL, 'C'},
		{"force", no_argument, NULL, CLI_OPT_FORCE},
		{"kb", required_argument, NULL, 1001},
		{"help", no_argument, NULL, 1000},
		{NULL, 0, NULL, 0},
	};
	const char *verdict = NULL, *statement = NULL, *requirement = NULL, *evidence = NULL;
	const char *date = NULL, *assessor = NULL;
	int clear = 0, o, rc = EXIT_OK;
	while ((o = cli_getopt(argc, argv, "v:s:r:e:d:a:", opts)) != -1) {
		switch (o) {
		case 'v': verdict = optarg; break;
		case 's': statement = optarg; break;
		case 'r': requirement = optarg; break;
		case 'e': evidence = optarg; break;
		case 'd': date = optarg; break;
		case 'a': assessor = optarg; break;
		case 'C': clear = 1; break;
		case CLI_OPT_FORCE: c->force = true; break;
		case 1001: if (cli_add_kb(c, optarg)) return EXIT_TROUBLE; break;
		case 1000: return cli_help("judge", stdout);
		default: return cli_usage_error("judge");
		}
	}
	if (argc - optind != 2)
		return cli_usage_error("judge");
	if (clear == !!verdict) {
		cli_err(_("give either --verdict or --clear"));
		return cli_usage_error("judge");
	}
	if (clear && (statement || requirement || evidence || date || assessor)) {
		cli_err(_("--clear takes no other option"));
		return cli_usage_error("judge");
	}
	int v = clear ? 0 : as_parse_verdict(verdict);
	if (v < 0) {
		char *s = sanitize(verdict, false);
		cli_err(_("invalid --verdict \"%s\" (allowed: conforming, ofi, minor-nc, major-nc)"), s);
		free(s);
		return EXIT_TROUBLE;
	}
	const char *path = argv[optind], *clause = argv[optind + 1];
	assessment *a = cli_load_for_edit(c, path, &rc);
	if (!a)
		return rc;
	char *err = NULL;
	int bad = clear ? assess_unjudge(a, clause, &err)
			: assess_judge(a, clause, (as_verdict)v, statement, requirement, evidence, date, assessor, &err);
	if (bad) {
		char *s = sanitize(err, false);
		cli_err("%s", s);
		cli_err(_("%s: nothing was changed"), path);
		free(s);
		rc = EXIT_FINDINGS;
	} else {
		rc = cli_save(c, a, path);
		const as_judgement *j = clear ? NULL : assess_judgement_find(a, clause);
		if (rc == EXIT_OK && j && j->id[0])
			printf("%s\n", j->id);
	}
	free(err);
	assess_free(&a);
	return rc;
}
