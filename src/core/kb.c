/* kb.c - loading, merging and resolving the knowledge base.
 *
 * Each source is streamed through the hardened loader; the handlers below
 * fill the model.  Cross references are resolved only once every source is
 * in, so that a knowledge base may be split over several files. */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "fileio.h"
#include "i18n.h"
#include "kb.h"
#include "xmlload.h"

#define KB_MAX_FILE (8u << 20)

enum ent { E_NONE, E_STAGE, E_ITEM, E_CLAUSE, E_DOC, E_ENTRY, E_NEED };

typedef struct kctx {
	kb *k;
	size_t src;		/* index of the source being read */
	int sec;		/* kb_section of the enclosing reference section, or -1 */
	enum ent ent;
	size_t ei;		/* index of the entity being filled */
	size_t stage;		/* index of the enclosing stage */
	kb_text *field;		/* text field receiving <t> children */
	char *lang;		/* xml:lang of the open <t> */
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

static char *lang_pref;

void
kb_set_lang(const char *lang)
{
	free(lang_pref);
	lang_pref = NULL;
	if (lang && *lang && strcmp(lang, "C") != 0 && strcmp(lang, "POSIX") != 0)
		lang_pref = xstrdup(lang);
}

const char *
kb_get_lang(void)
{
	return lang_pref ? lang_pref : "en";
}

const char *
kb_text_in(const kb_text *t, const char *lang)
{
	for (size_t i = 0; i < t->n; i++)
		if (strcmp(t->lang[i], lang) == 0)
			return t->s[i];
	return NULL;
}

const char *
kb_tr(const kb_text *t)
{
	const char *s;
	if (t->n == 0)
		return "";
	if (lang_pref) {
		if ((s = kb_text_in(t, lang_pref)))
			return s;
		/* "fr_CA.UTF-8" falls back to "fr". */
		size_t l = strcspn(lang_pref, "_.@-");
		for (size_t i = 0; i < t->n; i++)
			if (strlen(t->lang[i]) == l && strncmp(t->lang[i], lang_pref, l) == 0)
				return t->s[i];
	}
	if ((s = kb_text_in(t, "en")))
		return s;
	return t->s[0];
}

static void
text_free(kb_text *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->lang[i]);
		free(t->s[i]);
	}
	free(t->lang);
	free(t->s);
	memset(t, 0, sizeof *t);
}

static void
textlist_free(kb_textlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		text_free(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

static kb_text *
textlist_add(kb_textlist *l)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	memset(&l->v[l->n], 0, sizeof l->v[0]);
	return &l->v[l->n++];
}

#define PUSH(arr, n, cap) (*(arr) = xgrow(*(arr), (cap), *(n) + 1, sizeof **(arr)), \
	memset(&(*(arr))[*(n)], 0, sizeof **(arr)), (*(n))++)

static unsigned
parse_mask(const char *s, const char *const *names, size_t n)
{
	unsigned m = 0;
	for (size_t i = 0; i < n; i++)
		if (s && util_word_in(s, names[i]))
			m |= 1u << i;
	return m;
}

static const char *const layer_names[] = {"customer", "integrator", "provider"};
static const char *const practice_names[] = {"people", "process", "measurement", "technology"};
static const char *const rel_names[] = {"equal", "subset-of", "superset-of", "intersects-with"};
static const char *const role_names[] = {"supporting", "primary"};
static const char *const role_labels[] = {N_("supporting"), N_("primary")};

const char *kb_role_name(kb_role r) { return role_names[r]; }
const char *kb_role_label(kb_role r) { return _(role_labels[r]); }

const char *
kb_relation_name(kb_relation r)
{
	return rel_names[r];
}

const char *
kb_layer_name(unsigned bit)
{
	for (unsigned i = 0; i < 3; i++)
		if (bit == 1u << i)
			return layer_names[i];
	return "";
}

int
kb_parse_layer(const char *s)
{
	for (unsigned i = 0; i < 3; i++)
		if (strcmp(s, layer_names[i]) == 0)
			return 1 << i;
	return -1;
}

static char *
mask_string(unsigned mask, const char *const *names, size_t n)
{
	strbuf b;
	sb_init(&b);
	for (size_t i = 0; i < n; i++)
		if (mask & (1u << i)) {
			if (b.len)
				sb_addc(&b, ' ');
			sb_add(&b, names[i]);
		}
	return sb_steal(&b);
}

