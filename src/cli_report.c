/* cli_report.c - "siamwiz report": the exporters on the command line.
 * "siamwiz gaps" is in cli_gaps.c. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "core/escape.h"
#include "core/fileio.h"
#include "core/gap.h"
#include "core/guard.h"
#include "core/i18n.h"
#include "core/report.h"
#include "core/report_model.h"
#include "core/sanitize.h"
#include "core/sha256.h"
#include "core/store.h"
#include "out.h"

/* Load FILE keeping its bytes, for the fingerprint in reports. */
assessment *
cli_load_raw(cli_ctx *c, const char *path, char hex[65], int *rc)
{
	kb *k = cli_kb(c);
	char *buf = NULL, *err = NULL;
	size_t len;
	if (!k) {
		*rc = EXIT_TROUBLE;
		return NULL;
	}
	if (fileio_read(path, STORE_MAX_FILE, &buf, &len, NULL, &err) != 0) {
		int e = errno;
		char *p = sanitize(path, false);
		cli_err("%s: %s", p, err);
		free(p);
		free(err);
		*rc = (e == EFBIG || e == EINVAL || e == EISDIR) ? EXIT_FINDINGS : EXIT_TROUBLE;
		return NULL;
	}
	sha256_hex(buf, len, hex);
	diag_list d;
	diag_init(&d, path);
	assessment *a = store_parse(buf, len, k, &d);
	free(buf);
	cli_print_diags(&d);
	diag_free(&d);
	*rc = a ? EXIT_OK : EXIT_FINDINGS;
	return a;
}

/* ---- report ---- */

static const char *const report_formats[] = {"html", "csv", "md", "json", "xlsx", NULL};

