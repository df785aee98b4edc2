/* cli.c - subcommands over the core: new, validate, set, provider,
 * profile, summary; "kb ..." lives in cli_kb.c.  Data goes to stdout,
 * messages to stderr; exit 0 success, 1 findings or invalid input, 2 usage
 * or I/O trouble. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "core/embedded.h"
#include "core/guard.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/store.h"
#include "out.h"

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

void
cli_set_language(const char *lang)
{
	/* gettext reads LANGUAGE only under a real locale; C.UTF-8 will do. */
	setenv("LANGUAGE", lang, 1);
	const char *cur = setlocale(LC_MESSAGES, NULL);
	if (!cur || !strcmp(cur, "C") || !strcmp(cur, "POSIX"))
		setlocale(LC_MESSAGES, "C.UTF-8");
	else
		setlocale(LC_MESSAGES, "");	/* also drops gettext's cached catalogs */
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
			  "it is closed"), path, u, h, who.pid);
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
				  "unchanged)"), path, err);
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

static int
bad_value(const char *opt, const char *value, const char *allowed)
{
	cli_err(_("invalid %s \"%s\" (allowed: %s)"), opt, value, allowed);
	return EXIT_TROUBLE;
}

/* Each command: name, usage line, one-line purpose, and its options. */
typedef struct command {
	const char *name;
	int (*run)(cli_ctx *, int, char **);
	const char *usage;
	const char *summary;
	const char *options;
} command;

static const command *find_command(const char *name);

int
cli_help(const char *name, FILE *f)
{
	const command *cmd = find_command(name);
	fprintf(f, _("Usage: siamwiz %s\n"), cmd->usage);
	fprintf(f, "%s\n", _(cmd->summary));
	if (cmd->options && *cmd->options)
		fprintf(f, "\n%s", _(cmd->options));
	return EXIT_OK;
}

int
cli_usage_error(const char *name)
{
	const command *cmd = find_command(name);
	fprintf(stderr, _("Usage: siamwiz %s\n"), cmd->usage);
	fprintf(stderr, _("Try 'siamwiz %s --help' for more information.\n"), name);
	return EXIT_TROUBLE;
}

#define OPT_HELP 1000
#define OPT_KB 1001

/* ---- new ---- */

