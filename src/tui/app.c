/* app.c - the wizard's main loop: terminal setup, the screen stack, the
 * frame (title, status, footer generated from the key table), global keys,
 * saving and quitting. */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/i18n.h"
#include "core/guard.h"
#include "core/recent.h"
#include "core/store.h"
#include "tui/tui.h"

#define MIN_ROWS 18
#define MIN_COLS 64
#define AUTOSAVE_EDITS 20

static volatile sig_atomic_t got_signal;

static void
on_signal(int sig)
{
	/* Only a flag here; the main loop does the work. */
	got_signal = sig;
}

int
app_attr(const app *a, int c)
{
	if (a->color) {
		switch (c) {
		case C_HEADER: return COLOR_PAIR(C_HEADER) | A_BOLD;
		case C_SELECT: return A_REVERSE;
		case C_TITLE: return COLOR_PAIR(C_TITLE) | A_BOLD;
		case C_KEY: return COLOR_PAIR(C_KEY) | A_BOLD;
		case C_DIM: return COLOR_PAIR(C_DIM);
		case C_NORMAL: return A_NORMAL;
		default: return COLOR_PAIR(c) | A_BOLD;
		}
	}
	switch (c) {
	case C_HEADER: case C_SELECT: return A_REVERSE;
	case C_TITLE: case C_KEY: case C_COVERED: return A_BOLD;
	case C_GAP: case C_ERROR: return A_BOLD | A_UNDERLINE;
	case C_PARTIAL: return A_UNDERLINE;
	case C_DIM: case C_UNASSESSED: case C_NA: return A_DIM;
	default: return A_NORMAL;
	}
}

static void
colors_init(app *a)
{
	const char *nc = getenv("NO_COLOR");
	a->color = has_colors() && !(nc && *nc) && a->set->color;
	if (!a->color)
		return;
	start_color();
	use_default_colors();
	/* Foreground colours on the terminal's own background: readable on
	 * dark and light schemes and on a washed-out projector. */
	init_pair(C_HEADER, COLOR_WHITE, COLOR_BLUE);
	init_pair(C_COVERED, COLOR_GREEN, -1);
	init_pair(C_PARTIAL, COLOR_YELLOW, -1);
	init_pair(C_GAP, COLOR_RED, -1);
	init_pair(C_UNASSESSED, -1, -1);
	init_pair(C_NA, COLOR_MAGENTA, -1);
	init_pair(C_DIM, -1, -1);
	init_pair(C_TITLE, COLOR_BLUE, -1);
	init_pair(C_KEY, COLOR_CYAN, -1);
	init_pair(C_ERROR, COLOR_RED, -1);
}

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

void
app_push(app *a, const screen_ops *ops, size_t arg)
{
	if (a->depth == (int)(sizeof a->stack / sizeof a->stack[0]))
		return;
	screen *s = &a->stack[a->depth++];
	memset(s, 0, sizeof *s);
	s->ops = ops;
	s->arg = arg;
	if (ops->enter)
		ops->enter(a, s);
}

void
app_pop(app *a)
{
	if (a->depth <= 1)
		return;
	screen *s = &a->stack[--a->depth];
	if (s->ops->leave)
		s->ops->leave(a, s);
}

static void
pop_to_root(app *a)
{
	while (a->depth > 1)
		app_pop(a);
}

