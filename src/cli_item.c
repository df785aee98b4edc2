/* cli_item.c - "siamwiz set": the assessment of one roadmap item.  The
 * options apply in the order given, and either all of them land or the
 * file is left as it was. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const cli_opt cli_set_opts[] = {
	{"result", 'r', "R", "", AS_ENUM_RESULT, NULL, false},
	{"status", 's', "S", "", AS_ENUM_STATUS, NULL, false},
	{"owner", 'o', "NAME", N_("who owns the item"), AS_ENUM_NONE, NULL, false},
	{"layer", 'l', "L", N_("responsible layer"), AS_ENUM_LAYER, NULL, true},
	{"provider", 'p', "NAME", N_("a registered service provider involved (repeatable)"), AS_ENUM_NONE, NULL, false},
	{"clear-providers", OPT_CLEAR_PROVIDERS, NULL, N_("forget the providers recorded so far"), AS_ENUM_NONE, NULL,
	 false},
	{"evidence", 'e', "TEXT", N_("add an evidence reference (repeatable)"), AS_ENUM_NONE, NULL, false},
	{"location", 'L', "LOC", N_("where the preceding --evidence can be found"), AS_ENUM_NONE, NULL, false},
	{"evidence-date", OPT_EVIDENCE_DATE, "D", N_("when the preceding --evidence was seen, YYYY-MM-DD"),
	 AS_ENUM_NONE, NULL, false},
	{"reviewer", OPT_REVIEWER, "NAME", N_("who reviewed the preceding --evidence"), AS_ENUM_NONE, NULL, false},
	{"clear-evidence", OPT_CLEAR_EVIDENCE, NULL, N_("forget the evidence recorded so far"), AS_ENUM_NONE, NULL,
	 false},
	{"note", 'n', "TEXT", N_("replace the notes (an empty TEXT clears them)"), AS_ENUM_NONE, NULL, false},
	{"due", 'd', "DATE", N_("target date, YYYY-MM-DD"), AS_ENUM_NONE, NULL, false},
	{"justification", 'j', "TEXT", N_("why the item does not apply (needed for not-applicable)"), AS_ENUM_NONE,
	 NULL, false},
	CLI_FORCE_ROW,
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

/* Where the preceding --evidence went, for the options that describe it. */
typedef struct set_state {
	assessment *a;
	as_item *it;
	long last_ev; /* index of the last --evidence, -1 before the first */
	char *err;
} set_state;

static int
findings(int failed)
{
	return failed ? EXIT_FINDINGS : EXIT_OK;
}

/* --location, --evidence-date and --reviewer: about the last --evidence. */
static int
describe_evidence(set_state *s, int key, const char *v)
{
	if (s->last_ev < 0) {
		cli_err(_("%s must follow the --evidence it belongs to"), key == 'L'                 ? "--location"
									  : key == OPT_EVIDENCE_DATE ? "--evidence-date"
												     : "--reviewer");
		return EXIT_TROUBLE;
	}
	size_t idx = (size_t)s->last_ev;
	as_evidence *ev = &s->it->evidence[idx];
	if (key == 'L')
		return findings(assess_set_evidence(s->a, s->it, idx, ev->text, v, &s->err));
	const char *date = key == OPT_EVIDENCE_DATE ? v : ev->date;
	const char *who = key == OPT_REVIEWER ? v : ev->reviewer;
	/* The setter frees the old reviewer before it keeps the new one. */
	char *keep = who ? xstrdup(who) : NULL;
	int rc = findings(assess_set_evidence_review(s->a, s->it, idx, date, keep, &s->err));
	free(keep);
	return rc;
}

static int
apply(set_state *s, int key, const char *v)
{
	assessment *a = s->a;
	as_item *it = s->it;
	switch (key) {
	case 'r':
		return findings(assess_set_result(a, it, (as_result)as_parse_result(v), &s->err));
	case 's':
		assess_set_status(a, it, (as_status)as_parse_status(v));
		return EXIT_OK;
	case 'o':
		return findings(assess_set_text(a, &it->owner, v, &s->err));
	case 'l':
		return findings(assess_set_layer(a, it, v, &s->err));
	case 'p':
		return findings(assess_add_item_provider(a, it, v, &s->err));
	case OPT_CLEAR_PROVIDERS:
		assess_clear_item_providers(a, it);
		return EXIT_OK;
	case 'n':
		return findings(assess_set_text(a, &it->notes, v, &s->err));
	case 'd':
		return findings(assess_set_date(a, it->due, v, &s->err));
	case 'j':
		return findings(assess_set_text(a, &it->justification, v, &s->err));
	case 'e':
		if (assess_add_evidence(a, it, v, NULL, &s->err) != 0) {
			s->last_ev = -1;
			return EXIT_FINDINGS;
		}
		s->last_ev = (long)it->nevidence - 1;
		return EXIT_OK;
	case OPT_CLEAR_EVIDENCE:
		while (it->nevidence)
			assess_remove_evidence(a, it, it->nevidence - 1);
		s->last_ev = -1;
		return EXIT_OK;
	}
	return describe_evidence(s, key, v);
}

int
cli_set_cmd(cli_ctx *c, const cli_args *args)
{
	const char *path = args->pos[0], *ref = args->pos[1];
	int rc = EXIT_OK;
	if (args->nopt == 0) {
		cli_err(_("nothing to set: give at least one of --result, --status, --owner, --layer, "
			  "--provider, --evidence, --note, --due, --justification"));
		return cli_usage_error("set");
	}
	set_state s = {.last_ev = -1};
	if (!(s.a = cli_load_for_edit(c, path, &rc)))
		return rc;
	if (!(s.it = assess_item(s.a, ref, &s.err))) {
		cli_err("%s", s.err);
		rc = EXIT_FINDINGS;
		goto out;
	}
	for (size_t i = 0; i < args->nopt && rc == EXIT_OK; i++)
		rc = apply(&s, args->opt[i].key, args->opt[i].value);
	if (rc == EXIT_OK && assess_item_check(s.it, &s.err) != 0)
		rc = EXIT_FINDINGS;
	if (rc != EXIT_OK) {
		if (s.err)
			cli_err("%s", s.err);
		cli_err(_("%s: nothing was changed"), path);
	} else if (s.a->changes) {
		rc = cli_save(c, s.a, path);
	}
out:
	free(s.err);
	assess_free(&s.a);
	return rc;
}
