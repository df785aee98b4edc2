/* keys.c - the key table.  Order matters: the first entry of an action in
 * a context is the one the footer shows. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include <stdio.h>

#include "core/i18n.h"
#include "core/util.h"
#include "tui/keys.h"

#define CTRL(c) ((c)&0x1f)

const keybind keys_table[] = {
	/* Moving around lists. */
	{KEY_UP, true, ACT_UP, KC_LIST, "Up/k", N_("move up"), NULL},
	{'k', false, ACT_UP, KC_LIST, NULL, NULL, NULL},
	{KEY_DOWN, true, ACT_DOWN, KC_LIST, "Down/j", N_("move down"), NULL},
	{'j', false, ACT_DOWN, KC_LIST, NULL, NULL, NULL},
	{KEY_PPAGE, true, ACT_PGUP, KC_LIST, "PgUp", N_("page up"), NULL},
	{KEY_NPAGE, true, ACT_PGDN, KC_LIST, "PgDn", N_("page down"), NULL},
	{KEY_HOME, true, ACT_HOME, KC_LIST, "Home", N_("first entry"), NULL},
	{KEY_END, true, ACT_END, KC_LIST, "End/G", N_("last entry"), NULL},
	{'G', false, ACT_END, KC_LIST, NULL, NULL, NULL},
	{'\n', false, ACT_ENTER, KC_LIST, "Enter", N_("open / edit"), N_("open")},
	{'\r', false, ACT_ENTER, KC_LIST, NULL, NULL, NULL},
	{KEY_ENTER, true, ACT_ENTER, KC_LIST, NULL, NULL, NULL},
	{'l', false, ACT_ENTER, KC_LIST, NULL, NULL, NULL},
	{KEY_RIGHT, true, ACT_ENTER, KC_LIST, NULL, NULL, NULL},

/* Quick answers in a stage list, the item editor, guided capture
	 * and the presenter view. */
