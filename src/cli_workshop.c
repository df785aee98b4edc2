/* cli_workshop.c - the workshop on the command line: the checkpoint that
 * closes a roadmap stage (and their history), the participants register
 * and the time planned for each stage. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core/sanitize.h"
#include "out.h"

static const char *const stage_numbers[] = {"1", "2", "3", "4", NULL};

/* STAGE as typed ("1" to the number of stages) as an index; -1 after
 * saying what is allowed. */
static long
stage_arg(cli_ctx *c, const char *cmd, const char *s)
{
	kb *k = cli_kb(c);
	if (!k)
		return -1;
	char *end;
	unsigned long n = strtoul(s, &end, 10);
	if (s[0] >= '1' && s[0] <= '9' && !*end && n <= k->nstages)
		return (long)n - 1;
	cli_err(_("invalid STAGE \"%s\" (allowed: 1 to %zu)"), s, k->nstages);
	cli_usage_error(cmd);
	return -1;
}

/* Print text sanitized after a label, continuation lines indented under it. */
static void
print_field(const char *label, const char *text)
{
	if (!text)
		return;
	printf("      %s ", label);
	out_wrap_cont(stdout, text, 7 + out_width(label), 8, 78);
}

/* ---- checkpoint ---- */

const cli_opt cli_checkpoint_opts[] = {
	{"decision", 'd', "D", N_("what the room decided"), AS_ENUM_DECISION, NULL, false},
	{"return-to", 'r', "N", N_("the earlier stage to return to (with --decision return)"), AS_ENUM_NONE,
	 stage_numbers, false},
	{"date", 'D', "D", N_("when the checkpoint was held, YYYY-MM-DD (default: today)"), AS_ENUM_NONE, NULL, false},
	{"participants", 'p', "A;B", N_("the participants present, separated by semicolons"), AS_ENUM_NONE, NULL,
	 false},
	{"add-participants", 'a', NULL, N_("register those present who are not in the register yet"), AS_ENUM_NONE,
	 NULL, false},
	{"risks", 'R', "TEXT", N_("the risks raised"), AS_ENUM_NONE, NULL, false},
	{"issues", 'i', "TEXT", N_("the issues raised"), AS_ENUM_NONE, NULL, false},
	{"note", 'n', "TEXT", N_("notes of the checkpoint"), AS_ENUM_NONE, NULL, false},
	{"list", 'l', NULL, N_("print the checkpoints held (of STAGE only, when given)"), AS_ENUM_NONE, NULL, false},
	CLI_FORCE_ROW,
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

/* --participants split at semicolons, each name trimmed, empty ones
 * dropped; the caller frees the vector and its strings. */
static char **
split_names(const char *s, size_t *n)
{
	char **v = NULL;
	size_t cap = 0;
	*n = 0;
	for (const char *p = s; p && *p;) {
		size_t l = strcspn(p, ";");
		const char *b = p, *e = p + l;
		while (b < e && strchr(" \t", *b))
			b++;
		while (e > b && strchr(" \t", e[-1]))
			e--;
		if (e > b) {
			v = xgrow(v, &cap, *n + 1, sizeof *v);
			v[(*n)++] = xstrndup(b, (size_t)(e - b));
		}
		p += l;
		if (*p)
			p++;
	}
	return v;
}

static void
free_names(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Register those not in the register (--add-participants), else name the
 * first one missing. */
static int
take_present(assessment *a, char **names, size_t n, bool add, char **err)
{
	for (size_t i = 0; i < n; i++) {
		if (assess_participant_find(a, names[i]))
			continue;
		if (!add) {
			*err = xasprintf(_("\"%s\" is not in the participants register; add them with \"siamwiz "
					   "participant add\" or give --add-participants"),
					 names[i]);
			return -1;
		}
		if (assess_participant_set(a, a->nparticipants, names[i], NULL, 0, NULL, err) != 0)
			return -1;
	}
	return 0;
}

static int
checkpoint_add(assessment *a, const cli_args *args, char **err)
{
	size_t stage = (size_t)strtoul(args->pos[1], NULL, 10) - 1, n;
	const char *ret = cli_value(args, 'r');
	char **names = split_names(cli_value(args, 'p'), &n);
	int rc = take_present(a, names, n, cli_given(args, 'a'), err);
	if (rc == 0)
		rc = assess_checkpoint_add(a, stage, (as_decision)as_parse_decision(cli_value(args, 'd')),
					   ret ? (size_t)strtoul(ret, NULL, 10) - 1 : ASSESS_NO_STAGE,
					   cli_value(args, 'D'), (const char *const *)names, n, cli_value(args, 'R'),
					   cli_value(args, 'i'), cli_value(args, 'n'), err);
	free_names(names, n);
	return rc;
}

static void
print_checkpoint(const as_checkpoint *c)
{
	printf("  %s %u  %s  %s", _("checkpoint"), c->iteration, c->date, as_decision_label(c->decision));
	if (c->decision == DECISION_RETURN)
		printf(_(" (to stage %zu)"), c->return_to + 1);
	putchar('\n');
	if (c->npresent) {
		strbuf b;
		sb_init(&b);
		for (size_t j = 0; j < c->npresent; j++)
			sb_addf(&b, "%s%s", j ? ", " : "", c->present[j]);
		print_field(_("present:"), b.s);
		sb_free(&b);
	}
	print_field(_("risks:"), c->risks);
	print_field(_("issues:"), c->issues);
	print_field(_("notes:"), c->notes);
}

/* The history of the checkpoints, stage by stage (one stage when only >= 0). */
static void
print_checkpoints(const assessment *a, long only)
{
	const kb *k = a->kb;
	for (size_t s = 0; s < k->nstages; s++) {
		if (only >= 0 && (size_t)only != s)
			continue;
		char *title = sanitize(kb_tr(&k->stages[s].title), false);
		printf(_("Stage %d. %s"), k->stages[s].number, title);
		free(title);
		if (s < ASSESS_MAX_STAGES && a->timebox[s])
			printf(_(" (timebox %u min)"), a->timebox[s]);
		putchar('\n');
		size_t n = assess_checkpoint_count(a, s);
		if (!n)
			printf("  %s\n", _("no checkpoint yet"));
		for (size_t i = 0; i < n; i++)
			print_checkpoint(assess_checkpoint_nth(a, s, i));
	}
}

static int
checkpoint_list(cli_ctx *c, const cli_args *args)
{
	long only = -1;
	if (args->nopt > 1) {
		cli_err(_("checkpoint --list takes no other options besides --kb"));
		return cli_usage_error("checkpoint");
	}
	if (args->npos == 2 && (only = stage_arg(c, "checkpoint", args->pos[1])) < 0)
		return EXIT_TROUBLE;
	int rc;
	assessment *a = cli_load(c, args->pos[0], &rc);
	if (!a)
		return rc;
	print_checkpoints(a, only);
	assess_free(&a);
	return EXIT_OK;
}

int
cli_checkpoint_cmd(cli_ctx *c, const cli_args *args)
{
	if (cli_given(args, 'l'))
		return checkpoint_list(c, args);
	if (args->npos != 2) {
		cli_err(_("say which STAGE the checkpoint closes, or give --list"));
		return cli_usage_error("checkpoint");
	}
	const char *d = cli_value(args, 'd');
	if (!d) {
		char *list = cli_opt_values(cli_find_opt("checkpoint", 'd'));
		cli_err(_("say what the room decided with --decision: %s"), list);
		free(list);
		return cli_usage_error("checkpoint");
	}
	bool ret = as_parse_decision(d) == DECISION_RETURN;
	if (ret != cli_given(args, 'r')) {
		cli_err(ret ? _("--decision return needs --return-to N, the earlier stage to return to")
			    : _("--return-to goes only with --decision return"));
		return cli_usage_error("checkpoint");
	}
	if (stage_arg(c, "checkpoint", args->pos[1]) < 0)
		return EXIT_TROUBLE;
	return cli_edit(c, args->pos[0], checkpoint_add, args);
}

/* ---- participant ---- */

const cli_opt cli_participant_opts[] = {
	{"organization", 'o', "O", N_("the organization they belong to (an empty O clears it)"), AS_ENUM_NONE, NULL,
	 false},
	{"layer", 'l', "L", N_("the layer they belong to (\"\" for none)"), AS_ENUM_LAYER, NULL, true},
	{"role", 'r', "R", N_("their part in the engagement (an empty R clears it)"), AS_ENUM_NONE, NULL, false},
	{"name", 'n', "NEW", N_("a new name (participant edit); the checkpoints follow it"), AS_ENUM_NONE, NULL, false},
	CLI_FORCE_ROW,
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

enum {
	PART_ADD,
	PART_EDIT,
	PART_REMOVE,
	PART_LIST
};

static int
participant_index(const assessment *a, const char *name, size_t *idx, char **err)
{
	const as_participant *p = assess_participant_find(a, name);
	if (!p) {
		*err = xasprintf(_("no participant named \"%s\" is registered"), name);
		return -1;
	}
	*idx = (size_t)(p - a->participants);
	return 0;
}

static int
participant_write(assessment *a, const cli_args *args, char **err)
{
	bool add = !strcmp(args->pos[0], "add");
	size_t idx = a->nparticipants;
	if (!add && participant_index(a, args->pos[2], &idx, err) != 0)
		return -1;
	const as_participant *p = add ? NULL : &a->participants[idx];
	const char *o = cli_value(args, 'o'), *l = cli_value(args, 'l'), *r = cli_value(args, 'r');
	const char *nm = cli_value(args, 'n');
	unsigned layer = p ? p->layer : 0;
	if (l)
		layer = *l ? (unsigned)kb_parse_layer(l) : 0;
	/* Copies: the setter replaces the strings it is given. */
	char *org = xstrdup(o ? o : p && p->organization ? p->organization : "");
	char *role = xstrdup(r ? r : p && p->role ? p->role : "");
	char *name = xstrdup(nm ? nm : args->pos[2]);
	int rc = assess_participant_set(a, idx, name, org, layer, role, err);
	free(org);
	free(role);
	free(name);
	return rc;
}

static int
participant_remove(assessment *a, const cli_args *args, char **err)
{
	size_t idx;
	if (participant_index(a, args->pos[2], &idx, err) != 0)
		return -1;
	return assess_participant_remove(a, idx, err);
}

static int
participant_list(cli_ctx *c, const char *path)
{
	int rc;
	assessment *a = cli_load(c, path, &rc);
	if (!a)
		return rc;
	if (!a->nparticipants)
		printf("%s\n", _("No participant is registered."));
	for (size_t i = 0; i < a->nparticipants; i++) {
		const as_participant *p = &a->participants[i];
		fputs("  ", stdout);
		out_pad(stdout, p->name, 24);
		fputs(" ", stdout);
		out_pad(stdout, p->organization ? p->organization : "-", 24);
		printf(" %-10s ", p->layer ? kb_layer_name(p->layer) : "-");
		out_str(stdout, p->role ? p->role : "-");
		putchar('\n');
	}
	assess_free(&a);
	return EXIT_OK;
}

int
cli_participant_cmd(cli_ctx *c, const cli_args *args)
{
	static const char *const actions[] = {"add", "edit", "remove", "list", NULL};
	int act = cli_action(args, actions);
	if (act < 0 || args->npos != (act == PART_LIST ? 2u : 3u))
		return cli_usage_error("participant");
	if ((act == PART_REMOVE || act == PART_LIST) && args->nopt) {
		cli_err(_("participant %s takes no options besides --kb and --force"), actions[act]);
		return cli_usage_error("participant");
	}
	if (act == PART_LIST)
		return participant_list(c, args->pos[1]);
	if (act == PART_REMOVE)
		return cli_edit(c, args->pos[1], participant_remove, args);
	if (act == PART_ADD && cli_given(args, 'n')) {
		cli_err(_("participant add takes the name as NAME, not --name"));
		return cli_usage_error("participant");
	}
	if (act == PART_EDIT && !args->nopt) {
		cli_err(_("nothing to change: give at least one of --name, --organization, --layer, --role"));
		return cli_usage_error("participant");
	}
	const char *l = cli_value(args, 'l');
	if (l && *l && kb_parse_layer(l) < 0) {
		char *list = cli_opt_values(cli_find_opt("participant", 'l'));
		cli_err(_("invalid --layer \"%s\" (allowed: %s, or \"\" for none)"), l, list);
		free(list);
		return EXIT_TROUBLE;
	}
	return cli_edit(c, args->pos[1], participant_write, args);
}

/* ---- timebox ---- */

const cli_opt cli_timebox_opts[] = {
	CLI_FORCE_ROW,
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

static int
timebox_set(assessment *a, const cli_args *args, char **err)
{
	return assess_set_timebox(a, (size_t)strtoul(args->pos[1], NULL, 10) - 1,
				  (unsigned)strtoul(args->pos[2], NULL, 10), err);
}

int
cli_timebox_cmd(cli_ctx *c, const cli_args *args)
{
	if (stage_arg(c, "timebox", args->pos[1]) < 0)
		return EXIT_TROUBLE;
	const char *m = args->pos[2];
	size_t digits = strspn(m, "0123456789");
	if (!digits || m[digits] || digits > 9) {
		cli_err(_("invalid MINUTES \"%s\" (a whole number of minutes, 0 clears the timebox)"), m);
		return cli_usage_error("timebox");
	}
	return cli_edit(c, args->pos[0], timebox_set, args);
}

/* ---- in the summary ---- */

void
cli_print_workshop(const assessment *a)
{
	const kb *k = a->kb;
	bool planned = false;
	for (size_t s = 0; s < ASSESS_MAX_STAGES; s++)
		planned |= a->timebox[s] != 0;
	if (!a->nparticipants && !a->ncheckpoints && !planned)
		return;
	printf("\n");
	printf(P_("Workshop: %zu participant registered; checkpoints per stage:\n",
		  "Workshop: %zu participants registered; checkpoints per stage:\n", a->nparticipants),
	       a->nparticipants);
	for (size_t s = 0; s < k->nstages; s++) {
		size_t n = assess_checkpoint_count(a, s);
		printf("  %d. ", k->stages[s].number);
		if (n) {
			const as_checkpoint *c = assess_checkpoint_nth(a, s, n - 1);
			printf(P_("%zu held, the last on %s: %s", "%zu held, the last on %s: %s", n), n, c->date,
			       as_decision_label(c->decision));
			if (c->decision == DECISION_RETURN)
				printf(_(" (to stage %zu)"), c->return_to + 1);
		} else {
			fputs(_("none held"), stdout);
		}
		if (s < ASSESS_MAX_STAGES && a->timebox[s])
			printf(_("; timebox %u min"), a->timebox[s]);
		putchar('\n');
	}
}
