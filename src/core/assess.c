/* assess.c - the assessment model and its validated setters. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assess.h"
#include "i18n.h"

void
assess_touch(assessment *a)
{
	a->changes++;
	a->generation++;
}

assessment *
assess_new(const kb *k, const char *organization)
{
	assessment *a = xcalloc(1, sizeof *a);
	a->kb = k;
	a->organization = xstrdup(organization ? organization : "");
	a->model = MODEL_NONE;
	a->start = START_NONE;
	if (k && k->revision)
		a->kb_revision = xstrdup(k->revision);
	idmap_init(&a->index);
	return a;
}

static void
item_free(as_item *it)
{
	free(it->ref);
	free(it->owner);
	for (size_t i = 0; i < it->nproviders; i++)
		free(it->providers[i]);
	free(it->providers);
	for (size_t i = 0; i < it->nevidence; i++) {
		free(it->evidence[i].text);
		free(it->evidence[i].location);
		free(it->evidence[i].reviewer);
	}
	free(it->evidence);
	free(it->notes);
	free(it->justification);
}

void
assess_free(assessment **ap)
{
	assessment *a = *ap;
	if (!a)
		return;
	free(a->kb_revision);
	free(a->organization);
	free(a->assessor);
	free(a->scope);
	free(a->separation);
	for (size_t i = 0; i < a->nproviders; i++) {
		free(a->providers[i].name);
		free(a->providers[i].services);
	}
	free(a->providers);
	for (size_t i = 0; i < a->nstructures; i++) {
		free(a->structures[i].name);
		free(a->structures[i].purpose);
	}
	free(a->structures);
	for (size_t i = 0; i < a->nroles; i++) {
		free(a->roles[i].ref);
		for (size_t j = 0; j < a->roles[i].nholders; j++)
			free(a->roles[i].holders[j].party);
		free(a->roles[i].holders);
	}
	free(a->roles);
	for (size_t i = 0; i < a->nprocesses; i++)
		free(a->processes[i].ref);
	free(a->processes);
	for (size_t i = 0; i < a->nitems; i++)
		item_free(&a->items[i]);
	free(a->items);
	for (size_t i = 0; i < a->njudgements; i++)
		assess_judgement_free(&a->judgements[i]);
	free(a->judgements);
	assess_workshop_free(a);
	idmap_free(&a->index);
	free(a);
	*ap = NULL;
}

as_item *
assess_find(const assessment *a, const char *ref)
{
	size_t i;
	return idmap_get(&a->index, ref, &i) ? &a->items[i] : NULL;
}

void
assess_reindex(assessment *a)
{
	/* Keys point into the items' own ref strings, which never move. */
	idmap_free(&a->index);
	idmap_init(&a->index);
	for (size_t i = 0; i < a->nitems; i++)
		idmap_put(&a->index, a->items[i].ref, i);
}

as_item *
assess_add_loaded(assessment *a, const char *ref, char **err)
{
	if (assess_find(a, ref)) {
		*err = xasprintf(_("item %s appears twice"), ref);
		return NULL;
	}
	a->items = xgrow(a->items, &a->capitems, a->nitems + 1, sizeof *a->items);
	as_item *it = &a->items[a->nitems];
	memset(it, 0, sizeof *it);
	it->ref = xstrdup(ref);
	idmap_put(&a->index, it->ref, a->nitems);
	a->nitems++;
	return it;
}

/* Position of a knowledge-base item, so that new records are kept in
 * roadmap order and files stay stable and readable. */
static size_t
kb_rank(const assessment *a, const char *ref)
{
	size_t i;
	if (a->kb && kb_lookup(a->kb, ref, &i) == KB_ID_ITEM)
		return a->kb->items[i].stage * 100000 + i;
	return (size_t)-1;
}

