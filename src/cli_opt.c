/* cli_opt.c - the option tables of the commands at work: getopt's
 * arguments built from a table, the options common to every command
 * (--kb, --help, --force), the check of a value against the allowed
 * ones, and the option lines of --help. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core/sanitize.h"
#include "out.h"

/* Where the help text starts, and the width it wraps at. */
#define HELP_COL 24
#define HELP_WIDTH 78

int
cli_getopt(int argc, char **argv, const char *shorts, const struct option *longs)
{
	/* getopt's own messages would echo the argument as typed, escape
	 * sequences and all: say it here, through the sanitizer. */
	opterr = 0;
	int o = getopt_long(argc, argv, shorts, longs, NULL);
	if (o != '?')
		return o;
	const char *arg = optind > 0 && optind <= argc ? argv[optind - 1] : "";
	bool is_long = arg[0] == '-' && arg[1] == '-';
	const char *sc = optopt > 0 && optopt < 256 && optopt != ':' ? strchr(shorts, optopt) : NULL;
	/* getopt leaves optopt 0 for an unknown long option, the option's
	 * value for one that lacks its argument. */
	if (is_long && optopt)
		cli_err(_("option %s needs a value"), arg);
	else if (is_long)
		cli_err(_("unknown option %s"), arg);
	else if (sc && sc[1] == ':')
		cli_err(_("option -%c needs a value"), optopt);
	else
		cli_err(_("unknown option -%c"), optopt > 0 && optopt < 256 ? optopt : '?');
	return '?';
}