/* Footer: the keys of this context, as many as fit. */
static void
footer(app *a, unsigned ctx)
{
	int y = a->rows - 1, x = 0;
	attron(app_attr(a, C_HEADER));
	for (int i = 0; i < a->cols; i++)
		mvaddch(y, i, ' ');
	attroff(app_attr(a, C_HEADER));
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < keys_count; i++) {
			const keybind *k = &keys_table[i];
			if (!k->foot || !k->label)
				continue;
			bool mine = (k->ctx & ctx & ~KC_GLOBAL) != 0, global = (k->ctx & KC_GLOBAL) != 0;
			if (pass == 0 ? !mine : (!global || mine))
				continue;
			/* Without an assessment only help and quit mean anything. */
			if (!a->as && !mine && k->act != ACT_HELP && k->act != ACT_QUIT)
				continue;
			const char *shortd = _(k->foot);
			/* "s/Ctrl-S" shows as "s": the help screen has the rest. */
			char lab[16];
			snprintf(lab, sizeof lab, "%s", k->label);
			char *slash = strchr(lab + 1, '/');
			if (slash)
				*slash = '\0';
			int need = text_width(lab) + 1 + text_width(shortd) + 2;
			if (x + need > a->cols)
				return;
			x += draw_text(y, x, lab, a->cols - x, app_attr(a, C_HEADER));
			x += draw_text(y, x, " ", 1, app_attr(a, C_HEADER));
			x += draw_text(y, x, shortd, a->cols - x, app_attr(a, C_HEADER) & ~A_BOLD);
			x += 2;
		}
}

int
frame(app *a, const char *title)
{
	erase();
	attron(app_attr(a, C_HEADER));
	for (int i = 0; i < a->cols; i++)
		mvaddch(0, i, ' ');
	attroff(app_attr(a, C_HEADER));
	int x = 1 + draw_text(0, 1, "siamwiz", 8, app_attr(a, C_HEADER));
	if (title) {
		char *t = xasprintf(" \xc2\xb7 %s", title);
		x += draw_text(0, x, t, a->cols / 2 + 3, app_attr(a, C_HEADER));
		free(t);
	}
	/* Right: file, modified marker, last save. */
	if (a->as) {
		char right[160];
		const char *base = a->path ? strrchr(a->path, '/') : NULL;
		base = base ? base + 1 : a->path ? a->path : _("demo (read-only)");
		char when[32] = "";
		if (a->saved_at) {
			struct tm tm;
			localtime_r(&a->saved_at, &tm);
			strftime(when, sizeof when, "%H:%M", &tm);
		}
		if (a->as->changes)
			snprintf(right, sizeof right, "%s [+] %s", base, _("unsaved"));
		else if (when[0])
			snprintf(right, sizeof right, _("%s  saved %s"), base, when);
		else
			snprintf(right, sizeof right, "%s", base);
		int w = text_width(right);
		int room = a->cols - x - 3;
		if (room > 8)
			draw_text(0, w < room ? a->cols - w - 1 : x + 2, right, room, app_attr(a, C_HEADER));
	}
	footer(a, a->stack[a->depth - 1].ops->ctx);
	if (a->msg[0])
		draw_field(a->rows - 2, 0, a->msg, a->cols,
			   a->msg_error ? app_attr(a, C_ERROR) : app_attr(a, C_KEY));
	return a->rows - (a->msg[0] ? 3 : 2);
}

static bool
too_small(app *a)
{
	if (a->rows >= MIN_ROWS && a->cols >= MIN_COLS)
		return false;
	erase();
	char m[160];
	snprintf(m, sizeof m, _("The terminal is too small: %dx%d. siamwiz needs at least %dx%d."),
		 a->cols, a->rows, MIN_COLS, MIN_ROWS);
	draw_wrap(0, 0, m, a->cols, a->rows, 0, A_BOLD);
	refresh();
	return true;
}

void
app_paint(app *a)
{
	getmaxyx(stdscr, a->rows, a->cols);
	if (too_small(a))
		return;
	screen *s = &a->stack[a->depth - 1];
	curs_set(0);
	s->nhits = 0;
	s->ops->draw(a, s);
}

/* Write unsaved work beside the file every 30 seconds or 20 edits, with
 * the same atomic recipe as a save; the file itself is not touched. */
