/* assess.h - the assessment model: the engagement profile and, per
 * knowledge-base item, the answers captured in a workshop.  Every change
 * goes through the assess_* functions, which validate it against the
 * knowledge base and count it, so that the UI and the command line share
 * one set of rules. */
#ifndef SIAMWIZ_ASSESS_H
#define SIAMWIZ_ASSESS_H

#include <stdbool.h>
#include <stddef.h>

#include "kb.h"
#include "util.h"

typedef enum {
	RES_NOT_ASSESSED,
	RES_MISSING,
	RES_PARTIAL,
	RES_IN_PLACE,
	RES_NOT_APPLICABLE,
	RES_COUNT
} as_result;

typedef enum {
	STATUS_TODO,
	STATUS_IN_PROGRESS,
	STATUS_REVIEW,
	STATUS_DONE,
	STATUS_COUNT
} as_status;

typedef enum {
	MODEL_NONE = -1,
	MODEL_INTERNAL,
	MODEL_EXTERNAL,
	MODEL_HYBRID,
	MODEL_LEAD_SUPPLIER,
	MODEL_COUNT
} as_model;
typedef enum {
	START_NONE = -1,
	START_EXISTING_SMS,
	START_EXISTING_SIAM,
	START_CONCURRENT,
	START_COUNT
} as_start;
typedef enum {
	CRIT_NONE,
	CRIT_LOW,
	CRIT_MEDIUM,
	CRIT_HIGH
} as_criticality;
typedef enum {
	STRUCT_BOARD,
	STRUCT_FORUM,
	STRUCT_WORKING_GROUP,
	STRUCT_COUNT
} as_structkind;
typedef enum {
	RACI_A,
	RACI_R,
	RACI_C,
	RACI_I,
	RACI_COUNT
} as_raci;

typedef struct as_evidence {
	char *text;
	char *location; /* NULL when none */
	char date[11]; /* "" or YYYY-MM-DD: when it was seen */
	char *reviewer; /* who reviewed it, NULL when none */
} as_evidence;

/* The assessor's own verdict on a clause, kept beside the computed status. */
typedef enum {
	VERDICT_CONFORMING,
	VERDICT_OFI,
	VERDICT_MINOR_NC,
	VERDICT_MAJOR_NC,
	VERDICT_COUNT
} as_verdict;

typedef struct as_judgement {
	char *clause; /* clause ID, kept even if the knowledge base lacks it */
	as_verdict verdict;
	char id[16]; /* "NC-001", "OFI-002"; "" when conforming */
	char date[11]; /* YYYY-MM-DD */
	char *assessor; /* NULL when none */
	char *requirement; /* the requirement at stake, or NULL */
	char *evidence; /* the evidence seen, or NULL */
	char *statement; /* the finding; required unless conforming */
	long line;
} as_judgement;

typedef struct as_item {
	char *ref; /* knowledge-base item ID, kept even if unknown */
	as_result result;
	as_status status;
	unsigned layer; /* one LAYER_* bit or 0 */
	char due[11]; /* "" or YYYY-MM-DD */
	char *owner;
	char **providers;
	size_t nproviders, capproviders;
	as_evidence *evidence;
	size_t nevidence, capevidence;
	char *notes;
	char *justification;
	long line; /* where it was read from, 0 if new */
} as_item;

typedef struct as_provider {
	char *name;
	bool internal;
	as_criticality criticality;
	char *services;
} as_provider;

typedef struct as_structure {
	as_structkind kind;
	unsigned layers;
	char *name;
	char *purpose;
} as_structure;

typedef struct as_holder {
	as_raci raci;
	char *party;
} as_holder;

typedef struct as_role {
	char *ref;
	as_holder *holders;
	size_t nholders, capholders;
} as_role;

typedef struct as_process {
	char *ref;
	unsigned raci[RACI_COUNT]; /* layer masks */
} as_process;

/* The decision taken at a stage's checkpoint (the stage gate). */
typedef enum {
	DECISION_PROCEED,
	DECISION_REPEAT,
	DECISION_RETURN,
	DECISION_COUNT
} as_decision;

