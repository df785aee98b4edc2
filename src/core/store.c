/* store.c - reading .siam.xml files.
 *
 * Reading goes through xmlload (hardened, validating, streaming); the
 * handlers below fill the model.  Writing is in store_write.c. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store.h"
#include "xmlload.h"

/* Indices, not pointers: the arrays grow while the file is read. */
typedef struct sctx {
	assessment *a;
	int in_items, in_processes;
	long item; /* index of the open <item>, or -1 */
	long ev; /* index of the open <evidence> in it, or -1 */
	long prov, st, role; /* open register entries, or -1 */
	long judg; /* open <judgement>, or -1 */
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
start_item(sctx *c, xl_ctx *x, const char *name)
{
	assessment *a = c->a;
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
	return 0;
}

static int
start_evidence(sctx *c, xl_ctx *x)
{
	assessment *a = c->a;
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
	return 0;
}

static int
start_provider(sctx *c, xl_ctx *x)
{
	assessment *a = c->a;
	a->providers = xgrow(a->providers, &a->capproviders, a->nproviders + 1, sizeof *a->providers);
	as_provider *p = &a->providers[a->nproviders];
	memset(p, 0, sizeof *p);
	p->name = xstrdup("");
	c->prov = (long)a->nproviders++;
	const char *t = xl_attr(x, "type");
	p->internal = t && !strcmp(t, "internal");
	int cr = as_parse_criticality(xl_attr(x, "criticality"));
	p->criticality = cr > 0 ? (as_criticality)cr : CRIT_NONE;
	return 0;
}

static int
start_structure(sctx *c, xl_ctx *x)
{
	assessment *a = c->a;
	a->structures = xgrow(a->structures, &a->capstructures, a->nstructures + 1, sizeof *a->structures);
	as_structure *st = &a->structures[a->nstructures];
	memset(st, 0, sizeof *st);
	st->name = xstrdup("");
	c->st = (long)a->nstructures++;
	int k = as_parse_structkind(xl_attr(x, "kind"));
	st->kind = k < 0 ? STRUCT_BOARD : (as_structkind)k;
	st->layers = layers_mask(xl_attr(x, "layers"));
	return 0;
}

static int
start_role(sctx *c, xl_ctx *x, const char *name)
{
	assessment *a = c->a;
	const char *ref = xl_attr_req(x, name, "ref");
	if (!ref)
		return -1;
	a->roles = xgrow(a->roles, &a->caproles, a->nroles + 1, sizeof *a->roles);
	as_role *r = &a->roles[a->nroles];
	memset(r, 0, sizeof *r);
	r->ref = xstrdup(ref);
	c->role = (long)a->nroles++;
	return 0;
}

static int
start_process(sctx *c, xl_ctx *x, const char *name)
{
	assessment *a = c->a;
	const char *ref = xl_attr_req(x, name, "ref");
	if (!ref)
		return -1;
	a->processes = xgrow(a->processes, &a->capprocesses, a->nprocesses + 1, sizeof *a->processes);
	as_process *p = &a->processes[a->nprocesses++];
	memset(p, 0, sizeof *p);
	p->ref = xstrdup(ref);
	for (int r = 0; r < RACI_COUNT; r++)
		p->raci[r] = layers_mask(xl_attr(x, as_raci_name((as_raci)r)));
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
		return start_item(c, x, name);
	} else if (!strcmp(name, "evidence") && c->item >= 0) {
		return start_evidence(c, x);
	} else if (!strcmp(name, "judgements")) {
		const char *n = xl_attr(x, "last-nc"), *o = xl_attr(x, "last-ofi");
		a->last_nc = n ? strtoul(n, NULL, 10) : 0;
		a->last_ofi = o ? strtoul(o, NULL, 10) : 0;
	} else if (!strcmp(name, "judgement")) {
		return start_judgement(c, x);
	} else if (!strcmp(name, "provider") && !c->in_items) {
		return start_provider(c, x);
	} else if (!strcmp(name, "structure")) {
		return start_structure(c, x);
	} else if (!strcmp(name, "role")) {
		return start_role(c, x, name);
	} else if (!strcmp(name, "holder")) {
		int r = as_parse_raci(xl_attr(x, "raci"));
		c->holder_raci = r < 0 ? RACI_I : (as_raci)r;
	} else if (!strcmp(name, "process") && c->in_processes) {
		return start_process(c, x, name);
	}
	return 0;
}

/* The end of an element inside <item>. */
static void
end_in_item(sctx *c, const char *name, const char *text)
{
	as_item *it = &c->a->items[c->item];
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
}

/* The end of an element inside <judgement>. */
static void
end_in_judgement(sctx *c, const char *name, const char *text)
{
	as_judgement *j = &c->a->judgements[c->judg];
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
}

static int
a_end(void *ud, xl_ctx *x, const char *name, const char *text, size_t len, int depth)
{
	sctx *c = ud;
	assessment *a = c->a;
	(void)len;
	(void)depth;

	if (c->item >= 0) {
		end_in_item(c, name, text);
		return 0;
	}
	if (c->judg >= 0) {
		end_in_judgement(c, name, text);
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
		errno = 0; /* read fine: the content is what failed */
	return a;
}
