/* fileio.h - bounded reads of regular files and crash-safe atomic writes. */
#ifndef SIAMWIZ_FILEIO_H
#define SIAMWIZ_FILEIO_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* Identity of a file on disk, to notice changes made behind our back. */
typedef struct file_stamp {
	bool valid;
	dev_t dev;
	ino_t ino;
	off_t size;
	long long mtime_ns;
} file_stamp;

/* Read a regular file of at most max bytes into a NUL-terminated buffer.
 * Returns 0 on success; otherwise -1 with *err set to a message (freed by
 * the caller) and errno preserved.  stamp may be NULL. */
int fileio_read(const char *path, size_t max, char **data, size_t *len, file_stamp *stamp, char **err);

/* What replacing path would do to it.  Symlinks are followed: real is the
 * file that would be written (the caller frees it with fileio_target_free). */
typedef struct fileio_target {
	char *real;
	bool exists;
	bool read_only; /* no write permission bit, or not writable by us */
	bool other_owner; /* owned by someone else, who would lose it */
	unsigned long links; /* hard links: beyond 1, the others keep the old bytes */
} fileio_target;
/* 0, or -1 with *err (a symlink loop, a target that is not a regular
 * file). */
int fileio_probe(const char *path, fileio_target *t, char **err);
void fileio_target_free(fileio_target *t);

/* Replace path with the given bytes atomically: write a temporary file in
 * the same directory, fsync it, rename it over path, fsync the directory.
 * A symlink is written through: its target is replaced, in the target's
 * folder, and the link stays.  The replaced file's mode, group and (where
 * the system permits) owner are kept; when the group cannot be kept, the
 * group's permissions are dropped rather than given to another group.
 * A read-only file, or one owned by another user, is refused (EACCES)
 * unless FILEIO_FORCE is given.  On failure the original file is
 * untouched, the temporary file is gone and *err says what went wrong. */
int fileio_write_atomic(const char *path, const char *data, size_t len, char **err);
/* The same, giving the file exactly this mode (FILEIO_KEEP_MODE: the
 * target's, or the umask's for a new file) and taking flags. */
#define FILEIO_KEEP_MODE ((mode_t)-1)
#define FILEIO_FORCE 1u /* replace a read-only file or another user's */
#define FILEIO_NOFOLLOW \
	2u /* replace a symlink itself (our own files in the
				 * user's folder: never written through a planted link) */
int fileio_write_atomic_mode(const char *path, const char *data, size_t len, mode_t mode, char **err);
int fileio_replace(const char *path, const char *data, size_t len, mode_t mode, unsigned flags, char **err);
/* Create path, which must not exist (O_EXCL, no symlink followed), with
 * this mode, and write the bytes durably; on failure nothing is left. */
int fileio_write_new(const char *path, const char *data, size_t len, mode_t mode, char **err);

int fileio_stat(const char *path, file_stamp *stamp);
bool fileio_stamp_equal(const file_stamp *a, const file_stamp *b);

#endif
