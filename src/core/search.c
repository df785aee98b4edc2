/* search.c - the search behind the wizard's search screen: folding
 * (lower case, Latin letters without their accents) and matching over the
 * knowledge base and the assessment. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "core/i18n.h"
#include "core/search.h"
#include "core/util.h"

/* Lower case, and Latin letters without their accents. */
static wchar_t
fold(wchar_t c)
{
	static const char *const base = "aaaaaaaceeeeiiii"
					"dnooooo/ouuuuyty" /* U+00E0-U+00FF */
					"aaaaaaccccccccdd"
					"ddeeeeeeeeeegggg" /* U+0100-U+011F */
					"gggghhhhiiiiiiii"
					"iijjjjkkklllllll" /* U+0120-U+013F */
					"lllnnnnnnnnnoooo"
					"oooorrrrrrssssss" /* U+0140-U+015F */
					"ssttttttuuuuuuuu"
					"uuuuwwyyyzzzzzzs"; /* U+0160-U+017F */
	/* Latin-1 capitals by hand: towlower knows them only in a UTF-8
	 * locale, and the search must not depend on one. */
	if (c >= 0xc0 && c <= 0xde && c != 0xd7)
		c += 0x20;
	else
		c = (wchar_t)towlower((wint_t)c);
	if (c >= 0xe0 && c <= 0x17f && c != 0xf7)
		return (wchar_t)(unsigned char)base[c - 0xe0];
	return c;
}

