/* register.c - the register widget: the keys of every register screen
 * (providers, structural elements, role holders, evidence) in one place:
 * moving, adding, editing and removing with its question.  Each register
 * brings its dialogs; the widget decides when they run. */
#include "config.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "tui/tui.h"

int
register_key(app *a, screen *s, const register_ops *r, action act)
{
	int n = r->count(a, s);
	if (list_move(s, act, n, 10))
		return R_NONE;
	if (act == ACT_ADD && r->add) {
		r->edit(a, s, -1);
		/* The new entry is the last one: show it selected. */
		if (r->count(a, s) > n)
			s->sel = r->count(a, s) - 1;
		return R_NONE;
	}
	if ((act == ACT_EDIT || act == ACT_ENTER) && n) {
		r->edit(a, s, s->sel);
		return R_NONE;
	}
	if (act == ACT_DELETE && n && r->remove) {
		char *q = r->question(a, s, s->sel), *err = NULL;
		if (dlg_ask(a, _(r->remove_title), q, false) == 'y' && r->remove(a, s, s->sel, &err) != 0)
			dlg_message(a, _(r->remove_title), err);
		free(q);
		free(err);
		return R_NONE;
	}
	return R_UNHANDLED;
}
