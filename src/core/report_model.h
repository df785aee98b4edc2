/* report_model.h - the report as data: every section of the gap report as
 * a table of typed cells, walked once from the knowledge base, the
 * assessment and the gap analysis.  Writers only format it, so that every
 * format carries the same sections with the same rows. */
#ifndef SIAMWIZ_REPORT_MODEL_H
#define SIAMWIZ_REPORT_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "report.h"

/* What a cell holds, for writers that type their cells (a spreadsheet
 * keeps an ID such as 4.1 as text, a coverage as a percentage). */
typedef enum {
	RCELL_TEXT, /* free text, possibly several lines */
	RCELL_ID, /* an identifier: clause number, item ID, NC-001 */
	RCELL_NUMBER, /* a count */
	RCELL_PERCENT, /* 0-100, or none ("excluded") */
	RCELL_DATE, /* YYYY-MM-DD, or empty */
	RCELL_WORD, /* a stable word of the file format: gap, in-place, ... */
} report_celltype;

typedef struct report_column {
	const char *key; /* stable, English: CSV and JSON headers */
	const char *label; /* N_() heading, translated by the writer */
	report_celltype type;
	char sep; /* a list: its entries separated by this (' ' for
				 * IDs and words, '\n' for names); 0 for one value */
} report_column;

typedef struct report_cell {
	char *text; /* as a person reads it; "" when empty, never NULL */
	double value; /* RCELL_NUMBER, RCELL_PERCENT: the value; -1 when none */
	const char *tone; /* a status word for colours ("gap", "covered",
				 * "error"...), or NULL */
} report_cell;

typedef enum {
	RT_META,
	RT_SIGNOFF,
	RT_FRAME,
	RT_STAGES,
	RT_PRACTICES,
	RT_TOPGAPS,
	RT_PROVIDERS,
	RT_STRUCTURES,
	RT_ROLES,
	RT_PROCESSES,
	RT_CLAUSES,
	RT_DOCUMENTS,
	RT_FINDINGS,
	RT_NONCONFORMITIES,
	RT_ACTIONS,
	RT_ITEMS,
	RT_PARTICIPANTS,
	RT_CHECKPOINTS,
	RT_COUNT
} report_table_id;

typedef struct report_table {
	const char *key; /* "clauses": --table and JSON */
	const char *title; /* N_() */
	const report_column *cols;
	size_t ncols;
	report_cell *cells; /* nrows x ncols, row by row */
	size_t nrows, cap;
} report_table;

typedef struct report_model {
	const gap_report *r;
	report_table t[RT_COUNT];
} report_model;

report_model *report_model_build(const gap_report *r, const report_meta *m);
void report_model_free(report_model **mp);
/* The table of a --table word ("clauses", "items"...), or -1. */
int report_table_parse(const char *key);
/* Every --table word, space-separated, for messages and completion. */
const char *report_table_words(void);
/* The same words as a NULL-terminated list, in the order of the tables. */
extern const char *const report_table_names[RT_COUNT + 1];
const report_cell *report_cell_at(const report_table *t, size_t row, size_t col);
/* The number of runs of equal values in column col.  The rows of one item
 * are consecutive, so in the items table (one row per evidence entry) the
 * runs of its first column are the items. */
size_t report_runs(const report_table *t, size_t col);

/* A cell as data rather than for reading: a word column's stable word, a
 * percentage as a plain number ("62.5"); buf holds the number. */
const char *report_cell_data(const report_column *col, const report_cell *c, char *buf, size_t size);
/* One table as CSV, with a UTF-8 byte-order mark when bom. */
char *report_csv_table(const report_model *md, report_table_id id, bool bom, size_t *len);

#endif
