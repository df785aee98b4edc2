/* Unit tests for core/assess_workshop: the participants register, the
 * stage checkpoints, the timeboxes, their copy, checks and file round trip. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/store.h"
#include "fixture.h"

#define HEAD                                                              \
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                    \
	"<assessment xmlns=\"urn:siamwiz:assessment:1\" version=\"1\">\n" \
	"  <profile>\n    <organization>Acme</organization>\n"

/* err holds a refusal containing want; free it. */
static void
refused(int rc, char **err, const char *want)
{
	assert_int_equal(rc, -1);
	assert_non_null(*err);
	if (!strstr(*err, want))
		fail_msg("\"%s\" does not say \"%s\"", *err, want);
	free(*err);
	*err = NULL;
}

static void
add(assessment *a, const char *name)
{
	char *err = NULL;
	assert_int_equal(assess_participant_set(a, a->nparticipants, name, NULL, 0, NULL, &err), 0);
}

static void
test_decision_names(void **state)
{
	(void)state;
	for (int d = 0; d < DECISION_COUNT; d++)
		assert_int_equal(as_parse_decision(as_decision_name((as_decision)d)), d);
	assert_string_equal(as_decision_name(DECISION_RETURN), "return");
	assert_string_equal(as_decision_label(DECISION_REPEAT), "repeat the stage");
	assert_string_equal(as_decision_name(DECISION_COUNT), "");
	assert_int_equal(as_parse_decision("Proceed"), -1);
	assert_int_equal(as_parse_decision(NULL), -1);
	assert_string_equal(as_enum_name(AS_ENUM_DECISION, 0), "proceed");
	assert_string_equal(as_enum_name(AS_ENUM_DECISION, 2), "return");
	assert_null(as_enum_name(AS_ENUM_DECISION, 3));
}

static void
test_participants(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	assert_int_equal(
		assess_participant_set(a, 0, "  Dana Okafor\t", "Harbourline", LAYER_CUSTOMER, "sponsor", &err), 0);
	assert_int_equal(a->nparticipants, 1);
	assert_string_equal(a->participants[0].name, "Dana Okafor");
	assert_string_equal(a->participants[0].organization, "Harbourline");
	assert_string_equal(a->participants[0].role, "sponsor");
	assert_int_equal(a->participants[0].layer, LAYER_CUSTOMER);
	assert_int_equal(a->changes, 1);
	assert_ptr_equal(assess_participant_find(a, "Dana Okafor"), &a->participants[0]);
	assert_null(assess_participant_find(a, "Dana"));
	/* The same values again are no edit. */
	assert_int_equal(assess_participant_set(a, 0, "Dana Okafor", "Harbourline", LAYER_CUSTOMER, "sponsor", &err),
			 0);
	assert_int_equal(a->changes, 1);
	/* "" clears the free-text fields. */
	assert_int_equal(assess_participant_set(a, 0, "Dana Okafor", "", 0, "", &err), 0);
	assert_null(a->participants[0].organization);
	assert_null(a->participants[0].role);
	assert_int_equal(a->changes, 2);

	refused(assess_participant_set(a, 1, " \t", NULL, 0, NULL, &err), &err, "needs a name");
	refused(assess_participant_set(a, 1, NULL, NULL, 0, NULL, &err), &err, "needs a name");
	refused(assess_participant_set(a, 1, "Dana Okafor ", NULL, 0, NULL, &err), &err, "already registered");
	refused(assess_participant_set(a, 1, "Lee", NULL, LAYER_CUSTOMER | LAYER_PROVIDER, NULL, &err), &err,
		"one layer");
	refused(assess_participant_set(a, 1, "Lee", "bad\x01", 0, NULL, &err), &err, "control characters");
	refused(assess_participant_set(a, 1, "Lee", NULL, 0, "\xff", &err), &err, "not valid UTF-8");
	refused(assess_participant_set(a, 3, "Lee", NULL, 0, NULL, &err), &err, "no such participant");
	assert_int_equal(a->nparticipants, 1);
	assert_int_equal(a->changes, 2);

	add(a, "Lee Chen");
	refused(assess_participant_set(a, 1, "Dana Okafor", NULL, 0, NULL, &err), &err, "already registered");
	refused(assess_participant_remove(a, 2, &err), &err, "no such participant");
	assert_int_equal(assess_participant_remove(a, 0, &err), 0);
	assert_int_equal(a->nparticipants, 1);
	assert_string_equal(a->participants[0].name, "Lee Chen");
	assess_free(&a);
}

