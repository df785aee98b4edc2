/* edit.c - the one text editor of the wizard, single-line (fields) or
 * multi-line (notes), on wide characters so that accented, CJK and emoji
 * text is edited by character and laid out by display width. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sanitize.h"
#include "tui/tui.h"

#define CTRL(c) ((c) & 0x1f)

static void
ed_reserve(editor *e, size_t n)
{
	if (n + 1 > e->cap) {
		e->cap = (n + 1) * 2;
		e->buf = xrealloc(e->buf, e->cap * sizeof *e->buf);
	}
}

void
ed_init(editor *e, const char *utf8, bool multiline)
{
	memset(e, 0, sizeof *e);
	e->multiline = multiline;
	const char *s = utf8 ? utf8 : "";
	ed_reserve(e, strlen(s) + 16);
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t left = strlen(s);
	while (left) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, s, left, &st);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			memset(&st, 0, sizeof st);
			s++;
			left--;
			continue;
		}
		s += k;
		left -= k;
		if (wc == L'\r')
			continue;
		if (wc == L'\n' && !multiline)
			wc = L' ';
		e->buf[e->len++] = wc;
	}
	e->buf[e->len] = 0;
	e->cur = e->len;
}

void
ed_free(editor *e)
{
	free(e->buf);
	memset(e, 0, sizeof *e);
}

char *
ed_text(const editor *e)
{
	strbuf b;
	sb_init(&b);
	char tmp[MB_LEN_MAX];
	mbstate_t st;
	memset(&st, 0, sizeof st);
	for (size_t i = 0; i < e->len; i++) {
		size_t k = wcrtomb(tmp, e->buf[i], &st);
		if (k != (size_t)-1)
			sb_addn(&b, tmp, k);
	}
	return sb_steal(&b);
}

static void
insert(editor *e, wchar_t c)
{
	ed_reserve(e, e->len + 1);
	memmove(e->buf + e->cur + 1, e->buf + e->cur, (e->len - e->cur) * sizeof *e->buf);
	e->buf[e->cur++] = c;
	e->buf[++e->len] = 0;
}

static void
ed_erase(editor *e, size_t at, size_t n)
{
	if (at >= e->len)
		return;
	if (at + n > e->len)
		n = e->len - at;
	memmove(e->buf + at, e->buf + at + n, (e->len - at - n) * sizeof *e->buf);
	e->len -= n;
	e->buf[e->len] = 0;
	if (e->cur > at + n)
		e->cur -= n;
	else if (e->cur > at)
		e->cur = at;
}

static size_t
line_start(const editor *e, size_t pos)
{
	while (pos > 0 && e->buf[pos - 1] != L'\n')
		pos--;
	return pos;
}

static size_t
line_end(const editor *e, size_t pos)
{
	while (pos < e->len && e->buf[pos] != L'\n')
		pos++;
	return pos;
}

int
ed_key(editor *e, wint_t ch, bool is_key)
{
	if (is_key) {
		switch (ch) {
		case KEY_LEFT: if (e->cur) e->cur--; return 0;
		case KEY_RIGHT: if (e->cur < e->len) e->cur++; return 0;
		case KEY_HOME: e->cur = line_start(e, e->cur); return 0;
		case KEY_END: e->cur = line_end(e, e->cur); return 0;
		case KEY_BACKSPACE:
			if (e->cur) {
				ed_erase(e, e->cur - 1, 1);
				return 1;
			}
			return 0;
		case KEY_DC: ed_erase(e, e->cur, 1); return 1;
		case KEY_UP:
		case KEY_DOWN: {
			if (!e->multiline)
				return 0;
			size_t ls = line_start(e, e->cur), col = e->cur - ls;
			if (ch == KEY_UP) {
				if (!ls)
					return 0;
				size_t ps = line_start(e, ls - 1);
				e->cur = ps + (col < ls - 1 - ps ? col : ls - 1 - ps);
			} else {
				size_t le = line_end(e, e->cur);
				if (le >= e->len)
					return 0;
				size_t ne = line_end(e, le + 1);
				e->cur = le + 1 + (col < ne - le - 1 ? col : ne - le - 1);
			}
			return 0;
		}
		case KEY_ENTER:
			if (e->multiline) {
				insert(e, L'\n');
				return 1;
			}
			return -1;
		default:
			return 0;
		}
	}
	switch (ch) {
	case 27:	/* Esc never throws typed text away: it finishes */
		return -1;
	case '\r':
	case '\n':
		if (e->multiline) {
			insert(e, L'\n');
			return 1;
		}
		return -1;
	case CTRL('d'):	/* Ctrl-D ends a multi-line text */
	case CTRL('x'):
		return -1;
	case CTRL('c'):
		return -2;
	case CTRL('a'): e->cur = line_start(e, e->cur); return 0;
	case CTRL('e'): e->cur = line_end(e, e->cur); return 0;
	case CTRL('u'): {
		size_t ls = line_start(e, e->cur);
		ed_erase(e, ls, e->cur - ls);
		return 1;
	}
	case CTRL('k'): ed_erase(e, e->cur, line_end(e, e->cur) - e->cur); return 1;
	case CTRL('w'): {
		size_t p = e->cur;
		while (p && e->buf[p - 1] == L' ')
			p--;
		while (p && e->buf[p - 1] != L' ' && e->buf[p - 1] != L'\n')
			p--;
		ed_erase(e, p, e->cur - p);
		return 1;
	}
	case 127:
	case CTRL('h'):
		if (e->cur) {
			ed_erase(e, e->cur - 1, 1);
			return 1;
		}
		return 0;
	case '\t':
		insert(e, L' ');
		return 1;
	default:
		/* Controls never enter the text; everything printable does. */
		if (ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch < 0xa0))
			return 0;
		insert(e, (wchar_t)ch);
		return 1;
	}
}

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
