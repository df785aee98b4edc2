/* report_model_workshop.c - the workshop as tables of the report model:
 * the participants register and the checkpoints that closed the roadmap
 * stages, in the order they were held. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report_model_int.h"

const report_column rm_participant_cols[] = {
	{"name", N_("Participant"), RCELL_TEXT, 0},
	{"organization", N_("Organization"), RCELL_TEXT, 0},
	{"layer", N_("Layer"), RCELL_WORD, 0},
	{"role", N_("Part in the engagement"), RCELL_TEXT, 0},
};

void
rm_fill_participants(report_table *t, const gap_report *r)
{
	const assessment *a = r->a;
	for (size_t i = 0; i < a->nparticipants; i++) {
		const as_participant *p = &a->participants[i];
		row w = rm_row_begin(t);
		rm_text(&w, p->name);
		rm_text(&w, p->organization);
		rm_word(&w, p->layer ? kb_layer_name(p->layer) : NULL, NULL);
		rm_text(&w, p->role);
		rm_row_end(&w);
	}
}

const report_column rm_checkpoint_cols[] = {
	{"stage", N_("Stage"), RCELL_NUMBER, 0},     {"iteration", N_("Checkpoint"), RCELL_NUMBER, 0},
	{"decision", N_("Decision"), RCELL_WORD, 0}, {"return_to", N_("Back to stage"), RCELL_NUMBER, 0},
	{"date", N_("Date"), RCELL_DATE, 0},         {"present", N_("Present"), RCELL_TEXT, '\n'},
	{"risks", N_("Risks"), RCELL_TEXT, 0},       {"issues", N_("Issues"), RCELL_TEXT, 0},
	{"notes", N_("Notes"), RCELL_TEXT, 0},
};

/* Stage by stage, each stage's checkpoints in the order they were held. */
void
rm_fill_checkpoints(report_table *t, const gap_report *r)
{
	const assessment *a = r->a;
	for (size_t s = 0; s < r->kb->nstages; s++)
		for (size_t i = 0; i < assess_checkpoint_count(a, s); i++) {
			const as_checkpoint *c = assess_checkpoint_nth(a, s, i);
			row w = rm_row_begin(t);
			rm_count(&w, c->stage + 1);
			rm_count(&w, c->iteration);
			rm_put(&w, xstrdup(as_decision_label(c->decision)), -1, as_decision_name(c->decision));
			if (c->decision == DECISION_RETURN)
				rm_count(&w, c->return_to + 1);
			else
				rm_put(&w, NULL, -1, NULL);
			rm_text(&w, c->date);
			strbuf b;
			sb_init(&b);
			for (size_t j = 0; j < c->npresent; j++) {
				if (j)
					sb_addc(&b, '\n');
				sb_add(&b, c->present[j]);
			}
			rm_put(&w, sb_steal(&b), -1, NULL);
			rm_text(&w, c->risks);
			rm_text(&w, c->issues);
			rm_text(&w, c->notes);
			rm_row_end(&w);
		}
}
