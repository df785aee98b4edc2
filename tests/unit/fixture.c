/* Shared cmocka group fixture: loads the built-in knowledge base once. */
#include "config.h"

#include "core/xmlload.h"
#include "fixture.h"

kb *K;

int
fixture_load_kb(void **state)
{
	(void)state;
	diag_list d;
	diag_init(&d, NULL);
	K = kb_load_builtin(&d);
	diag_free(&d);
	return K ? 0 : -1;
}

int
fixture_free_kb(void **state)
{
	(void)state;
	kb_free(&K);
	xl_cleanup();
	return 0;
}
