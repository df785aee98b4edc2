/* report.h - exporters of a gap analysis: HTML, CSV, Markdown, JSON.
 * Each returns the whole document as a string (the caller frees); each
 * escapes untrusted text in one place (escape.c), and the human-read
 * formats (HTML, Markdown) also pass it through the display sanitizer so
 * that bidirectional overrides and control characters show as what they
 * are. */
#ifndef SIAMWIZ_REPORT_H
#define SIAMWIZ_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "gap.h"

typedef enum {
	SIGN_PREPARED,
	SIGN_REVIEWED,
	SIGN_APPROVED,
	SIGN_COUNT
} report_signer;

typedef struct report_meta {
	const char *title; /* NULL for the default title */
	const char *file_name; /* the assessment file as named by the user */
	const char *sha256; /* hex digest of the assessment file */
	const char *version; /* siamwiz version */
	const char *generated; /* YYYY-MM-DD */
	const char *time_zone; /* of the dates: "UTC", "+01:00"; NULL unknown */
	/* The report as a controlled document; each may be NULL. */
	const char *report_id;
	const char *report_version;
	const char *classification; /* confidentiality marking */
	const char *distribution;
	const char *sign_name[SIGN_COUNT]; /* who prepared, reviewed, approved */
	const char *sign_date[SIGN_COUNT];
	char storage[96]; /* report_meta_init's digest, date and zone */
} report_meta;

/* The common part of every export, the same for the wizard and the
 * command line: the file's name and the SHA-256 of its bytes, the date
 * (SOURCE_DATE_EPOCH pins it, in UTC; otherwise today, local) and its time
 * zone, the program's version.  Everything else is left empty; without
 * data the digest is too (a caller that has it already sets it). */
void report_meta_init(report_meta *m, const char *file_name, const void *data, size_t len);

typedef enum {
	REPORT_HTML,
	REPORT_CSV,
	REPORT_MD,
	REPORT_JSON,
	REPORT_XLSX
} report_format;

int report_parse_format(const char *s); /* -1 when unknown */
/* False for a format this build cannot write (xlsx without libxlsxwriter). */
bool report_available(report_format f);
/* NULL when the document could not be made (only an Excel workbook can
 * fail: errno says why). */
char *report_render(report_format f, const gap_report *r, const report_meta *m, size_t *len);

char *report_html(const gap_report *r, const report_meta *m, size_t *len);
char *report_csv(const gap_report *r, const report_meta *m, size_t *len);
char *report_md(const gap_report *r, const report_meta *m, size_t *len);
char *report_json(const gap_report *r, const report_meta *m, size_t *len);
/* An Excel workbook: binary, *len bytes. */
char *report_xlsx(const gap_report *r, const report_meta *m, size_t *len);

/* Shared by the writers. */
const char *report_title(const report_meta *m);
/* Evidence of one record as "text (location)" entries joined by sep. */
char *report_evidence(const as_item *rec, const char *sep);
/* "minor nonconformity (NC-001)", or "" without a judgement. */
char *report_verdict(const as_judgement *j);
/* The figures of the summary in one sentence, the same in every format. */
char *report_summary_line(const gap_report *r);
/* Providers of one record joined by sep (", " to read; "\n" where a name
 * may hold a comma). */
char *report_providers(const as_item *rec, const char *sep);
/* The clauses an action's item supports that are not covered, their IDs
 * separated by spaces. */
char *report_at_stake(const gap_report *r, const kb_item *it);
/* The stable ID of the action on an item: one action per item at most. */
char *report_action_id(const kb_item *it);

#endif
