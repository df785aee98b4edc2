/* report_html.c - the auditor's report: one self-contained, print-ready
 * HTML file (inline CSS, inline SVG charts, no script, no external
 * resource, a Content-Security-Policy that forbids them anyway). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "i18n.h"
#include "report.h"
#include "report_html_int.h"
#include "report_model.h"
#include "sanitize.h"

/* Untrusted text into HTML: made visible, then escaped. */
void
html_text(strbuf *b, const char *s)
{
	char *t = sanitize(s ? s : "", true);
	esc_html(b, t);
	free(t);
}

static const char css[] =
	"@page{size:A4;margin:18mm 16mm 20mm 16mm;"
	"@bottom-right{content:counter(page) \" / \" counter(pages);font:8pt sans-serif;color:#555}"
	"@top-left{content:var(--running);font:8pt sans-serif;color:#555}}"
	"@page{@bottom-left{content:var(--marking,\"\");font:bold 8pt sans-serif;color:#9b1c1c}}"
	"@page:first{@top-left{content:none}}"
	"html{font:10pt/1.45 \"DejaVu Sans\",\"Liberation Sans\",Arial,sans-serif;color:#1b1f24;background:#fff}"
	"body{max-width:190mm;margin:0 auto;padding:12mm 0}"
	"h1{font-size:20pt;margin:0 0 4mm;color:#12355b}"
	"h2{font-size:14pt;color:#12355b;border-bottom:1.5pt solid #12355b;padding-bottom:1mm;margin-top:10mm;"
	"break-before:page}"
	"p.classification{font-weight:bold;color:#9b1c1c;text-transform:uppercase;letter-spacing:0.5pt;margin:0 0 4mm}"
	"td.c-signature{height:12mm;width:45mm}td.c-date,td.c-due{white-space:nowrap}"
	"tbody th{text-align:left;font-weight:bold;background:none;border-bottom:0.5pt solid #c9d2dc;padding:1.2mm 1.5mm;vertical-align:top}.frame p{white-space:pre-line}"
	"h2#summary{break-before:page}h2,h3{break-after:avoid}"
	"figure.chart{margin:0;break-inside:avoid}"
	".toc{margin:6mm 0}.toc-title{font-weight:bold;color:#12355b;font-size:12pt;margin:0 0 2mm}"
	".toc ol{margin:0;padding-left:6mm}.toc a{color:#1b1f24;text-decoration:none}"
	"h3{font-size:11pt;margin:6mm 0 2mm;color:#12355b}"
	".cover{border-left:4mm solid #12355b;padding:2mm 0 2mm 6mm;margin-bottom:8mm}"
	".cover p.sub{color:#444;margin:0 0 6mm}"
	"dl.meta{display:grid;grid-template-columns:42mm 1fr;gap:1mm 4mm;margin:0}"
	"dl.meta dt{font-weight:bold;color:#333}dl.meta dd{margin:0;word-break:break-word}"
	".hash{font-family:\"DejaVu Sans Mono\",monospace;font-size:8pt}"
	"table{border-collapse:collapse;width:100%;margin:2mm 0 4mm;font-size:8.5pt}"
	"thead{display:table-header-group}tr{break-inside:auto}"
	"th{background:#e8eef5;text-align:left;border-bottom:1pt solid #12355b;padding:1.2mm 1.5mm}"
	"td{border-bottom:0.5pt solid #c9d2dc;padding:1.2mm 1.5mm;vertical-align:top}"
	"td.id{white-space:nowrap;font-weight:bold}td.date{white-space:nowrap}"
	".pre{white-space:pre-wrap}"
	".badge{display:inline-block;padding:0.2mm 1.8mm;border-radius:1mm;font-size:7.5pt;font-weight:bold;"
	"white-space:nowrap;border:0.5pt solid}"
	".covered,.present,.in-place{background:#e3f4e6;color:#17632a;border-color:#17632a}"
	".partial{background:#fff3d6;color:#7a4f00;border-color:#a46a00}"
	".gap,.missing,.error{background:#fde4e4;color:#9b1c1c;border-color:#9b1c1c}"
	".unassessed,.not-assessed,.info{background:#eef0f3;color:#444;border-color:#777}"
	".not-applicable{background:#f1ecf7;color:#4d2c7a;border-color:#4d2c7a}"
	".warning{background:#fff3d6;color:#7a4f00;border-color:#a46a00}"
	".figures{display:grid;grid-template-columns:repeat(4,1fr);gap:3mm;margin:4mm 0}"
	".figure{border:0.5pt solid #c9d2dc;border-radius:1.5mm;padding:2mm 3mm}"
	".figure b{display:block;font-size:16pt}"
	".d1{padding-left:4mm}.d2{padding-left:8mm}.d3{padding-left:12mm}"
	"tr.group td{background:#f5f7fa;font-weight:bold}"
	"ul.links{margin:1mm 0 0;padding-left:4mm}"
	"ul.links li{margin:0.5mm 0}"
	".muted{color:#555}"
	"svg{display:block;margin:2mm 0 4mm}"
	"footer{margin-top:10mm;font-size:8pt;color:#555;border-top:0.5pt solid #c9d2dc;padding-top:2mm}"
	"@media print{body{padding:0;max-width:none}}";

