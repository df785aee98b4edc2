/* kb.h - the knowledge base: roadmap stages and their items, the
 * ISO/IEC 20000-1 clause skeleton, documented information and records, the
 * item -> clause mapping, and the SIAM reference sections (layers, sourcing
 * models, starting points, roles, structural elements, processes,
 * glossary).  Loaded once, then read-only. */
#ifndef SIAMWIZ_KB_H
#define SIAMWIZ_KB_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

/* A piece of prose in one or more languages. */
typedef struct kb_text {
	size_t n;
	char **lang;
	char **s;
} kb_text;

typedef struct kb_textlist {
	kb_text *v;
	size_t n, cap;
} kb_textlist;

enum {
	LAYER_CUSTOMER = 1,
	LAYER_INTEGRATOR = 2,
	LAYER_PROVIDER = 4
};
enum {
	PRACTICE_PEOPLE = 1,
	PRACTICE_PROCESS = 2,
	PRACTICE_MEASUREMENT = 4,
	PRACTICE_TECHNOLOGY = 8
};

typedef enum {
	REL_EQUAL,
	REL_SUBSET,
	REL_SUPERSET,
	REL_INTERSECTS
} kb_relation;

/* The role a link plays in the verdict (docs/GAPS.md): a primary item is
 * what the clause asks for, and the clause cannot be met without it; a
 * supporting item contributes evidence.  The OLIR-style relation is kept
 * as information only. */
typedef enum {
	ROLE_SUPPORTING,
	ROLE_PRIMARY
} kb_role;

typedef struct kb_link {
	size_t item, clause;
	char *clause_id;
	kb_relation rel;
	kb_role role;
	bool has_role; /* the role was written, not defaulted */
	kb_text rationale;
} kb_link;

typedef struct kb_clause {
	char *id;
	long line;
	size_t src; /* index into kb->sources */
	int parent; /* index, or -1 for clauses 4 to 10 */
	int depth; /* 0 for 4..10 */
	kb_text title, summary;
	size_t *links; /* indices into kb->links */
	size_t nlinks, caplinks;
	size_t *children;
	size_t nchildren, capchildren;
} kb_clause;

typedef struct kb_item {
	char *id;
	long line;
	size_t src; /* index into kb->sources */
	size_t stage;
	bool output;
	unsigned layers, practices;
	char *feeds; /* space-separated item IDs, or NULL */
	char *same_as; /* the earlier outputs this input is (space-separated), or NULL */
	char *source; /* ISO/IEC TS 20000-14 subclauses, or NULL */
	char *concerns; /* knowledge-base entry IDs, or NULL */
	kb_text title, description, why;
	kb_textlist questions, evidence;
	size_t *links;
	size_t nlinks, caplinks;
	char **produces; /* documented-information IDs */
	size_t nproduces, capproduces;
} kb_item;

typedef struct kb_stage {
	char *id;
	long line;
	size_t src; /* index into kb->sources */
	int number;
	char *source; /* ISO/IEC TS 20000-14 subclauses, or NULL */
	kb_text title, purpose, trigger, checkpoint;
	kb_textlist objectives, activities;
	size_t *items;
	size_t nitems, capitems;
} kb_stage;

typedef struct kb_doc {
	char *id;
	long line;
	size_t src; /* index into kb->sources */
	bool record;
	char *letter; /* documents only */
	char *clauses; /* space-separated clause IDs */
	kb_text title, summary;
	size_t *producers; /* item indices */
	size_t nproducers, capproducers;
} kb_doc;

typedef enum {
	KB_PRACTICE,
	KB_LAYER,
	KB_MODEL,
	KB_START,
	KB_ROLE,
	KB_STRUCTURE,
	KB_PROCESS,
	KB_TERM,
	KB_NSECTIONS
} kb_section;

/* Entries of the reference sections share one shape. */
typedef struct kb_entry {
	char *id;
	long line;
	size_t src; /* index into kb->sources */
	char *attr; /* role: layer; structure: kind; process: clauses; start: items */
	kb_text title; /* term: name */
	kb_text summary; /* term: definition */
	kb_text extra; /* model: tradeoff; term: iso-term */
	kb_textlist list1; /* model: strengths; start: checks; structure: examples */
	kb_textlist list2; /* model: risks */
	kb_textlist avoid; /* term: renderings not to use, one language each */
} kb_entry;