static int
cmd_new(cli_ctx *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"org", required_argument, NULL, 'o'},
		{"assessor", required_argument, NULL, 'a'},
		{"model", required_argument, NULL, 'm'},
		{"start", required_argument, NULL, 's'},
		{"date", required_argument, NULL, 'd'},
		{"scope", required_argument, NULL, 'S'},
		{"force", no_argument, NULL, 'f'},
		{"kb", required_argument, NULL, OPT_KB},
		{"help", no_argument, NULL, OPT_HELP},
		{NULL, 0, NULL, 0},
	};
	const char *org = NULL, *assessor = NULL, *model = NULL, *start = NULL, *date = NULL, *scope = NULL;
	int force = 0, o;
	while ((o = cli_getopt(argc, argv, "o:a:m:s:d:S:f", opts)) != -1) {
		switch (o) {
		case 'o': org = optarg; break;
		case 'a': assessor = optarg; break;
		case 'm': model = optarg; break;
		case 's': start = optarg; break;
		case 'd': date = optarg; break;
		case 'S': scope = optarg; break;
		case 'f': force = 1; break;
		case OPT_KB: if (cli_add_kb(c, optarg)) return EXIT_TROUBLE; break;
		case OPT_HELP: return cli_help("new", stdout);
		default: return cli_usage_error("new");
		}
	}
	if (argc - optind != 1)
		return cli_usage_error("new");
	const char *path = argv[optind];
	struct stat st;
	if (!force && stat(path, &st) == 0) {
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
	if (!assessor)
		assessor = c->set.assessor;	/* the user's default, if any */
	if (assess_set_organization(a, org, &err) ||
	    assess_set_text(a, &a->assessor, assessor, &err) ||
	    assess_set_text(a, &a->scope, scope, &err) ||
	    assess_set_date(a, a->date, date ? date : today, &err)) {
		cli_err("%s", err);
		rc = EXIT_TROUBLE;
		goto out;
	}
	if (model) {
		int m = as_parse_model(model);
		if (m < 0) {
			rc = bad_value("--model", model, "internal, external, hybrid, lead-supplier");
			goto out;
		}
		assess_set_model(a, (as_model)m);
	}
	if (start) {
		int s = as_parse_start(start);
		if (s < 0) {
			rc = bad_value("--start", start, "existing-sms, existing-siam, concurrent");
			goto out;
		}
		assess_set_start(a, (as_start)s);
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

static int
cmd_validate(cli_ctx *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"quiet", no_argument, NULL, 'q'},
		{"kb", required_argument, NULL, OPT_KB},
		{"help", no_argument, NULL, OPT_HELP},
		{NULL, 0, NULL, 0},
	};
	int quiet = 0, o, rc = EXIT_OK;
	while ((o = cli_getopt(argc, argv, "q", opts)) != -1) {
		switch (o) {
		case 'q': quiet = 1; break;
		case OPT_KB: if (cli_add_kb(c, optarg)) return EXIT_TROUBLE; break;
		case OPT_HELP: return cli_help("validate", stdout);
		default: return cli_usage_error("validate");
		}
	}
	if (optind >= argc)
		return cli_usage_error("validate");
	if (!cli_kb(c))
		return EXIT_TROUBLE;
	for (int i = optind; i < argc; i++) {
		int one;
		assessment *a = cli_load(c, argv[i], &one);
		if (a && !quiet) {
			char *name = sanitize(argv[i], false);
			printf(_("%s: valid\n"), name);
			free(name);
		}
		assess_free(&a);
		if (one > rc)
			rc = one;
	}
	return rc;
}

/* ---- set ---- */

typedef struct op {
	int code;
	const char *arg;
} op;

