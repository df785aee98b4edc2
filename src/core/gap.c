/* gap.c - clause status from link roles and evidence, documented
 * information, the roll-up, coverage, the assessor's judgements beside the
 * computed status, and the action plan.  See gap.h and docs/GAPS.md; the
 * rules are in gap_rules.c. */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "gap_int.h"
#include "i18n.h"

const as_item *
gap_item_record(const assessment *a, const kb_item *it)
{
	return assess_find(a, it->id);
}

as_result
gap_item_result(const assessment *a, const kb_item *it)
{
	const as_item *r = assess_find(a, it->id);
	return r ? r->result : RES_NOT_ASSESSED;
}

bool
gap_item_proven(const as_item *rec)
{
	return rec && rec->result == RES_IN_PLACE && rec->nevidence > 0;
}

double
gap_coverage(const gap_tally *t)
{
	if (!t->total)
		return -1;
	double proven = (double)(t->n[RES_IN_PLACE] - t->claimed);
	double half = (double)(t->claimed + t->n[RES_PARTIAL]);
	return 100.0 * (proven + 0.5 * half) / (double)t->total;
}

static void
tally_add(gap_tally *t, const as_item *rec)
{
	as_result res = rec ? rec->result : RES_NOT_ASSESSED;
	t->n[res]++;
	t->total++;
	if (res == RES_IN_PLACE && !gap_item_proven(rec))
		t->claimed++;
}

const as_item *
gap_action_record(const gap_report *r, const gap_action *ac)
{
	return gap_item_record(r->a, &r->kb->items[ac->item]);
}

const as_judgement *
gap_clause_judgement(const gap_report *r, size_t ci)
{
	size_t j = r->clauses[ci].judgement;
	return j == GAP_NONE ? NULL : &r->a->judgements[j];
}

void
gap_add_finding(gap_report *r, int rule, gap_severity sev, const char *key, const char *subject, const char *reference,
		const char *fmt, ...)
{
	va_list ap;
	r->findings = xgrow(r->findings, &r->capfindings, r->nfindings + 1, sizeof *r->findings);
	gap_finding *f = &r->findings[r->nfindings++];
	f->rule = rule;
	f->severity = sev;
	f->id = xasprintf("R%d-%s", rule, key);
	for (char *p = f->id; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '.' ||
		      *p == '-'))
			*p = '-';
	f->subject = xstrdup(subject);
	f->reference = reference;
	f->seq = r->nfindings;
	va_start(ap, fmt);
	f->message = xvasprintf(fmt, ap);
	va_end(ap);
}

/* ---- documented information ---- */

static void
analyze_docs(gap_report *r)
{
	const kb *k = r->kb;
	for (size_t di = 0; di < k->ndocs; di++) {
		const kb_doc *d = &k->docs[di];
		gap_doc *g = &r->docs[di];
		gap_tally t = {{0}, 0, 0};
		for (size_t i = 0; i < d->nproducers; i++) {
			const as_item *rec = gap_item_record(r->a, &k->items[d->producers[i]]);
			tally_add(&t, rec);
			if (rec)
				g->layers |= rec->layer;
		}
		size_t relevant = t.total - t.n[RES_NOT_APPLICABLE];
		if (t.total && !relevant) {
			g->status = DOC_MISSING;
			g->only_excluded = true;
		} else if (t.n[RES_IN_PLACE]) {
			g->status = DOC_PRESENT;
		} else if (t.n[RES_PARTIAL]) {
			g->status = DOC_PARTIAL;
		} else if (relevant && t.n[RES_NOT_ASSESSED] == relevant) {
			g->status = DOC_UNASSESSED;
		} else {
			g->status = DOC_MISSING;
		}
	}
}

/* ---- clauses ---- */

/* The status a clause gets from its own links (docs/GAPS.md, "Clause
 * status"): the primary items decide, the supporting ones only add
 * progress and confidence.  A clause whose links carry no role (a custom
 * knowledge base) treats every link as primary. */
static gap_status
own_status(gap_clause *g, bool roles)
{
	const gap_tally *p = g->primary.total ? &g->primary : &g->direct;
	const gap_tally *s = &g->supporting;
	size_t relevant = g->direct.total - g->direct.n[RES_NOT_APPLICABLE];

	if (relevant == 0) {
		g->only_excluded = true;
		return GAP_GAP;
	}
	if (p->n[RES_NOT_APPLICABLE]) {
		g->primary_excluded = true;
		return GAP_GAP;
	}
	/* Supporting links alone never cover a clause. */
	if (p->n[RES_IN_PLACE] - p->claimed == p->total)
		return roles && !g->primary.total ? GAP_PARTIAL : GAP_COVERED;
	if (p->n[RES_IN_PLACE] + p->n[RES_PARTIAL])
		return GAP_PARTIAL;
	if (p->n[RES_MISSING])
		return GAP_GAP;
	return (s->n[RES_IN_PLACE] + s->n[RES_PARTIAL]) ? GAP_PARTIAL : GAP_UNASSESSED;
}

