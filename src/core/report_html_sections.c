/* report_html_sections.c - the parts of the HTML report after its summary:
 * engagement profile, clause by clause, documented information, rule
 * findings, judgements, action plan and the item register. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "i18n.h"
#include "report.h"
#include "report_html_int.h"

/* The engagement: who provides what, the structural elements, who holds
 * the roles, and how processes are allocated; from the report model. */
void
html_profile(strbuf *b, const gap_report *r, const report_model *md)
{
	const assessment *a = r->a;
	html_h2(b, "profile", _("Engagement profile"));
	if (a->separation) {
		sb_add(b, "<p><b>");
		esc_html(b, _("Separation of integrator and provider duties: "));
		sb_add(b, "</b><span class=\"pre\">");
		html_text(b, a->separation);
		sb_add(b, "</span></p>\n");
	}
	static const report_table_id parts[] = {RT_PROVIDERS, RT_STRUCTURES, RT_ROLES, RT_PROCESSES};
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		sb_add(b, "<h3>");
		esc_html(b, _(md->t[parts[i]].title));
		sb_add(b, "</h3>\n");
		html_table(b, &md->t[parts[i]], NULL, _("None recorded."));
	}
}

/* Who took part, and the checkpoints that closed the stages. */
void
html_workshop(strbuf *b, const report_model *md)
{
	html_h2(b, "workshop", _("Workshop: participants and checkpoints"));
	static const report_table_id parts[] = {RT_PARTICIPANTS, RT_CHECKPOINTS};
	static const char *const empty[] = {N_("No participant is registered."), N_("No checkpoint was held yet.")};
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		sb_add(b, "<h3>");
		esc_html(b, _(md->t[parts[i]].title));
		sb_add(b, "</h3>\n");
		html_table(b, &md->t[parts[i]], NULL, _(empty[i]));
	}
}

void
html_h2(strbuf *b, const char *id, const char *title)
{
	sb_addf(b, "<h2 id=\"%s\">", id);
	esc_html(b, title);
	sb_add(b, "</h2>\n");
}

void
html_th(strbuf *b, const char *const *cols, size_t n)
{
	sb_add(b, "<table>\n<thead><tr>");
	for (size_t i = 0; i < n; i++) {
		sb_add(b, "<th scope=\"col\">");
		esc_html(b, _(cols[i]));
		sb_add(b, "</th>");
	}
	sb_add(b, "</tr></thead>\n<tbody>\n");
}

void
html_clauses(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	static const char *const cols[] = {N_("Clause"),   N_("Title"),     N_("Status"),
					   N_("Coverage"), N_("Judgement"), N_("Why, and the supporting items")};
	html_h2(b, "clauses", _("Clause by clause"));
	html_th(b, cols, 6);
	for (size_t i = 0; i < k->nclauses; i++) {
		const kb_clause *c = &k->clauses[i];
		const gap_clause *g = &r->clauses[i];
		sb_addf(b, "<tr%s><td class=\"id\">%s</td><td class=\"d%d\">", c->parent < 0 ? " class=\"group\"" : "",
			c->id, c->depth > 3 ? 3 : c->depth);
		html_text(b, kb_tr(&c->title));
		sb_add(b, "</td><td>");
		html_badge(b, gap_status_name(g->status), gap_status_label(g->status));
		sb_add(b, "</td><td>");
		html_pct(b, gap_coverage(&g->all));
		sb_add(b, "</td><td>");
		char *v = report_verdict(gap_clause_judgement(r, i));
		html_text(b, v);
		free(v);
		sb_add(b, "</td><td>");
		char *why = gap_clause_reason(r, i);
		if (*why) {
			sb_add(b, "<div class=\"pre\">");
			html_text(b, why);
			sb_add(b, "</div>");
		}
		free(why);
		if (c->nlinks) {
			sb_add(b, "<ul class=\"links\">");
			for (size_t j = 0; j < c->nlinks; j++) {
				const kb_link *l = &k->links[c->links[j]];
				const kb_item *it = &k->items[l->item];
				const as_item *rec = gap_item_record(r->a, it);
				as_result res = rec ? rec->result : RES_NOT_ASSESSED;
				sb_addf(b, "<li><b>%s</b> (%s) ", it->id, kb_role_label(l->role));
				html_text(b, kb_tr(&it->title));
				sb_add(b, " ");
				html_badge(b, as_result_name(res), as_result_label(res));
				if (rec && rec->nevidence) {
					char *ev = report_evidence(rec, "; ");
					sb_add(b, "<br><span class=\"muted\">");
					esc_html(b, _("Evidence: "));
					sb_add(b, "</span>");
					html_text(b, ev);
					free(ev);
				}
				if (rec && rec->result == RES_NOT_APPLICABLE && rec->justification) {
					sb_add(b, "<br><span class=\"muted\">");
					esc_html(b, _("Justification: "));
					sb_add(b, "</span>");
					html_text(b, rec->justification);
				}
				sb_add(b, "</li>");
			}
			sb_add(b, "</ul>");
		}
		sb_add(b, "</td></tr>\n");
	}
	sb_add(b, "</tbody></table>\n");
}