static int
cmd_set(cli_ctx *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"result", required_argument, NULL, 'r'},
		{"status", required_argument, NULL, 's'},
		{"owner", required_argument, NULL, 'o'},
		{"layer", required_argument, NULL, 'l'},
		{"provider", required_argument, NULL, 'p'},
		{"clear-providers", no_argument, NULL, 'P'},
		{"evidence", required_argument, NULL, 'e'},
		{"location", required_argument, NULL, 'L'},
		{"clear-evidence", no_argument, NULL, 'E'},
		{"note", required_argument, NULL, 'n'},
		{"due", required_argument, NULL, 'd'},
		{"justification", required_argument, NULL, 'j'},
		{"evidence-date", required_argument, NULL, 'D'},
		{"reviewer", required_argument, NULL, 'R'},
		{"kb", required_argument, NULL, OPT_KB},
		{"force", no_argument, NULL, CLI_OPT_FORCE},
		{"help", no_argument, NULL, OPT_HELP},
		{NULL, 0, NULL, 0},
	};
	op *ops = xcalloc((size_t)argc, sizeof *ops);
	size_t nops = 0;
	int o, rc = EXIT_OK;
	assessment *a = NULL;
	char *err = NULL;

	while ((o = cli_getopt(argc, argv, "r:s:o:l:p:e:L:n:d:j:", opts)) != -1) {
		switch (o) {
		case OPT_KB:
			if (cli_add_kb(c, optarg)) {
				rc = EXIT_TROUBLE;
				goto out;
			}
			break;
		case CLI_OPT_FORCE:
			c->force = true;
			break;
		case OPT_HELP:
			rc = cli_help("set", stdout);
			goto out;
		case '?':
			rc = cli_usage_error("set");
			goto out;
		default:
			ops[nops].code = o;
			ops[nops++].arg = optarg;
		}
	}
	if (argc - optind != 2) {
		rc = cli_usage_error("set");
		goto out;
	}
	const char *path = argv[optind], *ref = argv[optind + 1];
	if (nops == 0) {
		cli_err(_("nothing to set: give at least one of --result, --status, --owner, --layer, "
			  "--provider, --evidence, --note, --due, --justification"));
		rc = cli_usage_error("set");
		goto out;
	}
	if (!(a = cli_load_for_edit(c, path, &rc)))
		goto out;
	as_item *it = assess_item(a, ref, &err);
	if (!it) {
		cli_err("%s", err);
		rc = EXIT_FINDINGS;
		goto out;
	}
	as_evidence *last_ev = NULL;
	for (size_t i = 0; i < nops && rc == EXIT_OK; i++) {
		const char *v = ops[i].arg;
		int n;
		switch (ops[i].code) {
		case 'r':
			if ((n = as_parse_result(v)) < 0)
				rc = bad_value("--result", v, "not-assessed, missing, partial, in-place, not-applicable");
			else
				assess_set_result(a, it, (as_result)n, &err);
			break;
		case 's':
			if ((n = as_parse_status(v)) < 0)
				rc = bad_value("--status", v, "todo, in-progress, review, done");
			else
				assess_set_status(a, it, (as_status)n);
			break;
		case 'o':
			rc = assess_set_text(a, &it->owner, v, &err) ? EXIT_FINDINGS : EXIT_OK;
			break;
		case 'l':
			rc = assess_set_layer(a, it, v, &err) ? EXIT_FINDINGS : EXIT_OK;
			break;
		case 'p':
			rc = assess_add_item_provider(a, it, v, &err) ? EXIT_FINDINGS : EXIT_OK;
			break;
		case 'P':
			assess_clear_item_providers(a, it);
			break;
		case 'e':
			rc = assess_add_evidence(a, it, v, NULL, &err) ? EXIT_FINDINGS : EXIT_OK;
			last_ev = rc == EXIT_OK ? &it->evidence[it->nevidence - 1] : NULL;
			break;
		case 'L':
			if (!last_ev) {
				cli_err(_("--location must follow the --evidence it belongs to"));
				rc = EXIT_TROUBLE;
			} else {
				size_t idx = (size_t)(last_ev - it->evidence);
				rc = assess_set_evidence(a, it, idx, last_ev->text, v, &err) ? EXIT_FINDINGS : EXIT_OK;
			}
			break;
		case 'D':
		case 'R':
			if (!last_ev) {
				cli_err(_("%s must follow the --evidence it belongs to"),
					ops[i].code == 'D' ? "--evidence-date" : "--reviewer");
				rc = EXIT_TROUBLE;
			} else {
				size_t idx = (size_t)(last_ev - it->evidence);
				const char *date = ops[i].code == 'D' ? v : last_ev->date;
				const char *who = ops[i].code == 'R' ? v : last_ev->reviewer;
				char *keep = who ? xstrdup(who) : NULL;
				rc = assess_set_evidence_review(a, it, idx, date, keep, &err) ? EXIT_FINDINGS : EXIT_OK;
				free(keep);
			}
			break;
		case 'E':
			while (it->nevidence)
				assess_remove_evidence(a, it, it->nevidence - 1);
			last_ev = NULL;
			break;
		case 'n':
			rc = assess_set_text(a, &it->notes, v, &err) ? EXIT_FINDINGS : EXIT_OK;
			break;
		case 'd':
			rc = assess_set_date(a, it->due, v, &err) ? EXIT_FINDINGS : EXIT_OK;
			break;
		case 'j':
			rc = assess_set_text(a, &it->justification, v, &err) ? EXIT_FINDINGS : EXIT_OK;
			break;
		}
	}
	if (rc == EXIT_OK && assess_item_check(it, &err) != 0)
		rc = EXIT_FINDINGS;
	if (rc != EXIT_OK) {
		if (err)
			cli_err("%s", err);
		cli_err(_("%s: nothing was changed"), path);
		goto out;
	}
	if (a->changes)
		rc = cli_save(c, a, path);
