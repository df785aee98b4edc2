/* search.h - finding items and clauses as one types: by words of their
 * texts and of the assessment's records, with case and accents folded, so
 * that "legal" finds "Légal" and "societe" finds "Société". */
#ifndef SIAMWIZ_SEARCH_H
#define SIAMWIZ_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "core/assess.h"
#include "core/kb.h"

/* How well a hit matches, best first: the hits come in this order, and
 * in knowledge-base order (items, then clauses) within one. */
typedef enum {
	SEARCH_RANK_ID, /* the whole ID, in any case */
	SEARCH_RANK_ID_PREFIX, /* the start of the ID */
	SEARCH_RANK_TITLE_WORD, /* whole words of the title */
	SEARCH_RANK_TITLE, /* part of the title */
	SEARCH_RANK_TEXT, /* any other text: description, questions, records */
	SEARCH_RANK_COUNT
} search_rank;

/* The text a hit was found in (its best match). */
typedef enum {
	SEARCH_IN_ID,
	SEARCH_IN_TITLE,
	SEARCH_IN_DESCRIPTION, /* an item's description, a clause's summary */
	SEARCH_IN_QUESTION,
	SEARCH_IN_EVIDENCE,
	SEARCH_IN_NOTES,
	SEARCH_IN_OWNER,
	SEARCH_IN_JUSTIFICATION,
	SEARCH_IN_COUNT
} search_field;

typedef struct search_hit {
	bool clause; /* a clause, else an item */
	size_t idx; /* into kb->clauses or kb->items */
	search_rank rank;
	search_field where;
} search_hit;

/* One UTF-8 character at s (a string), whatever the locale: its length,
 * or 0 when the bytes there are not one.  The wizard's drawing decodes
 * with it under a locale that is not UTF-8. */
size_t search_utf8_char(const char *s, wchar_t *out);
/* UTF-8 text folded for matching, as wide characters (a byte that does
 * not decode is '?'), whatever the locale; the caller frees. */
wchar_t *search_fold(const char *s);
/* The items (by id, title, description, questions, and the record's
 * evidence, notes, owner and justification) and the clauses (by number
 * prefix, title and summary) that match query, best rank first (items
 * before clauses, each in knowledge-base order, within a rank); *hits
 * receives them (the caller frees; NULL when there is none) and the count
 * is returned.  An empty query matches nothing.  as may be NULL. */
size_t search_run(const kb *k, const assessment *as, const char *query, search_hit **hits);

/* Where a hit was found, for a person ("title", "notes"); translated. */
const char *search_field_label(search_field f);

#endif