const cli_opt cli_report_opts[] = {
	{"format", 'f', "F", N_("%s; html is print-ready and self-contained, xlsx an Excel workbook"), AS_ENUM_NONE,
	 report_formats, false},
	{"output", 'o', "OUT", N_("write to OUT (atomically) instead of standard output"), AS_ENUM_NONE, NULL, false},
	{"title", 't', "TEXT", N_("title of the report"), AS_ENUM_NONE, NULL, false},
	{"lang", 'L', "LANG", N_("language of the report (en, fr; default: the interface's)"), AS_ENUM_NONE, NULL,
	 false},
	{"table", OPT_TABLE, "T", N_("the table a CSV holds (default items, one evidence entry a row): %s"),
	 AS_ENUM_NONE, report_table_names, false},
	{"no-bom", OPT_NO_BOM, NULL, N_("no byte-order mark at the start of a CSV (for pipelines)"), AS_ENUM_NONE, NULL,
	 false},
	{"report-id", OPT_REPORT_ID, "ID", N_("the report's reference"), AS_ENUM_NONE, NULL, false},
	{"report-version", OPT_REPORT_VERSION, "V", N_("the report's version"), AS_ENUM_NONE, NULL, false},
	{"classification", OPT_CLASSIFICATION, "TEXT", N_("confidentiality marking, on the cover and every page"),
	 AS_ENUM_NONE, NULL, false},
	{"distribution", OPT_DISTRIBUTION, "TEXT", N_("who receives the report"), AS_ENUM_NONE, NULL, false},
	{"prepared-by", OPT_PREPARED_BY, "NAME", N_("who prepared it (default: the assessor)"), AS_ENUM_NONE, NULL,
	 false},
	{"prepared-on", OPT_PREPARED_ON, "DATE", N_("when, YYYY-MM-DD (default: the report date)"), AS_ENUM_NONE, NULL,
	 false},
	{"reviewed-by", OPT_REVIEWED_BY, "NAME", N_("who reviewed it"), AS_ENUM_NONE, NULL, false},
	{"reviewed-on", OPT_REVIEWED_ON, "DATE", N_("when, YYYY-MM-DD"), AS_ENUM_NONE, NULL, false},
	{"approved-by", OPT_APPROVED_BY, "NAME", N_("who approved it"), AS_ENUM_NONE, NULL, false},
	{"approved-on", OPT_APPROVED_ON, "DATE", N_("when, YYYY-MM-DD"), AS_ENUM_NONE, NULL, false},
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

/* The texts and dates of the report as a controlled document. */
static const struct {
	int key;
	bool date;
} doc_opts[] = {
	{OPT_REPORT_ID, false},   {OPT_REPORT_VERSION, false}, {OPT_CLASSIFICATION, false}, {OPT_DISTRIBUTION, false},
	{OPT_PREPARED_BY, false}, {OPT_PREPARED_ON, true},     {OPT_REVIEWED_BY, false},    {OPT_REVIEWED_ON, true},
	{OPT_APPROVED_BY, false}, {OPT_APPROVED_ON, true},
};

static const char *
opt_name(int key)
{
	for (const cli_opt *o = cli_report_opts; o->name; o++)
		if (o->key == key)
			return o->name;
	return "";
}

/* The options of report that need a look before any file is read. */
static int
report_check(const cli_args *args, const char *format, const char *title)
{
	if (!format) {
		char *list = cli_opt_values(&cli_report_opts[0]);
		cli_err(_("say which --format to write: %s"), list);
		free(list);
		return EXIT_TROUBLE;
	}
	if (!report_available((report_format)report_parse_format(format))) {
		cli_err(_("this siamwiz was built without Excel workbooks (configure found no libxlsxwriter)"));
		return EXIT_TROUBLE;
	}
	if (title && !util_valid_text(title)) {
		cli_err(_("the title is not valid UTF-8 or contains control characters"));
		return EXIT_TROUBLE;
	}
	if ((cli_given(args, OPT_TABLE) || cli_given(args, OPT_NO_BOM)) && strcmp(format, "csv") != 0) {
		cli_err(_("--table and --no-bom are for --format csv"));
		return EXIT_TROUBLE;
	}
	for (size_t i = 0; i < sizeof doc_opts / sizeof doc_opts[0]; i++) {
		const char *v = cli_given(args, doc_opts[i].key) ? cli_value(args, doc_opts[i].key) : NULL;
		if (!v)
			continue;
		if (doc_opts[i].date ? !util_valid_date(v) : (!*v || !util_valid_text(v))) {
			char *s = sanitize(v, false);
			cli_err(doc_opts[i].date
					? _("invalid --%s \"%s\" (a date, YYYY-MM-DD)")
					: _("invalid --%s \"%s\" (empty, not valid UTF-8 or with control characters)"),
				opt_name(doc_opts[i].key), s);
			free(s);
			return EXIT_TROUBLE;
		}
	}
	if (!strcmp(format, "xlsx") && !cli_value(args, 'o') && isatty(STDOUT_FILENO)) {
		cli_err(_("an Excel workbook is not for a terminal: write it to a file with -o OUT"));
		return EXIT_TROUBLE;
	}
	return EXIT_OK;
}

/* The report's language: English, or one the knowledge base has texts in.
 * Without the interface's translations of it, the whole report is in
 * English (a report never mixes languages). */
static int
report_language(cli_ctx *c, const char *lang, const char *from)
{
	if (!lang)
		return EXIT_OK;
	kb *k = cli_kb(c);
	if (!k)
		return EXIT_TROUBLE;
	bool known = !strcmp(lang, "en");
	strbuf list;
	sb_init(&list);
	sb_add(&list, "en");
	for (size_t i = 0; i < k->nlangs; i++) {
		if (!strcmp(k->langs[i], "en"))
			continue;
		sb_addf(&list, " %s", k->langs[i]);
		known |= !strcmp(k->langs[i], lang);
	}
	if (!util_valid_lang(lang) || !known) {
		char *s = sanitize(lang, false);
		cli_err(_("unknown report language \"%s\" from %s (available: %s)"), s, from, list.s);
		free(s);
		sb_free(&list);
		return EXIT_TROUBLE;
	}
	sb_free(&list);
	cli_set_language(lang);
	/* The title is translated in every catalogue: its absence is the sign. */
	static const char probe[] = N_("SIAM readiness against ISO/IEC 20000-1: gap report");
	if (strcmp(lang, "en") != 0 && !strcmp(_(probe), probe)) {
		cli_err(_("no translations for \"%s\" are installed: the report is in English"), lang);
		cli_set_language("en");
	}
	return EXIT_OK;
}

/* The rendered report to standard output, or atomically to out. */
static int
report_write(const char *doc, size_t len, const char *out)
{
	if (!doc) {
		cli_err(_("cannot write the Excel workbook: %s"), strerror(errno));
		return EXIT_TROUBLE;
	}
	if (!out) {
		if (fwrite(doc, 1, len, stdout) != len || fflush(stdout) != 0) {
			cli_err(_("cannot write the report: %s"), strerror(errno));
			return EXIT_TROUBLE;
		}
		return EXIT_OK;
	}
	char *err = NULL;
	if (fileio_write_atomic(out, doc, len, &err) != 0) {
		char *p = sanitize(out, false);
		cli_err(_("%s: report not written: %s"), p, err);
		free(p);
		free(err);
		return EXIT_TROUBLE;
	}
	return EXIT_OK;
}

/* The document-control options into the report's metadata. */
static void
report_doc_meta(report_meta *m, const cli_args *args)
{
	const char **slot[] = {&m->report_id,
			       &m->report_version,
			       &m->classification,
			       &m->distribution,
			       &m->sign_name[SIGN_PREPARED],
			       &m->sign_date[SIGN_PREPARED],
			       &m->sign_name[SIGN_REVIEWED],
			       &m->sign_date[SIGN_REVIEWED],
			       &m->sign_name[SIGN_APPROVED],
			       &m->sign_date[SIGN_APPROVED]};
	for (size_t i = 0; i < sizeof doc_opts / sizeof doc_opts[0]; i++)
		if (cli_given(args, doc_opts[i].key))
			*slot[i] = cli_value(args, doc_opts[i].key);
}

static char *
render(report_format f, const gap_report *r, const report_meta *m, const cli_args *args, size_t *len)
{
	if (f != REPORT_CSV || (!cli_given(args, OPT_TABLE) && !cli_given(args, OPT_NO_BOM)))
		return report_render(f, r, m, len);
	int t = cli_given(args, OPT_TABLE) ? report_table_parse(cli_value(args, OPT_TABLE)) : RT_ITEMS;
	report_model *md = report_model_build(r, m);
	char *doc = report_csv_table(md, (report_table_id)t, !cli_given(args, OPT_NO_BOM), len);
	report_model_free(&md);
	return doc;
}

int
cli_report_cmd(cli_ctx *c, const cli_args *args)
{
	const char *format = cli_value(args, 'f'), *out = cli_value(args, 'o'), *title = cli_value(args, 't');
	bool given = cli_given(args, 'L');
	const char *lang = given ? cli_value(args, 'L') : c->set.report_lang;
	int rc = report_check(args, format, title);
	if (rc == EXIT_OK)
		rc = report_language(c, lang, given ? "--lang" : _("the settings' report-lang"));
	if (rc != EXIT_OK)
		return rc;
	int f = report_parse_format(format);
	const char *path = args->pos[0];
	/* -o names the file to write, so an ordinary one is replaced; never the
	 * assessment itself or another one. */
	char *why = NULL;
	if (out && guard_report_target(out, path, &why) == GUARD_TARGET_REFUSE) {
		char *s = sanitize(why, false);
		cli_err(_("not written: %s"), s);
		free(s);
		free(why);
		return EXIT_TROUBLE;
	}
	char hex[65];
	assessment *a = cli_load_raw(c, path, hex, &rc);
	if (!a)
		return rc;
	gap_report *r = gap_analyze(a->kb, a);
	const char *base = strrchr(path, '/');
	report_meta m;
	report_meta_init(&m, base ? base + 1 : path, NULL, 0);
	m.sha256 = hex;
	m.title = title;
	report_doc_meta(&m, args);
	size_t len;
	char *doc = render((report_format)f, r, &m, args, &len);
	rc = report_write(doc, len, out);
	free(doc);
	gap_free(&r);
	assess_free(&a);
	return rc;
}
