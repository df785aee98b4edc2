/* gap.h - the gap engine: knowledge base + assessment -> findings.
 * Pure computation, no I/O.  Every definition used here is documented in
 * docs/GAPS.md; the report writers only present what this module decides. */
#ifndef SIAMWIZ_GAP_H
#define SIAMWIZ_GAP_H

#include <stdbool.h>
#include <stddef.h>

#include "assess.h"
#include "kb.h"

typedef enum {
	GAP_COVERED,
	GAP_PARTIAL,
	GAP_GAP,
	GAP_UNASSESSED
} gap_status;
typedef enum {
	DOC_PRESENT,
	DOC_PARTIAL,
	DOC_MISSING,
	DOC_UNASSESSED
} doc_status;
typedef enum {
	SEV_ERROR,
	SEV_WARNING,
	SEV_INFO
} gap_severity;
typedef enum {
	CONF_HIGH,
	CONF_MEDIUM,
	CONF_LOW
} gap_confidence;

/* Result counts over a set of items.  Coverage counts an item in place
 * with evidence as 1, in place without evidence ("claimed") and partial as
 * 0.5, and everything else, not-applicable ("excluded") included, as 0. */
typedef struct gap_tally {
	size_t n[RES_COUNT];
	size_t claimed; /* of n[RES_IN_PLACE]: no evidence recorded */
	size_t total;
} gap_tally;

#define GAP_NONE ((size_t)-1)

typedef struct gap_clause {
	gap_status status;
	bool only_excluded; /* every item linked here is not-applicable */
	bool primary_excluded; /* a primary item is not-applicable */
	size_t doc; /* missing (or incomplete) documented information that
				 * caps the status, index into kb->docs; or GAP_NONE */
	size_t judgement; /* index into a->judgements, or GAP_NONE */
	bool disagrees; /* the judgement contradicts the computed status */
	gap_confidence confidence; /* what the supporting items add */
	gap_tally primary; /* direct links by role */
	gap_tally supporting;
	gap_tally direct; /* items linked to this clause itself */
	gap_tally all; /* distinct items linked here or below */
	size_t worst_child; /* a gap subclause, for the reason; or GAP_NONE */
} gap_clause;

typedef struct gap_doc {
	doc_status status;
	bool only_excluded;
	unsigned layers; /* layers recorded on the producing items */
} gap_doc;

typedef struct gap_finding {
	char *id; /* stable across runs and languages: "R12-DI.A" */
	int rule; /* 1-14, as in docs/GAPS.md */
	gap_severity severity;
	char *subject; /* what it is about: an ID, a name, "profile" */
	char *message; /* plain explanation, translated */
	const char *reference; /* where the rule comes from */
	size_t seq; /* order of detection, to keep sorting stable */
} gap_finding;

typedef enum {
	PRIO_HIGH = 1,
	PRIO_MEDIUM,
	PRIO_LOW
} gap_priority;

/* What an action asks for, in the order the plan lists them. */
typedef enum {
	PLAN_RESTORE,
	PLAN_IMPLEMENT,
	PLAN_COMPLETE,
	PLAN_EVIDENCE,
	PLAN_COUNT
} gap_action_kind;

/* An action names its item by index, never by a pointer into the
 * assessment's arrays, which grow as records are added: the analysis may
 * outlive such a change (gap_action_record looks the record up). */
typedef struct gap_action {
	size_t item; /* index into kb->items */
	char due[11]; /* the record's due date when analysed, for ordering */
	gap_action_kind kind;
	gap_priority priority;
	size_t dependents; /* clauses not covered that this item supports */
	bool produces_doc; /* it produces mandatory documented information */
} gap_action;

typedef struct gap_report {
	const kb *kb;
	const assessment *a;
	gap_clause *clauses; /* parallel to kb->clauses */
	gap_doc *docs; /* parallel to kb->docs */
	gap_tally *stages; /* parallel to kb->stages */
	gap_tally practices[4]; /* people, process, measurement, technology */
	gap_tally overall;
	size_t count[4]; /* clauses by gap_status */
	size_t *judged; /* judged clauses (indices into kb->clauses): major NCs first,
				 * then minor, opportunities, conforming; clause order within */
	size_t njudged;
	size_t verdicts[VERDICT_COUNT]; /* judged clauses by verdict */
	gap_finding *findings;
	size_t nfindings, capfindings;
	gap_action *actions; /* sorted: most urgent first */
	size_t nactions;
} gap_report;

gap_report *gap_analyze(const kb *k, const assessment *a);
void gap_free(gap_report **r);

/* The result recorded for a knowledge-base item (not-assessed when none). */
as_result gap_item_result(const assessment *a, const kb_item *it);
const as_item *gap_item_record(const assessment *a, const kb_item *it);
/* Coverage of a tally in percent (0-100); -1 when the tally is empty. */
double gap_coverage(const gap_tally *t);
/* An item in place with at least one evidence entry. */
bool gap_item_proven(const as_item *rec);

const char *gap_status_name(gap_status s); /* "covered", ... (stable, for files) */
const char *gap_status_label(gap_status s); /* translated */
const char *doc_status_name(doc_status s);
const char *doc_status_label(doc_status s);
const char *gap_severity_name(gap_severity s);
const char *gap_severity_label(gap_severity s);
const char *gap_priority_label(gap_priority p);
const char *gap_confidence_name(gap_confidence c);
const char *gap_confidence_label(gap_confidence c);
const char *gap_action_name(gap_action_kind k); /* "restore", "implement", ... */
const char *gap_action_label(gap_action_kind k); /* translated, imperative */

/* The assessment record of an action's item (never NULL while the
 * assessment keeps its records, which it always does). */
const as_item *gap_action_record(const gap_report *r, const gap_action *ac);
/* The judgement of a clause, or NULL. */
const as_judgement *gap_clause_judgement(const gap_report *r, size_t clause);

/* Why a clause has its status, one sentence per line; the caller frees. */
char *gap_clause_reason(const gap_report *r, size_t clause);

#endif