static void
autosave_tick(app *a, bool force)
{
	if (!a->as || !a->as->changes || !a->path || a->readonly)
		return;
	time_t now = time(NULL);
	if (!force && now - a->autosaved_at < a->set->autosave && a->edits - a->autosaved_edits < AUTOSAVE_EDITS)
		return;
	if (a->autosaved_edits == a->edits && !force)
		return;
	char *err = NULL;
	if (guard_autosave(a->as, a->path, &err) == 0) {
		a->autosaved_at = now;
		a->autosaved_edits = a->edits;
	} else {
		app_message(a, true, _("Autosave failed: %s"), err);
	}
	free(err);
}

bool
app_typeahead(app *a, wint_t *ch, bool *is_key)
{
	if (got_signal)
		return false;
	timeout(0);
	int r = get_wch(ch);
	timeout(500);
	if (r == ERR)
		return false;
	if (r == KEY_CODE_YES && (*ch == KEY_RESIZE || *ch == KEY_MOUSE)) {
		/* Back to the caller's loop, which repaints at the new size (a
		 * click in the middle of typing is dropped). */
		if (*ch == KEY_RESIZE)
			getmaxyx(stdscr, a->rows, a->cols);
		return false;
	}
	*is_key = r == KEY_CODE_YES;
	return true;
}

bool
app_read(app *a, wint_t *ch)
{
	int quick_errs = 0;
	for (;;) {
		if (got_signal) {
			a->running = false;
			*ch = 0;
			return true;
		}
		time_t before = time(NULL);
		int r = get_wch(ch);
		if (r == ERR) {
			/* A timeout is normal: time for an autosave.  Errors coming
			 * back at once, again and again, mean the terminal is gone
			 * (an SSH link dropped without a hangup signal). */
			if (time(NULL) == before && ++quick_errs > 200) {
				got_signal = SIGHUP;
				continue;
			}
			autosave_tick(a, false);
			continue;
		}
		quick_errs = 0;
		if (r == KEY_CODE_YES && *ch == KEY_RESIZE) {
			/* Back to the caller, which repaints everything it shows,
			 * an open dialog included. */
			getmaxyx(stdscr, a->rows, a->cols);
			return true;
		}
		if (r == KEY_CODE_YES && *ch == KEY_MOUSE) {
			MEVENT ev;
			if (getmouse(&ev) == OK && (ev.bstate & (BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED))) {
				/* A click moves the selection of list screens to the row. */
				screen *s = &a->stack[a->depth - 1];
				int row = screen_hit_at(s, ev.y);
				if (row < 0)
					continue;	/* not on an entry: nothing to select */
				s->sel = row;
				if (ev.bstate & BUTTON1_DOUBLE_CLICKED) {
					*ch = '\n';
					return false;
				}
				app_paint(a);
				refresh();
			}
			continue;
		}
		return r == KEY_CODE_YES;
	}
}

/* Write the assessment to path; on failure show why (nothing on disk
 * changed).  links: the hard links the file had, for the notice. */
static bool
save_to(app *a, const char *path, unsigned flags, unsigned long links)
{
	char *err = NULL;
	if (store_save(a->as, path, flags, &err) != 0) {
		char *m = xasprintf(_("%s was not saved: %s\n\nThe file on disk is unchanged and your changes "
				      "are still here. Free some space or fix the permission, then save again, "
				      "or save under another name with S."), path, err);
		dlg_message(a, _("Save failed"), m);
		free(m);
		free(err);
		app_message(a, true, "%s", _("NOT SAVED - see the message"));
		return false;
	}
	a->saved_at = time(NULL);
	if (links > 1)
		app_message(a, false, P_("Saved %s; its %lu other hard link keeps the old content",
					 "Saved %s; its %lu other hard links keep the old content", links - 1),
			    path, links - 1);
	else
		app_message(a, false, _("Saved %s"), path);
	return true;
}

/* The write a save would make: whether it may go ahead (asking about a
 * read-only file), with the flags and the link count for save_to. */
