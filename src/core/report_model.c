/* report_model.c - the report as tables of typed cells.  See report_model.h.
 *
 * Each table is filled by one function, row by row, cell by cell in the
 * order of its columns; a row that ends with a different number of cells
 * is a programming error and aborts. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report_model_int.h"

/* ---- building rows ---- */

static report_cell *
rm_next_cell(report_table *t)
{
	t->cells = xgrow(t->cells, &t->cap, (t->nrows + 1) * t->ncols, sizeof *t->cells);
	return &t->cells[t->nrows * t->ncols];
}

row
rm_row_begin(report_table *t)
{
	report_cell *c = rm_next_cell(t);
	memset(c, 0, t->ncols * sizeof *c);
	return (row){t, 0};
}

void
rm_put(row *w, char *text, double value, const char *tone)
{
	if (w->col >= w->t->ncols)
		abort();
	report_cell *c = &w->t->cells[w->t->nrows * w->t->ncols + w->col++];
	c->text = text ? text : xstrdup("");
	c->value = value;
	c->tone = tone;
}

void
rm_text(row *w, const char *s)
{
	rm_put(w, xstrdup(s ? s : ""), -1, NULL);
}

void
rm_word(row *w, const char *s, const char *tone)
{
	rm_put(w, xstrdup(s ? s : ""), -1, tone);
}

void
rm_count(row *w, size_t n)
{
	rm_put(w, xasprintf("%zu", n), (double)n, NULL);
}

void
rm_percent(row *w, double v)
{
	rm_put(w, v < 0 ? xstrdup("") : xasprintf("%.0f%%", v), v, NULL);
}

void
rm_row_end(row *w)
{
	if (w->col != w->t->ncols)
		abort();
	w->t->nrows++;
}

/* A space-separated list of IDs. */
void
rm_idlist(strbuf *b, const char *id)
{
	if (b->len)
		sb_addc(b, ' ');
	sb_add(b, id);
}

/* ---- the tables ---- */

static const report_column tally_cols[] = {
	{"id", N_("ID"), RCELL_ID, 0},
	{"title", N_("Title"), RCELL_TEXT, 0},
	{"items", N_("Items"), RCELL_NUMBER, 0},
	{"in_place", N_("In place"), RCELL_NUMBER, 0},
	{"partial", N_("Partial"), RCELL_NUMBER, 0},
	{"missing", N_("Missing"), RCELL_NUMBER, 0},
	{"not_assessed", N_("Not assessed"), RCELL_NUMBER, 0},
	{"excluded", N_("Excluded"), RCELL_NUMBER, 0},
	{"coverage", N_("Coverage"), RCELL_PERCENT, 0},
};

static void
tally_row(report_table *t, const char *id, const char *title, const gap_tally *g)
{
	row w = rm_row_begin(t);
	rm_word(&w, id, NULL);
	rm_text(&w, title);
	rm_count(&w, g->total);
	rm_count(&w, g->n[RES_IN_PLACE]);
	rm_count(&w, g->n[RES_PARTIAL]);
	rm_count(&w, g->n[RES_MISSING]);
	rm_count(&w, g->n[RES_NOT_ASSESSED]);
	rm_count(&w, g->n[RES_NOT_APPLICABLE]);
	rm_percent(&w, gap_coverage(g));
	rm_row_end(&w);
}

static void
fill_stages(report_table *t, const gap_report *r)
{
	const kb *k = r->kb;
	for (size_t i = 0; i < k->nstages; i++) {
		char *title = xasprintf("%d. %s", k->stages[i].number, kb_tr(&k->stages[i].title));
		tally_row(t, k->stages[i].id, title, &r->stages[i]);
		free(title);
	}
	tally_row(t, "all", _("All stages"), &r->overall);
}

