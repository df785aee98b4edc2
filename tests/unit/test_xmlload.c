/* Unit tests for core/xmlload: the hardened loader must refuse every kind
 * of hostile XML with a precise message and never crash. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/store.h"
#include "core/xmlload.h"

static const xl_doc doc = {
	.schema = "schema/assessment.rng",
	.ns = STORE_NS,
	.root = "assessment",
	.version = "1",
	.what = "assessment",
};

static const xl_limits lim = {.max_depth = 8, .max_elements = 1000, .max_text = 4096};

typedef struct seen {
	int starts, ends;
	char org[64];
} seen;

static int
on_start(void *ud, xl_ctx *x, const char *name, int depth)
{
	(void)x;
	(void)name;
	(void)depth;
	((seen *)ud)->starts++;
	return 0;
}

static int
on_end(void *ud, xl_ctx *x, const char *name, const char *text, size_t len, int depth)
{
	seen *s = ud;
	(void)x;
	(void)depth;
	s->ends++;
	if (!strcmp(name, "organization") && len < sizeof s->org)
		strcpy(s->org, text);
	return 0;
}

static const xl_handler h = {on_start, on_end};

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define OPEN "<assessment xmlns=\"urn:siamwiz:assessment:1\" version=\"1\">"
#define GOOD OPEN "<profile><organization>Acme &amp; Co</organization></profile><items/></assessment>\n"

/* Parse; expect failure whose first message contains needle at line. */
static void
refused(const char *xml, size_t len, long line, const char *needle)
{
	diag_list d;
	seen s = {0};
	diag_init(&d, "t.xml");
	assert_int_equal(xl_parse(xml, len, &doc, &lim, &h, &s, &d), -1);
	assert_true(d.n >= 1);
	if (!strstr(d.v[0].msg, needle))
		fail_msg("message \"%s\" lacks \"%s\"", d.v[0].msg, needle);
	if (line >= 0)
		assert_int_equal(d.v[0].line, line);
	diag_free(&d);
}

static void
test_good(void **state)
{
	(void)state;
	diag_list d;
	seen s = {0};
	diag_init(&d, "t.xml");
	const char *xml = HEAD GOOD;
	assert_int_equal(xl_parse(xml, strlen(xml), &doc, &lim, &h, &s, &d), 0);
	assert_int_equal(d.n, 0);
	assert_string_equal(s.org, "Acme & Co");
	assert_int_equal(s.starts, 4);
	assert_int_equal(s.ends, 4); /* the empty <items/> included */
	diag_free(&d);
}

static void
test_doctype(void **state)
{
	(void)state;
	const char *xxe = HEAD "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" OPEN
			       "<profile><organization>&x;</organization></profile><items/></assessment>";
	refused(xxe, strlen(xxe), 2, "DOCTYPE");
	const char *bomb = HEAD "<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
				"<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n" GOOD;
	refused(bomb, strlen(bomb), 2, "DOCTYPE");
}

static void
test_undeclared_entity(void **state)
{
	(void)state;
	const char *xml = HEAD OPEN "<profile>\n<organization>&nbsp;</organization></profile><items/></assessment>";
	refused(xml, strlen(xml), 3, "not well-formed");
}

static void
test_gzip_nul_empty(void **state)
{
	(void)state;
	const char gz[] = "\x1f\x8b\x08\x00rest";
	refused(gz, sizeof gz - 1, 0, "compressed");
	const char nul[] = HEAD "<assessment>\0</assessment>";
	refused(nul, sizeof nul - 1, 2, "NUL");
	refused("", 0, 0, "empty");
}

static void
test_root_checks(void **state)
{
	(void)state;
	const char *other = HEAD "<html><body/></html>";
	refused(other, strlen(other), 2, "not a siamwiz assessment");
	const char *nons = HEAD "<assessment version=\"1\"><profile/></assessment>";
	refused(nons, strlen(nons), 2, "no namespace");
	const char *newer = HEAD "<assessment xmlns=\"urn:siamwiz:assessment:1\" version=\"2\"><future/></assessment>";
	refused(newer, strlen(newer), 2, "newer siamwiz");
	const char *nover = HEAD "<assessment xmlns=\"urn:siamwiz:assessment:1\"/>";
	refused(nover, strlen(nover), 2, "no version");
}

static void
test_schema_violation(void **state)
{
	(void)state;
	const char *xml = HEAD OPEN "<profile><organization>A</organization>\n<colour>red</colour></profile>"
				    "<items/></assessment>";
	refused(xml, strlen(xml), 3, "does not follow the file format");
	const char *bad = HEAD OPEN "<profile><organization>A</organization></profile><items>\n"
				    "<item ref=\"DS.IN.01\" result=\"great\" status=\"todo\"/></items></assessment>";
	refused(bad, strlen(bad), 3, "does not follow the file format");
}

static void
test_malformed_and_utf8(void **state)
{
	(void)state;
	const char *xml = HEAD OPEN "<profile><organization>A</profile></assessment>";
	refused(xml, strlen(xml), 2, "not well-formed");
	const char *utf = HEAD OPEN "<profile><organization>\xff\xfe</organization></profile><items/></assessment>";
	refused(utf, strlen(utf), 2, "not well-formed");
}

/* Input handed over with a length and no terminating NUL (as a fuzzer or
 * a mapped file would) must be read within that length only. */
static void
test_not_nul_terminated(void **state)
{
	(void)state;
	const char *good = HEAD GOOD;
	size_t n = strlen(good);
	char *exact = malloc(n);
	memcpy(exact, good, n);
	diag_list d;
	seen s = {0};
	diag_init(&d, "t.xml");
	assert_int_equal(xl_parse(exact, n, &doc, &lim, &h, &s, &d), 0);
	diag_free(&d);
	free(exact);
	const char *other = HEAD "<html/>";
	n = strlen(other);
	exact = malloc(n);
	memcpy(exact, other, n);
	diag_init(&d, "t.xml");
	assert_int_equal(xl_parse(exact, n, &doc, &lim, &h, &s, &d), -1);
	diag_free(&d);
	free(exact);
}

static void
test_limits(void **state)
{
	(void)state;
	strbuf b;
	sb_init(&b);
	sb_add(&b, HEAD OPEN "<profile><organization>");
	for (int i = 0; i < 5000; i++)
		sb_add(&b, "x");
	sb_add(&b, "</organization></profile><items/></assessment>");
	refused(b.s, b.len, 2, "too long");
	sb_reset(&b);
	sb_add(&b, HEAD OPEN "<profile><organization>A</organization></profile><items>");
	for (int i = 0; i < 2000; i++)
		sb_add(&b, "<item ref=\"X\" result=\"missing\" status=\"todo\"/>");
	sb_add(&b, "</items></assessment>");
	refused(b.s, b.len, 2, "too many elements");
	sb_reset(&b);
	sb_add(&b, HEAD OPEN);
	for (int i = 0; i < 10000; i++)
		sb_add(&b, "<profile>");
	refused(b.s, b.len, -1, ""); /* refused, whichever check fires first */
	sb_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good),
		cmocka_unit_test(test_doctype),
		cmocka_unit_test(test_undeclared_entity),
		cmocka_unit_test(test_gzip_nul_empty),
		cmocka_unit_test(test_root_checks),
		cmocka_unit_test(test_schema_violation),
		cmocka_unit_test(test_malformed_and_utf8),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_not_nul_terminated),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	xl_cleanup();
	return rc;
}