as_item *
assess_item(assessment *a, const char *ref, char **err)
{
	as_item *it = assess_find(a, ref);
	if (it)
		return it;
	size_t i;
	kb_idkind kind = a->kb ? kb_lookup(a->kb, ref, &i) : KB_ID_NONE;
	if (kind != KB_ID_ITEM) {
		if (kind == KB_ID_NONE)
			*err = xasprintf(_("unknown item ID \"%s\" (see \"siamwiz kb list\")"), ref);
		else
			*err = xasprintf(_("\"%s\" is not a roadmap item; only items are assessed "
					   "(see \"siamwiz kb list\")"),
					 ref);
		return NULL;
	}
	size_t rank = kb_rank(a, ref), pos = a->nitems;
	for (size_t j = 0; j < a->nitems; j++)
		if (kb_rank(a, a->items[j].ref) > rank) {
			pos = j;
			break;
		}
	a->items = xgrow(a->items, &a->capitems, a->nitems + 1, sizeof *a->items);
	memmove(&a->items[pos + 1], &a->items[pos], (a->nitems - pos) * sizeof *a->items);
	it = &a->items[pos];
	memset(it, 0, sizeof *it);
	it->ref = xstrdup(ref);
	a->nitems++;
	assess_reindex(a);
	/* An empty record says nothing and is not written: not a change.  But
	 * the records moved, so whatever holds on to them must look again. */
	a->generation++;
	return it;
}

int
assess_check_text(const char *value, char **err)
{
	if (!util_valid_text(value)) {
		*err = xstrdup(_("the text is not valid UTF-8 or contains control characters"));
		return -1;
	}
	/* What the loader accepts in one element: a longer text would be
	 * saved into a file that no siamwiz could open again. */
	if (strlen(value) > ASSESS_MAX_TEXT) {
		*err = xasprintf(_("the text is too long (%zu bytes; at most %zu)"), strlen(value),
				 (size_t)ASSESS_MAX_TEXT);
		return -1;
	}
	return 0;
}

int
assess_set_organization(assessment *a, const char *value, char **err)
{
	if (assess_set_text(a, &a->organization, value, err) != 0)
		return -1;
	if (!a->organization)
		a->organization = xstrdup("");
	return 0;
}

int
assess_set_text(assessment *a, char **field, const char *value, char **err)
{
	if (value && assess_check_text(value, err) != 0)
		return -1;
	if ((!value || !*value) && !*field)
		return 0;
	if (value && *field && !strcmp(value, *field))
		return 0;
	free(*field);
	*field = value && *value ? xstrdup(value) : NULL;
	assess_touch(a);
	return 0;
}

int
assess_check_date(const char *value, char **err)
{
	if (value && *value && !util_valid_date(value)) {
		*err = xasprintf(_("\"%s\" is not a valid date; use YYYY-MM-DD, e.g. 2026-03-31"), value);
		return -1;
	}
	return 0;
}

int
assess_set_date(assessment *a, char *field, const char *value, char **err)
{
	if (assess_check_date(value, err) != 0)
		return -1;
	const char *v = value ? value : "";
	if (strcmp(field, v) != 0) {
		strcpy(field, v);
		assess_touch(a);
	}
	return 0;
}

int
assess_set_result(assessment *a, as_item *it, as_result r, char **err)
{
	if ((int)r < 0 || r >= RES_COUNT) {
		*err = xstrdup(_("unknown result"));
		return -1;
	}
	if (it->result != r) {
		/* The status follows the result for as long as it is the one
		 * the result implies; once set to something else, it stays. */
		if (it->status == as_status_for(it->result))
			it->status = as_status_for(r);
		it->result = r;
		assess_touch(a);
	}
	return 0;
}

as_status
as_status_for(as_result r)
{
	switch (r) {
	case RES_IN_PLACE:
	case RES_NOT_APPLICABLE:
		return STATUS_DONE;
	case RES_PARTIAL:
		return STATUS_IN_PROGRESS;
	default:
		return STATUS_TODO;
	}
}

bool
assess_item_empty(const as_item *it)
{
	return it->result == RES_NOT_ASSESSED && it->status == STATUS_TODO && !it->layer && !it->due[0] && !it->owner &&
	       !it->nproviders && !it->nevidence && !it->notes && !it->justification;
}

bool
assess_drop_empty(assessment *a, const char *ref)
{
	size_t i;
	if (!idmap_get(&a->index, ref, &i) || !assess_item_empty(&a->items[i]))
		return false;
	item_free(&a->items[i]);
	memmove(&a->items[i], &a->items[i + 1], (a->nitems - i - 1) * sizeof *a->items);
	a->nitems--;
	assess_reindex(a);
	/* Nothing said is lost: not a change, but the records moved. */
	a->generation++;
	return true;
}

