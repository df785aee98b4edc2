/* scr_main.c - the start screen, the roadmap overview (home), help and
 * search. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wctype.h>
#include <sys/stat.h>

#include "core/embedded.h"
#include "core/i18n.h"
#include "core/guard.h"
#include "core/recent.h"
#include "core/store.h"
#include "tui/tui.h"

/* ---------------------------------------------------------------- start */

enum { ST_NEW, ST_RECENT, ST_OPEN, ST_DEMO, ST_RECOVER, ST_QUIT, ST_COUNT };
static const char *const start_labels[] = {
	N_("New assessment..."), N_("Open a recent assessment..."), N_("Open an assessment file..."),
	N_("Open the demo assessment"), N_("Recover unsaved work..."), N_("Quit"),
};
static const char *const start_notes[] = {
	N_("Create a .siam.xml file and start with the engagement profile"),
	N_("Continue a workshop where it was left"),
	N_("Type the path of a .siam.xml file"),
	N_("Harbourline Logistics, part-way through plan and build (read-only)"),
	N_("Work kept when siamwiz closed before it was saved"),
	"",
};

/* Recent files with an autosave newer than them, then the recovery files
 * of work that had no file of its own. */
static size_t
recoverable(char ***out)
{
	char **recent, **v = NULL;
	size_t n = recent_list(&recent), k = 0, cap = 0;
	for (size_t i = 0; i < n; i++)
		if (guard_autosave_pending(recent[i], NULL)) {
			v = xgrow(v, &cap, k + 1, sizeof *v);
			v[k++] = xstrdup(recent[i]);
		}
	recent_free(recent, n);
	char **files;
	size_t nf = guard_recovery_files(&files);
	for (size_t i = 0; i < nf; i++) {
		v = xgrow(v, &cap, k + 1, sizeof *v);
		v[k++] = files[i];
	}
	free(files);
	*out = v;
	return k;
}

static void
start_row(app *a, screen *s, int y, int i, bool sel)
{
	(void)s;
	int attr = sel ? app_attr(a, C_SELECT) | AT_BOLD : AT_BOLD;
	char *l = xasprintf(" %d  %s ", i + 1, _(start_labels[i]));
	draw_field(y, 4, l, a->cols - 8, attr);
	free(l);
	if (*start_notes[i])
		draw_text(y + 1, 9, _(start_notes[i]), a->cols - 12, app_attr(a, C_DIM));
}

static void
start_draw(app *a, screen *s)
{
	int h = frame(a, _("Start"));
	draw_text(2, 2, _("Assess SIAM adoption along the four roadmap stages, against ISO/IEC 20000-1."),
		  a->cols - 4, app_attr(a, C_TITLE));
	/* Each choice with its note and a blank row: three rows each, and
	 * the last one needs only its label to fit. */
	list_draw_tall(a, s, 4, h - 3, 3, ST_COUNT, start_row);
}

static bool
start_open_demo(app *a)
{
	const embedded_file *f = embedded_find("demo/demo.siam.xml");
	diag_list d;
	diag_init(&d, "demo");
	assessment *as = f ? store_parse((const char *)f->data, f->len, a->kb, &d) : NULL;
	diag_free(&d);
	if (!as)
		return false;
	assess_free(&a->as);
	a->as = as;
	free(a->path);
	a->path = NULL;
	a->demo = true;
	a->edits++;
	return true;
}

