/* libFuzzer harness: every exporter on any assessment that loads.
 * Invariants (fuzz_reports in fuzz_common.c): the HTML has no script, no
 * external reference and no raw bidi override; the HTML and the Markdown
 * no raw control or invisible format character; no CSV cell starts with a
 * formula trigger; the JSON ends as an object; no crash, no leak. */
#include "config.h"

#include "core/store.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const kb *k = fuzz_kb();
	diag_list d;
	diag_init(&d, "fuzz");
	assessment *a = store_parse((const char *)data, size, k, &d);
	if (a) {
		fuzz_reports(k, a);
		assess_free(&a);
	}
	diag_free(&d);
	return 0;
}
