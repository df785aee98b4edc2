/* report_json.c - the machine-readable report for GRC tools.  The
 * structure is documented in docs/REPORT-JSON.md and versioned; stable
 * identifiers (status names, IDs) rather than translated labels. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "report_model.h"

static void
key(strbuf *b, const char *k)
{
	esc_json(b, k);
	sb_addc(b, ':');
}

static void
kv(strbuf *b, const char *k, const char *v, int comma)
{
	key(b, k);
	esc_json(b, v && *v ? v : NULL);
	if (comma)
		sb_addc(b, ',');
}

static void
num(strbuf *b, const char *k, double v, int comma)
{
	key(b, k);
	if (v < 0)
		sb_add(b, "null");
	else
		sb_addf(b, "%.1f", v);
	if (comma)
		sb_addc(b, ',');
}

static void
counts(strbuf *b, const gap_tally *t)
{
	key(b, "counts");
	sb_addc(b, '{');
	for (int r = 0; r < RES_COUNT; r++)
		sb_addf(b, "%s\"%s\":%zu", r ? "," : "", as_result_name((as_result)r), t->n[r]);
	sb_addf(b, ",\"excluded\":%zu,\"in_place_without_evidence\":%zu,\"total\":%zu},", t->n[RES_NOT_APPLICABLE],
		t->claimed, t->total);
	num(b, "coverage", gap_coverage(t), 0);
}

static void
idlist(strbuf *b, const char *k, const char *spaced)
{
	key(b, k);
	sb_addc(b, '[');
	const char *p = spaced ? spaced : "";
	int first = 1;
	while (*p) {
		size_t l = 0;
		while (p[l] && p[l] != ' ')
			l++;
		if (l) {
			char *id = xstrndup(p, l);
			if (!first)
				sb_addc(b, ',');
			esc_json(b, id);
			free(id);
			first = 0;
		}
		p += l;
		while (*p == ' ')
			p++;
	}
	sb_add(b, "],");
}

static void
record(strbuf *b, const as_item *rec)
{
	kv(b, "status", rec ? as_status_name(rec->status) : NULL, 1);
	kv(b, "owner", rec ? rec->owner : NULL, 1);
	kv(b, "layer", rec && rec->layer ? kb_layer_name(rec->layer) : NULL, 1);
	key(b, "providers");
	sb_addc(b, '[');
	for (size_t i = 0; rec && i < rec->nproviders; i++) {
		if (i)
			sb_addc(b, ',');
		esc_json(b, rec->providers[i]);
	}
	sb_add(b, "],");
	kv(b, "due", rec ? rec->due : NULL, 1);
	key(b, "evidence");
	sb_addc(b, '[');
	for (size_t i = 0; rec && i < rec->nevidence; i++) {
		sb_add(b, i ? ",{" : "{");
		kv(b, "text", rec->evidence[i].text, 1);
		kv(b, "location", rec->evidence[i].location, 1);
		kv(b, "date", rec->evidence[i].date[0] ? rec->evidence[i].date : NULL, 1);
		kv(b, "reviewer", rec->evidence[i].reviewer, 0);
		sb_addc(b, '}');
	}
	sb_add(b, "],");
	kv(b, "notes", rec ? rec->notes : NULL, 1);
	kv(b, "justification", rec ? rec->justification : NULL, 0);
}

/* A list cell as an array of its entries. */
static void
json_list(strbuf *b, const char *s, char sep)
{
	sb_addc(b, '[');
	for (const char *p = s; *p;) {
		size_t l = strcspn(p, (char[]){sep, '\0'});
		if (l) {
			char *e = xstrndup(p, l);
			if (p != s)
				sb_addc(b, ',');
			esc_json(b, e);
			free(e);
		}
		p += l;
		p += *p == sep;
	}
	sb_addc(b, ']');
}

/* A table of the report model as an array of objects: its columns' keys,
 * the file format's words, lists as arrays, counts and percentages as
 * numbers, empty as null. */
