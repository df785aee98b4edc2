/* colour.c - the colour table: each role (a meaning: header, selection,
 * covered, gap...) has a colour pair with an attribute, and an attribute
 * for monochrome terminals and NO_COLOR, like htop's colour schemes.
 * Nothing says something by colour alone: badges carry words. */
#include "config.h"

#include <stdlib.h>

#include "tui/tui.h"

typedef struct colour_role {
	bool pair; /* draws with its own colour pair */
	short fg, bg; /* -1: the terminal's own */
	int attr; /* with colours */
	int mono; /* without */
} colour_role;

/* Foreground colours on the terminal's own background: readable on dark
 * and light schemes and on a washed-out projector. */
static const colour_role roles[C_COUNT] = {
	[C_NORMAL] = {false, -1, -1, AT_NORMAL, AT_NORMAL},
	[C_HEADER] = {true, COLOR_WHITE, COLOR_BLUE, AT_BOLD, (int)A_REVERSE},
	[C_SELECT] = {false, -1, -1, (int)A_REVERSE, (int)A_REVERSE},
	[C_COVERED] = {true, COLOR_GREEN, -1, AT_BOLD, AT_BOLD},
	[C_PARTIAL] = {true, COLOR_YELLOW, -1, AT_BOLD, (int)A_UNDERLINE},
	[C_GAP] = {true, COLOR_RED, -1, AT_BOLD, (int)(A_BOLD | A_UNDERLINE)},
	[C_UNASSESSED] = {true, -1, -1, AT_BOLD, AT_DIM},
	[C_NA] = {true, COLOR_MAGENTA, -1, AT_BOLD, AT_DIM},
	[C_DIM] = {true, -1, -1, AT_NORMAL, AT_DIM},
	[C_TITLE] = {true, COLOR_BLUE, -1, AT_BOLD, AT_BOLD},
	[C_KEY] = {true, COLOR_CYAN, -1, AT_BOLD, AT_BOLD},
	[C_ERROR] = {true, COLOR_RED, -1, AT_BOLD, (int)(A_BOLD | A_UNDERLINE)},
};

int
app_attr(const app *a, int c)
{
	if (c < C_NORMAL || c >= C_COUNT)
		return AT_NORMAL;
	const colour_role *r = &roles[c];
	if (!a->color)
		return r->mono;
	return r->pair ? (int)COLOR_PAIR(c) | r->attr : r->attr;
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
	for (int c = C_NORMAL; c < C_COUNT; c++)
		if (roles[c].pair)
			init_pair((short)c, roles[c].fg, roles[c].bg);
}
