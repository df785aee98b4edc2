/* capture.c - typing a note or an evidence entry right where the item is
 * shown (the item screen, guided capture), without a dialog: one key to
 * start, the text, Enter to commit, Esc to cancel.  The screen keeps a
 * capture in its data and hands it the keys while it is active. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "tui/tui.h"

bool
capture_active(const capture *c)
{
	return c->kind != CAP_NONE;
}

void
capture_start(capture *c, app *a, const kb_item *ki, capture_kind kind)
{
	const as_item *rec = assess_find(a->as, ki->id);
	capture_stop(c);
	/* A note goes on from the one there is; an evidence entry is new. */
	ed_init(&c->ed, kind == CAP_NOTE && rec ? rec->notes : "", true);
	c->kind = kind;
}

void
capture_stop(capture *c)
{
	if (c->kind != CAP_NONE)
		ed_free(&c->ed);
	c->kind = CAP_NONE;
}

/* Commit what was typed through the core; false (with a message) when it
 * was refused, and the text stays in the editor to be fixed. */
static bool
commit(capture *c, app *a, const kb_item *ki)
{
	char *text = ed_text(&c->ed), *err = NULL;
	bool ok = true;
	const char *p = text + strspn(text, " \t\n");
	if (c->kind == CAP_EVIDENCE && !*p) {
		app_message(a, false, "%s", _("No evidence added: the entry was empty."));
		goto out;
	}
	as_item *it = assess_item(a->as, ki->id, &err);
	if (!it) {
		ok = false;
	} else if (c->kind == CAP_NOTE) {
		ok = assess_set_text(a->as, &it->notes, *p ? text : "", &err) == 0;
		if (ok)
			app_message(a, false, _("%s: note recorded"), ki->id);
	} else {
		ok = assess_add_evidence(a->as, it, text, NULL, &err) == 0;
		if (ok)
			app_message(a, false, _("%s: evidence added (%zu in all)"), ki->id, it->nevidence);
	}
	if (!ok)
		app_message(a, true, "%s", err ? err : _("Not saved."));
out:
	free(err);
	free(text);
	return ok;
}

int
capture_key(capture *c, app *a, const kb_item *ki, wint_t ch, bool is_key)
{
	for (;;) {
		int r = input_key(a, &c->ed, ch, is_key);
		if (r == -1) {
			if (commit(c, a, ki))
				capture_stop(c);
			return R_NONE;
		}
		if (r == -2) {
			capture_stop(c);
			app_message(a, false, "%s", _("Cancelled: nothing changed."));
			return R_NONE;
		}
		/* A paste arrives as many keys at once: take them all before
		 * drawing again. */
		if (!app_typeahead(a, &ch, &is_key))
			return R_NONE;
	}
}

void
capture_draw(capture *c, app *a, int y, int h)
{
	int w = a->cols;
	const char *label = c->kind == CAP_NOTE ? _("Note:") : _("Evidence:");
	draw_field(y, 0, "", w, AT_NORMAL);
	draw_text(y, 1, label, w - 2, app_attr(a, C_TITLE) | AT_BOLD);
	/* The keys of every editor, on a line of their own: Enter accepts,
	 * Esc cancels. */
	char *hint = keys_hint(KC_EDITOR, ACT_NONE);
	int rows = h > 2 ? h - 2 : 1;
	ed_draw(&c->ed, y + 1, 1, rows, w - 2, app_attr(a, C_SELECT));
	if (h > 2)
		draw_text(y + 1 + rows, 1, hint, w - 2, app_attr(a, C_KEY));
	free(hint);
}