/* Text as a CSS string literal for the running page header: anything
 * that could end the string or the style element is hex-escaped. */
static void
css_string(strbuf *b, const char *s)
{
	char *t = sanitize(s ? s : "", false);
	sb_addc(b, '"');
	for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
		if (*p == '"' || *p == '\\' || *p == '<' || *p == '>' || *p == '&' || *p < 0x20)
			sb_addf(b, "\\%x ", *p);
		else
			sb_addc(b, (char)*p);
	}
	sb_addc(b, '"');
	free(t);
}

void
html_badge(strbuf *b, const char *cls, const char *label)
{
	sb_addf(b, "<span class=\"badge %s\">", cls);
	esc_html(b, label);
	sb_add(b, "</span>");
}

void
html_pct(strbuf *b, double v)
{
	if (v < 0)
		sb_add(b, "&ndash;");
	else
		sb_addf(b, "%.0f%%", v);
}

/* Horizontal bars, one per label, value in percent (or -1: excluded). */
static void
svg_bars(strbuf *b, const char *title, const char *const *labels, const double *v, size_t n)
{
	const int lw = 300, bw = 320, rh = 22, top = 8;
	int h = top + (int)n * rh + 22;
	sb_addf(b,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"680\" height=\"%d\" viewBox=\"0 0 680 %d\" "
		"role=\"img\" aria-label=\"",
		h, h);
	esc_html(b, title);
	sb_add(b, "\" font-family=\"DejaVu Sans,Arial,sans-serif\" font-size=\"11\"><title>");
	esc_html(b, title);
	sb_add(b, "</title><desc>");
	for (size_t i = 0; i < n; i++) {
		html_text(b, labels[i]);
		if (v[i] >= 0)
			sb_addf(b, ": %.0f%%%s", v[i], i + 1 < n ? "; " : "");
		else
			sb_addf(b, ": %s%s", _("not applicable"), i + 1 < n ? "; " : "");
	}
	sb_add(b, "</desc>");
	for (int x = 0; x <= 100; x += 25) {
		int px = lw + bw * x / 100;
		sb_addf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#c9d2dc\" stroke-width=\"1\"/>", px,
			top - 2, px, top + (int)n * rh);
		sb_addf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\" font-size=\"9\">%d%%</text>",
			px, top + (int)n * rh + 14, x);
	}
	for (size_t i = 0; i < n; i++) {
		int y = top + (int)i * rh;
		sb_addf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#1b1f24\">", lw - 8, y + 15);
		html_text(b, labels[i]);
		sb_add(b, "</text>");
		sb_addf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\" fill=\"#eef0f3\"/>", lw, y + 4, bw);
		if (v[i] >= 0) {
			const char *col = v[i] >= 75 ? "#2e8540" : v[i] >= 40 ? "#d08c00" : "#c0392b";
			sb_addf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\" fill=\"%s\"/>", lw, y + 4,
				(int)(bw * v[i] / 100.0 + 0.5), col);
			sb_addf(b, "<text x=\"%d\" y=\"%d\" fill=\"#1b1f24\" font-weight=\"bold\">%.0f%%</text>",
				lw + bw + 6, y + 15, v[i]);
		} else {
			sb_addf(b, "<text x=\"%d\" y=\"%d\" fill=\"#555\">n/a</text>", lw + bw + 6, y + 15);
		}
	}
	sb_add(b, "</svg>\n");
}

/* A chart under its heading, the two kept on one page. */
static void
chart(strbuf *b, const char *title, const char *const *labels, const double *v, size_t n)
{
	sb_add(b, "<figure class=\"chart\">\n<h3>");
	esc_html(b, title);
	sb_add(b, "</h3>\n");
	svg_bars(b, title, labels, v, n);
	sb_add(b, "</figure>\n");
}

static void
meta_row(strbuf *b, const char *label, const char *value, const char *cls)
{
	sb_add(b, "<dt>");
	esc_html(b, label);
	sb_add(b, "</dt><dd");
	if (cls)
		sb_addf(b, " class=\"%s\"", cls);
	sb_add(b, ">");
	if (value && *value)
		html_text(b, value);
	else
		sb_add(b, "&ndash;");
	sb_add(b, "</dd>\n");
}

