/* kb_parse.c - reading knowledge-base sources into the model.
 *
 * Each source is streamed through the hardened loader; the handlers below
 * fill the model as elements open and close.  Nothing is cross-checked
 * here: kb_resolve does that once every source is in. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "kb_int.h"
#include "xmlload.h"

enum ent {
	E_NONE,
	E_STAGE,
	E_ITEM,
	E_CLAUSE,
	E_DOC,
	E_ENTRY,
	E_NEED
};

typedef struct kctx {
	kb *k;
	size_t src; /* index of the source being read */
	int sec; /* kb_section of the enclosing reference section, or -1 */
	enum ent ent;
	size_t ei; /* index of the entity being filled */
	size_t stage; /* index of the enclosing stage */
	kb_text *field; /* text field receiving <t> children */
	char *lang; /* xml:lang of the open <t> */
} kctx;

static const struct {
	const char *section, *entry;
} sections[KB_NSECTIONS] = {
	[KB_PRACTICE] = {"practices", "practice"},
	[KB_LAYER] = {"layers", "layer"},
	[KB_MODEL] = {"models", "model"},
	[KB_START] = {"starting-points", "start"},
	[KB_ROLE] = {"roles", "role"},
	[KB_STRUCTURE] = {"structures", "structure"},
	[KB_PROCESS] = {"processes", "process"},
	[KB_TERM] = {"glossary", "term"},
};

static unsigned
parse_mask(const char *s, const char *const *names, size_t n)
{
	unsigned m = 0;
	for (size_t i = 0; i < n; i++)
		if (s && util_word_in(s, names[i]))
			m |= 1u << i;
	return m;
}
static char *
dup_attr(xl_ctx *x, const char *name)
{
	const char *v = xl_attr(x, name);
	return v ? xstrdup(v) : NULL;
}

static kb_entry *
cur_entry(kctx *c)
{
	return &c->k->entries[c->sec][c->ei];
}

/* Which text field an element opens, given the entity being filled. */
static kb_text *
field_for(kctx *c, const char *name)
{
	kb *k = c->k;
	switch (c->ent) {
	case E_ITEM: {
		kb_item *it = &k->items[c->ei];
		if (!strcmp(name, "title"))
			return &it->title;
		if (!strcmp(name, "description"))
			return &it->description;
		if (!strcmp(name, "why"))
			return &it->why;
		if (!strcmp(name, "question"))
			return kb_textlist_add(&it->questions);
		if (!strcmp(name, "evidence"))
			return kb_textlist_add(&it->evidence);
		break;
	}
	case E_STAGE: {
		kb_stage *st = &k->stages[c->ei];
		if (!strcmp(name, "title"))
			return &st->title;
		if (!strcmp(name, "purpose"))
			return &st->purpose;
		if (!strcmp(name, "trigger"))
			return &st->trigger;
		if (!strcmp(name, "checkpoint"))
			return &st->checkpoint;
		if (!strcmp(name, "objective"))
			return kb_textlist_add(&st->objectives);
		if (!strcmp(name, "activity"))
			return kb_textlist_add(&st->activities);
		break;
	}
	case E_CLAUSE:
		if (!strcmp(name, "title"))
			return &k->clauses[c->ei].title;
		if (!strcmp(name, "summary"))
			return &k->clauses[c->ei].summary;
		break;
	case E_DOC:
		if (!strcmp(name, "title"))
			return &k->docs[c->ei].title;
		if (!strcmp(name, "summary"))
			return &k->docs[c->ei].summary;
		break;
	case E_ENTRY: {
		if (c->sec < 0)
			break;
		kb_entry *e = cur_entry(c);
		if (!strcmp(name, "title") || !strcmp(name, "name"))
			return &e->title;
		if (!strcmp(name, "summary") || !strcmp(name, "definition"))
			return &e->summary;
		if (!strcmp(name, "tradeoff") || !strcmp(name, "iso-term"))
			return &e->extra;
		if (!strcmp(name, "strength") || !strcmp(name, "check") || !strcmp(name, "example"))
			return kb_textlist_add(&e->list1);
		if (!strcmp(name, "risk"))
			return kb_textlist_add(&e->list2);
		break;
	}
	case E_NEED:
		if (!strcmp(name, "need"))
			return &k->needs[c->ei].why;
		break;
	case E_NONE:
		break;
	}
	return NULL;
}

