/* Unit tests for core/assess: the validated setters and invariants. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/assess.h"
#include "core/store.h"
#include "core/xmlload.h"
#include "fixture.h"

static void
test_names(void **state)
{
	(void)state;
	for (int r = 0; r < RES_COUNT; r++)
		assert_int_equal(as_parse_result(as_result_name((as_result)r)), r);
	for (int s = 0; s < STATUS_COUNT; s++)
		assert_int_equal(as_parse_status(as_status_name((as_status)s)), s);
	for (int m = 0; m < MODEL_COUNT; m++)
		assert_int_equal(as_parse_model(as_model_name((as_model)m)), m);
	assert_int_equal(as_parse_result("in place"), -1);
	assert_int_equal(as_parse_model("Hybrid"), -1);
	assert_int_equal(as_parse_criticality(""), -1);
	assert_int_equal(as_parse_criticality("high"), CRIT_HIGH);
}

/* The allowed values the command line lists are the names the parsers
 * accept, in order, and the list ends. */
static void
test_enum_names(void **state)
{
	(void)state;
	assert_string_equal(as_enum_name(AS_ENUM_RESULT, 0), "not-assessed");
	assert_string_equal(as_enum_name(AS_ENUM_RESULT, RES_COUNT - 1), "not-applicable");
	assert_null(as_enum_name(AS_ENUM_RESULT, RES_COUNT));
	for (size_t i = 0; as_enum_name(AS_ENUM_STATUS, i); i++)
		assert_int_equal(as_parse_status(as_enum_name(AS_ENUM_STATUS, i)), (int)i);
	assert_null(as_enum_name(AS_ENUM_STATUS, STATUS_COUNT));
	assert_string_equal(as_enum_name(AS_ENUM_CRITICALITY, 0), "low");
	assert_string_equal(as_enum_name(AS_ENUM_CRITICALITY, 2), "high");
	assert_null(as_enum_name(AS_ENUM_CRITICALITY, 3));
	assert_string_equal(as_enum_name(AS_ENUM_LAYER, 1), "integrator");
	assert_null(as_enum_name(AS_ENUM_LAYER, 3));
	assert_string_equal(as_enum_name(AS_ENUM_VERDICT, 3), "major-nc");
	assert_null(as_enum_name(AS_ENUM_VERDICT, VERDICT_COUNT));
	assert_string_equal(as_enum_name(AS_ENUM_RACI, 0), "accountable");
	assert_string_equal(as_enum_name(AS_ENUM_STRUCTKIND, 1), "process-forum");
	assert_string_equal(as_enum_name(AS_ENUM_START, 2), "concurrent");
	assert_string_equal(as_enum_name(AS_ENUM_MODEL, 3), "lead-supplier");
	assert_null(as_enum_name(AS_ENUM_NONE, 0));
}

static void
test_item_lookup_and_order(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	assert_null(assess_item(a, "NOPE.1", &err));
	assert_non_null(strstr(err, "unknown item ID \"NOPE.1\""));
	free(err);
	err = NULL;
	assert_null(assess_item(a, "8.3.4.1", &err));
	assert_non_null(strstr(err, "not a roadmap item"));
	free(err);
	err = NULL;
	assert_int_equal(a->changes, 0);
	/* Records are kept in roadmap order whatever the order of edits. */
	assert_non_null(assess_item(a, "RI.OUT.01", &err));
	assert_non_null(assess_item(a, "DS.IN.01", &err));
	assert_non_null(assess_item(a, "PB.OUT.04", &err));
	assert_non_null(assess_item(a, "DS.OUT.02", &err));
	assert_int_equal(a->nitems, 4);
	assert_string_equal(a->items[0].ref, "DS.IN.01");
	assert_string_equal(a->items[1].ref, "DS.OUT.02");
	assert_string_equal(a->items[2].ref, "PB.OUT.04");
	assert_string_equal(a->items[3].ref, "RI.OUT.01");
	assert_ptr_equal(assess_find(a, "PB.OUT.04"), &a->items[2]);
	assert_ptr_equal(assess_item(a, "PB.OUT.04", &err), &a->items[2]);
	assert_int_equal(a->nitems, 4);
	assess_free(&a);
	assert_null(a);
}

