/* cli.c - what every command shares: messages, the knowledge base,
 * loading, locking and saving, and the command table that dispatches to
 * the cli_*.c files (one per group of commands).  Data goes to stdout,
 * messages to stderr; exit 0 success, 1 findings or invalid input, 2 usage
 * or I/O trouble. */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "core/embedded.h"
#include "core/guard.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/store.h"

void
cli_err(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *m = xvasprintf(fmt, ap);
	va_end(ap);
	/* Arguments and file text reach the terminal only through the
	 * sanitizer: an ID holding an escape sequence is shown, not obeyed. */
	char *s = sanitize(m, true);
	fprintf(stderr, "siamwiz: %s\n", s);
	free(s);
	free(m);
}

void
cli_set_language(const char *lang)
{
	/* gettext reads LANGUAGE only under a real locale; C.UTF-8 will do. */
	setenv("LANGUAGE", lang, 1);
	const char *cur = setlocale(LC_MESSAGES, NULL);
	if (!cur || !strcmp(cur, "C") || !strcmp(cur, "POSIX"))
		setlocale(LC_MESSAGES, "C.UTF-8");
	else
		setlocale(LC_MESSAGES, ""); /* also drops gettext's cached catalogs */
	kb_set_lang(lang);
}

int
cli_add_kb(cli_ctx *c, const char *path)
{
	if (c->nkb == sizeof c->kb_files / sizeof c->kb_files[0]) {
		cli_err(_("too many --kb files"));
		return -1;
	}
	c->kb_files[c->nkb++] = path;
	return 0;
}

void
cli_print_diags(const diag_list *d)
{
	if (!d->n)
		return;
	char *s = diag_format(d);
	char *t = sanitize(s, true);
	fprintf(stderr, "%s\n", t);
	free(t);
	free(s);
}

kb *
cli_kb(cli_ctx *c)
{
	if (c->kb)
		return c->kb;
	diag_list d;
	diag_init(&d, NULL);
	c->kb = c->nkb ? kb_load_files(c->kb_files, c->nkb, &d) : kb_load_builtin(&d);
	cli_print_diags(&d);
	if (!c->kb)
		cli_err(c->nkb ? _("the knowledge base given with --kb cannot be used")
			       : _("internal error: the built-in knowledge base does not load"));
	diag_free(&d);
	return c->kb;
}

/* Load an assessment; on failure print why and return NULL with *rc set. */
assessment *
cli_load(cli_ctx *c, const char *path, int *rc)
{
	kb *k = cli_kb(c);
	if (!k) {
		*rc = EXIT_TROUBLE;
		return NULL;
	}
	diag_list d;
	diag_init(&d, path);
	assessment *a = store_load(path, k, &d, NULL);
	int e = errno;
	cli_print_diags(&d);
	/* An unreadable file is trouble; an unacceptable one (bad content, too
	 * large, not a regular file) is a finding about that file. */
	*rc = a ? EXIT_OK : (e && e != EFBIG && e != EINVAL && e != EISDIR) ? EXIT_TROUBLE : EXIT_FINDINGS;
	diag_free(&d);
	return a;
}

/* How long a writing command waits for a lock held by someone else. */
#define LOCK_WAIT_MS 5000

assessment *
cli_load_for_edit(cli_ctx *c, const char *path, int *rc)
{
	guard_lock who;
	char *err = NULL;
	int waited = 0, t;
	while ((t = guard_lock_take(path, &who, &err)) == 1 && waited < LOCK_WAIT_MS) {
		struct timespec ts = {0, 20 * 1000000L};
		nanosleep(&ts, NULL);
		waited += 20;
	}
	if (t < 0) {
		char *s = sanitize(err, false);
		cli_err(_("%s: not changed: %s"), path, s);
		free(s);
		free(err);
		*rc = EXIT_TROUBLE;
		return NULL;
	}
	if (t == 1) {
		char *u = sanitize(who.user, false), *h = sanitize(who.host, false);
		cli_err(_("%s: not changed: the file is being edited by %s on %s (process %ld); try again when "
			  "it is closed"),
			path, u, h, who.pid);
		free(u);
		free(h);
		*rc = EXIT_TROUBLE;
		return NULL;
	}
	free(c->locked);
	c->locked = xstrdup(path);
	assessment *a = cli_load(c, path, rc);
	if (!a)
		cli_unlock(c);
	return a;
}

