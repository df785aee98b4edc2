/* xmlload.c - hardened, validating, streaming XML input.  See xmlload.h.
 *
 * Why a pre-scan for "<!DOCTYPE": with no DTD there can be no entity
 * declarations, so no entity expansion, no external fetch and no "billion
 * laughs".  Refusing it before libxml2 sees the bytes means we never rely
 * on parser options alone for that guarantee. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/relaxng.h>
#include <libxml/xmlversion.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "embedded.h"
#include "i18n.h"
#include "xmlload.h"

/* libxml2 2.12 made the error argument const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError sw_xmlerror;
#else
typedef xmlError sw_xmlerror;
#endif

struct xl_ctx {
	xmlTextReaderPtr r;
	diag_list *d;
	int failed;
	/* Attribute copies handed out during one start callback. */
	xmlChar *attrs[16];
	size_t nattrs;
	char *generic; /* a vague schema message, used only if alone */
	long generic_line;
};

static void drop_attrs(xl_ctx *x);

static void silent_generic(void *ctx, const char *msg, ...) __attribute__((format(__printf__, 2, 3)));

static void
silent_generic(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* Parsed schemas live for the whole run; there are only two. */
static struct {
	const char *name;
	xmlRelaxNGPtr rng;
} schemas[4];

static void
silent_errors(void *ctx, sw_xmlerror *err)
{
	(void)ctx;
	(void)err;
}

static char *
clean_msg(const char *m)
{
	/* One message, one line: libxml2 gives details on lines of their own
	 * ("...indicate encoding !\nBytes: 0xE9 0x74"), which would reach the
	 * user without the FILE:LINE in front of them. */
	const char *src = m ? m : _("unknown XML error");
	char *s = xmalloc(strlen(src) + 1), *o = s;
	for (const char *p = src; *p; p++) {
		char c = *p == '\n' || *p == '\r' || *p == '\t' ? ' ' : *p;
		if (c == ' ' && (o == s || o[-1] == ' '))
			continue;
		*o++ = c;
	}
	while (o > s && o[-1] == ' ')
		o--;
	*o = '\0';
	return s;
}

/* libxml2's schema messages name the rule, not the problem; say it in the
 * user's terms where the shape is known.  Returns a new string. */
static char *
plain_schema_msg(const char *m)
{
	char a[128], b[128];
	if (!strcmp(m, "Expecting an element , got nothing"))
		return xstrdup(_("something required is missing here"));
	if (sscanf(m, "Did not expect element %127s there", a) == 1)
		return xasprintf(_("element <%s> is not allowed here"), a);
	if (sscanf(m, "Extra element %127s in interleave", a) == 1)
		return xasprintf(_("element <%s> is not allowed here"), a);
	if (sscanf(m, "Invalid attribute %127s for element %127s", a, b) == 2)
		return xasprintf(_("attribute %s of <%s> is not allowed here or has a value that is not "
				   "allowed"),
				 a, b);
	if (sscanf(m, "Expecting element %127[^,], got %127s", a, b) == 2)
		return xasprintf(_("element <%s> is expected here, not <%s>"), a, b);
	return xstrdup(m);
}

static void
reader_error(void *arg, sw_xmlerror *err)
{
	xl_ctx *x = arg;
	if (!err || err->level == XML_ERR_WARNING)
		return;
	long line = err->line;
	if (line <= 0 && x->r)
		line = xl_line(x);
	/* The first message is the cause; libxml2 often follows it with
	 * consequences that only confuse. */
	if (x->failed && x->d->n >= 20)
		return;
	char *m = clean_msg(err->message);
	if (err->domain != XML_FROM_RELAXNGV) {
		diag_add(x->d, DIAG_ERROR, line, _("not well-formed XML: %s"), m);
	} else if (strstr(m, "failed to validate")) {
		/* libxml2 follows a precise message ("Invalid attribute result
		 * for element item") with a generic one ("Element item failed to
		 * validate attributes"): keep the generic one only in reserve. */
		if (!x->generic) {
			x->generic = plain_schema_msg(m);
			x->generic_line = line;
		}
	} else {
		char *p = plain_schema_msg(m);
		diag_add(x->d, DIAG_ERROR, line, _("does not follow the file format: %s"), p);
		free(p);
	}
	free(m);
	x->failed = 1;
}

static xmlRelaxNGPtr
get_schema(const char *name, diag_list *d)
{
	size_t i;
	for (i = 0; i < sizeof schemas / sizeof schemas[0] && schemas[i].name; i++)
		if (strcmp(schemas[i].name, name) == 0)
			return schemas[i].rng;
	if (i == sizeof schemas / sizeof schemas[0]) {
		diag_add(d, DIAG_ERROR, 0, _("internal error: too many schemas"));
		return NULL;
	}
	const embedded_file *f = embedded_find(name);
	if (!f) {
		diag_add(d, DIAG_ERROR, 0, _("internal error: schema %s is missing"), name);
		return NULL;
	}
	xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewMemParserCtxt((const char *)f->data, (int)f->len);
	if (!pc) {
		diag_add(d, DIAG_ERROR, 0, _("internal error: cannot read schema %s"), name);
		return NULL;
	}
	xmlRelaxNGSetParserStructuredErrors(pc, silent_errors, NULL);
	xmlRelaxNGPtr rng = xmlRelaxNGParse(pc);
	xmlRelaxNGFreeParserCtxt(pc);
	if (!rng) {
		diag_add(d, DIAG_ERROR, 0, _("internal error: schema %s does not compile"), name);
		return NULL;
	}
	schemas[i].name = name;
	schemas[i].rng = rng;
	return rng;
}

void
xl_cleanup(void)
{
	for (size_t i = 0; i < sizeof schemas / sizeof schemas[0]; i++) {
		if (schemas[i].rng)
			xmlRelaxNGFree(schemas[i].rng);
		schemas[i].rng = NULL;
		schemas[i].name = NULL;
	}
	xmlCleanupParser();
}

static long
line_at(const char *buf, const char *at)
{
	long line = 1;
	for (const char *p = buf; p < at; p++)
		line += *p == '\n';
	return line;
}

/* Our formats put a handful of attributes on an element.  libxml2 checks
 * each new attribute against the others and each namespace declaration
 * against those in scope, so tens of thousands on one element take
 * seconds: refused before it parses. */
#define XL_MAX_ATTRS 64
#define XL_MAX_NS 16

static const char *
skip_past(const char *p, const char *end, const char *mark)
{
	size_t ml = strlen(mark);
	const char *q = memmem(p, (size_t)(end - p), mark, ml);
	return q ? q + ml : end;
}

/* One pass over the start tags, counting the attributes ('=' outside
 * quoted values) and namespace declarations of each.  Text never holds a
 * raw '<', and comments, CDATA sections and processing instructions are
 * skipped whole, so only markup is looked at. */
static int
count_attributes(const char *buf, size_t len, diag_list *d)
{
	const char *p = buf, *end = buf + len;
	while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		size_t left = (size_t)(end - p);
		if (left >= 4 && !memcmp(p, "<!--", 4)) {
			p = skip_past(p + 4, end, "-->");
			continue;
		}
		if (left >= 9 && !memcmp(p, "<![CDATA[", 9)) {
			p = skip_past(p + 9, end, "]]>");
			continue;
		}
		if (left >= 2 && p[1] == '?') {
			p = skip_past(p + 2, end, "?>");
			continue;
		}
		const char *tag = p++;
		if (p < end && (*p == '/' || *p == '!'))
			continue;
		size_t attrs = 0, ns = 0;
		char quote = 0;
		for (; p < end; p++) {
			char c = *p;
			if (quote) {
				if (c == quote)
					quote = 0;
			} else if (c == '"' || c == '\'') {
				quote = c;
			} else if (c == '>' || c == '<') {
				break;
			} else if (c == '=') {
				attrs++;
			} else if ((c == ' ' || c == '\t' || c == '\n' || c == '\r') && end - p > 5 &&
				   !memcmp(p + 1, "xmlns", 5)) {
				ns++;
			}
		}
		if (ns > XL_MAX_NS) {
			diag_add(d, DIAG_ERROR, line_at(buf, tag),
				 _("an element declares %zu namespaces (at most %d are accepted); this is not a "
				   "file siamwiz wrote"),
				 ns, XL_MAX_NS);
			return -1;
		}
		if (attrs > XL_MAX_ATTRS) {
			diag_add(d, DIAG_ERROR, line_at(buf, tag),
				 _("an element has %zu attributes (at most %d are accepted); this is not a file "
				   "siamwiz wrote"),
				 attrs, XL_MAX_ATTRS);
			return -1;
		}
	}
	return 0;
}

