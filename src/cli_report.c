/* cli_report.c - "siamwiz gaps" and "siamwiz report": the gap engine and
 * the exporters on the command line. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "core/escape.h"
#include "core/fileio.h"
#include "core/gap.h"
#include "core/guard.h"
#include "core/i18n.h"
#include "core/report.h"
#include "core/sanitize.h"
#include "core/sha256.h"
#include "core/store.h"
#include "out.h"

/* Load FILE keeping its bytes, for the fingerprint in reports. */
static assessment *
load_raw(cli_ctx *c, const char *path, char hex[65], int *rc)
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

static void
today(char buf[11])
{
	/* Reproducible builds and tests may pin the date. */
	const char *e = getenv("SOURCE_DATE_EPOCH");
	if (e && *e) {
		time_t t = (time_t)strtoll(e, NULL, 10);
		struct tm tm;
		gmtime_r(&t, &tm);
		strftime(buf, 11, "%Y-%m-%d", &tm);
		return;
	}
	util_today(buf);
}

/* ---- gaps ---- */

static int
clause_in_stage(const kb *k, const kb_clause *c, int stage)
{
	for (size_t i = 0; i < c->nlinks; i++)
		if (k->stages[k->items[k->links[c->links[i]].item].stage].number == stage)
			return 1;
	return 0;
}

