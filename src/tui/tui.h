/* tui.h - the full-screen wizard: the application state shared by the
 * screens, the screen interface and the drawing and dialog helpers.
 *
 * Each screen is a module with the same small face (enter, draw, key):
 * draw() repaints from model state only (it may only fit the view, the
 * scroll offsets, to the size it draws at); key() changes state through
 * core calls and returns flags, and never draws.  Only src/tui knows
 * curses. */
#ifndef SIAMWIZ_TUI_H
#define SIAMWIZ_TUI_H

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>
#include <wchar.h>

#include "core/assess.h"
#include "core/fileio.h"
#include "core/gap.h"
#include "core/guard.h"
#include "core/history.h"
#include "core/kb.h"
#include "core/settings.h"
#include "tui/keys.h"

/* What key() asks the main loop to do.  R_NONE: the key was handled (the
 * loop repaints after every key, so there is no flag for that);
 * R_UNHANDLED: the global keys get it; R_BACK: close this screen;
 * R_QUIT: quit, asking about unsaved changes. */
enum {
	R_NONE = 0,
	R_BACK = 2,
	R_QUIT = 4,
	R_UNHANDLED = 16
};

typedef struct app app;
typedef struct screen screen;

typedef struct screen_ops {
	const char *name;
	unsigned ctx; /* KC_* context of the key table */
	void (*enter)(app *a, screen *s); /* optional */
	void (*draw)(app *a, screen *s);
	int (*key)(app *a, screen *s, action act, wint_t ch, bool is_key);
	void (*leave)(app *a, screen *s); /* optional: free s->data */
} screen_ops;

/* Rows of a list as last drawn: which entry a mouse click on a row
 * selects.  Each screen's draw says where its entries are (screen_hit). */
#define SCREEN_HITS 256

struct screen {
	const screen_ops *ops;
	int sel, top; /* list selection and scroll */
	int hit_y[SCREEN_HITS], hit_i[SCREEN_HITS];
	int nhits;
	int field; /* focused field in forms */
	size_t arg; /* what it shows: a stage, item, clause... index */
	int tab; /* sub-view (item guide panel, ...) */
	void *data;
};

struct app {
	kb *kb;
	assessment *as; /* NULL on the start screen */
	char *path; /* NULL for the demo until saved elsewhere */
	bool demo;
	gap_report *gaps; /* recomputed when the assessment moves (app_gaps) */
	unsigned long gaps_at, gaps_gen; /* a->edits and a->as->generation it was made at */
	unsigned long edits; /* edits since the session started */
	time_t saved_at;
	bool readonly; /* another siamwiz holds the file: save elsewhere */
	bool locked; /* we hold FILE.lock */
	file_stamp stamp; /* the file as loaded or last saved */
	time_t autosaved_at;
	const settings *set;
	unsigned long autosaved_edits;
	as_history *hist; /* undo and redo; NULL without an assessment */
	const assessment *hist_of; /* the assessment it was started on */
	unsigned long hist_edits; /* a->edits when it was started */
	time_t timer_from; /* the session timer: running since, or 0 */
	long timer_acc; /* seconds counted before the last start */
	int clock_x; /* where the title bar shows it, -1 when it does not */
	long stage_secs[ASSESS_MAX_STAGES]; /* timer seconds spent on each stage */
	time_t tick_at; /* when they were last counted */
	char msg[256]; /* one-line message in the status area */
	bool msg_error;
	screen stack[16];
	int depth;
	bool color;
	bool running;
	int rows, cols;
};

/* curses attributes as int, to mix with app_attr() without sign trouble. */
#define AT_NORMAL ((int)A_NORMAL)
#define AT_BOLD ((int)A_BOLD)
#define AT_DIM ((int)A_DIM)

/* Colour pairs / attributes by meaning. */
enum {
	C_NORMAL = 1,
	C_HEADER,
	C_SELECT,
	C_COVERED,
	C_PARTIAL,
	C_GAP,
	C_UNASSESSED,
	C_NA,
	C_DIM,
	C_TITLE,
	C_KEY,
	C_ERROR,
	C_COUNT
};

/* Below this size the wizard only says it is too small. */
#define TUI_MIN_ROWS 18
#define TUI_MIN_COLS 64

/* ---- app.c ---- */
/* Run the wizard on as (taken over and freed; NULL shows the start
 * screen).  path is NULL for the demo; stamp is the file as it was read
 * (a change after that is noticed at save).  Returns an exit status. */