/* A section's entry: <role>, <model>, <term>... under its section. */
static void
open_entry(kctx *c, xl_ctx *x, int s)
{
	kb *k = c->k;
	PUSH(&k->entries[s], &k->nentries[s], &k->capentries[s]);
	c->ent = E_ENTRY;
	c->ei = k->nentries[s] - 1;
	kb_entry *e = cur_entry(c);
	e->id = dup_attr(x, "id");
	e->line = xl_line(x);
	e->src = c->src;
	const char *a = s == KB_ROLE        ? "layer"
			: s == KB_STRUCTURE ? "kind"
			: s == KB_PROCESS   ? "clauses"
			: s == KB_START     ? "items"
					    : NULL;
	if (a)
		e->attr = dup_attr(x, a);
}

static void
open_clause(kctx *c, xl_ctx *x)
{
	kb *k = c->k;
	PUSH(&k->clauses, &k->nclauses, &k->capclauses);
	c->ent = E_CLAUSE;
	c->ei = k->nclauses - 1;
	k->clauses[c->ei].id = dup_attr(x, "id");
	k->clauses[c->ei].line = xl_line(x);
	k->clauses[c->ei].src = c->src;
}

static void
open_doc(kctx *c, xl_ctx *x, bool record)
{
	kb *k = c->k;
	PUSH(&k->docs, &k->ndocs, &k->capdocs);
	c->ent = E_DOC;
	c->ei = k->ndocs - 1;
	kb_doc *dc = &k->docs[c->ei];
	dc->id = dup_attr(x, "id");
	dc->line = xl_line(x);
	dc->src = c->src;
	dc->record = record;
	dc->letter = dup_attr(x, "letter");
	dc->clauses = dup_attr(x, "clauses");
}

static void
open_stage(kctx *c, xl_ctx *x)
{
	kb *k = c->k;
	PUSH(&k->stages, &k->nstages, &k->capstages);
	c->ent = E_STAGE;
	c->stage = c->ei = k->nstages - 1;
	kb_stage *st = &k->stages[c->ei];
	st->id = dup_attr(x, "id");
	st->line = xl_line(x);
	st->src = c->src;
	const char *n = xl_attr(x, "number");
	st->number = n ? atoi(n) : 0;
	st->source = dup_attr(x, "source");
}

static void
open_item(kctx *c, xl_ctx *x)
{
	kb *k = c->k;
	PUSH(&k->items, &k->nitems, &k->capitems);
	c->ent = E_ITEM;
	c->ei = k->nitems - 1;
	kb_item *it = &k->items[c->ei];
	it->id = dup_attr(x, "id");
	it->line = xl_line(x);
	it->src = c->src;
	it->stage = c->stage;
	const char *kind = xl_attr(x, "kind");
	it->output = kind && !strcmp(kind, "output");
	it->layers = parse_mask(xl_attr(x, "layers"), kb_layer_names, 3);
	it->practices = parse_mask(xl_attr(x, "practices"), kb_practice_names, 4);
	it->feeds = dup_attr(x, "feeds");
	it->same_as = dup_attr(x, "same-as");
	it->source = dup_attr(x, "source");
	it->concerns = dup_attr(x, "concerns");
	kb_stage *st = &k->stages[c->stage];
	PUSH(&st->items, &st->nitems, &st->capitems);
	st->items[st->nitems - 1] = c->ei;
}

