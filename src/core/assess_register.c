/* assess_register.c - the registers of an assessment: service
 * providers, structural elements, role holders and the allocation of
 * processes to layers.  assess.c owns the profile and the items. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "assess.h"
#include "i18n.h"

as_provider *
assess_provider_find(const assessment *a, const char *name)
{
	for (size_t i = 0; i < a->nproviders; i++)
		if (!strcmp(a->providers[i].name, name))
			return &a->providers[i];
	return NULL;
}

int
assess_provider_add(assessment *a, const char *name, bool internal, as_criticality crit, const char *services,
		    char **err)
{
	const char *p = name;
	p += strspn(p, " \t");
	if (!*p) {
		*err = xstrdup(_("a service provider needs a name"));
		return -1;
	}
	if (assess_check_text(name, err) != 0 || (services && assess_check_text(services, err) != 0))
		return -1;
	if (assess_provider_find(a, name)) {
		*err = xasprintf(_("a service provider named \"%s\" is already registered"), name);
		return -1;
	}
	a->providers = xgrow(a->providers, &a->capproviders, a->nproviders + 1, sizeof *a->providers);
	as_provider *pr = &a->providers[a->nproviders++];
	pr->name = xstrdup(name);
	pr->internal = internal;
	pr->criticality = crit;
	pr->services = services && *services ? xstrdup(services) : NULL;
	assess_touch(a);
	return 0;
}

int
assess_provider_remove(assessment *a, const char *name, char **err)
{
	as_provider *pr = assess_provider_find(a, name);
	if (!pr) {
		*err = xasprintf(_("no service provider named \"%s\" is registered"), name);
		return -1;
	}
	/* Removing a provider that items still name would leave dangling
	 * references in the file: make the user decide first. */
	size_t used = 0;
	const char *first = NULL;
	for (size_t i = 0; i < a->nitems; i++)
		for (size_t j = 0; j < a->items[i].nproviders; j++)
			if (!strcmp(a->items[i].providers[j], name)) {
				if (!used++)
					first = a->items[i].ref;
			}
	if (used) {
		*err = xasprintf(P_("\"%s\" is still named by %zu item (%s); change that item first",
				    "\"%s\" is still named by %zu items (first: %s); change those items first", used),
				 name, used, first);
		return -1;
	}
	size_t i = (size_t)(pr - a->providers);
	free(pr->name);
	free(pr->services);
	memmove(&a->providers[i], &a->providers[i + 1], (a->nproviders - i - 1) * sizeof *a->providers);
	a->nproviders--;
	assess_touch(a);
	return 0;
}

/* Items and role holders name providers: keep them pointing at the same
 * one when it is renamed.  Nothing here can fail, so a rename checked
 * beforehand lands whole. */
static void
carry_rename(assessment *a, as_provider *pr, const char *name)
{
	for (size_t i = 0; i < a->nitems; i++)
		for (size_t j = 0; j < a->items[i].nproviders; j++)
			if (!strcmp(a->items[i].providers[j], pr->name)) {
				free(a->items[i].providers[j]);
				a->items[i].providers[j] = xstrdup(name);
			}
	for (size_t i = 0; i < a->nroles; i++)
		for (size_t j = 0; j < a->roles[i].nholders; j++)
			if (!strcmp(a->roles[i].holders[j].party, pr->name)) {
				free(a->roles[i].holders[j].party);
				a->roles[i].holders[j].party = xstrdup(name);
			}
	free(pr->name);
	pr->name = xstrdup(name);
}

int
assess_provider_rename(assessment *a, const char *old, const char *name, char **err)
{
	as_provider *pr = assess_provider_find(a, old);
	if (!pr) {
		*err = xasprintf(_("no service provider named \"%s\" is registered"), old);
		return -1;
	}
	if (!*(name + strspn(name, " \t"))) {
		*err = xstrdup(_("a service provider needs a name"));
		return -1;
	}
	if (assess_check_text(name, err) != 0)
		return -1;
	if (assess_provider_find(a, name)) {
		*err = xasprintf(_("a service provider named \"%s\" is already registered"), name);
		return -1;
	}
	carry_rename(a, pr, name);
	assess_touch(a);
	return 0;
}

int
assess_provider_update(assessment *a, size_t idx, const char *name, bool internal, as_criticality crit,
		       const char *services, char **err)
{
	if (idx >= a->nproviders) {
		*err = xstrdup(_("no such service provider"));
		return -1;
	}
	const char *p = name + strspn(name, " \t");
	if (!*p) {
		*err = xstrdup(_("a service provider needs a name"));
		return -1;
	}
	if (assess_check_text(name, err) != 0 || (services && assess_check_text(services, err) != 0))
		return -1;
	as_provider *pr = &a->providers[idx];
	as_provider *other = assess_provider_find(a, name);
	if (other && other != pr) {
		*err = xasprintf(_("a service provider named \"%s\" is already registered"), name);
		return -1;
	}
	if (strcmp(pr->name, name) != 0)
		carry_rename(a, pr, name);
	pr->internal = internal;
	pr->criticality = crit;
	free(pr->services);
	pr->services = services && *services ? xstrdup(services) : NULL;
	assess_touch(a);
	return 0;
}