/* Someone who takes part in the workshops. */
typedef struct as_participant {
	char *name; /* required, unique, trimmed */
	char *organization; /* NULL when none: free text (a provider, the customer...) */
	unsigned layer; /* one LAYER_* bit or 0 */
	char *role; /* NULL when none: their part in the engagement, free text */
} as_participant;

/* One pass through a stage gate. */
typedef struct as_checkpoint {
	size_t stage; /* knowledge-base stage index (0 = stage 1) */
	unsigned iteration; /* 1, 2, ... per stage, in the order recorded */
	as_decision decision;
	size_t return_to; /* stage index when decision is DECISION_RETURN (< stage) */
	char date[11]; /* YYYY-MM-DD */
	char **present; /* names of registered participants present */
	size_t npresent;
	char *risks, *issues, *notes; /* NULL when none; multi-line text allowed */
	long line;
} as_checkpoint;

/* The stages a timebox can be planned for. */
#define ASSESS_MAX_STAGES 8
/* No stage: the return_to of a checkpoint that does not return (0 is
 * accepted too). */
#define ASSESS_NO_STAGE ((size_t)-1)
/* The longest timebox: a day. */
#define ASSESS_MAX_TIMEBOX (24u * 60u)

typedef struct assessment {
	const kb *kb; /* borrowed */
	char *kb_revision;
	char *organization; /* never NULL ("" when unnamed) */
	char *assessor, *scope, *separation; /* NULL when empty */
	char date[11];
	as_model model;
	as_start start;
	as_provider *providers;
	size_t nproviders, capproviders;
	as_structure *structures;
	size_t nstructures, capstructures;
	as_role *roles;
	size_t nroles, caproles;
	bool has_processes; /* <processes> present, even if empty */
	as_process *processes;
	size_t nprocesses, capprocesses;
	as_item *items;
	size_t nitems, capitems;
	as_judgement *judgements; /* in clause order of recording */
	size_t njudgements, capjudgements;
	unsigned long last_nc, last_ofi; /* highest IDs ever given: never reused */
	as_participant *participants;
	size_t nparticipants, capparticipants;
	as_checkpoint *checkpoints; /* in recording order */
	size_t ncheckpoints, capcheckpoints;
	unsigned timebox[ASSESS_MAX_STAGES]; /* minutes planned per stage index, 0 = none */
	idmap index; /* item ref -> index */
	unsigned long changes; /* edits since load or the last save */
	unsigned long generation; /* every edit and every new record; never reset:
					 * what a cached analysis compares */
} assessment;

/* Names as written in files and on the command line. */
const char *as_result_name(as_result r);
const char *as_status_name(as_status s);
const char *as_model_name(as_model m);
const char *as_start_name(as_start s);
const char *as_criticality_name(as_criticality c);
const char *as_structkind_name(as_structkind k);
const char *as_raci_name(as_raci r);
const char *as_verdict_name(as_verdict v); /* "conforming", "ofi", "minor-nc", "major-nc" */
const char *as_verdict_label(as_verdict v); /* translated */
bool as_verdict_is_nc(as_verdict v);
/* Human labels (translated). */
const char *as_result_label(as_result r);
const char *as_status_label(as_status s);
const char *as_model_label(as_model m);
const char *as_start_label(as_start s);
const char *as_criticality_label(as_criticality c);
int as_parse_result(const char *s); /* -1 when unknown */
int as_parse_status(const char *s);
int as_parse_model(const char *s);
int as_parse_start(const char *s);
int as_parse_criticality(const char *s);
int as_parse_structkind(const char *s);
int as_parse_raci(const char *s);
int as_parse_verdict(const char *s);
const char *as_decision_name(as_decision d); /* "proceed", "repeat", "return" */
const char *as_decision_label(as_decision d); /* translated */
int as_parse_decision(const char *s); /* -1 when unknown */

/* The enumerations whose names a user types, so that the command line
 * lists the allowed values from the tables that parse them. */
