/* term.c - the terminal: curses set up and torn down, signals turned into
 * a flag, and keys read (resize, mouse clicks on list rows, a vanished
 * terminal, autosave on idle): a bracketed paste read whole as one key,
 * Esc followed at once by a character as one Alt-key, an escape sequence
 * curses does not know read whole, so that none of them runs as keys. */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/i18n.h"
#include "tui/tui.h"

#include <term.h>

static volatile sig_atomic_t got_signal;

static void
on_signal(int sig)
{
	/* Only a flag here; the main loop does the work. */
	got_signal = sig;
}

bool
term_signal(void)
{
	return got_signal != 0;
}

bool
tui_usable(void)
{
	int err = 0;
	if (setupterm(NULL, 1, &err) != OK)
		return false;
	/* A terminal that cannot move the cursor (TERM=dumb, an emacs shell
	 * buffer) would show a screen of blanks. */
	const char *cup = tigetstr("cup");
	bool ok = cup && cup != (char *)-1;
	del_curterm(cur_term);
	return ok;
}

/* Bracketed paste: the terminal marks a paste with \e[200~ and \e[201~
 * once asked to.  The requests are written straight to the terminal,
 * which keeps the mode whatever curses has buffered. */
#define PASTE_ON "\033[?2004h"
#define PASTE_OFF "\033[?2004l"

static void
paste_mode(bool on)
{
	ssize_t r = write(STDOUT_FILENO, on ? PASTE_ON : PASTE_OFF, sizeof PASTE_ON - 1);
	(void)r; /* a terminal that is gone needs no mode */
}

/* A stop (SIGTSTP) leaves the terminal as the shell expects it: the
 * paste mode off around curses' own handler, which restores the screen
 * on return.  Only write() here, and curses' handler as curses calls it. */
static struct sigaction curses_tstp;
static bool tstp_chained;

static void
on_tstp(int sig)
{
	paste_mode(false);
	curses_tstp.sa_handler(sig);
	paste_mode(true);
}

SCREEN *
term_start(app *a)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);

	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (!scr)
		return NULL;
	set_escdelay(25);
	raw(); /* Ctrl-S and Ctrl-C reach us as keys */
	noecho();
	keypad(stdscr, TRUE);
	/* Home and End arrive in several dialects depending on the terminal
	 * and on TERM being right; a wrong guess must never read as Esc + "1". */
	static const struct {
		const char *seq;
		int key;
	} alt[] = {
		{"\033[1~", KEY_HOME},
		{"\033[7~", KEY_HOME},
		{"\033[H", KEY_HOME},
		{"\033OH", KEY_HOME},
		{"\033[4~", KEY_END},
		{"\033[8~", KEY_END},
		{"\033[F", KEY_END},
		{"\033OF", KEY_END},
		{"\033[3~", KEY_DC},
		{"\033[5~", KEY_PPAGE},
		{"\033[6~", KEY_NPAGE},
		{"\033[Z", KEY_BTAB},
		{"\033[200~", KEY_PASTE_BEGIN},
		{"\033[201~", KEY_PASTE_END},
	};
	for (size_t i = 0; i < sizeof alt / sizeof alt[0]; i++)
		if (key_defined(alt[i].seq) <= 0)
			define_key(alt[i].seq, alt[i].key);
	/* Curses has its handler of a stop when the stop was not ignored. */
	sigaction(SIGTSTP, NULL, &curses_tstp);
	tstp_chained = curses_tstp.sa_handler != SIG_DFL && curses_tstp.sa_handler != SIG_IGN;
	if (tstp_chained) {
		struct sigaction tstp = curses_tstp;
		tstp.sa_handler = on_tstp;
		sigaction(SIGTSTP, &tstp, NULL);
	}
	paste_mode(true);
	timeout(500);
	curs_set(0);
	mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED, NULL);
	colors_init(a);
	getmaxyx(stdscr, a->rows, a->cols);
	return scr;
}

void
term_stop(SCREEN *scr)
{
	endwin();
	paste_mode(false);
	if (tstp_chained)
		sigaction(SIGTSTP, &curses_tstp, NULL);
	delscreen(scr);
}