static void
json_table(strbuf *b, const char *name, const report_table *t)
{
	key(b, name);
	sb_addc(b, '[');
	for (size_t i = 0; i < t->nrows; i++) {
		sb_add(b, i ? ",{" : "{");
		for (size_t c = 0; c < t->ncols; c++) {
			const report_column *col = &t->cols[c];
			const report_cell *x = report_cell_at(t, i, c);
			char buf[32];
			if (c)
				sb_addc(b, ',');
			key(b, col->key);
			if (col->sep)
				json_list(b, x->text, col->sep);
			else if ((col->type == RCELL_NUMBER || col->type == RCELL_PERCENT) && x->value >= 0)
				sb_addf(b, col->type == RCELL_PERCENT ? "%.1f" : "%.0f", x->value);
			else {
				const char *d = report_cell_data(col, x, buf, sizeof buf);
				esc_json(b, *d ? d : NULL);
			}
		}
		sb_addc(b, '}');
	}
	sb_addc(b, ']');
}

static void
json_head(strbuf *b, const gap_report *r, const report_meta *m)
{
	sb_add(b, "{\"format\":\"siamwiz-report\",\"format_version\":1,");
	key(b, "generator");
	sb_addc(b, '{');
	kv(b, "name", "siamwiz", 1);
	kv(b, "version", m->version, 0);
	sb_add(b, "},");
	kv(b, "generated", m->generated, 1);
	kv(b, "title", report_title(m), 1);
	kv(b, "language", kb_report_lang(r->kb), 1);
}

/* The report as a controlled document: its references, marking and
 * sign-off, and the frame it is read in. */
static void
json_document(strbuf *b, const report_meta *m, const report_model *md)
{
	key(b, "document");
	sb_addc(b, '{');
	kv(b, "report_id", m->report_id, 1);
	kv(b, "report_version", m->report_version, 1);
	kv(b, "classification", m->classification, 1);
	kv(b, "distribution", m->distribution, 1);
	kv(b, "time_zone", m->time_zone, 1);
	json_table(b, "signoff", &md->t[RT_SIGNOFF]);
	sb_addc(b, ',');
	json_table(b, "frame", &md->t[RT_FRAME]);
	sb_add(b, "},");
}

static void
json_assessment(strbuf *b, const gap_report *r, const report_meta *m, const report_model *md)
{
	const kb *k = r->kb;
	const assessment *a = r->a;
	key(b, "assessment");
	sb_addc(b, '{');
	kv(b, "file", m->file_name, 1);
	kv(b, "sha256", m->sha256, 1);
	kv(b, "kb_revision", k->revision, 1);
	kv(b, "organization", a->organization, 1);
	kv(b, "assessor", a->assessor, 1);
	kv(b, "date", a->date, 1);
	kv(b, "model", a->model != MODEL_NONE ? as_model_name(a->model) : NULL, 1);
	kv(b, "starting_point", a->start != START_NONE ? as_start_name(a->start) : NULL, 1);
	kv(b, "scope", a->scope, 1);
	kv(b, "separation", a->separation, 1);
	key(b, "providers");
	sb_addc(b, '[');
	for (size_t i = 0; i < a->nproviders; i++) {
		const as_provider *p = &a->providers[i];
		sb_add(b, i ? ",{" : "{");
		kv(b, "name", p->name, 1);
		kv(b, "type", p->internal ? "internal" : "external", 1);
		kv(b, "criticality", as_criticality_name(p->criticality), 1);
		kv(b, "services", p->services, 0);
		sb_addc(b, '}');
	}
	sb_addc(b, ']');
	sb_addc(b, ',');
	json_table(b, "structures", &md->t[RT_STRUCTURES]);
	sb_addc(b, ',');
	json_table(b, "roles", &md->t[RT_ROLES]);
	sb_addc(b, ',');
	json_table(b, "processes", &md->t[RT_PROCESSES]);
	sb_addc(b, ',');
	json_table(b, "participants", &md->t[RT_PARTICIPANTS]);
	sb_addc(b, ',');
	json_table(b, "checkpoints", &md->t[RT_CHECKPOINTS]);
	sb_add(b, "},");
}

static void
json_summary(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	key(b, "summary");
	sb_addf(b, "{\"clauses\":{\"covered\":%zu,\"partial\":%zu,\"gap\":%zu,\"unassessed\":%zu,\"total\":%zu},",
		r->count[GAP_COVERED], r->count[GAP_PARTIAL], r->count[GAP_GAP], r->count[GAP_UNASSESSED], k->nclauses);
	sb_addf(b,
		"\"judged\":{\"conforming\":%zu,\"ofi\":%zu,\"minor-nc\":%zu,\"major-nc\":%zu},"
		"\"actions\":%zu,\"findings\":%zu,",
		r->verdicts[VERDICT_CONFORMING], r->verdicts[VERDICT_OFI], r->verdicts[VERDICT_MINOR_NC],
		r->verdicts[VERDICT_MAJOR_NC], r->nactions, r->nfindings);
	key(b, "items");
	sb_addc(b, '{');
	counts(b, &r->overall);
	sb_add(b, "}},");
}

