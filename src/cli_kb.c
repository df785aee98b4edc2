/* cli_kb.c - "siamwiz kb ...": list, show, check and export the
 * knowledge base. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core/escape.h"
#include "core/i18n.h"
#include "core/sanitize.h"
#include "out.h"

#define WIDTH 78

static const char *const section_kind[KB_NSECTIONS] = {
	[KB_PRACTICE] = "practice", [KB_LAYER] = "layer",         [KB_MODEL] = "model",     [KB_START] = "start",
	[KB_ROLE] = "role",         [KB_STRUCTURE] = "structure", [KB_PROCESS] = "process", [KB_TERM] = "term",
};

static const char *const section_title[KB_NSECTIONS] = {
	[KB_PRACTICE] = N_("Practice types"),
	[KB_LAYER] = N_("Layers"),
	[KB_MODEL] = N_("Integrator sourcing models"),
	[KB_START] = N_("Starting points"),
	[KB_ROLE] = N_("Roles"),
	[KB_STRUCTURE] = N_("Structural elements"),
	[KB_PROCESS] = N_("Processes across layers"),
	[KB_TERM] = N_("Glossary"),
};

static void
tsv(const char *id, const char *kind, const char *title)
{
	/* TSV cannot hold tabs or newlines inside a field. */
	char *t = sanitize(title, false);
	printf("%s\t%s\t%s\n", id, kind, t);
	free(t);
}

static void
row(const char *id, int idw, const char *title, int indent)
{
	printf("%*s", indent, "");
	out_pad(stdout, id, idw);
	putchar(' ');
	out_str(stdout, title);
	putchar('\n');
}

static int
kb_list(const kb *k, int as_tsv)
{
	for (size_t s = 0; s < k->nstages; s++) {
		const kb_stage *st = &k->stages[s];
		if (as_tsv) {
			tsv(st->id, "stage", kb_tr(&st->title));
		} else {
			printf(_("Stage %d: %s (%s)\n"), st->number, kb_tr(&st->title), st->id);
		}
		for (size_t i = 0; i < st->nitems; i++) {
			const kb_item *it = &k->items[st->items[i]];
			if (as_tsv)
				tsv(it->id, it->output ? "output" : "input", kb_tr(&it->title));
			else
				row(it->id, 10, kb_tr(&it->title), 2);
		}
	}
	if (!as_tsv)
		printf("\n%s\n", _("ISO/IEC 20000-1:2018 clauses"));
	for (size_t i = 0; i < k->nclauses; i++) {
		const kb_clause *c = &k->clauses[i];
		if (as_tsv)
			tsv(c->id, "clause", kb_tr(&c->title));
		else
			row(c->id, 9, kb_tr(&c->title), 2 + 2 * c->depth);
	}
	if (!as_tsv)
		printf("\n%s\n", _("Documented information and records"));
	for (size_t i = 0; i < k->ndocs; i++) {
		const kb_doc *d = &k->docs[i];
		if (as_tsv)
			tsv(d->id, d->record ? "record" : "document", kb_tr(&d->title));
		else
			row(d->id, 22, kb_tr(&d->title), 2);
	}
	for (int s = 0; s < KB_NSECTIONS; s++) {
		if (!k->nentries[s])
			continue;
		if (!as_tsv)
			printf("\n%s\n", _(section_title[s]));
		for (size_t i = 0; i < k->nentries[s]; i++) {
			const kb_entry *e = &k->entries[s][i];
			if (as_tsv)
				tsv(e->id, section_kind[s], kb_tr(&e->title));
			else
				row(e->id, 24, kb_tr(&e->title), 2);
		}
	}
	return EXIT_OK;
}

static void
heading(const char *h)
{
	printf("\n%s\n", h);
}

static void
list(const kb_textlist *l, int numbered)
{
	for (size_t i = 0; i < l->n; i++) {
		char *p = numbered ? xasprintf("  %zu. ", i + 1) : xstrdup("  - ");
		fputs(p, stdout);
		out_wrap(stdout, kb_tr(&l->v[i]), 0, (int)strlen(p), WIDTH);
		free(p);
	}
}

