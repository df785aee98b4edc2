/* report_xlsx.c - the report as an Excel workbook, through libxlsxwriter:
 * a sheet per part of the report model, typed cells (IDs and clause
 * numbers as text, dates as dates, coverage as percentages), frozen
 * headers, filters, status colours and the document's properties.  No
 * cell holds a formula: every text is written as a string.
 *
 * libxlsxwriter writes to a file; the workbook is built in a private
 * temporary directory and read back, so that it reaches the user through
 * the same checked, atomic path as every other report. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "escape.h"
#include "fileio.h"
#include "i18n.h"
#include "report_model.h"

#ifdef HAVE_XLSX

#include <xlsxwriter.h>

#define XLSX_MAX_CELL 32767 /* characters Excel keeps in one cell */
#define XLSX_MAX_FILE (256u << 20)

enum fmt {
	F_HEAD,
	F_TEXT,
	F_DATE,
	F_PERCENT,
	F_TITLE,
	F_BOLD,
	F_GOOD,
	F_FAIR,
	F_BAD,
	F_NONE,
	F_EXCLUDED,
	F_COUNT
};

typedef struct book {
	lxw_workbook *wb;
	lxw_format *f[F_COUNT];
	lxw_error err;
} book;

/* The colours of the HTML report's badges, by the words they stand for. */
static const struct {
	const char *tone;
	enum fmt f;
} tones[] = {
	{"covered", F_GOOD},      {"present", F_GOOD}, {"in-place", F_GOOD}, {"conforming", F_GOOD},
	{"done", F_GOOD},         {"partial", F_FAIR}, {"warning", F_FAIR},  {"minor-nc", F_FAIR},
	{"medium", F_FAIR},       {"ofi", F_FAIR},     {"gap", F_BAD},       {"missing", F_BAD},
	{"error", F_BAD},         {"major-nc", F_BAD}, {"high", F_BAD},      {"unassessed", F_NONE},
	{"not-assessed", F_NONE}, {"info", F_NONE},    {"low", F_NONE},      {"not-applicable", F_EXCLUDED},
};

static lxw_format *
tone_format(book *bk, const char *tone)
{
	for (size_t i = 0; tone && i < sizeof tones / sizeof tones[0]; i++)
		if (!strcmp(tones[i].tone, tone))
			return bk->f[tones[i].f];
	return bk->f[F_TEXT];
}

static void
formats(book *bk)
{
	for (int i = 0; i < F_COUNT; i++) {
		bk->f[i] = workbook_add_format(bk->wb);
		format_set_align(bk->f[i], LXW_ALIGN_VERTICAL_TOP);
	}
	format_set_bold(bk->f[F_HEAD]);
	format_set_bg_color(bk->f[F_HEAD], 0xE8EEF5);
	format_set_bottom(bk->f[F_HEAD], LXW_BORDER_THIN);
	format_set_text_wrap(bk->f[F_HEAD]);
	format_set_text_wrap(bk->f[F_TEXT]);
	format_set_num_format(bk->f[F_DATE], "yyyy-mm-dd");
	format_set_num_format(bk->f[F_PERCENT], "0%");
	format_set_bold(bk->f[F_TITLE]);
	format_set_font_size(bk->f[F_TITLE], 16);
	format_set_font_color(bk->f[F_TITLE], 0x12355B);
	format_set_bold(bk->f[F_BOLD]);
	static const struct {
		enum fmt f;
		lxw_color_t bg, fg;
	} colours[] = {
		{F_GOOD, 0xE3F4E6, 0x17632A}, {F_FAIR, 0xFFF3D6, 0x7A4F00},     {F_BAD, 0xFDE4E4, 0x9B1C1C},
		{F_NONE, 0xEEF0F3, 0x444444}, {F_EXCLUDED, 0xF1ECF7, 0x4D2C7A},
	};
	for (size_t i = 0; i < sizeof colours / sizeof colours[0]; i++) {
		format_set_bg_color(bk->f[colours[i].f], colours[i].bg);
		format_set_font_color(bk->f[colours[i].f], colours[i].fg);
	}
}

static void
keep(book *bk, lxw_error e)
{
	if (e != LXW_NO_ERROR && bk->err == LXW_NO_ERROR)
		bk->err = e;
}

/* Text into a cell: invisible format characters shown, and cut to what a
 * cell holds (on a character boundary, the cut said in the cell). */