static bool
may_replace(app *a, const char *path, unsigned *flags, unsigned long *links)
{
	fileio_target t;
	char *err = NULL;
	*flags = 0;
	*links = 0;
	if (fileio_probe(path, &t, &err) != 0) {
		char *m = xasprintf(_("%s cannot be written: %s"), path, err);
		dlg_message(a, _("Save failed"), m);
		free(m);
		free(err);
		return false;
	}
	*links = t.links;
	bool ok = true;
	if (t.exists && (t.read_only || t.other_owner)) {
		char *q = xasprintf(t.read_only ? _("%s is read-only. Replace it anyway?")
						: _("%s belongs to another user; saving makes the new file yours. "
						    "Replace it anyway?"), path);
		ok = dlg_ask(a, _("Save"), q, false) == 'y';
		free(q);
		if (ok)
			*flags = FILEIO_FORCE;
		else
			app_message(a, false, "%s", _("Not saved."));
	}
	fileio_target_free(&t);
	return ok;
}

/* Take the lock of a file about to become ours (a new name, a new file);
 * false after saying who holds it. */
static bool
take_lock(app *a, const char *path, bool creating)
{
	guard_lock who;
	char *err = NULL;
	int r = guard_lock_take(path, &who, &err);
	if (r == 0)
		return true;
	char *m = r != 1  ? xasprintf("%s", err)
		  : creating ? xasprintf(_("%s is being created in another siamwiz (user %s on %s, process %ld)."),
					 path, who.user, who.host, who.pid)
			     : xasprintf(_("%s is open in another siamwiz (user %s on %s, process %ld); choose "
					   "another name."), path, who.user, who.host, who.pid);
	dlg_message(a, creating ? _("Cannot create") : _("Save as"), m);
	free(m);
	free(err);
	return false;
}

static bool
same_file(const char *x, const char *y)
{
	struct stat sx, sy;
	return x && y && stat(x, &sx) == 0 && stat(y, &sy) == 0 && sx.st_dev == sy.st_dev && sx.st_ino == sy.st_ino;
}

bool
app_save_as(app *a)
{
	if (!a->as)
		return false;
	const char *title = a->readonly ? _("Save as (the file is open in another siamwiz)")
			    : !a->path  ? _("Save as (the demo itself is never changed)")
					: _("Save as");
	const char *def = a->readonly ? "my-copy.siam.xml" : a->path ? a->path : "my-assessment.siam.xml";
	char *p = dlg_input(a, title, def, false);
	if (!p || !*p || !a->running) {
		free(p);
		app_message(a, false, "%s", _("Not saved."));
		return false;
	}
	if (same_file(p, a->path)) {
		free(p);
		if (a->readonly) {
			dlg_message(a, _("Save as"), _("That is the file another siamwiz is editing; choose "
						      "another name."));
			return false;
		}
		return app_save(a);
	}
	char *why = NULL;
	guard_target g = guard_save_target(p, a->path, &why);
	if (g == GUARD_TARGET_REFUSE) {
		dlg_message(a, _("Save as"), why);
		free(why);
		free(p);
		app_message(a, false, "%s", _("Not saved."));
		return false;
	}
	if (g == GUARD_TARGET_EXISTS) {
		char *q = xasprintf(_("%s already exists. Replace it?"), p);
		int ans = dlg_ask(a, _("Save as"), q, false);
		free(q);
		if (ans != 'y') {
			free(p);
			app_message(a, false, "%s", _("Not saved."));
			return false;
		}
	}
	/* The new name is ours only once its lock is. */
	if (!take_lock(a, p, false)) {
		free(p);
		app_message(a, false, "%s", _("Not saved."));
		return false;
	}
	char *err = NULL;
	unsigned flags;
	unsigned long links;
	if (!may_replace(a, p, &flags, &links) || !save_to(a, p, flags, links)) {
		guard_lock_release(p);
		free(p);
		return false;
	}
	/* From now on this is the file: the old one keeps its content, and
	 * its autosave stays until that file is opened again. */
	if (a->locked && a->path) {
		if (!a->readonly)
			guard_autosave_remove(a->path);
		guard_lock_release(a->path);
	}
	free(a->path);
	a->path = p;
	a->locked = true;
	a->readonly = false;
	a->demo = false;
	fileio_stat(a->path, &a->stamp);
	a->autosaved_edits = a->edits;
	recent_add(a->path, &err);
	free(err);
	return true;
}

