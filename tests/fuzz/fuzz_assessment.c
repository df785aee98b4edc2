/* libFuzzer harness: the assessment loader.  Invariants: no crash, no
 * leak; whatever loads serializes to a canonical form that loads again and
 * serializes to the same bytes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

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
		size_t len, len2;
		char *x = store_serialize(a, &len);
		diag_list d2;
		diag_init(&d2, "again");
		assessment *b = store_parse(x, len, k, &d2);
		if (!b)
			abort();	/* what we write, we must read */
		char *y = store_serialize(b, &len2);
		if (len != len2 || memcmp(x, y, len) != 0)
			abort();	/* canonical form is a fixed point */
		free(x);
		free(y);
		assess_free(&b);
		diag_free(&d2);
		assess_free(&a);
	} else if (diag_count(&d, DIAG_ERROR) == 0) {
		abort();	/* a refusal always says why */
	}
	diag_free(&d);
	return 0;
}