static int
start_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	if (list_move(s, act, ST_COUNT, ST_COUNT))
		return R_REDRAW;
	int choice = -1;
	if (act == ACT_ENTER)
		choice = s->sel;
	else if (!is_key && ch >= '1' && ch <= '0' + ST_COUNT)
		choice = (int)(ch - '1');
	if (choice < 0)
		return act == ACT_BACK ? R_NONE : R_UNHANDLED;
	bool opened = false;
	if (choice == ST_RECENT) {
		char **paths;
		size_t n = recent_list(&paths);
		if (!n) {
			dlg_message(a, _("Recent assessments"), _("No recent assessment yet. Files you open or save "
								   "appear here."));
		} else {
			int r = dlg_pick(a, _("Recent assessments"), (const char *const *)paths, NULL, (int)n, 0);
			if (r >= 0)
				opened = app_open(a, paths[r], false);
		}
		recent_free(paths, n);
	} else if (choice == ST_NEW || choice == ST_OPEN) {
		bool create = choice == ST_NEW;
		char *p = dlg_input(a, create ? _("New assessment file") : _("Open which file?"),
				    create ? "assessment.siam.xml" : "", false);
		if (p && *p && create) {
			struct stat st;
			if (stat(p, &st) == 0) {
				char *q = xasprintf(_("%s already exists. Open it instead?"), p);
				if (dlg_ask(a, _("New assessment"), q, false) == 'y')
					opened = app_open(a, p, false);
				free(q);
				free(p);
				if (opened)
					a->stack[0].ops = &scr_roadmap;
				return R_REDRAW;
			}
		}
		if (p && *p)
			opened = app_open(a, p, create);
		if (opened && create) {
			/* A new file starts at the profile, and exists on disk at once. */
			app_save(a);
			a->stack[0].ops = &scr_roadmap;
			app_push(a, &scr_profile, 0);
			free(p);
			return R_REDRAW;
		}
		free(p);
	} else if (choice == ST_RECOVER) {
		char **paths;
		size_t n = recoverable(&paths);
		if (!n) {
			dlg_message(a, _("Recover unsaved work"), _("Nothing to recover: no unsaved work was kept."));
		} else {
			int r = dlg_pick(a, _("Recover unsaved work"), (const char *const *)paths, NULL, (int)n, 0);
			/* Opening the file offers its autosave; a recovery file opens
			 * as it is, to be saved where it belongs. */
			if (r >= 0)
				opened = app_open(a, paths[r], false);
		}
		recent_free(paths, n);
	} else if (choice == ST_DEMO) {
		opened = start_open_demo(a);
	} else {
		return R_QUIT;
	}
	if (opened)
		a->stack[0].ops = &scr_roadmap;
	return R_REDRAW;
}

const screen_ops scr_start = {"start", KC_START | KC_LIST, NULL, start_draw, start_key, NULL};

/* ---------------------------------------------------------------- roadmap */

enum { RM_STAGES = 4, RM_MORE = 6 };

static const char *const rm_more[RM_MORE] = {
	N_("Gap dashboard: ISO/IEC 20000-1 clauses"), N_("Rule findings"), N_("Documented information checklist"),
	N_("Action plan"), N_("Engagement profile and providers"), N_("Export a report"),
};

static void
roadmap_stage_row(app *a, screen *s, int y, int i, bool sel)
{
	const kb *k = a->kb;
	const kb_stage *st = &k->stages[i];
	const gap_tally *t = &app_gaps(a)->stages[i];
	int attr = row_attr(a, sel), w = a->cols;
	(void)s;
	char *name = xasprintf(" %d  %s", st->number, kb_tr(&st->title));
	draw_field(y, 0, name, 30, attr | AT_BOLD);
	free(name);
	char *cnt = xasprintf("%3zu/%-3zu", t->total - t->n[RES_NOT_ASSESSED], t->total);
	draw_field(y, 30, cnt, 10, attr);
	free(cnt);
	double cov = gap_coverage(t);
	draw_bar(y, 41, 14, cov, app_attr(a, cov >= 75 ? C_COVERED : cov >= 40 ? C_PARTIAL : C_GAP));
	char *pc = cov < 0 ? xstrdup("  -") : xasprintf("%3.0f%%", cov);
	draw_text(y, 56, pc, 5, AT_NORMAL);
	free(pc);
	size_t outs = 0, ready = 0;
	for (size_t j = 0; j < st->nitems; j++) {
		const kb_item *it = &k->items[st->items[j]];
		if (!it->output)
			continue;
		outs++;
		as_result res = gap_item_result(a->as, it);
		ready += res == RES_IN_PLACE || res == RES_NOT_APPLICABLE;
	}
	char *cp = ready == outs ? xasprintf("%zu/%zu  %s", ready, outs, _("checkpoint met"))
				 : xasprintf("%zu/%zu", ready, outs);
	draw_text(y, 62, cp, w - 63, ready == outs ? app_attr(a, C_COVERED) : AT_NORMAL);
	free(cp);
}

