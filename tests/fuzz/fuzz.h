/* fuzz.h - shared by the harnesses: the built-in knowledge base, loaded
 * once per process. */
#ifndef SIAMWIZ_FUZZ_H
#define SIAMWIZ_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "core/kb.h"

const kb *fuzz_kb(void);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
