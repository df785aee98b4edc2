/* store_write.c - writing .siam.xml files.
 *
 * libxml2's text writer builds the file in memory, fileio's atomic replace
 * moves it into place.  The output is canonical: a file siamwiz wrote loads
 * and saves back byte for byte. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "i18n.h"
#include "store.h"

/* libxml2's writer reports failure only as a negative count; one flag
 * collects them so the code below stays readable. */
typedef struct wr {
	xmlTextWriterPtr w;
	int bad;
} wr;

static void
w_start(wr *w, const char *name)
{
	w->bad |= xmlTextWriterStartElement(w->w, BAD_CAST name) < 0;
}

static void
w_end(wr *w)
{
	w->bad |= xmlTextWriterEndElement(w->w) < 0;
}

static void
w_attr(wr *w, const char *name, const char *value)
{
	if (value && *value)
		w->bad |= xmlTextWriterWriteAttribute(w->w, BAD_CAST name, BAD_CAST value) < 0;
}

static void
w_elem(wr *w, const char *name, const char *text)
{
	if (text)
		w->bad |= xmlTextWriterWriteElement(w->w, BAD_CAST name, BAD_CAST text) < 0;
}

static void
w_layers(wr *w, const char *name, unsigned mask)
{
	char *s = kb_layers_string(mask);
	w_attr(w, name, s);
	free(s);
}

/* The engagement profile's own fields. */
static void
write_profile(wr *w, const assessment *a)
{
	w_start(w, "profile");
	w_elem(w, "organization", a->organization ? a->organization : "");
	w_elem(w, "assessor", a->assessor);
	w_elem(w, "date", a->date[0] ? a->date : NULL);
	w_elem(w, "model", a->model != MODEL_NONE ? as_model_name(a->model) : NULL);
	w_elem(w, "start", a->start != START_NONE ? as_start_name(a->start) : NULL);
	w_elem(w, "scope", a->scope);
	w_elem(w, "separation", a->separation);
}

static void
write_providers(wr *w, const assessment *a)
{
	if (a->nproviders) {
		w_start(w, "providers");
		for (size_t i = 0; i < a->nproviders; i++) {
			const as_provider *p = &a->providers[i];
			w_start(w, "provider");
			w_attr(w, "type", p->internal ? "internal" : "external");
			w_attr(w, "criticality", as_criticality_name(p->criticality));
			w_elem(w, "name", p->name);
			w_elem(w, "services", p->services);
			w_end(w);
		}
		w_end(w);
	}
}

static void
write_structures(wr *w, const assessment *a)
{
	if (a->nstructures) {
		w_start(w, "structures");
		for (size_t i = 0; i < a->nstructures; i++) {
			const as_structure *s = &a->structures[i];
			w_start(w, "structure");
			w_attr(w, "kind", as_structkind_name(s->kind));
			w_layers(w, "layers", s->layers);
			w_elem(w, "name", s->name);
			w_elem(w, "purpose", s->purpose);
			w_end(w);
		}
		w_end(w);
	}
}

static void
write_roles(wr *w, const assessment *a)
{
	if (a->nroles) {
		w_start(w, "roles");
		for (size_t i = 0; i < a->nroles; i++) {
			const as_role *r = &a->roles[i];
			w_start(w, "role");
			w_attr(w, "ref", r->ref);
			for (size_t j = 0; j < r->nholders; j++) {
				w_start(w, "holder");
				w_attr(w, "raci", as_raci_name(r->holders[j].raci));
				w->bad |= xmlTextWriterWriteString(w->w, BAD_CAST r->holders[j].party) < 0;
				w_end(w);
			}
			w_end(w);
		}
		w_end(w);
	}
}

static void
write_participants(wr *w, const assessment *a)
{
	if (!a->nparticipants)
		return;
	w_start(w, "participants");
	for (size_t i = 0; i < a->nparticipants; i++) {
		const as_participant *p = &a->participants[i];
		w_start(w, "participant");
		w_attr(w, "name", p->name);
		w_attr(w, "organization", p->organization);
		w_attr(w, "layer", p->layer ? kb_layer_name(p->layer) : NULL);
		w_attr(w, "role", p->role);
		w_end(w);
	}
	w_end(w);
}

static void
write_timeboxes(wr *w, const assessment *a)
{
	bool any = false;
	for (size_t s = 0; s < ASSESS_MAX_STAGES; s++)
		any |= a->timebox[s] != 0;
	if (!any)
		return;
	w_start(w, "timeboxes");
	for (size_t s = 0; s < ASSESS_MAX_STAGES; s++) {
		if (!a->timebox[s])
			continue;
		char st[24], min[24];
		snprintf(st, sizeof st, "%zu", s + 1);
		snprintf(min, sizeof min, "%u", a->timebox[s]);
		w_start(w, "timebox");
		w_attr(w, "stage", st);
		w_attr(w, "minutes", min);
		w_end(w);
	}
	w_end(w);
}

static void
write_checkpoints(wr *w, const assessment *a)
{
	if (!a->ncheckpoints)
		return;
	w_start(w, "checkpoints");
	for (size_t i = 0; i < a->ncheckpoints; i++) {
		const as_checkpoint *c = &a->checkpoints[i];
		char st[24], it[24], ret[24];
		snprintf(st, sizeof st, "%zu", c->stage + 1);
		snprintf(it, sizeof it, "%u", c->iteration);
		snprintf(ret, sizeof ret, "%zu", c->return_to + 1);
		w_start(w, "checkpoint");
		w_attr(w, "stage", st);
		w_attr(w, "iteration", it);
		w_attr(w, "decision", as_decision_name(c->decision));
		w_attr(w, "return-to", c->decision == DECISION_RETURN ? ret : NULL);
		w_attr(w, "date", c->date);
		for (size_t j = 0; j < c->npresent; j++) {
			w_start(w, "present");
			w_attr(w, "name", c->present[j]);
			w_end(w);
		}
		w_elem(w, "risks", c->risks);
		w_elem(w, "issues", c->issues);
		w_elem(w, "notes", c->notes);
		w_end(w);
	}
	w_end(w);
}

