/* report_model_int.h - what the parts of the report model share: the row
 * builder and the document-control tables.  Private to report_model*.c. */
#ifndef SIAMWIZ_REPORT_MODEL_INT_H
#define SIAMWIZ_REPORT_MODEL_INT_H

#include "report_model.h"

/* A row being filled, cell by cell in the order of the columns. */
typedef struct row {
	report_table *t;
	size_t col;
} row;

row rm_row_begin(report_table *t);
/* The next cell: text (owned; NULL is ""), value, tone. */
void rm_put(row *w, char *text, double value, const char *tone);
void rm_text(row *w, const char *s);
void rm_word(row *w, const char *s, const char *tone);
void rm_count(row *w, size_t n);
void rm_percent(row *w, double v);
/* Aborts when the row has not exactly as many cells as columns. */
void rm_row_end(row *w);
/* Append an ID to a space-separated list. */
void rm_idlist(strbuf *b, const char *id);

extern const report_column rm_meta_cols[3], rm_signoff_cols[4], rm_frame_cols[3];
void rm_fill_meta(report_table *t, const gap_report *r, const report_meta *m);
void rm_fill_signoff(report_table *t, const gap_report *r, const report_meta *m);
void rm_fill_frame(report_table *t, const gap_report *r);

extern const report_column rm_provider_cols[4], rm_structure_cols[4], rm_role_cols[6], rm_process_cols[6];
void rm_fill_providers(report_table *t, const gap_report *r);
void rm_fill_structures(report_table *t, const gap_report *r);
void rm_fill_roles(report_table *t, const gap_report *r);
void rm_fill_processes(report_table *t, const gap_report *r);

extern const report_column rm_participant_cols[4], rm_checkpoint_cols[9];
void rm_fill_participants(report_table *t, const gap_report *r);
void rm_fill_checkpoints(report_table *t, const gap_report *r);

#endif