static void
fill_practices(report_table *t, const gap_report *r)
{
	static const char *const ids[] = {"people", "process", "measurement", "technology"};
	static const char *const labels[] = {N_("People"), N_("Process"), N_("Measurement"), N_("Technology")};
	for (int p = 0; p < 4; p++)
		tally_row(t, ids[p], _(labels[p]), &r->practices[p]);
}

static const report_column topgap_cols[] = {
	{"clause", N_("Clause"), RCELL_ID, 0},
	{"title", N_("Title"), RCELL_TEXT, 0},
	{"missing_primary", N_("Primary items missing"), RCELL_NUMBER, 0},
	{"reason", N_("Why"), RCELL_TEXT, 0},
};

static const gap_report *rank_base;

/* Most primary items missing or excluded first, then in clause order. */
static int
cmp_gap(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	const gap_tally *ta = &rank_base->clauses[a].primary, *tb = &rank_base->clauses[b].primary;
	size_t na = ta->n[RES_MISSING] + ta->n[RES_NOT_APPLICABLE], nb = tb->n[RES_MISSING] + tb->n[RES_NOT_APPLICABLE];
	if (na != nb)
		return na > nb ? -1 : 1;
	return (a > b) - (a < b);
}

/* The five gaps to read first: clauses that are a gap in themselves, not
 * only because a subclause is. */
static void
fill_topgaps(report_table *t, const gap_report *r)
{
	const kb *k = r->kb;
	size_t *v = xcalloc(k->nclauses ? k->nclauses : 1, sizeof *v), n = 0;
	for (size_t i = 0; i < k->nclauses; i++)
		if (r->clauses[i].status == GAP_GAP && r->clauses[i].worst_child == GAP_NONE)
			v[n++] = i;
	rank_base = r;
	xsort(v, n, sizeof *v, cmp_gap);
	for (size_t i = 0; i < n && i < 5; i++) {
		const gap_tally *p = &r->clauses[v[i]].primary;
		row w = rm_row_begin(t);
		rm_word(&w, k->clauses[v[i]].id, NULL);
		rm_text(&w, kb_tr(&k->clauses[v[i]].title));
		rm_count(&w, p->n[RES_MISSING] + p->n[RES_NOT_APPLICABLE]);
		rm_put(&w, gap_clause_reason(r, v[i]), -1, NULL);
		rm_row_end(&w);
	}
	free(v);
}

static const report_column clause_cols[] = {
	{"clause", N_("Clause"), RCELL_ID, 0},
	{"parent", N_("Parent"), RCELL_ID, 0},
	{"title", N_("Title"), RCELL_TEXT, 0},
	{"status", N_("Status"), RCELL_WORD, 0},
	{"coverage", N_("Coverage"), RCELL_PERCENT, 0},
	{"confidence", N_("Confidence"), RCELL_WORD, 0},
	{"verdict", N_("Judgement"), RCELL_TEXT, 0},
	{"judgement_id", N_("Judgement ID"), RCELL_ID, 0},
	{"primary_items", N_("Primary items"), RCELL_ID, ' '},
	{"supporting_items", N_("Supporting items"), RCELL_ID, ' '},
	{"reason", N_("Why"), RCELL_TEXT, 0},
};

