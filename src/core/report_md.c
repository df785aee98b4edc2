/* report_md.c - a Markdown gap report: every table of the report model,
 * under headings, as tables that render on the common forges.  Every cell
 * goes through the display sanitizer, then esc_md_cell. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "i18n.h"
#include "report_model.h"
#include "sanitize.h"

/* Untrusted text into a table cell: made visible, then escaped. */
static void
cell(strbuf *b, const char *s)
{
	char *t = sanitize(s ? s : "", true);
	sb_add(b, " ");
	esc_md_cell(b, t);
	sb_add(b, " |");
	free(t);
}

static void
para(strbuf *b, const char *s)
{
	char *t = sanitize(s ? s : "", true);
	esc_md_cell(b, t);
	sb_add(b, "\n\n");
	free(t);
}

/* A line in bold: the document's classification. */
static void
strong(strbuf *b, const char *s)
{
	char *t = sanitize(s, false);
	sb_add(b, "**");
	esc_md_cell(b, t);
	sb_add(b, "**\n\n");
	free(t);
}

static void
heading(strbuf *b, const char *level, const char *title)
{
	sb_addf(b, "%s ", level);
	para(b, title);
}

/* A table of the model, its columns from first (the metadata's key column
 * is for machines and left out); empty is said in words when the table
 * has no row. */
static void
table(strbuf *b, const report_table *t, size_t first, const char *empty)
{
	if (!t->nrows) {
		para(b, empty);
		return;
	}
	sb_add(b, "|");
	for (size_t c = first; c < t->ncols; c++)
		cell(b, _(t->cols[c].label));
	sb_add(b, "\n|");
	for (size_t c = first; c < t->ncols; c++)
		sb_add(b, " --- |");
	sb_add(b, "\n");
	for (size_t i = 0; i < t->nrows; i++) {
		sb_add(b, "|");
		for (size_t c = first; c < t->ncols; c++) {
			const report_cell *x = report_cell_at(t, i, c);
			cell(b, t->cols[c].type == RCELL_PERCENT && x->value < 0 ? "-" : x->text);
		}
		sb_add(b, "\n");
	}
	sb_add(b, "\n");
}

static void
section(strbuf *b, const report_model *md, report_table_id id, const char *empty)
{
	heading(b, "##", _(md->t[id].title));
	table(b, &md->t[id], 0, empty);
}

char *
report_md(const gap_report *r, const report_meta *m, size_t *len)
{
	report_model *md = report_model_build(r, m);
	strbuf b;
	sb_init(&b);
	heading(&b, "#", report_title(m));
	if (m->classification)
		strong(&b, m->classification);
	table(&b, &md->t[RT_META], 1, "");
	heading(&b, "###", _(md->t[RT_SIGNOFF].title));
	table(&b, &md->t[RT_SIGNOFF], 0, "");

	heading(&b, "##", _("Summary"));
	char *s = report_summary_line(r);
	para(&b, s);
	free(s);
	heading(&b, "###", _(md->t[RT_TOPGAPS].title));
	table(&b, &md->t[RT_TOPGAPS], 0, _("No clause is a gap."));
	heading(&b, "###", _(md->t[RT_STAGES].title));
	table(&b, &md->t[RT_STAGES], 0, "");
	heading(&b, "###", _(md->t[RT_PRACTICES].title));
	table(&b, &md->t[RT_PRACTICES], 0, "");

	heading(&b, "##", _(md->t[RT_FRAME].title));
	for (size_t i = 0; i < md->t[RT_FRAME].nrows; i++) {
		heading(&b, "###", report_cell_at(&md->t[RT_FRAME], i, 1)->text);
		para(&b, report_cell_at(&md->t[RT_FRAME], i, 2)->text);
	}

	heading(&b, "##", _("Engagement profile"));
	static const report_table_id profile[] = {RT_PROVIDERS, RT_STRUCTURES, RT_ROLES, RT_PROCESSES};
	for (size_t i = 0; i < sizeof profile / sizeof profile[0]; i++) {
		heading(&b, "###", _(md->t[profile[i]].title));
		table(&b, &md->t[profile[i]], 0, _("None recorded."));
	}
	heading(&b, "##", _("Workshop: participants and checkpoints"));
	heading(&b, "###", _(md->t[RT_PARTICIPANTS].title));
	table(&b, &md->t[RT_PARTICIPANTS], 0, _("No participant is registered."));
	heading(&b, "###", _(md->t[RT_CHECKPOINTS].title));
	table(&b, &md->t[RT_CHECKPOINTS], 0, _("No checkpoint was held yet."));
	section(&b, md, RT_CLAUSES, "");
	section(&b, md, RT_DOCUMENTS, "");
	section(&b, md, RT_FINDINGS, _("No rule is broken."));
	section(&b, md, RT_NONCONFORMITIES, _("The assessor has judged no clause."));
	section(&b, md, RT_ACTIONS,
		_("Nothing to do: no item is missing, partial, excluded from a clause that "
		  "needs it, or claimed without evidence."));
	section(&b, md, RT_ITEMS, "");
	report_model_free(&md);
	*len = b.len;
	return sb_steal(&b);
}