typedef enum {
	AS_ENUM_NONE,
	AS_ENUM_RESULT,
	AS_ENUM_STATUS,
	AS_ENUM_LAYER,
	AS_ENUM_MODEL,
	AS_ENUM_START,
	AS_ENUM_CRITICALITY,
	AS_ENUM_STRUCTKIND,
	AS_ENUM_RACI,
	AS_ENUM_VERDICT,
	AS_ENUM_DECISION
} as_enum;
/* The i-th accepted name of e, in the order of the enumeration (NULL
 * past the last one; criticality starts at low, layers at customer). */
const char *as_enum_name(as_enum e, size_t i);

assessment *assess_new(const kb *k, const char *organization);
/* Count an edit (changes and generation). */
void assess_touch(assessment *a);
void assess_free(assessment **a);

/* The item record for ref, or NULL when nothing was recorded yet. */
as_item *assess_find(const assessment *a, const char *ref);
/* The record for ref, created when missing; NULL (with *err) when ref is
 * not an item of the knowledge base. */
as_item *assess_item(assessment *a, const char *ref, char **err);
/* A record that says nothing: not assessed, to do, and every other field
 * empty.  Such a record is the same as none. */
bool assess_item_empty(const as_item *it);
/* Remove the record of ref when it is empty (an item opened and left
 * without an answer); true when one was removed.  Not a change. */
bool assess_drop_empty(assessment *a, const char *ref);
/* Rebuild the ref -> record index after the records were replaced. */
void assess_reindex(assessment *a);
/* The status a result implies: in place and not applicable are done,
 * partial is in progress, missing and not assessed are to do.  Setting a
 * result moves the status to the new result's one while the status is
 * still the one the old result implied; a status set otherwise stays. */
as_status as_status_for(as_result r);
/* Adds an item record as read from a file (no knowledge-base check). */
as_item *assess_add_loaded(assessment *a, const char *ref, char **err);

/* The longest text of one field, in bytes: what the loader accepts. */
#define ASSESS_MAX_TEXT ((size_t)1 << 20)

/* Validation shared by the setters: 0, or -1 with *err.  Text must be
 * valid UTF-8 without control characters; a date is "" or YYYY-MM-DD. */
int assess_check_text(const char *value, char **err);
int assess_check_date(const char *value, char **err);

/* Setters: 0 on success, -1 with *err (caller frees) when the value is
 * refused.  Text must be valid UTF-8 without control characters. */
int assess_set_text(assessment *a, char **field, const char *value, char **err);
/* The organization is required: it is never NULL, "" when cleared. */
int assess_set_organization(assessment *a, const char *value, char **err);
int assess_set_date(assessment *a, char *field, const char *value, char **err);
int assess_set_result(assessment *a, as_item *it, as_result r, char **err);
int assess_set_status(assessment *a, as_item *it, as_status s);
int assess_set_layer(assessment *a, as_item *it, const char *layer, char **err);
int assess_add_item_provider(assessment *a, as_item *it, const char *name, char **err);
int assess_add_evidence(assessment *a, as_item *it, const char *text, const char *location, char **err);
int assess_remove_evidence(assessment *a, as_item *it, size_t idx);
/* Replace the text and location of evidence idx (location NULL or "" clears). */
int assess_set_evidence(assessment *a, as_item *it, size_t idx, const char *text, const char *location, char **err);
/* When evidence idx was seen (date "" clears) and who reviewed it (NULL or
 * "" clears). */
int assess_set_evidence_review(assessment *a, as_item *it, size_t idx, const char *date, const char *reviewer,
			       char **err);
void assess_clear_item_providers(assessment *a, as_item *it);
int assess_set_model(assessment *a, as_model m);
int assess_set_start(assessment *a, as_start s);

int assess_provider_add(assessment *a, const char *name, bool internal, as_criticality crit, const char *services,
			char **err);
int assess_provider_remove(assessment *a, const char *name, char **err);
as_provider *assess_provider_find(const assessment *a, const char *name);

/* Rename provider old to name, and every item and role holder that names
 * it; refuses an unknown old and a name already registered.  Either all
 * of it happens or nothing does. */
int assess_provider_rename(assessment *a, const char *old, const char *name, char **err);

/* Change a provider; a new name is carried as assess_provider_rename does. */
int assess_provider_update(assessment *a, size_t idx, const char *name, bool internal, as_criticality crit,
			   const char *services, char **err);