static void
gaps_text_clause(const gap_report *r, size_t ci, int stage, int detail)
{
	const kb *k = r->kb;
	const kb_clause *c = &k->clauses[ci];
	const gap_clause *g = &r->clauses[ci];
	char *status = xasprintf("%s", gap_status_label(g->status));
	for (char *p = status; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	out_pad(stdout, status, 13);
	free(status);
	out_pad(stdout, c->id, 9);
	out_str(stdout, kb_tr(&c->title));
	putchar('\n');
	char *why = gap_clause_reason(r, ci);
	/* One wrapped paragraph per reason, continuation lines indented. */
	for (char *line = why, *nl; line && *line; line = nl ? nl + 1 : NULL) {
		nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		out_wrap(stdout, line, 22, 24, 78);
	}
	free(why);
	if (!detail)
		return;
	const as_judgement *j = gap_clause_judgement(r, ci);
	if (j) {
		char *h = xasprintf(_("Judgement: %s%s%s, %s%s%s"), as_verdict_label(j->verdict), j->id[0] ? " " : "",
				    j->id, j->date, j->assessor ? ", " : "", j->assessor ? j->assessor : "");
		out_wrap(stdout, h, 22, 24, 78);
		free(h);
		const char *labels[] = {_("Requirement: "), _("Evidence: "), _("Statement: ")};
		const char *texts[] = {j->requirement, j->evidence, j->statement};
		for (int t = 0; t < 3; t++) {
			if (!texts[t])
				continue;
			char *line = xasprintf("%s%s", labels[t], texts[t]);
			out_wrap(stdout, line, 22, 24, 78);
			free(line);
		}
	}
	for (size_t i = 0; i < c->nlinks; i++) {
		const kb_link *l = &k->links[c->links[i]];
		const kb_item *it = &k->items[l->item];
		if (stage && k->stages[it->stage].number != stage)
			continue;
		const as_item *rec = gap_item_record(r->a, it);
		printf("%22s", "");
		out_pad(stdout, it->id, 10);
		out_pad(stdout, l->role == ROLE_PRIMARY ? _("primary") : _("supporting"), 11);
		out_pad(stdout, as_result_label(rec ? rec->result : RES_NOT_ASSESSED), 15);
		out_str(stdout, kb_tr(&it->title));
		putchar('\n');
		if (rec && rec->owner) {
			printf("%32s", "");
			char *o = xasprintf(_("owner: %s"), rec->owner);
			out_str(stdout, o);
			free(o);
			putchar('\n');
		}
	}
}

/* What makes "gaps" exit 1 (--fail-on). */
enum { FAIL_GAP = 1, FAIL_PARTIAL = 2, FAIL_NC = 4, FAIL_FINDING = 8 };

static int
parse_fail_on(const char *arg, unsigned *mask)
{
	static const char *const names[] = {"gap", "partial", "nc", "finding"};
	*mask = 0;
	for (const char *p = arg; *p;) {
		size_t l = strcspn(p, ",");
		size_t i;
		for (i = 0; i < 4; i++)
			if (strlen(names[i]) == l && !strncmp(p, names[i], l))
				break;
		if (i == 4 || !l) {
			char *s = sanitize(arg, false);
			cli_err(_("invalid --fail-on \"%s\" (allowed: gap, partial, nc, finding, or several "
				  "separated by commas)"), s);
			free(s);
			return -1;
		}
		*mask |= 1u << i;
		p += l;
		if (*p == ',' && !*++p) {
			cli_err(_("invalid --fail-on \"%s\": nothing after the last comma"), arg);
			return -1;
		}
	}
	if (!*mask) {
		cli_err(_("--fail-on needs at least one of gap, partial, nc, finding"));
		return -1;
	}
	return 0;
}

/* Whether the analysis crosses the chosen threshold, over the clauses
 * the command looked at: a gap; a gap or a partly covered clause; a judged
 * nonconformity; a rule finding that is an error or a warning. */
static int
fails(const gap_report *r, unsigned mask, size_t only, int stage)
{
	const kb *k = r->kb;
	for (size_t i = 0; i < k->nclauses; i++) {
		if ((only != (size_t)-1 && i != only) || (stage && !clause_in_stage(k, &k->clauses[i], stage)))
			continue;
		gap_status s = r->clauses[i].status;
		const as_judgement *j = gap_clause_judgement(r, i);
		if (((mask & (FAIL_GAP | FAIL_PARTIAL)) && s == GAP_GAP) || ((mask & FAIL_PARTIAL) && s == GAP_PARTIAL) ||
		    ((mask & FAIL_NC) && j && as_verdict_is_nc(j->verdict)))
			return 1;
	}
	if (mask & FAIL_FINDING)
		for (size_t i = 0; i < r->nfindings; i++)
			if (r->findings[i].severity != SEV_INFO)
				return 1;
	return 0;
}

int
cli_gaps_cmd(cli_ctx *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"clause", required_argument, NULL, 'c'},
		{"stage", required_argument, NULL, 's'},
		{"all", no_argument, NULL, 'a'},
		{"fail-on", required_argument, NULL, 'F'},
		{"kb", required_argument, NULL, 1001},
		{"help", no_argument, NULL, 1000},
		{NULL, 0, NULL, 0},
	};
	const char *format = "text", *clause = NULL;
	int stage = 0, all = 0, o, rc;
	unsigned fail_on = FAIL_GAP;
	while ((o = cli_getopt(argc, argv, "f:c:s:a", opts)) != -1) {
		switch (o) {
		case 'f': format = optarg; break;
		case 'c': clause = optarg; break;
		case 's':
			stage = atoi(optarg);
			if (stage < 1 || stage > 4 || strlen(optarg) != 1) {
				cli_err(_("invalid --stage \"%s\" (allowed: 1, 2, 3, 4)"), optarg);
				return EXIT_TROUBLE;
			}
			break;
		case 'a': all = 1; break;
		case 'F':
			if (parse_fail_on(optarg, &fail_on) != 0)
				return EXIT_TROUBLE;
			break;
		case 1001: if (cli_add_kb(c, optarg)) return EXIT_TROUBLE; break;
		case 1000: return cli_help("gaps", stdout);
		default: return cli_usage_error("gaps");
		}
	}
	if (argc - optind != 1)
		return cli_usage_error("gaps");
	int fmt = !strcmp(format, "text") ? 0 : !strcmp(format, "csv") ? 1 : !strcmp(format, "json") ? 2 : -1;
	if (fmt < 0) {
		cli_err(_("invalid --format \"%s\" (allowed: text, csv, json)"), format);
		return EXIT_TROUBLE;
	}
	kb *k = cli_kb(c);
	if (!k)
		return EXIT_TROUBLE;
	size_t only = (size_t)-1;
	if (clause) {
		const kb_clause *cl = kb_clause_by_id(k, clause);
		if (!cl) {
			char *s = sanitize(clause, false);
			cli_err(_("\"%s\" is not a clause of ISO/IEC 20000-1 in the knowledge base (clauses 4 to 10, "
				  "e.g. 8.3.4.1)"), s);
			free(s);
			return EXIT_TROUBLE;
		}
		only = (size_t)(cl - k->clauses);
	}
	char hex[65];
	assessment *a = load_raw(c, argv[optind], hex, &rc);
	if (!a)
		return rc;
	gap_report *r = gap_analyze(k, a);

	size_t shown = 0, gaps = 0;
	strbuf b;
	sb_init(&b);
	if (fmt == 1)
		sb_add(&b, "clause,title,status,coverage,verdict,judgement_id,reason\r\n");
	else if (fmt == 2)
		sb_add(&b, "{\"clauses\":[");
	if (fmt == 0) {
		char *s = xasprintf(_("%s: %zu clauses: %zu covered, %zu partial, %zu gap, %zu not assessed"),
				    a->organization, k->nclauses, r->count[GAP_COVERED], r->count[GAP_PARTIAL],
				    r->count[GAP_GAP], r->count[GAP_UNASSESSED]);
		out_wrap(stdout, s, 0, 2, 78);
		putchar('\n');
		free(s);
	}
	for (size_t i = 0; i < k->nclauses; i++) {
		const gap_clause *g = &r->clauses[i];
		if (only != (size_t)-1 && i != only)
			continue;
		if (only == (size_t)-1 && !all && g->status != GAP_GAP && g->status != GAP_PARTIAL)
			continue;
		if (stage && !clause_in_stage(k, &k->clauses[i], stage))
			continue;
		shown++;
		gaps += g->status == GAP_GAP;
		if (fmt == 0) {
			gaps_text_clause(r, i, stage, only != (size_t)-1 || stage);
			continue;
		}
		char *why = gap_clause_reason(r, i);
		double cov = gap_coverage(&g->all);
		char *covs = cov < 0 ? xstrdup("") : xasprintf("%.1f", cov);
		const as_judgement *jd = gap_clause_judgement(r, i);
		if (fmt == 1) {
			const char *v[] = {k->clauses[i].id, kb_tr(&k->clauses[i].title), gap_status_name(g->status),
					   covs, jd ? as_verdict_name(jd->verdict) : "", jd ? jd->id : "", why};
			for (size_t j = 0; j < 7; j++) {
				if (j)
					sb_addc(&b, ',');
				esc_csv(&b, v[j]);
			}
			sb_add(&b, "\r\n");
		} else {
			sb_add(&b, shown > 1 ? ",{\"id\":" : "{\"id\":");
			esc_json(&b, k->clauses[i].id);
			sb_add(&b, ",\"title\":");
			esc_json(&b, kb_tr(&k->clauses[i].title));
			sb_addf(&b, ",\"status\":\"%s\",\"coverage\":%s,\"reason\":", gap_status_name(g->status),
				*covs ? covs : "null");
			esc_json(&b, why);
			if (jd) {
				sb_addf(&b, ",\"judgement\":{\"verdict\":\"%s\",\"id\":", as_verdict_name(jd->verdict));
				esc_json(&b, jd->id[0] ? jd->id : NULL);
				sb_add(&b, ",\"statement\":");
				esc_json(&b, jd->statement);
				sb_addf(&b, ",\"disagrees\":%s}", g->disagrees ? "true" : "false");
			}
			sb_addc(&b, '}');
		}
		free(covs);
		free(why);
	}
	if (fmt == 2) {
		sb_add(&b, "],\"findings\":[");
		for (size_t i = 0; i < r->nfindings; i++) {
			const gap_finding *f = &r->findings[i];
			sb_addf(&b, "%s{\"rule\":%d,\"severity\":\"%s\",\"subject\":", i ? "," : "", f->rule,
				gap_severity_name(f->severity));
			esc_json(&b, f->subject);
			sb_add(&b, ",\"message\":");
			esc_json(&b, f->message);
			sb_addc(&b, '}');
		}
		sb_addf(&b, "],\"gaps\":%zu}\n", gaps);
	}
	if (fmt)
		fwrite(b.s, 1, b.len, stdout);
	sb_free(&b);
	if (fmt == 0) {
		if (only == (size_t)-1 && r->nfindings) {
			printf("\n%s\n", _("Rule findings:"));
			for (size_t i = 0; i < r->nfindings; i++) {
				const gap_finding *f = &r->findings[i];
				char *head = xasprintf("%-8s %2d  ", gap_severity_label(f->severity), f->rule);
				fputs(head, stdout);
				out_wrap_cont(stdout, f->message, (int)strlen(head), 13, 78);
				free(head);
			}
		}
		if (!shown)
			printf("%s\n", _("No gaps and no partly covered clauses."));
		else if (only == (size_t)-1) {
			putchar('\n');
			printf(P_("%zu clause with a gap\n", "%zu clauses with a gap\n", gaps), gaps);
		}
	}
	int fail = fails(r, fail_on, only, stage);
	gap_free(&r);
	assess_free(&a);
	return fail ? EXIT_FINDINGS : EXIT_OK;
}

