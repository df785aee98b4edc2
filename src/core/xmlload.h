/* xmlload.h - the one hardened path by which siamwiz reads XML.
 *
 * The caller hands over bytes already in memory; this module refuses
 * DOCTYPEs and compressed data, parses with the network off and entities
 * unexpanded, validates against one of the embedded RELAX NG schemas while
 * streaming, enforces size/depth/count limits and turns every problem into
 * a "line: message" diagnostic.  Content is delivered through callbacks so
 * that no DOM is ever built. */
#ifndef SIAMWIZ_XMLLOAD_H
#define SIAMWIZ_XMLLOAD_H

#include <stddef.h>

#include "util.h"

typedef struct xl_ctx xl_ctx;

typedef struct xl_handler {
	/* Element start; depth 0 is the root.  Return non-zero to stop. */
	int (*start)(void *ud, xl_ctx *x, const char *name, int depth);
	/* Element end, with the text directly inside it (NUL-terminated). */
	int (*end)(void *ud, xl_ctx *x, const char *name, const char *text, size_t len, int depth);
} xl_handler;

typedef struct xl_limits {
	size_t max_depth;
	size_t max_elements;
	size_t max_text; /* bytes of text in one element */
} xl_limits;

typedef struct xl_doc {
	const char *schema; /* embedded schema name, e.g. "schema/kb.rng" */
	const char *ns; /* required namespace of every element */
	const char *root; /* required root element */
	const char *version; /* the only version attribute value understood */
	const char *what; /* "assessment", "knowledge base": for messages */
} xl_doc;

/* Parse and validate.  Returns 0 when the document is valid and every
 * callback succeeded; otherwise -1 with at least one error in d. */
int xl_parse(const char *buf, size_t len, const xl_doc *doc, const xl_limits *lim, const xl_handler *h, void *ud,
	     diag_list *d);

/* In a start callback: attribute value or NULL. */
const char *xl_attr(xl_ctx *x, const char *name);
/* The same for an attribute that must be there: NULL after recording an
 * error naming the element. */
const char *xl_attr_req(xl_ctx *x, const char *elem, const char *name);
/* In a start callback: the xml:lang attribute or NULL. */
const char *xl_lang(xl_ctx *x);
/* Current line in the input. */
long xl_line(xl_ctx *x);
/* Record an error at the current line; the parse stops after the callback. */
void xl_error(xl_ctx *x, const char *fmt, ...) __attribute__((format(__printf__, 2, 3)));
void xl_warn(xl_ctx *x, const char *fmt, ...) __attribute__((format(__printf__, 2, 3)));

/* Release the cached schemas (for leak checkers at exit). */
void xl_cleanup(void);

#endif
