/* keys.h - keys are data: one table maps keys to actions per context, with
 * a translatable description; the help screen and the footer hints are
 * generated from it. */
#ifndef SIAMWIZ_KEYS_H
#define SIAMWIZ_KEYS_H

#include <stdbool.h>
#include <wchar.h>

typedef enum {
	ACT_NONE,
	ACT_UP,
	ACT_DOWN,
	ACT_LEFT,
	ACT_RIGHT,
	ACT_PGUP,
	ACT_PGDN,
	ACT_HOME,
	ACT_END,
	ACT_ENTER,
	ACT_BACK,
	ACT_NEXT,
	ACT_PREV,
	ACT_QUIT,
	ACT_SAVE,
	ACT_HELP,
	ACT_SEARCH,
	ACT_GAPS,
	ACT_STAGE1,
	ACT_STAGE2,
	ACT_STAGE3,
	ACT_STAGE4,
	ACT_ROADMAP,
	ACT_PROFILE,
	ACT_DOCS,
	ACT_ACTIONS,
	ACT_EXPORT,
	ACT_ADD,
	ACT_EDIT,
	ACT_DELETE,
	ACT_IN_PLACE,
	ACT_PARTIAL,
	ACT_MISSING,
	ACT_NA,
	ACT_UNSET,
	ACT_GUIDE,
	ACT_JUDGE,
	ACT_SAVE_AS,
	ACT_UNDO,
	ACT_REDO,
	ACT_NEXT_ITEM,
	ACT_PREV_ITEM,
	ACT_GUIDED,
	ACT_PRESENT,
	ACT_CHECKPOINT,
	ACT_TIMER,
	ACT_TIMEBOX,
	ACT_NOTE,
	ACT_EVIDENCE,
	/* The gap dashboard's order and filters. */
	ACT_SORT,
	ACT_FILTER,
	ACT_FILTER_CLEAR,
	/* Dialogs. */
	ACT_YES,
	ACT_NO,
	ACT_CANCEL,
	ACT_CLOSE,
	ACT_CHOOSE,
	ACT_TICK,
	/* The text editor. */
	ACT_ED_LEFT,
	ACT_ED_RIGHT,
	ACT_ED_HOME,
	ACT_ED_END,
	ACT_ED_UP,
	ACT_ED_DOWN,
	ACT_ED_BACKSPACE,
	ACT_ED_DELETE,
	ACT_ED_KILL_LINE,
	ACT_ED_KILL_END,
	ACT_ED_KILL_WORD,
	ACT_ED_ENTER,
	ACT_ED_NEWLINE,
	ACT_ED_TAB,
	ACT_ED_CANCEL,
	/* A paste outside a text. */
	ACT_PASTE,
	ACT_COUNT
} action;

/* Key codes of the terminal layer beyond those of curses (they come back
 * as keys, is_key true, and lie above curses' KEY_MAX): a bracketed paste,
 * read whole (its text from term_paste()); an escape sequence that curses
 * does not know, read whole so that it never runs as keys; and Alt with a
 * character (an Esc followed at once by it). */
#define KEYS_OWN_BASE 0x2000
enum {
	KEY_PASTE = KEYS_OWN_BASE,
	KEY_PASTE_BEGIN,
	KEY_PASTE_END,
	KEY_UNKNOWN_SEQ,
	KEY_ALT_OTHER, /* Alt with a key that is not a character */
	KEY_ALT_BASE = KEYS_OWN_BASE + 0x100
};
#define KEY_ALT(c) (KEY_ALT_BASE + (int)(c))
#define KEY_IS_ALT(k) ((k) >= KEY_ALT_BASE)

/* Contexts: each screen declares one; KC_GLOBAL applies everywhere a
 * screen does not claim the key itself. */
enum {
	KC_GLOBAL = 1u << 0,
	KC_LIST = 1u << 1, /* any list: movement and Enter */
	KC_START = 1u << 2,
	KC_ROADMAP = 1u << 3,
	KC_STAGE = 1u << 4,
	KC_ITEM = 1u << 5,
	KC_FORM = 1u << 6, /* profile and dialogs with fields */
	KC_REGISTER = 1u << 7, /* providers, structures, evidence lists */
	KC_GAPS = 1u << 8,
	KC_CLAUSE = 1u << 9, /* one clause: its support and the assessor's verdict */
	/* Not screens: the dialogs, the editor and the search field, which
	 * look their keys up in their own context only. */
	KC_ASK = 1u << 10, /* a yes/no question */
	KC_MESSAGE = 1u << 11, /* a message to close */
	KC_PICK = 1u << 12, /* a picker, with the list keys */
	KC_EDITOR = 1u << 13, /* a text being typed */
	KC_SEARCH = 1u << 14, /* the search screen: every other key types */
	KC_GUIDED = 1u << 15, /* guided capture: a stage one item at a time */
	KC_PRESENT = 1u << 16, /* the presenter view, for a projector */
};

/* The contexts the help lists after the screen's and the global keys. */
#define KC_INPUT (KC_ASK | KC_MESSAGE | KC_PICK | KC_EDITOR | KC_SEARCH)

typedef struct keybind {
	int key; /* a character or a KEY_* code */
	bool is_key; /* key is a KEY_* code */
	action act;
	unsigned ctx;
	const char *label; /* as shown: "q", "Ctrl-S", "F1" */
	const char *desc; /* N_() text for the help screen */
	const char *foot; /* N_() short text for the footer, or NULL */
} keybind;

/* At most this many bindings (the help screen lists them in an array). */
#define KEYS_MAX 256

extern const keybind keys_table[];
extern const int keys_count;

/* The action of a key in a context (falling back to the global keys). */
action keys_lookup(unsigned ctx, wint_t ch, bool is_key);
/* The action of a key in a context only, without the global keys. */
action keys_find(unsigned ctx, wint_t ch, bool is_key);
/* The key hint of a dialog: "Enter = accept   Esc/Ctrl-C = cancel" from
 * the bindings of ctx that have a footer text, leaving out those of the
 * action skip (ACT_NONE: none).  The caller frees. */
char *keys_hint(unsigned ctx, action skip);

#endif
