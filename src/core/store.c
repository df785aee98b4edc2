/* store.c - reading and writing .siam.xml files.
 *
 * Reading goes through xmlload (hardened, validating, streaming); writing
 * uses libxml2's text writer into memory and fileio's atomic replace.  The
 * writer's output is canonical: a file siamwiz wrote loads and saves back
 * byte for byte. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "i18n.h"
#include "store.h"
#include "xmlload.h"

/* Indices, not pointers: the arrays grow while the file is read. */
typedef struct sctx {
	assessment *a;
	int in_items, in_processes;
	long item;		/* index of the open <item>, or -1 */
	long ev;		/* index of the open <evidence> in it, or -1 */
	long prov, st, role;	/* open register entries, or -1 */
	long judg;		/* open <judgement>, or -1 */
	as_raci holder_raci;
} sctx;

static unsigned
layers_mask(const char *s)
{
	unsigned m = 0;
	if (!s)
		return 0;
	for (int b = 1; b <= 4; b <<= 1)
		if (util_word_in(s, kb_layer_name((unsigned)b)))
			m |= (unsigned)b;
	return m;
}

static char *
dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* Replace *dst by a copy of text (the file may repeat an element). */
static void
set_str(char **dst, const char *text)
{
	free(*dst);
	*dst = xstrdup(text);
}

static int
start_judgement(sctx *c, xl_ctx *x)
{
	assessment *a = c->a;
	const char *cl = xl_attr_req(x, "judgement", "clause");
	if (!cl)
		return -1;
	a->judgements = xgrow(a->judgements, &a->capjudgements, a->njudgements + 1, sizeof *a->judgements);
	as_judgement *j = &a->judgements[a->njudgements];
	memset(j, 0, sizeof *j);
	j->clause = xstrdup(cl);
	j->line = xl_line(x);
	c->judg = (long)a->njudgements++;
	int v = as_parse_verdict(xl_attr(x, "verdict"));
	j->verdict = v < 0 ? VERDICT_CONFORMING : (as_verdict)v;
	const char *id = xl_attr(x, "id");
	snprintf(j->id, sizeof j->id, "%s", id ? id : "");
	const char *date = xl_attr(x, "date");
	if (!date || !util_valid_date(date)) {
		xl_error(x, _("the judgement of clause %s has no valid date"), cl);
		return -1;
	}
	strcpy(j->date, date);
	return 0;
}

