/* mutate_assessment.c - a structure-aware mutator for fuzz_assessment
 * (libFuzzer build only: it calls LLVMFuzzerMutate).
 *
 * Byte flips turn almost every assessment into one the loader refuses, so
 * the model, the gap engine and the report writers see few inputs.  Here an
 * input that loads is changed as the program itself would change it:
 * through the assess_* setters and assess_judge (results, statuses, layers,
 * owners, due dates, evidence, the provider register, role holders,
 * judgements, the profile), with awkward text (bidi overrides, zero-width
 * and C1 characters, combining marks, formula triggers, long strings), and
 * written back with store_serialize.  A few mutations bypass the setters on
 * purpose (an unregistered provider named by an item, a process row, an
 * impossible date) to reach the loader's warnings and refusals with
 * otherwise valid files.  One time in eight, or when the input does not
 * load or the result does not fit, libFuzzer's own byte mutation runs
 * instead.  Everything is derived from the seed: runs are reproducible. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/store.h"
#include "fuzz.h"

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed);
size_t LLVMFuzzerCustomCrossOver(const uint8_t *d1, size_t s1, const uint8_t *d2, size_t s2, uint8_t *out,
				 size_t max_out, unsigned int seed);

/* ---- a small deterministic PRNG (splitmix64) */

typedef struct rng {
	uint64_t s;
} rng;

