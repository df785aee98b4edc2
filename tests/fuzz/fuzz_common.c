/* fuzz_common.c - the knowledge base the harnesses share. */
#include "config.h"

#include <stdlib.h>

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