void
cli_unlock(cli_ctx *c)
{
	if (!c->locked)
		return;
	guard_lock_release(c->locked);
	free(c->locked);
	c->locked = NULL;
}

assessment *
cli_load_demo(cli_ctx *c)
{
	kb *k = cli_kb(c);
	const embedded_file *f = embedded_find("demo/demo.siam.xml");
	if (!k || !f)
		return NULL;
	diag_list d;
	diag_init(&d, "demo.siam.xml");
	assessment *a = store_parse((const char *)f->data, f->len, k, &d);
	cli_print_diags(&d);
	diag_free(&d);
	return a;
}

int
cli_save(cli_ctx *c, assessment *a, const char *path)
{
	char *err = NULL;
	fileio_target t;
	unsigned long links = 0;
	if (fileio_probe(path, &t, &err) == 0) {
		links = t.links;
		fileio_target_free(&t);
	} else {
		free(err);
		err = NULL;
	}
	if (store_save(a, path, c->force ? FILEIO_FORCE : 0, &err) != 0) {
		if (errno == EACCES && !c->force)
			cli_err(_("%s: not saved: %s; use --force to replace it anyway (the file on disk is "
				  "unchanged)"),
				path, err);
		else
			cli_err(_("%s: not saved: %s (the file on disk is unchanged)"), path, err);
		free(err);
		return EXIT_TROUBLE;
	}
	if (links > 1)
		cli_err(P_("note: %s had %lu other hard link; it keeps the old content",
			   "note: %s had %lu other hard links; they keep the old content", links - 1),
			path, links - 1);
	return EXIT_OK;
}

/* Load FILE for a change, let edit make it, and save only if it
 * succeeded: a refused change leaves the file as it was. */
int
cli_edit(cli_ctx *c, const char *path, int (*edit)(assessment *, const cli_args *, char **), const cli_args *args)
{
	int rc;
	assessment *a = cli_load_for_edit(c, path, &rc);
	if (!a)
		return rc;
	char *err = NULL;
	if (edit(a, args, &err) != 0) {
		cli_err("%s", err);
		cli_err(_("%s: nothing was changed"), path);
		rc = EXIT_FINDINGS;
	} else if (a->changes) {
		rc = cli_save(c, a, path);
	}
	free(err);
	assess_free(&a);
	return rc;
}

/* Each command: name, what runs it, its options, the number of operands
 * it takes (max -1: any number), usage line, one-line purpose, and notes
 * printed after the options. */
typedef struct command {
	const char *name;
	int (*run)(cli_ctx *, const cli_args *);
	const cli_opt *opts;
	int minpos, maxpos;
	const char *usage;
	const char *summary;
	const char *notes;
} command;

static const command *find_command(const char *name);

int
cli_help(const char *name, FILE *f)
{
	const command *cmd = find_command(name);
	if (!cmd)
		return EXIT_TROUBLE; /* callers name only commands of the table */
	fprintf(f, _("Usage: siamwiz %s\n"), cmd->usage);
	fprintf(f, "%s\n", _(cmd->summary));
	if (cmd->opts->name) {
		fputc('\n', f);
		cli_print_opts(f, cmd->opts);
	}
	if (cmd->notes)
		fprintf(f, "\n%s", _(cmd->notes));
	return EXIT_OK;
}

int
cli_action(const cli_args *args, const char *const *actions)
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

int
cli_usage_error(const char *name)
{
	const command *cmd = find_command(name);
	if (!cmd)
		return EXIT_TROUBLE;
	fprintf(stderr, _("Usage: siamwiz %s\n"), cmd->usage);
	fprintf(stderr, _("Try 'siamwiz %s --help' for more information.\n"), name);
	return EXIT_TROUBLE;
}

/* ---- dispatch ---- */