static gap_confidence
confidence(const gap_tally *s)
{
	double c = gap_coverage(s);
	return c < 0 || c >= 75 ? CONF_HIGH : c >= 40 ? CONF_MEDIUM : CONF_LOW;
}

/* Mandatory documented information caps the clauses that require it: a
 * missing entry makes them, and 7.5.4 that lists it, a gap; an incomplete
 * or unassessed one keeps them from being covered. */
static void
doc_caps(gap_report *r, gap_status *cap)
{
	const kb *k = r->kb;
	size_t list;
	if (kb_lookup(k, "7.5.4", &list) != KB_ID_CLAUSE)
		list = GAP_NONE;
	for (size_t di = 0; di < k->ndocs; di++) {
		doc_status ds = r->docs[di].status;
		if (ds == DOC_PRESENT)
			continue;
		gap_status want = ds == DOC_MISSING ? GAP_GAP : GAP_PARTIAL;
		const char *p = k->docs[di].clauses;
		while (p && *p) {
			size_t l = strcspn(p, " "), ci;
			char *id = xstrndup(p, l);
			if (l && kb_lookup(k, id, &ci) == KB_ID_CLAUSE &&
			    (r->clauses[ci].doc == GAP_NONE || (want == GAP_GAP && cap[ci] != GAP_GAP))) {
				cap[ci] = want;
				r->clauses[ci].doc = di;
			}
			free(id);
			p += l;
			p += strspn(p, " ");
		}
		if (list != GAP_NONE && ds == DOC_MISSING && cap[list] != GAP_GAP) {
			cap[list] = GAP_GAP;
			r->clauses[list].doc = di;
		}
	}
}

static void
tally_clause_items(gap_report *r, size_t ci, unsigned char *seen)
{
	const kb *k = r->kb;
	const kb_clause *c = &k->clauses[ci];
	gap_clause *g = &r->clauses[ci];
	for (size_t i = 0; i < c->nlinks; i++) {
		const kb_link *l = &k->links[c->links[i]];
		const as_item *rec = gap_item_record(r->a, &k->items[l->item]);
		tally_add(&g->direct, rec);
		tally_add(l->role == ROLE_PRIMARY ? &g->primary : &g->supporting, rec);
	}
	/* Distinct items here or below, for coverage of a clause group. */
	memset(seen, 0, k->nitems);
	size_t stack[64], sp = 0;
	stack[sp++] = ci;
	while (sp) {
		const kb_clause *x = &k->clauses[stack[--sp]];
		for (size_t i = 0; i < x->nlinks; i++)
			seen[k->links[x->links[i]].item] = 1;
		for (size_t i = 0; i < x->nchildren && sp < 64; i++)
			stack[sp++] = x->children[i];
	}
	for (size_t i = 0; i < k->nitems; i++)
		if (seen[i])
			tally_add(&g->all, gap_item_record(r->a, &k->items[i]));
}

static void
analyze_clauses(gap_report *r)
{
	const kb *k = r->kb;
	unsigned char *seen = xcalloc(k->nitems ? k->nitems : 1, 1);
	gap_status *cap = xcalloc(k->nclauses ? k->nclauses : 1, sizeof *cap);

	for (size_t ci = 0; ci < k->nclauses; ci++) {
		r->clauses[ci].doc = GAP_NONE;
		r->clauses[ci].judgement = GAP_NONE;
		cap[ci] = GAP_COVERED;
		tally_clause_items(r, ci, seen);
	}
	free(seen);
	doc_caps(r, cap);

	/* Children come after their parent in document order: walk backwards
	 * so that every child is settled before its parent rolls it up. */
	for (size_t ci = k->nclauses; ci-- > 0;) {
		const kb_clause *c = &k->clauses[ci];
		gap_clause *g = &r->clauses[ci];
		size_t n = 0, cnt[4] = {0};
		g->worst_child = GAP_NONE;
		g->confidence = confidence(&g->supporting);
		/* A clause whose own links are all supporting (a parent clause,
		 * typically) is settled by its subclauses; its links only add
		 * progress when it has none. */
		bool roles = false;
		for (size_t i = 0; i < c->nlinks; i++)
			roles |= k->links[c->links[i]].has_role;
		if (c->nlinks && (g->primary.total || !roles || !c->nchildren)) {
			cnt[own_status(g, roles)]++;
			n++;
		}
		for (size_t i = 0; i < c->nchildren; i++) {
			gap_status s = r->clauses[c->children[i]].status;
			cnt[s]++;
			n++;
			if (s == GAP_GAP && g->worst_child == GAP_NONE)
				g->worst_child = c->children[i];
		}
		if (n == 0 || cnt[GAP_GAP])
			g->status = GAP_GAP; /* nothing supports it at all, or a part is a gap */
		else if (cnt[GAP_COVERED] == n)
			g->status = GAP_COVERED;
		else if (cnt[GAP_UNASSESSED] == n)
			g->status = GAP_UNASSESSED;
		else
			g->status = GAP_PARTIAL;
		if (cap[ci] == GAP_GAP)
			g->status = GAP_GAP;
		else if (cap[ci] == GAP_PARTIAL && g->status == GAP_COVERED)
			g->status = GAP_PARTIAL;
		r->count[g->status]++;
	}
	free(cap);
}

