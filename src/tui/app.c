/* app.c - the wizard's main loop: the application state, the keys that
 * mean the same on every screen, and the run from start to exit. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/guard.h"
#include "core/recent.h"
#include "tui/tui.h"

void
app_message(app *a, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(a->msg, sizeof a->msg, fmt, ap);
	va_end(ap);
	a->msg_error = error;
}

const gap_report *
app_gaps(app *a)
{
	if (!a->as)
		return NULL;
	/* The analysis is proportional to the knowledge base, not to the file,
	 * and runs again after any edit or new record (the generation), or
	 * when the assessment itself was replaced (the edits). */
	if (!a->gaps || a->gaps_at != a->edits || a->gaps_gen != a->as->generation) {
		gap_free(&a->gaps);
		a->gaps = gap_analyze(a->kb, a->as);
		a->gaps_at = a->edits;
		a->gaps_gen = a->as->generation;
	}
	return a->gaps;
}

/* The undo history follows the open assessment: a new one (opened,
 * recovered, created) starts a new history at its present state. */
static void
history_follow(app *a)
{
	if (!a->as) {
		history_free(&a->hist);
		a->hist_of = NULL;
		return;
	}
	if (a->hist && a->hist_of == a->as && a->hist_edits == a->edits)
		return;
	history_free(&a->hist);
	a->hist = history_new(a->as, 200);
	a->hist_of = a->as;
	a->hist_edits = a->edits;
}

void
app_undo(app *a, bool redo)
{
	if (!a->as || !a->hist)
		return;
	const char *what = NULL;
	if (!(redo ? history_redo(a->hist, a->as, &what) : history_undo(a->hist, a->as, &what))) {
		app_message(a, false, "%s", redo ? _("Nothing to redo.") : _("Nothing to undo."));
		return;
	}
	a->edits++;
	a->hist_edits = a->edits;
	app_autosave(a, false);
	if (redo)
		app_message(a, false, _("Redone: %s"), what ? what : _("an edit"));
	else
		app_message(a, false, _("Undone: %s"), what ? what : _("an edit"));
}

/* An item opened and left without an answer leaves no record behind
 * (only records made in this session: an empty one read from the file
 * stays as it was). */
static void
drop_empty_records(app *a)
{
	for (size_t i = a->as->nitems; i-- > 0;) {
		const as_item *it = &a->as->items[i];
		if (!it->line && assess_item_empty(it)) {
			char *ref = xstrdup(it->ref);
			assess_drop_empty(a->as, ref);
			free(ref);
		}
	}
}

/* Keys that mean the same on every screen. */
static void
global_key(app *a, action act)
{
	switch (act) {
	case ACT_QUIT:
		if (app_confirm_quit(a))
			a->running = false;
		break;
	case ACT_SAVE:
		app_save(a);
		break;
	case ACT_SAVE_AS:
		app_save_as(a);
		break;
	case ACT_BACK:
		if (a->depth > 1)
			app_pop(a);
		break;
	case ACT_HELP:
		app_push(a, &scr_help, (size_t)a->stack[a->depth - 1].ops->ctx);
		break;
	case ACT_TIMER:
		app_timer_toggle(a);
		break;
	case ACT_PASTE:
		app_paste_ignored(a);
		break;
	default:
		if (!a->as)
			break;
		switch (act) {
		case ACT_STAGE1:
		case ACT_STAGE2:
		case ACT_STAGE3:
		case ACT_STAGE4: {
			size_t n = (size_t)(act - ACT_STAGE1);
			if (n < a->kb->nstages) {
				app_pop_to_root(a);
				app_push(a, &scr_stage, n);
			}
			break;
		}
		case ACT_GAPS:
			app_pop_to_root(a);
			app_push(a, &scr_gaps, 0);
			break;
		case ACT_ROADMAP:
			app_pop_to_root(a);
			break;
		case ACT_PROFILE:
			app_pop_to_root(a);
			app_push(a, &scr_profile, 0);
			break;
		case ACT_DOCS:
			app_pop_to_root(a);
			app_push(a, &scr_docs, 0);
			break;
		case ACT_ACTIONS:
			app_pop_to_root(a);
			app_push(a, &scr_actions, 0);
			break;
		case ACT_SEARCH:
			app_push(a, &scr_search, 0);
			break;
		case ACT_EXPORT:
			export_dialog(a);
			break;
		case ACT_UNDO:
		case ACT_REDO:
			app_undo(a, act == ACT_REDO);
			break;
		default:
			break;
		}
	}
}

/* One key at a time until the user quits or the terminal goes away. */
static void
run(app *a)
{
	while (a->running) {
		app_paint(a);
		refresh();
		wint_t ch;
		bool is_key = app_read(a, &ch);
		if (!a->running)
			break;
		if (a->rows < TUI_MIN_ROWS || a->cols < TUI_MIN_COLS) {
			if (!is_key && (ch == 'q' || ch == 3) && app_confirm_quit(a))
				a->running = false;
			continue;
		}
		a->msg[0] = '\0';
		history_follow(a);
		app_timer_tick(a);
		screen *s = &a->stack[a->depth - 1];
		action act = keys_lookup(s->ops->ctx, ch, is_key);
		unsigned long before = a->as ? a->as->changes : 0, gen = a->as ? a->as->generation : 0;
		const assessment *was = a->as;
		int r = s->ops->key(a, s, act, ch, is_key);
		if (a->as && a->as == was && a->as->generation != gen)
			drop_empty_records(a);
		if (a->as && a->as == was && a->as->changes > before && a->hist) {
			/* An edit: the history's new present, labelled with what
			 * the status line says of it. */
			history_commit(a->hist, a->as, a->msg[0] ? a->msg : NULL);
		}
		if (a->as && a->as->changes != before) {
			a->edits++;
			a->hist_edits = a->edits;
			app_autosave(a, false);
		}
		if (r & R_UNHANDLED)
			global_key(a, act);
		if (r & R_BACK)
			app_pop(a);
		if ((r & R_QUIT) && app_confirm_quit(a))
			a->running = false;
	}
}

int
tui_run(kb *k, assessment *as, const char *path, bool demo, const settings *set, const file_stamp *stamp)
{
	app a;
	memset(&a, 0, sizeof a);
	a.set = set;
	a.kb = k;
	a.as = as;
	a.path = path ? xstrdup(path) : NULL;
	if (stamp)
		a.stamp = *stamp;
	a.demo = demo;
	a.running = true;
	SCREEN *scr = term_start(&a);
	if (!scr) {
		fprintf(stderr, "%s\n", _("siamwiz: cannot start the terminal interface (is TERM set?)"));
		return 2;
	}
	app_push(&a, as ? &scr_roadmap : &scr_start, 0);
	if (path) {
		char *err = NULL;
		recent_add(path, &err);
		free(err);
		if (!app_adopt(&a))
			a.running = false;
	}
	/* A fresh assessment starts where a workshop starts: the profile.
	 * (a.as, not as: recovering an autosave replaces the assessment.) */
	if (a.running && !app_place_restore(&a) && a.as && !*a.as->organization && !a.as->nproviders)
		app_push(&a, &scr_profile, 0);
	run(&a);
	app_place_save(&a);
	term_stop(scr);
	while (a.depth > 0) {
		screen *s = &a.stack[--a.depth];
		if (s->ops->leave)
			s->ops->leave(&a, s);
	}
	int rc = app_emergency_save(&a);
	if (a.locked && a.path)
		guard_lock_release(a.path);
	gap_free(&a.gaps);
	history_free(&a.hist);
	assess_free(&a.as);
	free(a.path);
	return rc;
}