#define KC_MARK (KC_STAGE | KC_ITEM | KC_GUIDED | KC_PRESENT)
	{'i', false, ACT_IN_PLACE, KC_MARK, "i", N_("result: in place"), N_("in place")},
	{'p', false, ACT_PARTIAL, KC_MARK, "p", N_("result: partial"), N_("partial")},
	{'m', false, ACT_MISSING, KC_MARK, "m", N_("result: missing"), N_("missing")},
	{'n', false, ACT_NA, KC_MARK, "n", N_("result: not applicable (asks why)"), N_("n/a")},
	{'u', false, ACT_UNSET, KC_MARK, "u", N_("result: not assessed"), NULL},
	{']', false, ACT_GUIDE, KC_ITEM, "]", N_("next guide tab: questions, evidence, clauses"), N_("guide")},

	/* Capture in the workshop. */
	{'t', false, ACT_NOTE, KC_ITEM | KC_GUIDED, "t", N_("type a note on the item, right there"), N_("note")},
	{'e', false, ACT_EVIDENCE, KC_ITEM | KC_GUIDED, "e", N_("add an evidence entry, right there"), N_("evidence")},
	{'>', false, ACT_NEXT_ITEM, KC_ITEM | KC_GUIDED | KC_PRESENT, ">/.", N_("next item of the stage"), N_("next")},
	{'.', false, ACT_NEXT_ITEM, KC_ITEM | KC_GUIDED | KC_PRESENT, NULL, NULL, NULL},
	{'<', false, ACT_PREV_ITEM, KC_ITEM | KC_GUIDED | KC_PRESENT, "</,", N_("previous item of the stage"), NULL},
	{',', false, ACT_PREV_ITEM, KC_ITEM | KC_GUIDED | KC_PRESENT, NULL, NULL, NULL},
	{'w', false, ACT_GUIDED, KC_ROADMAP | KC_STAGE | KC_ITEM, "w",
	 N_("guided capture: the stage's items one at a time"), N_("guided")},
	{'V', false, ACT_PRESENT, KC_STAGE | KC_ITEM | KC_GUIDED, "V",
	 N_("presenter view for a projector: one question at a time"), NULL},
	{'C', false, ACT_CHECKPOINT, KC_ROADMAP | KC_STAGE | KC_GUIDED, "C",
	 N_("record the stage checkpoint: proceed, repeat or return"), N_("checkpoint")},
	{'b', false, ACT_TIMEBOX, KC_ROADMAP | KC_STAGE | KC_GUIDED, "b", N_("timebox of the stage, in minutes"), NULL},
	{KEY_DOWN, true, ACT_DOWN, KC_PRESENT, "Down/Space", N_("presenter: next question"), NULL},
	{' ', false, ACT_DOWN, KC_PRESENT, NULL, NULL, NULL},
	{'j', false, ACT_DOWN, KC_PRESENT, NULL, NULL, NULL},
	{KEY_UP, true, ACT_UP, KC_PRESENT, "Up", N_("presenter: previous question"), NULL},
	{'k', false, ACT_UP, KC_PRESENT, NULL, NULL, NULL},
	{'\n', false, ACT_ENTER, KC_GUIDED, "Enter", N_("guided: every field of the item"), NULL},
	{'\r', false, ACT_ENTER, KC_GUIDED, NULL, NULL, NULL},
	{KEY_ENTER, true, ACT_ENTER, KC_GUIDED, NULL, NULL, NULL},

	/* The assessor's verdict on a clause. */
	{'J', false, ACT_JUDGE, KC_CLAUSE, "J",
	 N_("judge the clause: conforming, opportunity, minor or major nonconformity"), N_("judge")},

	/* The gap dashboard: its order and its filters; and the quick answers
	 * on the items that support a clause, as in a stage list. */
	{'o', false, ACT_SORT, KC_GAPS, "o", N_("dashboard: next order (clause number, worst first, coverage)"),
	 N_("sort")},
	{'f', false, ACT_FILTER, KC_GAPS, "f", N_("dashboard: filter by status, clause group or roadmap stage"),
	 N_("filter")},
	{'F', false, ACT_FILTER_CLEAR, KC_GAPS, "F", N_("dashboard: clear the filters"), NULL},
	{'i', false, ACT_IN_PLACE, KC_CLAUSE, "i", N_("result: in place"), N_("in place")},
	{'p', false, ACT_PARTIAL, KC_CLAUSE, "p", N_("result: partial"), N_("partial")},
	{'m', false, ACT_MISSING, KC_CLAUSE, "m", N_("result: missing"), N_("missing")},
	/* (n stays out of the clause's footer, which keeps "q quit".) */
	{'n', false, ACT_NA, KC_CLAUSE, "n", N_("result: not applicable (asks why)"), NULL},
	{'u', false, ACT_UNSET, KC_CLAUSE, "u", N_("result: not assessed"), NULL},

	/* Fields. */
	{'\t', false, ACT_NEXT, KC_ITEM | KC_FORM, "Tab", N_("next field"), NULL},
	{KEY_BTAB, true, ACT_PREV, KC_ITEM | KC_FORM, "Shift-Tab", N_("previous field"), NULL},
	{KEY_DOWN, true, ACT_NEXT, KC_ITEM | KC_FORM, NULL, NULL, NULL},
	{'j', false, ACT_NEXT, KC_ITEM | KC_FORM, NULL, NULL, NULL},
	{KEY_UP, true, ACT_PREV, KC_ITEM | KC_FORM, NULL, NULL, NULL},
	{'k', false, ACT_PREV, KC_ITEM | KC_FORM, NULL, NULL, NULL},
	{'\n', false, ACT_ENTER, KC_ITEM | KC_FORM, "Enter", N_("edit the field"), N_("edit")},
	{'\r', false, ACT_ENTER, KC_ITEM | KC_FORM, NULL, NULL, NULL},
	{KEY_ENTER, true, ACT_ENTER, KC_ITEM | KC_FORM, NULL, NULL, NULL},
	{KEY_PPAGE, true, ACT_PGUP, KC_ITEM, "PgUp", N_("scroll the guide up"), NULL},
	{KEY_NPAGE, true, ACT_PGDN, KC_ITEM, "PgDn", N_("scroll the guide down"), NULL},

	/* Registers. */
	{'a', false, ACT_ADD, KC_REGISTER, "a", N_("add"), N_("add")},
	{'e', false, ACT_EDIT, KC_REGISTER, "e", N_("edit"), NULL},
	{KEY_DC, true, ACT_DELETE, KC_REGISTER, "Del/d", N_("remove"), N_("remove")},
	{'d', false, ACT_DELETE, KC_REGISTER, NULL, NULL, NULL},

	/* Going places. */
	{'?', false, ACT_HELP, KC_GLOBAL, "?/F1", N_("help"), N_("help")},
	{KEY_F(1), true, ACT_HELP, KC_GLOBAL, NULL, NULL, NULL},
	{'s', false, ACT_SAVE, KC_GLOBAL, "s/Ctrl-S", N_("save"), N_("save")},
	{CTRL('s'), false, ACT_SAVE, KC_GLOBAL, NULL, NULL, NULL},
	{'S', false, ACT_SAVE_AS, KC_GLOBAL, "S", N_("save under another name"), NULL},
	{'z', false, ACT_UNDO, KC_GLOBAL, "z/Ctrl-Z", N_("undo the last edit (many levels)"), N_("undo")},
	{CTRL('z'), false, ACT_UNDO, KC_GLOBAL, NULL, NULL, NULL},
	{'Z', false, ACT_REDO, KC_GLOBAL, "Z/Ctrl-Y", N_("redo the edit undone"), NULL},
	{CTRL('y'), false, ACT_REDO, KC_GLOBAL, NULL, NULL, NULL},
	{'T', false, ACT_TIMER, KC_GLOBAL, "T", N_("start or pause the session timer"), NULL},
	{'q', false, ACT_QUIT, KC_GLOBAL, "q", N_("quit (asks when there are unsaved changes)"), N_("quit")},
	{CTRL('c'), false, ACT_QUIT, KC_GLOBAL, NULL, NULL, NULL},
	{27, false, ACT_BACK, KC_GLOBAL, "Esc/h", N_("back"), N_("back")},
	{KEY_LEFT, true, ACT_BACK, KC_GLOBAL, NULL, NULL, NULL},
	{'h', false, ACT_BACK, KC_GLOBAL, NULL, NULL, NULL},
	{KEY_BACKSPACE, true, ACT_BACK, KC_GLOBAL, NULL, NULL, NULL},
	{'1', false, ACT_STAGE1, KC_GLOBAL, "1-4", N_("go to a roadmap stage"), N_("stage")},
	{'2', false, ACT_STAGE2, KC_GLOBAL, NULL, NULL, NULL},
	{'3', false, ACT_STAGE3, KC_GLOBAL, NULL, NULL, NULL},
	{'4', false, ACT_STAGE4, KC_GLOBAL, NULL, NULL, NULL},
	{'g', false, ACT_GAPS, KC_GLOBAL, "g", N_("gap dashboard (ISO/IEC 20000-1 clauses)"), N_("gaps")},
	{'r', false, ACT_ROADMAP, KC_GLOBAL, "r", N_("roadmap overview"), NULL},
	{'P', false, ACT_PROFILE, KC_GLOBAL, "P", N_("engagement profile"), NULL},
	{'D', false, ACT_DOCS, KC_GLOBAL, "D", N_("documented information checklist"), NULL},
	{'A', false, ACT_ACTIONS, KC_GLOBAL, "A", N_("action plan"), NULL},
	{'x', false, ACT_EXPORT, KC_GLOBAL, "x", N_("export a report"), NULL},
	{'/', false, ACT_SEARCH, KC_GLOBAL, "/", N_("search items and clauses"), N_("search")},

	/* Questions and messages. */
	{'y', false, ACT_YES, KC_ASK, "y", N_("question: yes"), NULL},
	{'Y', false, ACT_YES, KC_ASK, NULL, NULL, NULL},
	{'n', false, ACT_NO, KC_ASK, "n", N_("question: no"), NULL},
	{'N', false, ACT_NO, KC_ASK, NULL, NULL, NULL},
	{27, false, ACT_CANCEL, KC_ASK, "Esc/c", N_("question: cancel (or no, when it cannot be cancelled)"), NULL},
	{'c', false, ACT_CANCEL, KC_ASK, NULL, NULL, NULL},
	{'\n', false, ACT_CLOSE, KC_MESSAGE, "Enter/Esc", N_("message: close"), NULL},
	{'\r', false, ACT_CLOSE, KC_MESSAGE, NULL, NULL, NULL},
	{KEY_ENTER, true, ACT_CLOSE, KC_MESSAGE, NULL, NULL, NULL},
	{27, false, ACT_CLOSE, KC_MESSAGE, NULL, NULL, NULL},
	{' ', false, ACT_CLOSE, KC_MESSAGE, NULL, NULL, NULL},

	/* Pickers (with the list keys). */
	{'1', false, ACT_CHOOSE, KC_PICK, "1-9", N_("picker: choose by number"), NULL},
	{'2', false, ACT_CHOOSE, KC_PICK, NULL, NULL, NULL},
	{'3', false, ACT_CHOOSE, KC_PICK, NULL, NULL, NULL},
	{'4', false, ACT_CHOOSE, KC_PICK, NULL, NULL, NULL},
	{'5', false, ACT_CHOOSE, KC_PICK, NULL, NULL, NULL},
	{'6', false, ACT_CHOOSE, KC_PICK, NULL, NULL, NULL},
	{'7', false, ACT_CHOOSE, KC_PICK, NULL, NULL, NULL},
	{'8', false, ACT_CHOOSE, KC_PICK, NULL, NULL, NULL},
	{'9', false, ACT_CHOOSE, KC_PICK, NULL, NULL, NULL},
	{' ', false, ACT_TICK, KC_PICK, "Space", N_("picker of several: tick or untick"), NULL},
	{27, false, ACT_CANCEL, KC_PICK, "Esc/q", N_("picker: cancel"), NULL},
	{'q', false, ACT_CANCEL, KC_PICK, NULL, NULL, NULL},

	/* Typing a text. */
	{KEY_LEFT, true, ACT_ED_LEFT, KC_EDITOR, "Left/Right", N_("text: move the cursor"), NULL},
	{KEY_RIGHT, true, ACT_ED_RIGHT, KC_EDITOR, NULL, NULL, NULL},
	{KEY_UP, true, ACT_ED_UP, KC_EDITOR, "Up/Down", N_("text of several lines: the line above or below"), NULL},
	{KEY_DOWN, true, ACT_ED_DOWN, KC_EDITOR, NULL, NULL, NULL},
	{KEY_HOME, true, ACT_ED_HOME, KC_EDITOR, "Home/Ctrl-A", N_("text: start of the line"), NULL},
	{CTRL('a'), false, ACT_ED_HOME, KC_EDITOR, NULL, NULL, NULL},
	{KEY_END, true, ACT_ED_END, KC_EDITOR, "End/Ctrl-E", N_("text: end of the line"), NULL},
	{CTRL('e'), false, ACT_ED_END, KC_EDITOR, NULL, NULL, NULL},
	{KEY_BACKSPACE, true, ACT_ED_BACKSPACE, KC_EDITOR, "Backspace", N_("text: delete before the cursor"), NULL},
	{127, false, ACT_ED_BACKSPACE, KC_EDITOR, NULL, NULL, NULL},
	{CTRL('h'), false, ACT_ED_BACKSPACE, KC_EDITOR, NULL, NULL, NULL},
	{KEY_DC, true, ACT_ED_DELETE, KC_EDITOR, "Del", N_("text: delete at the cursor"), NULL},
	{CTRL('u'), false, ACT_ED_KILL_LINE, KC_EDITOR, "Ctrl-U", N_("text: delete to the start of the line"), NULL},
	{CTRL('k'), false, ACT_ED_KILL_END, KC_EDITOR, "Ctrl-K", N_("text: delete to the end of the line"), NULL},
	{CTRL('w'), false, ACT_ED_KILL_WORD, KC_EDITOR, "Ctrl-W", N_("text: delete the word before the cursor"), NULL},
	/* One key accepts the text in every editor, one cancels it; a new
	 * line has a key of its own, so that Enter never leaves a stray line
	 * in a text of several lines.  Ctrl-O opens a line as in Emacs, for
	 * terminals that keep Alt-Enter for themselves. */
	{'\n', false, ACT_ED_ENTER, KC_EDITOR, "Enter", N_("text: accept the text and close the field"), N_("accept")},
	{'\r', false, ACT_ED_ENTER, KC_EDITOR, NULL, NULL, NULL},
	{KEY_ENTER, true, ACT_ED_ENTER, KC_EDITOR, NULL, NULL, NULL},
	{KEY_ALT('\r'), true, ACT_ED_NEWLINE, KC_EDITOR, "Alt-Enter/Ctrl-O", N_("text of several lines: a new line"),
	 N_("new line")},
	{KEY_ALT('\n'), true, ACT_ED_NEWLINE, KC_EDITOR, NULL, NULL, NULL},
	{CTRL('o'), false, ACT_ED_NEWLINE, KC_EDITOR, NULL, NULL, NULL},
	{'\t', false, ACT_ED_TAB, KC_EDITOR, "Tab", N_("text: a space"), NULL},
	{27, false, ACT_ED_CANCEL, KC_EDITOR, "Esc/Ctrl-C", N_("text: cancel, keeping the old text"), N_("cancel")},
	{CTRL('c'), false, ACT_ED_CANCEL, KC_EDITOR, NULL, NULL, NULL},
	/* A paste is text, never keys (term.c reads it whole). */
	{KEY_PASTE, true, ACT_PASTE, KC_EDITOR, NULL, NULL, NULL},

	/* The search field: these keys act on the matches, every other
	 * one types into the query. */
	{KEY_UP, true, ACT_UP, KC_SEARCH, "Up/Down", N_("search: choose a match"), NULL},
	{KEY_DOWN, true, ACT_DOWN, KC_SEARCH, NULL, NULL, NULL},
	{KEY_PPAGE, true, ACT_PGUP, KC_SEARCH, "PgUp/PgDn", N_("search: a page of matches"), NULL},
	{KEY_NPAGE, true, ACT_PGDN, KC_SEARCH, NULL, NULL, NULL},
	{'\n', false, ACT_ENTER, KC_SEARCH, "Enter", N_("search: open the match"), NULL},
	{'\r', false, ACT_ENTER, KC_SEARCH, NULL, NULL, NULL},
	{KEY_ENTER, true, ACT_ENTER, KC_SEARCH, NULL, NULL, NULL},
	{27, false, ACT_BACK, KC_SEARCH, "Esc", N_("search: close"), NULL},
	{KEY_PASTE, true, ACT_PASTE, KC_SEARCH, NULL, NULL, NULL},
	/* A paste anywhere else only says that it went nowhere. */
	{KEY_PASTE, true, ACT_PASTE, KC_GLOBAL, NULL, NULL, NULL},
};

