/* scr_gaps.c - the gap dashboard (clauses 4 to 10 as a tree), one clause
 * with its supporting items, the documented-information checklist, the
 * action plan and the export dialog. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/fileio.h"
#include "core/guard.h"
#include "core/i18n.h"
#include "core/report.h"
#include "core/sha256.h"
#include "core/store.h"
#include "tui/tui.h"

/* ---------------------------------------------------------------- dashboard */

static void
gaps_row(app *a, screen *s, int y, int i, bool sel)
{
	const kb_clause *c = &a->kb->clauses[i];
	const gap_clause *g = &app_gaps(a)->clauses[i];
	int w = a->cols, bar = w >= 90 ? 16 : 10;
	(void)s;
	int base = draw_row(a, y, sel);
	char *badge = xasprintf("[%s]", status_badge(g->status));
	draw_text(y, 1, badge, 10, sel ? base : status_attr(a, g->status));
	free(badge);
	int ind = 2 * c->depth;
	draw_text(y, 11 + ind, c->id, 9, base | (c->depth ? 0 : AT_BOLD));
	int tx = 11 + ind + 9, tw = w - tx - bar - 7;
	draw_text(y, tx, kb_tr(&c->title), tw, base | (c->depth ? 0 : AT_BOLD));
	double cov = gap_coverage(&g->all);
	draw_bar(y, w - bar - 6, bar, cov, status_attr(a, g->status));
	char *pc = cov < 0 ? xstrdup("  -") : xasprintf("%3.0f%%", cov);
	draw_text(y, w - 5, pc, 4, base);
	free(pc);
}

static void
gaps_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	const gap_report *r = app_gaps(a);
	int h = frame(a, _("Gap dashboard"));
	int w = a->cols;
	char *sum = xasprintf(_("ISO/IEC 20000-1 clauses 4-10: %zu covered, %zu partial, %zu gap, %zu not assessed"),
			      r->count[GAP_COVERED], r->count[GAP_PARTIAL], r->count[GAP_GAP], r->count[GAP_UNASSESSED]);
	draw_text(1, 1, sum, w - 2, AT_BOLD);
	free(sum);
	int n = (int)k->nclauses;
	list_draw(a, s, 2, h - 2 - 3, n, gaps_row);
	if (n) {
		draw_hline(h - 3, 0, w);
		char *why = gap_clause_reason(r, (size_t)s->sel);
		draw_wrap(h - 2, 1, *why ? why : _("Covered."), w - 2, 2, 0, AT_NORMAL);
		free(why);
	}
}

static int
gaps_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	(void)ch;
	(void)is_key;
	if (list_move(s, act, (int)a->kb->nclauses, 10))
		return R_REDRAW;
	if (act == ACT_ENTER) {
		app_push(a, &scr_clause, (size_t)s->sel);
		return R_REDRAW;
	}
	if (act == ACT_GAPS)
		return R_NONE;
	return R_UNHANDLED;
}

const screen_ops scr_gaps = {"gaps", KC_GAPS | KC_LIST, NULL, gaps_draw, gaps_key, NULL};

/* ---------------------------------------------------------------- clause */

static void
clause_row(app *a, screen *s, int y, int i, bool sel)
{
	const kb *k = a->kb;
	const kb_link *l = &k->links[k->clauses[s->arg].links[i]];
	const kb_item *it = &k->items[l->item];
	const as_item *rec = assess_find(a->as, it->id);
	as_result res = rec ? rec->result : RES_NOT_ASSESSED;
	int w = a->cols, base = draw_row(a, y, sel);
	draw_text(y, 1, it->id, 10, base | AT_BOLD);
	char *badge = xasprintf("[%s]", result_badge(res));
	draw_text(y, 11, badge, 11, sel ? base : result_attr(a, res));
	free(badge);
	draw_text(y, 23, kb_tr(&it->title), w - 24 - 18, base);
	draw_text(y, w - 17, rec && rec->owner ? rec->owner : "", 16, base);
}