static void
put_text(book *bk, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f)
{
	char *shown = esc_show_format(s);
	const char *t = shown ? shown : s;
	char *cut = NULL;
	size_t n = 0, bytes = 0;
	for (const unsigned char *p = (const unsigned char *)t; *p; p++)
		if ((*p & 0xc0) != 0x80 && ++n > XLSX_MAX_CELL - 16) {
			bytes = (size_t)(p - (const unsigned char *)t);
			break;
		}
	if (bytes) {
		cut = xasprintf("%.*s %s", (int)bytes, t, _("[cut]"));
		t = cut;
	}
	keep(bk, worksheet_write_string(ws, r, c, t, f));
	free(cut);
	free(shown);
}

static void
put_cell(book *bk, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const report_column *col, const report_cell *x)
{
	int y, mo, d;
	switch (col->type) {
	case RCELL_NUMBER:
		if (x->value >= 0)
			keep(bk, worksheet_write_number(ws, r, c, x->value, NULL));
		return;
	case RCELL_PERCENT:
		if (x->value >= 0)
			keep(bk, worksheet_write_number(ws, r, c, x->value / 100.0, bk->f[F_PERCENT]));
		return;
	case RCELL_DATE:
		if (sscanf(x->text, "%4d-%2d-%2d", &y, &mo, &d) == 3) {
			lxw_datetime dt = {y, mo, d, 0, 0, 0};
			keep(bk, worksheet_write_datetime(ws, r, c, &dt, bk->f[F_DATE]));
			return;
		}
		break;
	case RCELL_WORD:
		if (x->tone) {
			put_text(bk, ws, r, c, x->text, tone_format(bk, x->tone));
			return;
		}
		break;
	case RCELL_ID:
	case RCELL_TEXT:
		break;
	}
	if (*x->text)
		put_text(bk, ws, r, c, x->text, bk->f[F_TEXT]);
}

static double
width_of(const report_column *col)
{
	switch (col->type) {
	case RCELL_TEXT:
		return 42;
	case RCELL_NUMBER:
	case RCELL_PERCENT:
		return 11;
	case RCELL_DATE:
		return 12;
	case RCELL_ID:
	case RCELL_WORD:
		return col->sep ? 22 : 15;
	}
	return 15;
}

/* A table of the model from row r, columns from first: its header, then
 * its rows.  Returns the row after it. */
static lxw_row_t
put_table(book *bk, lxw_worksheet *ws, lxw_row_t r, const report_table *t, size_t first)
{
	for (size_t c = first; c < t->ncols; c++)
		put_text(bk, ws, r, (lxw_col_t)(c - first), _(t->cols[c].label), bk->f[F_HEAD]);
	for (size_t i = 0; i < t->nrows; i++)
		for (size_t c = first; c < t->ncols; c++)
			put_cell(bk, ws, r + 1 + (lxw_row_t)i, (lxw_col_t)(c - first), &t->cols[c],
				 report_cell_at(t, i, c));
	return r + 1 + (lxw_row_t)t->nrows;
}

static void
widths(lxw_worksheet *ws, const report_table *t, size_t first)
{
	for (size_t c = first; c < t->ncols; c++)
		worksheet_set_column(ws, (lxw_col_t)(c - first), (lxw_col_t)(c - first), width_of(&t->cols[c]), NULL);
}

