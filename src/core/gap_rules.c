/* gap_rules.c - the assessment rules of docs/GAPS.md (1 to 14): each gives
 * findings with a severity, a plain explanation and where it comes from.
 * What a rule needs of roadmap items is knowledge-base data (<rules>). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gap_int.h"
#include "i18n.h"

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

static bool
clause_under(const kb *k, size_t ci, const char *top)
{
	const kb_clause *c = &k->clauses[ci];
	while (c->parent >= 0)
		c = &k->clauses[c->parent];
	return !strcmp(c->id, top);
}

/* Rules 9, 10, 11: an item that must be in place. */
static void
need_item(gap_report *r, int rule, const char *id, const char *reference, const char *why)
{
	int res = rule_item(r, id);
	if (res < 0 || res == RES_IN_PLACE)
		return;
	gap_severity sev = res == RES_NOT_ASSESSED ? SEV_INFO : SEV_WARNING;
	const char *state = res == RES_NOT_ASSESSED     ? _("is not assessed yet")
			    : res == RES_NOT_APPLICABLE ? _("is marked not applicable")
			    : res == RES_PARTIAL        ? _("is only partly in place")
							: _("is missing");
	gap_add_finding(r, rule, sev, id, id, reference, "%s %s (%s): %s", id, state, item_title(r, id), why);
}

static void
rules_profile(gap_report *r)
{
	const assessment *a = r->a;
	/* Rule 1 */
	if (a->nproviders == 0)
		gap_add_finding(r, 1, SEV_ERROR, "service providers", _("service providers"),
				"ISO/IEC TS 20000-14:2023, 1", "%s",
				_("No service provider is recorded. SIAM guidance is written for an ecosystem of "
				  "several providers; with fewer than two it does not apply. Record every provider, "
				  "internal or external, in the register."));
	else if (a->nproviders < 2)
		gap_add_finding(r, 1, SEV_ERROR, "service providers", _("service providers"),
				"ISO/IEC TS 20000-14:2023, 1",
				P_("Only %zu service provider is recorded. SIAM guidance is written for an "
				   "ecosystem of several providers; with fewer than two it does not apply. "
				   "Record every provider, internal or external, in the register.",
				   "Only %zu service providers are recorded. SIAM guidance is written for an "
				   "ecosystem of several providers; with fewer than two it does not apply. "
				   "Record every provider, internal or external, in the register.",
				   a->nproviders),
				a->nproviders);
	/* Rule 3: the organization must itself operate part of the scope. */
	bool own = false;
	for (size_t i = 0; i < a->nproviders; i++)
		own |= a->providers[i].internal;
	own |= a->model == MODEL_INTERNAL || a->model == MODEL_HYBRID;
	for (size_t i = 0; i < a->nprocesses; i++)
		own |= (a->processes[i].raci[RACI_R] & LAYER_CUSTOMER) != 0;
	if (a->nproviders && !own)
		gap_add_finding(r, 3, SEV_ERROR, "profile", _("profile"),
				"ISO/IEC 20000-1:2018, 8.2.3; ISO/IEC TS 20000-14:2023, 4.1", "%s",
				_("Every recorded provider is external, the integrator is not run by the "
				  "organization and no process is allocated to the customer layer as "
				  "responsible. The organization must itself operate at least some of the "
				  "services, components or processes in scope; record what it runs (an internal "
				  "provider, or a process the customer layer performs)."));
	/* Rule 5 */
	if (a->model == MODEL_LEAD_SUPPLIER) {
		const char *s = a->separation ? a->separation : "";
		s += strspn(s, " \t\r\n");
		if (!*s)
			gap_add_finding(r, 5, SEV_WARNING, "profile", _("profile"),
					"ISO/IEC TS 20000-14:2023, 5.2.3, 5.2.4", "%s",
					_("The integrator is a lead supplier, which is also a service provider, "
					  "and no separation of its integrator and provider obligations is recorded. "
					  "Without it the integrator may favor its own delivery; record how the two "
					  "roles are kept apart (teams, reporting lines, contract terms, audit)."));
	}
	/* Rule 11: the starting point's own checks come from the knowledge base. */
	if (a->start == START_NONE)
		gap_add_finding(r, 11, SEV_WARNING, "profile", _("profile"), "ISO/IEC TS 20000-14:2023, 6.1.2-6.1.4",
				"%s",
				_("No starting point is recorded (SIAM within an existing SMS, an SMS within "
				  "an existing SIAM model, or both together); each one calls for its own checks."));
}

