/* report_md.c - a Markdown gap report with tables that render on the
 * common forges; every cell goes through esc_md_cell. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "i18n.h"
#include "report.h"
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
header(strbuf *b, const char *const *cols, size_t n)
{
	sb_add(b, "|");
	for (size_t i = 0; i < n; i++)
		cell(b, _(cols[i]));
	sb_add(b, "\n|");
	for (size_t i = 0; i < n; i++)
		sb_add(b, " --- |");
	sb_add(b, "\n");
}

static void
para(strbuf *b, const char *s)
{
	char *t = sanitize(s ? s : "", true);
	esc_md_cell(b, t);
	sb_add(b, "\n\n");
	free(t);
}

static void
pct(strbuf *b, double v)
{
	char buf[16];
	if (v < 0)
		strcpy(buf, "-");
	else
		snprintf(buf, sizeof buf, "%.0f%%", v);
	cell(b, buf);
}

static void
md_meta(strbuf *b, const gap_report *r, const report_meta *m)
{
	const kb *k = r->kb;
	const assessment *a = r->a;
	sb_add(b, "# ");
	para(b, report_title(m));
	static const char *const mcols[] = {N_("Field"), N_("Value")};
	header(b, mcols, 2);
	struct {
		const char *k, *v;
	} meta[] = {
		{N_("Organization"), a->organization}, {N_("Assessor"), a->assessor},
		{N_("Assessment date"), a->date},
		{N_("SIAM model"), a->model != MODEL_NONE ? as_model_label(a->model) : NULL},
		{N_("Starting point"), a->start != START_NONE ? as_start_label(a->start) : NULL},
		{N_("Scope"), a->scope}, {N_("Assessment file"), m->file_name},
		{N_("SHA-256 of the file"), m->sha256}, {N_("Knowledge base"), k->revision},
		{N_("siamwiz version"), m->version}, {N_("Report date"), m->generated},
	};
	for (size_t i = 0; i < sizeof meta / sizeof meta[0]; i++) {
		sb_add(b, "|");
		cell(b, _(meta[i].k));
		cell(b, meta[i].v ? meta[i].v : "");
		sb_add(b, "\n");
	}
}

static void
md_summary(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	sb_addf(b, "\n## %s\n\n", _("Summary"));
	char *s = report_summary_line(r);
	para(b, s);
	free(s);
	static const char *const scols[] = {N_("Stage"), N_("Items"), N_("In place"), N_("Partial"),
					    N_("Missing"), N_("Not assessed"), N_("Excluded"), N_("Coverage")};
	header(b, scols, 8);
	for (size_t i = 0; i < k->nstages; i++) {
		const gap_tally *t = &r->stages[i];
		char *st = xasprintf("%d. %s", k->stages[i].number, kb_tr(&k->stages[i].title));
		sb_add(b, "|");
		cell(b, st);
		free(st);
		size_t v[] = {t->total, t->n[RES_IN_PLACE], t->n[RES_PARTIAL], t->n[RES_MISSING],
			      t->n[RES_NOT_ASSESSED], t->n[RES_NOT_APPLICABLE]};
		for (size_t j = 0; j < 6; j++)
			sb_addf(b, " %zu |", v[j]);
		pct(b, gap_coverage(t));
		sb_add(b, "\n");
	}
}

static void
md_clauses(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	sb_addf(b, "\n## %s\n\n", _("Clause by clause"));
	static const char *const ccols[] = {N_("Clause"), N_("Title"), N_("Status"), N_("Coverage"),
					    N_("Judgement"), N_("Why")};
	header(b, ccols, 6);
	for (size_t i = 0; i < k->nclauses; i++) {
		const kb_clause *c = &k->clauses[i];
		sb_add(b, "|");
		cell(b, c->id);
		cell(b, kb_tr(&c->title));
		cell(b, gap_status_label(r->clauses[i].status));
		pct(b, gap_coverage(&r->clauses[i].all));
		char *v = report_verdict(gap_clause_judgement(r, i));
		cell(b, v);
		free(v);
		char *why = gap_clause_reason(r, i);
		cell(b, why);
		free(why);
		sb_add(b, "\n");
	}
}

static void
md_docs(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	const assessment *a = r->a;
	sb_addf(b, "\n## %s\n\n", _("Documented information and records"));
	static const char *const dcols[] = {N_("ID"), N_("Title"), N_("Clauses"), N_("Status"), N_("Produced by")};
	header(b, dcols, 5);
	for (size_t i = 0; i < k->ndocs; i++) {
		const kb_doc *d = &k->docs[i];
		strbuf p;
		sb_init(&p);
		for (size_t j = 0; j < d->nproducers; j++) {
			const kb_item *it = &k->items[d->producers[j]];
			sb_addf(&p, "%s%s (%s)", j ? ", " : "", it->id, as_result_label(gap_item_result(a, it)));
		}
		sb_add(b, "|");
		cell(b, d->id);
		cell(b, kb_tr(&d->title));
		cell(b, d->clauses);
		cell(b, doc_status_label(r->docs[i].status));
		cell(b, p.s ? p.s : "");
		sb_add(b, "\n");
		sb_free(&p);
	}
}

static void
md_findings(strbuf *b, const gap_report *r)
{
	sb_addf(b, "\n## %s\n\n", _("Rule findings"));
	if (!r->nfindings) {
		para(b, _("No rule is broken."));
	} else {
		static const char *const fcols[] = {N_("Severity"), N_("Rule"), N_("About"), N_("Finding"),
						    N_("Reference")};
		header(b, fcols, 5);
		for (size_t i = 0; i < r->nfindings; i++) {
			const gap_finding *f = &r->findings[i];
			char rule[8];
			snprintf(rule, sizeof rule, "%d", f->rule);
			sb_add(b, "|");
			cell(b, gap_severity_label(f->severity));
			cell(b, rule);
			cell(b, f->subject);
			cell(b, f->message);
			cell(b, f->reference);
			sb_add(b, "\n");
		}
	}
}

static void
md_judgements(strbuf *b, const gap_report *r)
{
	sb_addf(b, "\n## %s\n\n", _("Nonconformities and opportunities for improvement"));
	if (!r->njudged) {
		para(b, _("The assessor has judged no clause."));
	} else {
		static const char *const jcols[] = {N_("ID"), N_("Clause"), N_("Verdict"), N_("Computed status"),
						    N_("Requirement"), N_("Evidence"), N_("Statement"), N_("Date"),
						    N_("Assessor")};
		header(b, jcols, 9);
		for (size_t i = 0; i < r->njudged; i++) {
			const as_judgement *j = gap_clause_judgement(r, r->judged[i]);
			sb_add(b, "|");
			cell(b, j->id);
			cell(b, j->clause);
			cell(b, as_verdict_label(j->verdict));
			cell(b, gap_status_label(r->clauses[r->judged[i]].status));
			cell(b, j->requirement);
			cell(b, j->evidence);
			cell(b, j->statement);
			cell(b, j->date);
			cell(b, j->assessor);
			sb_add(b, "\n");
		}
	}
}

static void
md_actions(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	sb_addf(b, "\n## %s\n\n", _("Action plan"));
	if (!r->nactions) {
		para(b, _("Nothing to do: no item is missing, partial, excluded from a clause that needs it, or "
			   "claimed without evidence."));
	} else {
		static const char *const acols[] = {N_("Priority"), N_("Action"), N_("Item"), N_("What"), N_("Result"),
						    N_("Owner"), N_("Layer"), N_("Providers"), N_("Due"),
						    N_("Clauses at stake")};
		header(b, acols, 10);
		for (size_t i = 0; i < r->nactions; i++) {
			const gap_action *ac = &r->actions[i];
			const as_item *rec = gap_action_record(r, ac);
			const kb_item *it = &k->items[ac->item];
			char *prov = report_providers(rec);
			char dep[16];
			snprintf(dep, sizeof dep, "%zu", ac->dependents);
			sb_add(b, "|");
			cell(b, gap_priority_label(ac->priority));
			cell(b, gap_action_label(ac->kind));
			cell(b, it->id);
			cell(b, kb_tr(&it->title));
			cell(b, as_result_label(rec->result));
			cell(b, rec->owner);
			cell(b, rec->layer ? kb_layer_name(rec->layer) : "");
			cell(b, prov);
			cell(b, rec->due);
			cell(b, dep);
			sb_add(b, "\n");
			free(prov);
		}
	}
}

static void
md_items(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	const assessment *a = r->a;
	sb_addf(b, "\n## %s\n\n", _("Item register"));
	static const char *const icols[] = {N_("Item"), N_("Title"), N_("Result"), N_("Status"), N_("Owner"),
					    N_("Layer"), N_("Providers"), N_("Due"), N_("Evidence"), N_("Notes"),
					    N_("Justification")};
	header(b, icols, 11);
	for (size_t i = 0; i < k->nitems; i++) {
		const kb_item *it = &k->items[i];
		const as_item *rec = gap_item_record(a, it);
		char *prov = report_providers(rec), *ev = report_evidence(rec, "\n");
		sb_add(b, "|");
		cell(b, it->id);
		cell(b, kb_tr(&it->title));
		cell(b, as_result_label(rec ? rec->result : RES_NOT_ASSESSED));
		cell(b, rec ? as_status_label(rec->status) : "");
		cell(b, rec ? rec->owner : "");
		cell(b, rec && rec->layer ? kb_layer_name(rec->layer) : "");
		cell(b, prov);
		cell(b, rec ? rec->due : "");
		cell(b, ev);
		cell(b, rec ? rec->notes : "");
		cell(b, rec ? rec->justification : "");
		sb_add(b, "\n");
		free(prov);
		free(ev);
	}
}

char *
report_md(const gap_report *r, const report_meta *m, size_t *len)
{
	strbuf b;
	sb_init(&b);

	md_meta(&b, r, m);
	md_summary(&b, r);
	md_clauses(&b, r);
	md_docs(&b, r);
	md_findings(&b, r);
	md_judgements(&b, r);
	md_actions(&b, r);
	md_items(&b, r);
	*len = b.len;
	return sb_steal(&b);
}
