/* report_model_doc.c - the report as a controlled document: its metadata,
 * its sign-off and the frame it is read in (objectives, scope, criteria,
 * method, limitations), as tables of the report model. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report_model_int.h"

const report_column rm_meta_cols[] = {
	{"key", N_("Key"), RCELL_WORD, 0},
	{"field", N_("Field"), RCELL_TEXT, 0},
	{"value", N_("Value"), RCELL_TEXT, 0},
};

static void
kv(report_table *t, const char *key, const char *label, const char *value)
{
	row w = rm_row_begin(t);
	rm_word(&w, key, NULL);
	rm_text(&w, _(label));
	rm_text(&w, value);
	rm_row_end(&w);
}

void
rm_fill_meta(report_table *t, const gap_report *r, const report_meta *m)
{
	const assessment *a = r->a;
	kv(t, "title", N_("Title"), report_title(m));
	kv(t, "organization", N_("Organization"), a->organization);
	kv(t, "assessor", N_("Assessor"), a->assessor);
	kv(t, "date", N_("Assessment date"), a->date);
	kv(t, "model", N_("SIAM model"), a->model != MODEL_NONE ? as_model_label(a->model) : NULL);
	kv(t, "starting_point", N_("Starting point"), a->start != START_NONE ? as_start_label(a->start) : NULL);
	kv(t, "scope", N_("Scope"), a->scope);
	kv(t, "separation", N_("Separation of duties"), a->separation);
	kv(t, "file", N_("Assessment file"), m->file_name);
	kv(t, "sha256", N_("SHA-256 of the file"), m->sha256);
	kv(t, "kb_revision", N_("Knowledge base"), r->kb->revision);
	kv(t, "version", N_("siamwiz version"), m->version);
	kv(t, "generated", N_("Report date"), m->generated);
	kv(t, "language", N_("Language"), kb_report_lang(r->kb));
	kv(t, "time_zone", N_("Time zone of the dates"), m->time_zone);
	kv(t, "report_id", N_("Report ID"), m->report_id);
	kv(t, "report_version", N_("Report version"), m->report_version);
	kv(t, "classification", N_("Classification"), m->classification);
	kv(t, "distribution", N_("Distribution"), m->distribution);
}

const report_column rm_signoff_cols[] = {
	{"step", N_("Step"), RCELL_WORD, 0},
	{"name", N_("Name"), RCELL_TEXT, 0},
	{"date", N_("Date"), RCELL_DATE, 0},
	{"signature", N_("Signature"), RCELL_TEXT, 0},
};

/* Prepared, reviewed, approved: who and when, and room for a signature.
 * The assessor prepared the report on its date unless told otherwise. */
void
rm_fill_signoff(report_table *t, const gap_report *r, const report_meta *m)
{
	static const char *const steps[] = {"prepared", "reviewed", "approved"};
	static const char *const labels[] = {N_("Prepared"), N_("Reviewed"), N_("Approved")};
	for (int i = 0; i < SIGN_COUNT; i++) {
		const char *name = m->sign_name[i], *date = m->sign_date[i];
		if (i == SIGN_PREPARED && !name)
			name = r->a->assessor;
		if (i == SIGN_PREPARED && !date)
			date = m->generated;
		row w = rm_row_begin(t);
		rm_put(&w, xstrdup(_(labels[i])), -1, steps[i]);
		rm_text(&w, name);
		rm_word(&w, date, NULL);
		rm_text(&w, NULL);
		rm_row_end(&w);
	}
}

const report_column rm_frame_cols[] = {
	{"key", N_("Key"), RCELL_WORD, 0},
	{"heading", N_("Heading"), RCELL_TEXT, 0},
	{"text", N_("Text"), RCELL_TEXT, 0},
};

/* What was not assessed, in words: the limits of the result. */
static char *
limitations(const gap_report *r)
{
	const assessment *a = r->a;
	size_t judged = r->njudged, clauses = r->kb->nclauses;
	size_t open = r->overall.n[RES_NOT_ASSESSED], claimed = r->overall.claimed, total = r->overall.total;
	strbuf b;
	sb_init(&b);
	sb_addf(&b,
		_("Items not assessed yet: %zu of %zu; the clauses they support are reported as not "
		  "assessed or partly covered."),
		open, total);
	sb_addc(&b, '\n');
	sb_addf(&b, _("Items marked in place without recorded evidence: %zu; they count half."), claimed);
	sb_addc(&b, '\n');
	sb_addf(&b,
		_("Clauses judged by the assessor: %zu of %zu; the status of the others is computed from "
		  "the items."),
		judged, clauses);
	sb_addc(&b, '\n');
	sb_addf(&b,
		_("The result rests on the answers and evidence recorded up to %s, not on a sample "
		  "tested by an auditor, and it does not replace a certification audit."),
		a->date[0] ? a->date : "-");
	return sb_steal(&b);
}

static void
frame_row(report_table *t, const char *key, const char *heading, char *text_owned)
{
	row w = rm_row_begin(t);
	rm_word(&w, key, NULL);
	rm_text(&w, _(heading));
	rm_put(&w, text_owned, -1, NULL);
	rm_row_end(&w);
}

/* Objectives, scope, criteria, method and limitations: the frame an
 * auditor reads a result in, from the profile and the analysis. */
void
rm_fill_frame(report_table *t, const gap_report *r)
{
	const assessment *a = r->a;
	frame_row(t, "objectives", N_("Objectives"),
		  xasprintf(_("To establish how far %s has come in adopting service integration and management "
			      "beside a service management system that meets ISO/IEC 20000-1, where the gaps "
			      "are, and what to do next."),
			    a->organization && *a->organization ? a->organization : _("the organization")));
	char *start = a->start != START_NONE ? xasprintf(_("Starting point: %s."), as_start_label(a->start))
					     : xstrdup(_("No starting point is recorded."));
	frame_row(t, "scope", N_("Scope"),
		  xasprintf("%s%s%s", a->scope && *a->scope ? a->scope : _("No scope is recorded."), "\n", start));
	free(start);
	frame_row(t, "criteria", N_("Criteria"),
		  xasprintf(_("The requirements of ISO/IEC 20000-1:2018, clauses 4 to 10, reached through the "
			      "roadmap of ISO/IEC TS 20000-14:2023 (discovery and strategy, plan and build, "
			      "implement, run and improve) and the item-to-clause mapping of the siamwiz knowledge "
			      "base, revision %s."),
			    r->kb->revision ? r->kb->revision : "-"));
	frame_row(t, "method", N_("Method"),
		  xstrdup(_("Each item of the four roadmap stages was assessed with the organization and recorded "
			    "as in place, partial, missing, not applicable or not yet assessed, with its evidence. "
			    "A clause's status follows from the items that support it, by published rules; the "
			    "assessor's own verdict on a clause is recorded beside the computed status and makes "
			    "the nonconformity register.")));
	frame_row(t, "limitations", N_("Limitations"), limitations(r));
}
