/* assess_names.c - the words of the assessment model (stable, for the
 * file format, reports and the command line), their labels (translated)
 * and the parsers back; as_enum_name lists them for the option tables. */
#include "config.h"

#include <string.h>

#include "assess.h"
#include "i18n.h"

static const char *const result_names[] = {"not-assessed", "missing", "partial", "in-place", "not-applicable"};
static const char *const result_labels[] = {N_("not assessed"), N_("missing"), N_("partial"), N_("in place"),
					    N_("not applicable")};
static const char *const status_names[] = {"todo", "in-progress", "review", "done"};
static const char *const status_labels[] = {N_("to do"), N_("in progress"), N_("in review"), N_("done")};
static const char *const model_names[] = {"internal", "external", "hybrid", "lead-supplier"};
static const char *const model_labels[] = {N_("internal"), N_("external"), N_("hybrid"), N_("lead supplier")};
static const char *const start_names[] = {"existing-sms", "existing-siam", "concurrent"};
static const char *const start_labels[] = {N_("SIAM within an existing SMS"), N_("SMS within an existing SIAM"),
					   N_("SIAM and SMS together")};
static const char *const crit_names[] = {"", "low", "medium", "high"};
static const char *const kind_names[] = {"board", "process-forum", "working-group"};
static const char *const raci_names[] = {"accountable", "responsible", "consulted", "informed"};

#define NAME(arr, i, n) ((i) >= 0 && (size_t)(i) < (n) ? arr[i] : "")
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const char *
as_result_name(as_result r)
{
	return NAME(result_names, (int)r, COUNT(result_names));
}
const char *
as_status_name(as_status s)
{
	return NAME(status_names, (int)s, COUNT(status_names));
}
const char *
as_model_name(as_model m)
{
	return NAME(model_names, (int)m, COUNT(model_names));
}
const char *
as_start_name(as_start s)
{
	return NAME(start_names, (int)s, COUNT(start_names));
}
const char *
as_criticality_name(as_criticality c)
{
	return NAME(crit_names, (int)c, COUNT(crit_names));
}
const char *
as_structkind_name(as_structkind k)
{
	return NAME(kind_names, (int)k, COUNT(kind_names));
}
const char *
as_raci_name(as_raci r)
{
	return NAME(raci_names, (int)r, COUNT(raci_names));
}
const char *
as_result_label(as_result r)
{
	return _(NAME(result_labels, (int)r, COUNT(result_labels)));
}
const char *
as_status_label(as_status s)
{
	return _(NAME(status_labels, (int)s, COUNT(status_labels)));
}
const char *
as_model_label(as_model m)
{
	return m == MODEL_NONE ? _("not chosen") : _(NAME(model_labels, (int)m, COUNT(model_labels)));
}
const char *
as_criticality_label(as_criticality c)
{
	static const char *const l[] = {"", N_("low"), N_("medium"), N_("high")};
	return (int)c > 0 && (size_t)c < COUNT(l) ? _(l[c]) : "";
}
const char *
as_start_label(as_start s)
{
	return s == START_NONE ? _("not chosen") : _(NAME(start_labels, (int)s, COUNT(start_labels)));
}

static int
parse(const char *s, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s && names[i][0] && !strcmp(s, names[i]))
			return (int)i;
	return -1;
}

int
as_parse_result(const char *s)
{
	return parse(s, result_names, COUNT(result_names));
}
int
as_parse_status(const char *s)
{
	return parse(s, status_names, COUNT(status_names));
}
int
as_parse_model(const char *s)
{
	return parse(s, model_names, COUNT(model_names));
}
int
as_parse_start(const char *s)
{
	return parse(s, start_names, COUNT(start_names));
}
int
as_parse_criticality(const char *s)
{
	return parse(s, crit_names, COUNT(crit_names));
}
int
as_parse_structkind(const char *s)
{
	return parse(s, kind_names, COUNT(kind_names));
}
int
as_parse_raci(const char *s)
{
	return parse(s, raci_names, COUNT(raci_names));
}

const char *
as_enum_name(as_enum e, size_t i)
{
	const char *n = NULL;
	switch (e) {
	case AS_ENUM_RESULT:
		n = i < COUNT(result_names) ? result_names[i] : NULL;
		break;
	case AS_ENUM_STATUS:
		n = i < COUNT(status_names) ? status_names[i] : NULL;
		break;
	case AS_ENUM_LAYER:
		n = i < 3 ? kb_layer_name(1u << i) : NULL;
		break;
	case AS_ENUM_MODEL:
		n = i < COUNT(model_names) ? model_names[i] : NULL;
		break;
	case AS_ENUM_START:
		n = i < COUNT(start_names) ? start_names[i] : NULL;
		break;
	/* Index 0 of the criticalities is "none", which nobody types. */
	case AS_ENUM_CRITICALITY:
		n = i + 1 < COUNT(crit_names) ? crit_names[i + 1] : NULL;
		break;
	case AS_ENUM_STRUCTKIND:
		n = i < COUNT(kind_names) ? kind_names[i] : NULL;
		break;
	case AS_ENUM_RACI:
		n = i < COUNT(raci_names) ? raci_names[i] : NULL;
		break;
	case AS_ENUM_VERDICT:
		n = i < VERDICT_COUNT ? as_verdict_name((as_verdict)i) : NULL;
		break;
	case AS_ENUM_DECISION:
		n = i < DECISION_COUNT ? as_decision_name((as_decision)i) : NULL;
		break;
	case AS_ENUM_NONE:
		break;
	}
	return n;
}