out:
	free(err);
	free(ops);
	assess_free(&a);
	return rc;
}

/* ---- provider ---- */

static int
cmd_provider(cli_ctx *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"internal", no_argument, NULL, 'i'},
		{"external", no_argument, NULL, 'x'},
		{"services", required_argument, NULL, 's'},
		{"criticality", required_argument, NULL, 'c'},
		{"kb", required_argument, NULL, OPT_KB},
		{"force", no_argument, NULL, CLI_OPT_FORCE},
		{"help", no_argument, NULL, OPT_HELP},
		{NULL, 0, NULL, 0},
	};
	int type = -1, o, rc;
	const char *services = NULL, *crit = NULL;
	char *err = NULL;
	while ((o = cli_getopt(argc, argv, "ixs:c:", opts)) != -1) {
		switch (o) {
		case 'i': type = 1; break;
		case 'x': type = 0; break;
		case 's': services = optarg; break;
		case 'c': crit = optarg; break;
		case OPT_KB: if (cli_add_kb(c, optarg)) return EXIT_TROUBLE; break;
		case CLI_OPT_FORCE: c->force = true; break;
		case OPT_HELP: return cli_help("provider", stdout);
		default: return cli_usage_error("provider");
		}
	}
	if (argc - optind != 3)
		return cli_usage_error("provider");
	const char *action = argv[optind], *path = argv[optind + 1], *name = argv[optind + 2];
	int add = !strcmp(action, "add");
	if (!add && strcmp(action, "remove") != 0) {
		cli_err(_("unknown provider action \"%s\" (use add or remove)"), action);
		return cli_usage_error("provider");
	}
	int cv = CRIT_NONE;
	if (add) {
		if (type < 0) {
			cli_err(_("say whether the service provider is --internal or --external"));
			return cli_usage_error("provider");
		}
		if (crit && (cv = as_parse_criticality(crit)) <= 0)
			return bad_value("--criticality", crit, "high, medium, low");
	} else if (type >= 0 || services || crit) {
		cli_err(_("provider remove takes no options besides --kb"));
		return cli_usage_error("provider");
	}
	assessment *a = cli_load_for_edit(c, path, &rc);
	if (!a)
		return rc;
	if (add ? assess_provider_add(a, name, type == 1, (as_criticality)cv, services, &err)
		: assess_provider_remove(a, name, &err)) {
		cli_err("%s", err);
		cli_err(_("%s: nothing was changed"), path);
		rc = EXIT_FINDINGS;
	} else {
		rc = cli_save(c, a, path);
	}
	free(err);
	assess_free(&a);
	return rc;
}

/* ---- profile ---- */

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
	if (a->nstructures)
		printf(P_("Structural elements: %zu\n", "Structural elements: %zu\n", a->nstructures),
		       a->nstructures);
}

