/* util.c - allocation wrappers, strbuf, diagnostics and small helpers. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "util.h"

static void
oom(void)
{
	/* Nothing sensible can continue without memory; the message is all
	 * we can still afford, written without any formatting. */
	fputs("siamwiz: out of memory\n", stderr);
	abort();
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

void
xsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}

void *
xgrow(void *p, size_t *cap, size_t need, size_t sz)
{
	size_t c = *cap;
	if (need <= c && p)
		return p;
	if (c < 8)
		c = 8;
	while (c < need) {
		if (c > ((size_t)-1) / 2 / sz)
			oom();
		c *= 2;
	}
	*cap = c;
	return xrealloc(p, c * sz);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		oom();
	char *p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

void
xfree(char **p)
{
	free(*p);
	*p = NULL;
}

void
sb_init(strbuf *b)
{
	b->s = NULL;
	b->len = b->cap = 0;
}

void
sb_addn(strbuf *b, const char *s, size_t n)
{
	b->s = xgrow(b->s, &b->cap, b->len + n + 1, 1);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
sb_add(strbuf *b, const char *s)
{
	sb_addn(b, s, strlen(s));
}

void
sb_addc(strbuf *b, char c)
{
	sb_addn(b, &c, 1);
}

void
sb_addf(strbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = xvasprintf(fmt, ap);
	va_end(ap);
	sb_add(b, p);
	free(p);
}

void
sb_reset(strbuf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

char *
sb_steal(strbuf *b)
{
	char *s = b->s ? b->s : xstrdup("");
	sb_init(b);
	return s;
}

void
sb_free(strbuf *b)
{
	free(b->s);
	sb_init(b);
}

void
diag_init(diag_list *d, const char *file)
{
	memset(d, 0, sizeof *d);
	d->file = file ? xstrdup(file) : NULL;
}

void
diag_add(diag_list *d, diag_level lvl, long line, const char *fmt, ...)
{
	va_list ap;
	if (d->n >= DIAG_KEEP) {
		d->dropped[lvl == DIAG_WARNING]++;
		return;
	}
	d->v = xgrow(d->v, &d->cap, d->n + 1, sizeof *d->v);
	va_start(ap, fmt);
	d->v[d->n].msg = xvasprintf(fmt, ap);
	va_end(ap);
	d->v[d->n].level = lvl;
	d->v[d->n].line = line;
	d->n++;
}

size_t
diag_total(const diag_list *d)
{
	return d->n + d->dropped[0] + d->dropped[1];
}

size_t
diag_count(const diag_list *d, diag_level lvl)
{
	size_t c = d->dropped[lvl == DIAG_WARNING];
	for (size_t i = 0; i < d->n; i++)
		c += d->v[i].level == lvl;
	return c;
}

char *
diag_format(const diag_list *d)
{
	strbuf b;
	sb_init(&b);
	for (size_t i = 0; i < d->n; i++) {
		if (i)
			sb_addc(&b, '\n');
		if (d->file)
			sb_addf(&b, "%s:", d->file);
		if (d->v[i].line > 0)
			sb_addf(&b, "%ld:", d->v[i].line);
		if (d->file || d->v[i].line > 0)
			sb_addc(&b, ' ');
		if (d->v[i].level == DIAG_WARNING)
			sb_add(&b, _("warning: "));
		sb_add(&b, d->v[i].msg);
	}
	size_t more = d->dropped[0] + d->dropped[1];
	if (more) {
		sb_addc(&b, '\n');
		if (d->file)
			sb_addf(&b, "%s: ", d->file);
		sb_addf(&b, P_("... and %zu more message, not shown", "... and %zu more messages, not shown", more),
			more);
	}
	return sb_steal(&b);
}

void
diag_clear(diag_list *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->v[i].msg);
	d->n = 0;
	d->dropped[0] = d->dropped[1] = 0;
}

void
diag_free(diag_list *d)
{
	diag_clear(d);
	free(d->v);
	free(d->file);
	memset(d, 0, sizeof *d);
}

bool
util_valid_date(const char *s)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	if (y < 1900 || m < 1 || m > 12 || d < 1)
		return false;
	int max = mdays[m - 1];
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		max = 29;
	return d <= max;
}

void
util_today(char buf[11])
{
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(buf, 11, "%Y-%m-%d", &tm);
}

bool
util_valid_lang(const char *s)
{
	size_t n = strlen(s);
	return n > 0 && n <= 35 && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-") == n;
}

bool
util_valid_text(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		unsigned c = *p;
		size_t n;
		unsigned cp;
		if (c < 0x80) {
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
				return false;
			p++;
			continue;
		} else if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			cp = c & 0x07;
		} else {
			return false;
		}
		for (size_t i = 1; i <= n; i++) {
			if ((p[i] & 0xc0) != 0x80)
				return false;
			cp = (cp << 6) | (p[i] & 0x3f);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
		    (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe || cp == 0xffff)
			return false;
		p += n + 1;
	}
	return true;
}

bool
util_word_in(const char *list, const char *word)
{
	size_t wl = strlen(word);
	const char *p = list;
	while (p && *p) {
		while (*p == ' ')
			p++;
		const char *e = strchr(p, ' ');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l == wl && l && memcmp(p, word, l) == 0)
			return true;
		p = e;
	}
	return false;
}

static size_t
hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return (size_t)h;
}

void
idmap_init(idmap *m)
{
	memset(m, 0, sizeof *m);
}

static void
idmap_rehash(idmap *m, size_t cap)
{
	const char **keys = xcalloc(cap, sizeof *keys);
	size_t *vals = xcalloc(cap, sizeof *vals);
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->keys[i])
			continue;
		size_t j = hash_str(m->keys[i]) & (cap - 1);
		while (keys[j])
			j = (j + 1) & (cap - 1);
		keys[j] = m->keys[i];
		vals[j] = m->vals[i];
	}
	free(m->keys);
	free(m->vals);
	m->keys = keys;
	m->vals = vals;
	m->cap = cap;
}

bool
idmap_put(idmap *m, const char *key, size_t val)
{
	if ((m->n + 1) * 2 > m->cap)
		idmap_rehash(m, m->cap ? m->cap * 2 : 64);
	size_t j = hash_str(key) & (m->cap - 1);
	while (m->keys[j]) {
		if (strcmp(m->keys[j], key) == 0)
			return false;
		j = (j + 1) & (m->cap - 1);
	}
	m->keys[j] = key;
	m->vals[j] = val;
	m->n++;
	return true;
}

bool
idmap_get(const idmap *m, const char *key, size_t *val)
{
	if (!m->cap)
		return false;
	size_t j = hash_str(key) & (m->cap - 1);
	while (m->keys[j]) {
		if (strcmp(m->keys[j], key) == 0) {
			if (val)
				*val = m->vals[j];
			return true;
		}
		j = (j + 1) & (m->cap - 1);
	}
	return false;
}

void
idmap_free(idmap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}

bool
util_has_text(const char *s)
{
	if (!s)
		return false;
	s += strspn(s, " \t\r\n");
	return *s != '\0';
}