static void
json_stages(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	key(b, "stages");
	sb_addc(b, '[');
	for (size_t i = 0; i < k->nstages; i++) {
		sb_add(b, i ? ",{" : "{");
		kv(b, "id", k->stages[i].id, 1);
		sb_addf(b, "\"number\":%d,", k->stages[i].number);
		kv(b, "title", kb_tr(&k->stages[i].title), 1);
		counts(b, &r->stages[i]);
		sb_addc(b, '}');
	}
	sb_add(b, "],");
	static const char *const pn[] = {"people", "process", "measurement", "technology"};
	key(b, "practices");
	sb_addc(b, '[');
	for (int p = 0; p < 4; p++) {
		sb_add(b, p ? ",{" : "{");
		kv(b, "id", pn[p], 1);
		counts(b, &r->practices[p]);
		sb_addc(b, '}');
	}
	sb_add(b, "],");
}

static void
json_clauses(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	const assessment *a = r->a;
	key(b, "clauses");
	sb_addc(b, '[');
	for (size_t i = 0; i < k->nclauses; i++) {
		const kb_clause *c = &k->clauses[i];
		const gap_clause *g = &r->clauses[i];
		sb_add(b, i ? ",{" : "{");
		kv(b, "id", c->id, 1);
		kv(b, "title", kb_tr(&c->title), 1);
		kv(b, "parent", c->parent >= 0 ? k->clauses[c->parent].id : NULL, 1);
		kv(b, "status", gap_status_name(g->status), 1);
		sb_addf(b, "\"only_excluded\":%s,\"primary_excluded\":%s,", g->only_excluded ? "true" : "false",
			g->primary_excluded ? "true" : "false");
		kv(b, "decided_by_document", g->doc != GAP_NONE ? k->docs[g->doc].id : NULL, 1);
		kv(b, "confidence", gap_confidence_name(g->confidence), 1);
		const as_judgement *jd = gap_clause_judgement(r, i);
		kv(b, "verdict", jd ? as_verdict_name(jd->verdict) : NULL, 1);
		kv(b, "judgement_id", jd && jd->id[0] ? jd->id : NULL, 1);
		sb_addf(b, "\"judgement_disagrees\":%s,", g->disagrees ? "true" : "false");
		num(b, "coverage", gap_coverage(&g->all), 1);
		char *why = gap_clause_reason(r, i);
		kv(b, "reason", why, 1);
		free(why);
		key(b, "links");
		sb_addc(b, '[');
		for (size_t j = 0; j < c->nlinks; j++) {
			const kb_link *l = &k->links[c->links[j]];
			const kb_item *it = &k->items[l->item];
			sb_add(b, j ? ",{" : "{");
			kv(b, "item", it->id, 1);
			kv(b, "role", kb_role_name(l->role), 1);
			kv(b, "relation", kb_relation_name(l->rel), 1);
			kv(b, "result", as_result_name(gap_item_result(a, it)), 1);
			kv(b, "rationale", kb_tr(&l->rationale), 0);
			sb_addc(b, '}');
		}
		sb_add(b, "]}");
	}
	sb_add(b, "],");
}

static void
json_docs(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	key(b, "documented_information");
	sb_addc(b, '[');
	for (size_t i = 0; i < k->ndocs; i++) {
		const kb_doc *d = &k->docs[i];
		sb_add(b, i ? ",{" : "{");
		kv(b, "id", d->id, 1);
		kv(b, "kind", d->record ? "record" : "document", 1);
		kv(b, "title", kb_tr(&d->title), 1);
		idlist(b, "clauses", d->clauses);
		kv(b, "status", doc_status_name(r->docs[i].status), 1);
		key(b, "producers");
		sb_addc(b, '[');
		for (size_t j = 0; j < d->nproducers; j++) {
			if (j)
				sb_addc(b, ',');
			esc_json(b, k->items[d->producers[j]].id);
		}
		sb_add(b, "]}");
	}
	sb_add(b, "],");
}