int tui_run(kb *k, assessment *as, const char *path, bool demo, const settings *set, const file_stamp *stamp);
/* The current gap analysis (recomputed only after an edit). */
const gap_report *app_gaps(app *a);
void app_message(app *a, bool error, const char *fmt, ...) __attribute__((format(__printf__, 3, 4)));
/* Undo or redo one edit (the keys); says what in the status line. */
void app_undo(app *a, bool redo);

/* ---- stack.c: the screen stack and the frame ---- */
void app_push(app *a, const screen_ops *ops, size_t arg);
void app_pop(app *a);
void app_pop_to_root(app *a);
/* Replace the bottom screen (the start screen by the roadmap once a file
 * is open), leaving the old one and entering the new one. */
void app_replace_root(app *a, const screen_ops *ops);
/* Repaint the current screen (under a dialog). */
void app_paint(app *a);
/* Draw the frame shared by every screen: title bar, status and footer;
 * returns the rows available between them (from row 1). */
int frame(app *a, const char *title);
/* The session timer: start it, or pause it; the seconds it has run. */
void app_timer_toggle(app *a);
long app_timer_seconds(const app *a);
/* Count the time since the last tick to the stage on screen. */
void app_timer_tick(app *a);
/* The stage a screen is about (a stage list, an item...), or -1. */
int screen_stage(const app *a, const screen *s);
/* Redraw the running timer in the title bar (each second while idle). */
void frame_clock(app *a);

/* ---- place.c: where the wizard was left, per file ---- */
/* Remember the screen and the item or clause shown (at exit). */
void app_place_save(app *a);
/* Open the screens where the file was left; false when nothing is known
 * (the roadmap stays). */
bool app_place_restore(app *a);

/* ---- protect.c: saving, locks, recovery ---- */
/* Save to the file, or ask for a path (demo, read-only); false when not
 * saved. */
bool app_save(app *a);
/* Ask for a name and save there; the new file becomes the open one. */
bool app_save_as(app *a);
/* Open an assessment into the app (start screen); false with a message. */
bool app_open(app *a, const char *path, bool create);
/* Take the open file's lock (or go read-only) and offer its autosave;
 * false when the user declined to open it. */
bool app_adopt(app *a);
/* Autosave unsaved work when it is due (or now, with force). */
void app_autosave(app *a, bool force);
/* Ask about unsaved changes before quitting; true when quitting is fine. */
bool app_confirm_quit(app *a);
/* After the loop: when a signal ended it with unsaved work, write that
 * work somewhere and return 2; 0 otherwise. */
int app_emergency_save(app *a);

/* ---- colour.c: the colour table ---- */
/* Decide on colours (none on a monochrome terminal, under NO_COLOR or when
 * the settings say so) and set up the pairs. */
void colors_init(app *a);
/* The curses attribute of a role (C_*). */
int app_attr(const app *a, int c);

/* ---- term.c: the terminal ---- */
/* The terminal can show the wizard: it is known and can move the cursor. */
bool tui_usable(void);
/* Set up curses (and the signal handlers); NULL when there is no
 * terminal to use. */
SCREEN *term_start(app *a);
void term_stop(SCREEN *scr);
/* A hangup, termination or interrupt arrived. */
bool term_signal(void);
/* Wait for a key (handling resize and pending signals); returns true for a
 * KEY_* code in *ch, false for a character. */
bool app_read(app *a, wint_t *ch);
/* Keys read by both come decoded: Esc followed at once by a character is
 * one Alt-key (KEY_ALT), an escape sequence curses does not know one
 * KEY_UNKNOWN_SEQ (or the key it spells), and a bracketed paste one
 * KEY_PASTE, its text from term_paste() until the next paste. */
const wchar_t *term_paste(size_t *n, bool *cut);
/* Say in the status line that a paste went nowhere. */
void app_paste_ignored(app *a);
/* A key already waiting (typed ahead, or a paste), without waiting: true
 * with it in *ch; false when there is none (or a resize, or a signal).
 * Editors use it to take a whole paste before drawing again. */
bool app_typeahead(app *a, wint_t *ch, bool *is_key);

/* ---- draw.c ---- */
/* Draw UTF-8 text (sanitized) at y,x in at most w columns; returns the
 * columns used.  Text that does not fit ends with an ellipsis. */
int draw_text(int y, int x, const char *s, int w, int attr);
/* The same, padded with spaces to exactly w columns. */
void draw_field(int y, int x, const char *s, int w, int attr);
/* Word-wrap s to width w into lines starting at row y, at most h rows,
 * skipping the first skip lines; returns the total number of lines. */