static void
roadmap_more_row(app *a, screen *s, int y, int i, bool sel)
{
	(void)s;
	char *lab = xasprintf(" %s", _(rm_more[i - RM_STAGES]));
	draw_field(y, 0, lab, 41, sel ? app_attr(a, C_SELECT) | AT_BOLD : AT_NORMAL);
	free(lab);
}

static void
roadmap_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	const gap_report *r = app_gaps(a);
	const assessment *as = a->as;
	int h = frame(a, _("Roadmap"));
	int y = 1, w = a->cols;
	char *np = xasprintf(P_("%zu service provider", "%zu service providers", as->nproviders), as->nproviders);
	char *prof = xasprintf("%s \xc2\xb7 %s \xc2\xb7 %s \xc2\xb7 %s",
			       *as->organization ? as->organization : _("(organization not set)"),
			       as->model == MODEL_NONE ? _("model not chosen") : as_model_label(as->model),
			       as->start == START_NONE ? _("starting point not chosen") : as_start_label(as->start),
			       np);
	free(np);
	draw_text(y++, 1, prof, w - 2, AT_BOLD);
	free(prof);
	y++;
	draw_text(y, 1, _("Stage"), 30, app_attr(a, C_TITLE));
	draw_text(y, 31, _("Assessed"), 9, app_attr(a, C_TITLE));
	draw_text(y, 41, _("Coverage"), 20, app_attr(a, C_TITLE));
	draw_text(y++, 62, _("Outputs in place"), w - 63, app_attr(a, C_TITLE));
	int nst = (int)k->nstages < RM_STAGES ? (int)k->nstages : RM_STAGES;
	list_draw_at(a, s, y, 0, nst, 1, roadmap_stage_row);
	y += nst;
	y++;
	char *cl = xasprintf(_("ISO/IEC 20000-1 clauses: %zu covered, %zu partial, %zu gap, %zu not assessed"),
			     r->count[GAP_COVERED], r->count[GAP_PARTIAL], r->count[GAP_GAP], r->count[GAP_UNASSESSED]);
	draw_text(y++, 1, cl, w - 2, AT_BOLD);
	free(cl);
	y++;
	list_draw_at(a, s, y, RM_STAGES, RM_MORE, 1, roadmap_more_row);
	y += RM_MORE;
	/* The open rule findings, most severe first. */
	int x = 42, fy = y - RM_MORE;
	if (w - x > 20 && r->nfindings) {
		char *t = xasprintf(_("Rule findings (%zu)"), r->nfindings);
		draw_text(fy - 1 < 2 ? 2 : fy - 1, x, t, w - x - 1, app_attr(a, C_TITLE));
		free(t);
		for (size_t i = 0; i < r->nfindings && fy < h; i++, fy++) {
			const gap_finding *f = &r->findings[i];
			int at = f->severity == SEV_ERROR ? app_attr(a, C_GAP) :
				 f->severity == SEV_WARNING ? app_attr(a, C_PARTIAL) : app_attr(a, C_DIM);
			int used = draw_text(fy, x, gap_severity_label(f->severity), 8, at);
			draw_text(fy, x + used + 1, f->message, w - x - used - 2, AT_NORMAL);
		}
	}
}

static int
roadmap_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	(void)ch;
	(void)is_key;
	if (list_move(s, act, RM_STAGES + RM_MORE, 4))
		return R_REDRAW;
	if (act != ACT_ENTER)
		return R_UNHANDLED;
	if (s->sel < RM_STAGES) {
		if ((size_t)s->sel < a->kb->nstages)
			app_push(a, &scr_stage, (size_t)s->sel);
		return R_REDRAW;
	}
	switch (s->sel - RM_STAGES) {
	case 0: app_push(a, &scr_gaps, 0); break;
	case 1: app_push(a, &scr_findings, 0); break;
	case 2: app_push(a, &scr_docs, 0); break;
	case 3: app_push(a, &scr_actions, 0); break;
	case 4: app_push(a, &scr_profile, 0); break;
	default: export_dialog(a); break;
	}
	return R_REDRAW;
}

