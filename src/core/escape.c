/* escape.c - output escaping, one function per format.  See escape.h. */
#include "config.h"

#include <string.h>

#include "escape.h"

void
esc_csv(strbuf *b, const char *s)
{
	int quote = strpbrk(s, ",\"\r\n") != NULL;
	int formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
		      s[0] == '\t' || s[0] == '\r';
	if (formula)
		quote = 1;
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
			sb_add(b, "&lt;");
			break;
		case '>':
			sb_add(b, "&gt;");
			break;
		case '&':
			sb_add(b, "&amp;");
			break;
		case '|': case '\\': case '`': case '*': case '_': case '[': case ']':
		case '#': case '~':
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
		case '<': sb_add(b, "&lt;"); break;
		case '>': sb_add(b, "&gt;"); break;
		case '&': sb_add(b, "&amp;"); break;
		case '"': sb_add(b, "&quot;"); break;
		case '\'': sb_add(b, "&#39;"); break;
		default: sb_addc(b, *p);
		}
	}
}
