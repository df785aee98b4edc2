/* edit_draw.c - the editor on screen: laid out by display width, with
 * the cursor kept in view.  The key handling is in edit.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/sanitize.h"
#include "tui/tui.h"

/* Invisible characters (bidi controls, zero-width ones) are edited like
 * any other but shown as "<U+202E>", as everywhere else in the wizard, so
 * that what is on screen is what is in the text. */
#define ESC_COLS 8

static bool
shown_escaped(wchar_t c)
{
	return sanitize_is_format((unsigned)c) || (c >= 0xd800 && c <= 0xdfff);
}

static int
cw(wchar_t c)
{
	if (shown_escaped(c))
		return ESC_COLS;
	int w = wcwidth(c);
	return w < 0 ? 1 : w;
}

/* One character at y,x: itself, or its escape (dimmed), cut at w columns. */
static void
put_char(int y, int x, wchar_t c, int w)
{
	if (!shown_escaped(c)) {
		mvaddnwstr(y, x, &c, 1);
		return;
	}
	char esc[16];
	snprintf(esc, sizeof esc, "<U+%04X>", (unsigned)c);
	attron(A_DIM);
	mvaddnstr(y, x, esc, w < ESC_COLS ? w : ESC_COLS);
	attroff(A_DIM);
}

void
ed_draw(editor *e, int y, int x, int h, int w, int attr)
{
	attron(attr);
	for (int r = 0; r < h; r++)
		for (int c = 0; c < w; c++)
			mvaddch(y + r, x + c, ' ');
	int cy = y, cx = x;
	if (!e->multiline) {
		/* Horizontal scroll that keeps the cursor in view. */
		int before = 0;
		for (size_t i = 0; i < e->cur; i++)
			before += cw(e->buf[i]);
		if (before - e->scroll >= w)
			e->scroll = before - w + 1;
		if (before < e->scroll)
			e->scroll = before;
		int col = 0, out = 0;
		for (size_t i = 0; i <= e->len; i++) {
			if (i == e->cur) {
				cy = y;
				cx = x + col - e->scroll;
			}
			if (i == e->len)
				break;
			int k = cw(e->buf[i]);
			if (col >= e->scroll && col + k - e->scroll <= w) {
				put_char(y, x + col - e->scroll, e->buf[i], k);
				out++;
			}
			col += k;
		}
		(void)out;
	} else {
		/* One layout pass (wrapped at the width) gives every character its
		 * row and column; the cursor row is kept in view from it. */
		int *row = xcalloc(e->len + 1, sizeof *row), *col = xcalloc(e->len + 1, sizeof *col);
		int r = 0, c = 0;
		for (size_t i = 0; i <= e->len; i++) {
			int k = i < e->len && e->buf[i] != L'\n' ? cw(e->buf[i]) : 0;
			if (k && c + k > w && c > 0) {
				r++;
				c = 0;
			}
			row[i] = r;
			col[i] = c;
			if (i < e->len && e->buf[i] == L'\n') {
				r++;
				c = 0;
			} else {
				c += k;
			}
		}
		if (row[e->cur] - e->scroll >= h)
			e->scroll = row[e->cur] - h + 1;
		if (row[e->cur] < e->scroll)
			e->scroll = row[e->cur];
		for (size_t i = 0; i < e->len; i++)
			if (e->buf[i] != L'\n' && row[i] >= e->scroll && row[i] - e->scroll < h)
				put_char(y + row[i] - e->scroll, x + col[i], e->buf[i], w - col[i]);
		cy = y + row[e->cur] - e->scroll;
		cx = x + col[e->cur];
		free(row);
		free(col);
		if (cx >= x + w) {
			cx = x;
			cy++;
		}
	}
	attroff(attr);
	if (cy >= y && cy < y + h && cx >= x && cx <= x + w) {
		move(cy, cx < x + w ? cx : x + w - 1);
		curs_set(1);
	}
}