void
html_docs(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	static const char *const cols[] = {N_("ID"),          N_("Documented information"),
					   N_("Clauses"),     N_("Status"),
					   N_("Produced by"), N_("Owner layer")};
	html_h2(b, "documents", _("Documented information and records"));
	sb_add(b, "<p>");
	esc_html(b, _("The documented information that ISO/IEC 20000-1 makes mandatory, and the records it "
		      "requires, with the SIAM artefacts expected to produce them."));
	sb_add(b, "</p>\n");
	for (int rec = 0; rec < 2; rec++) {
		sb_add(b, "<h3>");
		esc_html(b, rec ? _("Mandatory records") : _("Mandatory documented information (7.5.4)"));
		sb_add(b, "</h3>\n");
		html_th(b, cols, 6);
		for (size_t i = 0; i < k->ndocs; i++) {
			const kb_doc *d = &k->docs[i];
			if (d->record != (rec == 1))
				continue;
			const gap_doc *g = &r->docs[i];
			sb_addf(b, "<tr><td class=\"id\">%s</td><td>", d->id);
			html_text(b, kb_tr(&d->title));
			sb_add(b, "</td><td>");
			esc_html(b, d->clauses);
			sb_add(b, "</td><td>");
			html_badge(b, doc_status_name(g->status), doc_status_label(g->status));
			sb_add(b, "</td><td>");
			for (size_t j = 0; j < d->nproducers; j++) {
				const kb_item *it = &k->items[d->producers[j]];
				as_result res = gap_item_result(r->a, it);
				sb_addf(b, "%s<b>%s</b> ", j ? "<br>" : "", it->id);
				html_badge(b, as_result_name(res), as_result_label(res));
			}
			sb_add(b, "</td><td>");
			char *l = kb_layers_string(g->layers);
			if (*l)
				esc_html(b, l);
			else
				sb_add(b, "&ndash;");
			free(l);
			sb_add(b, "</td></tr>\n");
		}
		sb_add(b, "</tbody></table>\n");
	}
}

void
html_findings(strbuf *b, const gap_report *r)
{
	static const char *const cols[] = {N_("ID"),    N_("Severity"), N_("Rule"),
					   N_("About"), N_("Finding"),  N_("Reference")};
	html_h2(b, "findings", _("Rule findings"));
	if (!r->nfindings) {
		sb_add(b, "<p>");
		esc_html(b, _("No rule is broken."));
		sb_add(b, "</p>\n");
		return;
	}
	html_th(b, cols, 6);
	for (size_t i = 0; i < r->nfindings; i++) {
		const gap_finding *f = &r->findings[i];
		sb_add(b, "<tr><td class=\"id\">");
		esc_html(b, f->id);
		sb_add(b, "</td><td>");
		html_badge(b, gap_severity_name(f->severity), gap_severity_label(f->severity));
		sb_addf(b, "</td><td>%d</td><td class=\"id\">", f->rule);
		html_text(b, f->subject);
		sb_add(b, "</td><td>");
		html_text(b, f->message);
		sb_add(b, "</td><td>");
		esc_html(b, f->reference);
		sb_add(b, "</td></tr>\n");
	}
	sb_add(b, "</tbody></table>\n");
}