static void
test_setters(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	as_item *it = assess_item(a, "PB.OUT.11", &err);
	unsigned long c0 = a->changes;
	assert_int_equal(assess_set_result(a, it, RES_PARTIAL, &err), 0);
	assert_int_equal(assess_set_result(a, it, RES_PARTIAL, &err), 0); /* no-op */
	assert_int_equal(a->changes, c0 + 1);
	assert_int_equal(assess_set_date(a, it->due, "2026-02-30", &err), -1);
	assert_non_null(strstr(err, "not a valid date"));
	assert_string_equal(it->due, "");
	free(err);
	err = NULL;
	assert_int_equal(assess_set_date(a, it->due, "2026-12-31", &err), 0);
	assert_string_equal(it->due, "2026-12-31");
	assert_int_equal(assess_set_layer(a, it, "supplier", &err), -1);
	assert_non_null(strstr(err, "unknown layer"));
	free(err);
	err = NULL;
	assert_int_equal(assess_set_layer(a, it, "provider", &err), 0);
	assert_int_equal(it->layer, LAYER_PROVIDER);
	assert_int_equal(assess_set_text(a, &it->owner, "esc\x1b[31m", &err), -1);
	assert_null(it->owner);
	free(err);
	err = NULL;
	assert_int_equal(assess_set_text(a, &it->owner, "Zoë", &err), 0);
	assert_string_equal(it->owner, "Zoë");
	assert_int_equal(assess_set_text(a, &it->owner, "", &err), 0);
	assert_null(it->owner);
	assert_int_equal(assess_add_evidence(a, it, "", NULL, &err), -1);
	free(err);
	err = NULL;
	assert_int_equal(assess_add_evidence(a, it, "Contract schedule 7", "DMS/4711", &err), 0);
	assert_int_equal(assess_add_evidence(a, it, "Minutes", "", &err), 0);
	assert_int_equal(it->nevidence, 2);
	assert_string_equal(it->evidence[0].location, "DMS/4711");
	assert_null(it->evidence[1].location);
	assert_int_equal(assess_remove_evidence(a, it, 0), 0);
	assert_string_equal(it->evidence[0].text, "Minutes");
	assert_int_equal(assess_remove_evidence(a, it, 5), -1);
	/* Replacing with its own strings (aliasing) must work. */
	assert_int_equal(assess_add_evidence(a, it, "Board minutes", "DMS/9", &err), 0);
	assert_int_equal(assess_set_evidence(a, it, 1, it->evidence[1].text, it->evidence[1].location, &err), 0);
	assert_string_equal(it->evidence[1].text, "Board minutes");
	assert_string_equal(it->evidence[1].location, "DMS/9");
	assert_int_equal(assess_set_evidence(a, it, 1, "Signed minutes", "", &err), 0);
	assert_null(it->evidence[1].location);
	assert_int_equal(assess_set_evidence(a, it, 7, "x", NULL, &err), -1);
	free(err);
	err = NULL;
	assert_int_equal(assess_add_item_provider(a, it, "x", &err), -1);
	free(err);
	assess_free(&a);
}

static void
test_not_applicable_needs_justification(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	as_item *it = assess_item(a, "DS.OUT.07", &err);
	assess_set_result(a, it, RES_NOT_APPLICABLE, &err);
	assert_int_equal(assess_item_check(it, &err), -1);
	assert_non_null(strstr(err, "without a justification"));
	free(err);
	err = NULL;
	assess_set_text(a, &it->justification, "   \n", &err);
	assert_int_equal(assess_item_check(it, &err), -1);
	free(err);
	err = NULL;
	assess_set_text(a, &it->justification, "No market test this year.", &err);
	assert_int_equal(assess_item_check(it, &err), 0);
	assess_free(&a);
}

static void
test_providers(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	assert_int_equal(assess_provider_add(a, "Cobalt", false, CRIT_HIGH, "Hosting", &err), 0);
	assert_int_equal(assess_provider_add(a, "Cobalt", true, CRIT_LOW, NULL, &err), -1);
	assert_non_null(strstr(err, "already registered"));
	free(err);
	err = NULL;
	assert_int_equal(assess_provider_add(a, "  ", true, CRIT_LOW, NULL, &err), -1);
	free(err);
	err = NULL;
	as_item *it = assess_item(a, "PB.OUT.11", &err);
	assert_int_equal(assess_add_item_provider(a, it, "Nobody", &err), -1);
	assert_non_null(strstr(err, "not in the service providers register"));
	free(err);
	err = NULL;
	assert_int_equal(assess_add_item_provider(a, it, "Cobalt", &err), 0);
	assert_int_equal(assess_add_item_provider(a, it, "Cobalt", &err), 0);
	assert_int_equal(it->nproviders, 1);
	assert_int_equal(assess_provider_remove(a, "Cobalt", &err), -1);
	assert_non_null(strstr(err, "PB.OUT.11"));
	free(err);
	err = NULL;
	assert_int_equal(a->nproviders, 1);
	free(it->providers[0]);
	it->nproviders = 0;
	assert_int_equal(assess_provider_remove(a, "Cobalt", &err), 0);
	assert_int_equal(a->nproviders, 0);
	assert_int_equal(assess_provider_remove(a, "Cobalt", &err), -1);
	free(err);
	assess_free(&a);
}

