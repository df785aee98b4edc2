/* embedded.h - data files compiled into the binary (knowledge base,
 * schemas, demo assessment), looked up by their path under data/. */
#ifndef SIAMWIZ_EMBEDDED_H
#define SIAMWIZ_EMBEDDED_H

#include <stddef.h>

typedef struct embedded_file {
	const char *name;
	const unsigned char *data;
	size_t len;
} embedded_file;

extern const embedded_file embedded_files[];
extern const size_t embedded_count;

const embedded_file *embedded_find(const char *name);

#endif