void
html_actions(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	static const char *const cols[] = {N_("Priority"),
					   N_("Action"),
					   N_("Item"),
					   N_("What"),
					   N_("Result"),
					   N_("Owner"),
					   N_("Layer"),
					   N_("Providers"),
					   N_("Due"),
					   N_("Clauses at stake"),
					   N_("Auditee's response")};
	html_h2(b, "actions", _("Action plan"));
	sb_add(b, "<p>");
	esc_html(b, _("Most urgent first: items excluded although a clause needs them (restore or replace them), "
		      "missing and partial items, and items in place without evidence. Priority is high for an "
		      "excluded item a clause needs, and for a missing item that produces mandatory documented "
		      "information or supports three or more clauses not yet covered; medium for other missing "
		      "items, for partial items of that weight and for unproven primary support; low otherwise."));
	sb_add(b, "</p>\n");
	if (!r->nactions) {
		sb_add(b, "<p>");
		esc_html(b, _("Nothing to do: no item is missing, partial, excluded from a clause that needs it, or "
			      "claimed without evidence."));
		sb_add(b, "</p>\n");
		return;
	}
	html_th(b, cols, 11);
	for (size_t i = 0; i < r->nactions; i++) {
		const gap_action *ac = &r->actions[i];
		const as_item *rec = gap_action_record(r, ac);
		const kb_item *it = &k->items[ac->item];
		sb_add(b, "<tr><td>");
		html_badge(b,
			   ac->priority == PRIO_HIGH     ? "error"
			   : ac->priority == PRIO_MEDIUM ? "warning"
							 : "info",
			   gap_priority_label(ac->priority));
		sb_add(b, "</td><td>");
		esc_html(b, gap_action_label(ac->kind));
		sb_addf(b, "</td><td class=\"id\">%s</td><td>", it->id);
		html_text(b, kb_tr(&it->title));
		sb_add(b, "</td><td>");
		html_badge(b, as_result_name(rec->result), as_result_label(rec->result));
		sb_add(b, "</td><td>");
		html_text(b, rec->owner);
		sb_add(b, "</td><td>");
		sb_add(b, rec->layer ? kb_layer_name(rec->layer) : "");
		sb_add(b, "</td><td>");
		char *p = report_providers(rec, ", ");
		html_text(b, p);
		free(p);
		char *stake = report_at_stake(r, it);
		sb_addf(b, "</td><td class=\"date\">%s</td><td>%s</td><td></td></tr>\n", rec->due, stake);
		free(stake);
	}
	sb_add(b, "</tbody></table>\n");
}

void
html_judgements(strbuf *b, const gap_report *r)
{
	static const char *const cols[] = {N_("ID"),
					   N_("Clause"),
					   N_("Verdict"),
					   N_("Computed status"),
					   N_("Requirement, evidence and statement"),
					   N_("Date and assessor")};
	html_h2(b, "nonconformities", _("Nonconformities and opportunities for improvement"));
	if (!r->njudged) {
		sb_add(b, "<p>");
		esc_html(b, _("The assessor has judged no clause."));
		sb_add(b, "</p>\n");
		return;
	}
	html_th(b, cols, 6);
	for (size_t i = 0; i < r->njudged; i++) {
		const as_judgement *j = gap_clause_judgement(r, r->judged[i]);
		const gap_clause *g = &r->clauses[r->judged[i]];
		sb_add(b, "<tr><td class=\"id\">");
		html_text(b, j->id);
		sb_add(b, "</td><td class=\"id\">");
		html_text(b, j->clause);
		sb_add(b, "</td><td>");
		html_badge(b,
			   as_verdict_is_nc(j->verdict) ? "error"
			   : j->verdict == VERDICT_OFI  ? "warning"
							: "covered",
			   as_verdict_label(j->verdict));
		sb_add(b, "</td><td>");
		html_badge(b, gap_status_name(g->status), gap_status_label(g->status));
		sb_add(b, "</td><td>");
		const char *labels[] = {_("Requirement: "), _("Evidence: "), _("Statement: ")};
		const char *texts[] = {j->requirement, j->evidence, j->statement};
		for (int t = 0; t < 3; t++) {
			if (!texts[t])
				continue;
			sb_add(b, "<div><span class=\"muted\">");
			esc_html(b, labels[t]);
			sb_add(b, "</span>");
			html_text(b, texts[t]);
			sb_add(b, "</div>");
		}
		sb_add(b, "</td><td>");
		html_text(b, j->date);
		if (j->assessor) {
			sb_add(b, "<br>");
			html_text(b, j->assessor);
		}
		sb_add(b, "</td></tr>\n");
	}
	sb_add(b, "</tbody></table>\n");
}

