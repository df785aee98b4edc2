/* list.c - the list widget every list screen and picker shares: the
 * selection, the scroll offset that keeps it in view, the visible rows
 * (each drawn by the screen's row callback) and the row of each entry for
 * the mouse.  No curses call here: the movement is tested without a
 * terminal, and the drawing is the callback's. */
#include "config.h"

#include "tui/tui.h"

bool
list_move(screen *s, action act, int n, int page)
{
	switch (act) {
	case ACT_UP:
		s->sel--;
		break;
	case ACT_DOWN:
		s->sel++;
		break;
	case ACT_PGUP:
		s->sel -= page;
		break;
	case ACT_PGDN:
		s->sel += page;
		break;
	case ACT_HOME:
		s->sel = 0;
		break;
	case ACT_END:
		s->sel = n - 1;
		break;
	default:
		return false;
	}
	if (s->sel >= n)
		s->sel = n - 1;
	if (s->sel < 0)
		s->sel = 0;
	return true;
}

void
list_scroll(screen *s, int n, int rows)
{
	if (rows < 1)
		rows = 1;
	if (s->sel >= n)
		s->sel = n ? n - 1 : 0;
	if (s->sel < s->top)
		s->top = s->sel;
	if (s->sel >= s->top + rows)
		s->top = s->sel - rows + 1;
	if (s->top > n - rows)
		s->top = n - rows > 0 ? n - rows : 0;
}

void
screen_hit(screen *s, int y, int i)
{
	if (s->nhits < SCREEN_HITS && y >= 0) {
		s->hit_y[s->nhits] = y;
		s->hit_i[s->nhits++] = i;
	}
}

int
screen_hit_at(const screen *s, int y)
{
	int row = -1;
	for (int i = 0; i < s->nhits; i++)
		if (s->hit_y[i] == y)
			row = s->hit_i[i];
	return row;
}

void
list_draw_at(app *a, screen *s, int y, int first, int count, int per, list_row_fn *row)
{
	for (int i = first; i < first + count; i++) {
		int ry = y + (i - first) * per;
		screen_hit(s, ry, i);
		row(a, s, ry, i, i == s->sel);
	}
}

void
list_draw_tall(app *a, screen *s, int y, int lines, int per, int n, list_row_fn *row)
{
	int vis = lines / per;
	list_scroll(s, n, vis);
	int count = n - s->top < vis ? n - s->top : vis;
	list_draw_at(a, s, y, s->top, count, per, row);
}

void
list_draw(app *a, screen *s, int y, int rows, int n, list_row_fn *row)
{
	list_draw_tall(a, s, y, rows, 1, n, row);
}
