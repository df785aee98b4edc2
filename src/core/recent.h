/* recent.h - the list of recently opened assessments, kept under
 * $XDG_STATE_HOME/siamwiz/recent (default ~/.local/state), never in the
 * current directory. */
#ifndef SIAMWIZ_RECENT_H
#define SIAMWIZ_RECENT_H

#include <stddef.h>

#define RECENT_MAX 10

/* The file holding the list; NULL when neither XDG_STATE_HOME nor HOME
 * is set.  The caller frees. */
char *recent_file(void);
/* Absolute paths, most recent first, only those that still exist. */
size_t recent_list(char ***paths);
void recent_free(char **paths, size_t n);
/* Put path first in the list.  Returns 0, or -1 with *err. */
int recent_add(const char *path, char **err);

/* Where the wizard was left in each assessment, for the next time it is
 * opened: kept for this many files, in $XDG_STATE_HOME/siamwiz/places. */
#define PLACES_MAX 50

/* The place path was left at ("item:DS.IN.03", "gaps"...), or NULL. */
char *recent_place(const char *path);
/* Remember the place (letters, digits and ".:-_", at most 64) for path. */
int recent_set_place(const char *path, const char *place, char **err);

#endif