static int
a_start(void *ud, xl_ctx *x, const char *name, int depth)
{
	sctx *c = ud;
	assessment *a = c->a;
	(void)depth;

	if (!strcmp(name, "assessment")) {
		a->kb_revision = dup_or_null(xl_attr(x, "kb-revision"));
	} else if (!strcmp(name, "items")) {
		c->in_items = 1;
	} else if (!strcmp(name, "processes")) {
		c->in_processes = 1;
		a->has_processes = true;
	} else if (!strcmp(name, "item")) {
		char *err = NULL;
		const char *ref = xl_attr_req(x, name, "ref");
		if (!ref || c->item >= 0)
			return -1;
		as_item *it = assess_add_loaded(a, ref, &err);
		if (!it) {
			xl_error(x, "%s", err);
			free(err);
			return -1;
		}
		c->item = (long)(it - a->items);
		it->line = xl_line(x);
		int r = as_parse_result(xl_attr(x, "result")), st = as_parse_status(xl_attr(x, "status"));
		it->result = r < 0 ? RES_NOT_ASSESSED : (as_result)r;
		it->status = st < 0 ? STATUS_TODO : (as_status)st;
		const char *l = xl_attr(x, "layer");
		int lb = l ? kb_parse_layer(l) : 0;
		it->layer = lb > 0 ? (unsigned)lb : 0;
		const char *due = xl_attr(x, "due");
		if (due) {
			if (!util_valid_date(due)) {
				xl_error(x, _("item %s: due date \"%s\" is not a valid date"), it->ref, due);
				return -1;
			}
			strcpy(it->due, due);
		}
	} else if (!strcmp(name, "evidence") && c->item >= 0) {
		as_item *it = &a->items[c->item];
		it->evidence = xgrow(it->evidence, &it->capevidence, it->nevidence + 1, sizeof *it->evidence);
		c->ev = (long)it->nevidence;
		as_evidence *ev = &it->evidence[it->nevidence];
		memset(ev, 0, sizeof *ev);
		ev->text = xstrdup("");
		ev->location = dup_or_null(xl_attr(x, "location"));
		ev->reviewer = dup_or_null(xl_attr(x, "reviewer"));
		it->nevidence++;
		const char *date = xl_attr(x, "date");
		if (date) {
			if (!util_valid_date(date)) {
				xl_error(x, _("item %s: evidence date \"%s\" is not a valid date"), it->ref, date);
				return -1;
			}
			strcpy(ev->date, date);
		}
	} else if (!strcmp(name, "judgements")) {
		const char *n = xl_attr(x, "last-nc"), *o = xl_attr(x, "last-ofi");
		a->last_nc = n ? strtoul(n, NULL, 10) : 0;
		a->last_ofi = o ? strtoul(o, NULL, 10) : 0;
	} else if (!strcmp(name, "judgement")) {
		return start_judgement(c, x);
	} else if (!strcmp(name, "provider") && !c->in_items) {
		a->providers = xgrow(a->providers, &a->capproviders, a->nproviders + 1, sizeof *a->providers);
		as_provider *p = &a->providers[a->nproviders];
		memset(p, 0, sizeof *p);
		p->name = xstrdup("");
		c->prov = (long)a->nproviders++;
		const char *t = xl_attr(x, "type");
		p->internal = t && !strcmp(t, "internal");
		int cr = as_parse_criticality(xl_attr(x, "criticality"));
		p->criticality = cr > 0 ? (as_criticality)cr : CRIT_NONE;
	} else if (!strcmp(name, "structure")) {
		a->structures = xgrow(a->structures, &a->capstructures, a->nstructures + 1, sizeof *a->structures);
		as_structure *st = &a->structures[a->nstructures];
		memset(st, 0, sizeof *st);
		st->name = xstrdup("");
		c->st = (long)a->nstructures++;
		int k = as_parse_structkind(xl_attr(x, "kind"));
		st->kind = k < 0 ? STRUCT_BOARD : (as_structkind)k;
		st->layers = layers_mask(xl_attr(x, "layers"));
	} else if (!strcmp(name, "role")) {
		const char *ref = xl_attr_req(x, name, "ref");
		if (!ref)
			return -1;
		a->roles = xgrow(a->roles, &a->caproles, a->nroles + 1, sizeof *a->roles);
		as_role *r = &a->roles[a->nroles];
		memset(r, 0, sizeof *r);
		r->ref = xstrdup(ref);
		c->role = (long)a->nroles++;
	} else if (!strcmp(name, "holder")) {
		int r = as_parse_raci(xl_attr(x, "raci"));
		c->holder_raci = r < 0 ? RACI_I : (as_raci)r;
	} else if (!strcmp(name, "process") && c->in_processes) {
		const char *ref = xl_attr_req(x, name, "ref");
		if (!ref)
			return -1;
		a->processes = xgrow(a->processes, &a->capprocesses, a->nprocesses + 1, sizeof *a->processes);
		as_process *p = &a->processes[a->nprocesses++];
		memset(p, 0, sizeof *p);
		p->ref = xstrdup(ref);
		for (int r = 0; r < RACI_COUNT; r++)
			p->raci[r] = layers_mask(xl_attr(x, as_raci_name((as_raci)r)));
	}
	return 0;
}

