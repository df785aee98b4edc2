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
	long cp; /* open <checkpoint>, or -1 */
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
start_participant(sctx *c, xl_ctx *x)
{
	assessment *a = c->a;
	const char *name = xl_attr_req(x, "participant", "name");
	if (!name)
		return -1;
	a->participants = xgrow(a->participants, &a->capparticipants, a->nparticipants + 1, sizeof *a->participants);
	as_participant *p = &a->participants[a->nparticipants++];
	memset(p, 0, sizeof *p);
	p->name = xstrdup(name);
	p->organization = dup_or_null(xl_attr(x, "organization"));
	p->role = dup_or_null(xl_attr(x, "role"));
	const char *l = xl_attr(x, "layer");
	int lb = l ? kb_parse_layer(l) : 0;
	p->layer = lb > 0 ? (unsigned)lb : 0;
	return 0;
}

/* A stage number of the file (1 to ASSESS_MAX_STAGES, the schema says) as an index. */
static size_t
stage_index(const char *s)
{
	unsigned long n = s ? strtoul(s, NULL, 10) : 0;
	return n >= 1 && n <= ASSESS_MAX_STAGES ? (size_t)(n - 1) : 0;
}

static int
start_timebox(sctx *c, xl_ctx *x)
{
	const char *st = xl_attr_req(x, "timebox", "stage"), *m = xl_attr_req(x, "timebox", "minutes");
	if (!st || !m)
		return -1;
	size_t s = stage_index(st);
	unsigned long min = strtoul(m, NULL, 10);
	if (c->a->timebox[s]) {
		xl_error(x, _("stage %zu has two timeboxes"), s + 1);
		return -1;
	}
	if (!min || min > ASSESS_MAX_TIMEBOX) {
		xl_error(x, _("the timebox of stage %zu must be 1 to %u minutes"), s + 1, ASSESS_MAX_TIMEBOX);
		return -1;
	}
	c->a->timebox[s] = (unsigned)min;
	return 0;
}

static int
start_checkpoint(sctx *c, xl_ctx *x)
{
	assessment *a = c->a;
	const char *st = xl_attr_req(x, "checkpoint", "stage"), *it = xl_attr_req(x, "checkpoint", "iteration");
	const char *dec = xl_attr_req(x, "checkpoint", "decision"), *date = xl_attr_req(x, "checkpoint", "date");
	if (!st || !it || !dec || !date)
		return -1;
	a->checkpoints = xgrow(a->checkpoints, &a->capcheckpoints, a->ncheckpoints + 1, sizeof *a->checkpoints);
	as_checkpoint *cp = &a->checkpoints[a->ncheckpoints];
	memset(cp, 0, sizeof *cp);
	c->cp = (long)a->ncheckpoints++;
	cp->line = xl_line(x);
	cp->stage = stage_index(st);
	unsigned long n = strtoul(it, NULL, 10);
	cp->iteration = n > 0 && n <= 999999 ? (unsigned)n : 0;
	int d = as_parse_decision(dec);
	cp->decision = d < 0 ? DECISION_PROCEED : (as_decision)d;
	const char *ret = xl_attr(x, "return-to");
	if ((ret != NULL) != (cp->decision == DECISION_RETURN)) {
		xl_error(x, _("a checkpoint has return-to exactly when its decision is \"%s\""),
			 as_decision_name(DECISION_RETURN));
		return -1;
	}
	cp->return_to = ret ? stage_index(ret) : 0;
	if (!util_valid_date(date)) {
		xl_error(x, _("checkpoint date \"%s\" is not a valid date"), date);
		return -1;
	}
	strcpy(cp->date, date);
	return 0;
}

static int
start_present(sctx *c, xl_ctx *x)
{
	const char *name = xl_attr_req(x, "present", "name");
	if (!name)
		return -1;
	as_checkpoint *cp = &c->a->checkpoints[c->cp];
	/* Doubling, so that a checkpoint listing many names costs no more
	 * than the names themselves. */
	size_t n = cp->npresent;
	if (!(n & (n - 1)))
		cp->present = xrealloc(cp->present, (n ? 2 * n : 1) * sizeof *cp->present);
	cp->present[cp->npresent++] = xstrdup(name);
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
	} else if (!strcmp(name, "participant")) {
		return start_participant(c, x);
	} else if (!strcmp(name, "timebox")) {
		return start_timebox(c, x);
	} else if (!strcmp(name, "checkpoint")) {
		return start_checkpoint(c, x);
	} else if (!strcmp(name, "present") && c->cp >= 0) {
		return start_present(c, x);
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
	if (c->cp >= 0) {
		as_checkpoint *cp = &a->checkpoints[c->cp];
		if (!strcmp(name, "checkpoint"))
			c->cp = -1;
		else if (!strcmp(name, "risks"))
			set_str(&cp->risks, text);
		else if (!strcmp(name, "issues"))
			set_str(&cp->issues, text);
		else if (!strcmp(name, "notes"))
			set_str(&cp->notes, text);
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
	sctx c = {.a = a, .item = -1, .ev = -1, .prov = -1, .st = -1, .role = -1, .judg = -1, .cp = -1};
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