int
assess_set_status(assessment *a, as_item *it, as_status s)
{
	if (it->status != s) {
		it->status = s;
		assess_touch(a);
	}
	return 0;
}

int
assess_set_layer(assessment *a, as_item *it, const char *layer, char **err)
{
	unsigned l = 0;
	if (layer && *layer) {
		int b = kb_parse_layer(layer);
		if (b < 0) {
			*err = xasprintf(_("unknown layer \"%s\" (use customer, integrator or provider)"), layer);
			return -1;
		}
		l = (unsigned)b;
	}
	if (it->layer != l) {
		it->layer = l;
		assess_touch(a);
	}
	return 0;
}

int
assess_add_item_provider(assessment *a, as_item *it, const char *name, char **err)
{
	if (assess_check_text(name, err) != 0)
		return -1;
	if (!assess_provider_find(a, name)) {
		*err = xasprintf(_("\"%s\" is not in the service providers register; add it first with "
				   "\"siamwiz provider add\""),
				 name);
		return -1;
	}
	for (size_t i = 0; i < it->nproviders; i++)
		if (!strcmp(it->providers[i], name))
			return 0;
	it->providers = xgrow(it->providers, &it->capproviders, it->nproviders + 1, sizeof *it->providers);
	it->providers[it->nproviders++] = xstrdup(name);
	assess_touch(a);
	return 0;
}

int
assess_add_evidence(assessment *a, as_item *it, const char *text, const char *location, char **err)
{
	if (!text || !*text) {
		*err = xstrdup(_("evidence needs a description"));
		return -1;
	}
	if (assess_check_text(text, err) != 0 || (location && assess_check_text(location, err) != 0))
		return -1;
	it->evidence = xgrow(it->evidence, &it->capevidence, it->nevidence + 1, sizeof *it->evidence);
	memset(&it->evidence[it->nevidence], 0, sizeof *it->evidence);
	it->evidence[it->nevidence].text = xstrdup(text);
	it->evidence[it->nevidence].location = location && *location ? xstrdup(location) : NULL;
	it->nevidence++;
	assess_touch(a);
	return 0;
}

int
assess_remove_evidence(assessment *a, as_item *it, size_t idx)
{
	if (idx >= it->nevidence)
		return -1;
	free(it->evidence[idx].text);
	free(it->evidence[idx].location);
	free(it->evidence[idx].reviewer);
	memmove(&it->evidence[idx], &it->evidence[idx + 1], (it->nevidence - idx - 1) * sizeof *it->evidence);
	it->nevidence--;
	assess_touch(a);
	return 0;
}

int
assess_set_evidence(assessment *a, as_item *it, size_t idx, const char *text, const char *location, char **err)
{
	if (idx >= it->nevidence) {
		*err = xstrdup(_("no such evidence entry"));
		return -1;
	}
	if (!text || !*text) {
		*err = xstrdup(_("evidence needs a description"));
		return -1;
	}
	if (assess_check_text(text, err) != 0 || (location && assess_check_text(location, err) != 0))
		return -1;
	as_evidence *ev = &it->evidence[idx];
	/* Copy first: the new values may be the old strings themselves. */
	char *t = xstrdup(text), *l = location && *location ? xstrdup(location) : NULL;
	free(ev->text);
	free(ev->location);
	ev->text = t;
	ev->location = l;
	assess_touch(a);
	return 0;
}

void
assess_clear_item_providers(assessment *a, as_item *it)
{
	if (!it->nproviders)
		return;
	while (it->nproviders)
		free(it->providers[--it->nproviders]);
	assess_touch(a);
}

int
assess_set_model(assessment *a, as_model m)
{
	if (a->model != m) {
		a->model = m;
		assess_touch(a);
	}
	return 0;
}

int
assess_set_start(assessment *a, as_start s)
{
	if (a->start != s) {
		a->start = s;
		assess_touch(a);
	}
	return 0;
}