bool
app_save(app *a)
{
	if (!a->as)
		return false;
	if (a->readonly || !a->path)
		return app_save_as(a);
	/* Someone changed the file on disk since we read it: never
	 * overwrite that silently. */
	file_stamp now;
	if (a->stamp.valid && fileio_stat(a->path, &now) == 0 && !fileio_stamp_equal(&now, &a->stamp)) {
		int ans = dlg_ask(a, _("Changed on disk"),
				  _("The file was changed on disk after you opened it, by another program or "
				    "person. y: overwrite it with what you see here. n: save under another name. "
				    "Esc: do not save."), true);
		if (ans == 0) {
			app_message(a, true, "%s", _("Not saved: the file changed on disk."));
			return false;
		}
		if (ans == 'n')
			return app_save_as(a);
	}
	unsigned flags;
	unsigned long links;
	if (!may_replace(a, a->path, &flags, &links) || !save_to(a, a->path, flags, links))
		return false;
	fileio_stat(a->path, &a->stamp);
	guard_autosave_remove(a->path);
	a->autosaved_edits = a->edits;
	/* The recent list is a convenience: failing to update it is not news. */
	char *err = NULL;
	recent_add(a->path, &err);
	free(err);
	return true;
}

/* Before working on a file: take its lock (or learn who holds it and go
 * read-only), and offer to recover an autosave newer than the file. */
static bool
adopt(app *a)
{
	guard_lock who;
	char *err = NULL;
	int r = guard_lock_take(a->path, &who, &err);
	if (r == 0) {
		a->locked = true;
	} else if (r == 1) {
		char when[32] = "?";
		struct tm tm;
		if (who.since && localtime_r(&who.since, &tm))
			strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
		char *q = xasprintf(_("%s is open in another siamwiz: user %s on %s, process %ld, since %s.\n\n"
				      "Open it read-only? (Changes can then be saved under another name.)"),
				    a->path, who.user, who.host, who.pid, when);
		int ans = dlg_ask(a, _("File in use"), q, false);
		free(q);
		if (ans != 'y')
			return false;
		a->readonly = true;
	} else {
		app_message(a, true, "%s", err);
		free(err);
	}
	time_t when;
	while (!a->readonly && guard_autosave_pending(a->path, &when)) {
		char ts[32];
		struct tm tm;
		localtime_r(&when, &tm);
		strftime(ts, sizeof ts, "%Y-%m-%d %H:%M", &tm);
		char *q = xasprintf(_("Unsaved work from %s was kept beside the file (siamwiz closed before it "
				      "was saved)"), ts);
		const char *opts[] = {_("Recover it (it stays unsaved until you save)"), _("Discard it"),
				      _("Compare it with the file first")};
		int pick = dlg_pick(a, q, opts, NULL, 3, 0);
		int ans = pick == 0 ? 'r' : pick == 1 ? 'd' : pick == 2 ? 'c' : 0;
		if (!a->running || !ans) {
			/* Undecided: keep both, open the file as it is. */
			free(q);
			break;
		}
		free(q);
		char *ap = guard_autosave_path(a->path);
		diag_list d;
		diag_init(&d, ap);
		assessment *rec = store_load(ap, a->kb, &d, NULL);
		diag_free(&d);
		if (ans == 'd' || !rec) {
			if (!rec && ans != 'd')
				dlg_message(a, _("Recover unsaved work?"), _("The autosave cannot be read; it is left as is."));
			else
				guard_autosave_remove(a->path);
			assess_free(&rec);
			free(ap);
			break;
		}
		if (ans == 'c') {
			char *diff = guard_diff(a->as, rec);
			dlg_message(a, _("Autosave compared with the file"), diff);
			free(diff);
			assess_free(&rec);
			free(ap);
			continue;
		}
		/* Recovered: the work is back, and unsaved until saved. */
		assess_free(&a->as);
		a->as = rec;
		a->as->changes = 1;
		a->edits++;
		free(ap);
		app_message(a, false, "%s", _("Unsaved work recovered: save it with s."));
		break;
	}
	/* a->stamp stays that of the bytes read, before any question: a change
	 * made on disk while a dialog was up is noticed at the next save. */
	return a->running;
}

