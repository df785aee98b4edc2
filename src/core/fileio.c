/* fileio.c - bounded reads and atomic writes.
 *
 * The write recipe is the classic one (temp file in the same directory,
 * loop on short writes, fsync, close, rename, fsync the directory): after a
 * crash at any point the target is either the old or the new version. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fileio.h"
#include "i18n.h"
#include "util.h"

static void
fill_stamp(file_stamp *s, const struct stat *st)
{
	s->valid = true;
	s->dev = st->st_dev;
	s->ino = st->st_ino;
	s->size = st->st_size;
	s->mtime_ns = (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
}

int
fileio_stat(const char *path, file_stamp *stamp)
{
	struct stat st;
	memset(stamp, 0, sizeof *stamp);
	if (stat(path, &st) != 0)
		return -1;
	fill_stamp(stamp, &st);
	return 0;
}

bool
fileio_stamp_equal(const file_stamp *a, const file_stamp *b)
{
	return a->valid == b->valid && (!a->valid || (a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
						      a->mtime_ns == b->mtime_ns));
}

int
fileio_read(const char *path, size_t max, char **data, size_t *len, file_stamp *stamp, char **err)
{
	int fd = -1, saved;
	char *buf = NULL;
	struct stat st;

	*data = NULL;
	*len = 0;
	/* O_NONBLOCK: opening a FIFO must not hang before fstat rejects it. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		saved = errno;
		*err = xasprintf(_("cannot open: %s"), strerror(saved));
		goto fail;
	}
	if (fstat(fd, &st) != 0) {
		saved = errno;
		*err = xasprintf(_("cannot read: %s"), strerror(saved));
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		saved = EISDIR;
		*err = xstrdup(_("is a directory, not a file"));
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		saved = EINVAL;
		*err = xstrdup(_("not a regular file"));
		goto fail;
	}
	if ((unsigned long long)st.st_size > max) {
		saved = EFBIG;
		*err = xasprintf(_("file is too large (%lld bytes; the limit is %zu)"), (long long)st.st_size, max);
		goto fail;
	}
	size_t cap = (size_t)st.st_size + 1, got = 0;
	buf = xmalloc(cap);
	for (;;) {
		if (got + 1 >= cap) {
			/* The file grew while we read it: allow up to the cap. */
			if (cap > max) {
				saved = EFBIG;
				*err = xasprintf(_("file is too large (the limit is %zu bytes)"), max);
				goto fail;
			}
			cap = cap * 2 > max + 1 ? max + 2 : cap * 2;
			buf = xrealloc(buf, cap);
		}
		ssize_t r = read(fd, buf + got, cap - 1 - got);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			saved = errno;
			*err = xasprintf(_("cannot read: %s"), strerror(saved));
			goto fail;
		}
		if (r == 0)
			break;
		got += (size_t)r;
	}
	if (got > max) {
		saved = EFBIG;
		*err = xasprintf(_("file is too large (the limit is %zu bytes)"), max);
		goto fail;
	}
	buf[got] = '\0';
	if (stamp)
		fill_stamp(stamp, &st);
	close(fd);
	*data = buf;
	*len = got;
	return 0;
fail:
	free(buf);
	if (fd >= 0)
		close(fd);
	errno = saved;
	return -1;
}

static char *
dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* Write all of len bytes to fd; 0, or -1 with *err and errno. */
static int
write_all(int fd, const char *data, size_t len, char **err)
{
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			int e = w < 0 ? errno : ENOSPC;
			*err = xasprintf(_("cannot write: %s"), strerror(e));
			errno = e;
			return -1;
		}
		off += (size_t)w;
	}
	return 0;
}

/* Follow symlinks from path to the file they name (which need not exist).
 * Returns a new string, or NULL with errno ELOOP. */
static char *
resolve_links(const char *path)
{
	char *p = xstrdup(path);
	for (int hops = 0; hops < 40; hops++) {
		struct stat st;
		if (lstat(p, &st) != 0 || !S_ISLNK(st.st_mode))
			return p;
		char target[PATH_MAX];
		ssize_t n = readlink(p, target, sizeof target - 1);
		if (n < 0)
			return p;
		target[n] = '\0';
		char *next;
		if (target[0] == '/') {
			next = xstrdup(target);
		} else {
			char *dir = dir_of(p);
			next = xasprintf("%s/%s", dir, target);
			free(dir);
		}
		free(p);
		p = next;
	}
	free(p);
	errno = ELOOP;
	return NULL;
}

static int
probe(const char *path, bool follow, fileio_target *t, char **err)
{
	memset(t, 0, sizeof *t);
	t->real = follow ? resolve_links(path) : xstrdup(path);
	if (!t->real) {
		*err = xasprintf(_("too many levels of symbolic links"));
		return -1;
	}
	struct stat st;
	if ((follow ? stat(t->real, &st) : lstat(t->real, &st)) != 0)
		return 0;
	if (!follow && S_ISLNK(st.st_mode))
		return 0; /* the link itself is replaced */
	if (!S_ISREG(st.st_mode)) {
		*err = xstrdup(_("the target exists and is not a regular file"));
		fileio_target_free(t);
		return -1;
	}
	t->exists = true;
	t->links = (unsigned long)st.st_nlink;
	t->read_only = (st.st_mode & 0222) == 0 || (access(t->real, W_OK) != 0 && errno != ENOENT);
	t->other_owner = st.st_uid != geteuid() && geteuid() != 0;
	return 0;
}

int
fileio_probe(const char *path, fileio_target *t, char **err)
{
	return probe(path, true, t, err);
}