/* Rule 6 for one role: exactly one accountable party. */
static void
role_finding(gap_report *r, const char *ref, const char *title, const as_role *ro)
{
	size_t acc = 0;
	for (size_t j = 0; ro && j < ro->nholders; j++)
		acc += ro->holders[j].raci == RACI_A;
	if (acc == 0)
		gap_add_finding(r, 6, SEV_WARNING, ref, ref, "ISO/IEC TS 20000-14:2023, 5.3",
				_("Role \"%s\" has no accountable party; exactly one party must be "
				  "accountable for it."),
				title);
	else if (acc > 1)
		gap_add_finding(r, 6, SEV_WARNING, ref, ref, "ISO/IEC TS 20000-14:2023, 5.3",
				_("Role \"%s\" has %zu accountable parties; duplicated accountability "
				  "blurs decisions. Keep exactly one."),
				title, acc);
}

/* Rule 6 for one process of the allocation matrix. */
static void
process_finding(gap_report *r, const char *ref, const char *title, const as_process *p)
{
	unsigned m = p ? p->raci[RACI_A] : 0;
	size_t acc = (m & 1) + ((m >> 1) & 1) + ((m >> 2) & 1);
	if (!p || (!m && !p->raci[RACI_R])) {
		gap_add_finding(r, 6, SEV_WARNING, ref, ref, "ISO/IEC TS 20000-14:2023, 5.2.6, 5.3",
				_("Process \"%s\" is not allocated: no layer is recorded as accountable or "
				  "responsible for it."),
				title);
		return;
	}
	if (acc == 0)
		gap_add_finding(r, 6, SEV_WARNING, ref, ref, "ISO/IEC TS 20000-14:2023, 5.3",
				_("Process \"%s\" has no accountable layer in the allocation matrix."), title);
	else if (acc > 1) {
		char *layers = kb_layers_string(m);
		gap_add_finding(r, 6, SEV_WARNING, ref, ref, "ISO/IEC TS 20000-14:2023, 5.3",
				_("Process \"%s\" has more than one accountable layer (%s); "
				  "contradictory accountability across layers is a common cause of "
				  "disputes. Keep exactly one."),
				title, layers);
		free(layers);
	}
	if (!p->raci[RACI_R])
		gap_add_finding(r, 6, SEV_WARNING, ref, ref, "ISO/IEC TS 20000-14:2023, 5.3",
				_("Process \"%s\" has no responsible layer: nobody performs it."), title);
}

static const as_process *
find_process(const assessment *a, const char *ref)
{
	for (size_t i = 0; i < a->nprocesses; i++)
		if (!strcmp(a->processes[i].ref, ref))
			return &a->processes[i];
	return NULL;
}

