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
		return -1;
	case ACT_ED_NEWLINE:
		if (!e->multiline)
			return 0;
		insert(e, L'\n');
		return 1;
	case ACT_ED_TAB:
		insert(e, L' ');
		return 1;
	case ACT_ED_CANCEL:
		return -2;
	default:
		/* Other KEY_* codes (Alt-keys and unknown sequences among
		 * them) and controls never enter the text; everything
		 * printable does. */
		if (is_key || ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch < 0xa0))
			return 0;
		insert(e, (wchar_t)ch);
		return 1;
	}
}

/* A control character of a paste as text one can see: "^[" for Esc, "^?"
 * for Delete, "<U+009B>" for the C1 controls. */
static void
insert_visible(editor *e, wchar_t c)
{
	if (c < 0x20 || c == 0x7f) {
		insert(e, L'^');
		insert(e, c == 0x7f ? L'?' : (wchar_t)(c + 0x40));
		return;
	}
	static const wchar_t hex[] = L"0123456789ABCDEF";
	const wchar_t esc[] = {L'<', L'U', L'+', L'0', L'0', hex[(c >> 4) & 0xf], hex[c & 0xf], L'>'};
	for (size_t i = 0; i < sizeof esc / sizeof esc[0]; i++)
		insert(e, esc[i]);
}

void
ed_paste(editor *e, const wchar_t *s, size_t n)
{
	/* Room for the worst case at once (every character an escape of 8),
	 * so that a long paste costs one move of the text after the cursor. */
	ed_reserve(e, e->len + n * 8);
	size_t tail = e->len - e->cur;
	wchar_t *after = xmalloc((tail + 1) * sizeof *after);
	memcpy(after, e->buf + e->cur, tail * sizeof *after);
	e->len = e->cur;
	for (size_t i = 0; i < n; i++) {
		wchar_t c = s[i];
		if (c == L'\r') {
			/* CR LF and a lone CR are both a line end. */
			if (i + 1 < n && s[i + 1] == L'\n')
				continue;
			c = L'\n';
		}
		if (c == L'\n' && !e->multiline)
			c = L' ';
		if (c == L'\t')
			c = L' ';
		if (c != L'\n' && (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)))
			insert_visible(e, c);
		else
			insert(e, c);
	}
	memcpy(e->buf + e->cur, after, tail * sizeof *after);
	e->len = e->cur + tail;
	e->buf[e->len] = 0;
	free(after);
}