static void
test_checkpoint_refusals(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	add(a, "Dana");
	const char *who[] = {"Dana", "Nobody"}, *twice[] = {"Dana", "Dana"};
	refused(assess_checkpoint_add(a, 4, DECISION_PROCEED, 0, NULL, NULL, 0, NULL, NULL, NULL, &err), &err,
		"no stage 5");
	refused(assess_checkpoint_add(a, 0, DECISION_COUNT, 0, NULL, NULL, 0, NULL, NULL, NULL, &err), &err,
		"unknown checkpoint decision");
	refused(assess_checkpoint_add(a, 0, DECISION_RETURN, 0, NULL, NULL, 0, NULL, NULL, NULL, &err), &err,
		"stage 1 has no earlier stage");
	refused(assess_checkpoint_add(a, 2, DECISION_RETURN, 2, NULL, NULL, 0, NULL, NULL, NULL, &err), &err,
		"only return to an earlier stage (1 to 2), not to stage 3");
	refused(assess_checkpoint_add(a, 2, DECISION_RETURN, ASSESS_NO_STAGE, NULL, NULL, 0, NULL, NULL, NULL, &err),
		&err, "needs the earlier stage");
	refused(assess_checkpoint_add(a, 2, DECISION_PROCEED, 1, NULL, NULL, 0, NULL, NULL, NULL, &err), &err,
		"goes only with the decision \"return\"");
	refused(assess_checkpoint_add(a, 0, DECISION_PROCEED, 0, "2026-02-30", NULL, 0, NULL, NULL, NULL, &err), &err,
		"not a valid date");
	refused(assess_checkpoint_add(a, 0, DECISION_PROCEED, 0, NULL, who, 2, NULL, NULL, NULL, &err), &err,
		"\"Nobody\" is not in the participants register");
	refused(assess_checkpoint_add(a, 0, DECISION_PROCEED, 0, NULL, twice, 2, NULL, NULL, NULL, &err), &err,
		"listed twice");
	refused(assess_checkpoint_add(a, 0, DECISION_PROCEED, 0, NULL, NULL, 0, "ok", "bad\x1b[2J", NULL, &err), &err,
		"control characters");
	assert_int_equal(a->ncheckpoints, 0);
	assert_int_equal(a->changes, 1);
	assess_free(&a);
}

static void
test_checkpoint_iterations(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	add(a, "Dana");
	add(a, "Lee");
	const char *who[] = {"Lee", "Dana"};
	assert_int_equal(assess_checkpoint_add(a, 1, DECISION_REPEAT, 0, "2026-03-01", who, 2, "Budget", NULL,
					       "line one\nline two", &err),
			 0);
	assert_int_equal(
		assess_checkpoint_add(a, 0, DECISION_PROCEED, ASSESS_NO_STAGE, "2026-02-01", NULL, 0, "", "", "", &err),
		0);
	assert_int_equal(assess_checkpoint_add(a, 1, DECISION_RETURN, 0, NULL, who, 1, NULL, "No sponsor", NULL, &err),
			 0);
	assert_int_equal(
		assess_checkpoint_add(a, 1, DECISION_PROCEED, 0, "2026-05-01", NULL, 0, NULL, NULL, NULL, &err), 0);
	assert_int_equal(a->ncheckpoints, 4);
	assert_int_equal(a->changes, 6);
	assert_int_equal(assess_checkpoint_count(a, 0), 1);
	assert_int_equal(assess_checkpoint_count(a, 1), 3);
	assert_int_equal(assess_checkpoint_count(a, 2), 0);
	const as_checkpoint *c = assess_checkpoint_nth(a, 1, 0);
	assert_int_equal(c->iteration, 1);
	assert_int_equal(c->decision, DECISION_REPEAT);
	assert_string_equal(c->date, "2026-03-01");
	assert_int_equal(c->npresent, 2);
	assert_string_equal(c->present[0], "Lee");
	assert_string_equal(c->risks, "Budget");
	assert_null(c->issues);
	assert_string_equal(c->notes, "line one\nline two");
	c = assess_checkpoint_nth(a, 1, 1);
	assert_int_equal(c->iteration, 2);
	assert_int_equal(c->decision, DECISION_RETURN);
	assert_int_equal(c->return_to, 0);
	char today[11];
	util_today(today);
	assert_string_equal(c->date, today);
	assert_int_equal(assess_checkpoint_nth(a, 1, 2)->iteration, 3);
	assert_null(assess_checkpoint_nth(a, 1, 3));
	c = assess_checkpoint_nth(a, 0, 0);
	assert_int_equal(c->iteration, 1);
	assert_int_equal(c->return_to, 0);
	assert_null(c->risks);
	assert_null(c->notes);
	assert_null(assess_checkpoint_nth(a, 0, 1));
	assess_free(&a);
}