static int
cmp_size(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	return a < b ? -1 : a > b;
}

/* The assessor's verdicts, beside the computed status.  A disagreement in
 * kind (conforming where the computation finds a gap, a nonconformity
 * where it finds the clause covered) is flagged for a justification. */
static void
attach_judgements(gap_report *r)
{
	const kb *k = r->kb;
	const assessment *a = r->a;
	r->judged = xcalloc(a->njudgements ? a->njudgements : 1, sizeof *r->judged);
	for (size_t ci = 0; ci < k->nclauses; ci++) {
		const as_judgement *j = assess_judgement_find(a, k->clauses[ci].id);
		if (!j)
			continue;
		gap_clause *g = &r->clauses[ci];
		g->judgement = (size_t)(j - a->judgements);
		g->disagrees = (j->verdict == VERDICT_CONFORMING && g->status == GAP_GAP) ||
			       (as_verdict_is_nc(j->verdict) && g->status == GAP_COVERED);
		r->judged[r->njudged++] = ci;
		r->verdicts[j->verdict]++;
	}
	/* Major nonconformities first, then minor, opportunities, conforming,
	 * each in clause order: sort on (severity rank, clause) folded into one
	 * number, then unfold. */
	for (size_t i = 0; i < r->njudged; i++) {
		as_verdict v = a->judgements[r->clauses[r->judged[i]].judgement].verdict;
		r->judged[i] += (size_t)(VERDICT_COUNT - 1 - v) * k->nclauses;
	}
	xsort(r->judged, r->njudged, sizeof *r->judged, cmp_size);
	for (size_t i = 0; i < r->njudged; i++)
		r->judged[i] %= k->nclauses;
}

/* ---- action plan ---- */

static int
cmp_action(const void *pa, const void *pb)
{
	const gap_action *a = pa, *b = pb;
	if (a->priority != b->priority)
		return (int)a->priority - (int)b->priority;
	if (a->kind != b->kind)
		return (int)a->kind - (int)b->kind;
	if (a->dependents != b->dependents)
		return a->dependents > b->dependents ? -1 : 1;
	if (a->due[0] != b->due[0])
		return a->due[0] ? -1 : 1;
	int c = strcmp(a->due, b->due);
	if (c)
		return c;
	return a->item < b->item ? -1 : a->item > b->item;
}

/* Whether the item is primary support of some clause, or the only
 * support of one (what an exclusion takes away). */
static bool
decisive(const gap_report *r, const kb_item *it)
{
	const kb *k = r->kb;
	for (size_t j = 0; j < it->nlinks; j++) {
		const kb_link *l = &k->links[it->links[j]];
		const gap_clause *g = &r->clauses[l->clause];
		if (l->role == ROLE_PRIMARY || g->only_excluded || !g->primary.total)
			return true;
	}
	return false;
}

