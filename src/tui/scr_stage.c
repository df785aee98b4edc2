/* scr_stage.c - a roadmap stage as a list of its inputs and outputs, with
 * quick answers that move straight on to the next item. */
#include "config.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "tui/tui.h"

/* The columns of a stage list.  The title gets the room: the result and
 * the status are as wide as their longest label in this language, and
 * the owner has a column only when an item of the stage has one and the
 * title keeps TITLE_MIN columns beside it. */
enum {
	TITLE_MIN = 45,
	OWNER_MIN = 12,
	OWNER_MAX = 24
};

typedef struct stage_cols {
	int res_x, res_w, st_x, st_w, title_x, title_w, owner_w; /* owner_w 0: no owner column */
} stage_cols;

static int
widest(int w, const char *s)
{
	int t = text_width(s);
	return t > w ? t : w;
}

static bool
stage_has_owner(const app *a, const kb_stage *st)
{
	for (size_t i = 0; i < st->nitems; i++) {
		const as_item *rec = assess_find(a->as, a->kb->items[st->items[i]].id);
		if (rec && rec->owner && *rec->owner)
			return true;
	}
	return false;
}

static stage_cols
stage_columns(const app *a, const kb_stage *st)
{
	stage_cols c = {0};
	c.res_w = widest(0, _("Result"));
	for (int r = 0; r < RES_COUNT; r++) {
		int bw = text_width(result_badge((as_result)r)) + 2; /* in brackets */
		c.res_w = bw > c.res_w ? bw : c.res_w;
	}
	c.st_w = widest(0, _("Status"));
	for (int v = 0; v < STATUS_COUNT; v++)
		c.st_w = widest(c.st_w, as_status_label((as_status)v));
	c.res_x = 11;
	c.st_x = c.res_x + c.res_w + 1;
	c.title_x = c.st_x + c.st_w + 1;
	int room = a->cols - c.title_x - 1;
	int owner = room - TITLE_MIN - 1;
	if (owner >= OWNER_MIN && stage_has_owner(a, st))
		c.owner_w = owner < OWNER_MAX ? owner : OWNER_MAX;
	c.title_w = c.owner_w ? room - c.owner_w - 1 : room;
	return c;
}

/* The columns of the list being drawn (stage_draw sets them for its rows). */
static stage_cols drawn;

static void
stage_row(app *a, screen *s, int y, int i, bool sel)
{
	const kb *k = a->kb;
	const kb_stage *st = &k->stages[s->arg];
	const kb_item *it = &k->items[st->items[i]];
	const as_item *rec = assess_find(a->as, it->id);
	as_result res = rec ? rec->result : RES_NOT_ASSESSED;
	const stage_cols c = drawn;
	int base = draw_row(a, y, sel);
	draw_text(y, 1, it->id, 10, base | AT_BOLD);
	char *badge = xasprintf("[%s]", result_badge(res));
	draw_text(y, c.res_x, badge, c.res_w, sel ? base : result_attr(a, res));
	free(badge);
	draw_text(y, c.st_x, rec ? as_status_label(rec->status) : "", c.st_w, base);
	draw_text(y, c.title_x, kb_tr(&it->title), c.title_w, base);
	if (c.owner_w && rec && rec->owner)
		draw_text(y, a->cols - c.owner_w - 1, rec->owner, c.owner_w, base);
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
	stage_cols c = drawn = stage_columns(a, st);
	draw_text(y, 1, _("Item"), 10, app_attr(a, C_TITLE));
	draw_text(y, c.res_x, _("Result"), c.res_w, app_attr(a, C_TITLE));
	draw_text(y, c.st_x, _("Status"), c.st_w, app_attr(a, C_TITLE));
	draw_text(y, c.title_x, _("Input or output"), c.title_w, app_attr(a, C_TITLE));
	if (c.owner_w)
		draw_text(y, w - c.owner_w - 1, _("Owner"), c.owner_w, app_attr(a, C_TITLE));
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