static void
test_rename_and_remove(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	add(a, "Dana");
	add(a, "Lee");
	add(a, "Sam");
	const char *who[] = {"Dana", "Lee"};
	assert_int_equal(assess_checkpoint_add(a, 0, DECISION_PROCEED, 0, NULL, who, 2, NULL, NULL, NULL, &err), 0);
	assert_int_equal(assess_checkpoint_add(a, 1, DECISION_REPEAT, 0, NULL, who, 1, NULL, NULL, NULL, &err), 0);
	assert_int_equal(assess_participant_set(a, 0, "Dana Okafor", "Harbourline", LAYER_CUSTOMER, NULL, &err), 0);
	assert_string_equal(a->checkpoints[0].present[0], "Dana Okafor");
	assert_string_equal(a->checkpoints[0].present[1], "Lee");
	assert_string_equal(a->checkpoints[1].present[0], "Dana Okafor");
	assert_null(assess_participant_find(a, "Dana"));
	unsigned long before = a->changes;
	refused(assess_participant_remove(a, 0, &err), &err,
		"\"Dana Okafor\" was present at 2 checkpoints (stage 1 checkpoint 1, stage 2 checkpoint 1)");
	refused(assess_participant_remove(a, 1, &err), &err, "was present at 1 checkpoint (stage 1 checkpoint 1)");
	assert_int_equal(a->nparticipants, 3);
	assert_int_equal(a->changes, before);
	assert_int_equal(assess_participant_remove(a, 2, &err), 0);
	assert_int_equal(a->nparticipants, 2);
	assess_free(&a);
}

static void
test_timebox(void **state)
{
	(void)state;
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	assert_int_equal(assess_set_timebox(a, 1, 45, &err), 0);
	assert_int_equal(a->timebox[1], 45);
	assert_int_equal(a->changes, 1);
	assert_int_equal(assess_set_timebox(a, 1, 45, &err), 0);
	assert_int_equal(a->changes, 1);
	assert_int_equal(assess_set_timebox(a, 3, ASSESS_MAX_TIMEBOX, &err), 0);
	refused(assess_set_timebox(a, 0, ASSESS_MAX_TIMEBOX + 1, &err), &err, "longer than a day (at most 1440)");
	refused(assess_set_timebox(a, 4, 10, &err), &err, "no stage 5");
	assert_int_equal(assess_set_timebox(a, 1, 0, &err), 0);
	assert_int_equal(a->timebox[1], 0);
	assert_int_equal(a->changes, 3);
	assess_free(&a);
}

static assessment *
sample(void)
{
	assessment *a = assess_new(K, "Acme");
	char *err = NULL;
	assert_int_equal(
		assess_participant_set(a, 0, "Dana & <Okafor>", "Harbourline \"HQ\"", LAYER_CUSTOMER, "sponsor", &err),
		0);
	assert_int_equal(assess_participant_set(a, 1, "Lee", NULL, LAYER_PROVIDER, NULL, &err), 0);
	const char *who[] = {"Lee", "Dana & <Okafor>"};
	assert_int_equal(
		assess_checkpoint_add(a, 0, DECISION_PROCEED, 0, "2026-01-10", who, 2, "r1\nr2", "i1", "n1", &err), 0);
	assert_int_equal(
		assess_checkpoint_add(a, 1, DECISION_RETURN, 0, "2026-02-10", who, 1, NULL, NULL, "  spaced\r\n", &err),
		0);
	assert_int_equal(assess_set_timebox(a, 0, 90, &err), 0);
	assert_int_equal(assess_set_timebox(a, 3, 30, &err), 0);
	return a;
}