static void
cover(strbuf *b, const gap_report *r, const report_meta *m)
{
	const assessment *a = r->a;
	if (m->classification) {
		sb_add(b, "<p class=\"classification\">");
		html_text(b, m->classification);
		sb_add(b, "</p>\n");
	}
	sb_add(b, "<section class=\"cover\">\n<h1>");
	html_text(b, report_title(m));
	sb_add(b, "</h1>\n<p class=\"sub\">");
	html_text(b, a->organization);
	sb_add(b, "</p>\n<dl class=\"meta\">\n");
	meta_row(b, _("Organization"), a->organization, NULL);
	meta_row(b, _("Assessor"), a->assessor, NULL);
	meta_row(b, _("Assessment date"), a->date, NULL);
	meta_row(b, _("SIAM model"), a->model != MODEL_NONE ? as_model_label(a->model) : NULL, NULL);
	meta_row(b, _("Starting point"), a->start != START_NONE ? as_start_label(a->start) : NULL, NULL);
	meta_row(b, _("Scope"), a->scope, "pre");
	meta_row(b, _("Assessment file"), m->file_name, NULL);
	meta_row(b, _("SHA-256 of the file"), m->sha256, "hash");
	meta_row(b, _("Knowledge base"), r->kb->revision, NULL);
	char *tool = xasprintf("siamwiz %s", m->version);
	meta_row(b, _("Produced with"), tool, NULL);
	free(tool);
	meta_row(b, _("Report date"), m->generated, NULL);
	if (m->time_zone)
		meta_row(b, _("Time zone of the dates"), m->time_zone, NULL);
	if (m->report_id)
		meta_row(b, _("Report ID"), m->report_id, NULL);
	if (m->report_version)
		meta_row(b, _("Report version"), m->report_version, NULL);
	if (m->distribution)
		meta_row(b, _("Distribution"), m->distribution, "pre");
	sb_add(b, "</dl>\n");
}

static void
figure(strbuf *b, size_t n, const char *label)
{
	sb_addf(b, "<div class=\"figure\"><b>%zu</b>", n);
	esc_html(b, label);
	sb_add(b, "</div>");
}

static void
summary(strbuf *b, const gap_report *r, const report_table *top)
{
	const kb *k = r->kb;
	html_h2(b, "summary", _("Executive summary"));
	sb_add(b, "<p>");
	esc_html(b, _("Clauses 4 to 10 of ISO/IEC 20000-1 admit no exclusion. "));
	char *s = report_summary_line(r);
	esc_html(b, s);
	free(s);
	sb_add(b, "</p>\n<div class=\"figures\">");
	figure(b, r->count[GAP_COVERED], _("clauses covered"));
	figure(b, r->count[GAP_PARTIAL], _("clauses partly covered"));
	figure(b, r->count[GAP_GAP], _("clauses with a gap"));
	figure(b, r->count[GAP_UNASSESSED], _("clauses not assessed"));
	sb_add(b, "</div>\n<div class=\"figures\">");
	size_t sev[3] = {0};
	for (size_t i = 0; i < r->nfindings; i++)
		sev[r->findings[i].severity]++;
	figure(b, sev[SEV_ERROR], _("rule findings: errors"));
	figure(b, sev[SEV_WARNING], _("rule findings: warnings"));
	figure(b, r->nactions, _("actions in the plan"));
	size_t high = 0;
	for (size_t i = 0; i < r->nactions; i++)
		high += r->actions[i].priority == PRIO_HIGH;
	figure(b, high, _("high-priority actions"));
	sb_add(b, "</div>\n<div class=\"figures\">");
	figure(b, r->verdicts[VERDICT_MAJOR_NC], _("major nonconformities"));
	figure(b, r->verdicts[VERDICT_MINOR_NC], _("minor nonconformities"));
	figure(b, r->verdicts[VERDICT_OFI], _("opportunities for improvement"));
	figure(b, r->overall.n[RES_NOT_APPLICABLE], _("items excluded (not applicable)"));
	sb_add(b, "</div>\n");
	sb_add(b, "<h3>");
	esc_html(b, _(top->title));
	sb_add(b, "</h3>\n");
	html_table(b, top, NULL, _("No clause is a gap."));

	/* Coverage by clause group, 4 to 10. */
	const char *labels[16] = {NULL};
	double v[16] = {0};
	char *owned[16] = {NULL};
	size_t n = 0;
	for (size_t i = 0; i < k->nclauses && n < 16; i++) {
		if (k->clauses[i].parent >= 0)
			continue;
		owned[n] = xasprintf("%s %s", k->clauses[i].id, kb_tr(&k->clauses[i].title));
		labels[n] = owned[n];
		v[n] = gap_coverage(&r->clauses[i].all);
		n++;
	}
	chart(b, _("Coverage by ISO/IEC 20000-1 clause"), labels, v, n);
	for (size_t i = 0; i < n; i++)
		free(owned[i]);
	n = 0;
	for (size_t i = 0; i < k->nstages && n < 16; i++) {
		owned[n] = xasprintf("%d. %s", k->stages[i].number, kb_tr(&k->stages[i].title));
		labels[n] = owned[n];
		v[n] = gap_coverage(&r->stages[i]);
		n++;
	}
	chart(b, _("Coverage by roadmap stage"), labels, v, n);
	for (size_t i = 0; i < n; i++)
		free(owned[i]);
	static const char *const practices[] = {N_("People"), N_("Process"), N_("Measurement"), N_("Technology")};
	for (n = 0; n < 4; n++) {
		labels[n] = _(practices[n]);
		v[n] = gap_coverage(&r->practices[n]);
	}
	chart(b, _("Coverage by practice"), labels, v, n);
	sb_add(b, "<p class=\"muted\">");
	esc_html(b, _("Coverage counts an item in place with evidence as 1, one in place without evidence or "
		      "partly in place as 0.5, and every other item as 0, items excluded as not applicable "
		      "included: clauses 4 to 10 admit no exclusion."));
	sb_add(b, "</p>\n");
}

