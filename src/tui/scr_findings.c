/* scr_findings.c - the rule findings, most severe first, each opening
 * what it is about. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "tui/tui.h"

static void
findings_row(app *a, screen *s, int y, int i, bool sel)
{
	const gap_finding *f = &app_gaps(a)->findings[i];
	int w = a->cols;
	(void)s;
	int sev = f->severity == SEV_ERROR     ? app_attr(a, C_GAP)
		  : f->severity == SEV_WARNING ? app_attr(a, C_PARTIAL)
					       : app_attr(a, C_DIM);
	int base = draw_row(a, y, sel);
	draw_text(y, 1, gap_severity_label(f->severity), 9, sel ? base : sev);
	char *rule = xasprintf("%d", f->rule);
	draw_text(y, 11, rule, 4, base);
	free(rule);
	draw_text(y, 16, f->subject, 14, base);
	draw_text(y, 31, f->message, w - 32, base);
}

static void
findings_draw(app *a, screen *s)
{
	const gap_report *r = app_gaps(a);
	int h = frame(a, _("Rule findings"));
	int w = a->cols, n = (int)r->nfindings, detail = 6;
	static const column heads[] = {
		{1, 9, N_("Severity")},
		{11, 5, N_("Rule")},
		{16, 14, N_("About")},
		{31, -32, N_("Finding")},
	};
	draw_heads(a, 1, heads, 4);
	if (!n)
		draw_text(2, 1, _("No rule is broken."), w - 2, app_attr(a, C_DIM));
	list_draw(a, s, 2, h - 2 - detail, n, findings_row);
	if (n) {
		const gap_finding *f = &r->findings[s->sel];
		draw_hline(h - detail, 0, w);
		char *t = xasprintf("%s\n(%s)", f->message, f->reference);
		draw_wrap(h - detail + 1, 1, t, w - 2, detail - 1, 0, AT_NORMAL);
		free(t);
	}
}

static int
findings_key(app *a, screen *s, action act, wint_t ch, bool is_key)
{
	const gap_report *r = app_gaps(a);
	(void)ch;
	(void)is_key;
	if (list_move(s, act, (int)r->nfindings, 10))
		return R_NONE;
	if (act != ACT_ENTER || !r->nfindings)
		return R_UNHANDLED;
	/* Go to what the finding is about, when it is something to open. */
	const char *subj = r->findings[s->sel].subject;
	size_t idx;
	switch (kb_lookup(a->kb, subj, &idx)) {
	case KB_ID_ITEM:
		app_push(a, &scr_item, idx);
		break;
	case KB_ID_CLAUSE:
		app_push(a, &scr_clause, idx);
		break;
	case KB_ID_DOC:
		if (a->kb->docs[idx].nproducers)
			app_push(a, &scr_item, a->kb->docs[idx].producers[0]);
		break;
	default:
		if (strchr(subj, '.') == NULL)
			app_push(a, &scr_profile, 0);
		break;
	}
	return R_NONE;
}

const screen_ops scr_findings = {"findings", KC_LIST, NULL, findings_draw, findings_key, NULL};