static void
same_workshop(const assessment *x, const assessment *y)
{
	assert_int_equal(x->nparticipants, y->nparticipants);
	for (size_t i = 0; i < x->nparticipants; i++) {
		assert_string_equal(x->participants[i].name, y->participants[i].name);
		assert_int_equal(x->participants[i].layer, y->participants[i].layer);
		assert_true(!x->participants[i].role == !y->participants[i].role);
	}
	assert_int_equal(x->ncheckpoints, y->ncheckpoints);
	for (size_t i = 0; i < x->ncheckpoints; i++) {
		const as_checkpoint *c = &x->checkpoints[i], *e = &y->checkpoints[i];
		assert_int_equal(c->stage, e->stage);
		assert_int_equal(c->iteration, e->iteration);
		assert_int_equal(c->decision, e->decision);
		assert_int_equal(c->return_to, e->return_to);
		assert_string_equal(c->date, e->date);
		assert_int_equal(c->npresent, e->npresent);
		for (size_t j = 0; j < c->npresent; j++)
			assert_string_equal(c->present[j], e->present[j]);
		assert_string_equal(c->notes, e->notes);
	}
	assert_memory_equal(x->timebox, y->timebox, sizeof x->timebox);
}

static void
test_copy(void **state)
{
	(void)state;
	assessment *a = sample(), *b = assess_new(K, "Acme");
	assess_workshop_copy(b, a);
	same_workshop(a, b);
	assert_ptr_not_equal(a->checkpoints[0].present[0], b->checkpoints[0].present[0]);
	assert_ptr_not_equal(a->participants[0].name, b->participants[0].name);
	/* The copy stands alone: editing one leaves the other as it was. */
	char *err = NULL;
	assert_int_equal(assess_participant_set(a, 1, "Lee Chen", NULL, LAYER_PROVIDER, NULL, &err), 0);
	assert_string_equal(b->checkpoints[0].present[0], "Lee");
	assert_string_equal(b->participants[1].name, "Lee");
	assess_free(&a);
	assert_string_equal(b->checkpoints[1].notes, "  spaced\r\n");
	assess_free(&b);
	/* An empty workshop copies to an empty one. */
	a = assess_new(K, "x");
	b = assess_new(K, "y");
	assess_workshop_copy(b, a);
	assert_int_equal(b->nparticipants + b->ncheckpoints, 0);
	assess_free(&a);
	assess_free(&b);
}

static void
test_round_trip(void **state)
{
	(void)state;
	assessment *a = sample();
	size_t len;
	char *xml = store_serialize(a, &len);
	assert_non_null(strstr(xml, "<participant name=\"Dana &amp; &lt;Okafor&gt;\" organization=\"Harbourline "
				    "&quot;HQ&quot;\" layer=\"customer\" role=\"sponsor\"/>"));
	assert_non_null(strstr(xml, "<timebox stage=\"1\" minutes=\"90\"/>"));
	assert_non_null(strstr(xml, "<checkpoint stage=\"2\" iteration=\"1\" decision=\"return\" return-to=\"1\" "
				    "date=\"2026-02-10\">"));
	assert_non_null(strstr(xml, "<present name=\"Lee\"/>"));
	assert_non_null(strstr(xml, "<risks>r1\nr2</risks>"));
	diag_list d;
	diag_init(&d, "rt");
	assessment *b = store_parse(xml, len, K, &d);
	assert_non_null(b);
	assert_int_equal(d.n, 0);
	same_workshop(a, b);
	assert_int_equal(b->changes, 0);
	size_t len2;
	char *again = store_serialize(b, &len2);
	assert_int_equal(len, len2);
	assert_memory_equal(xml, again, len);
	free(again);
	free(xml);
	assess_free(&a);
	assess_free(&b);
	diag_free(&d);
}

/* A file body after HEAD: the message diag gives for it. */
static char *
load_msg(const char *body, int *ok)
{
	char *xml = xasprintf(HEAD "%s</assessment>\n", body);
	diag_list d;
	diag_init(&d, "f");
	assessment *a = store_parse(xml, strlen(xml), K, &d);
	*ok = a != NULL;
	char *m = d.n ? diag_format(&d) : xstrdup("");
	assess_free(&a);
	diag_free(&d);
	free(xml);
	return m;
}

static void
loads(const char *body, bool ok, const char *want)
{
	int got;
	char *m = load_msg(body, &got);
	if (got != ok || (want && !strstr(m, want)))
		fail_msg("expected %s with \"%s\", got %s: %s", ok ? "a load" : "a refusal", want ? want : "",
			 got ? "a load" : "a refusal", m);
	free(m);
}

