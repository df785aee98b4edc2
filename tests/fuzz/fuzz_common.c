/* fuzz_common.c - what the harnesses share: the knowledge base, and the
 * exporters with their invariants.  The HTML has no script, no external
 * reference and no raw bidi override; no CSV cell starts with a formula
 * trigger; the HTML and the Markdown hold no raw control or invisible
 * format character; the JSON ends as an object; every length is the
 * string's. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/report.h"
#include "core/sanitize.h"
#include "core/xmlload.h"
#include "fuzz.h"

static kb *K;

static void
release(void)
{
	kb_free(&K);
	xl_cleanup();
}

const kb *
fuzz_kb(void)
{
	if (!K) {
		diag_list d;
		diag_init(&d, NULL);
		K = kb_load_builtin(&d);
		diag_free(&d);
		if (!K)
			abort();
		atexit(release);
	}
	return K;
}

/* Every tag of the HTML is one the writer uses, with no attribute that
 * could load or run anything: whatever the data, markup never leaks. */
static void
check_html(const char *h)
{
	static const char *const tags[] = {
		"!DOCTYPE", "html", "head",   "meta", "title", "style", "body",   "section", "h1",   "h2",
		"h3",       "p",    "dl",     "dt",   "dd",    "table", "thead",  "tbody",   "tr",   "th",
		"td",       "span", "div",    "b",    "i",     "ul",    "li",     "br",      "svg",  "line",
		"text",     "rect", "footer", "nav",  "ol",    "a",     "figure", "caption", "desc",
	};
	for (const char *p = strchr(h, '<'); p; p = strchr(p + 1, '<')) {
		const char *t = p[1] == '/' ? p + 2 : p + 1;
		size_t n = strcspn(t, " >");
		int ok = 0;
		for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
			ok |= strlen(tags[i]) == n && !strncmp(tags[i], t, n);
		if (!ok)
			abort();
		const char *end = strchr(p, '>');
		if (!end)
			abort();
		/* Attribute names only: quoted values are skipped. */
		for (const char *q = p; q < end; q++) {
			if (*q == '"') {
				q = strchr(q + 1, '"');
				if (!q || q > end)
					abort();
				continue;
			}
			/* A link may only lead inside the document. */
			if (q[0] == ' ' && !strncmp(q + 1, "href=\"#", 7))
				continue;
			if (q[0] == ' ' && (!strncmp(q + 1, "on", 2) || !strncmp(q + 1, "src", 3) ||
					    !strncmp(q + 1, "href", 4) || !strncmp(q + 1, "style", 5)))
				abort();
		}
	}
}

static bool
csv_trigger(const char *p)
{
	return *p == '=' || *p == '+' || *p == '-' || *p == '@' || *p == '\t' || (*p == '\r' && p[1] != '\n');
}

static void
check_csv(const char *c)
{
	/* At the start of a cell, quoted or not, never a trigger (a CR that
	 * does not end the row is one); neutralised cells begin with a quote
	 * and an apostrophe. */
	int quoted = 0;
	for (const char *p = c; *p; p++) {
		if (!quoted && (p == c || p[-1] == ',' || p[-1] == '\n') &&
		    (csv_trigger(p) || (*p == '"' && csv_trigger(p + 1))))
			abort();
		if (*p == '"')
			quoted = !quoted;
	}
}

/* The human-read formats show untrusted text through the display
 * sanitizer: no C0 control but TAB and LF, and none of the invisible format
 * characters it escapes (bidi overrides and isolates, zero-width, C1, BOM),
 * may be left raw. */
static void
check_visible(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		unsigned c = *p, cp;
		size_t n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
		cp = n == 1 ? c : n == 2 ? c & 0x1f : n == 3 ? c & 0x0f : c & 0x07;
		for (size_t i = 1; i < n; i++) {
			if ((p[i] & 0xc0) != 0x80)
				abort(); /* invalid UTF-8 */
			cp = (cp << 6) | (p[i] & 0x3f);
		}
		if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7f || sanitize_is_format(cp))
			abort();
		p += n;
	}
}

void
fuzz_reports(const kb *k, const assessment *a)
{
	gap_report *r = gap_analyze(k, a);
	report_meta m = {.title = a->organization,
			 .file_name = a->assessor ? a->assessor : "f",
			 .sha256 = "00",
			 .version = "0",
			 .generated = "2026-01-01"};
	for (int f = 0; f < 4; f++) {
		size_t len;
		char *out = report_render((report_format)f, r, &m, &len);
		if (strlen(out) != len)
			abort();
		if (f == REPORT_HTML) {
			if (strstr(out, "\xe2\x80\xae"))
				abort(); /* bidi overrides are shown, not obeyed */
			check_html(out);
		}
		if (f == REPORT_HTML || f == REPORT_MD)
			check_visible(out);
		if (f == REPORT_CSV)
			check_csv(out);
		if (f == REPORT_JSON && (out[0] != '{' || out[len - 2] != '}'))
			abort();
		free(out);
	}
	gap_free(&r);
}