static void
fill_clauses(report_table *t, const gap_report *r)
{
	const kb *k = r->kb;
	for (size_t i = 0; i < k->nclauses; i++) {
		const kb_clause *c = &k->clauses[i];
		const gap_clause *g = &r->clauses[i];
		const as_judgement *j = gap_clause_judgement(r, i);
		strbuf prim, sup;
		sb_init(&prim);
		sb_init(&sup);
		for (size_t l = 0; l < c->nlinks; l++) {
			const kb_link *ln = &k->links[c->links[l]];
			rm_idlist(ln->role == ROLE_PRIMARY ? &prim : &sup, k->items[ln->item].id);
		}
		row w = rm_row_begin(t);
		rm_word(&w, c->id, NULL);
		rm_word(&w, c->parent >= 0 ? k->clauses[c->parent].id : NULL, NULL);
		rm_text(&w, kb_tr(&c->title));
		rm_put(&w, xstrdup(gap_status_label(g->status)), -1, gap_status_name(g->status));
		rm_percent(&w, gap_coverage(&g->all));
		rm_put(&w, xstrdup(gap_confidence_label(g->confidence)), -1, gap_confidence_name(g->confidence));
		rm_put(&w, report_verdict(j), -1, j ? as_verdict_name(j->verdict) : NULL);
		rm_word(&w, j && j->id[0] ? j->id : NULL, NULL);
		rm_put(&w, sb_steal(&prim), -1, NULL);
		rm_put(&w, sb_steal(&sup), -1, NULL);
		rm_put(&w, gap_clause_reason(r, i), -1, NULL);
		rm_row_end(&w);
	}
}

static const report_column doc_cols[] = {
	{"id", N_("ID"), RCELL_ID, 0},           {"kind", N_("Kind"), RCELL_WORD, 0},
	{"title", N_("Title"), RCELL_TEXT, 0},   {"clauses", N_("Clauses"), RCELL_ID, ' '},
	{"status", N_("Status"), RCELL_WORD, 0}, {"producers", N_("Produced by"), RCELL_ID, ' '},
};

static void
fill_documents(report_table *t, const gap_report *r)
{
	const kb *k = r->kb;
	for (size_t i = 0; i < k->ndocs; i++) {
		const kb_doc *d = &k->docs[i];
		strbuf p;
		sb_init(&p);
		for (size_t j = 0; j < d->nproducers; j++)
			rm_idlist(&p, k->items[d->producers[j]].id);
		row w = rm_row_begin(t);
		rm_word(&w, d->id, NULL);
		rm_word(&w, d->record ? "record" : "document", NULL);
		rm_text(&w, kb_tr(&d->title));
		rm_word(&w, d->clauses, NULL);
		rm_put(&w, xstrdup(doc_status_label(r->docs[i].status)), -1, doc_status_name(r->docs[i].status));
		rm_put(&w, sb_steal(&p), -1, NULL);
		rm_row_end(&w);
	}
}

static const report_column finding_cols[] = {
	{"id", N_("ID"), RCELL_ID, 0},
	{"severity", N_("Severity"), RCELL_WORD, 0},
	{"rule", N_("Rule"), RCELL_NUMBER, 0},
	{"subject", N_("About"), RCELL_TEXT, 0},
	{"message", N_("Finding"), RCELL_TEXT, 0},
	{"reference", N_("Reference"), RCELL_TEXT, 0},
};

static void
fill_findings(report_table *t, const gap_report *r)
{
	for (size_t i = 0; i < r->nfindings; i++) {
		const gap_finding *f = &r->findings[i];
		row w = rm_row_begin(t);
		rm_word(&w, f->id, NULL);
		rm_put(&w, xstrdup(gap_severity_label(f->severity)), -1, gap_severity_name(f->severity));
		rm_put(&w, xasprintf("%d", f->rule), f->rule, NULL);
		rm_text(&w, f->subject);
		rm_text(&w, f->message);
		rm_text(&w, f->reference);
		rm_row_end(&w);
	}
}

static const report_column nc_cols[] = {
	{"id", N_("ID"), RCELL_ID, 0},
	{"clause", N_("Clause"), RCELL_ID, 0},
	{"verdict", N_("Verdict"), RCELL_WORD, 0},
	{"computed_status", N_("Computed status"), RCELL_WORD, 0},
	{"requirement", N_("Requirement"), RCELL_TEXT, 0},
	{"evidence", N_("Evidence"), RCELL_TEXT, 0},
	{"statement", N_("Statement"), RCELL_TEXT, 0},
	{"date", N_("Date"), RCELL_DATE, 0},
	{"assessor", N_("Assessor"), RCELL_TEXT, 0},
};