static void
clause_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	const gap_report *r = app_gaps(a);
	const kb_clause *c = &k->clauses[s->arg];
	const gap_clause *g = &r->clauses[s->arg];
	char *title = xasprintf(_("Clause %s %s"), c->id, kb_tr(&c->title));
	int h = frame(a, title);
	free(title);
	int w = a->cols, y = 1;
	char *st = xasprintf("[%s]", gap_status_label(g->status));
	int used = draw_text(y, 1, st, 20, status_attr(a, g->status));
	free(st);
	char *why = gap_clause_reason(r, s->arg);
	for (char *p = why; *p; p++)
		if (*p == '\n')
			*p = ' ';
	draw_text(y++, used + 2, why, w - used - 3, AT_NORMAL);
	free(why);
	const as_judgement *j = gap_clause_judgement(r, s->arg);
	if (j) {
		char *v = j->id[0] ? xasprintf(_("Judged %s (%s), %s: %s"), as_verdict_label(j->verdict), j->id,
					       j->date, j->statement ? j->statement : "")
				   : xasprintf(_("Judged %s, %s: %s"), as_verdict_label(j->verdict), j->date,
					       j->statement ? j->statement : "");
		draw_text(y++, 1, v, w - 2, as_verdict_is_nc(j->verdict) ? status_attr(a, GAP_GAP) : AT_BOLD);
		free(v);
	}
	int lines = draw_wrap(y, 1, kb_tr(&c->summary), w - 2, j ? 3 : 4, 0, app_attr(a, C_DIM));
	y += lines < (j ? 3 : 4) ? lines : (j ? 3 : 4);
	y++;
	int n = (int)c->nlinks;
	draw_text(y++, 1, n ? _("Supported by (Enter opens the item):") : _("No item supports this clause directly; "
		  "see its subclauses."), w - 2, app_attr(a, C_TITLE));
	list_draw(a, s, y, h - y - 2, n, clause_row);
	if (n) {
		const kb_link *l = &k->links[c->links[s->sel]];
		draw_hline(h - 2, 0, w);
		char *rat = xasprintf("[%s] %s", kb_role_label(l->role), kb_tr(&l->rationale));
		draw_text(h - 1, 1, rat, w - 2, app_attr(a, C_DIM));
		free(rat);
	}
}

/* Record, change or clear the assessor's verdict: pick the verdict, then
 * the statement (required unless conforming), then the requirement and
 * the evidence examined (optional).  Esc at any step changes nothing. */
static void
judge_clause(app *a, const kb_clause *c)
{
	const as_judgement *j = assess_judgement_find(a->as, c->id);
	const char *labels[VERDICT_COUNT + 1];
	int n = 0;
	for (int v = 0; v < VERDICT_COUNT; v++)
		labels[n++] = as_verdict_label((as_verdict)v);
	if (j)
		labels[n++] = _("clear the judgement");
	char *title = xasprintf(_("Verdict on clause %s"), c->id);
	int v = dlg_pick(a, title, labels, NULL, n, j ? (int)j->verdict : 0);
	free(title);
	if (v < 0)
		return;
	char *err = NULL;
	if (v == VERDICT_COUNT) {
		if (assess_unjudge(a->as, c->id, &err) == 0)
			app_message(a, false, _("Clause %s: judgement cleared"), c->id);
		free(err);
		return;
	}
	char *stmt = dlg_input(a, v == VERDICT_CONFORMING ? _("Statement (optional): what was seen")
							 : _("Statement (required): what was found against the requirement"),
			       j ? j->statement : NULL, true);
	if (!stmt)
		return;
	char *req = dlg_input(a, _("Requirement at stake (optional)"), j ? j->requirement : NULL, true);
	char *ev = req ? dlg_input(a, _("Evidence examined (optional)"), j ? j->evidence : NULL, true) : NULL;
	if (!req || !ev)
		app_message(a, true, "%s", _("Not changed: the judgement was cancelled."));
	else if (assess_judge(a->as, c->id, (as_verdict)v, stmt, req, ev, NULL, NULL, &err) != 0)
		app_message(a, true, "%s", err);
	else {
		j = assess_judgement_find(a->as, c->id);
		if (j->id[0])
			app_message(a, false, _("Clause %s judged %s: %s"), c->id, as_verdict_label(j->verdict), j->id);
		else
			app_message(a, false, _("Clause %s judged %s"), c->id, as_verdict_label(j->verdict));
	}
	free(err);
	free(stmt);
	free(req);
	free(ev);
}

