/* draw.c - drawing helpers: every string passes the display sanitizer and
 * is measured in terminal columns (wcwidth), never in bytes. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>

#include "core/i18n.h"
#include "core/sanitize.h"
#include "core/search.h"
#include "tui/tui.h"

wchar_t *
widen(const char *s, size_t *n)
{
	size_t len = strlen(s);
	wchar_t *w = xcalloc(len + 1, sizeof *w);
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t o = 0;
	while (*s) {
		size_t k = mbrtowc(&w[o], s, strlen(s), &st);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			/* Not a character of the locale: text is UTF-8, so under
			 * another locale it is still one character, shown as its
			 * fallback (one column, never one "?" per byte). */
			memset(&st, 0, sizeof st);
			k = search_utf8_char(s, &w[o]);
			w[o] = k ? glyph_char(w[o]) : L'?';
			o++;
			s += k ? k : 1;
			continue;
		}
		o++;
		s += k;
	}
	w[o] = 0;
	*n = o;
	return w;
}

static int
wcw(wchar_t c)
{
	int w = wcwidth(c);
	return w < 0 ? 1 : w;
}

char *
ui_date(const char *iso)
{
	const char *loc = setlocale(LC_TIME, NULL);
	if (!iso || !*iso || !loc || !strcmp(loc, "C") || !strcmp(loc, "POSIX") || !strncmp(loc, "C.", 2))
		return xstrdup(iso ? iso : "");
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = atoi(iso) - 1900;
	tm.tm_mon = atoi(iso + 5) - 1;
	tm.tm_mday = atoi(iso + 8);
	char buf[64];
	/* %x is the locale's own date form: a two-digit year there is the
	 * locale's choice, not ours. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-y2k"
#endif
	size_t n = strftime(buf, sizeof buf, "%x", &tm);
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
	if (n == 0)
		return xstrdup(iso);
	return xstrdup(buf);
}

int
text_width(const char *s)
{
	size_t n;
	char *t = sanitize(s ? s : "", false);
	wchar_t *w = widen(t, &n);
	int cols = 0;
	for (size_t i = 0; i < n; i++)
		cols += wcw(w[i]);
	free(w);
	free(t);
	return cols;
}

static int
put_wide(int y, int x, const wchar_t *w, size_t n, int maxw, int attr)
{
	int cols = 0;
	size_t fit = 0;
	int total = 0;
	for (size_t i = 0; i < n; i++)
		total += wcw(w[i]);
	if (total <= maxw) {
		fit = n;
		cols = total;
	} else {
		/* Leave one column for the ellipsis. */
		for (fit = 0; fit < n && cols + wcw(w[fit]) <= maxw - 1; fit++)
			cols += wcw(w[fit]);
	}
	attron(attr);
	if (fit)
		mvaddnwstr(y, x, w, (int)fit);
	else
		move(y, x);
	if (fit < n && maxw > 0) {
		addwstr(glyph(G_ELLIPSIS));
		cols++;
	}
	attroff(attr);
	return cols;
}

int
draw_text(int y, int x, const char *s, int w, int attr)
{
	if (w <= 0)
		return 0;
	size_t n;
	char *t = sanitize(s ? s : "", false);
	wchar_t *ws = widen(t, &n);
	int cols = put_wide(y, x, ws, n, w, attr);
	free(ws);
	free(t);
	return cols;
}

void
draw_field(int y, int x, const char *s, int w, int attr)
{
	int used = draw_text(y, x, s, w, attr);
	attron(attr);
	for (int i = used; i < w; i++)
		mvaddch(y, x + i, ' ');
	attroff(attr);
}

int
draw_wrap(int y, int x, const char *s, int w, int h, int skip, int attr)
{
	if (w < 4)
		return 0;
	size_t n;
	char *t = sanitize(s ? s : "", true);
	wchar_t *ws = widen(t, &n);
	int line = 0;
	size_t i = 0;
	while (i < n) {
		/* One display line: as many words as fit, breaking long words. */
		size_t start = i, brk = 0;
		int cols = 0;
		while (i < n && ws[i] != L'\n') {
			int cw = wcw(ws[i]);
			if (cols + cw > w)
				break;
			cols += cw;
			i++;
			if (ws[i - 1] == L' ')
				brk = i;
		}
		size_t end = i;
		if (i < n && ws[i] != L'\n' && brk > start) {
			end = brk;
			i = brk;
		}
		if (line - skip == h && h > 0) {
			/* More text than rows: say so on the last visible one. */
			attron(attr);
			mvaddwstr(y + h - 1, x + w - 1, glyph(G_ELLIPSIS));
			attroff(attr);
		}
		if (line >= skip && line - skip < h) {
			size_t len = end - start;
			while (len && ws[start + len - 1] == L' ')
				len--;
			attron(attr);
			if (len)
				mvaddnwstr(y + line - skip, x, ws + start, (int)len);
			attroff(attr);
		}
		line++;
		if (i < n && ws[i] == L'\n')
			i++;
		while (i < n && ws[i] == L' ' && end == brk)
			i++;
	}
	free(ws);
	free(t);
	return line;
}

