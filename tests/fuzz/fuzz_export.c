/* libFuzzer harness: every exporter on any assessment that loads.
 * Invariants: the HTML has no script, no external reference and no raw
 * bidi override; no CSV cell starts with a formula trigger; the JSON ends
 * as an object; no crash, no leak. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/report.h"
#include "core/store.h"
#include "fuzz.h"

/* Every tag of the HTML is one the writer uses, with no attribute that
 * could load or run anything: whatever the data, markup never leaks. */
static void
check_html(const char *h)
{
	static const char *const tags[] = {
		"!DOCTYPE", "html", "head", "meta", "title", "style", "body", "section", "h1", "h2", "h3", "p",
		"dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "span", "div", "b", "i", "ul",
		"li", "br", "svg", "line", "text", "rect", "footer",
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
			if (q[0] == ' ' && (!strncmp(q + 1, "on", 2) || !strncmp(q + 1, "src", 3) ||
					    !strncmp(q + 1, "href", 4) || !strncmp(q + 1, "style", 5)))
				abort();
		}
	}
}

static void
check_csv(const char *c)
{
	/* After a separator or at a line start, a cell never begins with a
	 * trigger; neutralised cells begin with a quote and an apostrophe. */
	int quoted = 0;
	for (const char *p = c; *p; p++) {
		if (*p == '"')
			quoted = !quoted;
		if (!quoted && (p == c || p[-1] == ',' || p[-1] == '\n') &&
		    (*p == '=' || *p == '+' || *p == '-' || *p == '@' || *p == '\t'))
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const kb *k = fuzz_kb();
	diag_list d;
	diag_init(&d, "fuzz");
	assessment *a = store_parse((const char *)data, size, k, &d);
	if (a) {
		gap_report *r = gap_analyze(k, a);
		report_meta m = {.title = a->organization, .file_name = a->assessor ? a->assessor : "f",
				 .sha256 = "00", .version = "0", .generated = "2026-01-01"};
		for (int f = 0; f < 4; f++) {
			size_t len;
			char *out = report_render((report_format)f, r, &m, &len);
			if (strlen(out) != len)
				abort();
			if (f == REPORT_HTML) {
				if (strstr(out, "\xe2\x80\xae"))
					abort();	/* bidi overrides are shown, not obeyed */
				check_html(out);
			}
			if (f == REPORT_CSV)
				check_csv(out);
			if (f == REPORT_JSON && (out[0] != '{' || out[len - 2] != '}'))
				abort();
			free(out);
		}
		gap_free(&r);
		assess_free(&a);
	}
	diag_free(&d);
	return 0;
}
