/* cli_register.c - the registers of an assessment on the command line:
 * service providers, structural elements, role holders and the
 * allocation of processes to layers. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* ---- provider ---- */

const cli_opt cli_provider_opts[] = {
	{"internal", 'i', NULL, N_("the provider is part of the organization"), AS_ENUM_NONE, NULL, false},
	{"external", 'x', NULL, N_("the provider is another organization"), AS_ENUM_NONE, NULL, false},
	{"services", 's', "TEXT", N_("the services it provides"), AS_ENUM_NONE, NULL, false},
	{"criticality", 'c', "C", "", AS_ENUM_CRITICALITY, NULL, false},
	CLI_FORCE_ROW,
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

enum {
	PROVIDER_ADD,
	PROVIDER_REMOVE,
	PROVIDER_RENAME
};

static int
provider_add(assessment *a, const cli_args *args, char **err)
{
	const char *crit = cli_value(args, 'c');
	int cv = crit ? as_parse_criticality(crit) : CRIT_NONE;
	/* The last of --internal and --external wins. */
	bool internal = false;
	for (size_t i = 0; i < args->nopt; i++)
		if (args->opt[i].key == 'i' || args->opt[i].key == 'x')
			internal = args->opt[i].key == 'i';
	return assess_provider_add(a, args->pos[2], internal, (as_criticality)cv, cli_value(args, 's'), err);
}

static int
provider_remove(assessment *a, const cli_args *args, char **err)
{
	return assess_provider_remove(a, args->pos[2], err);
}

static int
provider_rename(assessment *a, const cli_args *args, char **err)
{
	return assess_provider_rename(a, args->pos[2], args->pos[3], err);
}

int
cli_provider_cmd(cli_ctx *c, const cli_args *args)
{
	static const char *const actions[] = {"add", "remove", "rename", NULL};
	int act = cli_action(args, actions);
	if (act < 0 || args->npos != (act == PROVIDER_RENAME ? 4u : 3u))
		return cli_usage_error("provider");
	if (act == PROVIDER_ADD) {
		if (!cli_given(args, 'i') && !cli_given(args, 'x')) {
			cli_err(_("say whether the service provider is --internal or --external"));
			return cli_usage_error("provider");
		}
		return cli_edit(c, args->pos[1], provider_add, args);
	}
	if (args->nopt) {
		cli_err(_("provider %s takes no options besides --kb and --force"), actions[act]);
		return cli_usage_error("provider");
	}
	return cli_edit(c, args->pos[1], act == PROVIDER_RENAME ? provider_rename : provider_remove, args);
}

/* A comma-separated list of layer names ("" for none) as a LAYER_* mask;
 * -1 when a name is not a layer. */
static int
parse_layers(const char *v, unsigned *mask)
{
	*mask = 0;
	for (const char *p = v; *p;) {
		size_t l = strcspn(p, ",");
		char *one = xstrndup(p, l);
		int b = kb_parse_layer(one);
		free(one);
		if (b < 0)
			return -1;
		*mask |= (unsigned)b;
		p += l;
		if (*p == ',' && !*++p)
			return -1;
	}
	return 0;
}

/* Every layer list among the options given is valid; else say which is not. */
static int
check_layers(const cli_args *args)
{
	for (size_t i = 0; i < args->nopt; i++) {
		const cli_opt *o = cli_find_opt(args->cmd, args->opt[i].key);
		unsigned m;
		if (o->names != AS_ENUM_LAYER || parse_layers(args->opt[i].value, &m) == 0)
			continue;
		char *list = cli_opt_values(o);
		cli_err(_("invalid --%s \"%s\" (allowed: %s, or several separated by commas)"), o->name,
			args->opt[i].value, list);
		free(list);
		return EXIT_TROUBLE;
	}
	return EXIT_OK;
}

/* ---- structure ---- */

const cli_opt cli_structure_opts[] = {
	{"kind", 'k', "K", N_("what the element is"), AS_ENUM_STRUCTKIND, NULL, false},
	{"layers", 'l', "L,...", N_("the layers taking part, comma-separated (\"\" for none)"), AS_ENUM_LAYER, NULL,
	 true},
	{"purpose", 'p', "TEXT", N_("what the element is for (an empty TEXT clears it)"), AS_ENUM_NONE, NULL, false},
	{"name", 'n', "NEW", N_("a new name (structure edit)"), AS_ENUM_NONE, NULL, false},
	CLI_FORCE_ROW,
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

enum {
	STRUCTURE_ADD,
	STRUCTURE_EDIT,
	STRUCTURE_REMOVE
};

/* The element named name: exactly one, else -1 with *err. */
static int
structure_index(const assessment *a, const char *name, size_t *idx, char **err)
{
	size_t n = 0;
	for (size_t i = 0; i < a->nstructures; i++)
		if (!strcmp(a->structures[i].name, name) && !n++)
			*idx = i;
	if (n == 1)
		return 0;
	*err = n ? xasprintf(_("%zu structural elements are named \"%s\"; tell them apart in the wizard"), n, name)
		 : xasprintf(_("no structural element named \"%s\""), name);
	return -1;
}

/* Whether an element other than number except is named name. */
static bool
structure_named(const assessment *a, const char *name, size_t except)
{
	for (size_t i = 0; i < a->nstructures; i++)
		if (i != except && !strcmp(a->structures[i].name, name))
			return true;
	return false;
}

static int
structure_write(assessment *a, const cli_args *args, char **err)
{
	const char *name = args->pos[2], *kind = cli_value(args, 'k'), *layers = cli_value(args, 'l');
	const char *purpose = cli_value(args, 'p'), *rename = cli_value(args, 'n');
	bool add = !strcmp(args->pos[0], "add");
	size_t idx = a->nstructures;
	if (!add && structure_index(a, name, &idx, err) != 0)
		return -1;
	const char *final = rename ? rename : name;
	if ((add || rename) && structure_named(a, final, idx)) {
		*err = xasprintf(_("a structural element named \"%s\" already exists"), final);
		return -1;
	}
	const as_structure *st = add ? NULL : &a->structures[idx];
	unsigned mask = st ? st->layers : 0;
	if (layers)
		parse_layers(layers, &mask);
	int k = kind ? as_parse_structkind(kind) : st ? (int)st->kind : (int)STRUCT_BOARD;
	/* Copies: the setter replaces the strings it is given. */
	char *keep = purpose ? xstrdup(purpose) : st && st->purpose ? xstrdup(st->purpose) : NULL;
	char *nm = xstrdup(final);
	int rc = assess_structure_set(a, idx, (as_structkind)k, mask, nm, keep, err);
	free(nm);
	free(keep);
	return rc;
}

static int
structure_remove(assessment *a, const cli_args *args, char **err)
{
	size_t idx;
	if (structure_index(a, args->pos[2], &idx, err) != 0)
		return -1;
	return assess_structure_remove(a, idx);
}

int
cli_structure_cmd(cli_ctx *c, const cli_args *args)
{
	static const char *const actions[] = {"add", "edit", "remove", NULL};
	int act = cli_action(args, actions);
	if (act < 0)
		return cli_usage_error("structure");
	if (act == STRUCTURE_REMOVE) {
		if (args->nopt) {
			cli_err(_("structure remove takes no options besides --kb and --force"));
			return cli_usage_error("structure");
		}
		return cli_edit(c, args->pos[1], structure_remove, args);
	}
	if (act == STRUCTURE_ADD && cli_given(args, 'n')) {
		cli_err(_("structure add takes the name as NAME, not --name"));
		return cli_usage_error("structure");
	}
	if (act == STRUCTURE_ADD && !cli_given(args, 'k')) {
		char *list = cli_opt_values(cli_find_opt("structure", 'k'));
		cli_err(_("say which --kind the structural element is: %s"), list);
		free(list);
		return cli_usage_error("structure");
	}
	if (act == STRUCTURE_EDIT && !args->nopt) {
		cli_err(_("nothing to change: give at least one of --name, --kind, --layers, --purpose"));
		return cli_usage_error("structure");
	}
	if (check_layers(args) != EXIT_OK)
		return EXIT_TROUBLE;
	return cli_edit(c, args->pos[1], structure_write, args);
}

/* ---- role and process ---- */

/* The four RACI options, in the order of as_raci, for both commands. */
static const int raci_keys[RACI_COUNT] = {'a', 'r', 'c', 'i'};

const cli_opt cli_role_opts[] = {
	{"accountable", 'a', "PARTY", N_("who is accountable (repeatable; \"\" for nobody)"), AS_ENUM_NONE, NULL,
	 false},
	{"responsible", 'r', "PARTY", N_("who is responsible (repeatable)"), AS_ENUM_NONE, NULL, false},
	{"consulted", 'c', "PARTY", N_("who is consulted (repeatable)"), AS_ENUM_NONE, NULL, false},
	{"informed", 'i', "PARTY", N_("who is informed (repeatable)"), AS_ENUM_NONE, NULL, false},
	CLI_FORCE_ROW,
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

const cli_opt cli_process_opts[] = {
	{"accountable", 'a', "L,...", N_("the layers accountable, comma-separated (\"\" for none)"), AS_ENUM_LAYER,
	 NULL, true},
	{"responsible", 'r', "L,...", N_("the layers responsible"), AS_ENUM_LAYER, NULL, true},
	{"consulted", 'c', "L,...", N_("the layers consulted"), AS_ENUM_LAYER, NULL, true},
	{"informed", 'i', "L,...", N_("the layers informed"), AS_ENUM_LAYER, NULL, true},
	CLI_FORCE_ROW,
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

/* Each kind given replaces its holders by every non-empty PARTY given
 * for it, in order; the kinds not given are kept. */
static int
role_write(assessment *a, const cli_args *args, char **err)
{
	const char **parties = xcalloc(args->nopt + 1, sizeof *parties);
	int rc = 0;
	for (int r = 0; r < RACI_COUNT && rc == 0; r++) {
		if (!cli_given(args, raci_keys[r]))
			continue;
		size_t n = 0;
		for (size_t i = 0; i < args->nopt; i++)
			if (args->opt[i].key == raci_keys[r] && *args->opt[i].value)
				parties[n++] = args->opt[i].value;
		rc = assess_role_set_parties(a, args->pos[2], (as_raci)r, parties, n, err);
	}
	free(parties);
	return rc;
}

static int
process_write(assessment *a, const cli_args *args, char **err)
{
	for (int r = 0; r < RACI_COUNT; r++) {
		const char *v = cli_value(args, raci_keys[r]);
		unsigned mask;
		if (v &&
		    (parse_layers(v, &mask) != 0 || assess_process_set(a, args->pos[2], (as_raci)r, mask, err) != 0))
			return -1;
	}
	return 0;
}

/* The ID names an entry of section s of the knowledge base; else say
 * which ones there are. */
static int
check_entry(cli_ctx *c, kb_section s, const char *id)
{
	const kb *k = cli_kb(c);
	if (!k)
		return EXIT_TROUBLE;
	if (kb_entry_by_id(k, s, id))
		return EXIT_OK;
	strbuf b;
	sb_init(&b);
	for (size_t i = 0; i < k->nentries[s]; i++)
		sb_addf(&b, "%s%s", i ? ", " : "", k->entries[s][i].id);
	if (s == KB_ROLE)
		cli_err(_("unknown role \"%s\" (allowed: %s)"), id, b.s ? b.s : "");
	else
		cli_err(_("unknown process \"%s\" (allowed: %s)"), id, b.s ? b.s : "");
	sb_free(&b);
	return EXIT_TROUBLE;
}

/* role set FILE ROLE and process set FILE PROCESS. */
static int
raci_cmd(cli_ctx *c, const cli_args *args, kb_section s, int (*write)(assessment *, const cli_args *, char **))
{
	static const char *const actions[] = {"set", NULL};
	if (cli_action(args, actions) < 0)
		return cli_usage_error(args->cmd);
	if (!args->nopt) {
		cli_err(_(
			"nothing to set: give at least one of --accountable, --responsible, --consulted, --informed"));
		return cli_usage_error(args->cmd);
	}
	int rc = check_layers(args);
	if (rc == EXIT_OK)
		rc = check_entry(c, s, args->pos[2]);
	return rc == EXIT_OK ? cli_edit(c, args->pos[1], write, args) : rc;
}

int
cli_role_cmd(cli_ctx *c, const cli_args *args)
{
	return raci_cmd(c, args, KB_ROLE, role_write);
}

int
cli_process_cmd(cli_ctx *c, const cli_args *args)
{
	return raci_cmd(c, args, KB_PROCESS, process_write);
}
