/* util.h - memory wrappers that abort on exhaustion, growable strings,
 * diagnostics lists and small parsing helpers used across the core. */
#ifndef SIAMWIZ_UTIL_H
#define SIAMWIZ_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* These never return NULL: they abort when memory is exhausted. */
void *xmalloc(size_t n) __attribute__((returns_nonnull));
void *xcalloc(size_t nmemb, size_t size) __attribute__((returns_nonnull));
void *xrealloc(void *p, size_t n) __attribute__((returns_nonnull));
/* Grow an array so that it holds at least need elements of size sz. */
void *xgrow(void *p, size_t *cap, size_t need, size_t sz) __attribute__((returns_nonnull));
/* qsort that accepts an empty array given as NULL (qsort itself may not). */
void xsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(__printf__, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(__printf__, 1, 0)));
/* Free *p and set it to NULL. */
void xfree(char **p);

typedef struct strbuf {
	char *s;
	size_t len, cap;
} strbuf;

void sb_init(strbuf *b);
void sb_addn(strbuf *b, const char *s, size_t n);
void sb_add(strbuf *b, const char *s);
void sb_addc(strbuf *b, char c);
void sb_addf(strbuf *b, const char *fmt, ...) __attribute__((format(__printf__, 2, 3)));
void sb_reset(strbuf *b);
/* Hand the string over to the caller (never NULL); the buffer is reset. */
char *sb_steal(strbuf *b);
void sb_free(strbuf *b);

/* One message about a file: line 0 means "the file as a whole". */
typedef enum {
	DIAG_ERROR,
	DIAG_WARNING
} diag_level;

typedef struct diag {
	diag_level level;
	long line;
	char *msg;
} diag;

/* At most DIAG_KEEP messages are kept: a hostile file cannot make a
 * million lines of them.  The others are counted by level, and
 * diag_format ends with how many were left out. */
#define DIAG_KEEP 100

typedef struct diag_list {
	char *file; /* name as the user gave it, may be NULL */
	diag *v;
	size_t n, cap;
	size_t dropped[2]; /* by level, beyond DIAG_KEEP */
} diag_list;

void diag_init(diag_list *d, const char *file);
void diag_add(diag_list *d, diag_level lvl, long line, const char *fmt, ...) __attribute__((format(__printf__, 4, 5)));
/* Messages of a level, the ones left out included. */
size_t diag_count(const diag_list *d, diag_level lvl);
/* Every message, kept or left out. */
size_t diag_total(const diag_list *d);
/* "FILE:LINE: message" lines joined by newlines (errors and warnings, the
 * latter prefixed "warning: "); the caller frees. */
char *diag_format(const diag_list *d);
void diag_clear(diag_list *d);
void diag_free(diag_list *d);

/* Strict calendar date YYYY-MM-DD (years 1900-9999). */
bool util_valid_date(const char *s);
/* Today's local date as YYYY-MM-DD into buf[11]. */
void util_today(char buf[11]);
/* True when s is valid UTF-8 with no C0 controls other than TAB, LF, CR. */
bool util_valid_text(const char *s);
/* A language code as gettext and the knowledge base take it: letters,
 * "_" and "-" (en, fr, pt_BR, fr-CA), at most 35 characters. */
bool util_valid_lang(const char *s);
/* s holds something other than white space. */
bool util_has_text(const char *s);
/* Whole-word membership in a space-separated list. */
bool util_word_in(const char *list, const char *word);

/* A string -> index map (open addressing); keys are borrowed, not copied. */
typedef struct idmap {
	const char **keys;
	size_t *vals;
	size_t n, cap;
} idmap;

void idmap_init(idmap *m);
/* Returns false (and changes nothing) when the key is already present. */
bool idmap_put(idmap *m, const char *key, size_t val);
/* Returns true and sets *val when found. */
bool idmap_get(const idmap *m, const char *key, size_t *val);
void idmap_free(idmap *m);

#endif