#define PEOPLE "    <participants><participant name=\"Dana\"/></participants>\n  </profile>\n  <items/>\n"

static void
test_loader_checks(void **state)
{
	(void)state;
	loads("  </profile>\n  <items/>\n", true, NULL);
	loads(PEOPLE "  <checkpoints><checkpoint stage=\"1\" iteration=\"1\" decision=\"proceed\" date=\"2026-01-01\">"
		     "<present name=\"Dana\"/></checkpoint></checkpoints>\n",
	      true, NULL);
	loads(PEOPLE "  <checkpoints><checkpoint stage=\"1\" iteration=\"1\" decision=\"proceed\" date=\"2026-01-01\">"
		     "<present name=\"Ghost\"/></checkpoint></checkpoints>\n",
	      true, "lists \"Ghost\", who is not in the participants register");
	loads(PEOPLE "  <checkpoints><checkpoint stage=\"2\" iteration=\"2\" decision=\"proceed\" date=\"2026-01-01\"/>"
		     "</checkpoints>\n",
	      false, "checkpoint 2 of stage 2 should be number 1");
	loads(PEOPLE "  <checkpoints><checkpoint stage=\"2\" iteration=\"1\" decision=\"return\" return-to=\"2\" "
		     "date=\"2026-01-01\"/></checkpoints>\n",
	      false, "returns to stage 2, which is not an earlier stage");
	loads(PEOPLE "  <checkpoints><checkpoint stage=\"2\" iteration=\"1\" decision=\"return\" "
		     "date=\"2026-01-01\"/></checkpoints>\n",
	      false, "return-to exactly when");
	loads(PEOPLE "  <checkpoints><checkpoint stage=\"2\" iteration=\"1\" decision=\"repeat\" return-to=\"1\" "
		     "date=\"2026-01-01\"/></checkpoints>\n",
	      false, "return-to exactly when");
	loads(PEOPLE "  <checkpoints><checkpoint stage=\"1\" iteration=\"1\" decision=\"proceed\" date=\"2026-02-30\"/>"
		     "</checkpoints>\n",
	      false, "not a valid date");
	loads(PEOPLE "  <checkpoints><checkpoint stage=\"1\" iteration=\"1\" decision=\"proceed\" date=\"2026-01-01\">"
		     "<present name=\"Dana\"/><present name=\"Dana\"/></checkpoint></checkpoints>\n",
	      false, "lists \"Dana\" twice");
	loads(PEOPLE "  <checkpoints><checkpoint stage=\"9\" iteration=\"1\" decision=\"proceed\" "
		     "date=\"2026-01-01\"/></checkpoints>\n",
	      false, NULL);
	loads("    <participants><participant name=\"A\"/><participant name=\"A\"/></participants>\n"
	      "  </profile>\n  <items/>\n",
	      false, "participant \"A\" is registered 2 times");
	loads("    <participants><participant name=\"\"/></participants>\n  </profile>\n  <items/>\n", false,
	      "a participant has no name");
	loads("    <participants><participant name=\"A\" layer=\"board\"/></participants>\n  </profile>\n  <items/>\n",
	      false, NULL);
	loads(PEOPLE "  <timeboxes><timebox stage=\"2\" minutes=\"30\"/><timebox stage=\"2\" minutes=\"40\"/>"
		     "</timeboxes>\n",
	      false, "stage 2 has two timeboxes");
	loads(PEOPLE "  <timeboxes><timebox stage=\"2\" minutes=\"1441\"/></timeboxes>\n", false, NULL);
	loads(PEOPLE "  <timeboxes><timebox stage=\"6\" minutes=\"10\"/></timeboxes>\n", true,
	      "a timebox is planned for stage 6");
	/* The order of the format holds: checkpoints after the timeboxes. */
	loads(PEOPLE "  <checkpoints/>\n  <timeboxes/>\n", false, NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decision_names),
		cmocka_unit_test(test_participants),
		cmocka_unit_test(test_checkpoint_refusals),
		cmocka_unit_test(test_checkpoint_iterations),
		cmocka_unit_test(test_rename_and_remove),
		cmocka_unit_test(test_timebox),
		cmocka_unit_test(test_copy),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_loader_checks),
	};
	return cmocka_run_group_tests(tests, fixture_load_kb, fixture_free_kb);
}