/* The judged clauses, worst verdict first (the order of gap_analyze). */
static void
fill_nonconformities(report_table *t, const gap_report *r)
{
	for (size_t i = 0; i < r->njudged; i++) {
		const gap_clause *g = &r->clauses[r->judged[i]];
		const as_judgement *j = gap_clause_judgement(r, r->judged[i]);
		row w = rm_row_begin(t);
		rm_word(&w, j->id, NULL);
		rm_word(&w, j->clause, NULL);
		rm_put(&w, xstrdup(as_verdict_label(j->verdict)), -1, as_verdict_name(j->verdict));
		rm_put(&w, xstrdup(gap_status_label(g->status)), -1, gap_status_name(g->status));
		rm_text(&w, j->requirement);
		rm_text(&w, j->evidence);
		rm_text(&w, j->statement);
		rm_word(&w, j->date, NULL);
		rm_text(&w, j->assessor);
		rm_row_end(&w);
	}
}

static const report_column action_cols[] = {
	{"id", N_("ID"), RCELL_ID, 0},
	{"priority", N_("Priority"), RCELL_WORD, 0},
	{"action", N_("Action"), RCELL_WORD, 0},
	{"item", N_("Item"), RCELL_ID, 0},
	{"title", N_("What"), RCELL_TEXT, 0},
	{"result", N_("Result"), RCELL_WORD, 0},
	{"owner", N_("Owner"), RCELL_TEXT, 0},
	{"layer", N_("Layer"), RCELL_WORD, 0},
	{"providers", N_("Providers"), RCELL_TEXT, '\n'},
	{"due", N_("Due"), RCELL_DATE, 0},
	{"clauses", N_("Clauses at stake"), RCELL_ID, ' '},
	{"response", N_("Auditee's response"), RCELL_TEXT, 0},
};

static void
fill_actions(report_table *t, const gap_report *r)
{
	static const char *const prio[] = {"", "high", "medium", "low"};
	for (size_t i = 0; i < r->nactions; i++) {
		const gap_action *ac = &r->actions[i];
		const as_item *rec = gap_action_record(r, ac);
		const kb_item *it = &r->kb->items[ac->item];
		row w = rm_row_begin(t);
		rm_put(&w, report_action_id(it), -1, NULL);
		rm_put(&w, xstrdup(gap_priority_label(ac->priority)), -1, prio[ac->priority]);
		rm_put(&w, xstrdup(gap_action_label(ac->kind)), -1, gap_action_name(ac->kind));
		rm_word(&w, it->id, NULL);
		rm_text(&w, kb_tr(&it->title));
		rm_put(&w, xstrdup(as_result_label(rec->result)), -1, as_result_name(rec->result));
		rm_text(&w, rec->owner);
		rm_word(&w, rec->layer ? kb_layer_name(rec->layer) : NULL, NULL);
		rm_put(&w, report_providers(rec, "\n"), -1, NULL);
		rm_word(&w, rec->due, NULL);
		rm_put(&w, report_at_stake(r, it), -1, NULL);
		rm_text(&w, NULL);
		rm_row_end(&w);
	}
}

static const report_column item_cols[] = {
	{"item", N_("Item"), RCELL_ID, 0},
	{"title", N_("Title"), RCELL_TEXT, 0},
	{"stage", N_("Stage"), RCELL_ID, 0},
	{"kind", N_("Kind"), RCELL_WORD, 0},
	{"result", N_("Result"), RCELL_WORD, 0},
	{"status", N_("Status"), RCELL_WORD, 0},
	{"owner", N_("Owner"), RCELL_TEXT, 0},
	{"layer", N_("Layer"), RCELL_WORD, 0},
	{"providers", N_("Providers"), RCELL_TEXT, '\n'},
	{"due", N_("Due"), RCELL_DATE, 0},
	{"notes", N_("Notes"), RCELL_TEXT, 0},
	{"justification", N_("Justification"), RCELL_TEXT, 0},
	{"evidence", N_("Evidence"), RCELL_TEXT, 0},
	{"evidence_location", N_("Evidence location"), RCELL_TEXT, 0},
	{"evidence_date", N_("Evidence seen"), RCELL_DATE, 0},
	{"evidence_reviewer", N_("Evidence reviewer"), RCELL_TEXT, 0},
};