/* Structural elements. idx == nstructures adds one. */
int assess_structure_set(assessment *a, size_t idx, as_structkind kind, unsigned layers, const char *name,
			 const char *purpose, char **err);
int assess_structure_remove(assessment *a, size_t idx);

/* Role holders: replace every holder of ref with this raci by party (an
 * empty party removes them). */
int assess_role_set(assessment *a, const char *ref, as_raci raci, const char *party, char **err);
/* The same with any number of parties (each a non-empty name), so that
 * two accountable holders stay two; an unchanged list is no edit. */
int assess_role_set_parties(assessment *a, const char *ref, as_raci raci, const char *const *parties, size_t n,
			    char **err);
as_role *assess_role_find(const assessment *a, const char *ref);

/* Processes: the layers (a LAYER_* mask, 0 clears) that hold ref with
 * this raci.  ref must be a process of the knowledge base; a process left
 * with no layer at all is dropped; an unchanged mask is no edit. */
int assess_process_set(assessment *a, const char *ref, as_raci raci, unsigned layers, char **err);
as_process *assess_process_find(const assessment *a, const char *ref);

/* Judgements (judge.c).  Record the assessor's verdict on a clause of the
 * knowledge base, replacing an earlier one; a nonconformity or an
 * opportunity for improvement needs a statement.  date NULL means today;
 * assessor NULL means the assessment's assessor.  A verdict keeps its ID
 * while it stays of the same kind; a new kind gets the next ID of its
 * kind, and no ID is given twice, even after a judgement is cleared. */
int assess_judge(assessment *a, const char *clause, as_verdict v, const char *statement, const char *requirement,
		 const char *evidence, const char *date, const char *assessor, char **err);
int assess_unjudge(assessment *a, const char *clause, char **err);
const as_judgement *assess_judgement_find(const assessment *a, const char *clause);
void assess_judgement_free(as_judgement *j);
/* Checks of the judgements for assess_check. */
void assess_check_judgements(const assessment *a, diag_list *d);

/* The workshop (assess_workshop.c): participants, stage checkpoints and
 * stage timeboxes.  idx == nparticipants adds one; a new name is carried
 * into every checkpoint that lists the old one. */
int assess_participant_set(assessment *a, size_t idx, const char *name, const char *organization, unsigned layer,
			   const char *role, char **err);
/* Refused (with the checkpoints named in *err) when the participant was
 * present at a checkpoint. */
int assess_participant_remove(assessment *a, size_t idx, char **err);
as_participant *assess_participant_find(const assessment *a, const char *name);
/* Record a checkpoint of stage (its iteration is the next one of that
 * stage); date NULL = today; every present name must be a registered
 * participant; return_to only with DECISION_RETURN. */
int assess_checkpoint_add(assessment *a, size_t stage, as_decision d, size_t return_to, const char *date,
			  const char *const *present, size_t npresent, const char *risks, const char *issues,
			  const char *notes, char **err);
/* The checkpoints of one stage, in order (for the roadmap's history):
 * count, and the i-th one (NULL past the last). */
size_t assess_checkpoint_count(const assessment *a, size_t stage);
const as_checkpoint *assess_checkpoint_nth(const assessment *a, size_t stage, size_t i);
/* Planned minutes for a stage, 0 clears; at most 24 hours. */
int assess_set_timebox(assessment *a, size_t stage, unsigned minutes, char **err);
/* Deep-copy participants, checkpoints and timeboxes from src into dst
 * (which has none); used by the undo history. */
void assess_workshop_copy(assessment *dst, const assessment *src);
/* Free the workshop data of a (assess_free calls it). */
void assess_workshop_free(assessment *a);
/* Checks of the workshop data for assess_check. */
void assess_check_workshop(const assessment *a, diag_list *d);

/* The invariants an item must keep (not-applicable needs a justification;
 * due dates are real dates).  Returns 0 or -1 with *err. */
int assess_item_check(const as_item *it, char **err);

/* Semantic checks of a whole assessment against its knowledge base:
 * errors for broken invariants, warnings for references the knowledge
 * base does not know (they are kept, never dropped). */
void assess_check(const assessment *a, diag_list *d);

#endif