static void
json_findings(strbuf *b, const gap_report *r)
{
	key(b, "findings");
	sb_addc(b, '[');
	for (size_t i = 0; i < r->nfindings; i++) {
		const gap_finding *f = &r->findings[i];
		sb_add(b, i ? ",{" : "{");
		kv(b, "id", f->id, 1);
		sb_addf(b, "\"rule\":%d,", f->rule);
		kv(b, "severity", gap_severity_name(f->severity), 1);
		kv(b, "subject", f->subject, 1);
		kv(b, "message", f->message, 1);
		kv(b, "reference", f->reference, 0);
		sb_addc(b, '}');
	}
	sb_add(b, "],");
}

static void
json_judgements(strbuf *b, const gap_report *r)
{
	key(b, "judgements");
	sb_addc(b, '[');
	for (size_t i = 0; i < r->njudged; i++) {
		const as_judgement *j = gap_clause_judgement(r, r->judged[i]);
		sb_add(b, i ? ",{" : "{");
		kv(b, "id", j->id[0] ? j->id : NULL, 1);
		kv(b, "clause", j->clause, 1);
		kv(b, "verdict", as_verdict_name(j->verdict), 1);
		sb_addf(b, "\"nonconformity\":%s,", as_verdict_is_nc(j->verdict) ? "true" : "false");
		kv(b, "computed_status", gap_status_name(r->clauses[r->judged[i]].status), 1);
		kv(b, "date", j->date, 1);
		kv(b, "assessor", j->assessor, 1);
		kv(b, "requirement", j->requirement, 1);
		kv(b, "evidence", j->evidence, 1);
		kv(b, "statement", j->statement, 0);
		sb_addc(b, '}');
	}
	sb_add(b, "],");
}

static void
json_actions(strbuf *b, const gap_report *r, const report_model *md)
{
	const report_table *t = &md->t[RT_ACTIONS];
	const kb *k = r->kb;
	static const char *const prio[] = {"", "high", "medium", "low"};
	key(b, "actions");
	sb_addc(b, '[');
	for (size_t i = 0; i < r->nactions; i++) {
		const gap_action *ac = &r->actions[i];
		const as_item *rec = gap_action_record(r, ac);
		const kb_item *it = &k->items[ac->item];
		sb_add(b, i ? ",{" : "{");
		kv(b, "id", report_cell_at(t, i, 0)->text, 1);
		kv(b, "item", it->id, 1);
		kv(b, "title", kb_tr(&it->title), 1);
		kv(b, "priority", prio[ac->priority], 1);
		kv(b, "action", gap_action_name(ac->kind), 1);
		kv(b, "result", as_result_name(rec->result), 1);
		sb_addf(b, "\"dependent_clauses\":%zu,", ac->dependents);
		key(b, "clauses_at_stake");
		json_list(b, report_cell_at(t, i, 10)->text, ' ');
		sb_addc(b, ',');
		record(b, rec);
		sb_addc(b, '}');
	}
	sb_add(b, "],");
}

static void
json_items(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	const assessment *a = r->a;
	key(b, "items");
	sb_addc(b, '[');
	for (size_t i = 0; i < k->nitems; i++) {
		const kb_item *it = &k->items[i];
		const as_item *rec = gap_item_record(a, it);
		sb_add(b, i ? ",{" : "{");
		kv(b, "id", it->id, 1);
		kv(b, "title", kb_tr(&it->title), 1);
		kv(b, "stage", k->stages[it->stage].id, 1);
		kv(b, "kind", it->output ? "output" : "input", 1);
		kv(b, "result", as_result_name(rec ? rec->result : RES_NOT_ASSESSED), 1);
		record(b, rec);
		sb_addc(b, '}');
	}
	sb_add(b, "]}\n");
}

char *
report_json(const gap_report *r, const report_meta *m, size_t *len)
{
	strbuf b;
	sb_init(&b);
	report_model *md = report_model_build(r, m);

	json_head(&b, r, m);
	json_document(&b, m, md);
	json_assessment(&b, r, m, md);
	json_summary(&b, r);
	json_stages(&b, r);
	json_clauses(&b, r);
	json_docs(&b, r);
	json_findings(&b, r);
	json_judgements(&b, r);
	json_actions(&b, r, md);
	json_items(&b, r);
	report_model_free(&md);
	*len = b.len;
	return sb_steal(&b);
}
