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
			if (f == REPORT_HTML && (strstr(out, "<script") || strstr(out, "src=") ||
						 strstr(out, "href=") || strstr(out, "\xe2\x80\xae")))
				abort();
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
