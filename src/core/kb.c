/* kb.c - the knowledge base: loading and merging its sources, looking up
 * its elements, its texts in the user's language and its name tables.
 * Parsing is in kb_parse.c, cross references in kb_resolve.c. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "fileio.h"
#include "i18n.h"
#include "kb_int.h"

#define KB_MAX_FILE (8u << 20)

static char *lang_pref;

void
kb_set_lang(const char *lang)
{
	free(lang_pref);
	lang_pref = NULL;
	if (!lang)
		return;
	size_t n = strcspn(lang, ".@");
	if (n == 0 || (n == 1 && lang[0] == 'C') || (n == 5 && !strncmp(lang, "POSIX", 5)))
		return;
	lang_pref = xstrndup(lang, n);
}

const char *
kb_get_lang(void)
{
	return lang_pref ? lang_pref : "en";
}

const char *
kb_report_lang(const kb *k)
{
	if (!lang_pref)
		return "en";
	size_t n = strcspn(lang_pref, "_-");
	for (size_t i = 0; i < k->nlangs; i++)
		if (strlen(k->langs[i]) == n && !strncmp(k->langs[i], lang_pref, n))
			return k->langs[i];
	return "en";
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

kb_text *
kb_textlist_add(kb_textlist *l)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	memset(&l->v[l->n], 0, sizeof l->v[0]);
	return &l->v[l->n++];
}

const char *const kb_layer_names[] = {"customer", "integrator", "provider"};
const char *const kb_practice_names[] = {"people", "process", "measurement", "technology"};
const char *const kb_rel_names[] = {"equal", "subset-of", "superset-of", "intersects-with"};
static const char *const role_names[] = {"supporting", "primary"};
static const char *const role_labels[] = {N_("supporting"), N_("primary")};

const char *
kb_role_name(kb_role r)
{
	return role_names[r];
}
const char *
kb_role_label(kb_role r)
{
	return _(role_labels[r]);
}

const char *
kb_relation_name(kb_relation r)
{
	return kb_rel_names[r];
}

const char *
kb_layer_name(unsigned bit)
{
	for (unsigned i = 0; i < 3; i++)
		if (bit == 1u << i)
			return kb_layer_names[i];
	return "";
}

int
kb_parse_layer(const char *s)
{
	for (unsigned i = 0; i < 3; i++)
		if (strcmp(s, kb_layer_names[i]) == 0)
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
	return mask_string(mask, kb_layer_names, 3);
}

char *
kb_practices_string(unsigned mask)
{
	return mask_string(mask, kb_practice_names, 4);
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

/* The stages and their items. */
static void
free_roadmap(kb *k)
{
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
}

void
kb_free(kb **kp)
{
	kb *k = *kp;
	if (!k)
		return;
	free_roadmap(k);
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
	for (size_t i = 0; i < k->nlangs; i++)
		free(k->langs[i]);
	free(k->langs);
	for (size_t i = 0; i < k->nsources; i++)
		free(k->sources[i]);
	free(k->sources);
	idmap_free(&k->ids);
	free(k);
	*kp = NULL;
}

/* A problem found while resolving, placed at the element it concerns. */

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
kb *
kb_load(const kb_source *src, size_t nsrc, diag_list *d)
{
	kb *k = xcalloc(1, sizeof *k);
	idmap_init(&k->ids);
	k->sources = xcalloc(nsrc, sizeof *k->sources);
	k->nsources = nsrc;
	for (size_t i = 0; i < nsrc; i++)
		k->sources[i] = xstrdup(src[i].name);
	int failed = kb_parse_sources(k, src, nsrc, d);
	if (!failed) {
		kb_resolve(k, d);
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
