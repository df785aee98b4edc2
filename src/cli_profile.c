/* cli_profile.c - the commands about a whole assessment: new, validate,
 * profile and summary. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "core/sanitize.h"
#include "out.h"

/* ---- new ---- */

const cli_opt cli_new_opts[] = {
	{"org", 'o', "NAME", N_("organization being assessed"), AS_ENUM_NONE, NULL, false},
	{"assessor", 'a', "NAME", N_("who runs the assessment"), AS_ENUM_NONE, NULL, false},
	{"model", 'm', "M", N_("integrator sourcing model"), AS_ENUM_MODEL, NULL, false},
	{"start", 's', "S", N_("starting point"), AS_ENUM_START, NULL, false},
	{"date", 'd', "D", N_("assessment date, YYYY-MM-DD (default: today)"), AS_ENUM_NONE, NULL, false},
	{"scope", 'S', "TEXT", N_("scope of the assessment"), AS_ENUM_NONE, NULL, false},
	{"force", 'f', NULL, N_("replace FILE if it exists"), AS_ENUM_NONE, NULL, false},
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

/* The profile options new and profile share, applied in order. */
static int
apply_profile(assessment *a, int key, const char *v, char **err)
{
	switch (key) {
	case 'o':
		return assess_set_organization(a, v, err);
	case 'a':
		return assess_set_text(a, &a->assessor, v, err);
	case 'S':
		return assess_set_text(a, &a->scope, v, err);
	case 'p':
		return assess_set_text(a, &a->separation, v, err);
	case 'd':
		return assess_set_date(a, a->date, v, err);
	case 'm':
		return assess_set_model(a, (as_model)as_parse_model(v));
	case 's':
		return assess_set_start(a, (as_start)as_parse_start(v));
	}
	return 0;
}

static int
apply_all(assessment *a, const cli_args *args, char **err)
{
	for (size_t i = 0; i < args->nopt; i++)
		if (apply_profile(a, args->opt[i].key, args->opt[i].value, err) != 0)
			return -1;
	return 0;
}

int
cli_new_cmd(cli_ctx *c, const cli_args *args)
{
	const char *path = args->pos[0];
	struct stat st;
	if (!cli_given(args, 'f') && stat(path, &st) == 0) {
		cli_err(_("%s already exists; use --force to replace it"), path);
		return EXIT_TROUBLE;
	}
	kb *k = cli_kb(c);
	if (!k)
		return EXIT_TROUBLE;
	assessment *a = assess_new(k, "");
	char *err = NULL;
	int rc = EXIT_OK;
	char today[11];
	util_today(today);
	/* The user's default assessor and today's date, unless given. */
	if (assess_set_text(a, &a->assessor, c->set.assessor, &err) || assess_set_date(a, a->date, today, &err) ||
	    apply_all(a, args, &err)) {
		cli_err("%s", err);
		rc = EXIT_TROUBLE;
		goto out;
	}
	rc = cli_save(c, a, path);
	if (rc == EXIT_OK) {
		const char *dot = strstr(path, ".siam.xml");
		if (!dot || dot[9] != '\0')
			fprintf(stderr, _("siamwiz: note: assessment files usually end in .siam.xml\n"));
	}
out:
	free(err);
	assess_free(&a);
	return rc;
}

/* ---- validate ---- */

const cli_opt cli_validate_opts[] = {
	{"quiet", 'q', NULL, N_("print only problems"), AS_ENUM_NONE, NULL, false},
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

int
cli_validate_cmd(cli_ctx *c, const cli_args *args)
{
	int rc = EXIT_OK;
	if (!cli_kb(c))
		return EXIT_TROUBLE;
	for (size_t i = 0; i < args->npos; i++) {
		int one;
		assessment *a = cli_load(c, args->pos[i], &one);
		if (a && !cli_given(args, 'q')) {
			char *name = sanitize(args->pos[i], false);
			printf(_("%s: valid\n"), name);
			free(name);
		}
		assess_free(&a);
		if (one > rc)
			rc = one;
	}
	return rc;
}

/* ---- profile ---- */

const cli_opt cli_profile_opts[] = {
	{"org", 'o', "NAME", N_("organization"), AS_ENUM_NONE, NULL, false},
	{"assessor", 'a', "NAME", N_("assessor"), AS_ENUM_NONE, NULL, false},
	{"date", 'd', "D", N_("assessment date, YYYY-MM-DD"), AS_ENUM_NONE, NULL, false},
	{"model", 'm', "M", "", AS_ENUM_MODEL, NULL, false},
	{"start", 's', "S", "", AS_ENUM_START, NULL, false},
	{"scope", 'S', "TEXT", N_("scope of the assessment"), AS_ENUM_NONE, NULL, false},
	{"separation", 'p', "TEXT", N_("how integrator and provider duties are kept apart (lead supplier)"),
	 AS_ENUM_NONE, NULL, false},
	CLI_FORCE_ROW,
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

static void
field(const char *label, const char *value)
{
	char *l = xasprintf("%s:", label);
	out_pad(stdout, l, 17);
	free(l);
	if (value && *value)
		out_wrap_cont(stdout, value, 17, 17, 78);
	else
		printf("%s\n", _("(not recorded)"));
}

static void
print_providers(const assessment *a)
{
	printf(P_("Service providers (%zu):\n", "Service providers (%zu):\n", a->nproviders), a->nproviders);
	for (size_t i = 0; i < a->nproviders; i++) {
		const as_provider *p = &a->providers[i];
		fputs("  ", stdout);
		out_pad(stdout, p->name, 28);
		printf(" %-9s %s", p->internal ? _("internal") : _("external"),
		       p->criticality ? as_criticality_name(p->criticality) : "-");
		if (p->services && *p->services) {
			fputs("\n    ", stdout);
			out_wrap_cont(stdout, p->services, 4, 4, 78);
		} else {
			putchar('\n');
		}
	}
}

static void
print_profile(const assessment *a)
{
	const kb *k = a->kb;
	field(_("Organization"), a->organization);
	field(_("Assessor"), a->assessor);
	field(_("Date"), a->date);
	char *m = NULL;
	if (a->model != MODEL_NONE) {
		const kb_entry *e = k ? kb_entry_by_id(k, KB_MODEL, as_model_name(a->model)) : NULL;
		m = e && e->extra.n ? xasprintf("%s: %s", as_model_label(a->model), kb_tr(&e->extra))
				    : xstrdup(as_model_label(a->model));
	}
	field(_("SIAM model"), m);
	free(m);
	field(_("Starting point"), a->start != START_NONE ? as_start_label(a->start) : NULL);
	field(_("Scope"), a->scope);
	if (a->separation || a->model == MODEL_LEAD_SUPPLIER)
		field(_("Separation"), a->separation);
	print_providers(a);
	if (a->nstructures)
		printf(P_("Structural elements: %zu\n", "Structural elements: %zu\n", a->nstructures), a->nstructures);
}

int
cli_profile_cmd(cli_ctx *c, const cli_args *args)
{
	const char *path = args->pos[0];
	if (args->nopt)
		return cli_edit(c, path, apply_all, args);
	/* Showing needs no lock. */
	int rc;
	assessment *a = cli_load(c, path, &rc);
	if (!a)
		return rc;
	print_profile(a);
	assess_free(&a);
	return rc;
}

/* ---- summary ---- */

const cli_opt cli_summary_opts[] = {
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

void
cli_print_summary(const assessment *a, const char *name)
{
	const kb *k = a->kb;
	if (!k)
		return; /* a loaded assessment always has its knowledge base */
	char *n = sanitize(name, false);
	printf(_("Assessment %s\n\n"), n);
	free(n);
	print_profile(a);
	printf("\n%s\n", _("Roadmap progress (items assessed / total; results):"));
	for (size_t s = 0; s < k->nstages; s++) {
		const kb_stage *st = &k->stages[s];
		size_t count[RES_COUNT] = {0};
		for (size_t i = 0; i < st->nitems; i++) {
			const as_item *it = assess_find(a, k->items[st->items[i]].id);
			count[it ? it->result : RES_NOT_ASSESSED]++;
		}
		char *t = xasprintf("%d. %s", st->number, kb_tr(&st->title));
		fputs("  ", stdout);
		out_pad(stdout, t, 27);
		free(t);
		printf(" %2zu/%-2zu ", st->nitems - count[RES_NOT_ASSESSED], st->nitems);
		printf(_("in place %zu, partial %zu, missing %zu, n/a %zu\n"), count[RES_IN_PLACE], count[RES_PARTIAL],
		       count[RES_MISSING], count[RES_NOT_APPLICABLE]);
	}
	cli_print_workshop(a);
}

int
cli_summary_cmd(cli_ctx *c, const cli_args *args)
{
	int rc;
	assessment *a = cli_load(c, args->pos[0], &rc);
	if (!a)
		return rc;
	cli_print_summary(a, args->pos[0]);
	assess_free(&a);
	return EXIT_OK;
}
