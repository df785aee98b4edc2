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

void
esc_json(strbuf *b, const char *s)
{
	if (!s) {
		sb_add(b, "null");
		return;
	}
	sb_addc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': sb_add(b, "\\\""); break;
		case '\\': sb_add(b, "\\\\"); break;
		case '\n': sb_add(b, "\\n"); break;
		case '\r': sb_add(b, "\\r"); break;
		case '\t': sb_add(b, "\\t"); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				sb_addf(b, "\\u%04x", *p);
			else
				sb_addc(b, (char)*p);
		}
	}
	sb_addc(b, '"');
}