/* One row per evidence entry (one row for an item without evidence), the
 * item's fields repeated: the table reads back without guessing. */
static void
item_row(report_table *t, const kb *k, const kb_item *it, const as_item *rec, const as_evidence *ev)
{
	as_result res = rec ? rec->result : RES_NOT_ASSESSED;
	row w = rm_row_begin(t);
	rm_word(&w, it->id, NULL);
	rm_text(&w, kb_tr(&it->title));
	rm_word(&w, k->stages[it->stage].id, NULL);
	rm_word(&w, it->output ? "output" : "input", NULL);
	rm_put(&w, xstrdup(as_result_label(res)), -1, as_result_name(res));
	if (rec)
		rm_put(&w, xstrdup(as_status_label(rec->status)), -1, as_status_name(rec->status));
	else
		rm_text(&w, NULL);
	rm_text(&w, rec ? rec->owner : NULL);
	rm_word(&w, rec && rec->layer ? kb_layer_name(rec->layer) : NULL, NULL);
	rm_put(&w, report_providers(rec, "\n"), -1, NULL);
	rm_word(&w, rec ? rec->due : NULL, NULL);
	rm_text(&w, rec ? rec->notes : NULL);
	rm_text(&w, rec ? rec->justification : NULL);
	rm_text(&w, ev ? ev->text : NULL);
	rm_text(&w, ev ? ev->location : NULL);
	rm_word(&w, ev ? ev->date : NULL, NULL);
	rm_text(&w, ev ? ev->reviewer : NULL);
	rm_row_end(&w);
}

static void
fill_items(report_table *t, const gap_report *r)
{
	const kb *k = r->kb;
	for (size_t i = 0; i < k->nitems; i++) {
		const kb_item *it = &k->items[i];
		const as_item *rec = gap_item_record(r->a, it);
		if (!rec || !rec->nevidence)
			item_row(t, k, it, rec, NULL);
		for (size_t e = 0; rec && e < rec->nevidence; e++)
			item_row(t, k, it, rec, &rec->evidence[e]);
	}
}

/* ---- the model ---- */

#define COLS(a) a, sizeof(a) / sizeof((a)[0])

const char *const report_table_names[RT_COUNT + 1] = {
	"metadata",   "signoff", "frame",        "stages",      "practices", "top_gaps", "providers",
	"structures", "roles",   "processes",    "clauses",     "documents", "findings", "nonconformities",
	"actions",    "items",   "participants", "checkpoints", NULL,
};

static const struct {
	const char *title;
	const report_column *cols;
	size_t ncols;
} tables[RT_COUNT] = {
	[RT_META] = {N_("Report"), COLS(rm_meta_cols)},
	[RT_SIGNOFF] = {N_("Sign-off"), COLS(rm_signoff_cols)},
	[RT_FRAME] = {N_("Objectives, scope, criteria, method and limitations"), COLS(rm_frame_cols)},
	[RT_STAGES] = {N_("Coverage by stage"), COLS(tally_cols)},
	[RT_PRACTICES] = {N_("Coverage by practice"), COLS(tally_cols)},
	[RT_TOPGAPS] = {N_("The gaps to close first"), COLS(topgap_cols)},
	[RT_PROVIDERS] = {N_("Service providers"), COLS(rm_provider_cols)},
	[RT_STRUCTURES] = {N_("Structural elements"), COLS(rm_structure_cols)},
	[RT_ROLES] = {N_("Role holders"), COLS(rm_role_cols)},
	[RT_PROCESSES] = {N_("Process allocation across layers"), COLS(rm_process_cols)},
	[RT_CLAUSES] = {N_("Clause by clause"), COLS(clause_cols)},
	[RT_DOCUMENTS] = {N_("Documented information and records"), COLS(doc_cols)},
	[RT_FINDINGS] = {N_("Rule findings"), COLS(finding_cols)},
	[RT_NONCONFORMITIES] = {N_("Nonconformities and opportunities for improvement"), COLS(nc_cols)},
	[RT_ACTIONS] = {N_("Action plan"), COLS(action_cols)},
	[RT_ITEMS] = {N_("Items and evidence"), COLS(item_cols)},
	[RT_PARTICIPANTS] = {N_("Participants"), COLS(rm_participant_cols)},
	[RT_CHECKPOINTS] = {N_("Stage checkpoints"), COLS(rm_checkpoint_cols)},
};