static uint64_t
next(rng *r)
{
	uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* 0 .. n-1; 0 when n is 0. */
static size_t
below(rng *r, size_t n)
{
	return n ? (size_t)(next(r) % n) : 0;
}

static int
one_in(rng *r, unsigned n)
{
	return below(r, n) == 0;
}

#define PICK(r, arr) ((arr)[below((r), sizeof(arr) / sizeof((arr)[0]))])

/* ---- text */

static const char *const words[] = {
	"Vendor manager",
	"Cobalt Cloud",
	"Meridian Desk",
	"SIAM office",
	"Board minutes",
	"SLA register",
	"DMS/42",
	"x",
	" ",
	"",
	"Policy v2",
	"Integrator",
	"Keystone Partners",
	"CIO",
};
static const char *const odd[] = {
	"\xe2\x80\xae", /* U+202E right-to-left override */
	"\xe2\x80\xad",
	"\xe2\x80\xac",
	"\xe2\x81\xa7",
	"\xe2\x81\xa9", /* LRO, PDF, RLI, PDI */
	"\xe2\x80\x8b",
	"\xe2\x80\x8d",
	"\xef\xbb\xbf", /* ZWSP, ZWJ, BOM */
	"\xc2\x85",
	"\xc2\x9b",
	"\xc2\x80",
	"\xc2\x9f", /* C1 controls */
	"\xcc\x81\xcc\x88\xcd\x9c\xcd\xa1", /* combining marks */
	"\xe2\x80\xa8",
	"\xe2\x80\xa9", /* line and paragraph separators */
	"\xef\xb7\x90",
	"\xef\xbf\xbd",
	"\xf4\x8f\xbf\xbf", /* U+FDD0, U+FFFD, U+10FFFF */
	"\xf0\x9f\x9a\x80",
	"\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9",
	"\xf0\x9f\x87\xab\xf0\x9f\x87\xb7",
	"\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe",
	"\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\xd8\xa9",
	"Soci\xc3\xa9t\xc3\xa9",
	"\xc3\x85ngstr\xc3\xb6m",
	"=1+2",
	"+SUM(A1)",
	"-3",
	"@cmd",
	"\t=tab",
	"=HYPERLINK(\"http://x\")",
	"<script>alert(1)</script>",
	"<b>",
	"]]>",
	"&amp;",
	"\"",
	"'",
	"<!--",
	"-->",
	"<?pi?>",
	"\r",
	"\n",
	"\r\n",
	"\t",
	"  ",
	"\n\n\n",
	"javascript:alert(1)",
	"| a | b |",
	"# heading",
	"`code`",
	"*em*",
	"[link](x)",
	"%s%n%x",
	"\\",
	"{\"k\":1}",
	",",
	";",
};
/* Refused by the setters: they must say why and change nothing. */
static const char *const refused[] = {
	"\x01", "\x1b[31m", "\x7f", "\xff", "\xc0\xaf", "\xed\xa0\x80", "\xef\xbf\xbe", "\xf5\x80\x80\x80", "\xe2\x82",
};

/* Text of up to about limit bytes, made of words and odd pieces. */
static char *
gen_text(rng *r, size_t limit)
{
	strbuf b;
	sb_init(&b);
	size_t pieces = 1 + below(r, 6);
	if (one_in(r, 16))
		pieces += below(r, 400); /* long */
	for (size_t i = 0; i < pieces && b.len < limit; i++) {
		switch (below(r, 10)) {
		case 0:
		case 1:
		case 2:
		case 3:
			sb_add(&b, PICK(r, words));
			break;
		case 4:
		case 5:
		case 6:
			sb_add(&b, PICK(r, odd));
			break;
		case 7: {
			/* a run of one odd piece: many combining marks, overrides */
			const char *p = PICK(r, odd);
			for (size_t n = 1 + below(r, 64); n-- && b.len < limit;)
				sb_add(&b, p);
			break;
		}
		case 8:
			sb_addf(&b, "%lu", (unsigned long)below(r, 1000000));
			break;
		default:
			if (one_in(r, 8))
				sb_add(&b, PICK(r, refused));
			else
				sb_addc(&b, (char)(' ' + below(r, 95)));
			break;
		}
	}
	return sb_steal(&b);
}

static const char *const dates[] = {
	"2026-10-14",
	"2026-02-28",
	"2028-02-29",
	"2000-02-29",
	"1900-01-01",
	"9999-12-31",
	"2026-12-31",
	"2027-01-31",
	"",
	/* refused: not a real date */
	"2026-02-29",
	"1900-02-29",
	"2026-02-30",
	"2026-13-01",
	"2026-00-10",
	"1899-12-31",
	"0000-00-00",
	"2026-1-1",
	"26-01-01",
	"2026/01/01",
	"2026-01-01T00:00",
	"abcd-ef-gh",
};
static const char *const layer_names[] = {"", "customer", "integrator", "provider", "customer integrator", "bogus"};

/* ---- picking records */

static const char *
kb_item_ref(rng *r, const kb *k)
{
	if (one_in(r, 32))
		return one_in(r, 2) ? "XX.OUT.99" : "4.1"; /* unknown, or not an item */
	return k->items[below(r, k->nitems)].id;
}

/* An item record: an existing one, or a new one for a knowledge-base item. */
static as_item *
pick_item(rng *r, assessment *a, const kb *k)
{
	if (a->nitems && !one_in(r, 3))
		return &a->items[below(r, a->nitems)];
	char *err = NULL;
	as_item *it = assess_item(a, kb_item_ref(r, k), &err);
	free(err);
	return it;
}

static const char *
clause_ref(rng *r, const kb *k)
{
	if (one_in(r, 40))
		return "11.1";
	return k->clauses[below(r, k->nclauses)].id;
}

static const char *
entry_ref(rng *r, const kb *k, kb_section s, const char *unknown)
{
	if (!k->nentries[s] || one_in(r, 24))
		return unknown;
	return k->entries[s][below(r, k->nentries[s])].id;
}

/* A provider name: mostly one of the register, so that items can name it. */
static char *
provider_name(rng *r, const assessment *a)
{
	if (a->nproviders && !one_in(r, 3))
		return xstrdup(a->providers[below(r, a->nproviders)].name);
	return gen_text(r, 64);
}

/* ---- mutations */

static void
set_item_text(rng *r, assessment *a, as_item *it)
{
	char **f = PICK(r, ((char **[]){&it->owner, &it->notes, &it->justification}));
	char *t = one_in(r, 4) ? NULL : gen_text(r, 4096);
	char *err = NULL;
	assess_set_text(a, f, t, &err);
	free(err);
	free(t);
}

static void
mutate_item(rng *r, assessment *a, const kb *k)
{
	as_item *it = pick_item(r, a, k);
	char *err = NULL, *t = NULL, *u = NULL;
	if (!it)
		return;
	switch (below(r, 14)) {
	case 0:
	case 1: {
		as_result res = (as_result)below(r, RES_COUNT);
		assess_set_result(a, it, res, &err);
		/* Not applicable needs a justification to load: mostly give one. */
		if (res == RES_NOT_APPLICABLE && !it->justification && !one_in(r, 8)) {
			t = gen_text(r, 256);
			free(err);
			err = NULL;
			if (assess_set_text(a, &it->justification, t, &err) != 0)
				assess_set_text(a, &it->justification, "Out of scope.", &err);
		}
		break;
	}
	case 2:
		assess_set_status(a, it, (as_status)below(r, STATUS_COUNT));
		break;
	case 3:
		assess_set_layer(a, it, PICK(r, layer_names), &err);
		break;
	case 4:
		assess_set_date(a, it->due, PICK(r, dates), &err);
		break;
	case 5:
	case 6:
		set_item_text(r, a, it);
		break;
	case 7:
		t = gen_text(r, 2048);
		u = one_in(r, 2) ? gen_text(r, 256) : NULL;
		assess_add_evidence(a, it, t, u, &err);
		break;
	case 8:
		if (it->nevidence)
			assess_remove_evidence(a, it, below(r, it->nevidence + 1));
		break;
	case 9:
		if (it->nevidence) {
			size_t i = below(r, it->nevidence);
			if (one_in(r, 2)) {
				t = gen_text(r, 2048);
				u = one_in(r, 2) ? gen_text(r, 256) : NULL;
				assess_set_evidence(a, it, i, t, u, &err);
			} else {
				t = one_in(r, 3) ? NULL : gen_text(r, 128);
				assess_set_evidence_review(a, it, i, PICK(r, dates), t, &err);
			}
		}
		break;
	case 10:
	case 11:
		t = provider_name(r, a);
		assess_add_item_provider(a, it, t, &err);
		break;
	case 12:
		if (one_in(r, 2)) {
			assess_clear_item_providers(a, it);
		} else {
			/* An item naming a provider the register lacks: a warning
			 * on load, never a refusal.  The setter refuses this, so
			 * it is written into the record. */
			t = gen_text(r, 64);
			if (util_valid_text(t)) {
				it->providers = xgrow(it->providers, &it->capproviders, it->nproviders + 1,
						      sizeof *it->providers);
				it->providers[it->nproviders++] = t;
				t = NULL;
				assess_touch(a);
			}
		}
		break;
	default:
		/* Empty the record: the writer then leaves it out. */
		assess_set_result(a, it, RES_NOT_ASSESSED, &err);
		assess_set_status(a, it, STATUS_TODO);
		assess_set_layer(a, it, NULL, &err);
		assess_set_date(a, it->due, "", &err);
		assess_set_text(a, &it->owner, NULL, &err);
		assess_set_text(a, &it->notes, NULL, &err);
		assess_set_text(a, &it->justification, NULL, &err);
		assess_clear_item_providers(a, it);
		while (it->nevidence)
			assess_remove_evidence(a, it, 0);
		break;
	}
	free(err);
	free(t);
	free(u);
}

static void
mutate_providers(rng *r, assessment *a)
{
	char *err = NULL, *name = NULL, *svc = NULL;
	switch (below(r, 4)) {
	case 0:
	case 1:
		name = gen_text(r, 128);
		svc = one_in(r, 2) ? gen_text(r, 512) : NULL;
		assess_provider_add(a, name, one_in(r, 3), (as_criticality)below(r, 4), svc, &err);
		break;
	case 2:
		if (a->nproviders) {
			name = xstrdup(a->providers[below(r, a->nproviders)].name);
			/* Items naming it make the removal refused: sometimes
			 * free it first, as a user would. */
			if (one_in(r, 2))
				for (size_t i = 0; i < a->nitems; i++)
					for (size_t j = 0; j < a->items[i].nproviders; j++)
						if (!strcmp(a->items[i].providers[j], name)) {
							assess_clear_item_providers(a, &a->items[i]);
							break;
						}
			assess_provider_remove(a, name, &err);
		}
		break;
	default:
		if (a->nproviders) {
			size_t i = below(r, a->nproviders);
			/* Rename (to another provider's name now and then: refused). */
			name = one_in(r, 6) ? provider_name(r, a) : gen_text(r, 128);
			svc = one_in(r, 2) ? gen_text(r, 512) : NULL;
			assess_provider_update(a, i, name, one_in(r, 2), (as_criticality)below(r, 4), svc, &err);
		}
		break;
	}
	free(err);
	free(name);
	free(svc);
}

static void
mutate_roles(rng *r, assessment *a, const kb *k)
{
	char *err = NULL;
	const char *ref = a->nroles && one_in(r, 2) ? a->roles[below(r, a->nroles)].ref
						    : entry_ref(r, k, KB_ROLE, "ROLE.UNKNOWN");
	char *ref_copy = xstrdup(ref); /* the role may go away */
	size_t n = below(r, 4); /* 0 removes the holders of that raci */
	char *parties[3] = {NULL, NULL, NULL};
	for (size_t i = 0; i < n; i++)
		parties[i] = one_in(r, 3) && a->nproviders ? xstrdup(a->providers[below(r, a->nproviders)].name)
							   : gen_text(r, 64);
	/* Two accountable holders of one role are allowed, and a finding. */
	as_raci raci = one_in(r, 2) ? RACI_A : (as_raci)below(r, RACI_COUNT);
	assess_role_set_parties(a, ref_copy, raci, (const char *const *)parties, n, &err);
	for (size_t i = 0; i < n; i++)
		free(parties[i]);
	free(ref_copy);
	free(err);
}

static void
mutate_judgements(rng *r, assessment *a, const kb *k)
{
	char *err = NULL;
	if (a->njudgements && one_in(r, 4)) {
		char *c = xstrdup(a->judgements[below(r, a->njudgements)].clause);
		assess_unjudge(a, c, &err);
		free(c);
		free(err);
		return;
	}
	if (one_in(r, 10)) {
		/* The counters only ever grow through the setters; a file may
		 * carry any value up to the schema's limit. */
		unsigned long *last = one_in(r, 2) ? &a->last_nc : &a->last_ofi;
		static const unsigned long v[] = {0, 1, 2, 9, 99, 999, 1000, 99999, 999998, 999999};
		*last = PICK(r, v);
		assess_touch(a);
		return;
	}
	const char *clause =
		a->njudgements && one_in(r, 3) ? a->judgements[below(r, a->njudgements)].clause : clause_ref(r, k);
	char *cl = xstrdup(clause);
	as_verdict v = (as_verdict)below(r, VERDICT_COUNT);
	char *st = v == VERDICT_CONFORMING && one_in(r, 2) ? NULL : gen_text(r, 1024);
	char *req = one_in(r, 2) ? gen_text(r, 512) : NULL;
	char *evd = one_in(r, 2) ? gen_text(r, 512) : NULL;
	char *as = one_in(r, 3) ? gen_text(r, 64) : NULL;
	const char *date = PICK(r, dates);
	if (!*date)
		date = "2026-10-14"; /* never today: the mutator stays deterministic */
	if (assess_judge(a, cl, v, st, req, evd, date, as, &err) != 0 && v != VERDICT_CONFORMING) {
		free(err);
		err = NULL;
		assess_judge(a, cl, v, "Finding.", req, evd, "2026-10-14", as, &err);
	}
	free(cl);
	free(st);
	free(req);
	free(evd);
	free(as);
	free(err);
}

static void
mutate_profile(rng *r, assessment *a)
{
	char *err = NULL, *t = NULL;
	switch (below(r, 9)) {
	case 0:
		t = gen_text(r, 256);
		assess_set_organization(a, one_in(r, 8) ? NULL : t, &err);
		break;
	case 1:
	case 2: {
		char **f = PICK(r, ((char **[]){&a->assessor, &a->scope, &a->separation}));
		t = one_in(r, 4) ? NULL : gen_text(r, 2048);
		assess_set_text(a, f, t, &err);
		break;
	}
	case 3:
		assess_set_date(a, a->date, PICK(r, dates), &err);
		break;
	case 4:
		assess_set_model(a, (as_model)((int)below(r, MODEL_COUNT + 1) - 1));
		break;
	case 5:
		assess_set_start(a, (as_start)((int)below(r, START_COUNT + 1) - 1));
		break;
	case 6: {
		/* Structural elements: add, change or remove one. */
		if (a->nstructures && one_in(r, 3)) {
			assess_structure_remove(a, below(r, a->nstructures));
			break;
		}
		t = gen_text(r, 128);
		char *p = one_in(r, 2) ? gen_text(r, 512) : NULL;
		assess_structure_set(a, below(r, a->nstructures + 1), (as_structkind)below(r, STRUCT_COUNT),
				     (unsigned)below(r, 8), t, p, &err);
		free(p);
		break;
	}
	case 7: {
		/* The process matrix has no setter: the record is written
		 * directly (a known process, or one the knowledge base lacks). */
		if (a->nprocesses && one_in(r, 3)) {
			as_process *p = &a->processes[below(r, a->nprocesses)];
			p->raci[below(r, RACI_COUNT)] = (unsigned)below(r, 8);
		} else if (one_in(r, 8)) {
			a->has_processes = !a->has_processes;
		} else {
			const char *ref = entry_ref(r, a->kb, KB_PROCESS, "PR.UNKNOWN");
			a->processes = xgrow(a->processes, &a->capprocesses, a->nprocesses + 1, sizeof *a->processes);
			as_process *p = &a->processes[a->nprocesses++];
			memset(p, 0, sizeof *p);
			p->ref = xstrdup(ref);
			for (int i = 0; i < RACI_COUNT; i++)
				p->raci[i] = one_in(r, 2) ? (unsigned)below(r, 8) : 0;
			a->has_processes = true;
		}
		assess_touch(a);
		break;
	}
	default:
		/* A date the setters would refuse, written directly: the
		 * loader must refuse the file and say why. */
		if (one_in(r, 2) && a->nitems)
			snprintf(a->items[below(r, a->nitems)].due, 11, "%s", "2026-02-30");
		else
			snprintf(a->date, sizeof a->date, "%s",
				 PICK(r, ((const char *[]){"2026-02-30", "1899-12-31"})));
		assess_touch(a);
		break;
	}
	free(t);
	free(err);
}

/* Take something away: most mutations add, and big inputs are slow. */
static void
shrink(rng *r, assessment *a)
{
	char *err = NULL;
	switch (below(r, 5)) {
	case 0:
	case 1:
		if (a->nitems) {
			as_item *it = &a->items[below(r, a->nitems)];
			if (it->nevidence && one_in(r, 2)) {
				assess_remove_evidence(a, it, below(r, it->nevidence));
			} else {
				assess_set_text(a, &it->notes, NULL, &err);
				assess_set_text(a, &it->owner, NULL, &err);
				assess_clear_item_providers(a, it);
			}
		}
		break;
	case 2:
		if (a->njudgements) {
			char *c = xstrdup(a->judgements[below(r, a->njudgements)].clause);
			assess_unjudge(a, c, &err);
			free(c);
		}
		break;
	case 3:
		if (a->nstructures)
			assess_structure_remove(a, below(r, a->nstructures));
		else if (a->nroles) {
			char *ref = xstrdup(a->roles[below(r, a->nroles)].ref); /* the role may go */
			assess_role_set_parties(a, ref, (as_raci)below(r, RACI_COUNT), NULL, 0, &err);
			free(ref);
		}
		break;
	default:
		assess_set_text(a, PICK(r, ((char **[]){&a->scope, &a->separation, &a->assessor})), NULL, &err);
		break;
	}
	free(err);
}

static void
mutate(rng *r, assessment *a, const kb *k, size_t size)
{
	size_t n = 1 + below(r, 3);
	if (one_in(r, 16))
		n += below(r, 16);
	for (size_t i = 0; i < n; i++) {
		/* The bigger the input, the likelier a removal. */
		if (below(r, 65536) < size) {
			shrink(r, a);
			continue;
		}
		switch (below(r, 10)) {
		case 0:
		case 1:
		case 2:
		case 3:
			mutate_item(r, a, k);
			break;
		case 4:
			mutate_providers(r, a);
			break;
		case 5:
			mutate_roles(r, a, k);
			break;
		case 6:
		case 7:
			mutate_judgements(r, a, k);
			break;
		default:
			mutate_profile(r, a);
			break;
		}
	}
}

static assessment *
load(const uint8_t *data, size_t size)
{
	diag_list d;
	diag_init(&d, NULL);
	assessment *a = store_parse((const char *)data, size, fuzz_kb(), &d);
	diag_free(&d);
	return a;
}

#ifdef FUZZ_STATS
/* Built with -DFUZZ_STATS: how many of the mutants load, and why the
 * first few were refused that should have loaded (not for the impossible
 * dates and missing justifications written on purpose): a value the
 * setters accept that makes a file siamwiz cannot read again. */
static unsigned long made, refused_n, shown;
static void
mstats(void)
{
	fprintf(stderr, "mutate_assessment: %lu mutants written, %lu refused on load (%.1f%%)\n", made, refused_n,
		made ? 100.0 * (double)refused_n / (double)made : 0.0);
}
static void
check_mutant(const char *x, size_t len)
{
	diag_list d;
	diag_init(&d, "mutant");
	if (!made++)
		atexit(mstats);
	assessment *b = store_parse(x, len, fuzz_kb(), &d);
	if (!b) {
		char *m = diag_format(&d);
		refused_n++;
		if (!strstr(m, "not a valid date") && !strstr(m, "without a justification") && shown++ < 40)
			fprintf(stderr, "mutant refused: %.300s\n", m);
		free(m);
	}
	assess_free(&b);
	diag_free(&d);
}
#else
#define check_mutant(x, len) ((void)0)
#endif

/* Serialize a into out when it fits; 0 otherwise. */
static size_t
emit(const assessment *a, uint8_t *out, size_t max)
{
	size_t len = 0;
	char *x = store_serialize(a, &len);
	if (!x)
		return 0;
	check_mutant(x, len);
	if (len > max)
		len = 0;
	else
		memcpy(out, x, len);
	free(x);
	return len;
}

size_t
LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed)
{
	rng r = {seed * 0x2545f4914f6cdd1dull + 1};
	if (one_in(&r, 8))
		return LLVMFuzzerMutate(data, size, max_size);
	assessment *a = load(data, size);
	if (!a)
		return LLVMFuzzerMutate(data, size, max_size);
	mutate(&r, a, fuzz_kb(), size);
	size_t len = emit(a, data, max_size);
	assess_free(&a);
	return len ? len : LLVMFuzzerMutate(data, size, max_size);
}