bool
app_open(app *a, const char *path, bool create)
{
	diag_list d;
	diag_init(&d, path);
	struct stat st;
	assessment *as = NULL;
	file_stamp stamp = {0};
	bool locked = false;
	if (create && stat(path, &st) != 0) {
		/* A new file is ours from the start: nobody else may create it
		 * meanwhile. */
		if (!take_lock(a, path, true)) {
			diag_free(&d);
			return false;
		}
		char *err = NULL;
		locked = true;
		as = assess_new(a->kb, "");
		char today[11];
		util_today(today);
		assess_set_date(as, as->date, today, &err);
		assess_set_text(as, &as->assessor, a->set->assessor, &err);
		free(err);
	} else {
		as = store_load(path, a->kb, &d, &stamp);
	}
	if (!as) {
		char *m = diag_format(&d);
		dlg_message(a, _("Cannot open"), m);
		free(m);
		diag_free(&d);
		return false;
	}
	diag_free(&d);
	if (a->locked && a->path)
		guard_lock_release(a->path);
	a->locked = locked;
	a->readonly = false;
	assess_free(&a->as);
	a->as = as;
	free(a->path);
	a->path = xstrdup(path);
	a->stamp = stamp;
	a->demo = false;
	a->edits++;
	char *err = NULL;
	if (stat(path, &st) == 0) {
		recent_add(path, &err);
		if (!adopt(a)) {
			assess_free(&a->as);
			free(a->path);
			a->path = NULL;
			free(err);
			return false;
		}
	}
	free(err);
	return true;
}

static bool
confirm_quit(app *a)
{
	if (!a->as || !a->as->changes)
		return true;
	int ans = dlg_ask(a, _("Unsaved changes"),
			  _("There are changes that are not saved. Save them before quitting?"), true);
	if (ans == 'y')
		return app_save(a);
	/* The user chose to drop the changes: drop their autosave too. */
	if (ans == 'n' && a->path && !a->readonly)
		guard_autosave_remove(a->path);
	return ans == 'n';
}

