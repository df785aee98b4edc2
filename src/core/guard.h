/* guard.h - keeping a workshop's work safe: autosave files beside the
 * assessment, recovery files in the state directory, and the lock file
 * that tells a second siamwiz who is editing. */
#ifndef SIAMWIZ_GUARD_H
#define SIAMWIZ_GUARD_H

#include <stdbool.h>
#include <sys/types.h>
#include <time.h>

#include "assess.h"

/* "FILE.autosave" (shortened with a hash of the name when that would not
 * fit NAME_MAX); the caller frees. */
char *guard_autosave_path(const char *path);
/* Write the current state to the autosave file (atomically), without
 * touching the assessment's unsaved marker.  The autosave is never more
 * readable than the assessment (0600 while the assessment has no file). */
int guard_autosave(const assessment *a, const char *path, char **err);
/* True when an autosave exists whose content differs from the file (or
 * the file is gone), whatever the times; *when receives its time. */
bool guard_autosave_pending(const char *path, time_t *when);
void guard_autosave_remove(const char *path);
/* Unsaved work when the terminal is gone: beside the file (path may be
 * NULL: work with no file of its own), else a new file in the state
 * directory, else one in the home directory, never more readable than the
 * assessment and created exclusively.  Returns where it went (the caller
 * frees), or NULL with *err after logging the failure in the state
 * directory's "log". */
char *guard_emergency_save(const assessment *a, const char *path, char **err);
/* The recovery files the start screen offers back: recovered-*.siam.xml in
 * the state directory and siamwiz-recovered-*.siam.xml in the home. */
size_t guard_recovery_files(char ***out);
/* A line in the state directory's log (for failures when the terminal is
 * gone). */
void guard_log(const char *fmt, ...) __attribute__((format(__printf__, 1, 2)));
/* The state directory, created if needed; NULL when HOME is unknown. */
char *guard_state_dir(void);

typedef struct guard_lock {
	char user[64], host[128];
	long pid;
	time_t since;
	char boot[40]; /* the holder's boot id ("" when not known) */
} guard_lock;

/* "FILE.lock".  guard_lock_take: 0 taken; 1 held by someone else (who in
 * *holder); -1 error with *err.  A lock left on this host by a process
 * that no longer runs, or by one from before the last reboot (another
 * boot id: the PID may have been reused), is taken over.  A lock that is
 * not a regular file, or that cannot be read, is an error naming it and
 * saying how to remove it. */
char *guard_lock_path(const char *path);
int guard_lock_take(const char *path, guard_lock *holder, char **err);
void guard_lock_release(const char *path);

/* Whether a report may be written to target.  GUARD_TARGET_NEW: nothing is
 * there; GUARD_TARGET_EXISTS: an ordinary file that writing would replace
 * (ask first where one can); GUARD_TARGET_REFUSE, with *why: the open
 * assessment itself (protect, compared by identity, so links and other
 * spellings count), another assessment, or something that is not a
 * regular file. */
typedef enum {
	GUARD_TARGET_NEW,
	GUARD_TARGET_EXISTS,
	GUARD_TARGET_REFUSE
} guard_target;
guard_target guard_report_target(const char *target, const char *protect, char **why);
/* The same for saving an assessment under a new name: the open assessment
 * (protect) and any other assessment are refused; another existing
 * regular file is GUARD_TARGET_EXISTS (ask before replacing it). */
guard_target guard_save_target(const char *target, const char *protect, char **why);

/* A short human summary of what differs between two assessments (for
 * "compare" before recovering); the caller frees. */
char *guard_diff(const assessment *a, const assessment *b);

#endif