/* Cheap checks on raw bytes, before any parser runs. */
static int
prescan(const char *buf, size_t len, const xl_doc *doc, diag_list *d)
{
	if (len == 0) {
		diag_add(d, DIAG_ERROR, 0, _("the file is empty"));
		return -1;
	}
	if (len >= 2 && (unsigned char)buf[0] == 0x1f && (unsigned char)buf[1] == 0x8b) {
		diag_add(d, DIAG_ERROR, 0,
			 _("this is a compressed (gzip) file; decompress it first, siamwiz reads only plain XML"));
		return -1;
	}
	if (memchr(buf, '\0', len)) {
		diag_add(d, DIAG_ERROR, line_at(buf, memchr(buf, '\0', len)),
			 _("the file contains a NUL byte; it is not a UTF-8 XML %s"), doc->what);
		return -1;
	}
	/* The bytes need not end with a NUL: search within len only. */
	const char *p = memmem(buf, len, "<!DOCTYPE", 9);
	if (p) {
		diag_add(d, DIAG_ERROR, line_at(buf, p),
			 _("a DOCTYPE declaration is not allowed (it can define entities and fetch "
			   "external files); remove it"));
		return -1;
	}
	return count_attributes(buf, len, d);
}

static xmlTextReaderPtr
open_reader(const char *buf, size_t len, xl_ctx *x)
{
	xmlTextReaderPtr r = xmlReaderForMemory(buf, (int)len, NULL, "UTF-8", XML_PARSE_NONET);
	if (r)
		xmlTextReaderSetStructuredErrorHandler(r, reader_error, x);
	return r;
}

