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
int fileio_read(const char *path, size_t max, char **data, size_t *len,
		file_stamp *stamp, char **err);

/* Replace path with the given bytes atomically: write a temporary file in
 * the same directory, fsync it, rename it over path, fsync the directory.
 * On failure the original file is untouched, the temporary file is gone
 * and *err says what went wrong. */
int fileio_write_atomic(const char *path, const char *data, size_t len, char **err);
/* The same, giving the file exactly this mode (FILEIO_KEEP_MODE: the
 * target's, or the umask's for a new file). */
#define FILEIO_KEEP_MODE ((mode_t)-1)
int fileio_write_atomic_mode(const char *path, const char *data, size_t len, mode_t mode, char **err);
/* Create path, which must not exist (O_EXCL, no symlink followed), with
 * this mode, and write the bytes durably; on failure nothing is left. */
int fileio_write_new(const char *path, const char *data, size_t len, mode_t mode, char **err);

int fileio_stat(const char *path, file_stamp *stamp);
bool fileio_stamp_equal(const file_stamp *a, const file_stamp *b);

#endif