static void
show_item(const kb *k, const kb_item *it)
{
	const kb_stage *st = &k->stages[it->stage];
	char *layers = kb_layers_string(it->layers), *pr = kb_practices_string(it->practices);
	printf("%s  ", it->id);
	out_str(stdout, kb_tr(&it->title));
	printf("\n");
	printf(_("Stage %d, %s; %s; layers: %s; practices: %s\n"), st->number, kb_tr(&st->title),
	       it->output ? _("output") : _("input"), layers, pr);
	free(layers);
	free(pr);
	if (it->feeds)
		printf(_("Feeds: %s\n"), it->feeds);
	for (size_t i = 0; i < k->nitems; i++)
		if (k->items[i].feeds && util_word_in(k->items[i].feeds, it->id))
			printf(_("Fed by: %s  %s\n"), k->items[i].id, kb_tr(&k->items[i].title));
	if (it->same_as)
		printf(_("Same artefact as: %s (the clause links are counted there)\n"), it->same_as);
	if (it->source)
		printf(_("Source: ISO/IEC TS 20000-14:2023, %s\n"), it->source);
	if (it->concerns)
		printf(_("Concerns: %s\n"), it->concerns);
	putchar('\n');
	out_wrap(stdout, kb_tr(&it->description), 0, 0, WIDTH);
	heading(_("Why it matters"));
	out_wrap(stdout, kb_tr(&it->why), 2, 2, WIDTH);
	heading(_("Workshop questions"));
	list(&it->questions, 1);
	heading(_("Evidence examples"));
	list(&it->evidence, 0);
	heading(_("Supports ISO/IEC 20000-1"));
	for (size_t i = 0; i < it->nlinks; i++) {
		const kb_link *l = &k->links[it->links[i]];
		const kb_clause *c = &k->clauses[l->clause];
		printf("  %-9s ", c->id);
		out_str(stdout, kb_tr(&c->title));
		printf("  [%s, %s]\n", kb_role_label(l->role), kb_relation_name(l->rel));
		out_wrap(stdout, kb_tr(&l->rationale), 12, 12, WIDTH);
	}
	if (it->nproduces) {
		heading(_("Produces documented information"));
		for (size_t i = 0; i < it->nproduces; i++) {
			size_t di;
			kb_lookup(k, it->produces[i], &di);
			row(k->docs[di].id, 22, kb_tr(&k->docs[di].title), 2);
		}
	}
}

static void
show_clause(const kb *k, const kb_clause *c)
{
	printf(_("ISO/IEC 20000-1:2018 clause %s  "), c->id);
	out_str(stdout, kb_tr(&c->title));
	putchar('\n');
	if (c->parent >= 0) {
		printf(_("Part of %s  "), k->clauses[c->parent].id);
		out_str(stdout, kb_tr(&k->clauses[c->parent].title));
		putchar('\n');
	}
	putchar('\n');
	out_wrap(stdout, kb_tr(&c->summary), 0, 0, WIDTH);
	if (c->nchildren) {
		heading(_("Subclauses"));
		for (size_t i = 0; i < c->nchildren; i++)
			row(k->clauses[c->children[i]].id, 9, kb_tr(&k->clauses[c->children[i]].title), 2);
	}
	heading(_("Supported by"));
	if (!c->nlinks)
		printf("  %s\n", c->nchildren ? _("(directly by no item; see the subclauses)") : _("(no item)"));
	for (size_t i = 0; i < c->nlinks; i++) {
		const kb_link *l = &k->links[c->links[i]];
		const kb_item *it = &k->items[l->item];
		printf("  %-10s ", it->id);
		out_str(stdout, kb_tr(&it->title));
		printf("  [%s, %s]\n", kb_role_label(l->role), kb_relation_name(l->rel));
		out_wrap(stdout, kb_tr(&l->rationale), 13, 13, WIDTH);
	}
	int any = 0;
	for (size_t i = 0; i < k->ndocs; i++)
		if (util_word_in(k->docs[i].clauses, c->id)) {
			if (!any++)
				heading(_("Documented information and records asked for here"));
			row(k->docs[i].id, 22, kb_tr(&k->docs[i].title), 2);
		}
}