static const command commands[] = {
	{"new", cli_new_cmd, cli_new_opts, 1, 1,
	 N_("new FILE [--org NAME] [--assessor NAME] [--model M] [--start S] [--date D] [--scope TEXT] [--force]"),
	 N_("Create an assessment file (refuses to replace an existing one without --force)."), NULL},
	{"validate", cli_validate_cmd, cli_validate_opts, 1, -1, N_("validate [--quiet] FILE..."),
	 N_("Check assessment files: format, schema and consistency.\n"
	    "Exit status: 0 all valid, 1 some invalid, 2 usage or I/O error."),
	 NULL},
	{"set", cli_set_cmd, cli_set_opts, 2, 2, N_("set FILE ITEM-ID [OPTION]..."),
	 N_("Record the assessment of one roadmap item.  Either every change applies or none does."), NULL},
	{"provider", cli_provider_cmd, cli_provider_opts, 3, 4,
	 N_("provider add|remove FILE NAME [--internal|--external] [--services TEXT] [--criticality low|medium|high] "
	    "| provider rename FILE OLD NEW"),
	 N_("Add, rename or remove a service provider of the register.\n"
	    "A rename reaches every item and role holder naming the provider; a provider that an item\n"
	    "still names cannot be removed."),
	 NULL},
	{"structure", cli_structure_cmd, cli_structure_opts, 3, 3,
	 N_("structure add FILE NAME --kind K [--layers L,...] [--purpose TEXT] | "
	    "structure edit FILE NAME [--name NEW] [--kind K] [--layers L,...] [--purpose TEXT] | "
	    "structure remove FILE NAME"),
	 N_("Add, edit or remove a structural element: a board, process forum or working group.\n"
	    "Each records the layers taking part in it and what it is for."),
	 NULL},
	{"role", cli_role_cmd, cli_role_opts, 3, 3,
	 N_("role set FILE ROLE [--accountable PARTY]... [--responsible PARTY]... [--consulted PARTY]... "
	    "[--informed PARTY]..."),
	 N_("Record who holds a role of the SIAM model (the role IDs: siamwiz kb list).\n"
	    "Each kind given replaces the holders of that kind; the others are kept."),
	 NULL},
	{"process", cli_process_cmd, cli_process_opts, 3, 3,
	 N_("process set FILE PROCESS [--accountable L,...] [--responsible L,...] [--consulted L,...] "
	    "[--informed L,...]"),
	 N_("Allocate a process to the layers that are accountable, responsible, consulted, informed.\n"
	    "Each kind given replaces the layers of that kind; the others are kept."),
	 NULL},
	{"profile", cli_profile_cmd, cli_profile_opts, 1, 1,
	 N_("profile FILE [--org NAME] [--assessor NAME] [--date D] [--model M] [--start S] [--scope TEXT] "
	    "[--separation TEXT]"),
	 N_("Show the engagement profile, or change it with options."), NULL},
	{"summary", cli_summary_cmd, cli_summary_opts, 1, 1, N_("summary FILE"),
	 N_("Print the profile and the progress through the four roadmap stages."), NULL},
	{"gaps", cli_gaps_cmd, cli_gaps_opts, 1, 1,
	 N_("gaps FILE [--format text|csv|json] [--clause ID] [--stage N] [--all] [--fail-on WHAT]"),
	 N_("List the ISO/IEC 20000-1 clauses with a gap or partly covered, with the reasons.\n"
	    "Exit status: 0 below the --fail-on threshold, 1 at or above it, 2 usage or I/O error."),
	 NULL},
	{"judge", cli_judge_cmd, cli_judge_opts, 2, 2,
	 N_("judge FILE CLAUSE --verdict V --statement TEXT [--requirement TEXT] [--evidence TEXT] [--date D] "
	    "[--assessor NAME] | judge FILE CLAUSE --clear"),
	 N_("Record the assessor's verdict on a clause beside the computed status, or clear it.\n"
	    "A nonconformity or an opportunity for improvement needs a statement."),
	 NULL},
	{"checkpoint", cli_checkpoint_cmd, cli_checkpoint_opts, 1, 2,
	 N_("checkpoint FILE STAGE --decision proceed|repeat|return [--return-to N] [--date D] "
	    "[--participants \"A;B\"] [--add-participants] [--risks TEXT] [--issues TEXT] [--note TEXT] | "
	    "checkpoint FILE [STAGE] --list"),
	 N_("Record the checkpoint that closes a roadmap stage, or list those held.\n"
	    "The room decides to proceed, to repeat the stage or to return to an earlier one; those\n"
	    "present must be in the participants register unless --add-participants is given."),
	 NULL},
	{"participant", cli_participant_cmd, cli_participant_opts, 2, 3,
	 N_("participant add|edit|remove FILE NAME [--organization O] [--layer L] [--role R] [--name NEW] | "
	    "participant list FILE"),
	 N_("Add, edit, remove or list the participants of the workshops.\n"
	    "A new name reaches every checkpoint; someone present at a checkpoint cannot be removed."),
	 NULL},
	{"timebox", cli_timebox_cmd, cli_timebox_opts, 3, 3, N_("timebox FILE STAGE MINUTES"),
	 N_("Plan the minutes of a roadmap stage (0 clears the timebox; at most a day)."), NULL},
	{"report", cli_report_cmd, cli_report_opts, 1, 1,
	 N_("report FILE --format html|csv|md|json|xlsx [-o OUT] [--title TEXT] [--lang LANG] [--table T] "
	    "[--report-id ID] [--classification TEXT] [--reviewed-by NAME] ..."),
	 N_("Write the gap report: sign-off, objectives and limits, summary, profile, clause by clause,\n"
	    "documented information, rule findings, nonconformities, action plan and the items with their\n"
	    "evidence.  A CSV holds one of these tables.  Written to standard output unless -o is given."),
	 NULL},
	{"kb", cli_kb_cmd, cli_kb_opts, 0, -1,
	 N_("kb list [--format text|tsv] | kb show ID | kb check [FILE...] | kb export --format csv|md"),
	 N_("Browse, check and export the knowledge base."),
	 N_("  list    every stage, item, clause, documented information and reference entry\n"
	    "          (tsv: ID<TAB>KIND<TAB>TITLE)\n"
	    "  show    one element with everything linked to it\n"
	    "  check   lint a knowledge base (the built-in one, --kb, or FILE...); exit 1 on\n"
	    "          problems, with coverage figures\n"
	    "  export  the item-to-clause mapping as CSV (RFC 4180) or a Markdown table\n")},
};

