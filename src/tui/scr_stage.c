/* scr_stage.c - a roadmap stage as a list of its inputs and outputs, with
 * quick answers that move straight on to the next item. */
#include "config.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "tui/tui.h"

/* The owner column only when there is room for it. */
static int
stage_owner_w(int w)
{
	return w >= 100 ? 24 : w >= 80 ? 16 : 0;
}

static int
stage_title_w(int w)
{
	int owner_w = stage_owner_w(w);
	return w - 34 - (owner_w ? owner_w + 2 : 1);
}

static void
stage_row(app *a, screen *s, int y, int i, bool sel)
{
	const kb *k = a->kb;
	const kb_item *it = &k->items[k->stages[s->arg].items[i]];
	const as_item *rec = assess_find(a->as, it->id);
	as_result res = rec ? rec->result : RES_NOT_ASSESSED;
	int w = a->cols, owner_w = stage_owner_w(w);
	int base = draw_row(a, y, sel);
	draw_text(y, 1, it->id, 10, base | AT_BOLD);
	char *badge = xasprintf("[%s]", result_badge(res));
	draw_text(y, 11, badge, 10, sel ? base : result_attr(a, res));
	free(badge);
	draw_text(y, 22, rec ? as_status_label(rec->status) : "", 11, base);
	draw_text(y, 34, kb_tr(&it->title), stage_title_w(w), base);
	if (owner_w && rec && rec->owner)
		draw_text(y, w - owner_w - 1, rec->owner, owner_w, base);
}

static void
stage_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	const kb_stage *st = &k->stages[s->arg];
	char *title = xasprintf(_("Stage %d: %s"), st->number, kb_tr(&st->title));
	int h = frame(a, title);
	free(title);
	int w = a->cols;
	int y = 1;
	y += draw_wrap(y, 1, kb_tr(&st->purpose), w - 2, 2, 0, app_attr(a, C_DIM)) > 1 ? 2 : 1;
	int owner_w = stage_owner_w(w);
	draw_text(y, 1, _("Item"), 10, app_attr(a, C_TITLE));
	draw_text(y, 11, _("Result"), 10, app_attr(a, C_TITLE));
	draw_text(y, 22, _("Status"), 11, app_attr(a, C_TITLE));
	draw_text(y, 34, _("Input or output"), stage_title_w(w), app_attr(a, C_TITLE));
	if (owner_w)
		draw_text(y, w - owner_w - 1, _("Owner"), owner_w, app_attr(a, C_TITLE));
	y++;
	int n = (int)st->nitems, detail = 3;
	list_draw(a, s, y, h - y - detail, n, stage_row);
	if (n) {
		const kb_item *it = &k->items[st->items[s->sel]];
		draw_hline(h - detail, 0, w);
		draw_wrap(h - detail + 1, 1, kb_tr(&it->description), w - 2, detail - 1, 0, AT_NORMAL);
	}
}

static int
stage_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const kb_stage *st = &a->kb->stages[s->arg];
	(void)ch;
	(void)is_key;
	if (list_move(s, act, (int)st->nitems, 10) || stage_gate_key(a, s->arg, act))
		return R_NONE;
	if (!st->nitems)
		return R_UNHANDLED;
	const kb_item *ki = &a->kb->items[st->items[s->sel]];
	if (act == ACT_ENTER || act == ACT_GUIDED || act == ACT_PRESENT) {
		app_push(a,
			 act == ACT_GUIDED    ? &scr_guided
			 : act == ACT_PRESENT ? &scr_present
					      : &scr_item,
			 st->items[s->sel]);
		return R_NONE;
	}
	if (item_quick_result(a, ki, act)) {
		if (act != ACT_NA && s->sel < (int)st->nitems - 1)
			s->sel++; /* fast capture: straight on to the next item */
		return R_NONE;
	}
	return R_UNHANDLED;
}

const screen_ops scr_stage = {"stage", KC_STAGE | KC_LIST, NULL, stage_draw, stage_key, NULL};