static void
show_doc(const kb *k, const kb_doc *d)
{
	printf("%s  ", d->id);
	out_str(stdout, kb_tr(&d->title));
	putchar('\n');
	printf(d->record ? _("Mandatory record; clauses: %s\n")
			 : _("Mandatory documented information (7.5.4 %s); clauses: %s\n"),
	       d->record ? d->clauses : d->letter, d->clauses);
	if (d->summary.n) {
		putchar('\n');
		out_wrap(stdout, kb_tr(&d->summary), 0, 0, WIDTH);
	}
	heading(_("Produced by"));
	if (!d->nproducers)
		printf("  %s\n", _("(no item)"));
	for (size_t i = 0; i < d->nproducers; i++)
		row(k->items[d->producers[i]].id, 10, kb_tr(&k->items[d->producers[i]].title), 2);
}

static void
show_stage(const kb *k, const kb_stage *st)
{
	printf(_("Stage %d: "), st->number);
	out_str(stdout, kb_tr(&st->title));
	printf(" (%s)\n", st->id);
	if (st->source)
		printf(_("Source: ISO/IEC TS 20000-14:2023, %s\n"), st->source);
	putchar('\n');
	out_wrap(stdout, kb_tr(&st->purpose), 0, 0, WIDTH);
	heading(_("Objectives"));
	list(&st->objectives, 0);
	if (st->activities.n) {
		heading(_("Activities"));
		list(&st->activities, 0);
	}
	heading(_("Trigger"));
	out_wrap(stdout, kb_tr(&st->trigger), 2, 2, WIDTH);
	heading(_("Checkpoint"));
	out_wrap(stdout, kb_tr(&st->checkpoint), 2, 2, WIDTH);
	heading(_("Inputs and outputs"));
	for (size_t i = 0; i < st->nitems; i++)
		row(k->items[st->items[i]].id, 10, kb_tr(&k->items[st->items[i]].title), 2);
}

static void
show_entry(const kb *k, kb_section s, const kb_entry *e)
{
	(void)k;
	printf("%s  ", e->id);
	out_str(stdout, kb_tr(&e->title));
	printf("\n%s", _(section_title[s]));
	if (e->attr)
		printf(" (%s)", e->attr);
	printf("\n\n");
	if (e->summary.n)
		out_wrap(stdout, kb_tr(&e->summary), 0, 0, WIDTH);
	if (e->extra.n) {
		heading(s == KB_TERM ? _("ISO/IEC 20000 term") : _("Trade-off"));
		out_wrap(stdout, kb_tr(&e->extra), 2, 2, WIDTH);
	}
	if (e->list1.n) {
		heading(s == KB_MODEL ? _("Strengths") : s == KB_START ? _("What to check") : _("Examples"));
		list(&e->list1, 0);
	}
	if (e->list2.n) {
		heading(_("Risks"));
		list(&e->list2, 0);
	}
}

static int
kb_show(const kb *k, const char *id)
{
	size_t i;
	switch (kb_lookup(k, id, &i)) {
	case KB_ID_ITEM:
		show_item(k, &k->items[i]);
		break;
	case KB_ID_CLAUSE:
		show_clause(k, &k->clauses[i]);
		break;
	case KB_ID_DOC:
		show_doc(k, &k->docs[i]);
		break;
	case KB_ID_STAGE:
		show_stage(k, &k->stages[i]);
		break;
	case KB_ID_ENTRY:
		show_entry(k, (kb_section)(i >> 16), &k->entries[i >> 16][i & 0xffff]);
		break;
	case KB_ID_NONE: {
		char *s = sanitize(id, false);
		cli_err(_("no knowledge-base element has the ID \"%s\" (see \"siamwiz kb list\")"), s);
		free(s);
		return EXIT_FINDINGS;
	}
	}
	return EXIT_OK;
}