static int
cmd_profile(cli_ctx *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"org", required_argument, NULL, 'o'},
		{"assessor", required_argument, NULL, 'a'},
		{"date", required_argument, NULL, 'd'},
		{"model", required_argument, NULL, 'm'},
		{"start", required_argument, NULL, 's'},
		{"scope", required_argument, NULL, 'S'},
		{"separation", required_argument, NULL, 'p'},
		{"force", no_argument, NULL, CLI_OPT_FORCE},
		{"kb", required_argument, NULL, OPT_KB},
		{"help", no_argument, NULL, OPT_HELP},
		{NULL, 0, NULL, 0},
	};
	op ops[16];
	size_t nops = 0;
	int o, rc;
	while ((o = cli_getopt(argc, argv, "o:a:d:m:s:S:p:", opts)) != -1) {
		switch (o) {
		case OPT_KB: if (cli_add_kb(c, optarg)) return EXIT_TROUBLE; break;
		case CLI_OPT_FORCE: c->force = true; break;
		case OPT_HELP: return cli_help("profile", stdout);
		case '?': return cli_usage_error("profile");
		default:
			if (nops == 16)
				return cli_usage_error("profile");
			ops[nops].code = o;
			ops[nops++].arg = optarg;
		}
	}
	if (argc - optind != 1)
		return cli_usage_error("profile");
	const char *path = argv[optind];
	/* Showing needs no lock; changing takes it. */
	assessment *a = nops ? cli_load_for_edit(c, path, &rc) : cli_load(c, path, &rc);
	if (!a)
		return rc;
	char *err = NULL;
	for (size_t i = 0; i < nops && rc == EXIT_OK; i++) {
		const char *v = ops[i].arg;
		int n;
		switch (ops[i].code) {
		case 'o': rc = assess_set_organization(a, v, &err) ? EXIT_FINDINGS : EXIT_OK; break;
		case 'a': rc = assess_set_text(a, &a->assessor, v, &err) ? EXIT_FINDINGS : EXIT_OK; break;
		case 'S': rc = assess_set_text(a, &a->scope, v, &err) ? EXIT_FINDINGS : EXIT_OK; break;
		case 'p': rc = assess_set_text(a, &a->separation, v, &err) ? EXIT_FINDINGS : EXIT_OK; break;
		case 'd': rc = assess_set_date(a, a->date, v, &err) ? EXIT_FINDINGS : EXIT_OK; break;
		case 'm':
			if ((n = as_parse_model(v)) < 0)
				rc = bad_value("--model", v, "internal, external, hybrid, lead-supplier");
			else
				assess_set_model(a, (as_model)n);
			break;
		case 's':
			if ((n = as_parse_start(v)) < 0)
				rc = bad_value("--start", v, "existing-sms, existing-siam, concurrent");
			else
				assess_set_start(a, (as_start)n);
			break;
		}
	}
	if (rc != EXIT_OK) {
		if (err)
			cli_err("%s", err);
		cli_err(_("%s: nothing was changed"), path);
	} else if (nops == 0) {
		print_profile(a);
	} else if (a->changes) {
		rc = cli_save(c, a, path);
	}
	free(err);
	assess_free(&a);
	return rc;
}

/* ---- summary ---- */

void
cli_print_summary(const assessment *a, const char *name)
{
	const kb *k = a->kb;
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
		printf(_("in place %zu, partial %zu, missing %zu, n/a %zu\n"), count[RES_IN_PLACE],
		       count[RES_PARTIAL], count[RES_MISSING], count[RES_NOT_APPLICABLE]);
	}
}

static int
cmd_summary(cli_ctx *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"kb", required_argument, NULL, OPT_KB},
		{"help", no_argument, NULL, OPT_HELP},
		{NULL, 0, NULL, 0},
	};
	int o, rc;
	while ((o = cli_getopt(argc, argv, "", opts)) != -1) {
		switch (o) {
		case OPT_KB: if (cli_add_kb(c, optarg)) return EXIT_TROUBLE; break;
		case OPT_HELP: return cli_help("summary", stdout);
		default: return cli_usage_error("summary");
		}
	}
	if (argc - optind != 1)
		return cli_usage_error("summary");
	assessment *a = cli_load(c, argv[optind], &rc);
	if (!a)
		return rc;
	cli_print_summary(a, argv[optind]);
	assess_free(&a);
	return EXIT_OK;
}

/* ---- dispatch ---- */

