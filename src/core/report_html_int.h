/* report_html_int.h - what the parts of the HTML report share: private to
 * src/core/report_html*.c. */
#ifndef SIAMWIZ_REPORT_HTML_INT_H
#define SIAMWIZ_REPORT_HTML_INT_H

#include "gap.h"
#include "report_model.h"
#include "util.h"

/* Untrusted text into HTML: made visible, then escaped. */
void html_text(strbuf *b, const char *s);
/* The opening of a table with these (translatable) column headings. */
void html_th(strbuf *b, const char *const *cols, size_t n);
/* A section heading with the anchor the table of contents links to. */
void html_h2(strbuf *b, const char *id, const char *title);
void html_badge(strbuf *b, const char *cls, const char *label);
/* A percentage, or a dash for "excluded" (v < 0). */
void html_pct(strbuf *b, double v);

/* The sign-off block of the cover and the frame after the summary, from
 * tables of the report model. */
/* A table of the report model: its column labels, a row header, a class
 * per column (c-KEY); empty says so in words. */
void html_table(strbuf *b, const report_table *t, const char *caption, const char *empty);
void html_frame(strbuf *b, const report_table *t);

/* The sections after the summary, in the order of the report. */
void html_profile(strbuf *b, const gap_report *r, const report_model *md);
void html_workshop(strbuf *b, const report_model *md);
void html_clauses(strbuf *b, const gap_report *r);
void html_docs(strbuf *b, const gap_report *r);
void html_findings(strbuf *b, const gap_report *r);
void html_judgements(strbuf *b, const gap_report *r);
void html_actions(strbuf *b, const gap_report *r);
void html_appendix(strbuf *b, const gap_report *r);

#endif
