/* gap_int.h - what the parts of the gap engine share (gap.c computes the
 * statuses, coverage and plan; gap_rules.c checks the assessment rules). */
#ifndef SIAMWIZ_GAP_INT_H
#define SIAMWIZ_GAP_INT_H

#include "gap.h"

/* key: what the finding is about in stable words (an ID, "profile"),
 * for its ID; subject: the same for people, translated. */
void gap_add_finding(gap_report *r, int rule, gap_severity sev, const char *key, const char *subject,
		     const char *reference, const char *fmt, ...) __attribute__((format(__printf__, 7, 8)));
/* Rules 1 to 14, in that order; findings are sorted afterwards. */
void gap_check_rules(gap_report *r);

#endif