static void
pct(const char *label, size_t have, size_t all)
{
	/* Padded by display width, so translated labels line up too. */
	fputs("  ", stdout);
	out_pad(stdout, label, 56);
	printf(" %4zu/%-4zu %3zu%%\n", have, all, all ? have * 100 / all : 100);
}

static int
kb_check_cmd(cli_ctx *c, int nfiles, char **files)
{
	diag_list d;
	diag_init(&d, NULL);
	kb *k = nfiles   ? kb_load_files((const char *const *)files, (size_t)nfiles, &d)
		: c->nkb ? kb_load_files(c->kb_files, c->nkb, &d)
			 : kb_load_builtin(&d);
	kb_lint lint;
	if (k)
		kb_check(k, &d, &lint);
	if (d.n) {
		char *s = diag_format(&d);
		char *t = sanitize(s, true);
		fprintf(stderr, "%s\n", t);
		free(t);
		free(s);
	}
	size_t errors = diag_count(&d, DIAG_ERROR);
	if (k) {
		printf(_("Knowledge base: %zu stages, %zu items, %zu clauses, %zu links, %zu documented "
			 "information items and records\n"),
		       k->nstages, k->nitems, k->nclauses, k->nlinks, k->ndocs);
		pct(_("ISO/IEC 20000-1 clauses 4-10 supported by an item"), lint.clauses_supported, lint.clauses);
		pct(_("items linked to at least one clause"), lint.items_linked, lint.items);
		pct(_("documented information and records produced by an item"), lint.docs_produced, lint.docs);
		pct(_("texts complete in every language used"), lint.texts - lint.texts_missing_lang, lint.texts);
		pct(_("links with a role (primary or supporting)"), lint.links_with_role, lint.links);
		size_t leaves = 0;
		for (size_t i = 0; i < k->nclauses; i++)
			leaves += !k->clauses[i].nchildren && k->clauses[i].nlinks;
		pct(_("clauses with links that have a primary item"), lint.clauses_primary, leaves);
		pct(_("stages and items that name their source"), lint.traced, k->nstages + k->nitems);
		printf(_("  links by role: %zu primary, %zu supporting\n"), lint.links_primary,
		       lint.links - lint.links_primary);
		printf(_("  texts using a rendering the glossary avoids: %zu\n"), lint.glossary_hits);
		if (lint.clauses_several_primary) {
			strbuf b;
			sb_init(&b);
			for (size_t i = 0; i < k->nclauses; i++) {
				const kb_clause *cl = &k->clauses[i];
				size_t prim = 0;
				for (size_t j = 0; j < cl->nlinks; j++)
					prim += k->links[cl->links[j]].role == ROLE_PRIMARY;
				if (prim > 1)
					sb_addf(&b, "%s%s (%zu)", b.len ? ", " : "", cl->id, prim);
			}
			printf(_("  clauses with several primary items: %s\n"), b.s);
			sb_free(&b);
		}
	}
	if (errors)
		printf(P_("%zu problem found\n", "%zu problems found\n", errors), errors);
	else
		printf("%s\n", _("No problems found."));
	diag_free(&d);
	kb_free(&k);
	return errors ? EXIT_FINDINGS : EXIT_OK;
}

