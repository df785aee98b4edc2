/* escape.c - output escaping, one function per format.  See escape.h. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "sanitize.h"

/* A spreadsheet evaluates a cell that starts with one of these, also after
 * leading spaces, which some imports trim. */
static bool
formula_start(const char *s)
{
	s += strspn(s, " ");
	return s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r';
}

char *
esc_show_format(const char *s)
{
	strbuf b;
	sb_init(&b);
	const unsigned char *p = (const unsigned char *)s, *from = p;
	while (*p) {
		unsigned cp;
		size_t n = sanitize_utf8(p, &cp);
		if (n > 1 && sanitize_is_format(cp)) {
			sb_addn(&b, (const char *)from, (size_t)(p - from));
			sb_addf(&b, "<U+%04X>", cp);
			from = p + n;
		}
		p += n ? n : 1;
	}
	if (!b.s)
		return NULL;
	sb_add(&b, (const char *)from);
	return sb_steal(&b);
}

void
esc_csv(strbuf *b, const char *s)
{
	char *shown = esc_show_format(s);
	if (shown)
		s = shown;
	int formula = formula_start(s);
	int quote = formula || strpbrk(s, ",\"\r\n") != NULL;
	if (quote)
		sb_addc(b, '"');
	if (formula)
		sb_addc(b, '\'');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			sb_addc(b, '"');
		sb_addc(b, *p);
	}
	if (quote)
		sb_addc(b, '"');
	free(shown);
}

/* The three characters both Markdown and HTML read as markup. */
static void
entity(strbuf *b, char c)
{
	sb_add(b, c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&amp;");
}

void
esc_md_cell(strbuf *b, const char *s)
{
	for (const char *p = s; *p; p++) {
		switch (*p) {
		case '\r':
			if (p[1] == '\n')
				break;
			/* fall through */
		case '\n':
			sb_add(b, "<br>");
			break;
		case '<':
		case '>':
		case '&':
			entity(b, *p);
			break;
		case '|':
		case '\\':
		case '`':
		case '*':
		case '_':
		case '[':
		case ']':
		case '#':
		case '~':
			sb_addc(b, '\\');
			sb_addc(b, *p);
			break;
		default:
			sb_addc(b, *p);
		}
	}
}

void
esc_html(strbuf *b, const char *s)
{
	for (const char *p = s; *p; p++) {
		switch (*p) {
		case '<':
		case '>':
		case '&':
			entity(b, *p);
			break;
		case '"':
			sb_add(b, "&quot;");
			break;
		case '\'':
			sb_add(b, "&#39;");
			break;
		default:
			sb_addc(b, *p);
		}
	}
}

void
esc_json(strbuf *b, const char *s)
{
	if (!s) {
		sb_add(b, "null");
		return;
	}
	sb_addc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		unsigned cp;
		size_t n = sanitize_utf8(p, &cp);
		if (n == 0) {
			sb_add(b, "\\ufffd"); /* not UTF-8: never passed on raw */
			p++;
			continue;
		}
		p += n;
		switch (cp) {
		case '"':
			sb_add(b, "\\\"");
			break;
		case '\\':
			sb_add(b, "\\\\");
			break;
		case '\n':
			sb_add(b, "\\n");
			break;
		case '\r':
			sb_add(b, "\\r");
			break;
		case '\t':
			sb_add(b, "\\t");
			break;
		default:
			if (cp < 0x20 || cp == 0x7f || (cp < 0x10000 && sanitize_is_format(cp)))
				sb_addf(b, "\\u%04x", cp);
			else if (sanitize_is_format(cp)) /* beyond the BMP: a surrogate pair */
				sb_addf(b, "\\u%04x\\u%04x", 0xd800 + ((cp - 0x10000) >> 10),
					0xdc00 + ((cp - 0x10000) & 0x3ff));
			else
				sb_addn(b, (const char *)p - n, n);
		}
	}
	sb_addc(b, '"');
}