/* Two accountable holders stay two (rule 6 must see the conflict); an
 * unchanged list is no edit; the organization is never NULL. */
/* A rename reaches every item and role holder naming the provider, and a
 * refused one changes nothing. */
static void
test_provider_rename(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	assert_int_equal(assess_provider_add(a, "Cobalt", false, CRIT_HIGH, "hosting", &err), 0);
	assert_int_equal(assess_provider_add(a, "Delta", true, CRIT_LOW, NULL, &err), 0);
	as_item *it = assess_item(a, "PB.OUT.11", &err);
	assert_int_equal(assess_add_item_provider(a, it, "Cobalt", &err), 0);
	assert_int_equal(assess_add_item_provider(a, it, "Delta", &err), 0);
	const char *parties[] = {"Cobalt", "SIAM office"};
	assert_int_equal(assess_role_set_parties(a, "ROLE.SIAM-OPS-LEAD", RACI_R, parties, 2, &err), 0);
	unsigned long changes = a->changes;

	assert_int_equal(assess_provider_rename(a, "Cobalt", "Delta", &err), -1);
	assert_non_null(strstr(err, "already registered"));
	free(err);
	err = NULL;
	assert_int_equal(assess_provider_rename(a, "Nobody", "Echo", &err), -1);
	assert_non_null(strstr(err, "no service provider named \"Nobody\""));
	free(err);
	err = NULL;
	assert_int_equal(assess_provider_rename(a, "Cobalt", " ", &err), -1);
	free(err);
	err = NULL;
	assert_int_equal(assess_provider_rename(a, "Cobalt", "bad\x01", &err), -1);
	free(err);
	err = NULL;
	assert_int_equal(a->changes, changes);
	assert_string_equal(it->providers[0], "Cobalt");

	assert_int_equal(assess_provider_rename(a, "Cobalt", "Cobalt Cloud", &err), 0);
	assert_null(err);
	assert_true(a->changes > changes);
	assert_null(assess_provider_find(a, "Cobalt"));
	as_provider *p = assess_provider_find(a, "Cobalt Cloud");
	assert_non_null(p);
	assert_int_equal(p->criticality, CRIT_HIGH);
	assert_string_equal(p->services, "hosting");
	assert_string_equal(it->providers[0], "Cobalt Cloud");
	assert_string_equal(it->providers[1], "Delta");
	const as_role *r = assess_role_find(a, "ROLE.SIAM-OPS-LEAD");
	assert_string_equal(r->holders[0].party, "Cobalt Cloud");
	assert_string_equal(r->holders[1].party, "SIAM office");
	/* The old name is free again and the renamed one cannot be removed
	 * while the item names it. */
	assert_int_equal(assess_provider_add(a, "Cobalt", false, CRIT_NONE, NULL, &err), 0);
	assert_int_equal(assess_provider_remove(a, "Cobalt Cloud", &err), -1);
	free(err);
	assess_free(&a);
}