static const cli_opt common[] = {
	{"kb", OPT_KB, "FILE", NULL, AS_ENUM_NONE, NULL, false},
	{"help", OPT_HELP, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

const char *
cli_opt_value(const cli_opt *o, size_t i)
{
	if (o->list) {
		for (size_t k = 0; k < i; k++)
			if (!o->list[k])
				return NULL;
		return o->list[i];
	}
	return o->names != AS_ENUM_NONE ? as_enum_name(o->names, i) : NULL;
}

char *
cli_opt_values(const cli_opt *o)
{
	strbuf b;
	sb_init(&b);
	const char *v;
	for (size_t i = 0; (v = cli_opt_value(o, i)); i++)
		sb_addf(&b, "%s%s", i ? ", " : "", v);
	return b.s ? b.s : xstrdup("");
}

static bool
has_values(const cli_opt *o)
{
	return cli_opt_value(o, 0) != NULL;
}

static bool
allowed(const cli_opt *o, const char *value)
{
	const char *v;
	for (size_t i = 0; (v = cli_opt_value(o, i)); i++)
		if (!strcmp(v, value))
			return true;
	return false;
}

const cli_opt *
cli_find_opt(const char *cmd, int key)
{
	for (const cli_opt *o = cli_command_opts(cmd); o && o->name; o++)
		if (o->key == key)
			return o;
	return NULL;
}

int
cli_bad_value(const char *cmd, int key, const char *value)
{
	const cli_opt *o = cli_find_opt(cmd, key);
	if (!o)
		return EXIT_TROUBLE; /* key comes from cmd's own table */
	char *list = cli_opt_values(o);
	cli_err(_("invalid --%s \"%s\" (allowed: %s)"), o->name, value, list);
	free(list);
	return EXIT_TROUBLE;
}

const char *
cli_value(const cli_args *a, int key)
{
	const char *v = NULL;
	for (size_t i = 0; i < a->nopt; i++)
		if (a->opt[i].key == key)
			v = a->opt[i].value;
	return v;
}

bool
cli_given(const cli_args *a, int key)
{
	for (size_t i = 0; i < a->nopt; i++)
		if (a->opt[i].key == key)
			return true;
	return false;
}

static void
add_long(struct option *l, size_t *n, const cli_opt *o)
{
	l[*n].name = o->name;
	l[*n].has_arg = o->arg ? required_argument : no_argument;
	l[*n].flag = NULL;
	l[*n].val = o->key;
	(*n)++;
}

/* getopt_long's two descriptions of the table, the common options added. */
static struct option *
build(const cli_opt *table, char **shorts)
{
	size_t n = 0, ns = 0, cap = sizeof common / sizeof common[0] + 1;
	for (const cli_opt *o = table; o->name; o++)
		cap++;
	struct option *l = xcalloc(cap, sizeof *l);
	char *s = xcalloc(2 * cap + 1, 1);
	for (const cli_opt *o = table; o->name; o++) {
		add_long(l, &n, o);
		if (o->key < 256) {
			s[ns++] = (char)o->key;
			if (o->arg)
				s[ns++] = ':';
		}
	}
	for (size_t i = 0; i < sizeof common / sizeof common[0]; i++)
		add_long(l, &n, &common[i]);
	*shorts = s;
	return l;
}

/* One option as getopt returned it: the common ones acted on, the
 * others checked and recorded.  -1 to go on, else the exit status. */
static int
take(cli_ctx *c, const char *cmd, const cli_opt *table, int o, cli_args *out)
{
	if (o == OPT_HELP)
		return cli_help(cmd, stdout);
	if (o == OPT_KB)
		return cli_add_kb(c, optarg) ? EXIT_TROUBLE : -1;
	if (o == OPT_FORCE) {
		c->force = true;
		return -1;
	}
	const cli_opt *row = NULL;
	for (const cli_opt *t = table; t->name && !row; t++)
		if (t->key == o)
			row = t;
	if (!row)
		return cli_usage_error(cmd);
	if (row->arg && has_values(row) && !row->late_check && !allowed(row, optarg))
		return cli_bad_value(cmd, o, optarg);
	out->opt[out->nopt].key = o;
	out->opt[out->nopt++].value = row->arg ? optarg : NULL;
	return -1;
}

int
cli_parse(cli_ctx *c, const char *cmd, const cli_opt *table, int argc, char **argv, cli_args *out)
{
	char *shorts;
	struct option *longs = build(table, &shorts);
	int o, rc = -1;
	memset(out, 0, sizeof *out);
	out->cmd = cmd;
	out->opt = xcalloc((size_t)argc, sizeof *out->opt);
	optind = 0; /* glibc: full reinitialisation for the sub-parse */
	while (rc < 0 && (o = cli_getopt(argc, argv, shorts, longs)) != -1)
		rc = take(c, cmd, table, o, out);
	if (rc < 0) {
		out->pos = argv + optind;
		out->npos = (size_t)(argc - optind);
	}
	free(shorts);
	free(longs);
	return rc;
}

void
cli_args_free(cli_args *a)
{
	free(a->opt);
	a->opt = NULL;
	a->nopt = 0;
}

static void
print_opt(FILE *f, const cli_opt *o)
{
	char *left = o->key < 256 ? xasprintf("  -%c, --%s", o->key, o->name) : xasprintf("      --%s", o->name);
	if (o->arg) {
		char *l = xasprintf("%s %s", left, o->arg);
		free(left);
		left = l;
	}
	int w = out_width(left);
	fputs(left, f);
	fprintf(f, "%*s", w < HELP_COL ? HELP_COL - w : 1, "");
	free(left);
	char *values = cli_opt_values(o), *text;
	const char *h = o->help && *o->help ? _(o->help) : "", *at = strstr(h, "%s");
	if (!*values)
		text = xstrdup(h);
	else if (at)
		text = xasprintf("%.*s%s%s", (int)(at - h), h, values, at + 2);
	else
		text = *h ? xasprintf("%s: %s", h, values) : xstrdup(values);
	out_wrap_cont(f, text, w < HELP_COL ? HELP_COL : w + 1, HELP_COL, HELP_WIDTH);
	free(text);
	free(values);
}

void
cli_print_opts(FILE *f, const cli_opt *table)
{
	for (const cli_opt *o = table; o && o->name; o++)
		print_opt(f, o);
}
