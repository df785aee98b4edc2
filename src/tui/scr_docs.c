/* scr_docs.c - the documented information checklist: each mandatory
 * document or record, its status and the items that produce it. */
#include "config.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "tui/tui.h"

static void
docs_row(app *a, screen *s, int y, int i, bool sel)
{
	const kb *k = a->kb;
	const kb_doc *d = &k->docs[i];
	const gap_doc *g = &app_gaps(a)->docs[i];
	int w = a->cols, base = draw_row(a, y, sel);
	(void)s;
	gap_status gs = g->status == DOC_PRESENT   ? GAP_COVERED
			: g->status == DOC_PARTIAL ? GAP_PARTIAL
			: g->status == DOC_MISSING ? GAP_GAP
						   : GAP_UNASSESSED;
	char *badge = xasprintf("[%s]", status_badge(gs));
	draw_text(y, 1, badge, 10, sel ? base : status_attr(a, gs));
	free(badge);
	char *t = xasprintf("%s %s", d->record ? _("record:") : _("document:"), kb_tr(&d->title));
	draw_text(y, 12, t, w - 40, base);
	free(t);
	strbuf b;
	sb_init(&b);
	for (size_t j = 0; j < d->nproducers; j++)
		sb_addf(&b, "%s%s", j ? " " : "", k->items[d->producers[j]].id);
	draw_text(y, w - 27, b.s ? b.s : "", 26, base);
	sb_free(&b);
}

static void
docs_draw(app *a, screen *s)
{
	const kb *k = a->kb;
	int h = frame(a, _("Documented information and records"));
	int n = (int)k->ndocs;
	static const column heads[] = {
		{1, 10, N_("Status")},
		{12, -40, N_("Mandatory document or record")},
		{-27, 26, N_("Produced by")},
	};
	draw_heads(a, 1, heads, 3);
	list_draw(a, s, 2, h - 2, n, docs_row);
}

static int
docs_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const kb *k = a->kb;
	(void)ch;
	(void)is_key;
	if (list_move(s, act, (int)k->ndocs, 10))
		return R_NONE;
	if (act != ACT_ENTER || !k->ndocs)
		return R_UNHANDLED;
	const kb_doc *d = &k->docs[s->sel];
	int pick = 0;
	if (d->nproducers > 1) {
		const char **labels = xcalloc(d->nproducers, sizeof *labels);
		char **own = xcalloc(d->nproducers, sizeof *own);
		for (size_t j = 0; j < d->nproducers; j++) {
			const kb_item *it = &k->items[d->producers[j]];
			own[j] = xasprintf("%s  %s", it->id, kb_tr(&it->title));
			labels[j] = own[j];
		}
		pick = dlg_pick(a, _("Which producing item?"), labels, NULL, (int)d->nproducers, 0);
		for (size_t j = 0; j < d->nproducers; j++)
			free(own[j]);
		free(own);
		free(labels);
	}
	if (pick >= 0 && d->nproducers)
		app_push(a, &scr_item, d->producers[pick]);
	return R_NONE;
}

const screen_ops scr_docs = {"docs", KC_LIST, NULL, docs_draw, docs_key, NULL};