char *
kb_layers_label(unsigned mask)
{
	static const char *const labels[] = {N_("customer"), N_("integrator"), N_("provider")};
	strbuf b;
	sb_init(&b);
	for (unsigned i = 0; i < 3; i++)
		if (mask & (1u << i)) {
			if (b.len)
				sb_add(&b, ", ");
			sb_add(&b, _(labels[i]));
		}
	return sb_steal(&b);
}

char *
kb_layers_string(unsigned mask)
{
	return mask_string(mask, layer_names, 3);
}

char *
kb_practices_string(unsigned mask)
{
	return mask_string(mask, practice_names, 4);
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
			return textlist_add(&it->questions);
		if (!strcmp(name, "evidence"))
			return textlist_add(&it->evidence);
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
			return textlist_add(&st->objectives);
		if (!strcmp(name, "activity"))
			return textlist_add(&st->activities);
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
			return textlist_add(&e->list1);
		if (!strcmp(name, "risk"))
			return textlist_add(&e->list2);
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
		free(c->lang);
		const char *l = xl_lang(x);
		c->lang = xstrdup(l ? l : "en");
		return 0;
	}
	/* A text field holds only <t>: anything else closes it, so that no
	 * pointer into a growing array outlives the element it belongs to. */
	c->field = NULL;
	if (!strcmp(name, "item") && c->ent != E_STAGE) {
		xl_error(x, _("<item> outside a <stage>"));
		return -1;
	}
	for (int s = 0; s < KB_NSECTIONS; s++) {
		if (!strcmp(name, sections[s].section)) {
			c->sec = s;
			return 0;
		}
		if (c->sec == s && !strcmp(name, sections[s].entry)) {
			PUSH(&k->entries[s], &k->nentries[s], &k->capentries[s]);
			c->ent = E_ENTRY;
			c->ei = k->nentries[s] - 1;
			kb_entry *e = cur_entry(c);
			e->id = dup_attr(x, "id");
			e->line = xl_line(x);
			e->src = c->src;
			const char *a = s == KB_ROLE ? "layer" : s == KB_STRUCTURE ? "kind" :
					s == KB_PROCESS ? "clauses" : s == KB_START ? "items" : NULL;
			if (a)
				e->attr = dup_attr(x, a);
			return 0;
		}
	}
	if (!strcmp(name, "clause")) {
		PUSH(&k->clauses, &k->nclauses, &k->capclauses);
		c->ent = E_CLAUSE;
		c->ei = k->nclauses - 1;
		k->clauses[c->ei].id = dup_attr(x, "id");
		k->clauses[c->ei].line = xl_line(x);
		k->clauses[c->ei].src = c->src;
		return 0;
	}
	if (!strcmp(name, "document") || !strcmp(name, "record")) {
		PUSH(&k->docs, &k->ndocs, &k->capdocs);
		c->ent = E_DOC;
		c->ei = k->ndocs - 1;
		kb_doc *dc = &k->docs[c->ei];
		dc->id = dup_attr(x, "id");
		dc->line = xl_line(x);
		dc->src = c->src;
		dc->record = name[0] == 'r';
		dc->letter = dup_attr(x, "letter");
		dc->clauses = dup_attr(x, "clauses");
		return 0;
	}
	if (!strcmp(name, "stage")) {
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
		return 0;
	}
	if (!strcmp(name, "item")) {
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
		it->layers = parse_mask(xl_attr(x, "layers"), layer_names, 3);
		it->practices = parse_mask(xl_attr(x, "practices"), practice_names, 4);
		it->feeds = dup_attr(x, "feeds");
		it->same_as = dup_attr(x, "same-as");
		it->source = dup_attr(x, "source");
		it->concerns = dup_attr(x, "concerns");
		kb_stage *st = &k->stages[c->stage];
		PUSH(&st->items, &st->nitems, &st->capitems);
		st->items[st->nitems - 1] = c->ei;
		return 0;
	}
	if (!strcmp(name, "supports") && c->ent == E_ITEM) {
		PUSH(&k->links, &k->nlinks, &k->caplinks);
		kb_link *l = &k->links[k->nlinks - 1];
		l->item = c->ei;
		l->clause_id = dup_attr(x, "clause");
		const char *r = xl_attr(x, "relation");
		for (int i = 0; i < 4; i++)
			if (r && !strcmp(r, rel_names[i]))
				l->rel = (kb_relation)i;
		const char *role = xl_attr(x, "role");
		l->has_role = role != NULL;
		l->role = role && !strcmp(role, "primary") ? ROLE_PRIMARY : ROLE_SUPPORTING;
		kb_item *it = &k->items[c->ei];
		PUSH(&it->links, &it->nlinks, &it->caplinks);
		it->links[it->nlinks - 1] = k->nlinks - 1;
		c->field = &l->rationale;
		return 0;
	}
	if (!strcmp(name, "produces") && c->ent == E_ITEM) {
		kb_item *it = &k->items[c->ei];
		PUSH(&it->produces, &it->nproduces, &it->capproduces);
		it->produces[it->nproduces - 1] = dup_attr(x, "ref");
		return 0;
	}
	if (!strcmp(name, "need")) {
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
	if (!strcmp(name, "avoid") && c->ent == E_ENTRY && c->sec == KB_TERM) {
		free(c->lang);
		const char *l = xl_lang(x);
		c->lang = xstrdup(l ? l : "en");
		return 0;
	}
	kb_text *f = field_for(c, name);
	if (f)
		c->field = f;
	return 0;
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
		kb_text *t = textlist_add(&cur_entry(c)->avoid);
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

static void
entry_free(kb_entry *e)
{
	free(e->id);
	free(e->attr);
	text_free(&e->title);
	text_free(&e->summary);
	text_free(&e->extra);
	textlist_free(&e->list1);
	textlist_free(&e->list2);
	textlist_free(&e->avoid);
}

void
kb_free(kb **kp)
{
	kb *k = *kp;
	if (!k)
		return;
	for (size_t i = 0; i < k->nstages; i++) {
		kb_stage *s = &k->stages[i];
		free(s->id);
		text_free(&s->title);
		text_free(&s->purpose);
		text_free(&s->trigger);
		text_free(&s->checkpoint);
		textlist_free(&s->objectives);
		textlist_free(&s->activities);
		free(s->source);
		free(s->items);
	}
	for (size_t i = 0; i < k->nitems; i++) {
		kb_item *it = &k->items[i];
		free(it->id);
		free(it->feeds);
		free(it->same_as);
		free(it->source);
		free(it->concerns);
		text_free(&it->title);
		text_free(&it->description);
		text_free(&it->why);
		textlist_free(&it->questions);
		textlist_free(&it->evidence);
		free(it->links);
		for (size_t j = 0; j < it->nproduces; j++)
			free(it->produces[j]);
		free(it->produces);
	}
	for (size_t i = 0; i < k->nclauses; i++) {
		kb_clause *cl = &k->clauses[i];
		free(cl->id);
		text_free(&cl->title);
		text_free(&cl->summary);
		free(cl->links);
		free(cl->children);
	}
	for (size_t i = 0; i < k->nlinks; i++) {
		free(k->links[i].clause_id);
		text_free(&k->links[i].rationale);
	}
	for (size_t i = 0; i < k->ndocs; i++) {
		kb_doc *dc = &k->docs[i];
		free(dc->id);
		free(dc->letter);
		free(dc->clauses);
		text_free(&dc->title);
		text_free(&dc->summary);
		free(dc->producers);
	}
	for (int s = 0; s < KB_NSECTIONS; s++) {
		for (size_t i = 0; i < k->nentries[s]; i++)
			entry_free(&k->entries[s][i]);
		free(k->entries[s]);
	}
	for (size_t i = 0; i < k->nneeds; i++) {
		free(k->needs[i].item);
		free(k->needs[i].start);
		free(k->needs[i].reference);
		text_free(&k->needs[i].why);
	}
	free(k->needs);
	free(k->stages);
	free(k->items);
	free(k->clauses);
	free(k->links);
	free(k->docs);
	free(k->revision);
	for (size_t i = 0; i < k->nsources; i++)
		free(k->sources[i]);
	free(k->sources);
	idmap_free(&k->ids);
	free(k);
	*kp = NULL;
}

/* A problem found while resolving, placed at the element it concerns. */
static void kerr(const kb *k, diag_list *d, size_t src, long line, const char *fmt, ...)
	__attribute__((format(__printf__, 5, 6)));

static void
kerr(const kb *k, diag_list *d, size_t src, long line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *m = xvasprintf(fmt, ap);
	va_end(ap);
	if (src < k->nsources)
		diag_add(d, DIAG_ERROR, 0, "%s:%ld: %s", k->sources[src], line, m);
	else
		diag_add(d, DIAG_ERROR, 0, "%s", m);
	free(m);
}

#define KEY(kind, i) (((size_t)(kind) << 24) | (i))

static void
reg(kb *k, const char *id, kb_idkind kind, size_t i, size_t src, long line, diag_list *d)
{
	if (!id)
		return;
	if (!idmap_put(&k->ids, id, KEY(kind, i)))
		kerr(k, d, src, line, _("duplicate ID %s"), id);
}

kb_idkind
kb_lookup(const kb *k, const char *id, size_t *idx)
{
	size_t v;
	if (!idmap_get(&k->ids, id, &v))
		return KB_ID_NONE;
	if (idx)
		*idx = v & 0xffffff;
	return (kb_idkind)(v >> 24);
}

const kb_item *
kb_item_by_id(const kb *k, const char *id)
{
	size_t i;
	return kb_lookup(k, id, &i) == KB_ID_ITEM ? &k->items[i] : NULL;
}

const kb_clause *
kb_clause_by_id(const kb *k, const char *id)
{
	size_t i;
	return kb_lookup(k, id, &i) == KB_ID_CLAUSE ? &k->clauses[i] : NULL;
}

const kb_entry *
kb_entry_by_id(const kb *k, kb_section sec, const char *id)
{
	for (size_t i = 0; i < k->nentries[sec]; i++)
		if (!strcmp(k->entries[sec][i].id, id))
			return &k->entries[sec][i];
	return NULL;
}

/* Every ID in a space-separated list must be of the given kind. */
static void
check_refs(const kb *k, const char *list, kb_idkind want, const char *owner,
	   const char *what, size_t src, long line, diag_list *d)
{
	const char *p = list;
	while (p && *p) {
		size_t l = strcspn(p, " ");
		char *id = xstrndup(p, l);
		if (l && kb_lookup(k, id, NULL) != want)
			kerr(k, d, src, line, _("%s refers to unknown %s %s"), owner, what, id);
		free(id);
		p += l;
		p += strspn(p, " ");
	}
}

static int
cmp_stage(const void *a, const void *b)
{
	return ((const kb_stage *)a)->number - ((const kb_stage *)b)->number;
}

static void
resolve(kb *k, diag_list *d)
{
	/* Stages are sorted by number first: item->stage indices follow. */
	size_t *order = xcalloc(k->nstages, sizeof *order);
	kb_stage *sorted = xcalloc(k->nstages, sizeof *sorted);
	for (size_t i = 0; i < k->nstages; i++)
		sorted[i] = k->stages[i];
	xsort(sorted, k->nstages, sizeof *sorted, cmp_stage);
	for (size_t i = 0; i < k->nstages; i++)
		for (size_t j = 0; j < k->nstages; j++)
			if (sorted[j].id == k->stages[i].id)
				order[i] = j;
	for (size_t i = 0; i < k->nitems; i++)
		k->items[i].stage = order[k->items[i].stage];
	free(k->stages);
	k->stages = sorted;
	free(order);
	for (size_t i = 1; i < k->nstages; i++)
		if (k->stages[i].number == k->stages[i - 1].number)
			kerr(k, d, k->stages[i].src, k->stages[i].line, _("stages %s and %s have the same number %d"),
			     k->stages[i - 1].id, k->stages[i].id, k->stages[i].number);

	for (size_t i = 0; i < k->nstages; i++)
		reg(k, k->stages[i].id, KB_ID_STAGE, i, k->stages[i].src, k->stages[i].line, d);
	for (size_t i = 0; i < k->nitems; i++)
		reg(k, k->items[i].id, KB_ID_ITEM, i, k->items[i].src, k->items[i].line, d);
	for (size_t i = 0; i < k->nclauses; i++)
		reg(k, k->clauses[i].id, KB_ID_CLAUSE, i, k->clauses[i].src, k->clauses[i].line, d);
	for (size_t i = 0; i < k->ndocs; i++)
		reg(k, k->docs[i].id, KB_ID_DOC, i, k->docs[i].src, k->docs[i].line, d);
	for (int s = 0; s < KB_NSECTIONS; s++)
		for (size_t i = 0; i < k->nentries[s]; i++)
			reg(k, k->entries[s][i].id, KB_ID_ENTRY, ((size_t)s << 16) | i,
			    k->entries[s][i].src, k->entries[s][i].line, d);

	for (size_t i = 0; i < k->nclauses; i++) {
		kb_clause *cl = &k->clauses[i];
		const char *dot = strrchr(cl->id, '.');
		cl->parent = -1;
		cl->depth = 0;
		if (!dot)
			continue;
		char *pid = xstrndup(cl->id, (size_t)(dot - cl->id));
		size_t p;
		if (kb_lookup(k, pid, &p) == KB_ID_CLAUSE) {
			cl->parent = (int)p;
			kb_clause *pc = &k->clauses[p];
			PUSH(&pc->children, &pc->nchildren, &pc->capchildren);
			pc->children[pc->nchildren - 1] = i;
		} else {
			kerr(k, d, cl->src, cl->line, _("clause %s has no parent clause %s"), cl->id, pid);
		}
		free(pid);
	}
	for (size_t i = 0; i < k->nclauses; i++)
		for (int p = k->clauses[i].parent; p >= 0; p = k->clauses[p].parent)
			k->clauses[i].depth++;

	for (size_t i = 0; i < k->nlinks; i++) {
		kb_link *l = &k->links[i];
		size_t ci;
		if (kb_lookup(k, l->clause_id, &ci) != KB_ID_CLAUSE) {
			kerr(k, d, k->items[l->item].src, k->items[l->item].line,
			     _("item %s supports unknown clause %s"), k->items[l->item].id, l->clause_id);
			continue;
		}
		l->clause = ci;
		kb_clause *cl = &k->clauses[ci];
		for (size_t j = 0; j < cl->nlinks; j++)
			if (k->links[cl->links[j]].item == l->item)
				kerr(k, d, k->items[l->item].src, k->items[l->item].line,
				     _("item %s is linked to clause %s twice"), k->items[l->item].id, cl->id);
		PUSH(&cl->links, &cl->nlinks, &cl->caplinks);
		cl->links[cl->nlinks - 1] = i;
	}
	for (size_t i = 0; i < k->nitems; i++) {
		kb_item *it = &k->items[i];
		for (size_t j = 0; j < it->nproduces; j++) {
			size_t di;
			if (kb_lookup(k, it->produces[j], &di) != KB_ID_DOC) {
				kerr(k, d, it->src, it->line, _("item %s produces unknown documented information %s"),
				     it->id, it->produces[j]);
				continue;
			}
			kb_doc *dc = &k->docs[di];
			PUSH(&dc->producers, &dc->nproducers, &dc->capproducers);
			dc->producers[dc->nproducers - 1] = i;
		}
		char *owner = xasprintf(_("item %s"), it->id);
		check_refs(k, it->feeds, KB_ID_ITEM, owner, _("item"), it->src, it->line, d);
		check_refs(k, it->same_as, KB_ID_ITEM, owner, _("item"), it->src, it->line, d);
		check_refs(k, it->concerns, KB_ID_ENTRY, owner, _("entry"), it->src, it->line, d);
		free(owner);
		if (it->same_as && it->nlinks)
			kerr(k, d, it->src, it->line, _("item %s is the same artefact as %s and must not carry "
							"clause links of its own"), it->id, it->same_as);
		if (it->same_as && it->output)
			kerr(k, d, it->src, it->line, _("output %s cannot be the same artefact as another item"),
			     it->id);
	}
	for (size_t i = 0; i < k->nneeds; i++) {
		const kb_need *nd = &k->needs[i];
		char *owner = xasprintf(_("rule %d"), nd->rule);
		check_refs(k, nd->item, KB_ID_ITEM, owner, _("item"), nd->src, nd->line, d);
		if (nd->start && !kb_entry_by_id(k, KB_START, nd->start))
			kerr(k, d, nd->src, nd->line, _("%s refers to unknown %s %s"), owner,
			     _("starting point"), nd->start);
		free(owner);
	}
	for (size_t i = 0; i < k->ndocs; i++) {
		char *owner = xasprintf(_("documented information %s"), k->docs[i].id);
		check_refs(k, k->docs[i].clauses, KB_ID_CLAUSE, owner, _("clause"), k->docs[i].src,
			   k->docs[i].line, d);
		free(owner);
	}
	for (size_t i = 0; i < k->nentries[KB_PROCESS]; i++) {
		char *owner = xasprintf(_("process %s"), k->entries[KB_PROCESS][i].id);
		const kb_entry *e = &k->entries[KB_PROCESS][i];
		check_refs(k, e->attr, KB_ID_CLAUSE, owner, _("clause"), e->src, e->line, d);
		free(owner);
	}
	for (size_t i = 0; i < k->nentries[KB_START]; i++) {
		char *owner = xasprintf(_("starting point %s"), k->entries[KB_START][i].id);
		const kb_entry *e = &k->entries[KB_START][i];
		check_refs(k, e->attr, KB_ID_ITEM, owner, _("item"), e->src, e->line, d);
		free(owner);
	}
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

kb *
kb_load(const kb_source *src, size_t nsrc, diag_list *d)
{
	kb *k = xcalloc(1, sizeof *k);
	kctx c = {.k = k, .sec = -1};
	int failed = 0;
	xl_doc desc = kb_doc_desc;
	desc.what = _(kb_doc_desc.what);

	idmap_init(&k->ids);
	k->sources = xcalloc(nsrc, sizeof *k->sources);
	k->nsources = nsrc;
	for (size_t i = 0; i < nsrc; i++)
		k->sources[i] = xstrdup(src[i].name);
	for (size_t i = 0; i < nsrc; i++) {
		diag_list one;
		c.src = i;
		diag_init(&one, src[i].name);
		static const xl_handler h = {on_start, on_end};
		c.ent = E_NONE;
		c.sec = -1;
		c.field = NULL;
		if (xl_parse(src[i].data, src[i].len, &desc, &kb_limits, &h, &c, &one) != 0)
			failed = 1;
		/* Several files feed one list: keep the file name in each line. */
		for (size_t j = 0; j < one.n; j++) {
			if (one.v[j].line > 0)
				diag_add(d, one.v[j].level, 0, "%s:%ld: %s", src[i].name, one.v[j].line,
					 one.v[j].msg);
			else
				diag_add(d, one.v[j].level, 0, "%s: %s", src[i].name, one.v[j].msg);
		}
		d->dropped[0] += one.dropped[0];
		d->dropped[1] += one.dropped[1];
		diag_free(&one);
	}
	free(c.lang);
	if (!failed) {
		resolve(k, d);
		if (diag_count(d, DIAG_ERROR))
			failed = 1;
	}
	if (failed)
		kb_free(&k);
	return k;
}

kb *
kb_load_builtin(diag_list *d)
{
	kb_source src[16];
	size_t n = 0;
	for (size_t i = 0; i < embedded_count && n < 16; i++) {
		const embedded_file *f = &embedded_files[i];
		if (strncmp(f->name, "kb/", 3) == 0) {
			src[n].name = f->name;
			src[n].data = (const char *)f->data;
			src[n].len = f->len;
			n++;
		}
	}
	return kb_load(src, n, d);
}

kb *
kb_load_files(const char *const *paths, size_t n, diag_list *d)
{
	kb_source *src = xcalloc(n, sizeof *src);
	char **bufs = xcalloc(n, sizeof *bufs);
	kb *k = NULL;
	int bad = 0;
	for (size_t i = 0; i < n; i++) {
		char *err = NULL;
		size_t len;
		if (fileio_read(paths[i], KB_MAX_FILE, &bufs[i], &len, NULL, &err) != 0) {
			diag_add(d, DIAG_ERROR, 0, "%s: %s", paths[i], err);
			free(err);
			bad = 1;
			continue;
		}
		src[i].name = paths[i];
		src[i].data = bufs[i];
		src[i].len = len;
	}
	if (!bad)
		k = kb_load(src, n, d);
	for (size_t i = 0; i < n; i++)
		free(bufs[i]);
	free(bufs);
	free(src);
	return k;
}
