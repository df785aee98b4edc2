/* search.c - the search behind the wizard's search screen: folding
 * (lower case, Latin letters without their accents) and matching over the
 * knowledge base and the assessment. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

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
match(const wchar_t *query, const char *text)
{
	if (!text)
		return false;
	wchar_t *t = search_fold(text);
	bool m = wcsstr(t, query) != NULL;
	free(t);
	return m;
}

static bool
match_item(const wchar_t *q, const kb_item *it, const as_item *rec)
{
	if (match(q, it->id) || match(q, kb_tr(&it->title)) || match(q, kb_tr(&it->description)))
		return true;
	for (size_t j = 0; j < it->questions.n; j++)
		if (match(q, kb_tr(&it->questions.v[j])))
			return true;
	if (!rec)
		return false;
	for (size_t j = 0; j < rec->nevidence; j++)
		if (match(q, rec->evidence[j].text) || match(q, rec->evidence[j].location))
			return true;
	return match(q, rec->notes) || match(q, rec->owner) || match(q, rec->justification);
}

size_t
search_run(const kb *k, const assessment *as, const char *query, search_hit **hits)
{
	*hits = NULL;
	if (!query || !*query)
		return 0;
	search_hit *v = NULL;
	size_t n = 0, cap = 0;
	wchar_t *q = search_fold(query);
	for (size_t i = 0; i < k->nitems; i++)
		if (match_item(q, &k->items[i], as ? assess_find(as, k->items[i].id) : NULL)) {
			v = xgrow(v, &cap, n + 1, sizeof *v);
			v[n++] = (search_hit){false, i};
		}
	for (size_t i = 0; i < k->nclauses; i++) {
		const kb_clause *c = &k->clauses[i];
		/* A clause number is typed from its start: "8.2" is 8.2 and its
		 * subclauses, not 10.8.2. */
		if (!strncmp(c->id, query, strlen(query)) || match(q, kb_tr(&c->title)) ||
		    match(q, kb_tr(&c->summary))) {
			v = xgrow(v, &cap, n + 1, sizeof *v);
			v[n++] = (search_hit){true, i};
		}
	}
	free(q);
	*hits = v;
	return n;
}