static const command *
find_command(const char *name)
{
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

int
cli_is_command(const char *name)
{
	return find_command(name) != NULL;
}

void
cli_usage(FILE *f)
{
	fputs(_("Usage: siamwiz [OPTION]... [FILE]\n"
		"       siamwiz [OPTION]... COMMAND [ARG]...\n"
		"Assess SIAM adoption against ISO/IEC 20000-1 along the four roadmap stages.\n\n"),
	      f);
	fputs(_("Commands:\n"), f);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		const char *s = _(commands[i].summary);
		size_t l = strcspn(s, "\n");
		fprintf(f, "  %-11s %.*s\n", commands[i].name, (int)l, s);
	}
	fputs(_("\nOptions:\n"
		"      --demo       open the bundled demo assessment (read-only)\n"
		"      --kb FILE    use FILE as the knowledge base (repeatable, replaces the built-in one)\n"
		"  -h, --help       show this help and exit\n"
		"  -V, --version    show the version and exit\n\n"
		"Run 'siamwiz COMMAND --help' for the options of a command.\n"
		"Exit status: 0 success, 1 findings or invalid input, 2 usage or I/O error.\n"),
	      f);
}

const cli_opt *
cli_command_opts(const char *name)
{
	const command *cmd = find_command(name);
	return cmd ? cmd->opts : NULL;
}

void
cli_dump_opts(FILE *f)
{
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		for (const cli_opt *o = commands[i].opts; o->name; o++) {
			fprintf(f, "%s\t--%s\t", commands[i].name, o->name);
			if (o->key < 256)
				fprintf(f, "-%c", o->key);
			fprintf(f, "\t%s\t", o->arg ? o->arg : "");
			const char *v;
			for (size_t k = 0; (v = cli_opt_value(o, k)); k++)
				fprintf(f, "%s%s", k ? " " : "", v);
			fputc('\n', f);
		}
}

int
cli_run(cli_ctx *c, int argc, char **argv)
{
	const command *cmd = find_command(argv[0]);
	if (!cmd)
		return EXIT_TROUBLE; /* main checks cli_is_command first */
	cli_args args;
	int rc = cli_parse(c, cmd->name, cmd->opts, argc, argv, &args);
	if (rc < 0) {
		if (args.npos < (size_t)cmd->minpos || (cmd->maxpos >= 0 && args.npos > (size_t)cmd->maxpos))
			rc = cli_usage_error(cmd->name);
		else
			rc = cmd->run(c, &args);
	}
	cli_args_free(&args);
	return rc;
}
