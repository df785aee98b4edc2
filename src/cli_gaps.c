/* cli_gaps.c - "siamwiz gaps": the gap engine on the command line, as
 * text, CSV or JSON, with an exit status a pipeline can test. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core/escape.h"
#include "core/gap.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "out.h"

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
enum {
	FAIL_GAP = 1,
	FAIL_PARTIAL = 2,
	FAIL_NC = 4,
	FAIL_FINDING = 8
};

static const char *const fail_names[] = {"gap", "partial", "nc", "finding", NULL};

static int
parse_fail_on(const char *arg, unsigned *mask)
{
	const char *const *names = fail_names;
	*mask = 0;
	for (const char *p = arg; *p;) {
		size_t l = strcspn(p, ",");
		size_t i;
		for (i = 0; names[i]; i++)
			if (strlen(names[i]) == l && !strncmp(p, names[i], l))
				break;
		if (!names[i] || !l) {
			char *s = sanitize(arg, false), *list = cli_opt_values(cli_find_opt("gaps", OPT_FAIL_ON));
			cli_err(_("invalid --fail-on \"%s\" (allowed: %s, or several separated by commas)"), s, list);
			free(list);
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
		char *list = cli_opt_values(cli_find_opt("gaps", OPT_FAIL_ON));
		cli_err(_("--fail-on needs at least one of %s"), list);
		free(list);
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
		if (((mask & (FAIL_GAP | FAIL_PARTIAL)) && s == GAP_GAP) ||
		    ((mask & FAIL_PARTIAL) && s == GAP_PARTIAL) ||
		    ((mask & FAIL_NC) && j && as_verdict_is_nc(j->verdict)))
			return 1;
	}
	if (mask & FAIL_FINDING)
		for (size_t i = 0; i < r->nfindings; i++)
			if (r->findings[i].severity != SEV_INFO)
				return 1;
	return 0;
}

static const char *const gaps_formats[] = {"text", "csv", "json", NULL};
static const char *const stages[] = {"1", "2", "3", "4", NULL};

const cli_opt cli_gaps_opts[] = {
	{"format", 'f', "F", N_("%s (text by default)"), AS_ENUM_NONE, gaps_formats, false},
	{"clause", 'c', "ID", N_("one clause, whatever its status, with its supporting items"), AS_ENUM_NONE, NULL,
	 false},
	{"stage", 's', "N", N_("only clauses supported by items of stage N"), AS_ENUM_NONE, stages, false},
	{"all", 'a', NULL, N_("every clause, covered and not assessed ones included"), AS_ENUM_NONE, NULL, false},
	{"fail-on", OPT_FAIL_ON, "WHAT",
	 N_("what makes the exit status 1, comma-separated: %s; gap (the default) is a clause with a gap, "
	    "partial a gap or a partly covered clause, nc a judged nonconformity, finding a rule error or "
	    "warning"),
	 AS_ENUM_NONE, fail_names, true},
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

enum {
	GAPS_TEXT,
	GAPS_CSV,
	GAPS_JSON
};

/* What one run of gaps looks at and how it prints it. */
typedef struct gaps_view {
	int fmt;
	size_t only; /* one clause, or (size_t)-1 */
	int stage; /* 0 for every stage */
	bool all;
	size_t shown, gaps;
} gaps_view;

static bool
gaps_shows(const gaps_view *v, const kb *k, const gap_clause *g, size_t i)
{
	if (v->only != (size_t)-1 && i != v->only)
		return false;
	if (v->only == (size_t)-1 && !v->all && g->status != GAP_GAP && g->status != GAP_PARTIAL)
		return false;
	return !v->stage || clause_in_stage(k, &k->clauses[i], v->stage);
}

static void
gaps_csv_clause(strbuf *b, const gap_report *r, size_t i, const char *covs, const char *why)
{
	const kb *k = r->kb;
	const as_judgement *jd = gap_clause_judgement(r, i);
	const char *v[] = {k->clauses[i].id,
			   kb_tr(&k->clauses[i].title),
			   gap_status_name(r->clauses[i].status),
			   covs,
			   jd ? as_verdict_name(jd->verdict) : "",
			   jd ? jd->id : "",
			   why};
	for (size_t j = 0; j < 7; j++) {
		if (j)
			sb_addc(b, ',');
		esc_csv(b, v[j]);
	}
	sb_add(b, "\r\n");
}

static void
gaps_json_clause(strbuf *b, const gap_report *r, size_t i, const char *covs, const char *why, bool first)
{
	const kb *k = r->kb;
	const gap_clause *g = &r->clauses[i];
	const as_judgement *jd = gap_clause_judgement(r, i);
	sb_add(b, first ? "{\"id\":" : ",{\"id\":");
	esc_json(b, k->clauses[i].id);
	sb_add(b, ",\"title\":");
	esc_json(b, kb_tr(&k->clauses[i].title));
	sb_addf(b, ",\"status\":\"%s\",\"coverage\":%s,\"reason\":", gap_status_name(g->status), *covs ? covs : "null");
	esc_json(b, why);
	if (jd) {
		sb_addf(b, ",\"judgement\":{\"verdict\":\"%s\",\"id\":", as_verdict_name(jd->verdict));
		esc_json(b, jd->id[0] ? jd->id : NULL);
		sb_add(b, ",\"statement\":");
		esc_json(b, jd->statement);
		sb_addf(b, ",\"disagrees\":%s}", g->disagrees ? "true" : "false");
	}
	sb_addc(b, '}');
}

