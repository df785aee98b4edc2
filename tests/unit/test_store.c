/* Unit tests for core/store: loading, semantic checks, canonical
 * serialization and byte-identical round trips. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/embedded.h"
#include "core/store.h"
#include "core/xmlload.h"
#include "fixture.h"

#define HEAD                                                              \
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                    \
	"<assessment xmlns=\"urn:siamwiz:assessment:1\" version=\"1\">\n" \
	"  <profile>\n    <organization>Acme</organization>\n  </profile>\n"

static assessment *
parse(const char *xml, diag_list *d)
{
	return store_parse(xml, strlen(xml), K, d);
}

static void
test_demo_round_trip(void **state)
{
	(void)state;
	const embedded_file *f = embedded_find("demo/demo.siam.xml");
	assert_non_null(f);
	diag_list d;
	diag_init(&d, "demo");
	assessment *a = store_parse((const char *)f->data, f->len, K, &d);
	assert_non_null(a);
	assert_int_equal(d.n, 0);
	assert_int_equal(a->model, MODEL_HYBRID);
	assert_int_equal(a->nproviders, 4);
	size_t internal = 0;
	for (size_t i = 0; i < a->nproviders; i++)
		internal += a->providers[i].internal;
	assert_int_equal(internal, 1);
	/* The demo's judgements and reviewed evidence come back as written. */
	assert_int_equal(a->njudgements, 3);
	assert_int_equal(a->last_nc, 2);
	assert_int_equal(a->last_ofi, 1);
	const as_judgement *j = assess_judgement_find(a, "4.3");
	assert_non_null(j);
	assert_int_equal(j->verdict, VERDICT_MAJOR_NC);
	assert_string_equal(j->id, "NC-001");
	assert_string_equal(j->date, "2026-10-14");
	assert_non_null(j->statement);
	const as_item *it = assess_find(a, "DS.IN.06");
	assert_non_null(it);
	assert_string_equal(it->evidence[0].date, "2026-10-13");
	assert_string_equal(it->evidence[0].reviewer, "Priya Raman");
	/* Its participants, a repeated stage 1 and the timeboxes. */
	assert_int_equal(a->nparticipants, 4);
	assert_int_equal(a->participants[2].layer, LAYER_PROVIDER);
	assert_int_equal(assess_checkpoint_count(a, 0), 2);
	assert_int_equal(assess_checkpoint_nth(a, 0, 0)->decision, DECISION_REPEAT);
	assert_int_equal(assess_checkpoint_nth(a, 0, 1)->decision, DECISION_PROCEED);
	assert_int_equal(assess_checkpoint_nth(a, 0, 1)->npresent, 4);
	assert_int_equal(a->timebox[0], 120);
	assert_int_equal(a->timebox[1], 90);
	assert_int_equal(a->changes, 0);
	size_t len;
	char *out = store_serialize(a, &len);
	assert_int_equal(len, f->len);
	assert_memory_equal(out, f->data, len);
	free(out);
	assess_free(&a);
	diag_free(&d);
}

static void
test_hostile_text_round_trip(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Société <Générale> & \"Fils\" 東京 🚚");
	char *err = NULL;
	const char *notes = "  leading spaces\nline two\r\nCRLF line\ttab ]]> end  ";
	as_item *it = assess_item(a, "DS.IN.01", &err);
	assert_int_equal(assess_set_text(a, &it->notes, notes, &err), 0);
	assert_int_equal(assess_add_evidence(a, it, "<b>bold</b> & 'quotes'", "a\"b\nc\td", &err), 0);
	assert_int_equal(assess_set_text(a, &it->owner,
					 "\xe2\x80\xae"
					 "evil",
					 &err),
			 0);
	size_t len;
	char *xml = store_serialize(a, &len);
	diag_list d;
	diag_init(&d, "x");
	assessment *b = store_parse(xml, len, K, &d);
	assert_non_null(b);
	assert_string_equal(b->organization, a->organization);
	as_item *jt = assess_find(b, "DS.IN.01");
	assert_string_equal(jt->notes, notes);
	assert_string_equal(jt->evidence[0].text, "<b>bold</b> & 'quotes'");
	assert_string_equal(jt->evidence[0].location, "a\"b\nc\td");
	assert_string_equal(jt->owner, "\xe2\x80\xae"
				       "evil");
	size_t len2;
	char *xml2 = store_serialize(b, &len2);
	assert_int_equal(len, len2);
	assert_memory_equal(xml, xml2, len);
	free(xml);
	free(xml2);
	assess_free(&a);
	assess_free(&b);
	diag_free(&d);
}

