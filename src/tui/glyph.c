/* glyph.c - the one glyph table: every non-ASCII character the wizard
 * draws (separators, the ellipsis, bars, lines and boxes) with the ASCII
 * it falls back to where the locale cannot show it (LANG=C, a serial
 * console).  Text from files goes through it too, so that a character the
 * terminal cannot show is one "?" and never a pair of them. */
#include "config.h"

#include <limits.h>
#include <string.h>

#include "tui/tui.h"

static const struct {
	wchar_t wide;
	char ascii;
} glyphs[G_COUNT] = {
	[G_SEP] = {0x00b7, '|'},       [G_ELLIPSIS] = {0x2026, '~'},  [G_DASH] = {0x2013, '-'},
	[G_HLINE] = {0x2500, '-'},     [G_VLINE] = {0x2502, '|'},     [G_CORNER_TL] = {0x250c, '+'},
	[G_CORNER_TR] = {0x2510, '+'}, [G_CORNER_BL] = {0x2514, '+'}, [G_CORNER_BR] = {0x2518, '+'},
	[G_BAR_FULL] = {0x2588, '#'},  [G_BAR_EMPTY] = {0x2591, '.'},
};

/* The locale can write c (a UTF-8 one can write them all). */
static bool
showable(wchar_t c)
{
	char buf[MB_LEN_MAX];
	mbstate_t st;
	memset(&st, 0, sizeof st);
	return wcrtomb(buf, c, &st) != (size_t)-1;
}

wchar_t
glyph_char(wchar_t c)
{
	if (c < 0x80 || showable(c))
		return c;
	for (int g = 0; g < G_COUNT; g++)
		if (glyphs[g].wide == c)
			return (wchar_t)glyphs[g].ascii;
	return L'?';
}

const wchar_t *
glyph(glyph_id g)
{
	/* One buffer per glyph, so that two in one call stay apart. */
	static wchar_t s[G_COUNT][2];
	s[g][0] = glyph_char(glyphs[g].wide);
	s[g][1] = 0;
	return s[g];
}