static void
plan_actions(gap_report *r)
{
	const kb *k = r->kb;
	r->actions = xcalloc(k->nitems ? k->nitems : 1, sizeof *r->actions);
	for (size_t i = 0; i < k->nitems; i++) {
		const kb_item *it = &k->items[i];
		const as_item *rec = gap_item_record(r->a, it);
		if (!rec)
			continue;
		gap_action_kind kind;
		if (rec->result == RES_MISSING)
			kind = PLAN_IMPLEMENT;
		else if (rec->result == RES_PARTIAL)
			kind = PLAN_COMPLETE;
		else if (rec->result == RES_NOT_APPLICABLE && it->nlinks && decisive(r, it))
			kind = PLAN_RESTORE;
		else if (rec->result == RES_IN_PLACE && !gap_item_proven(rec))
			kind = PLAN_EVIDENCE;
		else
			continue;
		gap_action *ac = &r->actions[r->nactions++];
		ac->item = i;
		memcpy(ac->due, rec->due, sizeof ac->due);
		ac->kind = kind;
		for (size_t j = 0; j < it->nlinks; j++)
			ac->dependents += r->clauses[k->links[it->links[j]].clause].status != GAP_COVERED;
		ac->produces_doc = it->nproduces > 0;
		bool weighty = ac->dependents >= 3 || ac->produces_doc;
		switch (kind) {
		case PLAN_RESTORE:
			ac->priority = PRIO_HIGH;
			break;
		case PLAN_IMPLEMENT:
			ac->priority = weighty ? PRIO_HIGH : PRIO_MEDIUM;
			break;
		case PLAN_COMPLETE:
			ac->priority = weighty ? PRIO_MEDIUM : PRIO_LOW;
			break;
		default:
			ac->priority = decisive(r, it) || ac->produces_doc ? PRIO_MEDIUM : PRIO_LOW;
			break;
		}
	}
	xsort(r->actions, r->nactions, sizeof *r->actions, cmp_action);
}

