/* sanitize.c - terminal-safe rendering of untrusted text.  See sanitize.h.
 *
 * Escapes are visible rather than silent so that a consultant sees that a
 * file holds something odd (a bidi override hiding text, say) instead of
 * being misled by it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sanitize.h"

size_t
sanitize_utf8(const unsigned char *p, unsigned *cp)
{
	unsigned c = p[0];
	size_t n;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		*cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		*cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		*cp = c & 0x07;
	} else {
		return 0;
	}
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (p[i] & 0x3f);
	}
	if ((n == 3 && *cp < 0x800) || (n == 4 && (*cp < 0x10000 || *cp > 0x10ffff)) ||
	    (*cp >= 0xd800 && *cp <= 0xdfff))
		return 0;
	return n;
}

bool
sanitize_is_format(unsigned cp)
{
	return (cp >= 0x80 && cp <= 0x9f) || /* C1 controls */
	       cp == 0x061c || /* Arabic letter mark */
	       (cp >= 0x200b && cp <= 0x200f) || /* zero-width, LRM, RLM */
	       (cp >= 0x2028 && cp <= 0x202e) || /* separators, embeddings, overrides */
	       (cp >= 0x2060 && cp <= 0x206f) || /* word joiner, isolates, deprecated */
	       cp == 0xfeff || /* BOM / zero-width no-break space */
	       (cp >= 0xfff9 && cp <= 0xfffb) || /* interlinear annotations */
	       (cp >= 0xe0000 && cp <= 0xe007f); /* tag characters */
}

void
sanitize_append(strbuf *b, const char *s, bool keep_newlines)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		unsigned cp;
		size_t n = sanitize_utf8(p, &cp);
		if (n == 0) {
			sb_addf(b, "<0x%02X>", *p);
			p++;
			continue;
		}
		if (cp == '\n' || cp == '\r') {
			if (keep_newlines && cp == '\n')
				sb_addc(b, '\n');
			else if (!keep_newlines)
				sb_addc(b, ' ');
			/* CR in multi-line mode: dropped, CRLF reads as LF. */
		} else if (cp == '\t') {
			sb_addc(b, ' ');
		} else if (cp < 0x20 || cp == 0x7f) {
			sb_addf(b, "<0x%02X>", cp);
		} else if (sanitize_is_format(cp)) {
			sb_addf(b, "<U+%04X>", cp);
		} else {
			sb_addn(b, (const char *)p, n);
		}
		p += n;
	}
}

char *
sanitize(const char *s, bool keep_newlines)
{
	strbuf b;
	sb_init(&b);
	sanitize_append(&b, s ? s : "", keep_newlines);
	return sb_steal(&b);
}

bool
sanitize_is_clean(const char *s)
{
	char *t = sanitize(s, false);
	bool same = strcmp(s, t) == 0;
	free(t);
	return same;
}