/* Keys that mean the same on every screen. */
static void
global_key(app *a, action act)
{
	switch (act) {
	case ACT_QUIT:
		if (confirm_quit(a))
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
	default:
		if (!a->as)
			break;
		switch (act) {
		case ACT_STAGE1: case ACT_STAGE2: case ACT_STAGE3: case ACT_STAGE4: {
			size_t n = (size_t)(act - ACT_STAGE1);
			if (n < a->kb->nstages) {
				pop_to_root(a);
				app_push(a, &scr_stage, n);
			}
			break;
		}
		case ACT_GAPS: pop_to_root(a); app_push(a, &scr_gaps, 0); break;
		case ACT_ROADMAP: pop_to_root(a); break;
		case ACT_PROFILE: pop_to_root(a); app_push(a, &scr_profile, 0); break;
		case ACT_DOCS: pop_to_root(a); app_push(a, &scr_docs, 0); break;
		case ACT_ACTIONS: pop_to_root(a); app_push(a, &scr_actions, 0); break;
		case ACT_SEARCH: app_push(a, &scr_search, 0); break;
		case ACT_EXPORT: export_dialog(a); break;
		default: break;
		}
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

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);

	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (!scr) {
		fprintf(stderr, "%s\n", _("siamwiz: cannot start the terminal interface (is TERM set?)"));
		return 2;
	}
	set_escdelay(25);
	raw();		/* Ctrl-S and Ctrl-C reach us as keys */
	noecho();
	keypad(stdscr, TRUE);
	/* Home and End arrive in several dialects depending on the terminal
	 * and on TERM being right; a wrong guess must never read as Esc + "1". */
	static const struct { const char *seq; int key; } alt[] = {
		{"\033[1~", KEY_HOME}, {"\033[7~", KEY_HOME}, {"\033[H", KEY_HOME}, {"\033OH", KEY_HOME},
		{"\033[4~", KEY_END}, {"\033[8~", KEY_END}, {"\033[F", KEY_END}, {"\033OF", KEY_END},
		{"\033[3~", KEY_DC}, {"\033[5~", KEY_PPAGE}, {"\033[6~", KEY_NPAGE}, {"\033[Z", KEY_BTAB},
	};
	for (size_t i = 0; i < sizeof alt / sizeof alt[0]; i++)
		if (key_defined(alt[i].seq) <= 0)
			define_key(alt[i].seq, alt[i].key);
	timeout(500);
	curs_set(0);
	mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED, NULL);
	colors_init(&a);
	getmaxyx(stdscr, a.rows, a.cols);
	app_push(&a, as ? &scr_roadmap : &scr_start, 0);
	if (path) {
		char *err = NULL;
		recent_add(path, &err);
		free(err);
		if (!adopt(&a))
			a.running = false;
	}
	/* A fresh assessment starts where a workshop starts: the profile.
	 * (a.as, not as: recovering an autosave replaces the assessment.) */
	if (a.as && !*a.as->organization && !a.as->nproviders)
		app_push(&a, &scr_profile, 0);

	while (a.running) {
		app_paint(&a);
		refresh();
		wint_t ch;
		bool is_key = app_read(&a, &ch);
		if (!a.running)
			break;
		if (a.rows < MIN_ROWS || a.cols < MIN_COLS) {
			if (!is_key && (ch == 'q' || ch == 3) && confirm_quit(&a))
				a.running = false;
			continue;
		}
		a.msg[0] = '\0';
		screen *s = &a.stack[a.depth - 1];
		action act = keys_lookup(s->ops->ctx, ch, is_key);
		unsigned long before = a.as ? a.as->changes : 0;
		int r = s->ops->key(&a, s, act, ch, is_key);
		if (a.as && a.as->changes != before) {
			a.edits++;
			autosave_tick(&a, false);
		}
		if (r & R_UNHANDLED)
			global_key(&a, act);
		if (r & R_BACK)
			app_pop(&a);
		if ((r & R_QUIT) && confirm_quit(&a))
			a.running = false;
	}
	endwin();
	delscreen(scr);
	while (a.depth > 0) {
		screen *s = &a.stack[--a.depth];
		if (s->ops->leave)
			s->ops->leave(&a, s);
	}
	int rc = 0;
	if (got_signal && a.as && a.as->changes) {
		/* The terminal went away with unsaved work: never lose it.  Beside
		 * the file (offered back at the next open), or for work with no
		 * file of its own, in the state directory. */
		char *err = NULL;
		char *where = guard_emergency_save(a.as, a.path && !a.readonly ? a.path : NULL, &err);
		if (where)
			fprintf(stderr, _("siamwiz: unsaved changes written to %s\n"), where);
		else
			fprintf(stderr, _("siamwiz: could not write unsaved changes anywhere: %s\n"), err);
		free(err);
		free(where);
		rc = 2;
	}
	if (a.locked && a.path)
		guard_lock_release(a.path);
	gap_free(&a.gaps);
	assess_free(&a.as);
	free(a.path);
	return rc;
}