static int
a_end(void *ud, xl_ctx *x, const char *name, const char *text, size_t len, int depth)
{
	sctx *c = ud;
	assessment *a = c->a;
	(void)len;
	(void)depth;

	if (c->item >= 0) {
		as_item *it = &a->items[c->item];
		if (!strcmp(name, "item")) {
			c->item = -1;
		} else if (!strcmp(name, "owner")) {
			set_str(&it->owner, text);
		} else if (!strcmp(name, "provider")) {
			it->providers = xgrow(it->providers, &it->capproviders, it->nproviders + 1, sizeof *it->providers);
			it->providers[it->nproviders++] = xstrdup(text);
		} else if (!strcmp(name, "evidence") && c->ev >= 0) {
			set_str(&it->evidence[c->ev].text, text);
			c->ev = -1;
		} else if (!strcmp(name, "notes")) {
			set_str(&it->notes, text);
		} else if (!strcmp(name, "justification")) {
			set_str(&it->justification, text);
		}
		return 0;
	}
	if (c->judg >= 0) {
		as_judgement *j = &a->judgements[c->judg];
		if (!strcmp(name, "judgement"))
			c->judg = -1;
		else if (!strcmp(name, "assessor"))
			set_str(&j->assessor, text);
		else if (!strcmp(name, "requirement"))
			set_str(&j->requirement, text);
		else if (!strcmp(name, "evidence"))
			set_str(&j->evidence, text);
		else if (!strcmp(name, "statement"))
			set_str(&j->statement, text);
		return 0;
	}
	if (!strcmp(name, "items")) {
		c->in_items = 0;
	} else if (!strcmp(name, "processes")) {
		c->in_processes = 0;
	} else if (!strcmp(name, "organization")) {
		set_str(&a->organization, text);
	} else if (!strcmp(name, "assessor")) {
		set_str(&a->assessor, text);
	} else if (!strcmp(name, "date")) {
		if (!util_valid_date(text)) {
			xl_error(x, _("the assessment date \"%s\" is not a valid date"), text);
			return -1;
		}
		strcpy(a->date, text);
	} else if (!strcmp(name, "model")) {
		a->model = (as_model)as_parse_model(text);
	} else if (!strcmp(name, "start")) {
		a->start = (as_start)as_parse_start(text);
	} else if (!strcmp(name, "scope")) {
		set_str(&a->scope, text);
	} else if (!strcmp(name, "separation")) {
		set_str(&a->separation, text);
	} else if (!strcmp(name, "name")) {
		if (c->prov >= 0)
			set_str(&a->providers[c->prov].name, text);
		else if (c->st >= 0)
			set_str(&a->structures[c->st].name, text);
	} else if (!strcmp(name, "services") && c->prov >= 0) {
		set_str(&a->providers[c->prov].services, text);
	} else if (!strcmp(name, "purpose") && c->st >= 0) {
		set_str(&a->structures[c->st].purpose, text);
	} else if (!strcmp(name, "provider")) {
		c->prov = -1;
	} else if (!strcmp(name, "structure")) {
		c->st = -1;
	} else if (!strcmp(name, "holder") && c->role >= 0) {
		as_role *r = &a->roles[c->role];
		r->holders = xgrow(r->holders, &r->capholders, r->nholders + 1, sizeof *r->holders);
		r->holders[r->nholders].raci = c->holder_raci;
		r->holders[r->nholders].party = xstrdup(text);
		r->nholders++;
	} else if (!strcmp(name, "role")) {
		c->role = -1;
	}
	return 0;
}

static const xl_doc assess_doc = {
	.schema = "schema/assessment.rng",
	.ns = STORE_NS,
	.root = "assessment",
	.version = "1",
	.what = N_("assessment"),
};

static const xl_limits assess_limits = {
	.max_depth = 8,
	.max_elements = 4000000,
	.max_text = ASSESS_MAX_TEXT,
};

assessment *
store_parse(const char *buf, size_t len, const kb *k, diag_list *d)
{
	assessment *a = assess_new(k, "");
	sctx c = {.a = a, .item = -1, .ev = -1, .prov = -1, .st = -1, .role = -1, .judg = -1};
	static const xl_handler h = {a_start, a_end};
	xl_doc desc = assess_doc;
	desc.what = _(assess_doc.what);

	free(a->kb_revision);
	a->kb_revision = NULL;
	if (xl_parse(buf, len, &desc, &assess_limits, &h, &c, d) != 0) {
		assess_free(&a);
		return NULL;
	}
	assess_check(a, d);
	if (diag_count(d, DIAG_ERROR)) {
		assess_free(&a);
		return NULL;
	}
	a->changes = 0;
	return a;
}

assessment *
store_load(const char *path, const kb *k, diag_list *d, file_stamp *stamp)
{
	char *buf = NULL, *err = NULL;
	size_t len;
	if (fileio_read(path, STORE_MAX_FILE, &buf, &len, stamp, &err) != 0) {
		diag_add(d, DIAG_ERROR, 0, "%s", err);
		free(err);
		return NULL;
	}
	assessment *a = store_parse(buf, len, k, d);
	free(buf);
	if (!a)
		errno = 0;	/* read fine: the content is what failed */
	return a;
}

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
	w_end(w);	/* items */
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
	w_end(&w);	/* profile */

	write_processes(&w, a);
	write_items(&w, a);
	write_judgements(&w, a);
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