/* <supports> of the open item: the link, whose rationale is a text field. */
static void
open_link(kctx *c, xl_ctx *x)
{
	kb *k = c->k;
	PUSH(&k->links, &k->nlinks, &k->caplinks);
	kb_link *l = &k->links[k->nlinks - 1];
	l->item = c->ei;
	l->clause_id = dup_attr(x, "clause");
	const char *r = xl_attr(x, "relation");
	for (int i = 0; i < 4; i++)
		if (r && !strcmp(r, kb_rel_names[i]))
			l->rel = (kb_relation)i;
	const char *role = xl_attr(x, "role");
	l->has_role = role != NULL;
	l->role = role && !strcmp(role, "primary") ? ROLE_PRIMARY : ROLE_SUPPORTING;
	kb_item *it = &k->items[c->ei];
	PUSH(&it->links, &it->nlinks, &it->caplinks);
	it->links[it->nlinks - 1] = k->nlinks - 1;
	c->field = &l->rationale;
}

static void
open_need(kctx *c, xl_ctx *x)
{
	kb *k = c->k;
	PUSH(&k->needs, &k->nneeds, &k->capneeds);
	c->ent = E_NEED;
	c->ei = k->nneeds - 1;
	kb_need *nd = &k->needs[c->ei];
	const char *r = xl_attr(x, "rule");
	nd->rule = r ? atoi(r) : 0;
	nd->item = dup_attr(x, "item");
	nd->start = dup_attr(x, "start");
	nd->reference = dup_attr(x, "reference");
	nd->line = xl_line(x);
	nd->src = c->src;
}

/* The language of a <t> or <avoid> that opens. */
static void
open_lang(kctx *c, xl_ctx *x)
{
	free(c->lang);
	const char *l = xl_lang(x);
	c->lang = xstrdup(l ? l : "en");
}

/* A section or one of its entries; false when name is neither. */
static bool
open_section(kctx *c, xl_ctx *x, const char *name)
{
	for (int s = 0; s < KB_NSECTIONS; s++) {
		if (!strcmp(name, sections[s].section)) {
			c->sec = s;
			return true;
		}
		if (c->sec == s && !strcmp(name, sections[s].entry)) {
			open_entry(c, x, s);
			return true;
		}
	}
	return false;
}

static int
on_start(void *ud, xl_ctx *x, const char *name, int depth)
{
	kctx *c = ud;
	kb *k = c->k;
	(void)depth;

	if (!strcmp(name, "kb")) {
		const char *rev = xl_attr(x, "revision");
		if (rev && !k->revision)
			k->revision = xstrdup(rev);
		return 0;
	}
	if (!strcmp(name, "t")) {
		open_lang(c, x);
		return 0;
	}
	/* A text field holds only <t>: anything else closes it, so that no
	 * pointer into a growing array outlives the element it belongs to. */
	c->field = NULL;
	if (!strcmp(name, "item") && c->ent != E_STAGE) {
		xl_error(x, _("<item> outside a <stage>"));
		return -1;
	}
	if (open_section(c, x, name))
		return 0;
	if (!strcmp(name, "clause"))
		open_clause(c, x);
	else if (!strcmp(name, "document") || !strcmp(name, "record"))
		open_doc(c, x, name[0] == 'r');
	else if (!strcmp(name, "stage"))
		open_stage(c, x);
	else if (!strcmp(name, "item"))
		open_item(c, x);
	else if (!strcmp(name, "supports") && c->ent == E_ITEM)
		open_link(c, x);
	else if (!strcmp(name, "produces") && c->ent == E_ITEM) {
		kb_item *it = &k->items[c->ei];
		PUSH(&it->produces, &it->nproduces, &it->capproduces);
		it->produces[it->nproduces - 1] = dup_attr(x, "ref");
	} else if (!strcmp(name, "avoid") && c->ent == E_ENTRY && c->sec == KB_TERM) {
		open_lang(c, x);
	} else {
		/* <need> is also its own text field (its reason). */
		if (!strcmp(name, "need"))
			open_need(c, x);
		kb_text *f = field_for(c, name);
		if (f)
			c->field = f;
	}
	return 0;
}

