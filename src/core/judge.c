/* judge.c - the assessor's judgement of a clause: a verdict (conforming,
 * opportunity for improvement, minor or major nonconformity) with its
 * statement, kept beside the status the gap engine computes.  IDs such as
 * NC-001 are given once and kept, so that a report and its follow-up name
 * the same finding. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assess.h"
#include "i18n.h"

static const char *const verdict_names[] = {"conforming", "ofi", "minor-nc", "major-nc"};
static const char *const verdict_labels[] = {N_("conforming"), N_("opportunity for improvement"),
					     N_("minor nonconformity"), N_("major nonconformity")};

const char *
as_verdict_name(as_verdict v)
{
	return (unsigned)v < VERDICT_COUNT ? verdict_names[v] : "";
}

const char *
as_verdict_label(as_verdict v)
{
	return (unsigned)v < VERDICT_COUNT ? _(verdict_labels[v]) : "";
}

bool
as_verdict_is_nc(as_verdict v)
{
	return v == VERDICT_MINOR_NC || v == VERDICT_MAJOR_NC;
}

int
as_parse_verdict(const char *s)
{
	for (int i = 0; s && i < VERDICT_COUNT; i++)
		if (!strcmp(s, verdict_names[i]))
			return i;
	return -1;
}

/* The ID prefix of a verdict's kind; NULL for conforming. */
static const char *
prefix(as_verdict v)
{
	return as_verdict_is_nc(v) ? "NC" : v == VERDICT_OFI ? "OFI" : NULL;
}

/* The format numbers findings with three to six digits. */
#define JUDGE_MAX_NUMBER 999999UL

/* The next ID of a verdict's kind ("" for conforming), never one given
 * before.  -1 with *err when the numbers are used up; nothing changes. */
static int
next_id(assessment *a, as_verdict v, char id[16], char **err)
{
	const char *p = prefix(v);
	id[0] = '\0';
	if (!p)
		return 0;
	unsigned long *last = as_verdict_is_nc(v) ? &a->last_nc : &a->last_ofi, max = *last;
	size_t pl = strlen(p);
	for (size_t i = 0; i < a->njudgements; i++) {
		const char *x = a->judgements[i].id;
		if (!strncmp(x, p, pl) && x[pl] == '-') {
			unsigned long n = strtoul(x + pl + 1, NULL, 10);
			if (n > max)
				max = n;
		}
	}
	if (max >= JUDGE_MAX_NUMBER) {
		*err = xasprintf(_("this assessment has used every %s number up to %s-%lu; no new one can be given"), p,
				 p, JUDGE_MAX_NUMBER);
		return -1;
	}
	*last = max + 1;
	snprintf(id, 16, "%s-%03lu", p, *last);
	return 0;
}

const as_judgement *
assess_judgement_find(const assessment *a, const char *clause)
{
	for (size_t i = 0; i < a->njudgements; i++)
		if (!strcmp(a->judgements[i].clause, clause))
			return &a->judgements[i];
	return NULL;
}

void
assess_judgement_free(as_judgement *j)
{
	free(j->clause);
	free(j->assessor);
	free(j->requirement);
	free(j->evidence);
	free(j->statement);
	memset(j, 0, sizeof *j);
}

static char *
dup_nonempty(const char *s)
{
	return s && *s ? xstrdup(s) : NULL;
}

int
assess_judge(assessment *a, const char *clause, as_verdict v, const char *statement, const char *requirement,
	     const char *evidence, const char *date, const char *assessor, char **err)
{
	if ((unsigned)v >= VERDICT_COUNT) {
		*err = xstrdup(_("unknown verdict"));
		return -1;
	}
	if (!a->kb || !kb_clause_by_id(a->kb, clause)) {
		*err = xasprintf(_("\"%s\" is not a clause of the knowledge base in use"), clause);
		return -1;
	}
	if (v != VERDICT_CONFORMING && !util_has_text(statement)) {
		*err = xasprintf(_("a verdict of \"%s\" needs a statement of the finding"), as_verdict_label(v));
		return -1;
	}
	const char *texts[] = {statement, requirement, evidence, assessor};
	for (size_t i = 0; i < 4; i++)
		if (texts[i] && assess_check_text(texts[i], err) != 0)
			return -1;
	if (assess_check_date(date, err) != 0)
		return -1;
	char day[11];
	if (date && *date)
		snprintf(day, sizeof day, "%s", date);
	else
		util_today(day);
	as_judgement *j = (as_judgement *)assess_judgement_find(a, clause);
	const char *p = prefix(v), *old = j ? prefix(j->verdict) : NULL;
	bool keep = j && j->id[0] && p && old && !strcmp(p, old);
	char id[16];
	if (!keep && next_id(a, v, id, err) != 0)
		return -1;
	if (!j) {
		a->judgements = xgrow(a->judgements, &a->capjudgements, a->njudgements + 1, sizeof *a->judgements);
		j = &a->judgements[a->njudgements++];
		memset(j, 0, sizeof *j);
		j->clause = xstrdup(clause);
	}
	if (!keep)
		memcpy(j->id, id, sizeof id);
	j->verdict = v;
	memcpy(j->date, day, sizeof j->date);
	char *s = dup_nonempty(statement), *r = dup_nonempty(requirement), *e = dup_nonempty(evidence);
	char *as = dup_nonempty(assessor ? assessor : a->assessor);
	free(j->statement);
	free(j->requirement);
	free(j->evidence);
	free(j->assessor);
	j->statement = s;
	j->requirement = r;
	j->evidence = e;
	j->assessor = as;
	assess_touch(a);
	return 0;
}

int
assess_unjudge(assessment *a, const char *clause, char **err)
{
	for (size_t i = 0; i < a->njudgements; i++) {
		if (strcmp(a->judgements[i].clause, clause) != 0)
			continue;
		assess_judgement_free(&a->judgements[i]);
		memmove(&a->judgements[i], &a->judgements[i + 1], (a->njudgements - i - 1) * sizeof *a->judgements);
		a->njudgements--;
		assess_touch(a);
		return 0;
	}
	*err = xasprintf(_("clause %s has no recorded judgement"), clause);
	return -1;
}

void
assess_check_judgements(const assessment *a, diag_list *d)
{
	for (size_t i = 0; i < a->njudgements; i++) {
		const as_judgement *j = &a->judgements[i];
		if (a->kb && !kb_clause_by_id(a->kb, j->clause))
			diag_add(d, DIAG_WARNING, j->line,
				 _("the judgement of clause %s names a clause the knowledge base in use does not "
				   "have; it is kept"),
				 j->clause);
		if (j->verdict != VERDICT_CONFORMING && !util_has_text(j->statement))
			diag_add(d, DIAG_ERROR, j->line, _("the judgement of clause %s (%s) has no statement"),
				 j->clause, as_verdict_label(j->verdict));
		for (size_t k = 0; k < i; k++) {
			if (!strcmp(a->judgements[k].clause, j->clause))
				diag_add(d, DIAG_ERROR, j->line, _("clause %s is judged twice"), j->clause);
			else if (j->id[0] && !strcmp(a->judgements[k].id, j->id))
				diag_add(d, DIAG_ERROR, j->line, _("judgement ID %s is used twice"), j->id);
		}
	}
}
