/* gap.c - clause status, roll-up, coverage, documented information, the
 * assessment rules and the action plan.  See gap.h and docs/GAPS.md. */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "gap.h"
#include "i18n.h"

static const char *const status_names[] = {"covered", "partial", "gap", "unassessed"};
static const char *const status_labels[] = {N_("covered"), N_("partial"), N_("gap"), N_("not assessed")};
static const char *const doc_names[] = {"present", "partial", "missing", "unassessed"};
static const char *const doc_labels[] = {N_("present"), N_("partial"), N_("missing"), N_("not assessed")};
static const char *const sev_names[] = {"error", "warning", "info"};
static const char *const sev_labels[] = {N_("error"), N_("warning"), N_("info")};
static const char *const prio_labels[] = {"", N_("high"), N_("medium"), N_("low")};

const char *gap_status_name(gap_status s) { return status_names[s]; }
const char *gap_status_label(gap_status s) { return _(status_labels[s]); }
const char *doc_status_name(doc_status s) { return doc_names[s]; }
const char *doc_status_label(doc_status s) { return _(doc_labels[s]); }
const char *gap_severity_name(gap_severity s) { return sev_names[s]; }
const char *gap_severity_label(gap_severity s) { return _(sev_labels[s]); }
const char *gap_priority_label(gap_priority p) { return _(prio_labels[p]); }

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

double
gap_coverage(const gap_tally *t)
{
	size_t relevant = t->total - t->n[RES_NOT_APPLICABLE];
	if (!relevant)
		return -1;
	return 100.0 * ((double)t->n[RES_IN_PLACE] + 0.5 * (double)t->n[RES_PARTIAL]) / (double)relevant;
}

static void
tally_add(gap_tally *t, as_result r)
{
	t->n[r]++;
	t->total++;
}

/* ---- clauses ---- */

static gap_status
own_status(const gap_report *r, size_t ci, bool *excluded, bool *by_one)
{
	const kb *k = r->kb;
	const kb_clause *c = &k->clauses[ci];
	const gap_tally *t = &r->clauses[ci].direct;
	size_t relevant = t->total - t->n[RES_NOT_APPLICABLE];

	if (relevant == 0) {
		*excluded = true;
		return GAP_GAP;
	}
	for (size_t i = 0; i < c->nlinks; i++) {
		const kb_link *l = &k->links[c->links[i]];
		if ((l->rel == REL_EQUAL || l->rel == REL_SUPERSET) &&
		    gap_item_result(r->a, &k->items[l->item]) == RES_IN_PLACE) {
			*by_one = true;
			return GAP_COVERED;
		}
	}
	if (t->n[RES_IN_PLACE] == relevant)
		return GAP_COVERED;
	if (t->n[RES_NOT_ASSESSED] == relevant)
		return GAP_UNASSESSED;
	if (t->n[RES_IN_PLACE] + t->n[RES_PARTIAL])
		return GAP_PARTIAL;
	return GAP_GAP;
}

static void
analyze_clauses(gap_report *r)
{
	const kb *k = r->kb;
	unsigned char *seen = xcalloc(k->nitems ? k->nitems : 1, 1);

	for (size_t ci = 0; ci < k->nclauses; ci++) {
		const kb_clause *c = &k->clauses[ci];
		for (size_t i = 0; i < c->nlinks; i++)
			tally_add(&r->clauses[ci].direct,
				  gap_item_result(r->a, &k->items[k->links[c->links[i]].item]));
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
				tally_add(&r->clauses[ci].all, gap_item_result(r->a, &k->items[i]));
	}
	free(seen);

	/* Children come after their parent in document order: walk backwards
	 * so that every child is settled before its parent rolls it up. */
	for (size_t ci = k->nclauses; ci-- > 0;) {
		const kb_clause *c = &k->clauses[ci];
		gap_clause *g = &r->clauses[ci];
		size_t n = 0, cnt[4] = {0};
		g->worst_child = (size_t)-1;
		if (c->nlinks) {
			cnt[own_status(r, ci, &g->only_excluded, &g->covered_by_one)]++;
			n++;
		}
		for (size_t i = 0; i < c->nchildren; i++) {
			gap_status s = r->clauses[c->children[i]].status;
			cnt[s]++;
			n++;
			if (s == GAP_GAP && g->worst_child == (size_t)-1)
				g->worst_child = c->children[i];
		}
		if (n == 0)
			g->status = GAP_GAP;	/* nothing supports it at all */
		else if (cnt[GAP_GAP])
			g->status = GAP_GAP;
		else if (cnt[GAP_COVERED] == n)
			g->status = GAP_COVERED;
		else if (cnt[GAP_UNASSESSED] == n)
			g->status = GAP_UNASSESSED;
		else
			g->status = GAP_PARTIAL;
		r->count[g->status]++;
	}
}

