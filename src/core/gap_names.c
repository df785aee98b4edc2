/* gap_names.c - the words of the gap engine (stable, for files, JSON and
 * CSV) and their labels (translated, for people). */
#include "config.h"

#include "gap.h"
#include "i18n.h"

static const char *const status_names[] = {"covered", "partial", "gap", "unassessed"};
static const char *const status_labels[] = {N_("covered"), N_("partial"), N_("gap"), N_("not assessed")};
static const char *const doc_names[] = {"present", "partial", "missing", "unassessed"};
static const char *const doc_labels[] = {N_("present"), N_("partial"), N_("missing"), N_("not assessed")};
static const char *const sev_names[] = {"error", "warning", "info"};
static const char *const sev_labels[] = {N_("error"), N_("warning"), N_("info")};
static const char *const prio_labels[] = {"", N_("high"), N_("medium"), N_("low")};
static const char *const conf_names[] = {"high", "medium", "low"};
static const char *const conf_labels[] = {N_("high"), N_("medium"), N_("low")};
static const char *const act_names[] = {"restore", "implement", "complete", "evidence"};
static const char *const act_labels[] = {N_("restore or replace"), N_("implement"), N_("complete"),
					 N_("record evidence")};

const char *
gap_status_name(gap_status s)
{
	return status_names[s];
}
const char *
gap_status_label(gap_status s)
{
	return _(status_labels[s]);
}
const char *
doc_status_name(doc_status s)
{
	return doc_names[s];
}
const char *
doc_status_label(doc_status s)
{
	return _(doc_labels[s]);
}
const char *
gap_severity_name(gap_severity s)
{
	return sev_names[s];
}
const char *
gap_severity_label(gap_severity s)
{
	return _(sev_labels[s]);
}
const char *
gap_priority_label(gap_priority p)
{
	return _(prio_labels[p]);
}
const char *
gap_confidence_name(gap_confidence c)
{
	return conf_names[c];
}
const char *
gap_confidence_label(gap_confidence c)
{
	return _(conf_labels[c]);
}
const char *
gap_action_name(gap_action_kind k)
{
	return act_names[k];
}
const char *
gap_action_label(gap_action_kind k)
{
	return _(act_labels[k]);
}
