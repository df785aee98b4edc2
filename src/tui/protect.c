/* protect.c - nothing typed is ever lost: autosave beside the file, the
 * save and save-as flows with their checks (changed on disk, read-only,
 * another siamwiz), the lock, the recovery of unsaved work, the question
 * before quitting and the emergency save when the terminal goes away. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/i18n.h"
#include "core/guard.h"
#include "core/recent.h"
#include "core/store.h"
#include "tui/tui.h"

#define AUTOSAVE_EDITS 20

/* Write unsaved work beside the file every 30 seconds or 20 edits, with
 * the same atomic recipe as a save; the file itself is not touched. */
void
app_autosave(app *a, bool force)
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

/* Write the assessment to path; on failure show why (nothing on disk
 * changed).  links: the hard links the file had, for the notice. */
static bool
save_to(app *a, const char *path, unsigned flags, unsigned long links)
{
	char *err = NULL;
	if (store_save(a->as, path, flags, &err) != 0) {
		char *m = xasprintf(_("%s was not saved: %s\n\nThe file on disk is unchanged and your changes "
				      "are still here. Free some space or fix the permission, then save again, "
				      "or save under another name with S."),
				    path, err);
		dlg_message(a, _("Save failed"), m);
		free(m);
		free(err);
		app_message(a, true, "%s", _("NOT SAVED - see the message"));
		return false;
	}
	a->saved_at = time(NULL);
	if (a->hist && a->hist_of == a->as)
		history_saved(a->hist);
	if (links > 1)
		app_message(a, false,
			    P_("Saved %s; its %lu other hard link keeps the old content",
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
						    "Replace it anyway?"),
				    path);
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
	char *m = r != 1     ? xasprintf("%s", err)
		  : creating ? xasprintf(_("%s is being created in another siamwiz (user %s on %s, process %ld)."),
					 path, who.user, who.host, who.pid)
			     : xasprintf(_("%s is open in another siamwiz (user %s on %s, process %ld); choose "
					   "another name."),
					 path, who.user, who.host, who.pid);
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
			dlg_message(a, _("Save as"),
				    _("That is the file another siamwiz is editing; choose "
				      "another name."));
			return false;
		}
		return app_save(a);
	}
	char *why = NULL;
	guard_target g = guard_save_target(p, a->path, &why);
	char *q = xasprintf(_("%s already exists. Replace it?"), p);
	bool ok = dlg_may_write(a, _("Save as"), g, why, q);
	free(q);
	if (!ok) {
		free(p);
		app_message(a, false, "%s", _("Not saved."));
		return false;
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
				    "Esc: do not save."),
				  true);
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
bool
app_adopt(app *a)
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
				      "was saved)"),
				    ts);
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
				dlg_message(a, _("Recover unsaved work?"),
					    _("The autosave cannot be read; it is left as is."));
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
		if (!app_adopt(a)) {
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

bool
app_confirm_quit(app *a)
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

int
app_emergency_save(app *a)
{
	if (!term_signal() || !a->as || !a->as->changes)
		return 0;
	/* The terminal went away with unsaved work: never lose it.  Beside
	 * the file (offered back at the next open), or for work with no
	 * file of its own, in the state directory. */
	char *err = NULL;
	char *where = guard_emergency_save(a->as, a->path && !a->readonly ? a->path : NULL, &err);
	if (where)
		fprintf(stderr, _("siamwiz: unsaved changes written to %s\n"), where);
	else
		fprintf(stderr, _("siamwiz: could not write unsaved changes anywhere: %s\n"), err);
	free(err);
	free(where);
	return 2;
}