/* A sheet holding one table: header frozen, a filter on every column. */
static void
table_sheet(book *bk, const char *name, const report_table *t)
{
	lxw_worksheet *ws = workbook_add_worksheet(bk->wb, name);
	if (!ws) {
		keep(bk, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return;
	}
	widths(ws, t, 0);
	lxw_row_t end = put_table(bk, ws, 0, t, 0);
	worksheet_freeze_panes(ws, 1, 0);
	keep(bk, worksheet_autofilter(ws, 0, 0, end > 1 ? end - 1 : 0, (lxw_col_t)(t->ncols - 1)));
}

/* Several tables under headings on one sheet. */
static lxw_row_t
titled(book *bk, lxw_worksheet *ws, lxw_row_t r, const report_table *t, size_t first, const char *empty)
{
	put_text(bk, ws, r, 0, _(t->title), bk->f[F_BOLD]);
	if (!t->nrows) {
		put_text(bk, ws, r + 1, 0, empty, NULL);
		return r + 3;
	}
	return put_table(bk, ws, r + 1, t, first) + 1;
}

static void
summary_sheet(book *bk, const report_model *md, const report_meta *m)
{
	lxw_worksheet *ws = workbook_add_worksheet(bk->wb, _("Summary"));
	if (!ws) {
		keep(bk, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return;
	}
	worksheet_set_column(ws, 0, 0, 30, NULL);
	worksheet_set_column(ws, 1, 1, 60, NULL);
	worksheet_set_column(ws, 2, 8, 12, NULL);
	put_text(bk, ws, 0, 0, report_title(m), bk->f[F_TITLE]);
	char *line = report_summary_line(md->r);
	put_text(bk, ws, 1, 0, line, NULL);
	free(line);
	lxw_row_t r = put_table(bk, ws, 3, &md->t[RT_META], 1) + 1;
	r = titled(bk, ws, r, &md->t[RT_SIGNOFF], 0, "");
	r = titled(bk, ws, r, &md->t[RT_TOPGAPS], 0, _("No clause is a gap."));
	r = titled(bk, ws, r, &md->t[RT_FRAME], 1, "");
	r = titled(bk, ws, r, &md->t[RT_STAGES], 0, "");
	titled(bk, ws, r, &md->t[RT_PRACTICES], 0, "");
}

static void
profile_sheet(book *bk, const report_model *md)
{
	lxw_worksheet *ws = workbook_add_worksheet(bk->wb, _("Profile and providers"));
	if (!ws) {
		keep(bk, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return;
	}
	worksheet_set_column(ws, 0, 0, 32, NULL);
	worksheet_set_column(ws, 1, 5, 26, NULL);
	lxw_row_t r = 0;
	static const report_table_id parts[] = {RT_PROVIDERS, RT_STRUCTURES, RT_ROLES, RT_PROCESSES};
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		r = titled(bk, ws, r, &md->t[parts[i]], 0, _("None recorded."));
}

/* Midnight UTC of the report date: the workbook says when it was made,
 * and SOURCE_DATE_EPOCH makes it reproducible. */
static time_t
report_day(const report_meta *m)
{
	struct tm tm = {0};
	if (!m->generated || sscanf(m->generated, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
		return 0;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	return timegm(&tm);
}

static void
build(book *bk, const report_model *md, const report_meta *m)
{
	char *comments = xasprintf("siamwiz %s", m->version ? m->version : "");
	lxw_doc_properties props = {
		.title = (char *)report_title(m),
		.author = md->r->a->assessor,
		.company = md->r->a->organization,
		.comments = comments,
		.created = report_day(m),
	};
	keep(bk, workbook_set_properties(bk->wb, &props));
	formats(bk);
	summary_sheet(bk, md, m);
	table_sheet(bk, _("Clauses"), &md->t[RT_CLAUSES]);
	table_sheet(bk, _("Items and evidence"), &md->t[RT_ITEMS]);
	table_sheet(bk, _("Documented information"), &md->t[RT_DOCUMENTS]);
	table_sheet(bk, _("Findings"), &md->t[RT_FINDINGS]);
	table_sheet(bk, _("Nonconformities"), &md->t[RT_NONCONFORMITIES]);
	table_sheet(bk, _("Action plan"), &md->t[RT_ACTIONS]);
	profile_sheet(bk, md);
	table_sheet(bk, _("Participants"), &md->t[RT_PARTICIPANTS]);
	table_sheet(bk, _("Checkpoints"), &md->t[RT_CHECKPOINTS]);
	free(comments);
}

char *
report_xlsx(const gap_report *r, const report_meta *m, size_t *len)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/siamwiz-xlsx-XXXXXX", tmp && tmp[0] == '/' ? tmp : "/tmp");
	char *path = NULL, *data = NULL, *err = NULL;
	if (!mkdtemp(dir)) {
		free(dir);
		return NULL;
	}
	path = xasprintf("%s/report.xlsx", dir);
	lxw_workbook_options opt = {.constant_memory = 0, .tmpdir = dir, .use_zip64 = 0};
	book bk = {.wb = workbook_new_opt(path, &opt)};
	if (bk.wb) {
		report_model *md = report_model_build(r, m);
		build(&bk, md, m);
		report_model_free(&md);
		lxw_error e = workbook_close(bk.wb);
		if (bk.err == LXW_NO_ERROR)
			bk.err = e;
		if (bk.err == LXW_NO_ERROR && fileio_read(path, XLSX_MAX_FILE, &data, len, NULL, &err) != 0)
			data = NULL;
		if (bk.err != LXW_NO_ERROR) {
			free(data);
			data = NULL;
		}
	}
	free(err);
	unlink(path);
	rmdir(dir);
	free(path);
	free(dir);
	return data;
}

#else

char *
report_xlsx(const gap_report *r, const report_meta *m, size_t *len)
{
	(void)r;
	(void)m;
	*len = 0;
	errno = ENOSYS;
	return NULL;
}

#endif