report_model *
report_model_build(const gap_report *r, const report_meta *m)
{
	report_model *md = xcalloc(1, sizeof *md);
	md->r = r;
	for (int i = 0; i < RT_COUNT; i++) {
		md->t[i].key = report_table_names[i];
		md->t[i].title = tables[i].title;
		md->t[i].cols = tables[i].cols;
		md->t[i].ncols = tables[i].ncols;
	}
	rm_fill_meta(&md->t[RT_META], r, m);
	rm_fill_signoff(&md->t[RT_SIGNOFF], r, m);
	rm_fill_frame(&md->t[RT_FRAME], r);
	fill_stages(&md->t[RT_STAGES], r);
	fill_practices(&md->t[RT_PRACTICES], r);
	fill_topgaps(&md->t[RT_TOPGAPS], r);
	rm_fill_providers(&md->t[RT_PROVIDERS], r);
	rm_fill_structures(&md->t[RT_STRUCTURES], r);
	rm_fill_roles(&md->t[RT_ROLES], r);
	rm_fill_processes(&md->t[RT_PROCESSES], r);
	fill_clauses(&md->t[RT_CLAUSES], r);
	fill_documents(&md->t[RT_DOCUMENTS], r);
	fill_findings(&md->t[RT_FINDINGS], r);
	fill_nonconformities(&md->t[RT_NONCONFORMITIES], r);
	fill_actions(&md->t[RT_ACTIONS], r);
	fill_items(&md->t[RT_ITEMS], r);
	rm_fill_participants(&md->t[RT_PARTICIPANTS], r);
	rm_fill_checkpoints(&md->t[RT_CHECKPOINTS], r);
	return md;
}

void
report_model_free(report_model **mp)
{
	report_model *md = *mp;
	if (!md)
		return;
	for (int i = 0; i < RT_COUNT; i++) {
		report_table *t = &md->t[i];
		for (size_t c = 0; c < t->nrows * t->ncols; c++)
			free(t->cells[c].text);
		free(t->cells);
	}
	free(md);
	*mp = NULL;
}

int
report_table_parse(const char *key)
{
	for (int i = 0; key && i < RT_COUNT; i++)
		if (!strcmp(key, report_table_names[i]))
			return i;
	return -1;
}

const char *
report_table_words(void)
{
	static char words[256];
	if (!words[0])
		for (int i = 0; i < RT_COUNT; i++)
			snprintf(words + strlen(words), sizeof words - strlen(words), "%s%s", i ? " " : "",
				 report_table_names[i]);
	return words;
}

const report_cell *
report_cell_at(const report_table *t, size_t r, size_t col)
{
	return &t->cells[r * t->ncols + col];
}

size_t
report_runs(const report_table *t, size_t col)
{
	size_t n = 0;
	for (size_t i = 0; i < t->nrows; i++)
		n += i == 0 || strcmp(report_cell_at(t, i, col)->text, report_cell_at(t, i - 1, col)->text) != 0;
	return n;
}
