/* report_csv.c - RFC 4180 CSV, one row per clause-item link (and one per
 * clause without links of its own, so that every clause is there), every
 * field of the item record included (nothing is dropped), with the
 * clause's judgement and the item's action.  Cells that a
 * spreadsheet would evaluate are neutralised by esc_csv.
 *
 * report_csv_table writes one table of the report model instead: its
 * columns' stable keys as the header, the file format's words in the
 * cells, so that the table reads back whatever the report's language. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "i18n.h"
#include "report_model.h"

/* The rule findings about one subject (a clause or an item ID), one a line. */
static char *
findings_of(const gap_report *r, const char *subject)
{
	strbuf b;
	sb_init(&b);
	for (size_t i = 0; i < r->nfindings; i++) {
		const gap_finding *f = &r->findings[i];
		if (strcmp(f->subject, subject) != 0)
			continue;
		if (b.len)
			sb_addc(&b, '\n');
		sb_addf(&b, _("rule %d (%s): %s"), f->rule, gap_severity_label(f->severity), f->message);
	}
	return sb_steal(&b);
}

static void
row(strbuf *b, const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_addc(b, ',');
		esc_csv(b, v[i] ? v[i] : "");
	}
	sb_add(b, "\r\n");
}

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
	const kb *k = r->kb;
	strbuf b;
	sb_init(&b);
	(void)m;
	static const char *const cols[] = {
		N_("Clause"), N_("Clause title"), N_("Clause status"), N_("Clause coverage %"),
		N_("Clause verdict"), N_("Judgement ID"), N_("Clause findings"),
		N_("Item"), N_("Item title"), N_("Stage"), N_("Kind"), N_("Role"), N_("Relation"), N_("Rationale"),
		N_("Result"), N_("Workflow status"), N_("Owner"), N_("Layer"), N_("Providers"), N_("Due"),
		N_("Evidence"), N_("Notes"), N_("Justification"), N_("Item findings"), N_("Action"), N_("Priority"),
	};
	const size_t n = sizeof cols / sizeof cols[0];
	const char *v[sizeof cols / sizeof cols[0]];
	for (size_t i = 0; i < n; i++)
		v[i] = _(cols[i]);
	row(&b, v, n);
	for (size_t ci = 0; ci < k->nclauses; ci++) {
		const kb_clause *c = &k->clauses[ci];
		const gap_clause *g = &r->clauses[ci];
		double cov = gap_coverage(&g->all);
		char *covs = cov < 0 ? xstrdup("") : xasprintf("%.1f", cov);
		const as_judgement *jd = gap_clause_judgement(r, ci);
		const char *verdict = jd ? as_verdict_name(jd->verdict) : NULL, *jid = jd ? jd->id : NULL;
		char *cf = findings_of(r, c->id);
		if (!c->nlinks) {
			const char *vals[sizeof cols / sizeof cols[0]] = {
				c->id, kb_tr(&c->title), gap_status_name(g->status), covs, verdict, jid, cf,
			};
			row(&b, vals, n);
		}
		for (size_t j = 0; j < c->nlinks; j++) {
			const kb_link *l = &k->links[c->links[j]];
			const kb_item *it = &k->items[l->item];
			const as_item *rec = gap_item_record(r->a, it);
			as_result res = rec ? rec->result : RES_NOT_ASSESSED;
			char *stage = xasprintf("%d", k->stages[it->stage].number);
			char *prov = report_providers(rec, ", ");
			char *ev = report_evidence(rec, "\n"), *itf = findings_of(r, it->id);
			const gap_action *ac = NULL;
			for (size_t x = 0; x < r->nactions && !ac; x++)
				if (r->actions[x].item == l->item)
					ac = &r->actions[x];
			const char *vals[] = {
				c->id, kb_tr(&c->title), gap_status_name(g->status), covs, verdict, jid, cf,
				it->id, kb_tr(&it->title), stage, it->output ? "output" : "input",
				kb_role_name(l->role), kb_relation_name(l->rel), kb_tr(&l->rationale),
				as_result_name(res), rec ? as_status_name(rec->status) : "",
				rec ? rec->owner : NULL, rec && rec->layer ? kb_layer_name(rec->layer) : NULL,
				prov, rec ? rec->due : NULL, ev, rec ? rec->notes : NULL,
				rec ? rec->justification : NULL, itf, ac ? gap_action_name(ac->kind) : NULL,
				ac ? gap_priority_label(ac->priority) : NULL,
			};
			row(&b, vals, n);
			free(stage);
			free(prov);
			free(ev);
			free(itf);
		}
		free(cf);
		free(covs);
	}
	*len = b.len;
	return sb_steal(&b);
}
