/* place.c - where the wizard was left in a file (the screen and the item
 * or clause it showed), kept in the XDG state beside the recent list, so
 * that the room picks up where it stopped. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/recent.h"
#include "tui/tui.h"

/* The screens a place can name, with what their arg is. */
typedef enum {
	ARG_NONE,
	ARG_ITEM,
	ARG_CLAUSE,
	ARG_STAGE_ITEM /* a stage list: the selected item */
} arg_kind;

static const struct {
	const screen_ops *ops;
	arg_kind arg;
} placeable[] = {
	{&scr_item, ARG_ITEM},     {&scr_guided, ARG_ITEM},   {&scr_present, ARG_ITEM}, {&scr_stage, ARG_STAGE_ITEM},
	{&scr_clause, ARG_CLAUSE}, {&scr_gaps, ARG_NONE},     {&scr_profile, ARG_NONE}, {&scr_docs, ARG_NONE},
	{&scr_actions, ARG_NONE},  {&scr_findings, ARG_NONE}, {&scr_roadmap, ARG_NONE},
};
#define NPLACEABLE (sizeof placeable / sizeof placeable[0])

void
app_place_save(app *a)
{
	if (!a->as || !a->path || a->demo || a->depth < 1)
		return;
	/* The deepest screen a place can name (not a help screen or a
	 * search left open). */
	for (int d = a->depth - 1; d >= 0; d--) {
		const screen *s = &a->stack[d];
		for (size_t i = 0; i < NPLACEABLE; i++) {
			if (placeable[i].ops != s->ops)
				continue;
			const kb *k = a->kb;
			char *place;
			switch (placeable[i].arg) {
			case ARG_ITEM:
				place = xasprintf("%s:%s", s->ops->name, k->items[s->arg].id);
				break;
			case ARG_CLAUSE:
				place = xasprintf("%s:%s", s->ops->name, k->clauses[s->arg].id);
				break;
			case ARG_STAGE_ITEM: {
				const kb_stage *st = &k->stages[s->arg];
				place = st->nitems ? xasprintf("%s:%s", s->ops->name, k->items[st->items[s->sel]].id)
						   : xstrdup("roadmap");
				break;
			}
			default:
				place = xstrdup(s->ops->name);
			}
			char *err = NULL;
			recent_set_place(a->path, place, &err);
			free(err);
			free(place);
			return;
		}
	}
}

bool
app_place_restore(app *a)
{
	if (!a->as || !a->path || a->demo)
		return false;
	char *place = recent_place(a->path);
	if (!place)
		return false;
	char *id = strchr(place, ':');
	if (id)
		*id++ = '\0';
	bool done = false;
	for (size_t i = 0; i < NPLACEABLE && !done; i++) {
		const screen_ops *ops = placeable[i].ops;
		if (strcmp(ops->name, place) != 0 || (placeable[i].arg != ARG_NONE) != (id != NULL))
			continue;
		size_t idx = 0;
		kb_idkind kind = id ? kb_lookup(a->kb, id, &idx) : KB_ID_NONE;
		app_pop_to_root(a);
		switch (placeable[i].arg) {
		case ARG_ITEM:
		case ARG_STAGE_ITEM:
			/* An item the knowledge base no longer has: the roadmap. */
			if (kind != KB_ID_ITEM)
				break;
			app_push(a, &scr_stage, a->kb->items[idx].stage);
			a->stack[a->depth - 1].sel = item_position(a->kb, idx);
			if (ops != &scr_stage)
				app_push(a, ops, idx);
			done = true;
			break;
		case ARG_CLAUSE:
			if (kind != KB_ID_CLAUSE)
				break;
			app_push(a, &scr_gaps, 0);
			a->stack[a->depth - 1].sel = (int)idx;
			app_push(a, ops, idx);
			done = true;
			break;
		default:
			if (ops != &scr_roadmap)
				app_push(a, ops, 0);
			done = true;
		}
	}
	free(place);
	return done;
}