/* Look at the root element alone so that a file from a newer siamwiz, or
 * some other XML, gets a precise message instead of a schema error. */
static int
check_root(const char *buf, size_t len, const xl_doc *doc, diag_list *d)
{
	xl_ctx x = {.d = d};
	int rc = -1, ret;
	x.r = open_reader(buf, len, &x);
	if (!x.r) {
		diag_add(d, DIAG_ERROR, 0, _("cannot start the XML parser"));
		return -1;
	}
	while ((ret = xmlTextReaderRead(x.r)) == 1) {
		if (xmlTextReaderNodeType(x.r) != XML_READER_TYPE_ELEMENT)
			continue;
		long line = xl_line(&x);
		const char *name = (const char *)xmlTextReaderConstLocalName(x.r);
		const char *ns = (const char *)xmlTextReaderConstNamespaceUri(x.r);
		if (!ns || strcmp(ns, doc->ns) != 0 || strcmp(name, doc->root) != 0) {
			diag_add(d, DIAG_ERROR, line,
				 _("not a siamwiz %s: the root element is <%s>%s%s%s, expected <%s> in namespace %s"),
				 doc->what, name, ns ? _(" in namespace ") : _(" with no namespace"), ns ? ns : "", "",
				 doc->root, doc->ns);
			goto out;
		}
		xmlChar *v = xmlTextReaderGetAttribute(x.r, BAD_CAST "version");
		if (!v) {
			diag_add(d, DIAG_ERROR, line, _("the <%s> element has no version attribute"), doc->root);
			goto out;
		}
		if (strcmp((const char *)v, doc->version) != 0) {
			char *end;
			long vn = strtol((const char *)v, &end, 10);
			if (*end == '\0' && vn > atol(doc->version))
				diag_add(d, DIAG_ERROR, line,
					 _("this %s uses format version %s, written by a newer siamwiz; this "
					   "siamwiz reads version %s. Open it with a newer siamwiz."),
					 doc->what, (const char *)v, doc->version);
			else
				diag_add(d, DIAG_ERROR, line,
					 _("unknown format version \"%s\" (this siamwiz reads version %s)"),
					 (const char *)v, doc->version);
			xmlFree(v);
			goto out;
		}
		xmlFree(v);
		rc = 0;
		goto out;
	}
	if (!x.failed)
		diag_add(d, DIAG_ERROR, 0, _("no XML element found"));
out:
	xmlFreeTextReader(x.r);
	return rc;
}