/* ---- documented information ---- */

static void
analyze_docs(gap_report *r)
{
	const kb *k = r->kb;
	for (size_t di = 0; di < k->ndocs; di++) {
		const kb_doc *d = &k->docs[di];
		gap_doc *g = &r->docs[di];
		gap_tally t = {{0}, 0};
		for (size_t i = 0; i < d->nproducers; i++) {
			const kb_item *it = &k->items[d->producers[i]];
			const as_item *rec = gap_item_record(r->a, it);
			tally_add(&t, rec ? rec->result : RES_NOT_ASSESSED);
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

/* ---- rules ---- */

static void add_finding(gap_report *r, int rule, gap_severity sev, const char *subject,
			const char *reference, const char *fmt, ...) __attribute__((format(__printf__, 6, 7)));

static void
add_finding(gap_report *r, int rule, gap_severity sev, const char *subject, const char *reference,
	    const char *fmt, ...)
{
	va_list ap;
	r->findings = xgrow(r->findings, &r->capfindings, r->nfindings + 1, sizeof *r->findings);
	gap_finding *f = &r->findings[r->nfindings++];
	f->rule = rule;
	f->severity = sev;
	f->subject = xstrdup(subject);
	f->reference = reference;
	f->seq = r->nfindings;
	va_start(ap, fmt);
	f->message = xvasprintf(fmt, ap);
	va_end(ap);
}

/* The result of an item named by a rule; -1 when this knowledge base does
 * not have it (a replaced knowledge base may not). */
static int
rule_item(const gap_report *r, const char *id)
{
	const kb_item *it = kb_item_by_id(r->kb, id);
	return it ? (int)gap_item_result(r->a, it) : -1;
}

static const char *
item_title(const gap_report *r, const char *id)
{
	const kb_item *it = kb_item_by_id(r->kb, id);
	return it ? kb_tr(&it->title) : id;
}

/* Rules 9, 10, 11: an item that must be in place. */
static void
need_item(gap_report *r, int rule, const char *id, const char *reference, const char *why)
{
	int res = rule_item(r, id);
	if (res < 0 || res == RES_IN_PLACE)
		return;
	gap_severity sev = res == RES_NOT_ASSESSED ? SEV_INFO : SEV_WARNING;
	const char *state = res == RES_NOT_ASSESSED ? _("is not assessed yet") :
			    res == RES_NOT_APPLICABLE ? _("is marked not applicable") :
			    res == RES_PARTIAL ? _("is only partly in place") : _("is missing");
	add_finding(r, rule, sev, id, reference, "%s %s (%s): %s", id, state, item_title(r, id), why);
}

static bool
clause_under(const kb *k, size_t ci, const char *top)
{
	const kb_clause *c = &k->clauses[ci];
	while (c->parent >= 0)
		c = &k->clauses[c->parent];
	return !strcmp(c->id, top);
}

static void
rules_profile(gap_report *r)
{
	const assessment *a = r->a;
	/* Rule 1 */
	if (a->nproviders == 0)
		add_finding(r, 1, SEV_ERROR, _("service providers"), "ISO/IEC TS 20000-14:2023, 1", "%s",
			    _("No service provider is recorded. SIAM guidance is written for an ecosystem of "
			      "several providers; with fewer than two it does not apply. Record every provider, "
			      "internal or external, in the register."));
	else if (a->nproviders < 2)
		add_finding(r, 1, SEV_ERROR, _("service providers"), "ISO/IEC TS 20000-14:2023, 1",
			    P_("Only %zu service provider is recorded. SIAM guidance is written for an "
			       "ecosystem of several providers; with fewer than two it does not apply. "
			       "Record every provider, internal or external, in the register.",
			       "Only %zu service providers are recorded. SIAM guidance is written for an "
			       "ecosystem of several providers; with fewer than two it does not apply. "
			       "Record every provider, internal or external, in the register.", a->nproviders),
			    a->nproviders);
	/* Rule 3: the organization must itself operate part of the scope. */
	bool own = false;
	for (size_t i = 0; i < a->nproviders; i++)
		own |= a->providers[i].internal;
	own |= a->model == MODEL_INTERNAL || a->model == MODEL_HYBRID;
	for (size_t i = 0; i < a->nprocesses; i++)
		own |= (a->processes[i].raci[RACI_R] & LAYER_CUSTOMER) != 0;
	if (a->nproviders && !own)
		add_finding(r, 3, SEV_ERROR, _("profile"), "ISO/IEC 20000-1:2018, 8.2.3; ISO/IEC TS 20000-14:2023, 4.1",
			    "%s", _("Every recorded provider is external, the integrator is not run by the "
				    "organization and no process is allocated to the customer layer as "
				    "responsible. The organization must itself operate at least some of the "
				    "services, components or processes in scope; record what it runs (an internal "
				    "provider, or a process the customer layer performs)."));
	/* Rule 5 */
	if (a->model == MODEL_LEAD_SUPPLIER) {
		const char *s = a->separation ? a->separation : "";
		s += strspn(s, " \t\r\n");
		if (!*s)
			add_finding(r, 5, SEV_WARNING, _("profile"), "ISO/IEC TS 20000-14:2023, 5.2.3, 5.2.4",
				    "%s", _("The integrator is a lead supplier, which is also a service provider, "
					    "and no separation of its integrator and provider obligations is recorded. "
					    "Without it the integrator may favor its own delivery; record how the two "
					    "roles are kept apart (teams, reporting lines, contract terms, audit)."));
	}
	/* Rule 11 */
	if (a->start == START_NONE)
		add_finding(r, 11, SEV_WARNING, _("profile"), "ISO/IEC TS 20000-14:2023, 6.1.2-6.1.4",
			    "%s", _("No starting point is recorded (SIAM within an existing SMS, an SMS within "
				    "an existing SIAM model, or both together); each one calls for its own checks."));
	else if (a->start == START_EXISTING_SMS) {
		need_item(r, 11, "DS.OUT.01", "ISO/IEC TS 20000-14:2023, 6.1.2",
			  _("with an existing SMS, the strategy must be revisited for SIAM."));
		need_item(r, 11, "PB.OUT.15", "ISO/IEC TS 20000-14:2023, 6.1.2",
			  _("with an existing SMS, the service management policy and objectives must be "
			    "revisited for SIAM."));
	} else if (a->start == START_EXISTING_SIAM) {
		need_item(r, 11, "PB.OUT.03", "ISO/IEC TS 20000-14:2023, 6.1.3",
			  _("with an existing SIAM model, the SMS scope must reflect that model."));
	} else {
		need_item(r, 11, "DS.OUT.10", "ISO/IEC TS 20000-14:2023, 6.1.4",
			  _("when SIAM and the SMS are introduced together, the two programmes must be "
			    "coordinated or combined."));
	}
}

static void
rules_roles(gap_report *r)
{
	const assessment *a = r->a;
	/* Rule 6: one accountable party per role and per process. */
	for (size_t i = 0; i < a->nroles; i++) {
		const as_role *ro = &a->roles[i];
		size_t acc = 0;
		for (size_t j = 0; j < ro->nholders; j++)
			acc += ro->holders[j].raci == RACI_A;
		const kb_entry *e = kb_entry_by_id(r->kb, KB_ROLE, ro->ref);
		const char *title = e ? kb_tr(&e->title) : ro->ref;
		if (acc == 0)
			add_finding(r, 6, SEV_WARNING, ro->ref, "ISO/IEC TS 20000-14:2023, 5.3",
				    _("Role \"%s\" has no accountable party; exactly one party must be "
				      "accountable for it."), title);
		else if (acc > 1)
			add_finding(r, 6, SEV_WARNING, ro->ref, "ISO/IEC TS 20000-14:2023, 5.3",
				    _("Role \"%s\" has %zu accountable parties; duplicated accountability "
				      "blurs decisions. Keep exactly one."), title, acc);
	}
	for (size_t i = 0; i < a->nprocesses; i++) {
		const as_process *p = &a->processes[i];
		unsigned m = p->raci[RACI_A];
		size_t acc = (m & 1) + ((m >> 1) & 1) + ((m >> 2) & 1);
		const kb_entry *e = kb_entry_by_id(r->kb, KB_PROCESS, p->ref);
		const char *title = e ? kb_tr(&e->title) : p->ref;
		if (acc == 0)
			add_finding(r, 6, SEV_WARNING, p->ref, "ISO/IEC TS 20000-14:2023, 5.3",
				    _("Process \"%s\" has no accountable layer in the allocation matrix."), title);
		else if (acc > 1) {
			char *layers = kb_layers_string(m);
			add_finding(r, 6, SEV_WARNING, p->ref, "ISO/IEC TS 20000-14:2023, 5.3",
				    _("Process \"%s\" has more than one accountable layer (%s); "
				      "contradictory accountability across layers is a common cause of "
				      "disputes. Keep exactly one."), title, layers);
			free(layers);
		}
		if (!p->raci[RACI_R])
			add_finding(r, 6, SEV_WARNING, p->ref, "ISO/IEC TS 20000-14:2023, 5.3",
				    _("Process \"%s\" has no responsible layer: nobody performs it."), title);
	}
	/* Rule 7: structural elements. */
	size_t boards = 0;
	for (size_t i = 0; i < a->nstructures; i++) {
		const as_structure *s = &a->structures[i];
		boards += s->kind == STRUCT_BOARD;
		unsigned m = s->layers;
		if ((m & (m - 1)) == 0)
			add_finding(r, 7, SEV_WARNING, s->name, "ISO/IEC TS 20000-14:2023, 3.12, 5.2.5",
				    _("Structural element \"%s\" draws its members from %s; structural elements "
				      "should span more than one layer."), s->name,
				    m ? _("one layer only") : _("no recorded layer"));
	}
	if (a->nstructures == 0)
		add_finding(r, 7, SEV_WARNING, _("structural elements"), "ISO/IEC TS 20000-14:2023, 5.2.5",
			    "%s", _("No structural elements (boards, process forums, working groups) are recorded."));
	else if (boards == 0)
		add_finding(r, 7, SEV_WARNING, _("structural elements"), "ISO/IEC TS 20000-14:2023, 5.2.5",
			    "%s", _("No board is recorded: a SIAM model needs at least one board that takes "
				    "formal, accountable decisions across the layers."));
}

static void
rules_items(gap_report *r)
{
	const kb *k = r->kb;
	const assessment *a = r->a;
	/* Rule 2: excluded support never excuses a clause. */
	for (size_t ci = 0; ci < k->nclauses; ci++)
		if (r->clauses[ci].only_excluded)
			add_finding(r, 2, SEV_ERROR, k->clauses[ci].id, "ISO/IEC TS 20000-14:2023, 4.1",
				    _("Clause %s (%s) is supported only by items marked not applicable. Clauses "
				      "4 to 10 of ISO/IEC 20000-1 cannot be excluded, so this is a gap."),
				    k->clauses[ci].id, kb_tr(&k->clauses[ci].title));
	/* Rule 4: clauses 4 and 5 stay with the organization. */
	for (size_t i = 0; i < k->nitems; i++) {
		const kb_item *it = &k->items[i];
		const as_item *rec = gap_item_record(a, it);
		if (!rec || !rec->layer)
			continue;
		bool ext_integrator = rec->layer == LAYER_INTEGRATOR &&
				      (a->model == MODEL_EXTERNAL || a->model == MODEL_LEAD_SUPPLIER);
		if (rec->layer != LAYER_PROVIDER && !ext_integrator)
			continue;
		for (size_t j = 0; j < it->nlinks; j++) {
			size_t ci = k->links[it->links[j]].clause;
			if (clause_under(k, ci, "4") || clause_under(k, ci, "5")) {
				add_finding(r, 4, SEV_WARNING, it->id, "ISO/IEC 20000-1:2018, 4, 5",
					    _("%s supports clause %s but is recorded as the responsibility of %s. "
					      "Clauses 4 and 5 must be met by the organization itself; another "
					      "party may contribute, not own them."), it->id, k->clauses[ci].id,
					    rec->layer == LAYER_PROVIDER ? _("a service provider")
									 : _("an external integrator"));
				break;
			}
		}
	}
	/* Rule 8: every practice type present in the model. */
	static const char *const pnames[] = {N_("people"), N_("process"), N_("measurement"), N_("technology")};
	for (int p = 0; p < 4; p++) {
		const gap_tally *t = &r->practices[p];
		if (t->total && !t->n[RES_IN_PLACE] && !t->n[RES_PARTIAL] && t->n[RES_NOT_ASSESSED] < t->total)
			add_finding(r, 8, SEV_WARNING, _(pnames[p]), "ISO/IEC TS 20000-14:2023, 5.2.7",
				    _("No item of the %s practice type is in place or partly in place; a SIAM "
				      "model needs all four practice types."), _(pnames[p]));
	}
	/* Rules 9 and 10 */
	need_item(r, 9, "DS.OUT.10", "ISO/IEC TS 20000-14:2023, 6.2.1",
		  _("the transition must be run as a project."));
	need_item(r, 9, "PB.OUT.13", "ISO/IEC TS 20000-14:2023, 6.2.1",
		  _("the transition needs organizational change management."));
	need_item(r, 10, "IM.OUT.01", "ISO/IEC TS 20000-14:2023, 6.1.1",
		  _("an incremental implementation must weigh the risks and benefits of each "
		    "intermediate state."));
	/* Rule 12: documented information needs a producing artefact and an owner layer. */
	for (size_t di = 0; di < k->ndocs; di++) {
		const kb_doc *d = &k->docs[di];
		const gap_doc *g = &r->docs[di];
		if (g->status == DOC_MISSING)
			add_finding(r, 12, SEV_ERROR, d->id, "ISO/IEC 20000-1:2018, 7.5.4; ISO/IEC TS 20000-14:2023, Annex B",
				    g->only_excluded
				    ? _("%s (%s): every item that produces it is marked not applicable, yet it is "
					"mandatory.")
				    : _("%s (%s) is mandatory and no item that produces it is in place."),
				    d->id, kb_tr(&d->title));
		else if ((g->status == DOC_PRESENT || g->status == DOC_PARTIAL) && !g->layers)
			add_finding(r, 12, SEV_WARNING, d->id, "ISO/IEC 20000-1:2018, 7.5.4",
				    _("%s (%s) has no owner layer recorded on the items that produce it."),
				    d->id, kb_tr(&d->title));
	}
}

/* ---- action plan ---- */

static int
cmp_action(const void *pa, const void *pb)
{
	const gap_action *a = pa, *b = pb;
	if (a->priority != b->priority)
		return (int)a->priority - (int)b->priority;
	if (a->rec->result != b->rec->result)
		return a->rec->result == RES_MISSING ? -1 : 1;
	if (a->dependents != b->dependents)
		return a->dependents > b->dependents ? -1 : 1;
	if (a->rec->due[0] != b->rec->due[0])
		return a->rec->due[0] ? -1 : 1;
	int c = strcmp(a->rec->due, b->rec->due);
	if (c)
		return c;
	return a->item < b->item ? -1 : a->item > b->item;
}

static void
plan_actions(gap_report *r)
{
	const kb *k = r->kb;
	r->actions = xcalloc(k->nitems ? k->nitems : 1, sizeof *r->actions);
	for (size_t i = 0; i < k->nitems; i++) {
		const kb_item *it = &k->items[i];
		const as_item *rec = gap_item_record(r->a, it);
		if (!rec || (rec->result != RES_MISSING && rec->result != RES_PARTIAL))
			continue;
		gap_action *ac = &r->actions[r->nactions++];
		ac->item = i;
		ac->rec = rec;
		for (size_t j = 0; j < it->nlinks; j++)
			ac->dependents += r->clauses[k->links[it->links[j]].clause].status != GAP_COVERED;
		ac->produces_doc = it->nproduces > 0;
		bool weighty = ac->dependents >= 3 || ac->produces_doc;
		if (rec->result == RES_MISSING)
			ac->priority = weighty ? PRIO_HIGH : PRIO_MEDIUM;
		else
			ac->priority = weighty ? PRIO_MEDIUM : PRIO_LOW;
	}
	qsort(r->actions, r->nactions, sizeof *r->actions, cmp_action);
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
		as_result res = gap_item_result(a, it);
		tally_add(&r->stages[it->stage], res);
		tally_add(&r->overall, res);
		for (int p = 0; p < 4; p++)
			if (it->practices & (1u << p))
				tally_add(&r->practices[p], res);
	}
	analyze_clauses(r);
	analyze_docs(r);
	rules_profile(r);
	rules_roles(r);
	rules_items(r);
	qsort(r->findings, r->nfindings, sizeof *r->findings, cmp_finding);
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
		free(r->findings[i].subject);
		free(r->findings[i].message);
	}
	free(r->findings);
	free(r->actions);
	free(r->clauses);
	free(r->docs);
	free(r->stages);
	free(r);
	*rp = NULL;
}

/* ---- explanations ---- */

static void
list_items(strbuf *b, const gap_report *r, const kb_clause *c, as_result want, const char *label,
	   bool owners)
{
	const kb *k = r->kb;
	size_t n = 0;
	for (size_t i = 0; i < c->nlinks; i++) {
		const kb_item *it = &k->items[k->links[c->links[i]].item];
		const as_item *rec = gap_item_record(r->a, it);
		if ((rec ? rec->result : RES_NOT_ASSESSED) != want)
			continue;
		sb_add(b, n++ ? ", " : label);
		sb_add(b, it->id);
		if (owners && rec && rec->owner)
			sb_addf(b, _(" (owner: %s)"), rec->owner);
	}
	if (n)
		sb_add(b, ".\n");
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
	if (g->covered_by_one) {
		for (size_t i = 0; i < c->nlinks; i++) {
			const kb_link *l = &k->links[c->links[i]];
			if ((l->rel == REL_EQUAL || l->rel == REL_SUPERSET) &&
			    gap_item_result(r->a, &k->items[l->item]) == RES_IN_PLACE) {
				sb_addf(&b, _("Covered by %s, which is in place and addresses the clause as a "
					      "whole (%s).\n"), k->items[l->item].id, kb_relation_name(l->rel));
				break;
			}
		}
	}
	if (g->worst_child != (size_t)-1)
		sb_addf(&b, _("Subclause %s is a gap.\n"), k->clauses[g->worst_child].id);
	if (c->nlinks && !g->covered_by_one) {
		list_items(&b, r, c, RES_MISSING, _("Missing: "), true);
		list_items(&b, r, c, RES_PARTIAL, _("Partly in place: "), true);
		list_items(&b, r, c, RES_NOT_ASSESSED, _("Not assessed: "), false);
		list_items(&b, r, c, RES_NOT_APPLICABLE, _("Marked not applicable: "), false);
		if (g->status == GAP_COVERED)
			list_items(&b, r, c, RES_IN_PLACE, _("In place: "), false);
	}
	if (!c->nlinks && c->nchildren && g->worst_child == (size_t)-1 && g->status != GAP_COVERED)
		sb_add(&b, _("See the subclauses.\n"));
	if (b.len && b.s[b.len - 1] == '\n')
		b.s[--b.len] = '\0';
	return sb_steal(&b);
}
