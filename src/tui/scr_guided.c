/* scr_guided.c - guided capture: the room goes through a stage one item
 * at a time.  The item's purpose and questions are on screen; one key
 * answers and moves on, one key starts a note or an evidence entry right
 * there.  s->arg is the item shown. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "tui/tui.h"

/* The last rows: what was recorded, or the text being typed. */
enum {
	GD_RECORD_ROWS = 4
};

/* One line of what the record holds: a label and its value (or a dash). */
static void
record_line(app *a, int y, const char *label, const char *value)
{
	draw_text(y, 1, label, 14, app_attr(a, C_TITLE));
	if (value && *value)
		draw_text(y, 16, value, a->cols - 17, AT_NORMAL);
	else
		draw_text(y, 16, "\xe2\x80\x93", 1, AT_DIM);
}

/* Where a mark takes the room, for the hint line. */
static char *
after_mark(app *a, const screen *s)
{
	long next = item_step(a->kb, s->arg, 1);
	if (next < 0)
		return xstrdup(_("After a mark: the end of the stage (C records its checkpoint)"));
	return xasprintf(_("After a mark: %s"), a->kb->items[next].id);
}

static void
guided_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	const kb_item *it = &k->items[s->arg];
	const kb_stage *st = &k->stages[it->stage];
	const as_item *rec = assess_find(a->as, it->id);
	char *title = xasprintf(_("Guided capture \xc2\xb7 stage %d: %s"), st->number, kb_tr(&st->title));
	int h = frame(a, title);
	free(title);
	int w = a->cols, y = 1;

	/* Where we are, and the answer so far. */
	as_result res = rec ? rec->result : RES_NOT_ASSESSED;
	char *where = xasprintf(_("Item %d of %zu \xc2\xb7 %s \xc2\xb7 %s"), item_position(k, s->arg) + 1, st->nitems,
				it->id, it->output ? _("output") : _("input"));
	draw_text(y, 1, where, w / 2, app_attr(a, C_DIM));
	free(where);
	char *ans = rec ? xasprintf("%s \xc2\xb7 %s", as_result_label(res), as_status_label(rec->status))
			: xstrdup(as_result_label(res));
	int aw = text_width(ans);
	draw_text(y, w - aw - 1, ans, aw, result_attr(a, res) | AT_BOLD);
	free(ans);
	y += 2;

	y += draw_wrap(y, 1, kb_tr(&it->title), w - 2, 2, 0, app_attr(a, C_TITLE) | AT_BOLD);
	int rec_y = h - GD_RECORD_ROWS - 1;
	draw_wrap(y, 1, kb_tr(&it->description), w - 2, 3, 0, AT_NORMAL);
	y += 4;
	if (y < rec_y) {
		strbuf b;
		sb_init(&b);
		for (size_t i = 0; i < it->questions.n; i++)
			sb_addf(&b, "%zu. %s\n", i + 1, kb_tr(&it->questions.v[i]));
		if (b.s && y + 1 < rec_y) {
			draw_text(y++, 1, _("Questions for the room"), w - 2, app_attr(a, C_TITLE));
			draw_wrap(y, 3, b.s, w - 4, rec_y - y, 0, AT_NORMAL);
		}
		sb_free(&b);
	}

	draw_hline(rec_y, 0, w);
	if (capture_active(s->data)) {
		capture_draw(s->data, a, rec_y + 1, GD_RECORD_ROWS);
		return;
	}
	record_line(a, rec_y + 1, _("Notes"), rec ? rec->notes : NULL);
	char *ev = NULL;
	if (rec && rec->nevidence) {
		strbuf b;
		sb_init(&b);
		for (size_t i = 0; i < rec->nevidence; i++)
			sb_addf(&b, "%s%s", i ? "; " : "", rec->evidence[i].text);
		ev = sb_steal(&b);
	}
	char *evl = xasprintf(_("Evidence (%zu)"), rec ? rec->nevidence : (size_t)0);
	record_line(a, rec_y + 2, evl, ev);
	free(evl);
	free(ev);
	char *next = after_mark(a, s);
	draw_text(rec_y + 4, 1, next, w - 2, app_attr(a, C_KEY));
	free(next);
}

/* The last item answered: what is left of the stage, and the gate. */
static void
end_of_stage(app *a, const kb_item *ki, as_result r)
{
	const kb_stage *st = &a->kb->stages[ki->stage];
	size_t open = 0;
	for (size_t i = 0; i < st->nitems; i++)
		open += gap_item_result(a->as, &a->kb->items[st->items[i]]) == RES_NOT_ASSESSED;
	if (!open)
		app_message(a, false, _("%s: %s. The stage is answered: C records its checkpoint."), ki->id,
			    as_result_label(r));
	else
		app_message(a, false,
			    P_("%s: %s. The last item; %zu of the stage is not assessed yet (< goes back).",
			       "%s: %s. The last item; %zu of the stage are not assessed yet (< goes back).", open),
			    ki->id, as_result_label(r), open);
}

static int
guided_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const kb_item *ki = &a->kb->items[s->arg];
	if (capture_active(s->data))
		return capture_key(s->data, a, ki, ch, is_key);
	int r = action_result(act);
	if (r >= 0) {
		/* Answered: on to the next item, unless the answer was refused
		 * (an n/a without its reason), which stays to be fixed. */
		if (item_set_result(a, ki, (as_result)r) && item_step(a->kb, s->arg, 1) >= 0)
			item_go(a, s, 1);
		else if (item_step(a->kb, s->arg, 1) < 0 && !a->msg_error)
			end_of_stage(a, ki, (as_result)r);
		return R_NONE;
	}
	if (item_keys(a, s, act))
		return R_NONE;
	if (act == ACT_ENTER) {
		app_push(a, &scr_item, s->arg);
		return R_NONE;
	}
	return stage_gate_key(a, ki->stage, act) ? R_NONE : R_UNHANDLED;
}

static void
guided_enter(app *a, screen *s)
{
	(void)a;
	s->data = xcalloc(1, sizeof(capture));
}

static void
guided_leave(app *a, screen *s)
{
	(void)a;
	capture_stop(s->data);
	free(s->data);
	s->data = NULL;
}

const screen_ops scr_guided = {"guided", KC_GUIDED, guided_enter, guided_draw, guided_key, guided_leave};
