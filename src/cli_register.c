/* cli_register.c - the registers of an assessment on the command line:
 * service providers, structural elements, role holders and the
 * allocation of processes to layers. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The action word of a command with actions; an unknown one is a usage
 * error that names the allowed ones. */
static int
action(const cli_args *args, const char *const *actions)
{
	for (int i = 0; actions[i]; i++)
		if (!strcmp(args->pos[0], actions[i]))
			return i;
	strbuf b;
	sb_init(&b);
	for (int i = 0; actions[i]; i++)
		sb_addf(&b, "%s%s", i ? ", " : "", actions[i]);
	cli_err(_("unknown %s action \"%s\" (allowed: %s)"), args->cmd, args->pos[0], b.s);
	sb_free(&b);
	return -1;
}

/* ---- provider ---- */

const cli_opt cli_provider_opts[] = {
	{"internal", 'i', NULL, N_("the provider is part of the organization"), AS_ENUM_NONE, NULL, false},
	{"external", 'x', NULL, N_("the provider is another organization"), AS_ENUM_NONE, NULL, false},
	{"services", 's', "TEXT", N_("the services it provides"), AS_ENUM_NONE, NULL, false},
	{"criticality", 'c', "C", "", AS_ENUM_CRITICALITY, NULL, false},
	CLI_FORCE_ROW,
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

enum { PROVIDER_ADD, PROVIDER_REMOVE, PROVIDER_RENAME };

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
	int act = action(args, actions);
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