static void
rules_roles(gap_report *r)
{
	const assessment *a = r->a;
	const kb *k = r->kb;
	/* Rule 6: every role and every process of the knowledge base, and any
	 * other the file records.  A file that records none gets one finding
	 * for the whole register instead of one per entry. */
	size_t nroles = k->nentries[KB_ROLE], nproc = k->nentries[KB_PROCESS];
	if (nroles && a->nroles == 0)
		gap_add_finding(r, 6, SEV_WARNING, "roles", _("roles"), "ISO/IEC TS 20000-14:2023, 5.3",
				P_("No role holder is recorded: the %zu role of the model has no accountable party.",
				   "No role holder is recorded: none of the %zu roles of the model has an "
				   "accountable party.",
				   nroles),
				nroles);
	else
		for (size_t i = 0; i < nroles; i++) {
			const kb_entry *e = &k->entries[KB_ROLE][i];
			role_finding(r, e->id, kb_tr(&e->title), assess_role_find(a, e->id));
		}
	for (size_t i = 0; i < a->nroles; i++)
		if (!kb_entry_by_id(k, KB_ROLE, a->roles[i].ref))
			role_finding(r, a->roles[i].ref, a->roles[i].ref, &a->roles[i]);
	if (nproc && a->nprocesses == 0)
		gap_add_finding(r, 6, SEV_WARNING, "processes", _("processes"), "ISO/IEC TS 20000-14:2023, 5.2.6, 5.3",
				P_("No process allocation is recorded: the %zu process of the model has no "
				   "accountable or responsible layer.",
				   "No process allocation is recorded: none of the %zu processes of the model has an "
				   "accountable or responsible layer.",
				   nproc),
				nproc);
	else
		for (size_t i = 0; i < nproc; i++) {
			const kb_entry *e = &k->entries[KB_PROCESS][i];
			process_finding(r, e->id, kb_tr(&e->title), find_process(a, e->id));
		}
	for (size_t i = 0; i < a->nprocesses; i++)
		if (!kb_entry_by_id(k, KB_PROCESS, a->processes[i].ref))
			process_finding(r, a->processes[i].ref, a->processes[i].ref, &a->processes[i]);
	/* Rule 7: structural elements. */
	size_t boards = 0;
	for (size_t i = 0; i < a->nstructures; i++) {
		const as_structure *s = &a->structures[i];
		boards += s->kind == STRUCT_BOARD;
		unsigned m = s->layers;
		if ((m & (m - 1)) == 0)
			gap_add_finding(r, 7, SEV_WARNING, s->name, s->name, "ISO/IEC TS 20000-14:2023, 3.12, 5.2.5",
					_("Structural element \"%s\" draws its members from %s; structural elements "
					  "should span more than one layer."),
					s->name, m ? _("one layer only") : _("no recorded layer"));
	}
	if (a->nstructures == 0)
		gap_add_finding(r, 7, SEV_WARNING, "structural elements", _("structural elements"),
				"ISO/IEC TS 20000-14:2023, 5.2.5", "%s",
				_("No structural elements (boards, process forums, working groups) are recorded."));
	else if (boards == 0)
		gap_add_finding(r, 7, SEV_WARNING, "structural elements", _("structural elements"),
				"ISO/IEC TS 20000-14:2023, 5.2.5", "%s",
				_("No board is recorded: a SIAM model needs at least one board that takes "
				  "formal, accountable decisions across the layers."));
}