int draw_wrap(int y, int x, const char *s, int w, int h, int skip, int attr);
int text_width(const char *s);
/* UTF-8 to wide characters (bytes that do not decode become '?'); the
 * caller frees.  *n receives the length. */
wchar_t *widen(const char *s, size_t *n);
/* A YYYY-MM-DD date as the locale writes dates (files keep ISO 8601);
 * ISO itself under the C locale.  The caller frees. */
char *ui_date(const char *iso);
void draw_bar(int y, int x, int w, double pct, int attr);
void draw_hline(int y, int x, int w);
/* The header of a list's column: its title (N_()) at column x, w wide;
 * a negative x or w counts from the right edge of the screen. */
typedef struct column {
	int x, w;
	const char *title;
} column;
/* The headers of n columns on row y. */
void draw_heads(const app *a, int y, const column *c, int n);
/* The attribute of a list row, selected or not. */
int row_attr(const app *a, bool sel);
/* Blank a list row across the screen; returns its attribute. */
int draw_row(const app *a, int y, bool sel);
void draw_box(int y, int x, int h, int w, const char *title, int attr);
int result_attr(const app *a, as_result r);
int status_attr(const app *a, gap_status s);
const char *result_badge(as_result r);
const char *status_badge(gap_status s);

/* ---- glyph.c: the glyph table ---- */
typedef enum {
	G_SEP,
	G_ELLIPSIS,
	G_DASH,
	G_HLINE,
	G_VLINE,
	G_CORNER_TL,
	G_CORNER_TR,
	G_CORNER_BL,
	G_CORNER_BR,
	G_BAR_FULL,
	G_BAR_EMPTY,
	G_COUNT
} glyph_id;
/* A glyph as the locale can show it (its ASCII fallback otherwise), as a
 * one-character string for addwstr. */
const wchar_t *glyph(glyph_id g);
/* Any character as the locale can show it: itself, the ASCII fallback of
 * the glyph table, or '?'. */
wchar_t glyph_char(wchar_t c);

/* ---- dialog.c ---- */
/* Yes/no/cancel question: returns 'y', 'n' or 0 for cancel. */
int dlg_ask(app *a, const char *title, const char *question, bool with_cancel);
void dlg_message(app *a, const char *title, const char *text);
/* After the guard's check of a file about to be written: a refusal says
 * why (and frees it), an existing file is replaced only when the user
 * answers yes to question.  True when the write may go ahead. */
bool dlg_may_write(app *a, const char *title, guard_target g, char *why, const char *question);
/* Edit a value in a popup; returns a new string or NULL when cancelled
 * (Esc or Ctrl-C: the old value stays). */
char *dlg_input(app *a, const char *title, const char *initial, bool multiline);
/* Insert the last paste (term_paste) into an editor, saying so when it
 * was too long to take whole. */
struct editor;
void dlg_paste(app *a, struct editor *e);
/* A key of a text being typed, a paste included: the editor's answer
 * (ed_key: 1 changed, 0 not, -1 accepted, -2 cancelled). */
int input_key(app *a, struct editor *e, wint_t ch, bool k);
/* Pick one of n labels (with optional one-line notes); -1 when cancelled. */
int dlg_pick(app *a, const char *title, const char *const *labels, const char *const *notes, int n, int current);
/* Pick several: toggles in sel[]; false when cancelled. */
bool dlg_multi(app *a, const char *title, const char *const *labels, int n, bool *sel);

/* ---- edit.c: the one text editor, single or multi-line ---- */
typedef struct editor {
	wchar_t *buf;
	size_t len, cap, cur;
	bool multiline;
	int scroll; /* first visible column (single) or row (multi) */
} editor;
void ed_init(editor *e, const char *utf8, bool multiline);
void ed_free(editor *e);
char *ed_text(const editor *e); /* UTF-8, caller frees */
/* Handle a key; returns 1 when the text changed, 0 otherwise, -1 done
 * (Enter, in every editor), -2 cancelled (Esc or Ctrl-C: the caller keeps
 * the old text). */
int ed_key(editor *e, wint_t ch, bool is_key);
/* Insert n pasted characters at the cursor as text: line ends kept in a
 * text of several lines and spaces in a field, tabs as spaces, other
 * controls as visible escapes ("^[" for Esc). */
void ed_paste(editor *e, const wchar_t *s, size_t n);
void ed_draw(editor *e, int y, int x, int h, int w, int attr);

