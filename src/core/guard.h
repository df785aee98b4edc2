/* guard.h - keeping a workshop's work safe: autosave files beside the
 * assessment, recovery files in the state directory, and the lock file
 * that tells a second siamwiz who is editing. */
#ifndef SIAMWIZ_GUARD_H
#define SIAMWIZ_GUARD_H

#include <stdbool.h>
#include <sys/types.h>
#include <time.h>

#include "assess.h"

/* "FILE.autosave"; the caller frees. */
char *guard_autosave_path(const char *path);
/* Write the current state to the autosave file (atomically), without
 * touching the assessment's unsaved marker. */
int guard_autosave(const assessment *a, const char *path, char **err);
/* True when an autosave exists that is newer than the file (or the file is
 * gone); *when receives its time. */
bool guard_autosave_pending(const char *path, time_t *when);
void guard_autosave_remove(const char *path);
/* Where work with no file of its own (the demo, a new assessment) goes
 * when the terminal disappears: a new file in the state directory. */
char *guard_recovery_path(void);
/* The state directory, created if needed; NULL when HOME is unknown. */
char *guard_state_dir(void);

typedef struct guard_lock {
	char user[64], host[128];
	long pid;
	time_t since;
} guard_lock;

/* "FILE.lock".  guard_lock_take: 0 taken; 1 held by someone else (who in
 * *holder); -1 error with *err.  A lock left by a process that no longer
 * runs on this host is taken over. */
char *guard_lock_path(const char *path);
int guard_lock_take(const char *path, guard_lock *holder, char **err);
void guard_lock_release(const char *path);

/* A short human summary of what differs between two assessments (for
 * "compare" before recovering); the caller frees. */
char *guard_diff(const assessment *a, const assessment *b);

#endif
