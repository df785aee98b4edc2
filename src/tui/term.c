/* term.c - the terminal: curses set up and torn down, signals turned into
 * a flag, and keys read (resize, mouse clicks on list rows, a vanished
 * terminal, autosave on idle). */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <time.h>

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
		{"\033[1~", KEY_HOME}, {"\033[7~", KEY_HOME},  {"\033[H", KEY_HOME},   {"\033OH", KEY_HOME},
		{"\033[4~", KEY_END},  {"\033[8~", KEY_END},   {"\033[F", KEY_END},    {"\033OF", KEY_END},
		{"\033[3~", KEY_DC},   {"\033[5~", KEY_PPAGE}, {"\033[6~", KEY_NPAGE}, {"\033[Z", KEY_BTAB},
	};
	for (size_t i = 0; i < sizeof alt / sizeof alt[0]; i++)
		if (key_defined(alt[i].seq) <= 0)
			define_key(alt[i].seq, alt[i].key);
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
	delscreen(scr);
}

bool
app_typeahead(app *a, wint_t *ch, bool *is_key)
{
	if (got_signal)
		return false;
	timeout(0);
	int r = get_wch(ch);
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
		int r = get_wch(ch);
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
