/* kb_int.h - what the knowledge base's loader, resolver and model share:
 * private to src/core/kb*.c. */
#ifndef SIAMWIZ_KB_INT_H
#define SIAMWIZ_KB_INT_H

#include <string.h>

#include "kb.h"
#include "util.h"

/* Append one zeroed element to a growable array and count it. */
#define PUSH(arr, n, cap) \
	(*(arr) = xgrow(*(arr), (cap), *(n) + 1, sizeof **(arr)), memset(&(*(arr))[*(n)], 0, sizeof **(arr)), (*(n))++)

/* The value of an ID in the map: its kind and its index. */
#define KB_KEY(kind, i) (((size_t)(kind) << 24) | (i))

extern const char *const kb_layer_names[3];
extern const char *const kb_practice_names[4];
extern const char *const kb_rel_names[4];

/* A new empty text at the end of the list. */
kb_text *kb_textlist_add(kb_textlist *l);
/* Stream every source into k; 0 when all of them are well formed. */
int kb_parse_sources(kb *k, const kb_source *src, size_t nsrc, diag_list *d);
/* Sort the stages, register the IDs and check every cross reference. */
void kb_resolve(kb *k, diag_list *d);

#endif