static void
rules_items(gap_report *r)
{
	const kb *k = r->kb;
	const assessment *a = r->a;
	/* Rule 2: excluded support never excuses a clause. */
	for (size_t ci = 0; ci < k->nclauses; ci++) {
		const gap_clause *g = &r->clauses[ci];
		if (g->only_excluded)
			gap_add_finding(r, 2, SEV_ERROR, k->clauses[ci].id, k->clauses[ci].id,
					"ISO/IEC TS 20000-14:2023, 4.1",
					_("Clause %s (%s) is supported only by items marked not applicable. Clauses "
					  "4 to 10 of ISO/IEC 20000-1 cannot be excluded, so this is a gap."),
					k->clauses[ci].id, kb_tr(&k->clauses[ci].title));
		else if (g->primary_excluded)
			gap_add_finding(r, 2, SEV_ERROR, k->clauses[ci].id, k->clauses[ci].id,
					"ISO/IEC TS 20000-14:2023, 4.1",
					_("Clause %s (%s) loses primary support to items marked not applicable. "
					  "Clauses 4 to 10 of ISO/IEC 20000-1 cannot be excluded: restore those "
					  "items or replace them with another artefact that meets the clause."),
					k->clauses[ci].id, kb_tr(&k->clauses[ci].title));
	}
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
				gap_add_finding(r, 4, SEV_WARNING, it->id, it->id, "ISO/IEC 20000-1:2018, 4, 5",
						_("%s supports clause %s but is recorded as the responsibility of %s. "
						  "Clauses 4 and 5 must be met by the organization itself; another "
						  "party may contribute, not own them."),
						it->id, k->clauses[ci].id,
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
			gap_add_finding(r, 8, SEV_WARNING, pnames[p], _(pnames[p]), "ISO/IEC TS 20000-14:2023, 5.2.7",
					_("No item of the %s practice type is in place or partly in place; a SIAM "
					  "model needs all four practice types."),
					_(pnames[p]));
	}
	/* Rules 9, 10 and 11: items the rules of the knowledge base need. */
	for (size_t i = 0; i < k->nneeds; i++) {
		const kb_need *nd = &k->needs[i];
		if (nd->start && (a->start == START_NONE || strcmp(nd->start, as_start_name(a->start)) != 0))
			continue;
		need_item(r, nd->rule, nd->item, nd->reference, kb_tr(&nd->why));
	}
	/* Rule 12: documented information needs a producing artefact and an owner layer. */
	for (size_t di = 0; di < k->ndocs; di++) {
		const kb_doc *d = &k->docs[di];
		const gap_doc *g = &r->docs[di];
		if (g->status == DOC_MISSING)
			gap_add_finding(
				r, 12, SEV_ERROR, d->id, d->id,
				"ISO/IEC 20000-1:2018, 7.5.4; ISO/IEC TS 20000-14:2023, Annex B",
				g->only_excluded
					? _("%s (%s): every item that produces it is marked not applicable, yet it is "
					    "mandatory.")
					: _("%s (%s) is mandatory and no item that produces it is in place."),
				d->id, kb_tr(&d->title));
		else if ((g->status == DOC_PRESENT || g->status == DOC_PARTIAL) && !g->layers)
			gap_add_finding(r, 12, SEV_WARNING, d->id, d->id, "ISO/IEC 20000-1:2018, 7.5.4",
					_("%s (%s) has no owner layer recorded on the items that produce it."), d->id,
					kb_tr(&d->title));
	}
}

/* ---- action plan ---- */

/* Rule 13: a claim is not proof.  Rule 14: the assessor's verdict and the
 * computed status disagree in kind. */
static void
rules_evidence(gap_report *r)
{
	const kb *k = r->kb;
	for (size_t i = 0; i < k->nitems; i++) {
		const as_item *rec = gap_item_record(r->a, &k->items[i]);
		if (rec && rec->result == RES_IN_PLACE && !gap_item_proven(rec))
			gap_add_finding(r, 13, SEV_WARNING, k->items[i].id, k->items[i].id,
					"ISO/IEC 20000-1:2018, 7.5.1",
					_("%s (%s) is marked in place but no evidence is recorded: the claim is not "
					  "proven, counts as half in coverage and cannot cover a clause. Record "
					  "what was seen."),
					k->items[i].id, kb_tr(&k->items[i].title));
	}
	for (size_t ci = 0; ci < k->nclauses; ci++) {
		const gap_clause *g = &r->clauses[ci];
		const as_judgement *j = gap_clause_judgement(r, ci);
		if (!j || !g->disagrees)
			continue;
		bool why = util_has_text(j->statement);
		const char *id = k->clauses[ci].id, *ref = "ISO 19011:2018, 6.4.8";
		gap_severity sev = why ? SEV_INFO : SEV_WARNING;
		if (j->verdict == VERDICT_CONFORMING && why)
			gap_add_finding(r, 14, sev, id, id, ref,
					_("Clause %s is judged conforming although the "
					  "computed status is a gap; the statement "
					  "records why."),
					id);
		else if (j->verdict == VERDICT_CONFORMING)
			gap_add_finding(r, 14, sev, id, id, ref,
					_("Clause %s is judged conforming although the "
					  "computed status is a gap; record in the "
					  "statement what evidence outweighs it."),
					id);
		else
			gap_add_finding(r, 14, sev, id, id, ref,
					_("Clause %s is judged a nonconformity although "
					  "the computed status is covered; the "
					  "statement records why."),
					id);
	}
}

void
gap_check_rules(gap_report *r)
{
	rules_profile(r);
	rules_roles(r);
	rules_items(r);
	rules_evidence(r);
}
