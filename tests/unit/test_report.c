/* Unit tests for the exporters (core/report_*) and sha256: hostile text
 * goes through each format and comes out inert; the JSON is well formed;
 * the CSV neutralises formulas; the HTML loads nothing and runs nothing. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/report.h"
#include "core/report_model.h"
#include "core/sha256.h"
#include "fixture.h"

static const char RLO[] = "\xe2\x80\xae";

static assessment *
hostile(void)
{
	assessment *a = assess_new(K, "");
	char *err = NULL;
	assess_set_text(a, &a->organization, "<script>alert(1)</script> & \"Co\" | Ltd", &err);
	assess_set_text(a, &a->assessor, "=HYPERLINK(\"http://x\")", &err);
	assess_set_text(a, &a->scope,
			"Left \xe2\x80\xae"
			"txt.exe and \xd8\xa7\xd9\x84\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\xd8\xa9 "
			"\xe6\x9d\xb1\xe4\xba\xac \xf0\x9f\x9a\x9a",
			&err);
	assess_provider_add(a, "+Provider", false, CRIT_HIGH, "@SUM(A1)", &err);
	as_item *it = assess_item(a, "PB.OUT.11", &err);
	assess_set_result(a, it, RES_MISSING, &err);
	assess_set_text(a, &it->owner, "-1+1", &err);
	assess_set_text(a, &it->notes, "=cmd|' /C calc'!A0\nline two | with pipe `code` *star* <b>", &err);
	assess_add_item_provider(a, it, "+Provider", &err);
	assess_add_evidence(a, it, "\tTabbed", "\rCR location", &err);
	strbuf big;
	sb_init(&big);
	for (int i = 0; i < 20000; i++)
		sb_add(&big, "long ");
	assess_add_evidence(a, it, big.s, NULL, &err);
	sb_free(&big);
	it = assess_item(a, "DS.OUT.07", &err);
	assess_set_result(a, it, RES_NOT_APPLICABLE, &err);
	assess_set_text(a, &it->justification, "@justified \"quoted\"", &err);
	assess_participant_set(a, 0, "=Dana", "<b>Org</b>", LAYER_CUSTOMER, "Sponsor | lead", &err);
	assess_participant_set(a, 1, "Lee", NULL, 0, NULL, &err);
	const char *who[] = {"=Dana", "Lee"};
	assess_checkpoint_add(a, 0, DECISION_PROCEED, 0, "2026-10-01", who, 2, "+risk one\nrisk two", NULL, NULL, &err);
	assess_checkpoint_add(a, 2, DECISION_RETURN, 1, "2026-11-01", who, 1, NULL, "No budget", "<i>note</i>", &err);
	free(err);
	return a;
}

static const report_meta meta = {
	.title = NULL,
	.file_name = "x<y>.siam.xml",
	.sha256 = "00ff",
	.version = "9.9",
	.generated = "2026-11-22",
};

static char *
render(report_format f, size_t *len)
{
	assessment *a = hostile();
	gap_report *r = gap_analyze(K, a);
	char *s = report_render(f, r, &meta, len);
	assert_int_equal(strlen(s), *len);
	gap_free(&r);
	assess_free(&a);
	return s;
}

static void
test_html(void **state)
{
	(void)state;
	size_t len;
	char *h = render(REPORT_HTML, &len);
	assert_non_null(strstr(h, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
	assert_null(strstr(h, "<script"));
	assert_null(strstr(h, "src="));
	/* Links only inside the document: the table of contents. */
	for (const char *p = strstr(h, "href="); p; p = strstr(p + 5, "href="))
		assert_true(!strncmp(p, "href=\"#", 7));
	assert_non_null(strstr(h, "<li><a href=\"#clauses\">Clause by clause</a></li>"));
	assert_non_null(strstr(h, "<h2 id=\"clauses\">Clause by clause</h2>"));
	/* Charts say their values in words too. */
	assert_non_null(strstr(h, "<title>Coverage by roadmap stage</title><desc>1. Discovery and strategy: "));
	assert_null(strstr(h, "@import"));
	assert_null(strstr(h, "url("));
	assert_non_null(strstr(h, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
	assert_non_null(strstr(h, "x&lt;y&gt;.siam.xml"));
	/* The bidi override is shown, not obeyed. */
	assert_null(strstr(h, RLO));
	assert_non_null(strstr(h, "&lt;U+202E&gt;txt.exe"));
	/* Non-Latin text survives as is. */
	assert_non_null(strstr(h, "\xe6\x9d\xb1\xe4\xba\xac \xf0\x9f\x9a\x9a"));
	/* Every section is there. */
	const char *sections[] = {"Executive summary", "Clause by clause", "Documented information and records",
				  "Rule findings",     "Action plan",      "Appendix: item register"};
	for (size_t i = 0; i < 6; i++)
		assert_non_null(strstr(h, sections[i]));
	assert_non_null(strstr(h, "<h3>Coverage by practice</h3>"));
	assert_non_null(
		strstr(h, "<th scope=\"col\">Clauses at stake</th><th scope=\"col\">Auditee&#39;s response</th>"));
	assert_non_null(strstr(h, "<svg"));
	free(h);
}

/* Split one RFC 4180 record starting at *p; returns the number of fields
 * and leaves *p after the CRLF. */
static size_t
csv_record(const char **p, char fields[][256], size_t max)
{
	size_t n = 0;
	const char *s = *p;
	for (;;) {
		char buf[256];
		size_t bl = 0;
		if (*s == '"') {
			s++;
			for (;;) {
				assert_true(*s != '\0'); /* unterminated quote */
				if (*s == '"' && s[1] == '"') {
					s += 2;
					if (bl < 255)
						buf[bl++] = '"';
				} else if (*s == '"') {
					s++;
					break;
				} else {
					if (bl < 255)
						buf[bl++] = *s;
					s++;
				}
			}
		} else {
			while (*s && *s != ',' && *s != '\r') {
				assert_true(*s != '"' && *s != '\n'); /* bare quote or newline */
				if (bl < 255)
					buf[bl++] = *s;
				s++;
			}
		}
		buf[bl] = '\0';
		if (n < max)
			strcpy(fields[n], buf);
		n++;
		if (*s == ',') {
			s++;
			continue;
		}
		assert_true(s[0] == '\r' && s[1] == '\n');
		*p = s + 2;
		return n;
	}
}

static void
test_csv(void **state)
{
	(void)state;
	size_t len;
	char *c = render(REPORT_CSV, &len);
	/* A byte-order mark, then the stable keys of the items table. */
	assert_true(!strncmp(c, "\xef\xbb\xbfitem,title,stage,kind,result,status,owner,", 40));
	const char *p = c + 3;
	static char f[32][256];
	size_t cols = csv_record(&p, f, 32), rows = 0, seen = 0;
	assert_int_equal(cols, 16);
	while (*p) {
		assert_int_equal(csv_record(&p, f, 32), cols);
		rows++;
		for (size_t i = 0; i < cols; i++) {
			char c0 = f[i][0];
			/* No cell may start with a formula trigger. */
			assert_false(c0 == '=' || c0 == '+' || c0 == '-' || c0 == '@' || c0 == '\t' || c0 == '\r');
			/* Nor hold a raw bidi override. */
			assert_null(strstr(f[i], RLO));
		}
		if (!strcmp(f[0], "PB.OUT.11")) {
			/* One row per evidence entry, the item's fields repeated. */
			seen++;
			assert_string_equal(f[4], "missing");
			assert_string_equal(f[6], "'-1+1");
			assert_string_equal(f[8], "'+Provider");
			assert_true(!strncmp(f[10], "'=cmd|' /C calc'!A0\nline two", 28));
			assert_true(!strcmp(f[12], "'\tTabbed") || !strncmp(f[12], "long long", 9));
			if (f[12][0] == '\'')
				assert_string_equal(f[13], "'\rCR location");
		}
		if (!strcmp(f[0], "DS.OUT.07")) {
			assert_string_equal(f[4], "not-applicable");
			assert_string_equal(f[11], "'@justified \"quoted\"");
		}
	}
	/* Every item once, PB.OUT.11 twice (two evidence entries). */
	assert_int_equal(rows, K->nitems + 1);
	assert_int_equal(seen, 2);
	free(c);
}

/* Every item in place with evidence but PB.OUT.08, excluded (primary for
 * 7.4, supporting for 8.3.1).  Every format gives the same clause counts,
 * none says 100% for clause 8 or overall, 7.4 is a gap, and every plan
 * holds the restore action. */
static assessment *
all_but_one_excluded(void)
{
	assessment *a = assess_new(K, "Excluded Ltd");
	char *err = NULL;
	for (size_t i = 0; i < K->nitems; i++) {
		as_item *it = assess_item(a, K->items[i].id, &err);
		if (!strcmp(it->ref, "PB.OUT.08")) {
			assess_set_text(a, &it->justification, "Not needed, we were told.", &err);
			assess_set_result(a, it, RES_NOT_APPLICABLE, &err);
		} else {
			assess_set_result(a, it, RES_IN_PLACE, &err);
			assess_add_evidence(a, it, "Seen in the workshop", NULL, &err);
		}
	}
	free(err);
	return a;
}

static void
counts_in_sentence(const char *doc, size_t got[4])
{
	const char *p = strstr(doc, "Clauses covered: ");
	assert_non_null(p);
	assert_int_equal(sscanf(p, "Clauses covered: %zu, partly covered: %zu, with a gap: %zu, not assessed: %zu",
				&got[0], &got[1], &got[2], &got[3]),
			 4);
}

static void
test_formats_agree(void **state)
{
	(void)state;
	assessment *a = all_but_one_excluded();
	gap_report *r = gap_analyze(K, a);
	size_t ci8 = (size_t)(kb_clause_by_id(K, "8") - K->clauses);
	assert_int_equal(r->clauses[kb_clause_by_id(K, "7.4") - K->clauses].status, GAP_GAP);
	assert_int_equal(r->clauses[kb_clause_by_id(K, "7") - K->clauses].status, GAP_GAP);
	assert_true(gap_coverage(&r->clauses[ci8].all) < 100.0);
	assert_true(gap_coverage(&r->overall) < 100.0);
	assert_true(r->count[GAP_GAP] > 0);
	assert_true(r->nactions > 0);
	assert_string_equal(K->items[r->actions[0].item].id, "PB.OUT.08");
	assert_int_equal(r->actions[0].kind, PLAN_RESTORE);
	size_t want[4] = {r->count[GAP_COVERED], r->count[GAP_PARTIAL], r->count[GAP_GAP], r->count[GAP_UNASSESSED]};
	size_t got[4], len;

	for (int f = 0; f < 2; f++) { /* HTML and Markdown state them in one sentence */
		char *doc = report_render(f ? REPORT_MD : REPORT_HTML, r, &meta, &len);
		counts_in_sentence(doc, got);
		assert_memory_equal(got, want, sizeof want);
		assert_null(strstr(doc, "Overall coverage: 100%"));
		assert_non_null(strstr(doc, "PB.OUT.08"));
		assert_non_null(strstr(doc, "restore or replace"));
		/* The row of clause 8 in the clause table. */
		const char *row8 = strstr(doc, f ? "| 8 |  | Operation of the service management system |"
						 : "<td class=\"id\">8</td>");
		assert_non_null(row8);
		const char *end = strstr(row8, f ? "\n" : "</tr>");
		assert_non_null(end);
		char *cells = xstrndup(row8, (size_t)(end - row8));
		assert_null(strstr(cells, "100%"));
		free(cells);
		free(doc);
	}

	char *j = report_render(REPORT_JSON, r, &meta, &len);
	const char *p = strstr(j, "\"clauses\":{\"covered\":");
	assert_non_null(p);
	assert_int_equal(sscanf(p, "\"clauses\":{\"covered\":%zu,\"partial\":%zu,\"gap\":%zu,\"unassessed\":%zu",
				&got[0], &got[1], &got[2], &got[3]),
			 4);
	assert_memory_equal(got, want, sizeof want);
	p = strstr(j, "{\"id\":\"8\",");
	assert_non_null(p);
	double cov8 = 100;
	assert_int_equal(sscanf(strstr(p, "\"coverage\":"), "\"coverage\":%lf", &cov8), 1);
	assert_true(cov8 < 100.0);
	p = strstr(j, "{\"id\":\"7.4\",");
	assert_non_null(p);
	assert_true(!strncmp(strstr(p, "\"status\":"), "\"status\":\"gap\"", 14));
	assert_non_null(strstr(j, "\"action\":\"restore\""));
	free(j);

	/* CSV: the clauses table, one row per clause, and the action plan. */
	report_model *md = report_model_build(r, &meta);
	char *c = report_csv_table(md, RT_CLAUSES, false, &len);
	static char fl[32][256];
	const char *q = c;
	csv_record(&q, fl, 32);
	assert_string_equal(fl[0], "clause");
	assert_string_equal(fl[3], "status");
	size_t rows = 0, csv_counts[4] = {0}, restore = 0;
	static const char *const names[] = {"covered", "partial", "gap", "unassessed"};
	while (*q) {
		csv_record(&q, fl, 32);
		rows++;
		if (!strcmp(fl[0], "8"))
			assert_true(strcmp(fl[4], "100.0") != 0);
		for (int x = 0; x < 4; x++)
			if (!strcmp(fl[3], names[x]))
				csv_counts[x]++;
	}
	assert_int_equal(rows, K->nclauses);
	assert_memory_equal(csv_counts, want, sizeof want);
	free(c);
	c = report_csv_table(md, RT_ACTIONS, false, &len);
	q = c;
	csv_record(&q, fl, 32);
	assert_string_equal(fl[0], "id");
	assert_string_equal(fl[2], "action");
	assert_string_equal(fl[3], "item");
	while (*q) {
		csv_record(&q, fl, 32);
		if (!strcmp(fl[3], "PB.OUT.08") && !strcmp(fl[2], "restore")) {
			restore++;
			assert_string_equal(fl[0], "A-PB.OUT.08");
			assert_true(strstr(fl[10], "7.4") != NULL); /* the clause at stake, named */
		}
	}
	report_model_free(&md);
	assert_true(restore > 0);
	free(c);
	gap_free(&r);
	assess_free(&a);
}

/* A claim without evidence and a judged nonconformity reach every format. */
static void
test_claim_and_judgement_everywhere(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Claims Ltd");
	char *err = NULL;
	as_item *it = assess_item(a, "DS.OUT.01", &err);
	assess_set_result(a, it, RES_IN_PLACE, &err);
	assert_int_equal(assess_judge(a, "4.3", VERDICT_MAJOR_NC, "The scope names no provider.", "A documented scope",
				      "SMS manual v5", "2026-11-30", "Lead auditor", &err),
			 0);
	gap_report *r = gap_analyze(K, a);
	for (int f = REPORT_HTML; f <= REPORT_JSON; f++) {
		if (f == REPORT_CSV)
			continue; /* one table a file: below */
		size_t len;
		char *doc = report_render((report_format)f, r, &meta, &len);
		assert_non_null(strstr(doc, "is marked in place but no evidence is recorded"));
		assert_non_null(strstr(doc, "NC-001"));
		assert_non_null(strstr(doc, f == REPORT_JSON ? "major-nc" : "major nonconformity"));
		assert_non_null(strstr(doc, "The scope names no provider."));
		free(doc);
	}
	report_model *md = report_model_build(r, &meta);
	size_t len;
	char *fc = report_csv_table(md, RT_FINDINGS, false, &len);
	char *nc = report_csv_table(md, RT_NONCONFORMITIES, false, &len);
	assert_non_null(strstr(fc, "is marked in place but no evidence is recorded"));
	assert_non_null(strstr(nc, "NC-001,4.3,major-nc,"));
	assert_non_null(strstr(nc, "The scope names no provider."));
	free(fc);
	free(nc);
	report_model_free(&md);
	free(err);
	gap_free(&r);
	assess_free(&a);
}

static void
test_md(void **state)
{
	(void)state;
	size_t len;
	char *m = render(REPORT_MD, &len);
	assert_null(strstr(m, "<script>"));
	assert_non_null(strstr(m, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Co\" \\| Ltd"));
	assert_non_null(strstr(m, "line two \\| with pipe \\`code\\` \\*star\\* &lt;b&gt;"));
	assert_null(strstr(m, RLO));
	/* Every section of the report model is there, under its heading. */
	static const char *const sections[] = {"## Summary",
					       "### Coverage by stage",
					       "### Coverage by practice",
					       "## Engagement profile",
					       "### Service providers",
					       "### Structural elements",
					       "### Role holders",
					       "### Process allocation across layers",
					       "## Clause by clause",
					       "## Documented information and records",
					       "## Rule findings",
					       "## Nonconformities and opportunities for improvement",
					       "## Action plan",
					       "## Items and evidence"};
	for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
		assert_non_null(strstr(m, sections[i]));
	assert_non_null(strstr(m, "| +Provider | external | high | @SUM(A1) |"));
	/* Every table row has as many cells as its header. */
	const char *line = m;
	size_t want = 0;
	while (*line) {
		const char *end = strchr(line, '\n');
		assert_non_null(end);
		if (line[0] == '|') {
			size_t pipes = 0;
			for (const char *q = line; q < end; q++)
				pipes += *q == '|' && (q == line || q[-1] != '\\');
			if (!want || (end > line + 2 && line[2] == '-'))
				want = want ? want : pipes;
			assert_int_equal(pipes, want);
		} else {
			want = 0;
		}
		line = end + 1;
	}
	free(m);
}

/* A strict JSON syntax check (RFC 8259), enough to prove the writer's
 * escaping: returns the position after one value, or NULL. */
static const char *json_value(const char *p);

static const char *
ws(const char *p)
{
	while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
		p++;
	return p;
}

static const char *
json_string(const char *p)
{
	if (*p++ != '"')
		return NULL;
	while (*p != '"') {
		if ((unsigned char)*p < 0x20)
			return NULL;
		if (*p == '\\') {
			p++;
			if (*p == 'u') {
				for (int i = 1; i <= 4; i++)
					if (!strchr("0123456789abcdefABCDEF", p[i]) || !p[i])
						return NULL;
				p += 4;
			} else if (!strchr("\"\\/bfnrt", *p) || !*p) {
				return NULL;
			}
		}
		p++;
	}
	return p + 1;
}

static const char *
json_value(const char *p)
{
	p = ws(p);
	if (*p == '"')
		return json_string(p);
	if (*p == '{' || *p == '[') {
		char close = *p == '{' ? '}' : ']';
		p = ws(p + 1);
		if (*p == close)
			return p + 1;
		for (;;) {
			if (close == '}') {
				p = json_string(ws(p));
				if (!p || *(p = ws(p)) != ':')
					return NULL;
				p++;
			}
			if (!(p = json_value(p)))
				return NULL;
			p = ws(p);
			if (*p == ',') {
				p++;
				continue;
			}
			return *p == close ? p + 1 : NULL;
		}
	}
	if (!strncmp(p, "true", 4) || !strncmp(p, "null", 4))
		return p + 4;
	if (!strncmp(p, "false", 5))
		return p + 5;
	const char *s = p;
	if (*p == '-')
		p++;
	while ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' || *p == '+' || *p == '-')
		p++;
	return p > s ? p : NULL;
}

static void
test_json(void **state)
{
	(void)state;
	size_t len;
	char *j = render(REPORT_JSON, &len);
	const char *end = json_value(j);
	assert_non_null(end);
	assert_string_equal(ws(end), "");
	assert_non_null(strstr(j, "\"organization\":\"<script>alert(1)</script> & \\\"Co\\\" | Ltd\""));
	assert_non_null(strstr(j, "\"notes\":\"=cmd|' /C calc'!A0\\nline two"));
	assert_non_null(strstr(j, "\"location\":\"\\rCR location\""));
	assert_non_null(strstr(j, "\"format\":\"siamwiz-report\",\"format_version\":1"));
	assert_non_null(strstr(j, "\"justification\":\"@justified \\\"quoted\\\"\""));
	/* The registers of the profile, as the other formats carry them. */
	assert_non_null(strstr(j, "\"structures\":[],\"roles\":[{\"role\":\"ROLE."));
	assert_non_null(strstr(j, "\"accountable\":[],\"responsible\":[]"));
	assert_non_null(strstr(j, "\"processes\":[],\"participants\":[{"));
	assert_non_null(strstr(j, "\"item\":\"PB.OUT.11\""));
	assert_non_null(strstr(j, "\"clauses_at_stake\":[\""));
	/* A scope holding a bidi override keeps it, escaped. */
	assert_non_null(strstr(j, "Left \\u202etxt.exe"));
	assert_null(strstr(j, RLO));
	free(j);
	/* The demo too. */
	assert_null(json_value("{\"a\":1,}"));
	assert_null(json_value("{\"a\":\"\x01\"}"));
}

/* The participants and the checkpoints, in every format, with their values. */
static void
test_workshop_everywhere(void **state)
{
	(void)state;
	size_t len;
	char *h = render(REPORT_HTML, &len);
	assert_non_null(strstr(h, "<li><a href=\"#workshop\">Workshop: participants and checkpoints</a></li>"));
	assert_non_null(strstr(h, "<h2 id=\"workshop\">Workshop: participants and checkpoints</h2>"));
	assert_non_null(strstr(h, "&lt;b&gt;Org&lt;/b&gt;"));
	assert_non_null(strstr(h, "&lt;i&gt;note&lt;/i&gt;"));
	assert_non_null(strstr(h, "return to an earlier stage"));
	assert_null(strstr(h, "<i>note"));
	free(h);
	char *m = render(REPORT_MD, &len);
	assert_non_null(strstr(m, "## Workshop: participants and checkpoints\n"));
	assert_non_null(strstr(m, "| Stage | Checkpoint | Decision | Back to stage | Date | Present | Risks | Issues | "
				  "Notes |\n"));
	free(m);
	char *j = render(REPORT_JSON, &len);
	assert_non_null(strstr(j, "\"participants\":[{\"name\":\"=Dana\",\"organization\":\"<b>Org</b>\","
				  "\"layer\":\"customer\",\"role\":\"Sponsor | lead\"},{\"name\":\"Lee\","
				  "\"organization\":null,\"layer\":null,\"role\":null}]"));
	assert_non_null(strstr(j, "\"checkpoints\":[{\"stage\":1,\"iteration\":1,\"decision\":\"proceed\","
				  "\"return_to\":null,\"date\":\"2026-10-01\",\"present\":[\"=Dana\",\"Lee\"],"
				  "\"risks\":\"+risk one\\nrisk two\",\"issues\":null,\"notes\":null},"
				  "{\"stage\":3,\"iteration\":1,\"decision\":\"return\",\"return_to\":2,"));
	free(j);
	assessment *a = hostile();
	gap_report *r = gap_analyze(K, a);
	report_model *md = report_model_build(r, &meta);
	assert_int_equal(report_table_parse("checkpoints"), RT_CHECKPOINTS);
	assert_int_equal(report_table_parse("participants"), RT_PARTICIPANTS);
	assert_int_equal(md->t[RT_CHECKPOINTS].nrows, 2);
	char *c = report_csv_table(md, RT_CHECKPOINTS, false, &len);
	assert_string_equal(c, "stage,iteration,decision,return_to,date,present,risks,issues,notes\r\n"
			       "1,1,proceed,,2026-10-01,\"'=Dana\nLee\",\"'+risk one\nrisk two\",,\r\n"
			       "3,1,return,2,2026-11-01,\"'=Dana\",,No budget,<i>note</i>\r\n");
	free(c);
	c = report_csv_table(md, RT_PARTICIPANTS, false, &len);
	assert_string_equal(c, "name,organization,layer,role\r\n\"'=Dana\",<b>Org</b>,customer,Sponsor | lead\r\n"
			       "Lee,,,\r\n");
	free(c);
	report_model_free(&md);
	gap_free(&r);
	assess_free(&a);
}

static void
test_sha256(void **state)
{
	(void)state;
	char hex[65];
	sha256_hex("", 0, hex);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	sha256_hex("abc", 3, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	sha256_hex(two, strlen(two), hex);
	assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	char *mil = malloc(1000000);
	memset(mil, 'a', 1000000);
	sha256_ctx c;
	unsigned char d[32];
	sha256_init(&c);
	for (int i = 0; i < 10; i++) /* fed in pieces that straddle blocks */
		sha256_update(&c, mil + i * 100000, 100000);
	sha256_final(&c, d);
	assert_int_equal(d[0], 0xcd);
	assert_int_equal(d[1], 0xc7);
	assert_int_equal(d[31], 0xd0);
	free(mil);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_formats_agree),
		cmocka_unit_test(test_claim_and_judgement_everywhere),
		cmocka_unit_test(test_md),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_workshop_everywhere),
		cmocka_unit_test(test_sha256),
	};
	return cmocka_run_group_tests(tests, fixture_load_kb, fixture_free_kb);
}
