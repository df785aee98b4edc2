/* edit.c - the one text editor of the wizard, single-line (fields) or
 * multi-line (notes), on wide characters so that accented, CJK and emoji
 * text is edited by character.  Only the state machine lives here (it is
 * tested without a terminal); edit_draw.c lays it out by display width. */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "tui/tui.h"

#define CTRL(c) ((c)&0x1f)

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

/* Up and Down in a text of several lines: the same column of the line
 * above or below, or its end when it is shorter. */
static void
vertical(editor *e, bool up)
{
	if (!e->multiline)
		return;
	size_t ls = line_start(e, e->cur), col = e->cur - ls;
	if (up) {
		if (!ls)
			return;
		size_t ps = line_start(e, ls - 1);
		e->cur = ps + (col < ls - 1 - ps ? col : ls - 1 - ps);
	} else {
		size_t le = line_end(e, e->cur);
		if (le >= e->len)
			return;
		size_t ne = line_end(e, le + 1);
		e->cur = le + 1 + (col < ne - le - 1 ? col : ne - le - 1);
	}
}

/* The start of the word before the cursor, with the spaces before it. */
static size_t
word_start(const editor *e)
{
	size_t p = e->cur;
	while (p && e->buf[p - 1] == L' ')
		p--;
	while (p && e->buf[p - 1] != L' ' && e->buf[p - 1] != L'\n')
		p--;
	return p;
}

/* The editor's keys are those of KC_EDITOR in the key table (so that the
 * help lists them); every other printable character is typed. */
int
ed_key(editor *e, wint_t ch, bool is_key)
{
	switch (keys_find(KC_EDITOR, ch, is_key)) {
	case ACT_ED_LEFT:
		if (e->cur)
			e->cur--;
		return 0;
	case ACT_ED_RIGHT:
		if (e->cur < e->len)
			e->cur++;
		return 0;
	case ACT_ED_HOME:
		e->cur = line_start(e, e->cur);
		return 0;
	case ACT_ED_END:
		e->cur = line_end(e, e->cur);
		return 0;
	case ACT_ED_UP:
		vertical(e, true);
		return 0;
	case ACT_ED_DOWN:
		vertical(e, false);
		return 0;
	case ACT_ED_BACKSPACE:
		if (!e->cur)
			return 0;
		ed_erase(e, e->cur - 1, 1);
		return 1;
	case ACT_ED_DELETE:
		ed_erase(e, e->cur, 1);
		return 1;
	case ACT_ED_KILL_LINE: {
		size_t ls = line_start(e, e->cur);
		ed_erase(e, ls, e->cur - ls);
		return 1;
	}
	case ACT_ED_KILL_END:
		ed_erase(e, e->cur, line_end(e, e->cur) - e->cur);
		return 1;
	case ACT_ED_KILL_WORD: {
		size_t p = word_start(e);
		ed_erase(e, p, e->cur - p);
		return 1;
	}
	case ACT_ED_ENTER:
		if (!e->multiline)
			return -1;
		insert(e, L'\n');
		return 1;
	case ACT_ED_TAB:
		insert(e, L' ');
		return 1;
	case ACT_ED_DONE:
		return -1;
	case ACT_ED_CANCEL:
		return -2;
	default:
		/* Other KEY_* codes and controls never enter the text;
		 * everything printable does. */
		if (is_key || ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch < 0xa0))
			return 0;
		insert(e, (wchar_t)ch);
		return 1;
	}
}
