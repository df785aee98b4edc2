/* scr_actions.c - the action plan: missing and partial items by
 * priority, with owner, due date and the clauses that depend on them. */
#include "config.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "tui/tui.h"

/* The owner column only when there is room for the title as well. */
static int
actions_owner_w(int w)
{
	return w >= 100 ? 18 : 0;
}

static void
actions_row(app *a, screen *s, int y, int i, bool sel)
{
	const gap_report *r = app_gaps(a);
	const gap_action *ac = &r->actions[i];
	const as_item *rec = gap_action_record(r, ac);
	const kb_item *it = &a->kb->items[ac->item];
	int w = a->cols, ow = actions_owner_w(w), what = w - 21 - ow - 20;
	int base = draw_row(a, y, sel);
	(void)s;
	int pa = ac->priority == PRIO_HIGH     ? app_attr(a, C_GAP)
		 : ac->priority == PRIO_MEDIUM ? app_attr(a, C_PARTIAL)
					       : AT_NORMAL;
	draw_text(y, 1, gap_priority_label(ac->priority), 8, sel ? base : pa);
	draw_text(y, 10, it->id, 10, base | AT_BOLD);
	draw_text(y, 21, kb_tr(&it->title), what, base);
	if (ow)
		draw_text(y, w - 20 - ow, rec->owner ? rec->owner : "", ow - 1, base);
	draw_text(y, w - 19, rec->due, 10, base);
	char *dep = xasprintf("%5zu", ac->dependents);
	draw_text(y, w - 8, dep, 7, base);
	free(dep);
}

static void
actions_draw(app *a, screen *s)
{
	const gap_report *r = app_gaps(a);
	int h = frame(a, _("Action plan"));
	int w = a->cols, n = (int)r->nactions;
	int ow = actions_owner_w(w), what = w - 21 - ow - 20;
	draw_text(1, 1, _("Priority"), 8, app_attr(a, C_TITLE));
	draw_text(1, 10, _("Item"), 10, app_attr(a, C_TITLE));
	draw_text(1, 21, _("What"), what, app_attr(a, C_TITLE));
	if (ow)
		draw_text(1, w - 20 - ow, _("Owner"), ow - 1, app_attr(a, C_TITLE));
	draw_text(1, w - 19, _("Due"), 10, app_attr(a, C_TITLE));
	draw_text(1, w - 8, _("Clauses"), 7, app_attr(a, C_TITLE));
	if (!n)
		draw_text(2, 1, _("Nothing to do: no item is missing or partial."), w - 2, app_attr(a, C_DIM));
	list_draw(a, s, 2, h - 2, n, actions_row);
}

static int
actions_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const gap_report *r = app_gaps(a);
	(void)ch;
	(void)is_key;
	if (list_move(s, act, (int)r->nactions, 10))
		return R_NONE;
	if (act == ACT_ENTER && r->nactions) {
		app_push(a, &scr_item, r->actions[s->sel].item);
		return R_NONE;
	}
	return R_UNHANDLED;
}

const screen_ops scr_actions = {"actions", KC_LIST, NULL, actions_draw, actions_key, NULL};
