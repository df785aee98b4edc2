/* fuzz.h - shared by the harnesses: the built-in knowledge base, loaded
 * once per process, and the report checks. */
#ifndef SIAMWIZ_FUZZ_H
#define SIAMWIZ_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "core/assess.h"
#include "core/kb.h"

const kb *fuzz_kb(void);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Analyse a and render it in every report format, aborting when a report
 * breaks an invariant (see fuzz_common.c). */
void fuzz_reports(const kb *k, const assessment *a);

#endif