const screen_ops scr_roadmap = {"roadmap", KC_ROADMAP | KC_LIST, NULL, roadmap_draw, roadmap_key, NULL};

/* ---------------------------------------------------------------- help */

/* The keybindings the help of a context lists, in order: the context's
 * own, then the global ones; their number. */
static int
help_order(unsigned ctx, int *order)
{
	int n = 0;
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < keys_count; i++) {
			const keybind *k = &keys_table[i];
			bool mine = (k->ctx & ctx & ~KC_GLOBAL) != 0;
			if (k->label && (pass == 0 ? mine : (k->ctx & KC_GLOBAL) && !mine))
				order[n++] = i;
		}
	return n;
}

static void
help_row(app *a, screen *s, int y, int i, bool sel)
{
	int order[KEYS_MAX];
	(void)sel;
	help_order((unsigned)s->arg, order);
	const keybind *k = &keys_table[order[i]];
	draw_text(y, 2, k->label, 14, app_attr(a, C_KEY));
	draw_text(y, 17, _(k->desc), a->cols - 19, AT_NORMAL);
}

static void
help_draw(app *a, screen *s)
{
	int order[KEYS_MAX];
	int h = frame(a, _("Help"));
	draw_text(1, 1, _("Keys on this screen, then everywhere. Esc closes this help."), a->cols - 2,
		  app_attr(a, C_TITLE));
	int n = help_order((unsigned)s->arg, order), rows = h - 3;
	if (s->top > n - rows)
		s->top = n - rows > 0 ? n - rows : 0;
	list_draw_at(a, s, 3, s->top, n - s->top < rows ? n - s->top : rows, 1, help_row);
	/* The lines are not entries to pick: a click selects nothing. */
	s->nhits = 0;
	if (n > s->top + rows)
		draw_text(h - 1, a->cols - 22, _("Down/PgDn: more keys"), 21, app_attr(a, C_KEY));
}

static int
help_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	(void)a;
	(void)ch;
	(void)is_key;
	if (act == ACT_DOWN || act == ACT_PGDN) {
		s->top += act == ACT_DOWN ? 1 : 10;
		return R_REDRAW;
	}
	if (act == ACT_UP || act == ACT_PGUP) {
		s->top -= act == ACT_UP ? 1 : 10;
		if (s->top < 0)
			s->top = 0;
		return R_REDRAW;
	}
	if (act == ACT_HELP || act == ACT_ENTER)
		return R_BACK;
	return R_UNHANDLED;
}

const screen_ops scr_help = {"help", KC_LIST, NULL, help_draw, help_key, NULL};

/* ---------------------------------------------------------------- search */

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

static wchar_t *fold_query;

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
	search_run(a, sr);
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
	(void)act;
	/* Every printable key types into the query; only the arrow and page
	 * keys move the list. */
	if (is_key && (ch == KEY_UP || ch == KEY_DOWN || ch == KEY_PPAGE || ch == KEY_NPAGE)) {
		list_move(s, ch == KEY_UP ? ACT_UP : ch == KEY_DOWN ? ACT_DOWN : ch == KEY_PPAGE ? ACT_PGUP : ACT_PGDN,
			  (int)sr->n, 10);
		return R_REDRAW;
	}
	if ((!is_key && (ch == '\n' || ch == '\r')) || (is_key && ch == KEY_ENTER)) {
		if (!sr->n)
			return R_NONE;
		hit ht = sr->hits[s->sel];
		/* The search stays below: Esc comes back to the results. */
		app_push(a, ht.clause ? &scr_clause : &scr_item, ht.idx);
		return R_REDRAW;
	}
	if (!is_key && ch == 27)
		return R_BACK;
	int r = ed_key(&sr->ed, ch, is_key);
	if (r == -2)
		return R_BACK;
	if (r == 1)
		s->sel = s->top = 0;
	return R_REDRAW;
}

const screen_ops scr_search = {"search", 0, search_enter, search_draw, search_key, search_leave};