static void
expect(const char *xml, diag_level lvl, long line, const char *needle)
{
	diag_list d;
	diag_init(&d, "t");
	assessment *a = parse(xml, &d);
	if (lvl == DIAG_ERROR)
		assert_null(a);
	else
		assert_non_null(a);
	int found = 0;
	for (size_t i = 0; i < d.n; i++)
		if (d.v[i].level == lvl && strstr(d.v[i].msg, needle) && (line < 0 || d.v[i].line == line))
			found = 1;
	if (!found)
		fail_msg("expected \"%s\" at line %ld; got: %s (line %ld)", needle, line, d.n ? d.v[0].msg : "nothing",
			 d.n ? d.v[0].line : 0L);
	assess_free(&a);
	diag_free(&d);
}

static void
test_semantic_checks(void **state)
{
	(void)state;
	expect(HEAD "  <items>\n    <item ref=\"DS.IN.01\" result=\"not-applicable\" status=\"done\"/>\n"
		    "  </items>\n</assessment>\n",
	       DIAG_ERROR, 7, "without a justification");
	expect(HEAD "  <items>\n    <item ref=\"DS.IN.01\" result=\"missing\" status=\"todo\"/>\n"
		    "    <item ref=\"DS.IN.01\" result=\"missing\" status=\"todo\"/>\n  </items>\n</assessment>\n",
	       DIAG_ERROR, 8, "appears twice");
	expect(HEAD "  <items>\n    <item ref=\"DS.IN.01\" result=\"missing\" status=\"todo\" due=\"2026-02-31\"/>\n"
		    "  </items>\n</assessment>\n",
	       DIAG_ERROR, 7, "not a valid date");
	expect("<?xml version=\"1.0\"?>\n<assessment xmlns=\"urn:siamwiz:assessment:1\" version=\"1\">"
	       "<profile><organization>A</organization>\n<date>2026-13-01</date></profile><items/></assessment>",
	       DIAG_ERROR, 3, "not a valid date");
	expect(HEAD "  <items>\n    <item ref=\"ZZ.OUT.99\" result=\"missing\" status=\"todo\"/>\n"
		    "  </items>\n</assessment>\n",
	       DIAG_WARNING, 7, "not in the knowledge base in use");
	expect(HEAD "  <items>\n    <item ref=\"DS.IN.01\" result=\"missing\" status=\"todo\">\n"
		    "      <provider>Ghost Ltd</provider>\n    </item>\n  </items>\n</assessment>\n",
	       DIAG_WARNING, 7, "not in the register");
}

static void
test_unknown_ids_kept(void **state)
{
	(void)state;
	const char *xml =
		HEAD "  <items>\n    <item ref=\"ZZ.OUT.99\" result=\"partial\" status=\"todo\">\n"
		     "      <notes>from a newer knowledge base</notes>\n    </item>\n  </items>\n</assessment>\n";
	diag_list d;
	diag_init(&d, "t");
	assessment *a = parse(xml, &d);
	assert_non_null(a);
	size_t len;
	char *out = store_serialize(a, &len);
	assert_string_equal(out, xml);
	free(out);
	assess_free(&a);
	diag_free(&d);
}

static void
test_save_and_failure(void **state)
{
	(void)state;
	char dir[] = "/tmp/siamwiz-store-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[128];
	snprintf(path, sizeof path, "%s/a.siam.xml", dir);
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	as_item *it = assess_item(a, "DS.IN.02", &err);
	assess_set_result(a, it, RES_IN_PLACE, &err);
	assert_true(a->changes > 0);
	assert_int_equal(store_save(a, path, 0, &err), 0);
	assert_int_equal(a->changes, 0);
	diag_list d;
	diag_init(&d, path);
	assessment *b = store_load(path, K, &d, NULL);
	assert_non_null(b);
	assert_int_equal(assess_find(b, "DS.IN.02")->result, RES_IN_PLACE);
	assess_free(&b);
	/* A directory that does not exist: failure, the data stays unsaved. */
	assess_set_result(a, it, RES_PARTIAL, &err);
	char bad[160];
	snprintf(bad, sizeof bad, "%s/missing/a.siam.xml", dir);
	assert_int_equal(store_save(a, bad, 0, &err), -1);
	assert_non_null(err);
	assert_true(a->changes > 0);
	free(err);
	assess_free(&a);
	diag_free(&d);
	unlink(path);
	rmdir(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_demo_round_trip),  cmocka_unit_test(test_hostile_text_round_trip),
		cmocka_unit_test(test_semantic_checks),  cmocka_unit_test(test_unknown_ids_kept),
		cmocka_unit_test(test_save_and_failure),
	};
	return cmocka_run_group_tests(tests, fixture_load_kb, fixture_free_kb);
}