static int
clause_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const kb_clause *c = &a->kb->clauses[s->arg];
	(void)ch;
	(void)is_key;
	if (act == ACT_JUDGE) {
		judge_clause(a, c);
		return R_REDRAW;
	}
	if (list_move(s, act, (int)c->nlinks, 10))
		return R_REDRAW;
	if (act == ACT_ENTER && c->nlinks) {
		app_push(a, &scr_item, a->kb->links[c->links[s->sel]].item);
		return R_REDRAW;
	}
	return R_UNHANDLED;
}

const screen_ops scr_clause = {"clause", KC_CLAUSE | KC_LIST, NULL, clause_draw, clause_key, NULL};

/* ---------------------------------------------------------------- documented information */

static void
docs_row(app *a, screen *s, int y, int i, bool sel)
{
	const kb *k = a->kb;
	const kb_doc *d = &k->docs[i];
	const gap_doc *g = &app_gaps(a)->docs[i];
	int w = a->cols, base = draw_row(a, y, sel);
	(void)s;
	gap_status gs = g->status == DOC_PRESENT ? GAP_COVERED : g->status == DOC_PARTIAL ? GAP_PARTIAL :
			g->status == DOC_MISSING ? GAP_GAP : GAP_UNASSESSED;
	char *badge = xasprintf("[%s]", status_badge(gs));
	draw_text(y, 1, badge, 10, sel ? base : status_attr(a, gs));
	free(badge);
	char *t = xasprintf("%s %s", d->record ? _("record:") : _("document:"), kb_tr(&d->title));
	draw_text(y, 12, t, w - 40, base);
	free(t);
	strbuf b;
	sb_init(&b);
	for (size_t j = 0; j < d->nproducers; j++)
		sb_addf(&b, "%s%s", j ? " " : "", k->items[d->producers[j]].id);
	draw_text(y, w - 27, b.s ? b.s : "", 26, base);
	sb_free(&b);
}

static void
docs_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	int h = frame(a, _("Documented information and records"));
	int w = a->cols, n = (int)k->ndocs;
	draw_text(1, 1, _("Status"), 10, app_attr(a, C_TITLE));
	draw_text(1, 12, _("Mandatory document or record"), w - 40, app_attr(a, C_TITLE));
	draw_text(1, w - 27, _("Produced by"), 26, app_attr(a, C_TITLE));
	list_draw(a, s, 2, h - 2, n, docs_row);
}

static int
docs_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const kb *k = a->kb;
	(void)ch;
	(void)is_key;
	if (list_move(s, act, (int)k->ndocs, 10))
		return R_REDRAW;
	if (act != ACT_ENTER || !k->ndocs)
		return R_UNHANDLED;
	const kb_doc *d = &k->docs[s->sel];
	int pick = 0;
	if (d->nproducers > 1) {
		const char **labels = xcalloc(d->nproducers, sizeof *labels);
		char **own = xcalloc(d->nproducers, sizeof *own);
		for (size_t j = 0; j < d->nproducers; j++) {
			const kb_item *it = &k->items[d->producers[j]];
			own[j] = xasprintf("%s  %s", it->id, kb_tr(&it->title));
			labels[j] = own[j];
		}
		pick = dlg_pick(a, _("Which producing item?"), labels, NULL, (int)d->nproducers, 0);
		for (size_t j = 0; j < d->nproducers; j++)
			free(own[j]);
		free(own);
		free(labels);
	}
	if (pick >= 0 && d->nproducers)
		app_push(a, &scr_item, d->producers[pick]);
	return R_REDRAW;
}

const screen_ops scr_docs = {"docs", KC_LIST, NULL, docs_draw, docs_key, NULL};

/* ---------------------------------------------------------------- actions */

/* The owner column only when there is room for the title as well. */
static int
actions_owner_w(int w)
{
	return w >= 100 ? 18 : 0;
}

static void
actions_row(app *a, screen *s, int y, int i, bool sel)
{
	const gap_report *r = app_gaps(a);
	const gap_action *ac = &r->actions[i];
	const as_item *rec = gap_action_record(r, ac);
	const kb_item *it = &a->kb->items[ac->item];
	int w = a->cols, ow = actions_owner_w(w), what = w - 21 - ow - 20;
	int base = draw_row(a, y, sel);
	(void)s;
	int pa = ac->priority == PRIO_HIGH ? app_attr(a, C_GAP) : ac->priority == PRIO_MEDIUM ?
		 app_attr(a, C_PARTIAL) : AT_NORMAL;
	draw_text(y, 1, gap_priority_label(ac->priority), 8, sel ? base : pa);
	draw_text(y, 10, it->id, 10, base | AT_BOLD);
	draw_text(y, 21, kb_tr(&it->title), what, base);
	if (ow)
		draw_text(y, w - 20 - ow, rec->owner ? rec->owner : "", ow - 1, base);
	draw_text(y, w - 19, rec->due, 10, base);
	char *dep = xasprintf("%5zu", ac->dependents);
	draw_text(y, w - 8, dep, 7, base);
	free(dep);
}