static int
cmp_finding(const void *pa, const void *pb)
{
	const gap_finding *a = pa, *b = pb;
	if (a->severity != b->severity)
		return (int)a->severity - (int)b->severity;
	if (a->rule != b->rule)
		return a->rule - b->rule;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static const gap_finding *sort_base;

static int
cmp_finding_id(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int c = strcmp(sort_base[x].id, sort_base[y].id);
	return c ? c : (x > y) - (x < y);
}

/* Two findings of one rule about subjects that read the same ("A B" and
 * "A-B") would share an ID: the later ones, in report order, get "~2",
 * "~3" (no key holds a "~").  A sort, not a comparison of every pair. */
static void
number_findings(gap_report *r)
{
	size_t *order = xcalloc(r->nfindings, sizeof *order);
	for (size_t i = 0; i < r->nfindings; i++)
		order[i] = i;
	sort_base = r->findings;
	xsort(order, r->nfindings, sizeof *order, cmp_finding_id);
	for (size_t i = 1, run = 1; i < r->nfindings; i++) {
		const char *base = r->findings[order[i - run]].id; /* a run's first keeps its ID */
		gap_finding *f = &r->findings[order[i]];
		if (strcmp(f->id, base) != 0) {
			run = 1;
			continue;
		}
		char *n = xasprintf("%s~%zu", base, ++run);
		free(f->id);
		f->id = n;
	}
	free(order);
}

gap_report *
gap_analyze(const kb *k, const assessment *a)
{
	gap_report *r = xcalloc(1, sizeof *r);
	r->kb = k;
	r->a = a;
	r->clauses = xcalloc(k->nclauses ? k->nclauses : 1, sizeof *r->clauses);
	r->docs = xcalloc(k->ndocs ? k->ndocs : 1, sizeof *r->docs);
	r->stages = xcalloc(k->nstages ? k->nstages : 1, sizeof *r->stages);

	for (size_t i = 0; i < k->nitems; i++) {
		const kb_item *it = &k->items[i];
		const as_item *rec = gap_item_record(a, it);
		tally_add(&r->stages[it->stage], rec);
		tally_add(&r->overall, rec);
		for (int p = 0; p < 4; p++)
			if (it->practices & (1u << p))
				tally_add(&r->practices[p], rec);
	}
	analyze_docs(r);
	analyze_clauses(r);
	attach_judgements(r);
	gap_check_rules(r);
	xsort(r->findings, r->nfindings, sizeof *r->findings, cmp_finding);
	number_findings(r);
	plan_actions(r);
	return r;
}

void
gap_free(gap_report **rp)
{
	gap_report *r = *rp;
	if (!r)
		return;
	for (size_t i = 0; i < r->nfindings; i++) {
		free(r->findings[i].id);
		free(r->findings[i].subject);
		free(r->findings[i].message);
	}
	free(r->findings);
	free(r->actions);
	free(r->clauses);
	free(r->docs);
	free(r->stages);
	free(r->judged);
	free(r);
	*rp = NULL;
}

/* ---- explanations ---- */

static void
list_items(strbuf *b, const gap_report *r, const kb_clause *c, kb_role role, as_result want, bool claimed,
	   const char *label, bool owners)
{
	const kb *k = r->kb;
	size_t n = 0;
	for (size_t i = 0; i < c->nlinks; i++) {
		const kb_link *l = &k->links[c->links[i]];
		if (l->role != role)
			continue;
		const kb_item *it = &k->items[l->item];
		const as_item *rec = gap_item_record(r->a, it);
		if ((rec ? rec->result : RES_NOT_ASSESSED) != want)
			continue;
		if (want == RES_IN_PLACE && gap_item_proven(rec) == claimed)
			continue;
		sb_add(b, n++ ? ", " : label);
		sb_add(b, it->id);
		if (owners && rec && rec->owner)
			sb_addf(b, _(" (owner: %s)"), rec->owner);
	}
	if (n)
		sb_add(b, ".\n");
}

static void
reason_docs(strbuf *b, const gap_report *r, size_t ci)
{
	const kb *k = r->kb;
	const gap_clause *g = &r->clauses[ci];
	if (g->doc == GAP_NONE)
		return;
	if (!strcmp(k->clauses[ci].id, "7.5.4") && g->status == GAP_GAP) {
		size_t n = 0;
		for (size_t di = 0; di < k->ndocs; di++) {
			if (r->docs[di].status != DOC_MISSING)
				continue;
			sb_add(b, n++ ? ", " : _("Mandatory documented information missing: "));
			sb_addf(b, "%s (%s)", k->docs[di].id, kb_tr(&k->docs[di].title));
		}
		if (n)
			sb_add(b, ".\n");
		return;
	}
	const kb_doc *d = &k->docs[g->doc];
	doc_status ds = r->docs[g->doc].status;
	sb_addf(b,
		ds == DOC_MISSING ? _("%s (%s), which this clause requires, is missing.\n")
				  : _("%s (%s), which this clause requires, is %s.\n"),
		d->id, kb_tr(&d->title), doc_status_label(ds));
}

char *
gap_clause_reason(const gap_report *r, size_t ci)
{
	const kb *k = r->kb;
	const kb_clause *c = &k->clauses[ci];
	const gap_clause *g = &r->clauses[ci];
	strbuf b;
	sb_init(&b);
	if (g->only_excluded)
		sb_add(&b, _("Every item linked to this clause is marked not applicable, and clauses 4 to 10 "
			     "admit no exclusion.\n"));
	else if (g->primary_excluded)
		list_items(&b, r, c, ROLE_PRIMARY, RES_NOT_APPLICABLE, false,
			   _("Primary support marked not applicable (clauses 4 to 10 admit no exclusion): "), false);
	reason_docs(&b, r, ci);
	if (g->worst_child != GAP_NONE)
		sb_addf(&b, _("Subclause %s is a gap.\n"), k->clauses[g->worst_child].id);
	if (c->nlinks) {
		list_items(&b, r, c, ROLE_PRIMARY, RES_MISSING, false, _("Primary, missing: "), true);
		list_items(&b, r, c, ROLE_PRIMARY, RES_PARTIAL, false, _("Primary, partly in place: "), true);
		list_items(&b, r, c, ROLE_PRIMARY, RES_IN_PLACE, true, _("Primary, in place but without evidence: "),
			   true);
		list_items(&b, r, c, ROLE_PRIMARY, RES_NOT_ASSESSED, false, _("Primary, not assessed: "), false);
		if (g->status == GAP_COVERED)
			list_items(&b, r, c, ROLE_PRIMARY, RES_IN_PLACE, false, _("Primary, in place with evidence: "),
				   false);
		list_items(&b, r, c, ROLE_SUPPORTING, RES_MISSING, false, _("Supporting, missing: "), true);
		list_items(&b, r, c, ROLE_SUPPORTING, RES_PARTIAL, false, _("Supporting, partly in place: "), true);
		if (g->status == GAP_COVERED && g->supporting.total)
			sb_addf(&b, _("Confidence from the supporting items: %s.\n"),
				gap_confidence_label(g->confidence));
	}
	if (!c->nlinks && c->nchildren && g->worst_child == GAP_NONE && g->status != GAP_COVERED && g->doc == GAP_NONE)
		sb_add(&b, _("See the subclauses.\n"));
	const as_judgement *j = gap_clause_judgement(r, ci);
	if (j) {
		sb_addf(&b, _("Judged %s by the assessor"), as_verdict_label(j->verdict));
		if (j->id[0])
			sb_addf(&b, " (%s)", j->id);
		sb_add(&b, g->disagrees ? _("; this disagrees with the computed status.\n") : ".\n");
	}
	if (b.len && b.s[b.len - 1] == '\n')
		b.s[--b.len] = '\0';
	return sb_steal(&b);
}