static void
write_processes(wr *w, const assessment *a)
{
	if (a->has_processes || a->nprocesses) {
		w_start(w, "processes");
		for (size_t i = 0; i < a->nprocesses; i++) {
			const as_process *p = &a->processes[i];
			w_start(w, "process");
			w_attr(w, "ref", p->ref);
			for (int r = 0; r < RACI_COUNT; r++)
				w_layers(w, as_raci_name((as_raci)r), p->raci[r]);
			w_end(w);
		}
		w_end(w);
	}
}

static void
write_items(wr *w, const assessment *a)
{
	w_start(w, "items");
	for (size_t i = 0; i < a->nitems; i++) {
		const as_item *it = &a->items[i];
		/* A record that holds nothing is the same as no record. */
		if (it->result == RES_NOT_ASSESSED && it->status == STATUS_TODO && !it->layer && !it->due[0] &&
		    !it->owner && !it->nproviders && !it->nevidence && !it->notes && !it->justification)
			continue;
		w_start(w, "item");
		w_attr(w, "ref", it->ref);
		w_attr(w, "result", as_result_name(it->result));
		w_attr(w, "status", as_status_name(it->status));
		w_attr(w, "layer", it->layer ? kb_layer_name(it->layer) : NULL);
		w_attr(w, "due", it->due);
		w_elem(w, "owner", it->owner);
		for (size_t j = 0; j < it->nproviders; j++)
			w_elem(w, "provider", it->providers[j]);
		for (size_t j = 0; j < it->nevidence; j++) {
			w_start(w, "evidence");
			w_attr(w, "location", it->evidence[j].location);
			w_attr(w, "date", it->evidence[j].date[0] ? it->evidence[j].date : NULL);
			w_attr(w, "reviewer", it->evidence[j].reviewer);
			w->bad |= xmlTextWriterWriteString(w->w, BAD_CAST it->evidence[j].text) < 0;
			w_end(w);
		}
		w_elem(w, "notes", it->notes);
		w_elem(w, "justification", it->justification);
		w_end(w);
	}
	w_end(w); /* items */
}

static void
write_judgements(wr *w, const assessment *a)
{
	if (a->njudgements || a->last_nc || a->last_ofi) {
		char nc[24], ofi[24];
		snprintf(nc, sizeof nc, "%lu", a->last_nc);
		snprintf(ofi, sizeof ofi, "%lu", a->last_ofi);
		w_start(w, "judgements");
		w_attr(w, "last-nc", a->last_nc ? nc : NULL);
		w_attr(w, "last-ofi", a->last_ofi ? ofi : NULL);
		for (size_t i = 0; i < a->njudgements; i++) {
			const as_judgement *j = &a->judgements[i];
			w_start(w, "judgement");
			w_attr(w, "clause", j->clause);
			w_attr(w, "verdict", as_verdict_name(j->verdict));
			w_attr(w, "id", j->id[0] ? j->id : NULL);
			w_attr(w, "date", j->date);
			w_elem(w, "assessor", j->assessor);
			w_elem(w, "requirement", j->requirement);
			w_elem(w, "evidence", j->evidence);
			w_elem(w, "statement", j->statement);
			w_end(w);
		}
		w_end(w);
	}
}

char *
store_serialize(const assessment *a, size_t *len)
{
	xmlBufferPtr buf = xmlBufferCreate();
	wr w = {.w = xmlNewTextWriterMemory(buf, 0)};
	char *out = NULL;

	if (!buf || !w.w)
		goto out;
	xmlTextWriterSetIndent(w.w, 1);
	xmlTextWriterSetIndentString(w.w, BAD_CAST "  ");
	w.bad |= xmlTextWriterStartDocument(w.w, "1.0", "UTF-8", NULL) < 0;
	w_start(&w, "assessment");
	w_attr(&w, "xmlns", STORE_NS);
	w_attr(&w, "version", "1");
	w_attr(&w, "kb-revision", a->kb_revision);

	write_profile(&w, a);
	write_providers(&w, a);
	write_structures(&w, a);
	write_roles(&w, a);
	write_participants(&w, a);
	w_end(&w); /* profile */

	write_processes(&w, a);
	write_items(&w, a);
	write_judgements(&w, a);
	write_timeboxes(&w, a);
	write_checkpoints(&w, a);
	w.bad |= xmlTextWriterEndDocument(w.w) < 0;
	xmlFreeTextWriter(w.w);
	w.w = NULL;
	if (!w.bad) {
		*len = (size_t)xmlBufferLength(buf);
		out = xstrndup((const char *)xmlBufferContent(buf), *len);
	}
out:
	if (w.w)
		xmlFreeTextWriter(w.w);
	if (buf)
		xmlBufferFree(buf);
	return out;
}

int
store_save(assessment *a, const char *path, unsigned flags, char **err)
{
	size_t len;
	char *data = store_serialize(a, &len);
	if (!data) {
		*err = xstrdup(_("internal error: the assessment could not be serialized"));
		return -1;
	}
	int rc = fileio_replace(path, data, len, FILEIO_KEEP_MODE, flags, err);
	free(data);
	if (rc == 0)
		a->changes = 0;
	return rc;
}