/* Wide characters read from the terminal. */
typedef struct wbuf {
	wchar_t *s;
	size_t n, cap;
	bool cut; /* characters beyond PASTE_MAX were dropped */
} wbuf;

/* More than this is not a value one means to type in a field. */
#define PASTE_MAX ((size_t)1 << 20)

static void
wb_add(wbuf *b, wchar_t c)
{
	if (b->n >= PASTE_MAX) {
		b->cut = true;
		return;
	}
	if (b->n + 1 > b->cap) {
		b->cap = b->cap ? b->cap * 2 : 4096;
		b->s = xrealloc(b->s, b->cap * sizeof *b->s);
	}
	b->s[b->n++] = c;
}

/* The last paste. */
static wbuf pasted;

const wchar_t *
term_paste(size_t *n, bool *cut)
{
	*n = pasted.n;
	*cut = pasted.cut;
	return pasted.s ? pasted.s : L"";
}

static const wchar_t paste_end[] = L"\033[201~";
#define PASTE_END_LEN (sizeof paste_end / sizeof paste_end[0] - 1)

/* Characters as the terminal sends them (keypad off: no key decoding)
 * into out, until the end marker of a paste (true) or until timeout_ms
 * pass without a character (false). */
static bool
raw_until_end(app *a, int timeout_ms, wbuf *out)
{
	size_t m = 0;
	timeout(timeout_ms);
	for (;;) {
		wint_t c;
		int r = get_wch(&c);
		if (r == ERR)
			break;
		if (r == KEY_CODE_YES) {
			if (c == KEY_RESIZE)
				getmaxyx(stdscr, a->rows, a->cols);
			continue;
		}
		if ((wchar_t)c == paste_end[m]) {
			if (++m == PASTE_END_LEN)
				return true;
			continue;
		}
		/* What matched so far was text (Esc begins the marker only). */
		for (size_t i = 0; i < m; i++)
			wb_add(out, paste_end[i]);
		m = (wchar_t)c == paste_end[0];
		if (!m)
			wb_add(out, (wchar_t)c);
	}
	for (size_t i = 0; i < m; i++)
		wb_add(out, paste_end[i]);
	return false;
}

/* After \e[200~: the paste, whole.  An end marker inside the pasted text
 * is followed at once by the terminal's own, so what comes at once after
 * an end marker, up to another one, is text of the paste as well; what
 * comes without another end was typed after it and is read again as
 * keys. */
static void
read_paste(app *a)
{
	pasted.n = 0;
	pasted.cut = false;
	keypad(stdscr, FALSE);
	/* The terminal ends a paste; a second without a character means it
	 * will not (a terminal gone, a marker typed by hand). */
	if (raw_until_end(a, 1000, &pasted)) {
		wbuf held = {NULL, 0, 0, false};
		for (;;) {
			held.n = 0;
			if (!raw_until_end(a, 10, &held)) {
				while (held.n)
					unget_wch(held.s[--held.n]);
				break;
			}
			for (size_t i = 0; i < PASTE_END_LEN; i++)
				wb_add(&pasted, paste_end[i]);
			for (size_t i = 0; i < held.n; i++)
				wb_add(&pasted, held.s[i]);
		}
		free(held.s);
	}
	keypad(stdscr, TRUE);
	timeout(500);
}

/* After a lone Esc from curses, what follows at once: nothing (Esc
 * itself), the rest of an escape sequence curses did not match (read
 * whole: a key curses knows under that spelling, a paste, or a key of its
 * own that does nothing), or a character (Alt with it). */