size_t
search_utf8_char(const char *s, wchar_t *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t len = u[0] < 0x80                    ? 1
		     : u[0] >= 0xc2 && u[0] < 0xe0  ? 2
		     : u[0] >= 0xe0 && u[0] < 0xf0  ? 3
		     : u[0] >= 0xf0 && u[0] <= 0xf4 ? 4
						    : 0;
	if (!len)
		return 0;
	unsigned long cp = len == 1 ? u[0] : u[0] & (0x7fu >> len);
	for (size_t i = 1; i < len; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (u[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	*out = (wchar_t)cp;
	return len;
}

wchar_t *
search_fold(const char *s)
{
	const unsigned char *u = (const unsigned char *)(s ? s : "");
	wchar_t *w = xcalloc(strlen((const char *)u) + 1, sizeof *w);
	size_t o = 0;
	while (*u) {
		size_t k = search_utf8_char((const char *)u, &w[o]);
		if (!k) {
			w[o] = L'?';
			k = 1;
		}
		w[o] = fold(w[o]);
		o++;
		u += k;
	}
	return w;
}

static bool
is_word(wchar_t c)
{
	return c && (iswalnum((wint_t)c) || c == L'_');
}

/* How query (qn characters) occurs in text: 0 not at all, 1 inside a
 * word, 2 as whole words (nothing of a word on either side). */
static int
occurs(const wchar_t *query, size_t qn, const char *text)
{
	if (!text)
		return 0;
	wchar_t *t = search_fold(text);
	int kind = 0;
	for (const wchar_t *p = wcsstr(t, query); p; p = wcsstr(p + 1, query)) {
		kind = 1;
		bool start = p == t || !is_word(p[-1]) || !is_word(query[0]);
		bool end = !is_word(p[qn]) || !is_word(query[qn - 1]);
		if (start && end) {
			kind = 2;
			break;
		}
	}
	free(t);
	return kind;
}

/* The query as the whole ID or its start. */
static bool
by_id(const wchar_t *q, size_t qn, const char *id, search_hit *h)
{
	wchar_t *f = search_fold(id);
	bool whole = !wcscmp(f, q), start = !wcsncmp(f, q, qn);
	free(f);
	h->rank = whole ? SEARCH_RANK_ID : SEARCH_RANK_ID_PREFIX;
	h->where = SEARCH_IN_ID;
	return start;
}

static bool
by_title(const wchar_t *q, size_t qn, const kb_text *title, search_hit *h)
{
	int kind = occurs(q, qn, kb_tr(title));
	h->rank = kind == 2 ? SEARCH_RANK_TITLE_WORD : SEARCH_RANK_TITLE;
	h->where = SEARCH_IN_TITLE;
	return kind != 0;
}

static bool
by_text(const wchar_t *q, size_t qn, const char *text, search_field where, search_hit *h)
{
	h->rank = SEARCH_RANK_TEXT;
	h->where = where;
	return occurs(q, qn, text) != 0;
}

/* Whether the item matches, and how well in *h: the first of its texts
 * to match, from the best rank down. */
static bool
match_item(const wchar_t *q, size_t qn, const kb_item *it, const as_item *rec, search_hit *h)
{
	if (by_id(q, qn, it->id, h) || by_title(q, qn, &it->title, h) || by_text(q, qn, it->id, SEARCH_IN_ID, h) ||
	    by_text(q, qn, kb_tr(&it->description), SEARCH_IN_DESCRIPTION, h))
		return true;
	for (size_t j = 0; j < it->questions.n; j++)
		if (by_text(q, qn, kb_tr(&it->questions.v[j]), SEARCH_IN_QUESTION, h))
			return true;
	if (!rec)
		return false;
	for (size_t j = 0; j < rec->nevidence; j++)
		if (by_text(q, qn, rec->evidence[j].text, SEARCH_IN_EVIDENCE, h) ||
		    by_text(q, qn, rec->evidence[j].location, SEARCH_IN_EVIDENCE, h))
			return true;
	return by_text(q, qn, rec->notes, SEARCH_IN_NOTES, h) || by_text(q, qn, rec->owner, SEARCH_IN_OWNER, h) ||
	       by_text(q, qn, rec->justification, SEARCH_IN_JUSTIFICATION, h);
}

/* A clause number is typed from its start: "8.2" is 8.2 and its
 * subclauses, not 10.8.2. */
static bool
match_clause(const wchar_t *q, size_t qn, const kb_clause *c, search_hit *h)
{
	return by_id(q, qn, c->id, h) || by_title(q, qn, &c->title, h) ||
	       by_text(q, qn, kb_tr(&c->summary), SEARCH_IN_DESCRIPTION, h);
}

/* The hits by rank, keeping their order within a rank. */
static search_hit *
sort_by_rank(search_hit *v, size_t n)
{
	size_t at[SEARCH_RANK_COUNT + 1] = {0};
	for (size_t i = 0; i < n; i++)
		at[v[i].rank + 1]++;
	for (int r = 1; r <= SEARCH_RANK_COUNT; r++)
		at[r] += at[r - 1];
	search_hit *out = xcalloc(n, sizeof *out);
	for (size_t i = 0; i < n; i++)
		out[at[v[i].rank]++] = v[i];
	free(v);
	return out;
}

size_t
search_run(const kb *k, const assessment *as, const char *query, search_hit **hits)
{
	*hits = NULL;
	if (!query || !*query)
		return 0;
	search_hit *v = NULL, h;
	size_t n = 0, cap = 0;
	wchar_t *q = search_fold(query);
	size_t qn = wcslen(q);
	for (size_t i = 0; i < k->nitems; i++)
		if (match_item(q, qn, &k->items[i], as ? assess_find(as, k->items[i].id) : NULL, &h)) {
			v = xgrow(v, &cap, n + 1, sizeof *v);
			v[n++] = (search_hit){false, i, h.rank, h.where};
		}
	for (size_t i = 0; i < k->nclauses; i++)
		if (match_clause(q, qn, &k->clauses[i], &h)) {
			v = xgrow(v, &cap, n + 1, sizeof *v);
			v[n++] = (search_hit){true, i, h.rank, h.where};
		}
	free(q);
	*hits = n ? sort_by_rank(v, n) : NULL;
	return n;
}

const char *
search_field_label(search_field f)
{
	static const char *const labels[SEARCH_IN_COUNT] = {
		N_("ID"),       N_("title"), N_("description"), N_("question"),
		N_("evidence"), N_("notes"), N_("owner"),       N_("justification"),
	};
	return (unsigned)f < SEARCH_IN_COUNT ? _(labels[f]) : "";
}