/* The table of contents: the sections, linked to their headings. */
static void
contents(strbuf *b)
{
	static const struct {
		const char *id, *title;
	} toc[] = {
		{"summary", N_("Executive summary")},
		{"frame", N_("Objectives, scope, criteria, method and limitations")},
		{"profile", N_("Engagement profile")},
		{"workshop", N_("Workshop: participants and checkpoints")},
		{"clauses", N_("Clause by clause")},
		{"documents", N_("Documented information and records")},
		{"findings", N_("Rule findings")},
		{"nonconformities", N_("Nonconformities and opportunities for improvement")},
		{"actions", N_("Action plan")},
		{"items", N_("Appendix: item register")},
	};
	sb_add(b, "<nav class=\"toc\" aria-labelledby=\"toc\">\n<p id=\"toc\" class=\"toc-title\">");
	esc_html(b, _("Contents"));
	sb_add(b, "</p>\n<ol>\n");
	for (size_t i = 0; i < sizeof toc / sizeof toc[0]; i++) {
		sb_addf(b, "<li><a href=\"#%s\">", toc[i].id);
		esc_html(b, _(toc[i].title));
		sb_add(b, "</a></li>\n");
	}
	sb_add(b, "</ol>\n</nav>\n");
}

char *
report_html(const gap_report *r, const report_meta *m, size_t *len)
{
	strbuf b;
	sb_init(&b);
	sb_add(&b, "<!DOCTYPE html>\n<html lang=\"");
	esc_html(&b, kb_report_lang(r->kb));
	sb_add(&b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
		   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
		   "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
		   "<meta name=\"referrer\" content=\"no-referrer\">\n"
		   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
	html_text(&b, report_title(m));
	sb_add(&b, " &ndash; ");
	html_text(&b, r->a->organization);
	sb_add(&b, "</title>\n<style>");
	sb_add(&b, css);
	sb_add(&b, ":root{--running:");
	char *run = xasprintf("%s \u2014 %s", r->a->organization, report_title(m));
	css_string(&b, run);
	free(run);
	if (m->classification) {
		sb_add(&b, ";--marking:");
		css_string(&b, m->classification);
	}
	sb_add(&b, "}");
	sb_add(&b, "</style>\n</head>\n<body>\n");
	report_model *md = report_model_build(r, m);
	cover(&b, r, m);
	html_table(&b, &md->t[RT_SIGNOFF], _(md->t[RT_SIGNOFF].title), "");
	sb_add(&b, "</section>\n");
	contents(&b);
	summary(&b, r, &md->t[RT_TOPGAPS]);
	html_frame(&b, &md->t[RT_FRAME]);
	html_profile(&b, r, md);
	html_workshop(&b, md);
	html_clauses(&b, r);
	html_docs(&b, r);
	html_findings(&b, r);
	html_judgements(&b, r);
	html_actions(&b, r);
	html_appendix(&b, r);
	sb_add(&b, "<footer>");
	esc_html(&b, _("ISO/IEC 20000-1 clause numbers and titles are cited for reference; all descriptions "
		       "and rationales are siamwiz's own. Clause status: covered when every primary item is in "
		       "place with evidence and the documented information the clause requires is present; gap "
		       "when no primary item is in place, when primary support is marked not applicable, when "
		       "required documented information is missing, or when a subclause is a gap."));
	sb_add(&b, "</footer>\n</body>\n</html>\n");
	report_model_free(&md);
	*len = b.len;
	return sb_steal(&b);
}
