/* settings.h - user settings from $XDG_CONFIG_HOME/siamwiz/config
 * (default ~/.config/siamwiz/config): lines of "key = value", "#"
 * comments.  Never read from the current directory. */
#ifndef SIAMWIZ_SETTINGS_H
#define SIAMWIZ_SETTINGS_H

#include <stdbool.h>

#include "util.h"

typedef struct settings {
	char *assessor; /* default assessor of new assessments */
	int autosave; /* seconds between autosaves (5-3600) */
	bool color; /* false: never use colours */
	char *report_lang; /* default language of reports, or NULL */
} settings;

/* The config file path, or NULL when no HOME is known; the caller frees. */
char *settings_file(void);
/* Defaults, then the file if it exists; problems (unknown keys, bad
 * values) are warnings in d, the rest of the file still applies. */
void settings_load(settings *s, diag_list *d);
void settings_free(settings *s);

#endif
