/* report_model_profile.c - the engagement profile's registers as tables
 * of the report model: service providers, structural elements, role
 * holders and the allocation of processes across the layers. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report_model_int.h"

const report_column rm_provider_cols[] = {
	{"name", N_("Service provider"), RCELL_TEXT, 0},
	{"type", N_("Type"), RCELL_WORD, 0},
	{"criticality", N_("Criticality"), RCELL_WORD, 0},
	{"services", N_("Services"), RCELL_TEXT, 0},
};

void
rm_fill_providers(report_table *t, const gap_report *r)
{
	const assessment *a = r->a;
	for (size_t i = 0; i < a->nproviders; i++) {
		const as_provider *p = &a->providers[i];
		row w = rm_row_begin(t);
		rm_text(&w, p->name);
		rm_put(&w, xstrdup(p->internal ? _("internal") : _("external")), -1,
		       p->internal ? "internal" : "external");
		rm_put(&w, xstrdup(as_criticality_label(p->criticality)), -1,
		       p->criticality ? as_criticality_name(p->criticality) : NULL);
		rm_text(&w, p->services);
		rm_row_end(&w);
	}
}

const report_column rm_structure_cols[] = {
	{"name", N_("Structural element"), RCELL_TEXT, 0},
	{"kind", N_("Kind"), RCELL_WORD, 0},
	{"layers", N_("Members from"), RCELL_WORD, ' '},
	{"purpose", N_("Purpose"), RCELL_TEXT, 0},
};

void
rm_fill_structures(report_table *t, const gap_report *r)
{
	const assessment *a = r->a;
	for (size_t i = 0; i < a->nstructures; i++) {
		const as_structure *st = &a->structures[i];
		row w = rm_row_begin(t);
		rm_text(&w, st->name);
		rm_word(&w, as_structkind_name(st->kind), NULL);
		rm_put(&w, kb_layers_string(st->layers), -1, NULL);
		rm_text(&w, st->purpose);
		rm_row_end(&w);
	}
}

const report_column rm_role_cols[] = {
	{"role", N_("Role"), RCELL_ID, 0},
	{"title", N_("Title"), RCELL_TEXT, 0},
	{"accountable", N_("Accountable"), RCELL_TEXT, '\n'},
	{"responsible", N_("Responsible"), RCELL_TEXT, '\n'},
	{"consulted", N_("Consulted"), RCELL_TEXT, '\n'},
	{"informed", N_("Informed"), RCELL_TEXT, '\n'},
};

/* Every role of the knowledge base, with the parties the assessment names
 * for each RACI letter, one a line. */
void
rm_fill_roles(report_table *t, const gap_report *r)
{
	const kb *k = r->kb;
	for (size_t i = 0; i < k->nentries[KB_ROLE]; i++) {
		const kb_entry *e = &k->entries[KB_ROLE][i];
		const as_role *ro = assess_role_find(r->a, e->id);
		row w = rm_row_begin(t);
		rm_word(&w, e->id, NULL);
		rm_text(&w, kb_tr(&e->title));
		for (int x = 0; x < RACI_COUNT; x++) {
			strbuf b;
			sb_init(&b);
			for (size_t j = 0; ro && j < ro->nholders; j++)
				if (ro->holders[j].raci == (as_raci)x) {
					if (b.len)
						sb_addc(&b, '\n');
					sb_add(&b, ro->holders[j].party);
				}
			rm_put(&w, sb_steal(&b), -1, NULL);
		}
		rm_row_end(&w);
	}
}

const report_column rm_process_cols[] = {
	{"process", N_("Process"), RCELL_ID, 0},
	{"title", N_("Title"), RCELL_TEXT, 0},
	{"accountable", N_("Accountable"), RCELL_WORD, ' '},
	{"responsible", N_("Responsible"), RCELL_WORD, ' '},
	{"consulted", N_("Consulted"), RCELL_WORD, ' '},
	{"informed", N_("Informed"), RCELL_WORD, ' '},
};

void
rm_fill_processes(report_table *t, const gap_report *r)
{
	const assessment *a = r->a;
	for (size_t i = 0; i < a->nprocesses; i++) {
		const as_process *p = &a->processes[i];
		const kb_entry *e = kb_entry_by_id(r->kb, KB_PROCESS, p->ref);
		row w = rm_row_begin(t);
		rm_word(&w, p->ref, NULL);
		rm_text(&w, e ? kb_tr(&e->title) : p->ref);
		for (int x = 0; x < RACI_COUNT; x++)
			rm_put(&w, kb_layers_string(p->raci[x]), -1, NULL);
		rm_row_end(&w);
	}
}