void
html_appendix(strbuf *b, const gap_report *r)
{
	const kb *k = r->kb;
	static const char *const cols[] = {N_("Item"), N_("Result and status"), N_("Owner, layer, providers, due"),
					   N_("Evidence"), N_("Notes and justification")};
	html_h2(b, "items", _("Appendix: item register"));
	for (size_t s = 0; s < k->nstages; s++) {
		const kb_stage *st = &k->stages[s];
		sb_addf(b, "<h3>%d. ", st->number);
		html_text(b, kb_tr(&st->title));
		sb_add(b, "</h3>\n");
		html_th(b, cols, 5);
		for (size_t i = 0; i < st->nitems; i++) {
			const kb_item *it = &k->items[st->items[i]];
			const as_item *rec = gap_item_record(r->a, it);
			as_result res = rec ? rec->result : RES_NOT_ASSESSED;
			sb_addf(b, "<tr><td><b>%s</b><br>", it->id);
			html_text(b, kb_tr(&it->title));
			sb_add(b, "</td><td>");
			html_badge(b, as_result_name(res), as_result_label(res));
			if (rec) {
				sb_add(b, "<br>");
				esc_html(b, as_status_label(rec->status));
			}
			sb_add(b, "</td><td>");
			if (rec) {
				html_text(b, rec->owner);
				if (rec->layer) {
					sb_add(b, "<br>");
					sb_add(b, kb_layer_name(rec->layer));
				}
				char *p = report_providers(rec, ", ");
				if (*p) {
					sb_add(b, "<br>");
					html_text(b, p);
				}
				free(p);
				if (rec->due[0])
					sb_addf(b, "<br>%s %s", _("due"), rec->due);
			}
			sb_add(b, "</td><td>");
			for (size_t j = 0; rec && j < rec->nevidence; j++) {
				sb_add(b, j ? "<br>" : "");
				html_text(b, rec->evidence[j].text);
				if (rec->evidence[j].location) {
					sb_add(b, " <span class=\"muted\">(");
					html_text(b, rec->evidence[j].location);
					sb_add(b, ")</span>");
				}
			}
			sb_add(b, "</td><td class=\"pre\">");
			if (rec && rec->notes)
				html_text(b, rec->notes);
			if (rec && rec->justification) {
				if (rec->notes)
					sb_add(b, "\n");
				sb_add(b, "<i>");
				esc_html(b, _("Justification: "));
				sb_add(b, "</i>");
				html_text(b, rec->justification);
			}
			sb_add(b, "</td></tr>\n");
		}
		sb_add(b, "</tbody></table>\n");
	}
}

void
html_table(strbuf *b, const report_table *t, const char *caption, const char *empty)
{
	if (!t->nrows) {
		sb_add(b, "<p>");
		esc_html(b, empty);
		sb_add(b, "</p>\n");
		return;
	}
	sb_addf(b, "<table class=\"t-%s\">\n", t->key);
	if (caption) {
		sb_add(b, "<caption>");
		esc_html(b, caption);
		sb_add(b, "</caption>\n");
	}
	sb_add(b, "<thead><tr>");
	for (size_t c = 0; c < t->ncols; c++) {
		sb_add(b, "<th scope=\"col\">");
		esc_html(b, _(t->cols[c].label));
		sb_add(b, "</th>");
	}
	sb_add(b, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < t->nrows; i++) {
		sb_add(b, "<tr>");
		for (size_t c = 0; c < t->ncols; c++) {
			/* The first cell names the row; a class per column lets the style
			 * keep dates whole, lists on their lines, room to sign. */
			const char *tag = c ? "td" : "th scope=\"row\"";
			sb_addf(b, "<%s class=\"c-%s%s\">", tag, t->cols[c].key, t->cols[c].sep == '\n' ? " pre" : "");
			html_text(b, report_cell_at(t, i, c)->text);
			sb_addf(b, "</%s>", c ? "td" : "th");
		}
		sb_add(b, "</tr>\n");
	}
	sb_add(b, "</tbody></table>\n");
}

void
html_frame(strbuf *b, const report_table *t)
{
	html_h2(b, "frame", _(t->title));
	sb_add(b, "<div class=\"frame\">\n");
	for (size_t i = 0; i < t->nrows; i++) {
		sb_add(b, "<h3>");
		html_text(b, report_cell_at(t, i, 1)->text);
		sb_add(b, "</h3>\n<p>");
		html_text(b, report_cell_at(t, i, 2)->text);
		sb_add(b, "</p>\n");
	}
	sb_add(b, "</div>\n");
}
