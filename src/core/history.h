/* history.h - undo and redo of assessment edits, many levels deep.
 *
 * The history keeps whole copies of the assessment, one per state: an
 * assessment is small (a few hundred records) and a copy is the one way
 * to undo every kind of edit the same way, whatever setter made it.  The
 * caller commits after each edit; undo and redo swap the state back into
 * the caller's assessment, which keeps its address. */
#ifndef SIAMWIZ_HISTORY_H
#define SIAMWIZ_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "assess.h"

/* A deep copy of a (same knowledge base, same counters). */
assessment *assess_clone(const assessment *a);

typedef struct as_history as_history;

/* A history starting at a's present state, keeping at most levels undo
 * steps (the oldest are forgotten first).  The present state counts as
 * saved. */
as_history *history_new(const assessment *a, size_t levels);
void history_free(as_history **h);
/* After an edit: a's state is the new present, labelled what (a short
 * description such as "DS.IN.01: in place", may be NULL).  Whatever could
 * be redone is forgotten. */
void history_commit(as_history *h, const assessment *a, const char *what);
/* Go back one state (or forward one, for redo), replacing a's content;
 * false when there is nothing to undo (redo).  *what receives the label
 * of the edit undone (redone), owned by the history.  The assessment's
 * generation moves on, and its change count is 0 exactly when the state
 * reached is the saved one. */
bool history_undo(as_history *h, assessment *a, const char **what);
bool history_redo(as_history *h, assessment *a, const char **what);
/* The present state was saved (or autosaved as the file's content). */
void history_saved(as_history *h);
/* How many steps can be undone and redone. */
size_t history_undo_count(const as_history *h);
size_t history_redo_count(const as_history *h);

#endif