/* ---- report ---- */

int
cli_report_cmd(cli_ctx *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{"title", required_argument, NULL, 't'},
		{"lang", required_argument, NULL, 'L'},
		{"kb", required_argument, NULL, 1001},
		{"help", no_argument, NULL, 1000},
		{NULL, 0, NULL, 0},
	};
	const char *format = NULL, *out = NULL, *title = NULL, *lang = c->set.report_lang;
	int o, rc;
	while ((o = cli_getopt(argc, argv, "f:o:t:L:", opts)) != -1) {
		switch (o) {
		case 'f': format = optarg; break;
		case 'o': out = optarg; break;
		case 't': title = optarg; break;
		case 'L': lang = optarg; break;
		case 1001: if (cli_add_kb(c, optarg)) return EXIT_TROUBLE; break;
		case 1000: return cli_help("report", stdout);
		default: return cli_usage_error("report");
		}
	}
	if (argc - optind != 1)
		return cli_usage_error("report");
	int f = report_parse_format(format);
	if (f < 0) {
		if (format)
			cli_err(_("invalid --format \"%s\" (allowed: html, csv, md, json)"), format);
		else
			cli_err(_("say which --format to write: html, csv, md or json"));
		return EXIT_TROUBLE;
	}
	if (title && !util_valid_text(title)) {
		cli_err(_("the title is not valid UTF-8 or contains control characters"));
		return EXIT_TROUBLE;
	}
	if (lang) {
		if (strspn(lang, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-") != strlen(lang) || !*lang) {
			cli_err(_("invalid --lang \"%s\" (a language code such as en or fr)"), lang);
			return EXIT_TROUBLE;
		}
		cli_set_language(lang);
	}
	const char *path = argv[optind];
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
	char hex[65], date[11];
	assessment *a = load_raw(c, path, hex, &rc);
	if (!a)
		return rc;
	gap_report *r = gap_analyze(a->kb, a);
	today(date);
	const char *base = strrchr(path, '/');
	report_meta m = {.title = title, .file_name = base ? base + 1 : path, .sha256 = hex,
			 .version = PACKAGE_VERSION, .generated = date};
	size_t len;
	char *doc = report_render((report_format)f, r, &m, &len);
	if (!out) {
		if (fwrite(doc, 1, len, stdout) != len || fflush(stdout) != 0) {
			cli_err(_("cannot write the report: %s"), strerror(errno));
			rc = EXIT_TROUBLE;
		}
	} else {
		char *err = NULL;
		if (fileio_write_atomic(out, doc, len, &err) != 0) {
			char *p = sanitize(out, false);
			cli_err(_("%s: report not written: %s"), p, err);
			free(p);
			free(err);
			rc = EXIT_TROUBLE;
		}
	}
	free(doc);
	gap_free(&r);
	assess_free(&a);
	return rc;
}