/* An element opens: checked against the schema and the limits, then
 * handed to the caller's start handler (and end handler when empty). */
static void
open_element(xl_ctx *x, const xl_limits *lim, const xl_handler *h, void *ud, int depth, size_t *elements)
{
	const char *name = (const char *)xmlTextReaderConstLocalName(x->r);
	/* Callbacks see only content the schema accepted so far. */
	if (xmlTextReaderIsValid(x->r) == 0) {
		x->failed = 1;
		return;
	}
	if ((size_t)depth >= lim->max_depth) {
		xl_error(x, _("elements are nested too deeply (more than %zu levels)"), lim->max_depth);
		return;
	}
	if (++*elements > lim->max_elements) {
		xl_error(x, _("too many elements (the limit is %zu)"), lim->max_elements);
		return;
	}
	int empty = xmlTextReaderIsEmptyElement(x->r);
	int stop = h->start && h->start(ud, x, name, depth) != 0;
	drop_attrs(x);
	if (stop)
		x->failed = 1;
	else if (empty && h->end && h->end(ud, x, name, "", 0, depth) != 0)
		x->failed = 1;
}

/* The verdict once the reader stopped: 0 when the file was accepted.  A
 * refusal always says why, even when libxml2 gave no message. */
static int
conclude(xl_ctx *x, diag_list *d)
{
	if (x->generic && diag_count(d, DIAG_ERROR) == 0)
		diag_add(d, DIAG_ERROR, x->generic_line, _("does not follow the file format: %s"), x->generic);
	free(x->generic);
	x->generic = NULL;
	if (x->failed && diag_count(d, DIAG_ERROR) == 0)
		diag_add(d, DIAG_ERROR, xmlTextReaderGetParserLineNumber(x->r), "%s",
			 _("does not follow the file format"));
	if (!x->failed && xmlTextReaderIsValid(x->r) != 1 && d->n == 0)
		diag_add(d, DIAG_ERROR, xmlTextReaderGetParserLineNumber(x->r), _("does not follow the file format"));
	return !x->failed && diag_count(d, DIAG_ERROR) == 0 ? 0 : -1;
}

