/* scr_search.c - search items, clauses and notes as one types. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "core/i18n.h"
#include "tui/tui.h"

typedef struct hit {
	bool clause;
	size_t idx;
} hit;

typedef struct search {
	editor ed;
	hit *hits;
	size_t n;
	char *last;
} search;

static wchar_t *fold_query;

/* Fold for matching: lower case, and Latin letters without their accents,
 * so that "legal" finds "Légal" and "societe" finds "Société". */
static wchar_t
fold(wchar_t c)
{
	static const char *const base =
		"aaaaaaaceeeeiiii" "dnooooo/ouuuuyty"	/* U+00E0-U+00FF */
		"aaaaaaccccccccdd" "ddeeeeeeeeeegggg"	/* U+0100-U+011F */
		"gggghhhhiiiiiiii" "iijjjjkkklllllll"	/* U+0120-U+013F */
		"lllnnnnnnnnnoooo" "oooorrrrrrssssss"	/* U+0140-U+015F */
		"ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";	/* U+0160-U+017F */
	c = (wchar_t)towlower((wint_t)c);
	if (c >= 0xe0 && c <= 0x17f && c != 0xf7)
		return (wchar_t)(unsigned char)base[c - 0xe0];
	return c;
}

static wchar_t *
folded(const char *s)
{
	size_t n;
	wchar_t *w = widen(s, &n);
	for (size_t i = 0; i < n; i++)
		w[i] = fold(w[i]);
	return w;
}

static bool
match(const char *text)
{
	if (!text || !fold_query)
		return false;
	wchar_t *t = folded(text);
	bool m = wcsstr(t, fold_query) != NULL;
	free(t);
	return m;
}

static bool
match_text(const kb_text *t, const char *q)
{
	(void)q;
	return match(kb_tr(t));
}

static void
search_run(app *a, search *sr)
{
	char *q = ed_text(&sr->ed);
	if (sr->last && !strcmp(q, sr->last)) {
		free(q);
		return;
	}
	free(sr->last);
	sr->last = q;
	sr->n = 0;
	if (!*q)
		return;
	const kb *k = a->kb;
	free(fold_query);
	fold_query = folded(q);
	for (size_t i = 0; i < k->nitems; i++) {
		const kb_item *it = &k->items[i];
		bool m = match(it->id) || match_text(&it->title, q) || match_text(&it->description, q);
		for (size_t j = 0; !m && j < it->questions.n; j++)
			m = match_text(&it->questions.v[j], q);
		const as_item *rec = assess_find(a->as, it->id);
		for (size_t j = 0; !m && rec && j < rec->nevidence; j++)
			m = match(rec->evidence[j].text) || match(rec->evidence[j].location);
		if (!m && rec)
			m = match(rec->notes) || match(rec->owner) || match(rec->justification);
		if (m)
			sr->hits[sr->n++] = (hit){false, i};
	}
	for (size_t i = 0; i < k->nclauses; i++) {
		const kb_clause *c = &k->clauses[i];
		if (!strncmp(c->id, q, strlen(q)) || match_text(&c->title, q) || match_text(&c->summary, q))
			sr->hits[sr->n++] = (hit){true, i};
	}
}

static void
search_enter(app *a, screen *s)
{
	search *sr = xcalloc(1, sizeof *sr);
	ed_init(&sr->ed, "", false);
	sr->hits = xcalloc(a->kb->nitems + a->kb->nclauses + 1, sizeof *sr->hits);
	s->data = sr;
}

static void
search_leave(app *a, screen *s)
{
	(void)a;
	search *sr = s->data;
	free(fold_query);
	fold_query = NULL;
	ed_free(&sr->ed);
	free(sr->hits);
	free(sr->last);
	free(sr);
}

static void
search_row(app *a, screen *s, int y, int i, bool sel)
{
	const search *sr = s->data;
	const hit *ht = &sr->hits[i];
	const char *id = ht->clause ? a->kb->clauses[ht->idx].id : a->kb->items[ht->idx].id;
	const kb_text *t = ht->clause ? &a->kb->clauses[ht->idx].title : &a->kb->items[ht->idx].title;
	char *line = xasprintf(" %-10s %s", id, kb_tr(t));
	draw_field(y, 0, line, a->cols, row_attr(a, sel));
	free(line);
}

static void
search_draw(app *a, screen *s)
{
	search *sr = s->data;
	int h = frame(a, _("Search"));
	draw_text(1, 1, _("Find:"), 6, AT_BOLD);
	char *cnt = sr->last && *sr->last ? xasprintf(P_("%zu match", "%zu matches", sr->n), sr->n)
					  : xstrdup(_("type words of a title, a question, a clause number or a note"));
	draw_text(2, 1, cnt, a->cols - 2, app_attr(a, C_DIM));
	free(cnt);
	list_draw(a, s, 3, h - 3, (int)sr->n, search_row);
	ed_draw(&sr->ed, 1, 7, 1, a->cols - 8, app_attr(a, C_SELECT));
}

static int
search_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	search *sr = s->data;
	/* Only the keys of KC_SEARCH act on the matches (the loop's act may
	 * be a global key): every other one types into the query. */
	(void)act;
	act = keys_find(KC_SEARCH, ch, is_key);
	if (list_move(s, act, (int)sr->n, 10))
		return R_NONE;
	if (act == ACT_ENTER) {
		if (!sr->n)
			return R_NONE;
		hit ht = sr->hits[s->sel];
		/* The search stays below: Esc comes back to the results. */
		app_push(a, ht.clause ? &scr_clause : &scr_item, ht.idx);
		return R_NONE;
	}
	if (act == ACT_BACK)
		return R_BACK;
	int r = ed_key(&sr->ed, ch, is_key);
	if (r == -2)
		return R_BACK;
	if (r == 1) {
		search_run(a, sr);
		s->sel = s->top = 0;
	}
	return R_NONE;
}

const screen_ops scr_search = {"search", KC_SEARCH, search_enter, search_draw, search_key, search_leave};
