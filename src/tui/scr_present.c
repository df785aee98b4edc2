/* scr_present.c - the presenter view, for a projector or a remote room
 * following through a read-only tmux attach: one question at a time, in
 * large margins and high contrast, with nothing else on screen.  The
 * room's answer is captured with the same single keys as everywhere.
 * s->arg is the item, s->field the question shown. */
#include "config.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "tui/tui.h"

/* An item without questions is asked as its description. */
static size_t
nquestions(const kb_item *it)
{
	return it->questions.n ? it->questions.n : 1;
}

static void
present_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	const kb_item *it = &k->items[s->arg];
	const kb_stage *st = &k->stages[it->stage];
	const as_item *rec = assess_find(a->as, it->id);
	erase();
	int mx = a->cols / 8, my = a->rows / 8;
	int w = a->cols - 2 * mx, bottom = a->rows - my - 1;
	if (s->field >= (int)nquestions(it))
		s->field = (int)nquestions(it) - 1;
	char *stage = xasprintf(_("Stage %d \xc2\xb7 %s"), st->number, kb_tr(&st->title));
	draw_text(my, mx, stage, w, AT_BOLD);
	free(stage);
	int y = my + 2;
	y += draw_wrap(y, mx, kb_tr(&it->title), w, 2, 0, (int)A_REVERSE | AT_BOLD) + 1;
	const char *q = it->questions.n ? kb_tr(&it->questions.v[s->field]) : kb_tr(&it->description);
	draw_wrap(y, mx, q, w, bottom - y - 1, 0, AT_BOLD);

	/* The answer so far, and where the room is. */
	as_result res = rec ? rec->result : RES_NOT_ASSESSED;
	char *ans = xasprintf(_("Answer: %s"), as_result_label(res));
	int used = draw_text(bottom, mx, ans, w / 2, result_attr(a, res) | AT_BOLD);
	free(ans);
	char *pos = a->msg[0] ? xstrdup(a->msg)
			      : xasprintf(_("question %d/%zu \xc2\xb7 item %d/%zu"), s->field + 1, nquestions(it),
					  item_position(k, s->arg) + 1, st->nitems);
	int pw = text_width(pos);
	if (pw > w - used - 2)
		pw = w - used - 2;
	if (pw > 0)
		draw_text(bottom, mx + w - pw, pos, pw, a->msg_error ? app_attr(a, C_ERROR) : AT_DIM);
	free(pos);
}

/* To the first question of the next (dir 1) or previous item. */
static void
present_item(app *a, screen *s, int dir)
{
	if (item_go(a, s, dir))
		s->field = 0;
}

static int
present_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	(void)ch;
	(void)is_key;
	const kb_item *ki = &a->kb->items[s->arg];
	int r = action_result(act);
	if (r >= 0) {
		if (item_set_result(a, ki, (as_result)r))
			present_item(a, s, 1);
		return R_NONE;
	}
	switch (act) {
	case ACT_DOWN:
		if (s->field + 1 < (int)nquestions(ki))
			s->field++;
		else
			present_item(a, s, 1);
		return R_NONE;
	case ACT_UP:
		if (s->field > 0)
			s->field--;
		return R_NONE;
	case ACT_NEXT_ITEM:
	case ACT_PREV_ITEM:
		present_item(a, s, act == ACT_NEXT_ITEM ? 1 : -1);
		return R_NONE;
	default:
		return R_UNHANDLED;
	}
}

const screen_ops scr_present = {"present", KC_PRESENT, NULL, present_draw, present_key, NULL};