static void
actions_draw(app *a, screen *s)
{
	const gap_report *r = app_gaps(a);
	int h = frame(a, _("Action plan"));
	int w = a->cols, n = (int)r->nactions;
	int ow = actions_owner_w(w), what = w - 21 - ow - 20;
	draw_text(1, 1, _("Priority"), 8, app_attr(a, C_TITLE));
	draw_text(1, 10, _("Item"), 10, app_attr(a, C_TITLE));
	draw_text(1, 21, _("What"), what, app_attr(a, C_TITLE));
	if (ow)
		draw_text(1, w - 20 - ow, _("Owner"), ow - 1, app_attr(a, C_TITLE));
	draw_text(1, w - 19, _("Due"), 10, app_attr(a, C_TITLE));
	draw_text(1, w - 8, _("Clauses"), 7, app_attr(a, C_TITLE));
	if (!n)
		draw_text(2, 1, _("Nothing to do: no item is missing or partial."), w - 2, app_attr(a, C_DIM));
	list_draw(a, s, 2, h - 2, n, actions_row);
}

static int
actions_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const gap_report *r = app_gaps(a);
	(void)ch;
	(void)is_key;
	if (list_move(s, act, (int)r->nactions, 10))
		return R_REDRAW;
	if (act == ACT_ENTER && r->nactions) {
		app_push(a, &scr_item, r->actions[s->sel].item);
		return R_REDRAW;
	}
	return R_UNHANDLED;
}

const screen_ops scr_actions = {"actions", KC_LIST, NULL, actions_draw, actions_key, NULL};

/* ---------------------------------------------------------------- export */

void
export_dialog(app *a)
{
	static const char *const ext[] = {"html", "csv", "md", "json"};
	const char *labels[] = {_("HTML: print-ready report for auditors"), _("CSV: every clause-item pair"),
				_("Markdown: for a wiki or a forge"), _("JSON: for GRC tools")};
	int f = dlg_pick(a, _("Export a report"), labels, NULL, 4, 0);
	if (f < 0)
		return;
	char *def;
	if (a->path) {
		const char *dot = strstr(a->path, ".siam.xml");
		size_t stem = dot ? (size_t)(dot - a->path) : strlen(a->path);
		def = xasprintf("%.*s-report.%s", (int)stem, a->path, ext[f]);
	} else {
		def = xasprintf("demo-report.%s", ext[f]);
	}
	char *out = dlg_input(a, _("Write the report to"), def, false);
	free(def);
	if (!out || !*out) {
		free(out);
		return;
	}
	/* The one guarded check the command line uses too: never the open
	 * assessment or another one; an ordinary file only when confirmed. */
	char *why = NULL;
	guard_target target = guard_report_target(out, a->path, &why);
	if (target == GUARD_TARGET_REFUSE) {
		dlg_message(a, _("Export a report"), why);
		free(why);
		free(out);
		return;
	}
	if (target == GUARD_TARGET_EXISTS) {
		char *q = xasprintf(_("%s exists. Replace it with the report?"), out);
		int yes = dlg_ask(a, _("Export a report"), q, false) == 'y';
		free(q);
		if (!yes) {
			app_message(a, false, "%s", _("Not exported: the existing file was kept."));
			free(out);
			return;
		}
	}
	/* An auditor checks the report against the file: save first, so that
	 * the fingerprint on the cover is that of a file that exists. */
	bool unsaved = a->as->changes != 0;
	if (unsaved && dlg_ask(a, _("Export a report"), _("There are unsaved changes. Save them first, so that "
			       "the report matches the file?"), false) == 'y' && app_save(a))
		unsaved = false;
	/* The same code as "siamwiz report".  The fingerprint is that of the
	 * file content the report was made from. */
	size_t len;
	char hex[65], date[11], *err = NULL, *bytes = NULL;
	file_stamp stamp;
	if (!unsaved && a->path && fileio_read(a->path, STORE_MAX_FILE, &bytes, &len, &stamp, &err) == 0) {
		sha256_hex(bytes, len, hex);
	} else {
		free(err);
		err = NULL;
		char *xml = store_serialize(a->as, &len);
		sha256_hex(xml, len, hex);
		free(xml);
	}
	free(bytes);
	util_today(date);
	const char *base = a->path ? strrchr(a->path, '/') : NULL;
	char *fname = xstrdup(base ? base + 1 : a->path ? a->path : "demo.siam.xml");
	if (unsaved) {
		char *t = xasprintf(_("%s, with changes not saved to it"), fname);
		free(fname);
		fname = t;
	}
	report_meta m = {.file_name = fname, .sha256 = hex, .version = PACKAGE_VERSION, .generated = date};
	char *doc = report_render((report_format)f, app_gaps(a), &m, &len);
	if (fileio_write_atomic(out, doc, len, &err) != 0) {
		char *msg = xasprintf(_("The report was not written to %s: %s"), out, err);
		dlg_message(a, _("Export failed"), msg);
		free(msg);
	} else {
		app_message(a, false, _("Report written: %s"), out);
	}
	free(fname);
	free(err);
	free(doc);
	free(out);
}

