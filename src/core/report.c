/* report.c - what the report writers share: format names, the title and
 * small joins of record fields. */
#include "config.h"

#include <string.h>

#include "i18n.h"
#include "report.h"

int
report_parse_format(const char *s)
{
	static const char *const names[] = {"html", "csv", "md", "json"};
	for (int i = 0; i < 4; i++)
		if (s && !strcmp(s, names[i]))
			return i;
	return -1;
}

char *
report_render(report_format f, const gap_report *r, const report_meta *m, size_t *len)
{
	switch (f) {
	case REPORT_HTML: return report_html(r, m, len);
	case REPORT_CSV: return report_csv(r, m, len);
	case REPORT_MD: return report_md(r, m, len);
	case REPORT_JSON: return report_json(r, m, len);
	}
	return NULL;
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
		sb_add(&b, rec->evidence[i].text);
		if (rec->evidence[i].location)
			sb_addf(&b, " (%s)", rec->evidence[i].location);
	}
	return sb_steal(&b);
}

char *
report_providers(const as_item *rec)
{
	strbuf b;
	sb_init(&b);
	for (size_t i = 0; rec && i < rec->nproviders; i++) {
		if (i)
			sb_add(&b, ", ");
		sb_add(&b, rec->providers[i]);
	}
	return sb_steal(&b);
}
