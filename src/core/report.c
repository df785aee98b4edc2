/* report.c - what the report writers share: format names, the title and
 * small joins of record fields. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "sha256.h"

int
report_parse_format(const char *s)
{
	static const char *const names[] = {"html", "csv", "md", "json", "xlsx"};
	for (int i = 0; i < 5; i++)
		if (s && !strcmp(s, names[i]))
			return i;
	return -1;
}

char *
report_render(report_format f, const gap_report *r, const report_meta *m, size_t *len)
{
	switch (f) {
	case REPORT_HTML:
		return report_html(r, m, len);
	case REPORT_CSV:
		return report_csv(r, m, len);
	case REPORT_MD:
		return report_md(r, m, len);
	case REPORT_JSON:
		return report_json(r, m, len);
	case REPORT_XLSX:
		return report_xlsx(r, m, len);
	}
	return NULL;
}

bool
report_available(report_format f)
{
#ifdef HAVE_XLSX
	return f <= REPORT_XLSX;
#else
	return f < REPORT_XLSX;
#endif
}

const char *
report_title(const report_meta *m)
{
	return m->title && *m->title ? m->title : _("SIAM readiness against ISO/IEC 20000-1: gap report");
}

char *
report_evidence(const as_item *rec, const char *sep)
{
	strbuf b;
	sb_init(&b);
	for (size_t i = 0; rec && i < rec->nevidence; i++) {
		if (i)
			sb_add(&b, sep);
		const as_evidence *e = &rec->evidence[i];
		sb_add(&b, e->text);
		const char *sepx = " (";
		if (e->location) {
			sb_addf(&b, "%s%s", sepx, e->location);
			sepx = "; ";
		}
		if (e->date[0]) {
			sb_addf(&b, _("%sseen %s"), sepx, e->date);
			sepx = "; ";
		}
		if (e->reviewer) {
			sb_addf(&b, _("%sreviewed by %s"), sepx, e->reviewer);
			sepx = "; ";
		}
		if (sepx[0] == ';')
			sb_addc(&b, ')');
	}
	return sb_steal(&b);
}

char *
report_verdict(const as_judgement *j)
{
	if (!j)
		return xstrdup("");
	return j->id[0] ? xasprintf("%s (%s)", as_verdict_label(j->verdict), j->id)
			: xstrdup(as_verdict_label(j->verdict));
}

char *
report_summary_line(const gap_report *r)
{
	char *cov = NULL;
	double c = gap_coverage(&r->overall);
	cov = c < 0 ? xstrdup("–") : xasprintf("%.0f%%", c);
	/* "label: count" throughout, so that no count needs a plural form. */
	char *s = xasprintf(_("Clauses covered: %zu, partly covered: %zu, with a gap: %zu, not assessed: %zu. "
			      "Overall coverage: %s. Items excluded (not applicable): %zu; in place without "
			      "evidence: %zu. Judged conforming: %zu; opportunities for improvement: %zu; minor "
			      "nonconformities: %zu; major nonconformities: %zu. Actions: %zu."),
			    r->count[GAP_COVERED], r->count[GAP_PARTIAL], r->count[GAP_GAP], r->count[GAP_UNASSESSED],
			    cov, r->overall.n[RES_NOT_APPLICABLE], r->overall.claimed, r->verdicts[VERDICT_CONFORMING],
			    r->verdicts[VERDICT_OFI], r->verdicts[VERDICT_MINOR_NC], r->verdicts[VERDICT_MAJOR_NC],
			    r->nactions);
	free(cov);
	return s;
}

char *
report_providers(const as_item *rec, const char *sep)
{
	strbuf b;
	sb_init(&b);
	for (size_t i = 0; rec && i < rec->nproviders; i++) {
		if (i)
			sb_add(&b, sep);
		sb_add(&b, rec->providers[i]);
	}
	return sb_steal(&b);
}

/* The clauses an action's item supports that are not covered. */
char *
report_at_stake(const gap_report *r, const kb_item *it)
{
	strbuf b;
	sb_init(&b);
	for (size_t l = 0; l < it->nlinks; l++) {
		size_t ci = r->kb->links[it->links[l]].clause;
		if (r->clauses[ci].status != GAP_COVERED) {
			if (b.len)
				sb_addc(&b, ' ');
			sb_add(&b, r->kb->clauses[ci].id);
		}
	}
	return sb_steal(&b);
}

char *
report_action_id(const kb_item *it)
{
	return xasprintf("A-%s", it->id);
}

void
report_meta_init(report_meta *m, const char *file_name, const void *data, size_t len)
{
	memset(m, 0, sizeof *m);
	char *hex = m->storage, *day = m->storage + 65, *zone = m->storage + 76;
	if (data)
		sha256_hex(data, len, hex);
	struct tm tm;
	const char *e = getenv("SOURCE_DATE_EPOCH");
	char *end = NULL;
	long long epoch = e && *e ? strtoll(e, &end, 10) : 0;
	if (e && *e && end && !*end && epoch >= 0) {
		time_t t = (time_t)epoch;
		gmtime_r(&t, &tm);
		strcpy(zone, "UTC");
	} else {
		time_t t = time(NULL);
		localtime_r(&t, &tm);
		char z[8];
		strftime(z, sizeof z, "%z", &tm); /* +0100 */
		if (strlen(z) == 5)
			snprintf(zone, 20, "%.3s:%.2s", z, z + 3);
		else
			strcpy(zone, "UTC");
	}
	strftime(day, 11, "%Y-%m-%d", &tm);
	m->file_name = file_name;
	m->sha256 = data ? hex : NULL;
	m->generated = day;
	m->time_zone = zone;
	m->version = PACKAGE_VERSION;
}