void
draw_bar(int y, int x, int w, double pct, int attr)
{
	if (w <= 0)
		return;
	int fill = pct < 0 ? 0 : (int)(pct * w / 100.0 + 0.5);
	if (fill > w)
		fill = w;
	attron(attr);
	for (int i = 0; i < fill; i++)
		mvaddwstr(y, x + i, glyph(G_BAR_FULL));
	attroff(attr);
	for (int i = fill; i < w; i++)
		mvaddwstr(y, x + i, glyph(G_BAR_EMPTY));
}

void
draw_hline(int y, int x, int w)
{
	for (int i = 0; i < w; i++)
		mvaddwstr(y, x + i, glyph(G_HLINE));
}

void
draw_heads(const app *a, int y, const column *c, int n)
{
	for (int i = 0; i < n; i++) {
		int x = c[i].x < 0 ? a->cols + c[i].x : c[i].x, w = c[i].w <= 0 ? a->cols + c[i].w : c[i].w;
		draw_text(y, x, _(c[i].title), w, app_attr(a, C_TITLE));
	}
}

int
row_attr(const app *a, bool sel)
{
	return sel ? app_attr(a, C_SELECT) : AT_NORMAL;
}

int
draw_row(const app *a, int y, bool sel)
{
	int base = row_attr(a, sel);
	draw_field(y, 0, "", a->cols, base);
	return base;
}

void
draw_box(int y, int x, int h, int w, const char *title, int attr)
{
	attron(attr);
	for (int r = y; r < y + h; r++)
		for (int c = x; c < x + w; c++)
			mvaddch(r, c, ' ');
	mvaddwstr(y, x, glyph(G_CORNER_TL));
	mvaddwstr(y, x + w - 1, glyph(G_CORNER_TR));
	mvaddwstr(y + h - 1, x, glyph(G_CORNER_BL));
	mvaddwstr(y + h - 1, x + w - 1, glyph(G_CORNER_BR));
	for (int c = x + 1; c < x + w - 1; c++) {
		mvaddwstr(y, c, glyph(G_HLINE));
		mvaddwstr(y + h - 1, c, glyph(G_HLINE));
	}
	for (int r = y + 1; r < y + h - 1; r++) {
		mvaddwstr(r, x, glyph(G_VLINE));
		mvaddwstr(r, x + w - 1, glyph(G_VLINE));
	}
	attroff(attr);
	if (title && *title) {
		mvaddch(y, x + 2, ' ');
		int used = draw_text(y, x + 3, title, w - 6, attr | AT_BOLD);
		mvaddch(y, x + 3 + used, ' ');
	}
}

int
result_attr(const app *a, as_result r)
{
	switch (r) {
	case RES_IN_PLACE:
		return app_attr(a, C_COVERED);
	case RES_PARTIAL:
		return app_attr(a, C_PARTIAL);
	case RES_MISSING:
		return app_attr(a, C_GAP);
	case RES_NOT_APPLICABLE:
		return app_attr(a, C_NA);
	default:
		return app_attr(a, C_UNASSESSED);
	}
}

int
status_attr(const app *a, gap_status s)
{
	switch (s) {
	case GAP_COVERED:
		return app_attr(a, C_COVERED);
	case GAP_PARTIAL:
		return app_attr(a, C_PARTIAL);
	case GAP_GAP:
		return app_attr(a, C_GAP);
	default:
		return app_attr(a, C_UNASSESSED);
	}
}

/* Badges carry words, never colour alone: readable in monochrome and for
 * people who do not tell red from green. */
const char *
result_badge(as_result r)
{
	switch (r) {
	case RES_IN_PLACE:
		return _("in place");
	case RES_PARTIAL:
		return _("partial");
	case RES_MISSING:
		return _("missing");
	case RES_NOT_APPLICABLE:
		return _("n/a");
	default:
		return _("-");
	}
}

const char *
status_badge(gap_status s)
{
	switch (s) {
	case GAP_COVERED:
		return _("covered");
	case GAP_PARTIAL:
		return _("partial");
	case GAP_GAP:
		return _("GAP");
	default:
		return _("not yet");
	}
}