void
fileio_target_free(fileio_target *t)
{
	free(t->real);
	t->real = NULL;
}

int
fileio_write_atomic(const char *path, const char *data, size_t len, char **err)
{
	return fileio_replace(path, data, len, FILEIO_KEEP_MODE, 0, err);
}

int
fileio_write_atomic_mode(const char *path, const char *data, size_t len, mode_t want, char **err)
{
	return fileio_replace(path, data, len, want, 0, err);
}

/* The permissions of the new file: those the user gave the old one (st),
 * or what the umask allows a new file, unless the caller asks for want. */
static mode_t
new_mode(const struct stat *st, mode_t want)
{
	if (want != FILEIO_KEEP_MODE)
		return want;
	if (st)
		return st->st_mode & 07777;
	mode_t um = umask(0);
	umask(um);
	return 0666 & ~um;
}

/* Write the temporary file, give it the old file's owner, group (st) and
 * mode, and put it on disk; fd is closed in every case.  0, or errno. */
static int
fill_temp(int fd, const char *data, size_t len, const struct stat *st, mode_t mode, char **err)
{
	int saved;
	if (write_all(fd, data, len, err) != 0) {
		saved = errno;
		close(fd);
		return saved ? saved : EIO;
	}
	/* Keep owner and group where the system lets us; a group we cannot
	 * keep loses its permissions instead of passing them to ours. */
	struct stat mine;
	if (st && fstat(fd, &mine) == 0 && (mine.st_uid != st->st_uid || mine.st_gid != st->st_gid) &&
	    fchown(fd, st->st_uid, st->st_gid) != 0 && fchown(fd, (uid_t)-1, st->st_gid) != 0 &&
	    mine.st_gid != st->st_gid)
		mode &= ~(mode_t)070;
	if (fchmod(fd, mode) != 0) {
		saved = errno;
		*err = xasprintf(_("cannot set permissions: %s"), strerror(saved));
		close(fd);
		return saved;
	}
	if (fsync(fd) != 0) {
		saved = errno;
		*err = xasprintf(_("cannot flush to disk: %s"), strerror(saved));
		close(fd);
		return saved;
	}
	if (close(fd) != 0) {
		saved = errno;
		*err = xasprintf(_("cannot close: %s"), strerror(saved));
		return saved;
	}
	return 0;
}

/* The rename is durable only once the directory entry is on disk.  A
 * failure here is reported, but the new content is already in place.
 * 0, or errno. */
static int
sync_dir(const char *dir, char **err)
{
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0)
		return 0;
	int saved = 0;
	if (fsync(dfd) != 0 && errno != EINVAL && errno != EROFS) {
		saved = errno;
		*err = xasprintf(_("saved, but the directory could not be flushed to disk: %s"), strerror(saved));
	}
	close(dfd);
	return saved;
}

int
fileio_replace(const char *path, const char *data, size_t len, mode_t want, unsigned flags, char **err)
{
	fileio_target t;
	if (probe(path, !(flags & FILEIO_NOFOLLOW), &t, err) != 0) {
		errno = EINVAL;
		return -1;
	}
	if (!(flags & FILEIO_FORCE) && t.exists && (t.read_only || t.other_owner)) {
		*err = xstrdup(t.read_only ? _("the file is read-only")
					   : _("the file belongs to another user, and saving would make it yours"));
		fileio_target_free(&t);
		errno = EACCES;
		return -1;
	}
	path = t.real;
	char *dir = dir_of(path);
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	/* The temporary name must fit NAME_MAX even when the target's name
	 * nearly fills it. */
	char *tmp = strlen(base) + 8 <= NAME_MAX ? xasprintf("%s/.%s.XXXXXX", dir, base)
						 : xasprintf("%s/.siamwiz.XXXXXX", dir);
	int fd = -1, rc = -1, saved = 0;
	struct stat st;
	bool had = t.exists && stat(path, &st) == 0;

	mode_t mode = new_mode(had ? &st : NULL, want);

	fd = mkstemp(tmp);
	if (fd < 0) {
		saved = errno;
		*err = xasprintf(_("cannot create a temporary file in %s: %s"), dir, strerror(saved));
		free(tmp);
		tmp = NULL;
		goto out;
	}
	saved = fill_temp(fd, data, len, had ? &st : NULL, mode, err);
	fd = -1;
	if (saved)
		goto out;
	if (rename(tmp, path) != 0) {
		saved = errno;
		*err = xasprintf(_("cannot replace the file: %s"), strerror(saved));
		goto out;
	}
	free(tmp);
	tmp = NULL;
	saved = sync_dir(dir, err);
	if (saved)
		goto out;
	rc = 0;
out:
	if (fd >= 0)
		close(fd);
	if (tmp) {
		unlink(tmp);
		free(tmp);
	}
	free(dir);
	fileio_target_free(&t);
	if (rc != 0)
		errno = saved;
	return rc;
}

int
fileio_write_new(const char *path, const char *data, size_t len, mode_t mode, char **err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
	if (fd < 0) {
		int e = errno;
		*err = xasprintf(_("cannot create %s: %s"), path, strerror(e));
		errno = e;
		return -1;
	}
	int e = 0;
	if (write_all(fd, data, len, err) != 0)
		e = errno;
	else if (fchmod(fd, mode) != 0 || fsync(fd) != 0)
		*err = xasprintf(_("cannot flush to disk: %s"), strerror(e = errno));
	if (close(fd) != 0 && !e)
		*err = xasprintf(_("cannot close: %s"), strerror(e = errno));
	if (e) {
		unlink(path);
		errno = e;
		return -1;
	}
	return 0;
}