/* ---- capture.c: a note or an evidence entry typed in place ---- */
typedef enum {
	CAP_NONE,
	CAP_NOTE,
	CAP_EVIDENCE
} capture_kind;
typedef struct capture {
	capture_kind kind;
	editor ed;
} capture;
bool capture_active(const capture *c);
/* Start typing: a note goes on from the item's note, evidence is new. */
void capture_start(capture *c, app *a, const kb_item *ki, capture_kind kind);
void capture_stop(capture *c);
/* A key while typing: Enter commits through the core (the text stays
 * when it is refused), Esc cancels; returns the key() flags. */
int capture_key(capture *c, app *a, const kb_item *ki, wint_t ch, bool is_key);
/* The label, the keys and the text on rows y to y+h-1. */
void capture_draw(capture *c, app *a, int y, int h);

/* ---- register.c: the register widget ---- */
typedef struct register_ops {
	int (*count)(app *a, screen *s);
	bool add; /* entries are added (edit with i = -1) */
	/* Edit entry i, or add one (i = -1), through dialogs. */
	void (*edit)(app *a, screen *s, int i);
	/* Removal (NULL: entries are not removed): the question asked first
	 * (allocated), the dialog title (N_()), and the removal itself. */
	char *(*question)(app *a, screen *s, int i);
	const char *remove_title;
	int (*remove)(app *a, screen *s, int i, char **err);
} register_ops;
/* The keys of a register screen: movement, a (add), e and Enter (edit),
 * Del (remove, after asking).  Returns the key() flags. */
int register_key(app *a, screen *s, const register_ops *r, action act);

/* ---- the screens ---- */
extern const screen_ops scr_start, scr_roadmap, scr_profile, scr_stage, scr_item, scr_gaps, scr_clause, scr_docs,
	scr_actions, scr_search, scr_help, scr_providers, scr_structures, scr_roles, scr_evidence, scr_findings;
extern const screen_ops scr_guided, scr_present, scr_participants, scr_checkpoint;
void export_dialog(app *a);
/* The next (dir 1) or previous (-1) item of item's stage, -1 past the ends. */
long item_step(const kb *k, size_t item, int dir);
int item_position(const kb *k, size_t item);
/* Move an item screen (s->arg an item) to the next or previous item of its
 * stage, with the stage list underneath; false at the ends (said). */
bool item_go(app *a, screen *s, int dir);
/* The keys the item editor and guided capture share (s->data a capture):
 * t and e type in place, > and < move, V presents; true when act was one. */
bool item_keys(app *a, screen *s, action act);
/* Set a result on an item through the core (n/a asks why): false when
 * it was not set. */
bool item_set_result(app *a, const kb_item *ki, as_result r);
/* C (the checkpoint of stage) and b (its timebox): true when act was one. */
bool stage_gate_key(app *a, size_t stage, action act);
/* The result a quick-answer key stands for, or -1. */
int action_result(action act);
/* A quick answer (i, p, m, n, u) on an item, in a stage list or the item
 * editor: true when act was one. */
bool item_quick_result(app *a, const kb_item *ki, action act);

/* ---- list.c: the list widget ---- */
/* Move the selection of a list of n entries (page entries for PgUp and
 * PgDn), kept within the list; true when act was a movement. */
bool list_move(screen *s, action act, int n, int page);
/* Keep the selection visible in a list of `rows` visible rows. */
void list_scroll(screen *s, int n, int rows);
/* In a draw function: entry i of the screen's list is shown on row y. */
void screen_hit(screen *s, int y, int i);
/* The entry shown on row y as last drawn, or -1. */
int screen_hit_at(const screen *s, int y);
/* Draws entry i of a list on row y (sel: it is the selected one). */
typedef void list_row_fn(app *a, screen *s, int y, int i, bool sel);
/* Draw the visible part of a list of n entries in `rows` rows from row
 * y, scrolled to keep the selection in view; each entry is mapped for
 * the mouse. */
void list_draw(app *a, screen *s, int y, int rows, int n, list_row_fn *row);
/* The same with entries per rows tall (a label and its note). */
void list_draw_tall(app *a, screen *s, int y, int rows, int per, int n, list_row_fn *row);
/* Entries first to first+count-1 from row y, per rows apart, unscrolled:
 * for a list in groups (the roadmap) or a view scrolled by its own top. */
void list_draw_at(app *a, screen *s, int y, int first, int count, int per, list_row_fn *row);

#endif
