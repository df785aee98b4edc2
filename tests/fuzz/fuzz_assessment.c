/* libFuzzer harness: the assessment loader, and behind it the model, the
 * gap engine and every exporter.  Invariants: no crash, no leak; a refusal
 * always says why; whatever loads serializes to a canonical form that
 * loads again and serializes to the same bytes, and means the same: its
 * gap analysis is the original's; the reports keep the exporters'
 * invariants (fuzz_reports in fuzz_common.c).
 *
 * The libFuzzer build adds a structure-aware mutator, mutate_assessment.c,
 * so that most of what is tried is an assessment that loads. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/gap.h"
#include "core/store.h"
#include "fuzz.h"

#ifdef FUZZ_STATS
/* Built with -DFUZZ_STATS: how many of the inputs tried loaded, printed at
 * exit, to measure how much of the fuzzing reaches the model. */
#include <stdio.h>
static unsigned long tried, loaded;
static void
stats(void)
{
	fprintf(stderr, "fuzz_assessment: %lu inputs, %lu loaded (%.1f%%)\n", tried, loaded,
		tried ? 100.0 * (double)loaded / (double)tried : 0.0);
}
#define COUNT(ok)                      \
	do {                           \
		if (!tried++)          \
			atexit(stats); \
		loaded += (ok);        \
	} while (0)
#else
#define COUNT(ok) ((void)0)
#endif

static bool
same_tally(const gap_tally *x, const gap_tally *y)
{
	return !memcmp(x->n, y->n, sizeof x->n) && x->claimed == y->claimed && x->total == y->total;
}

/* The analysis of the reloaded canonical form is the original's. */
static void
check_same_analysis(const kb *k, const assessment *a, const assessment *b)
{
	gap_report *x = gap_analyze(k, a), *y = gap_analyze(k, b);
	bool ok = x->nfindings == y->nfindings && x->nactions == y->nactions && x->njudged == y->njudged &&
		  !memcmp(x->count, y->count, sizeof x->count) &&
		  !memcmp(x->verdicts, y->verdicts, sizeof x->verdicts) && same_tally(&x->overall, &y->overall);
	for (size_t i = 0; ok && i < k->nclauses; i++) {
		const gap_clause *c = &x->clauses[i], *e = &y->clauses[i];
		ok = c->status == e->status && c->only_excluded == e->only_excluded &&
		     c->primary_excluded == e->primary_excluded && c->doc == e->doc && c->judgement == e->judgement &&
		     c->disagrees == e->disagrees && c->confidence == e->confidence &&
		     c->worst_child == e->worst_child && same_tally(&c->primary, &e->primary) &&
		     same_tally(&c->supporting, &e->supporting) && same_tally(&c->direct, &e->direct) &&
		     same_tally(&c->all, &e->all);
	}
	for (size_t i = 0; ok && i < k->ndocs; i++)
		ok = x->docs[i].status == y->docs[i].status && x->docs[i].only_excluded == y->docs[i].only_excluded &&
		     x->docs[i].layers == y->docs[i].layers;
	for (size_t i = 0; ok && i < k->nstages; i++)
		ok = same_tally(&x->stages[i], &y->stages[i]);
	for (size_t i = 0; ok && i < 4; i++)
		ok = same_tally(&x->practices[i], &y->practices[i]);
	for (size_t i = 0; ok && i < x->njudged; i++)
		ok = x->judged[i] == y->judged[i];
	for (size_t i = 0; ok && i < x->nfindings; i++) {
		const gap_finding *f = &x->findings[i], *g = &y->findings[i];
		ok = f->rule == g->rule && f->severity == g->severity && !strcmp(f->subject, g->subject) &&
		     !strcmp(f->message, g->message);
	}
	for (size_t i = 0; ok && i < x->nactions; i++) {
		const gap_action *p = &x->actions[i], *q = &y->actions[i];
		ok = p->item == q->item && p->kind == q->kind && p->priority == q->priority &&
		     p->dependents == q->dependents && p->produces_doc == q->produces_doc && !strcmp(p->due, q->due);
	}
	if (!ok)
		abort(); /* the canonical form keeps the meaning */
	gap_free(&x);
	gap_free(&y);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const kb *k = fuzz_kb();
	diag_list d;
	diag_init(&d, "fuzz");
	assessment *a = store_parse((const char *)data, size, k, &d);
	COUNT(a != NULL);
	if (a) {
		size_t len, len2;
		char *x = store_serialize(a, &len);
		if (!x)
			abort(); /* what we read, we can write */
		diag_list d2;
		diag_init(&d2, "again");
		assessment *b = store_parse(x, len, k, &d2);
		if (!b)
			abort(); /* what we write, we must read */
		char *y = store_serialize(b, &len2);
		if (!y || len != len2 || memcmp(x, y, len) != 0)
			abort(); /* canonical form is a fixed point */
		check_same_analysis(k, a, b);
		fuzz_reports(k, a);
		free(x);
		free(y);
		assess_free(&b);
		diag_free(&d2);
		assess_free(&a);
	} else if (diag_count(&d, DIAG_ERROR) == 0) {
		abort(); /* a refusal always says why */
	}
	diag_free(&d);
	return 0;
}