static int
kb_export(const kb *k, int md)
{
	strbuf b;
	sb_init(&b);
	static const char *const cols[] = {
		N_("Stage"),        N_("Item"), N_("Item title"), N_("Kind"),      N_("Clause"),
		N_("Clause title"), N_("Role"), N_("Relation"),   N_("Rationale"),
	};
	const size_t ncols = sizeof cols / sizeof cols[0];
	if (md) {
		sb_add(&b, _("# SIAM roadmap to ISO/IEC 20000-1:2018 mapping\n\n"));
		sb_add(&b, "|");
		for (size_t i = 0; i < ncols; i++) {
			sb_addc(&b, ' ');
			esc_md_cell(&b, _(cols[i]));
			sb_add(&b, " |");
		}
		sb_add(&b, "\n|");
		for (size_t i = 0; i < ncols; i++)
			sb_add(&b, " --- |");
		sb_addc(&b, '\n');
	} else {
		for (size_t i = 0; i < ncols; i++) {
			if (i)
				sb_addc(&b, ',');
			esc_csv(&b, _(cols[i]));
		}
		sb_add(&b, "\r\n");
	}
	for (size_t s = 0; s < k->nstages; s++) {
		const kb_stage *st = &k->stages[s];
		for (size_t i = 0; i < st->nitems; i++) {
			const kb_item *it = &k->items[st->items[i]];
			for (size_t j = 0; j < it->nlinks; j++) {
				const kb_link *l = &k->links[it->links[j]];
				const kb_clause *c = &k->clauses[l->clause];
				char *stage = xasprintf("%d. %s", st->number, kb_tr(&st->title));
				const char *v[] = {stage,
						   it->id,
						   kb_tr(&it->title),
						   it->output ? _("output") : _("input"),
						   c->id,
						   kb_tr(&c->title),
						   kb_role_name(l->role),
						   kb_relation_name(l->rel),
						   kb_tr(&l->rationale)};
				if (md)
					sb_addc(&b, '|');
				for (size_t x = 0; x < ncols; x++) {
					/* A knowledge base given with --kb may hold bidi
					 * overrides or C1 controls: shown as escapes here
					 * too, in the terminal or in a spreadsheet. */
					char *cell = sanitize(v[x], !md);
					if (md) {
						sb_addc(&b, ' ');
						esc_md_cell(&b, cell);
						sb_add(&b, " |");
					} else {
						if (x)
							sb_addc(&b, ',');
						esc_csv(&b, cell);
					}
					free(cell);
				}
				sb_add(&b, md ? "\n" : "\r\n");
				free(stage);
			}
		}
	}
	fwrite(b.s, 1, b.len, stdout);
	sb_free(&b);
	return EXIT_OK;
}

static int
kb_usage(void)
{
	fputs(_("Usage: siamwiz kb list [--format text|tsv]\n"
		"       siamwiz kb show ID\n"
		"       siamwiz kb check [FILE...]\n"
		"       siamwiz kb export --format csv|md\n"),
	      stderr);
	return EXIT_TROUBLE;
}

static const char *const kb_formats[] = {"text", "tsv", "csv", "md", NULL};

const cli_opt cli_kb_opts[] = {
	{"format", 'f', "F", N_("%s (text or tsv for list, csv or md for export)"), AS_ENUM_NONE, kb_formats, true},
	{NULL, 0, NULL, NULL, AS_ENUM_NONE, NULL, false},
};

int
cli_kb_cmd(cli_ctx *c, const cli_args *args)
{
	const char *format = cli_value(args, 'f');
	if (!args->npos)
		return kb_usage();
	const char *action = args->pos[0];
	int nargs = (int)args->npos - 1;
	char **rest = args->pos + 1;
	if (!strcmp(action, "check")) {
		if (format)
			return kb_usage();
		return kb_check_cmd(c, nargs, rest);
	}
	kb *k = cli_kb(c);
	if (!k)
		return EXIT_TROUBLE;
	if (!strcmp(action, "list")) {
		if (nargs)
			return kb_usage();
		if (format && strcmp(format, "text") && strcmp(format, "tsv")) {
			cli_err(_("invalid --format \"%s\" (allowed: text, tsv)"), format);
			return EXIT_TROUBLE;
		}
		return kb_list(k, format && !strcmp(format, "tsv"));
	}
	if (!strcmp(action, "show")) {
		if (nargs != 1 || format)
			return kb_usage();
		return kb_show(k, rest[0]);
	}
	if (!strcmp(action, "export")) {
		if (nargs || !format || (strcmp(format, "csv") && strcmp(format, "md"))) {
			if (format)
				cli_err(_("invalid --format \"%s\" (allowed: csv, md)"), format);
			return kb_usage();
		}
		return kb_export(k, !strcmp(format, "md"));
	}
	cli_err(_("unknown kb action \"%s\""), action);
	return kb_usage();
}