static const command commands[] = {
	{"new", cmd_new, N_("new FILE [--org NAME] [--assessor NAME] [--model M] [--start S] [--date D] "
			    "[--scope TEXT] [--force]"),
	 N_("Create an assessment file (refuses to replace an existing one without --force)."),
	 N_("  -o, --org NAME        organization being assessed\n"
	    "  -a, --assessor NAME   who runs the assessment\n"
	    "  -m, --model M         integrator sourcing model: internal, external, hybrid, lead-supplier\n"
	    "  -s, --start S         starting point: existing-sms, existing-siam, concurrent\n"
	    "  -d, --date D          assessment date, YYYY-MM-DD (default: today)\n"
	    "  -S, --scope TEXT      scope of the assessment\n"
	    "  -f, --force           replace FILE if it exists\n")},
	{"validate", cmd_validate, N_("validate [--quiet] FILE..."),
	 N_("Check assessment files: format, schema and consistency.\n"
	    "Exit status: 0 all valid, 1 some invalid, 2 usage or I/O error."),
	 N_("  -q, --quiet           print only problems\n")},
	{"set", cmd_set, N_("set FILE ITEM-ID [OPTION]..."),
	 N_("Record the assessment of one roadmap item.  Either every change applies or none does."),
	 N_("  -r, --result R        not-assessed, missing, partial, in-place, not-applicable\n"
	    "  -s, --status S        todo, in-progress, review, done\n"
	    "  -o, --owner NAME      who owns the item\n"
	    "  -l, --layer L         responsible layer: customer, integrator, provider\n"
	    "  -p, --provider NAME   a registered service provider involved (repeatable)\n"
	    "      --clear-providers forget the providers recorded so far\n"
	    "  -e, --evidence TEXT   add an evidence reference (repeatable)\n"
	    "  -L, --location LOC    where the preceding --evidence can be found\n"
	    "      --evidence-date D when the preceding --evidence was seen, YYYY-MM-DD\n"
	    "      --reviewer NAME   who reviewed the preceding --evidence\n"
	    "      --clear-evidence  forget the evidence recorded so far\n"
	    "  -n, --note TEXT       replace the notes (an empty TEXT clears them)\n"
	    "  -d, --due DATE        target date, YYYY-MM-DD\n"
	    "  -j, --justification TEXT  why the item does not apply (needed for not-applicable)\n"
	    "      --force           replace the file even if it is read-only\n")},
	{"provider", cmd_provider, N_("provider add|remove FILE NAME [--internal|--external] "
				      "[--services TEXT] [--criticality high|medium|low]"),
	 N_("Add a service provider to the register, or remove one that no item names."),
	 N_("  -i, --internal        the provider is part of the organization\n"
	    "  -x, --external        the provider is another organization\n"
	    "  -s, --services TEXT   the services it provides\n"
	    "  -c, --criticality C   high, medium or low\n"
	    "      --force           replace the file even if it is read-only\n")},
	{"profile", cmd_profile, N_("profile FILE [--org NAME] [--assessor NAME] [--date D] [--model M] "
				    "[--start S] [--scope TEXT] [--separation TEXT]"),
	 N_("Show the engagement profile, or change it with options."),
	 N_("  -o, --org NAME        organization\n"
	    "  -a, --assessor NAME   assessor\n"
	    "  -d, --date D          assessment date, YYYY-MM-DD\n"
	    "  -m, --model M         internal, external, hybrid, lead-supplier\n"
	    "  -s, --start S         existing-sms, existing-siam, concurrent\n"
	    "  -S, --scope TEXT      scope of the assessment\n"
	    "  -p, --separation TEXT how integrator and provider duties are kept apart (lead supplier)\n"
	    "      --force           replace the file even if it is read-only\n")},
	{"summary", cmd_summary, N_("summary FILE"),
	 N_("Print the profile and the progress through the four roadmap stages."), ""},
	{"gaps", cli_gaps_cmd, N_("gaps FILE [--format text|csv|json] [--clause ID] [--stage N] [--all] "
				  "[--fail-on WHAT]"),
	 N_("List the ISO/IEC 20000-1 clauses with a gap or partly covered, with the reasons.\n"
	    "Exit status: 0 below the --fail-on threshold, 1 at or above it, 2 usage or I/O error."),
	 N_("  -f, --format F        text (default), csv or json\n"
	    "  -c, --clause ID       one clause, whatever its status, with its supporting items\n"
	    "  -s, --stage N         only clauses supported by items of stage N (1-4)\n"
	    "  -a, --all             every clause, covered and not assessed ones included\n"
	    "      --fail-on WHAT    what makes the exit status 1, comma-separated: gap (default),\n"
	    "                        partial (a gap or a partly covered clause), nc (a judged\n"
	    "                        nonconformity), finding (a rule error or warning)\n")},
	{"judge", cli_judge_cmd, N_("judge FILE CLAUSE --verdict V --statement TEXT [--requirement TEXT] "
				    "[--evidence TEXT] [--date D] [--assessor NAME] | judge FILE CLAUSE --clear"),
	 N_("Record the assessor's verdict on a clause beside the computed status, or clear it.\n"
	    "A nonconformity or an opportunity for improvement needs a statement."),
	 N_("  -v, --verdict V       conforming, ofi, minor-nc, major-nc\n"
	    "  -s, --statement TEXT  the finding: what was seen against the requirement\n"
	    "  -r, --requirement TEXT the requirement at stake\n"
	    "  -e, --evidence TEXT   the evidence examined\n"
	    "  -d, --date D          date of the judgement, YYYY-MM-DD (default: today)\n"
	    "  -a, --assessor NAME   who judged (default: the assessment's assessor)\n"
	    "      --clear           remove the judgement of CLAUSE\n"
	    "      --force           replace the file even if it is read-only\n")},
	{"report", cli_report_cmd, N_("report FILE --format html|csv|md|json [-o OUT] [--title TEXT] [--lang LANG]"),
	 N_("Write the gap report: clause by clause, documented information, rule findings, action plan\n"
	    "and the item register.  Written to standard output unless -o is given."),
	 N_("  -f, --format F        html (print-ready, self-contained), csv, md or json\n"
	    "  -o, --output OUT      write to OUT (atomically) instead of standard output\n"
	    "  -t, --title TEXT      title of the report\n"
	    "  -L, --lang LANG       language of the report (en, fr; default: the interface's)\n")},
	{"kb", cli_kb_cmd, N_("kb list [--format text|tsv] | kb show ID | kb check [FILE...] | "
			      "kb export --format csv|md"),
	 N_("Browse, check and export the knowledge base."),
	 N_("  list      every stage, item, clause, documented information and reference entry\n"
	    "  show ID   one element with everything linked to it\n"
	    "  check     lint a knowledge base (the built-in one, or FILE...)\n"
	    "  export    the item-to-clause mapping as a CSV or Markdown table\n")},
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
		"Assess SIAM adoption against ISO/IEC 20000-1 along the four roadmap stages.\n\n"), f);
	fputs(_("Commands:\n"), f);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		const char *s = _(commands[i].summary);
		size_t l = strcspn(s, "\n");
		fprintf(f, "  %-10s %.*s\n", commands[i].name, (int)l, s);
	}
	fputs(_("\nOptions:\n"
		"      --demo       open the bundled demo assessment (read-only)\n"
		"      --kb FILE    use FILE as the knowledge base (repeatable, replaces the built-in one)\n"
		"  -h, --help       show this help and exit\n"
		"  -V, --version    show the version and exit\n\n"
		"Run 'siamwiz COMMAND --help' for the options of a command.\n"
		"Exit status: 0 success, 1 findings or invalid input, 2 usage or I/O error.\n"), f);
}

int
cli_run(cli_ctx *c, int argc, char **argv)
{
	const command *cmd = find_command(argv[0]);
	optind = 0;	/* glibc: full reinitialisation for the sub-parse */
	return cmd->run(c, argc, argv);
}