int
xl_parse(const char *buf, size_t len, const xl_doc *doc, const xl_limits *lim, const xl_handler *h, void *ud,
	 diag_list *d)
{
	xl_ctx x = {.d = d};
	strbuf text;
	size_t elements = 0;
	int ret, rc = -1;

	sb_init(&text);
	/* Nothing of libxml2 may ever print to the terminal: neither its
	 * structured errors nor its older generic channel (encoding errors
	 * come that way). */
	xmlSetStructuredErrorFunc(NULL, silent_errors);
	xmlSetGenericErrorFunc(NULL, silent_generic);
	if (len > (size_t)INT32_MAX) {
		diag_add(d, DIAG_ERROR, 0, _("file is too large"));
		return -1;
	}
	if (prescan(buf, len, doc, d) != 0 || check_root(buf, len, doc, d) != 0)
		return -1;
	xmlRelaxNGPtr rng = get_schema(doc->schema, d);
	if (!rng)
		return -1;
	x.r = open_reader(buf, len, &x);
	if (!x.r) {
		diag_add(d, DIAG_ERROR, 0, _("cannot start the XML parser"));
		return -1;
	}
	if (xmlTextReaderRelaxNGSetSchema(x.r, rng) != 0) {
		diag_add(d, DIAG_ERROR, 0, _("internal error: cannot attach the schema"));
		goto out;
	}
	while (!x.failed && (ret = xmlTextReaderRead(x.r)) == 1) {
		int type = xmlTextReaderNodeType(x.r);
		int depth = xmlTextReaderDepth(x.r);
		switch (type) {
		case XML_READER_TYPE_DOCUMENT_TYPE:
		case XML_READER_TYPE_ENTITY_REFERENCE:
		case XML_READER_TYPE_ENTITY:
			xl_error(&x, _("DOCTYPE and entity declarations are not allowed"));
			break;
		case XML_READER_TYPE_ELEMENT:
			sb_reset(&text);
			open_element(&x, lim, h, ud, depth, &elements);
			break;
		case XML_READER_TYPE_END_ELEMENT: {
			const char *name = (const char *)xmlTextReaderConstLocalName(x.r);
			if (xmlTextReaderIsValid(x.r) == 0) {
				x.failed = 1;
				break;
			}
			if (h->end && h->end(ud, &x, name, text.s ? text.s : "", text.len, depth) != 0)
				x.failed = 1;
			sb_reset(&text);
			break;
		}
		case XML_READER_TYPE_TEXT:
		case XML_READER_TYPE_CDATA:
		case XML_READER_TYPE_WHITESPACE:
		case XML_READER_TYPE_SIGNIFICANT_WHITESPACE: {
			const char *v = (const char *)xmlTextReaderConstValue(x.r);
			size_t vl = v ? strlen(v) : 0;
			if (text.len + vl > lim->max_text) {
				xl_error(&x, _("a text is too long (the limit is %zu bytes)"), lim->max_text);
				break;
			}
			sb_addn(&text, v ? v : "", vl);
			break;
		}
		default:
			break;
		}
	}
	if (conclude(&x, d) == 0)
		rc = 0;
out:
	xmlFreeTextReader(x.r);
	sb_free(&text);
	return rc;
}

static const char *
keep_attr(xl_ctx *x, xmlChar *v)
{
	if (!v)
		return NULL;
	if (x->nattrs == sizeof x->attrs / sizeof x->attrs[0]) {
		xmlFree(v);
		return NULL;
	}
	x->attrs[x->nattrs++] = v;
	return (const char *)v;
}

static void
drop_attrs(xl_ctx *x)
{
	for (size_t i = 0; i < x->nattrs; i++)
		xmlFree(x->attrs[i]);
	x->nattrs = 0;
}

const char *
xl_attr(xl_ctx *x, const char *name)
{
	return keep_attr(x, xmlTextReaderGetAttribute(x->r, BAD_CAST name));
}

const char *
xl_attr_req(xl_ctx *x, const char *elem, const char *name)
{
	const char *v = xl_attr(x, name);
	if (!v)
		xl_error(x, _("element <%s> has no %s attribute"), elem, name);
	return v;
}

const char *
xl_lang(xl_ctx *x)
{
	return keep_attr(x, xmlTextReaderGetAttributeNs(x->r, BAD_CAST "lang", XML_XML_NAMESPACE));
}

long
xl_line(xl_ctx *x)
{
	/* The parser may have read ahead; the node knows where it began. */
	xmlNodePtr n = xmlTextReaderCurrentNode(x->r);
	long line = n ? xmlGetLineNo(n) : -1;
	return line > 0 ? line : xmlTextReaderGetParserLineNumber(x->r);
}

static void add(xl_ctx *x, diag_level lvl, const char *fmt, va_list ap) __attribute__((format(__printf__, 3, 0)));

static void
add(xl_ctx *x, diag_level lvl, const char *fmt, va_list ap)
{
	char *m = xvasprintf(fmt, ap);
	diag_add(x->d, lvl, xl_line(x), "%s", m);
	free(m);
}

void
xl_error(xl_ctx *x, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(x, DIAG_ERROR, fmt, ap);
	va_end(ap);
	x->failed = 1;
}

void
xl_warn(xl_ctx *x, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(x, DIAG_WARNING, fmt, ap);
	va_end(ap);
}