/* A rule's need for one roadmap item (rules 9 to 11 of docs/GAPS.md):
 * kept as data so that a custom knowledge base carries its own. */
typedef struct kb_need {
	int rule;
	char *item; /* item ID */
	char *start; /* starting point it applies to, or NULL for all */
	char *reference; /* where the rule comes from */
	kb_text why;
	long line;
	size_t src;
} kb_need;

typedef struct kb {
	char *revision;
	char **langs; /* every xml:lang of its texts, in order of first use */
	size_t nlangs, caplangs;
	char **sources; /* names of the files the knowledge base came from */
	size_t nsources;
	kb_stage *stages; /* sorted by number */
	size_t nstages, capstages;
	kb_item *items;
	size_t nitems, capitems;
	kb_clause *clauses; /* document order */
	size_t nclauses, capclauses;
	kb_link *links;
	size_t nlinks, caplinks;
	kb_doc *docs;
	size_t ndocs, capdocs;
	kb_need *needs;
	size_t nneeds, capneeds;
	kb_entry *entries[KB_NSECTIONS];
	size_t nentries[KB_NSECTIONS], capentries[KB_NSECTIONS];
	idmap ids; /* every ID -> (kind << 24 | index) */
} kb;

typedef enum {
	KB_ID_NONE,
	KB_ID_STAGE,
	KB_ID_ITEM,
	KB_ID_CLAUSE,
	KB_ID_DOC,
	KB_ID_ENTRY
} kb_idkind;

/* A source for kb_load: a name for messages and the bytes. */
typedef struct kb_source {
	const char *name;
	const char *data;
	size_t len;
} kb_source;

/* Load and merge the sources; NULL with every problem in d on failure.
 * Warnings (nothing fatal) may be left in d on success. */
kb *kb_load(const kb_source *src, size_t nsrc, diag_list *d);
/* Load the knowledge base compiled into the binary. */
kb *kb_load_builtin(diag_list *d);
/* Load files from disk (each at most 8 MiB). */
kb *kb_load_files(const char *const *paths, size_t n, diag_list *d);
void kb_free(kb **k);

/* Look up any ID; returns the kind and sets *idx. */
kb_idkind kb_lookup(const kb *k, const char *id, size_t *idx);
const kb_item *kb_item_by_id(const kb *k, const char *id);
const kb_clause *kb_clause_by_id(const kb *k, const char *id);
const kb_entry *kb_entry_by_id(const kb *k, kb_section sec, const char *id);

/* Preferred language for kb_tr (e.g. "fr", "fr_CA", or a locale name such
 * as "fr_FR.UTF-8", whose codeset and modifier are dropped); NULL, and the
 * C and POSIX locales, reset to English. */
void kb_set_lang(const char *lang);
/* The preferred language as set ("fr_CA"), or "en". */
const char *kb_get_lang(void);
/* The language k's texts actually come out in under the preference: its
 * language code ("fr") when k has texts in it, else "en".  What a report
 * declares as its language. */
const char *kb_report_lang(const kb *k);
/* The text in the preferred language, else English, else the first. */
const char *kb_tr(const kb_text *t);
/* The text in exactly this language, or NULL. */
const char *kb_text_in(const kb_text *t, const char *lang);

const char *kb_relation_name(kb_relation r);
const char *kb_role_name(kb_role r); /* "primary", "supporting" */
const char *kb_role_label(kb_role r); /* translated */
const char *kb_layer_name(unsigned layer_bit);
/* Translated names of the layers in a mask, joined by ", "; the caller frees. */
char *kb_layers_label(unsigned mask);
/* "customer integrator" for a mask; the caller frees. */
char *kb_layers_string(unsigned mask);
char *kb_practices_string(unsigned mask);
int kb_parse_layer(const char *s); /* one layer bit, or -1 */

/* Coverage and consistency beyond what loading demands (kb check). */
typedef struct kb_lint {
	size_t clauses, clauses_supported;
	size_t items, items_linked;
	size_t docs, docs_produced;
	size_t texts, texts_missing_lang;
	size_t links, links_primary, links_with_role;
	size_t clauses_primary; /* leaf clauses with a primary item */
	size_t clauses_several_primary; /* of which with more than one */
	size_t traced; /* stages and items with a source */
	size_t glossary_hits; /* texts using an avoided rendering */
} kb_lint;
/* Adds one finding per problem to d; returns the number of findings. */
size_t kb_check(const kb *k, diag_list *d, kb_lint *out);

#endif
