/* escape.h - the one place per output format where untrusted text is
 * escaped: CSV (RFC 4180, formula triggers neutralised), Markdown table
 * cells, and HTML text/attributes. */
#ifndef SIAMWIZ_ESCAPE_H
#define SIAMWIZ_ESCAPE_H

#include "util.h"

/* Append s as one CSV field.  A field that a spreadsheet would read as a
 * formula (= + - @, TAB or CR first, also after leading spaces) gets a
 * leading apostrophe; invisible format characters (bidi overrides,
 * zero-width characters, see sanitize_is_format) are shown as "<U+XXXX>". */
void esc_csv(strbuf *b, const char *s);
/* Append s for a Markdown table cell: pipes, backslashes and markup
 * characters escaped, newlines turned into <br>. */
void esc_md_cell(strbuf *b, const char *s);
/* Append s as HTML text or attribute value. */
void esc_html(strbuf *b, const char *s);
/* Append s as a JSON string, quotes included; NULL gives null.  Controls
 * and invisible format characters are \u escapes (a surrogate pair beyond
 * U+FFFF), so the data is kept but never raw; bytes that are not UTF-8
 * become \ufffd. */
void esc_json(strbuf *b, const char *s);
/* s with every invisible format character shown as "<U+XXXX>", as the
 * HTML report shows it; NULL when s holds none (the common case). */
char *esc_show_format(const char *s);

#endif
