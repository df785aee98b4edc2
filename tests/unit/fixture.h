/* Shared cmocka group fixture: the built-in knowledge base in K. */
#ifndef SIAMWIZ_TEST_FIXTURE_H
#define SIAMWIZ_TEST_FIXTURE_H

#include "core/kb.h"

extern kb *K;
int fixture_load_kb(void **state);
int fixture_free_kb(void **state);

#endif
