/* scr_start.c - the start screen: a new assessment, a recent or any file,
 * the demo, or unsaved work to recover. */
#include "config.h"

#include <stdlib.h>
#include <sys/stat.h>

#include "core/embedded.h"
#include "core/i18n.h"
#include "core/guard.h"
#include "core/recent.h"
#include "core/store.h"
#include "tui/tui.h"

enum {
	ST_NEW,
	ST_RECENT,
	ST_OPEN,
	ST_DEMO,
	ST_RECOVER,
	ST_QUIT,
	ST_COUNT
};

static const char *const start_labels[] = {
	N_("New assessment..."),        N_("Open a recent assessment..."), N_("Open an assessment file..."),
	N_("Open the demo assessment"), N_("Recover unsaved work..."),     N_("Quit"),
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
	draw_text(2, 2, _("Assess SIAM adoption along the four roadmap stages, against ISO/IEC 20000-1."), a->cols - 4,
		  app_attr(a, C_TITLE));
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
		return R_NONE;
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
			dlg_message(a, _("Recent assessments"),
				    _("No recent assessment yet. Files you open or save "
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
				if (opened) {
					app_replace_root(a, &scr_roadmap);
					app_place_restore(a);
				}
				return R_NONE;
			}
		}
		if (p && *p)
			opened = app_open(a, p, create);
		if (opened && create) {
			/* A new file starts at the profile, and exists on disk at once. */
			app_save(a);
			app_replace_root(a, &scr_roadmap);
			app_push(a, &scr_profile, 0);
			free(p);
			return R_NONE;
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
	if (opened) {
		app_replace_root(a, &scr_roadmap);
		app_place_restore(a);
	}
	return R_NONE;
}

const screen_ops scr_start = {"start", KC_START | KC_LIST, NULL, start_draw, start_key, NULL};