static void
test_process_set(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	assert_int_equal(assess_process_set(a, "PR.NOPE", RACI_A, LAYER_CUSTOMER, &err), -1);
	assert_non_null(strstr(err, "PR.NOPE"));
	free(err);
	err = NULL;
	assert_int_equal(assess_process_set(a, "PR.INCIDENT", RACI_A, 8, &err), -1);
	free(err);
	err = NULL;
	assert_int_equal(a->nprocesses, 0);
	/* Clearing what was never set is no edit. */
	assert_int_equal(assess_process_set(a, "PR.INCIDENT", RACI_A, 0, &err), 0);
	assert_int_equal(a->changes, 0);
	assert_int_equal(assess_process_set(a, "PR.INCIDENT", RACI_A, LAYER_INTEGRATOR, &err), 0);
	assert_int_equal(assess_process_set(a, "PR.INCIDENT", RACI_R, LAYER_INTEGRATOR | LAYER_PROVIDER, &err), 0);
	assert_int_equal(a->nprocesses, 1);
	const as_process *p = assess_process_find(a, "PR.INCIDENT");
	assert_non_null(p);
	assert_int_equal(p->raci[RACI_A], LAYER_INTEGRATOR);
	assert_int_equal(p->raci[RACI_R], LAYER_INTEGRATOR | LAYER_PROVIDER);
	assert_int_equal(p->raci[RACI_C], 0);
	assert_true(a->has_processes);
	unsigned long changes = a->changes;
	assert_int_equal(assess_process_set(a, "PR.INCIDENT", RACI_A, LAYER_INTEGRATOR, &err), 0);
	assert_int_equal(a->changes, changes);
	/* With no layer left, the process is no longer recorded. */
	assert_int_equal(assess_process_set(a, "PR.INCIDENT", RACI_A, 0, &err), 0);
	assert_int_equal(assess_process_set(a, "PR.INCIDENT", RACI_R, 0, &err), 0);
	assert_int_equal(a->nprocesses, 0);
	assert_null(assess_process_find(a, "PR.INCIDENT"));
	assess_free(&a);
}

static void
test_role_holders_and_organization(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	const char *two[] = {"Integrator", "Provider A"};
	assert_int_equal(assess_role_set_parties(a, "ROLE.SIAM-OPS-LEAD", RACI_A, two, 2, &err), 0);
	const as_role *r = assess_role_find(a, "ROLE.SIAM-OPS-LEAD");
	assert_non_null(r);
	assert_int_equal(r->nholders, 2);
	assert_string_equal(r->holders[1].party, "Provider A");
	unsigned long before = a->changes;
	assert_int_equal(assess_role_set_parties(a, "ROLE.SIAM-OPS-LEAD", RACI_A, two, 2, &err), 0);
	assert_int_equal(a->changes, before);
	const char *bad[] = {"ok", ""};
	assert_int_equal(assess_role_set_parties(a, "ROLE.SIAM-OPS-LEAD", RACI_A, bad, 2, &err), -1);
	free(err);
	err = NULL;
	assert_int_equal(r->nholders, 2);
	assert_int_equal(assess_role_set_parties(a, "ROLE.SIAM-OPS-LEAD", RACI_A, NULL, 0, &err), 0);
	assert_null(assess_role_find(a, "ROLE.SIAM-OPS-LEAD"));
	assert_int_equal(assess_set_organization(a, "", &err), 0);
	assert_non_null(a->organization);
	assert_string_equal(a->organization, "");
	assess_free(&a);
}

/* A text the loader would refuse is refused when set, so that no save
 * writes a file that cannot be opened again. */
static void
test_text_fits_the_loader(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Long notes");
	char *err = NULL, *big = xmalloc(ASSESS_MAX_TEXT + 2);
	memset(big, 'x', ASSESS_MAX_TEXT + 1);
	big[ASSESS_MAX_TEXT + 1] = '\0';
	as_item *it = assess_item(a, "DS.IN.01", &err);
	assert_non_null(it);
	assert_int_equal(assess_set_text(a, &it->notes, big, &err), -1);
	assert_non_null(strstr(err, "too long"));
	free(err);
	err = NULL;
	assert_null(it->notes);
	big[ASSESS_MAX_TEXT] = '\0';
	assert_int_equal(assess_set_text(a, &it->notes, big, &err), 0);
	size_t len;
	char *xml = store_serialize(a, &len);
	diag_list d;
	diag_init(&d, "long");
	assessment *b = store_parse(xml, len, K, &d);
	assert_non_null(b);
	assert_int_equal(strlen(assess_find(b, "DS.IN.01")->notes), ASSESS_MAX_TEXT);
	assess_free(&b);
	diag_free(&d);
	free(xml);
	free(big);
	assess_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_enum_names),
		cmocka_unit_test(test_provider_rename),
		cmocka_unit_test(test_process_set),
		cmocka_unit_test(test_item_lookup_and_order),
		cmocka_unit_test(test_setters),
		cmocka_unit_test(test_not_applicable_needs_justification),
		cmocka_unit_test(test_providers),
		cmocka_unit_test(test_role_holders_and_organization),
		cmocka_unit_test(test_text_fits_the_loader),
	};
	return cmocka_run_group_tests(tests, fixture_load_kb, fixture_free_kb);
}