int
assess_item_check(const as_item *it, char **err)
{
	if (it->result == RES_NOT_APPLICABLE) {
		const char *j = it->justification ? it->justification : "";
		j += strspn(j, " \t\r\n");
		if (!*j) {
			*err = xasprintf(_("item %s is marked not-applicable without a justification; "
					   "say why it does not apply"),
					 it->ref);
			return -1;
		}
	}
	if (it->due[0] && !util_valid_date(it->due)) {
		*err = xasprintf(_("item %s: \"%s\" is not a valid date"), it->ref, it->due);
		return -1;
	}
	return 0;
}

static int
cmp_str(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Each name registered more than once is one message, however many times
 * it is repeated: sorted, so that 100,000 copies cost a sort, not a
 * comparison of every pair. */
static const char **
check_duplicate_providers(const assessment *a, diag_list *d)
{
	if (!a->nproviders)
		return NULL;
	const char **v = xcalloc(a->nproviders, sizeof *v);
	for (size_t i = 0; i < a->nproviders; i++)
		v[i] = a->providers[i].name ? a->providers[i].name : "";
	xsort(v, a->nproviders, sizeof *v, cmp_str);
	for (size_t i = 0; i + 1 < a->nproviders;) {
		size_t j = i + 1;
		while (j < a->nproviders && !strcmp(v[i], v[j]))
			j++;
		if (j - i > 1)
			diag_add(d, DIAG_ERROR, 0,
				 P_("service provider \"%s\" is registered %zu time",
				    "service provider \"%s\" is registered %zu times", j - i),
				 v[i], j - i);
		i = j;
	}
	return v;
}

void
assess_check(const assessment *a, diag_list *d)
{
	if (a->date[0] && !util_valid_date(a->date))
		diag_add(d, DIAG_ERROR, 0, _("the assessment date \"%s\" is not a valid date"), a->date);
	const char **names = check_duplicate_providers(a, d);
	for (size_t i = 0; i < a->nitems; i++) {
		const as_item *it = &a->items[i];
		char *err = NULL;
		if (assess_item_check(it, &err) != 0) {
			diag_add(d, DIAG_ERROR, it->line, "%s", err);
			free(err);
		}
		if (a->kb && kb_lookup(a->kb, it->ref, NULL) != KB_ID_ITEM)
			diag_add(d, DIAG_WARNING, it->line,
				 _("item %s is not in the knowledge base in use; it is kept as it is"), it->ref);
		for (size_t j = 0; j < it->nproviders; j++)
			if (!names || !bsearch(&it->providers[j], names, a->nproviders, sizeof *names, cmp_str))
				diag_add(d, DIAG_WARNING, it->line,
					 _("item %s names service provider \"%s\", who is not in the register"),
					 it->ref, it->providers[j]);
	}
	for (size_t i = 0; i < a->nroles; i++)
		if (a->kb && !kb_entry_by_id(a->kb, KB_ROLE, a->roles[i].ref))
			diag_add(d, DIAG_WARNING, 0, _("role %s is not in the knowledge base in use; it is kept"),
				 a->roles[i].ref);
	for (size_t i = 0; i < a->nprocesses; i++)
		if (a->kb && !kb_entry_by_id(a->kb, KB_PROCESS, a->processes[i].ref))
			diag_add(d, DIAG_WARNING, 0, _("process %s is not in the knowledge base in use; it is kept"),
				 a->processes[i].ref);
	free(names);
	assess_check_judgements(a, d);
	assess_check_workshop(a, d);
}

int
assess_set_evidence_review(assessment *a, as_item *it, size_t idx, const char *date, const char *reviewer, char **err)
{
	if (idx >= it->nevidence) {
		*err = xstrdup(_("no such evidence entry"));
		return -1;
	}
	if (assess_check_date(date, err) != 0 || (reviewer && assess_check_text(reviewer, err) != 0))
		return -1;
	as_evidence *ev = &it->evidence[idx];
	/* Copy first: the new values may be the old ones themselves. */
	char day[sizeof ev->date], *r = reviewer && *reviewer ? xstrdup(reviewer) : NULL;
	snprintf(day, sizeof day, "%s", date ? date : "");
	free(ev->reviewer);
	ev->reviewer = r;
	memcpy(ev->date, day, sizeof day);
	assess_touch(a);
	return 0;
}
