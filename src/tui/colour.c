/* colour.c - colours and attributes by meaning. */
#include "config.h"

#include <stdlib.h>

#include "tui/tui.h"

int
app_attr(const app *a, int c)
{
	if (a->color) {
		switch (c) {
		case C_HEADER: return COLOR_PAIR(C_HEADER) | A_BOLD;
		case C_SELECT: return A_REVERSE;
		case C_TITLE: return COLOR_PAIR(C_TITLE) | A_BOLD;
		case C_KEY: return COLOR_PAIR(C_KEY) | A_BOLD;
		case C_DIM: return COLOR_PAIR(C_DIM);
		case C_NORMAL: return A_NORMAL;
		default: return COLOR_PAIR(c) | A_BOLD;
		}
	}
	switch (c) {
	case C_HEADER: case C_SELECT: return A_REVERSE;
	case C_TITLE: case C_KEY: case C_COVERED: return A_BOLD;
	case C_GAP: case C_ERROR: return A_BOLD | A_UNDERLINE;
	case C_PARTIAL: return A_UNDERLINE;
	case C_DIM: case C_UNASSESSED: case C_NA: return A_DIM;
	default: return A_NORMAL;
	}
}

void
colors_init(app *a)
{
	const char *nc = getenv("NO_COLOR");
	a->color = has_colors() && !(nc && *nc) && a->set->color;
	if (!a->color)
		return;
	start_color();
	use_default_colors();
	/* Foreground colours on the terminal's own background: readable on
	 * dark and light schemes and on a washed-out projector. */
	init_pair(C_HEADER, COLOR_WHITE, COLOR_BLUE);
	init_pair(C_COVERED, COLOR_GREEN, -1);
	init_pair(C_PARTIAL, COLOR_YELLOW, -1);
	init_pair(C_GAP, COLOR_RED, -1);
	init_pair(C_UNASSESSED, -1, -1);
	init_pair(C_NA, COLOR_MAGENTA, -1);
	init_pair(C_DIM, -1, -1);
	init_pair(C_TITLE, COLOR_BLUE, -1);
	init_pair(C_KEY, COLOR_CYAN, -1);
	init_pair(C_ERROR, COLOR_RED, -1);
}