int
assess_structure_set(assessment *a, size_t idx, as_structkind kind, unsigned layers, const char *name,
		     const char *purpose, char **err)
{
	if (idx > a->nstructures || (int)kind < 0 || kind >= STRUCT_COUNT) {
		*err = xstrdup(_("no such structural element"));
		return -1;
	}
	const char *p = name ? name + strspn(name, " \t") : "";
	if (!*p) {
		*err = xstrdup(_("a structural element needs a name"));
		return -1;
	}
	if (assess_check_text(name, err) != 0 || (purpose && assess_check_text(purpose, err) != 0))
		return -1;
	if (idx == a->nstructures) {
		a->structures = xgrow(a->structures, &a->capstructures, a->nstructures + 1, sizeof *a->structures);
		memset(&a->structures[a->nstructures++], 0, sizeof *a->structures);
	}
	as_structure *st = &a->structures[idx];
	st->kind = kind;
	st->layers = layers & 7;
	free(st->name);
	st->name = xstrdup(name);
	free(st->purpose);
	st->purpose = purpose && *purpose ? xstrdup(purpose) : NULL;
	assess_touch(a);
	return 0;
}

int
assess_structure_remove(assessment *a, size_t idx)
{
	if (idx >= a->nstructures)
		return -1;
	free(a->structures[idx].name);
	free(a->structures[idx].purpose);
	memmove(&a->structures[idx], &a->structures[idx + 1], (a->nstructures - idx - 1) * sizeof *a->structures);
	a->nstructures--;
	assess_touch(a);
	return 0;
}

as_role *
assess_role_find(const assessment *a, const char *ref)
{
	for (size_t i = 0; i < a->nroles; i++)
		if (!strcmp(a->roles[i].ref, ref))
			return &a->roles[i];
	return NULL;
}

int
assess_role_set(assessment *a, const char *ref, as_raci raci, const char *party, char **err)
{
	return assess_role_set_parties(a, ref, raci, &party, party && *party ? 1 : 0, err);
}

/* The parties now holding ref with this raci, in order, equal to the list? */
static bool
same_holders(const as_role *r, as_raci raci, const char *const *parties, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; r && i < r->nholders; i++) {
		if (r->holders[i].raci != raci)
			continue;
		if (k == n || strcmp(r->holders[i].party, parties[k]) != 0)
			return false;
		k++;
	}
	return k == n;
}

int
assess_role_set_parties(assessment *a, const char *ref, as_raci raci, const char *const *parties, size_t n, char **err)
{
	for (size_t i = 0; i < n; i++) {
		if (assess_check_text(parties[i], err) != 0)
			return -1;
		if (!*parties[i]) {
			*err = xstrdup(_("a role holder needs a name"));
			return -1;
		}
	}
	as_role *r = assess_role_find(a, ref);
	if (same_holders(r, raci, parties, n))
		return 0;
	if (!r) {
		a->roles = xgrow(a->roles, &a->caproles, a->nroles + 1, sizeof *a->roles);
		r = &a->roles[a->nroles++];
		memset(r, 0, sizeof *r);
		r->ref = xstrdup(ref);
	}
	size_t j = 0;
	for (size_t i = 0; i < r->nholders; i++) {
		if (r->holders[i].raci == raci)
			free(r->holders[i].party);
		else
			r->holders[j++] = r->holders[i];
	}
	r->nholders = j;
	if (n) {
		r->holders = xgrow(r->holders, &r->capholders, r->nholders + n, sizeof *r->holders);
		for (size_t i = 0; i < n; i++) {
			r->holders[r->nholders].raci = raci;
			r->holders[r->nholders].party = xstrdup(parties[i]);
			r->nholders++;
		}
	}
	if (!r->nholders) {
		size_t idx = (size_t)(r - a->roles);
		free(r->ref);
		free(r->holders);
		memmove(&a->roles[idx], &a->roles[idx + 1], (a->nroles - idx - 1) * sizeof *a->roles);
		a->nroles--;
	}
	assess_touch(a);
	return 0;
}

as_process *
assess_process_find(const assessment *a, const char *ref)
{
	for (size_t i = 0; i < a->nprocesses; i++)
		if (!strcmp(a->processes[i].ref, ref))
			return &a->processes[i];
	return NULL;
}

int
assess_process_set(assessment *a, const char *ref, as_raci raci, unsigned layers, char **err)
{
	if ((unsigned)raci >= RACI_COUNT || (layers & ~7u)) {
		*err = xstrdup(_("no such allocation of a process"));
		return -1;
	}
	if (a->kb && !kb_entry_by_id(a->kb, KB_PROCESS, ref)) {
		*err = xasprintf(_("\"%s\" is not a process of the knowledge base"), ref);
		return -1;
	}
	as_process *p = assess_process_find(a, ref);
	if (p ? p->raci[raci] == layers : !layers)
		return 0;
	if (!p) {
		a->processes = xgrow(a->processes, &a->capprocesses, a->nprocesses + 1, sizeof *a->processes);
		p = &a->processes[a->nprocesses++];
		memset(p, 0, sizeof *p);
		p->ref = xstrdup(ref);
	}
	p->raci[raci] = layers;
	a->has_processes = true;
	/* A process allocated to no layer at all is no longer recorded. */
	unsigned any = 0;
	for (int r = 0; r < RACI_COUNT; r++)
		any |= p->raci[r];
	if (!any) {
		size_t idx = (size_t)(p - a->processes);
		free(p->ref);
		memmove(&a->processes[idx], &a->processes[idx + 1], (a->nprocesses - idx - 1) * sizeof *a->processes);
		a->nprocesses--;
	}
	assess_touch(a);
	return 0;
}
