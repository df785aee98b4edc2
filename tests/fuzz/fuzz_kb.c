/* libFuzzer harness: the knowledge-base loader and linter.  Invariants: no
 * crash, no leak, a refusal always comes with a message. */
#include "config.h"

#include <stdlib.h>

#include "core/kb.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_list d;
	diag_init(&d, NULL);
	kb_source s = {"fuzz.xml", (const char *)data, size};
	kb *k = kb_load(&s, 1, &d);
	if (k) {
		kb_lint lint;
		kb_check(k, &d, &lint);
		if (lint.clauses_supported > lint.clauses || lint.items_linked > lint.items)
			abort();
		kb_free(&k);
	} else if (diag_count(&d, DIAG_ERROR) == 0) {
		abort();
	}
	diag_free(&d);
	return 0;
}