/* Cross-over of two assessments that load: the first, with records taken
 * from the second (item answers, providers, role holders, judgements). */
size_t
LLVMFuzzerCustomCrossOver(const uint8_t *d1, size_t s1, const uint8_t *d2, size_t s2, uint8_t *out, size_t max_out,
			  unsigned int seed)
{
	rng r = {seed * 0x9e3779b97f4a7c15ull + 7};
	assessment *a = load(d1, s1), *b = a ? load(d2, s2) : NULL;
	size_t len = 0;
	if (!a || !b)
		goto out;
	char *err = NULL;
	for (size_t i = 0; i < b->nproviders; i++)
		if (one_in(&r, 2)) {
			const as_provider *p = &b->providers[i];
			assess_provider_add(a, p->name, p->internal, p->criticality, p->services, &err);
			xfree(&err);
		}
	for (size_t i = 0; i < b->nitems; i++) {
		const as_item *src = &b->items[i];
		if (!one_in(&r, 2))
			continue;
		as_item *it = assess_item(a, src->ref, &err);
		xfree(&err);
		if (!it)
			continue;
		assess_set_result(a, it, src->result, &err);
		xfree(&err);
		assess_set_status(a, it, src->status);
		assess_set_text(a, &it->owner, src->owner, &err);
		xfree(&err);
		assess_set_text(a, &it->notes, src->notes, &err);
		xfree(&err);
		assess_set_text(a, &it->justification, src->justification, &err);
		xfree(&err);
		assess_set_date(a, it->due, src->due, &err);
		xfree(&err);
		it->layer = src->layer;
		for (size_t j = 0; j < src->nproviders; j++) {
			assess_add_item_provider(a, it, src->providers[j], &err);
			xfree(&err);
		}
		for (size_t j = 0; j < src->nevidence; j++) {
			const as_evidence *e = &src->evidence[j];
			if (assess_add_evidence(a, it, e->text, e->location, &err) == 0)
				assess_set_evidence_review(a, it, it->nevidence - 1, e->date, e->reviewer, &err);
			xfree(&err);
		}
	}
	for (size_t i = 0; i < b->nroles; i++)
		if (one_in(&r, 2))
			for (size_t j = 0; j < b->roles[i].nholders; j++) {
				const as_holder *h = &b->roles[i].holders[j];
				assess_role_set(a, b->roles[i].ref, h->raci, h->party, &err);
				xfree(&err);
			}
	for (size_t i = 0; i < b->njudgements; i++)
		if (one_in(&r, 2)) {
			const as_judgement *j = &b->judgements[i];
			assess_judge(a, j->clause, j->verdict, j->statement, j->requirement, j->evidence, j->date,
				     j->assessor, &err);
			xfree(&err);
		}
	if (one_in(&r, 4))
		mutate(&r, a, fuzz_kb(), s1 + s2);
	len = emit(a, out, max_out);
out:
	assess_free(&a);
	assess_free(&b);
	return len;
}
