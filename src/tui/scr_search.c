/* scr_search.c - search items, clauses and notes as one types (the search
 * itself is core/search.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/search.h"
#include "tui/tui.h"

typedef struct search {
	editor ed;
	search_hit *hits;
	size_t n;
	char *last; /* the query the hits are for */
} search;

/* Search again when the query changed. */
static void
search_update(app *a, search *sr)
{
	char *q = ed_text(&sr->ed);
	if (sr->last && !strcmp(q, sr->last)) {
		free(q);
		return;
	}
	free(sr->last);
	sr->last = q;
	free(sr->hits);
	sr->n = search_run(a->kb, a->as, q, &sr->hits);
}

static void
search_enter(app *a, screen *s)
{
	search *sr = xcalloc(1, sizeof *sr);
	(void)a;
	ed_init(&sr->ed, "", false);
	s->data = sr;
}

static void
search_leave(app *a, screen *s)
{
	(void)a;
	search *sr = s->data;
	ed_free(&sr->ed);
	free(sr->hits);
	free(sr->last);
	free(sr);
}

/* Where a match was found, at the right, when the screen has room for it
 * beside the titles. */
static int
search_where_w(int cols)
{
	return cols >= 72 ? 14 : 0;
}

static void
search_row(app *a, screen *s, int y, int i, bool sel)
{
	const search *sr = s->data;
	const search_hit *ht = &sr->hits[i];
	const char *id = ht->clause ? a->kb->clauses[ht->idx].id : a->kb->items[ht->idx].id;
	const kb_text *t = ht->clause ? &a->kb->clauses[ht->idx].title : &a->kb->items[ht->idx].title;
	int ww = search_where_w(a->cols), base = draw_row(a, y, sel);
	char *line = xasprintf(" %-10s %s", id, kb_tr(t));
	draw_text(y, 0, line, a->cols - ww - 1, base);
	free(line);
	if (ww)
		draw_text(y, a->cols - ww, search_field_label(ht->where), ww - 1, sel ? base : app_attr(a, C_DIM));
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
		search_hit ht = sr->hits[s->sel];
		/* The search stays below: Esc comes back to the results. */
		app_push(a, ht.clause ? &scr_clause : &scr_item, ht.idx);
		return R_NONE;
	}
	if (act == ACT_BACK)
		return R_BACK;
	int r = 1;
	if (act == ACT_PASTE)
		dlg_paste(a, &sr->ed);
	else
		r = ed_key(&sr->ed, ch, is_key);
	if (r == -2)
		return R_BACK;
	if (r == 1) {
		search_update(a, sr);
		s->sel = s->top = 0;
	}
	return R_NONE;
}

const screen_ops scr_search = {"search", KC_SEARCH, search_enter, search_draw, search_key, search_leave};