static void
gaps_json_findings(strbuf *b, const gap_report *r, size_t gaps)
{
	sb_add(b, "],\"findings\":[");
	for (size_t i = 0; i < r->nfindings; i++) {
		const gap_finding *f = &r->findings[i];
		sb_addf(b, "%s{\"rule\":%d,\"severity\":\"%s\",\"subject\":", i ? "," : "", f->rule,
			gap_severity_name(f->severity));
		esc_json(b, f->subject);
		sb_add(b, ",\"message\":");
		esc_json(b, f->message);
		sb_addc(b, '}');
	}
	sb_addf(b, "],\"gaps\":%zu}\n", gaps);
}

static void
gaps_text_head(const gap_report *r)
{
	char *s = xasprintf(_("%s: %zu clauses: %zu covered, %zu partial, %zu gap, %zu not assessed"),
			    r->a->organization, r->kb->nclauses, r->count[GAP_COVERED], r->count[GAP_PARTIAL],
			    r->count[GAP_GAP], r->count[GAP_UNASSESSED]);
	out_wrap(stdout, s, 0, 2, 78);
	putchar('\n');
	free(s);
}

static void
gaps_text_tail(const gap_report *r, const gaps_view *v)
{
	if (v->only == (size_t)-1 && r->nfindings) {
		printf("\n%s\n", _("Rule findings:"));
		for (size_t i = 0; i < r->nfindings; i++) {
			const gap_finding *f = &r->findings[i];
			char *head = xasprintf("%-8s %2d  ", gap_severity_label(f->severity), f->rule);
			fputs(head, stdout);
			out_wrap_cont(stdout, f->message, (int)strlen(head), 13, 78);
			free(head);
		}
	}
	if (!v->shown) {
		printf("%s\n", _("No gaps and no partly covered clauses."));
	} else if (v->only == (size_t)-1) {
		putchar('\n');
		printf(P_("%zu clause with a gap\n", "%zu clauses with a gap\n", v->gaps), v->gaps);
	}
}

static void
gaps_print(const gap_report *r, gaps_view *v)
{
	const kb *k = r->kb;
	strbuf b;
	sb_init(&b);
	if (v->fmt == GAPS_CSV)
		sb_add(&b, "clause,title,status,coverage,verdict,judgement_id,reason\r\n");
	else if (v->fmt == GAPS_JSON)
		sb_add(&b, "{\"clauses\":[");
	else
		gaps_text_head(r);
	for (size_t i = 0; i < k->nclauses; i++) {
		const gap_clause *g = &r->clauses[i];
		if (!gaps_shows(v, k, g, i))
			continue;
		v->shown++;
		v->gaps += g->status == GAP_GAP;
		if (v->fmt == GAPS_TEXT) {
			gaps_text_clause(r, i, v->stage, v->only != (size_t)-1 || v->stage);
			continue;
		}
		char *why = gap_clause_reason(r, i);
		double cov = gap_coverage(&g->all);
		char *covs = cov < 0 ? xstrdup("") : xasprintf("%.1f", cov);
		if (v->fmt == GAPS_CSV)
			gaps_csv_clause(&b, r, i, covs, why);
		else
			gaps_json_clause(&b, r, i, covs, why, v->shown == 1);
		free(covs);
		free(why);
	}
	if (v->fmt == GAPS_JSON)
		gaps_json_findings(&b, r, v->gaps);
	if (v->fmt == GAPS_TEXT)
		gaps_text_tail(r, v);
	else
		fwrite(b.s, 1, b.len, stdout);
	sb_free(&b);
}

int
cli_gaps_cmd(cli_ctx *c, const cli_args *args)
{
	const char *format = cli_value(args, 'f'), *clause = cli_value(args, 'c'), *stage = cli_value(args, 's');
	const char *fail = cli_value(args, OPT_FAIL_ON);
	gaps_view v = {
		.fmt = GAPS_TEXT, .only = (size_t)-1, .stage = stage ? atoi(stage) : 0, .all = cli_given(args, 'a')};
	unsigned fail_on = FAIL_GAP;
	int rc;
	for (int f = 0; format && gaps_formats[f]; f++)
		if (!strcmp(format, gaps_formats[f]))
			v.fmt = f;
	if (fail && parse_fail_on(fail, &fail_on) != 0)
		return EXIT_TROUBLE;
	kb *k = cli_kb(c);
	if (!k)
		return EXIT_TROUBLE;
	if (clause) {
		const kb_clause *cl = kb_clause_by_id(k, clause);
		if (!cl) {
			char *s = sanitize(clause, false);
			cli_err(_("\"%s\" is not a clause of ISO/IEC 20000-1 in the knowledge base (clauses 4 to 10, "
				  "e.g. 8.3.4.1)"),
				s);
			free(s);
			return EXIT_TROUBLE;
		}
		v.only = (size_t)(cl - k->clauses);
	}
	char hex[65];
	assessment *a = cli_load_raw(c, args->pos[0], hex, &rc);
	if (!a)
		return rc;
	gap_report *r = gap_analyze(k, a);
	gaps_print(r, &v);
	int failed = fails(r, fail_on, v.only, v.stage);
	gap_free(&r);
	assess_free(&a);
	return failed ? EXIT_FINDINGS : EXIT_OK;
}