/* Languages are few: a list searched in full costs nothing. */
static void
note_lang(kb *k, const char *lang)
{
	for (size_t i = 0; i < k->nlangs; i++)
		if (!strcmp(k->langs[i], lang))
			return;
	k->langs = xgrow(k->langs, &k->caplangs, k->nlangs + 1, sizeof *k->langs);
	k->langs[k->nlangs++] = xstrdup(lang);
}

static int
on_end(void *ud, xl_ctx *x, const char *name, const char *text, size_t len, int depth)
{
	kctx *c = ud;
	(void)depth;
	(void)len;
	if (strcmp(name, "t") != 0)
		c->field = NULL;
	if (!strcmp(name, "avoid") && c->ent == E_ENTRY && c->sec == KB_TERM) {
		kb_text *t = kb_textlist_add(&cur_entry(c)->avoid);
		t->lang = xcalloc(1, sizeof *t->lang);
		t->s = xcalloc(1, sizeof *t->s);
		t->lang[0] = c->lang;
		t->s[0] = xstrdup(text);
		t->n = 1;
		c->lang = NULL;
		return 0;
	}
	if (!strcmp(name, "t")) {
		kb_text *t = c->field;
		if (!t) {
			xl_error(x, _("text outside a text field"));
			return -1;
		}
		if (kb_text_in(t, c->lang)) {
			xl_error(x, _("two texts in language \"%s\" for the same field"), c->lang);
			return -1;
		}
		t->lang = xrealloc(t->lang, (t->n + 1) * sizeof *t->lang);
		t->s = xrealloc(t->s, (t->n + 1) * sizeof *t->s);
		t->lang[t->n] = c->lang;
		t->s[t->n] = xstrdup(text);
		t->n++;
		note_lang(c->k, t->lang[t->n - 1]);
		c->lang = NULL;
		return 0;
	}
	if (!strcmp(name, "item")) {
		c->ent = E_STAGE;
		c->ei = c->stage;
	} else if (!strcmp(name, "stage") || !strcmp(name, "clause") || !strcmp(name, "document") ||
		   !strcmp(name, "record") || !strcmp(name, "need")) {
		c->ent = E_NONE;
	} else if (c->sec >= 0 && !strcmp(name, sections[c->sec].entry)) {
		c->ent = E_NONE;
	} else if (c->sec >= 0 && !strcmp(name, sections[c->sec].section)) {
		c->sec = -1;
		c->ent = E_NONE;
	}
	return 0;
}

static const xl_doc kb_doc_desc = {
	.schema = "schema/kb.rng",
	.ns = "urn:siamwiz:kb:1",
	.root = "kb",
	.version = "1",
	.what = N_("knowledge base"),
};

static const xl_limits kb_limits = {
	.max_depth = 16,
	.max_elements = 500000,
	.max_text = 16384,
};

int
kb_parse_sources(kb *k, const kb_source *src, size_t nsrc, diag_list *d)
{
	static const xl_handler h = {on_start, on_end};
	kctx c = {.k = k, .sec = -1};
	int failed = 0;
	xl_doc desc = kb_doc_desc;
	desc.what = _(kb_doc_desc.what);

	for (size_t i = 0; i < nsrc; i++) {
		diag_list one;
		c.src = i;
		diag_init(&one, src[i].name);
		c.ent = E_NONE;
		c.sec = -1;
		c.field = NULL;
		if (xl_parse(src[i].data, src[i].len, &desc, &kb_limits, &h, &c, &one) != 0)
			failed = 1;
		/* Several files feed one list: keep the file name in each line. */
		for (size_t j = 0; j < one.n; j++) {
			if (one.v[j].line > 0)
				diag_add(d, one.v[j].level, 0, "%s:%ld: %s", src[i].name, one.v[j].line, one.v[j].msg);
			else
				diag_add(d, one.v[j].level, 0, "%s: %s", src[i].name, one.v[j].msg);
		}
		d->dropped[0] += one.dropped[0];
		d->dropped[1] += one.dropped[1];
		diag_free(&one);
	}
	free(c.lang);
	return failed;
}