static int
after_esc(wint_t *ch, int wait)
{
	wint_t c;
	timeout(0);
	int r = get_wch(&c);
	if (r == ERR) {
		timeout(wait);
		*ch = 27;
		return OK;
	}
	if (r == KEY_CODE_YES) {
		timeout(wait);
		if (c == KEY_RESIZE) {
			*ch = c;
			return r;
		}
		*ch = KEY_ALT_OTHER;
		return KEY_CODE_YES;
	}
	if (c != '[' && c != 'O') {
		timeout(wait);
		*ch = (wint_t)KEY_ALT(c);
		return KEY_CODE_YES;
	}
	/* A control sequence: parameters and intermediates, then a final
	 * character (SS3, Esc O, has the final one only). */
	char seq[32] = {27, (char)c};
	size_t n = 2;
	bool done = false;
	while (!done && get_wch(&c) != ERR) {
		bool inner = c >= 0x20 && c <= 0x3f && seq[1] == '[';
		if (!inner && (c < 0x40 || c > 0x7e)) {
			unget_wch((wchar_t)c);
			break;
		}
		done = !inner;
		if (n < sizeof seq - 1)
			seq[n++] = (char)c;
	}
	timeout(wait);
	seq[n] = '\0';
	if (n == 2) {
		*ch = (wint_t)KEY_ALT(seq[1]);
		return KEY_CODE_YES;
	}
	int k = done ? key_defined(seq) : 0;
	*ch = k > 0 ? (wint_t)k : KEY_UNKNOWN_SEQ;
	return KEY_CODE_YES;
}

/* One key, waiting up to wait ms, with the
 * terminal layer's own keys decoded; ERR when none came. */
static int
read_key(app *a, wint_t *ch, int wait)
{
	for (;;) {
		int r = get_wch(ch);
		if (r == OK && *ch == 27)
			r = after_esc(ch, wait);
		if (r != KEY_CODE_YES)
			return r;
		if (*ch == KEY_PASTE_BEGIN) {
			read_paste(a);
			timeout(wait);
			*ch = KEY_PASTE;
		}
		/* An end marker with no paste open (a paste cut short). */
		if (*ch != KEY_PASTE_END)
			return r;
	}
}

void
app_paste_ignored(app *a)
{
	app_message(a, false, "%s", _("The pasted text went nowhere: open a text field first (Enter on a field)."));
}

bool
app_typeahead(app *a, wint_t *ch, bool *is_key)
{
	if (got_signal)
		return false;
	timeout(0);
	int r = read_key(a, ch, 0);
	timeout(500);
	if (r == ERR)
		return false;
	if (r == KEY_CODE_YES && (*ch == KEY_RESIZE || *ch == KEY_MOUSE)) {
		/* Back to the caller's loop, which repaints at the new size (a
		 * click in the middle of typing is dropped). */
		if (*ch == KEY_RESIZE)
			getmaxyx(stdscr, a->rows, a->cols);
		return false;
	}
	*is_key = r == KEY_CODE_YES;
	return true;
}

bool
app_read(app *a, wint_t *ch)
{
	int quick_errs = 0;
	for (;;) {
		if (got_signal) {
			a->running = false;
			*ch = 0;
			return true;
		}
		time_t before = time(NULL);
		int r = read_key(a, ch, 500);
		if (r == ERR) {
			/* A timeout is normal: time for an autosave.  Errors coming
			 * back at once, again and again, mean the terminal is gone
			 * (an SSH link dropped without a hangup signal). */
			if (time(NULL) == before && ++quick_errs > 200) {
				got_signal = SIGHUP;
				continue;
			}
			app_autosave(a, false);
			frame_clock(a);
			continue;
		}
		quick_errs = 0;
		if (r == KEY_CODE_YES && *ch == KEY_RESIZE) {
			/* Back to the caller, which repaints everything it shows,
			 * an open dialog included. */
			getmaxyx(stdscr, a->rows, a->cols);
			return true;
		}
		if (r == KEY_CODE_YES && *ch == KEY_MOUSE) {
			MEVENT ev;
			if (getmouse(&ev) == OK && (ev.bstate & (BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED))) {
				/* A click moves the selection of list screens to the row. */
				screen *s = &a->stack[a->depth - 1];
				int row = screen_hit_at(s, ev.y);
				if (row < 0)
					continue; /* not on an entry: nothing to select */
				s->sel = row;
				if (ev.bstate & BUTTON1_DOUBLE_CLICKED) {
					*ch = '\n';
					return false;
				}
				app_paint(a);
				refresh();
			}
			continue;
		}
		return r == KEY_CODE_YES;
	}
}
