/* keys.h - keys are data: one table maps keys to actions per context, with
 * a translatable description; the help screen and the footer hints are
 * generated from it. */
#ifndef SIAMWIZ_KEYS_H
#define SIAMWIZ_KEYS_H

#include <stdbool.h>
#include <wchar.h>

typedef enum {
	ACT_NONE, ACT_UP, ACT_DOWN, ACT_LEFT, ACT_RIGHT, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_ENTER, ACT_BACK,
	ACT_NEXT, ACT_PREV, ACT_QUIT, ACT_SAVE, ACT_HELP, ACT_SEARCH, ACT_GAPS, ACT_STAGE1, ACT_STAGE2, ACT_STAGE3,
	ACT_STAGE4, ACT_ROADMAP, ACT_PROFILE, ACT_DOCS, ACT_ACTIONS, ACT_EXPORT, ACT_ADD, ACT_EDIT, ACT_DELETE,
	ACT_IN_PLACE, ACT_PARTIAL, ACT_MISSING, ACT_NA, ACT_UNSET, ACT_GUIDE, ACT_JUDGE, ACT_SAVE_AS, ACT_COUNT
} action;

/* Contexts: each screen declares one; KC_GLOBAL applies everywhere a
 * screen does not claim the key itself. */
enum {
	KC_GLOBAL = 1u << 0,
	KC_LIST = 1u << 1,	/* any list: movement and Enter */
	KC_START = 1u << 2,
	KC_ROADMAP = 1u << 3,
	KC_STAGE = 1u << 4,
	KC_ITEM = 1u << 5,
	KC_FORM = 1u << 6,	/* profile and dialogs with fields */
	KC_REGISTER = 1u << 7,	/* providers, structures, evidence lists */
	KC_GAPS = 1u << 8,
	KC_CLAUSE = 1u << 9,	/* one clause: its support and the assessor's verdict */
};

typedef struct keybind {
	int key;		/* a character or a KEY_* code */
	bool is_key;		/* key is a KEY_* code */
	action act;
	unsigned ctx;
	const char *label;	/* as shown: "q", "Ctrl-S", "F1" */
	const char *desc;	/* N_() text for the help screen */
	const char *foot;	/* N_() short text for the footer, or NULL */
} keybind;

/* At most this many bindings (the help screen lists them in an array). */
#define KEYS_MAX 160

extern const keybind keys_table[];
extern const int keys_count;

/* The action of a key in a context (falling back to the global keys). */
action keys_lookup(unsigned ctx, wint_t ch, bool is_key);

#endif