_Static_assert(KEYS_OWN_BASE > KEY_MAX, "the terminal's own key codes lie above those of curses");

const int keys_count = (int)(sizeof keys_table / sizeof keys_table[0]);

action
keys_find(unsigned ctx, wint_t ch, bool is_key)
{
	for (int i = 0; i < keys_count; i++) {
		const keybind *k = &keys_table[i];
		if ((unsigned)k->key == (unsigned)ch && k->is_key == is_key && (k->ctx & ctx) != 0)
			return k->act;
	}
	return ACT_NONE;
}

action
keys_lookup(unsigned ctx, wint_t ch, bool is_key)
{
	action act = keys_find(ctx & ~KC_GLOBAL, ch, is_key);
	return act != ACT_NONE ? act : keys_find(KC_GLOBAL, ch, is_key);
}

char *
keys_hint(unsigned ctx, action skip)
{
	strbuf b;
	sb_init(&b);
	for (int i = 0; i < keys_count; i++) {
		const keybind *k = &keys_table[i];
		if (!(k->ctx & ctx) || !k->foot || !k->label || k->act == skip)
			continue;
		if (b.len)
			sb_add(&b, "   ");
		sb_addf(&b, "%s = %s", k->label, _(k->foot));
	}
	return sb_steal(&b);
}
