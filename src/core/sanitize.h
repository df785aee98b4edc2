/* sanitize.h - the display sanitizer: every string that came from a file
 * or a user passes through here before it reaches a terminal. */
#ifndef SIAMWIZ_SANITIZE_H
#define SIAMWIZ_SANITIZE_H

#include <stdbool.h>

#include "util.h"

/* Append s to b with C0/C1 controls, DEL, bidirectional and zero-width
 * format characters and invalid UTF-8 turned into visible escapes such as
 * "<U+202E>" or "<0x1B>".  TAB becomes a space.  keep_newlines keeps LF for
 * multi-line displays; otherwise LF (and CR) become a space so that a
 * one-line field stays on one line. */
void sanitize_append(strbuf *b, const char *s, bool keep_newlines);
/* Convenience: a new sanitized string; the caller frees. */
char *sanitize(const char *s, bool keep_newlines);
/* True for the invisible format characters shown as "<U+...>": C1
 * controls, bidirectional marks, embeddings, overrides and isolates,
 * zero-width characters, the BOM, tag characters. */
bool sanitize_is_format(unsigned cp);
/* Decode one UTF-8 sequence at p: its length, or 0 when it is not valid
 * UTF-8 (overlong, surrogate, beyond U+10FFFF, truncated). */
size_t sanitize_utf8(const unsigned char *p, unsigned *cp);
/* True when s would come out of sanitize unchanged (one-line mode). */
bool sanitize_is_clean(const char *s);

#endif
