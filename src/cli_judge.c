/* cli_judge.c - "siamwiz judge": the assessor's verdict on a clause.  A
 * refused judgement leaves the file byte-identical. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core/i18n.h"
#include "core/sanitize.h"

const cli_opt cli_judge_opts[] = {
	{"verdict", 'v', "V", "", AS_ENUM_VERDICT, NULL, false},
	{"statement", 's', "TEXT", N_("the finding: what was seen against the requirement"), AS_ENUM_NONE, NULL, false},
	{"requirement", 'r', "TEXT", N_("the requirement at stake"), AS_ENUM_NONE, NULL, false},
	{"evidence", 'e', "TEXT", N_("the evidence examined"), AS_ENUM_NONE, NULL, false},
	{"date", 'd', "D", N_("date of the judgement, YYYY-MM-DD (default: today)"), AS_ENUM_NONE, NULL, false},
	{"assessor", 'a', "NAME", N_("who judged (default: the assessment's assessor)"), AS_ENUM_NONE, NULL, false},
	{"clear", OPT_CLEAR, NULL, N_("remove the judgement of CLAUSE"), AS_ENUM_NONE, NULL, false},
	CLI_FORCE_ROW,
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

int
cli_judge_cmd(cli_ctx *c, const cli_args *args)
{
	const char *verdict = cli_value(args, 'v'), *statement = cli_value(args, 's');
	const char *requirement = cli_value(args, 'r'), *evidence = cli_value(args, 'e');
	const char *date = cli_value(args, 'd'), *assessor = cli_value(args, 'a');
	bool clear = cli_given(args, OPT_CLEAR);
	int rc = EXIT_OK;
	if (clear == !!verdict) {
		cli_err(_("give either --verdict or --clear"));
		return cli_usage_error("judge");
	}
	if (clear && (statement || requirement || evidence || date || assessor)) {
		cli_err(_("--clear takes no other option"));
		return cli_usage_error("judge");
	}
	int v = clear ? 0 : as_parse_verdict(verdict);
	const char *path = args->pos[0], *clause = args->pos[1];
	assessment *a = cli_load_for_edit(c, path, &rc);
	if (!a)
		return rc;
	char *err = NULL;
	int bad =
		clear ? assess_unjudge(a, clause, &err)
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
