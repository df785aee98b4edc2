/* store.h - assessment files on disk: the hardened load, canonical
 * serialization and atomic save. */
#ifndef SIAMWIZ_STORE_H
#define SIAMWIZ_STORE_H

#include <stddef.h>

#include "assess.h"
#include "fileio.h"
#include "util.h"

#define STORE_MAX_FILE ((size_t)64 << 20)
#define STORE_NS "urn:siamwiz:assessment:1"

/* Parse an assessment from memory.  Returns NULL with errors in d; on
 * success d may hold warnings (unknown IDs and the like). */
assessment *store_parse(const char *buf, size_t len, const kb *k, diag_list *d);
/* Read and parse a file; stamp (may be NULL) receives its identity.  On
 * failure errno is 0 when the content was at fault, else the read error. */
assessment *store_load(const char *path, const kb *k, diag_list *d, file_stamp *stamp);
/* The canonical file content (UTF-8, NUL-terminated); the caller frees. */
char *store_serialize(const assessment *a, size_t *len);
/* Serialize and replace path atomically (fileio_replace: flags may hold
 * FILEIO_FORCE).  On success the change counter is reset; on failure
 * nothing on disk changed and *err says why (errno EACCES: read-only or
 * another user's file). */
int store_save(assessment *a, const char *path, unsigned flags, char **err);

#endif