/* ---------------------------------------------------------------- rule findings */

static void
findings_row(app *a, screen *s, int y, int i, bool sel)
{
	const gap_finding *f = &app_gaps(a)->findings[i];
	int w = a->cols;
	(void)s;
	int sev = f->severity == SEV_ERROR ? app_attr(a, C_GAP) :
		  f->severity == SEV_WARNING ? app_attr(a, C_PARTIAL) : app_attr(a, C_DIM);
	int base = draw_row(a, y, sel);
	draw_text(y, 1, gap_severity_label(f->severity), 9, sel ? base : sev);
	char *rule = xasprintf("%d", f->rule);
	draw_text(y, 11, rule, 4, base);
	free(rule);
	draw_text(y, 16, f->subject, 14, base);
	draw_text(y, 31, f->message, w - 32, base);
}

static void
findings_draw(app *a, screen *s)
{
	const gap_report *r = app_gaps(a);
	int h = frame(a, _("Rule findings"));
	int w = a->cols, n = (int)r->nfindings, detail = 6;
	draw_text(1, 1, _("Severity"), 9, app_attr(a, C_TITLE));
	draw_text(1, 11, _("Rule"), 5, app_attr(a, C_TITLE));
	draw_text(1, 16, _("About"), 14, app_attr(a, C_TITLE));
	draw_text(1, 31, _("Finding"), w - 32, app_attr(a, C_TITLE));
	if (!n)
		draw_text(2, 1, _("No rule is broken."), w - 2, app_attr(a, C_DIM));
	list_draw(a, s, 2, h - 2 - detail, n, findings_row);
	if (n) {
		const gap_finding *f = &r->findings[s->sel];
		draw_hline(h - detail, 0, w);
		char *t = xasprintf("%s\n(%s)", f->message, f->reference);
		draw_wrap(h - detail + 1, 1, t, w - 2, detail - 1, 0, AT_NORMAL);
		free(t);
	}
}

static int
findings_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const gap_report *r = app_gaps(a);
	(void)ch;
	(void)is_key;
	if (list_move(s, act, (int)r->nfindings, 10))
		return R_REDRAW;
	if (act != ACT_ENTER || !r->nfindings)
		return R_UNHANDLED;
	/* Go to what the finding is about, when it is something to open. */
	const char *subj = r->findings[s->sel].subject;
	size_t idx;
	switch (kb_lookup(a->kb, subj, &idx)) {
	case KB_ID_ITEM: app_push(a, &scr_item, idx); break;
	case KB_ID_CLAUSE: app_push(a, &scr_clause, idx); break;
	case KB_ID_DOC:
		if (a->kb->docs[idx].nproducers)
			app_push(a, &scr_item, a->kb->docs[idx].producers[0]);
		break;
	default:
		if (strchr(subj, '.') == NULL)
			app_push(a, &scr_profile, 0);
		break;
	}
	return R_REDRAW;
}

const screen_ops scr_findings = {"findings", KC_LIST, NULL, findings_draw, findings_key, NULL};
