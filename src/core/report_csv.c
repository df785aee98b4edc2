/* report_csv.c - RFC 4180 CSV of one table of the report model: the items
 * and their evidence by default (one evidence entry a row), any other
 * table on request (--table).  The header holds the columns' stable keys
 * and the cells the file format's words, so that the table reads back the
 * same whatever the language of the report; a UTF-8 byte-order mark tells
 * spreadsheets the encoding.  Cells a spreadsheet would evaluate are
 * neutralised by esc_csv. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "i18n.h"
#include "report_model.h"

const char *
report_cell_data(const report_column *col, const report_cell *c, char *buf, size_t size)
{
	if (col->type == RCELL_WORD && c->tone)
		return c->tone;
	if (col->type == RCELL_PERCENT) {
		if (c->value < 0)
			return "";
		snprintf(buf, size, "%.1f", c->value);
		return buf;
	}
	return c->text;
}

char *
report_csv_table(const report_model *md, report_table_id id, bool bom, size_t *len)
{
	const report_table *t = &md->t[id];
	strbuf b;
	sb_init(&b);
	if (bom)
		sb_add(&b, "\xef\xbb\xbf");
	for (size_t c = 0; c < t->ncols; c++) {
		if (c)
			sb_addc(&b, ',');
		esc_csv(&b, t->cols[c].key);
	}
	sb_add(&b, "\r\n");
	for (size_t i = 0; i < t->nrows; i++) {
		for (size_t c = 0; c < t->ncols; c++) {
			char num[32];
			if (c)
				sb_addc(&b, ',');
			esc_csv(&b, report_cell_data(&t->cols[c], report_cell_at(t, i, c), num, sizeof num));
		}
		sb_add(&b, "\r\n");
	}
	*len = b.len;
	return sb_steal(&b);
}

char *
report_csv(const gap_report *r, const report_meta *m, size_t *len)
{
	report_model *md = report_model_build(r, m);
	char *s = report_csv_table(md, RT_ITEMS, true, len);
	report_model_free(&md);
	return s;
}
