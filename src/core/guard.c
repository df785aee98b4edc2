/* guard.c - autosave, recovery files and locks.  See guard.h. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fileio.h"
#include "guard.h"
#include "i18n.h"
#include "recent.h"
#include "store.h"

char *
guard_autosave_path(const char *path)
{
	static const char suffix[] = ".autosave";
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t bl = strlen(base), dl = (size_t)(base - path);
	if (bl + sizeof suffix - 1 <= NAME_MAX)
		return xasprintf("%s%s", path, suffix);
	/* Too long to take a suffix: keep the start of the name (cut on a
	 * character boundary) and tell names apart by a hash of the whole. */
	unsigned long h = 5381;
	for (const unsigned char *p = (const unsigned char *)base; *p; p++)
		h = (h * 33) ^ *p;
	size_t keep = NAME_MAX - (sizeof suffix - 1) - 9;
	while (keep && ((unsigned char)base[keep] & 0xC0) == 0x80)
		keep--;
	return xasprintf("%.*s%.*s~%08lx%s", (int)dl, path, (int)keep, base, h & 0xffffffffUL, suffix);
}

/* The permissions of a copy of the assessment: never more readable than
 * the assessment itself; private when it has none yet. */
static mode_t
copy_mode(const char *path)
{
	struct stat st;
	if (path && stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return st.st_mode & 0666;
	return 0600;
}

int
guard_autosave(const assessment *a, const char *path, char **err)
{
	size_t len;
	char *data = store_serialize(a, &len);
	if (!data) {
		*err = xstrdup(_("internal error: the assessment could not be serialized"));
		return -1;
	}
	char *as = guard_autosave_path(path);
	int rc = fileio_replace(as, data, len, copy_mode(path), FILEIO_FORCE | FILEIO_NOFOLLOW, err);
	free(as);
	free(data);
	return rc;
}

bool
guard_autosave_pending(const char *path, time_t *when)
{
	/* Content, not times: a file changed after the autosave (by a command,
	 * by another tool) must not hide the work kept beside it. */
	char *as = guard_autosave_path(path), *mine = NULL, *theirs = NULL, *err = NULL;
	size_t ml = 0, tl = 0;
	struct stat sa;
	bool pending = false;
	if (stat(as, &sa) == 0 && S_ISREG(sa.st_mode)) {
		if (when)
			*when = sa.st_mtime;
		if (fileio_read(as, STORE_MAX_FILE, &mine, &ml, NULL, &err) != 0) {
			pending = true; /* there but unreadable: let the user see it */
		} else {
			free(err);
			err = NULL;
			pending = fileio_read(path, STORE_MAX_FILE, &theirs, &tl, NULL, &err) != 0 || ml != tl ||
				  memcmp(mine, theirs, ml) != 0;
		}
	}
	free(err);
	free(mine);
	free(theirs);
	free(as);
	return pending;
}

void
guard_autosave_remove(const char *path)
{
	char *as = guard_autosave_path(path);
	unlink(as);
	free(as);
}

char *
guard_state_dir(void)
{
	char *f = recent_file(); /* .../siamwiz/recent */
	if (!f)
		return NULL;
	*strrchr(f, '/') = '\0';
	/* Create it and its parents, private to the user. */
	for (char *s = f + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		mkdir(f, 0700);
		*s = '/';
	}
	if (mkdir(f, 0700) != 0 && errno != EEXIST) {
		free(f);
		return NULL;
	}
	return f;
}

/* The user's home directory, from HOME or the password database. */
static char *
home_dir(void)
{
	const char *h = getenv("HOME");
	if (h && h[0] == '/')
		return xstrdup(h);
	struct passwd *pw = getpwuid(getuid());
	return pw && pw->pw_dir && pw->pw_dir[0] == '/' ? xstrdup(pw->pw_dir) : NULL;
}

/* A new recovery file in dir named PREFIX-STAMP-PID[-N].siam.xml, created
 * exclusively: an existing file is never replaced or followed. */
static char *
write_recovery(const char *dir, const char *prefix, const char *data, size_t len, mode_t mode, char **err)
{
	char stamp[32];
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	for (int n = 1; n <= 20; n++) {
		char *p = n == 1 ? xasprintf("%s/%s-%s-%ld.siam.xml", dir, prefix, stamp, (long)getpid())
				 : xasprintf("%s/%s-%s-%ld-%d.siam.xml", dir, prefix, stamp, (long)getpid(), n);
		free(*err);
		*err = NULL;
		if (fileio_write_new(p, data, len, mode, err) == 0)
			return p;
		free(p);
		if (errno != EEXIST)
			break;
	}
	return NULL;
}

void
guard_log(const char *fmt, ...)
{
	char *dir = guard_state_dir();
	if (!dir)
		return;
	char *file = xasprintf("%s/log", dir);
	int fd = open(file, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd >= 0) {
		char stamp[32];
		time_t t = time(NULL);
		struct tm tm;
		localtime_r(&t, &tm);
		strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S%z", &tm);
		va_list ap;
		va_start(ap, fmt);
		char *m = xvasprintf(fmt, ap);
		va_end(ap);
		char *line = xasprintf("%s siamwiz[%ld]: %s\n", stamp, (long)getpid(), m);
		ssize_t w = write(fd, line, strlen(line));
		(void)w; /* nothing more can be done if the log cannot be written */
		free(line);
		free(m);
		close(fd);
	}
	free(file);
	free(dir);
}

char *
guard_emergency_save(const assessment *a, const char *path, char **err)
{
	size_t len;
	char *data = store_serialize(a, &len), *where = NULL, *e = NULL;
	strbuf why;
	sb_init(&why);
	if (!data) {
		*err = xstrdup(_("internal error: the assessment could not be serialized"));
		return NULL;
	}
	mode_t mode = copy_mode(path) & 0600;
	/* 1. Beside the file, where the next open of the file offers it. */
	if (path) {
		if (guard_autosave(a, path, &e) == 0)
			where = guard_autosave_path(path);
		else
			sb_addf(&why, "%s; ", e);
		free(e);
		e = NULL;
	}
	/* 2. The state directory; 3. the home directory.  The start screen
	 * offers both. */
	char *dir = where ? NULL : guard_state_dir();
	if (dir) {
		where = write_recovery(dir, "recovered", data, len, mode, &e);
		if (!where)
			sb_addf(&why, "%s; ", e ? e : dir);
		free(e);
		e = NULL;
	} else if (!where) {
		sb_add(&why, _("no state directory; "));
	}
	free(dir);
	char *home = where ? NULL : home_dir();
	if (home) {
		where = write_recovery(home, "siamwiz-recovered", data, len, mode, &e);
		if (!where)
			sb_addf(&why, "%s; ", e ? e : home);
		free(e);
		e = NULL;
	}
	free(home);
	free(data);
	if (!where) {
		if (why.len >= 2)
			why.s[why.len -= 2] = '\0';
		*err = sb_steal(&why);
		guard_log(_("unsaved work could not be written anywhere: %s"), *err);
		return NULL;
	}
	sb_free(&why);
	return where;
}

size_t
guard_recovery_files(char ***out)
{
	char **v = NULL;
	size_t k = 0, cap = 0;
	char *dirs[2] = {guard_state_dir(), home_dir()};
	const char *prefix[2] = {"recovered-", "siamwiz-recovered-"};
	for (int i = 0; i < 2; i++) {
		DIR *d = dirs[i] ? opendir(dirs[i]) : NULL;
		struct dirent *e;
		size_t pl = strlen(prefix[i]);
		while (d && (e = readdir(d))) {
			size_t l = strlen(e->d_name);
			if (strncmp(e->d_name, prefix[i], pl) != 0 || l < 9 || strcmp(e->d_name + l - 9, ".siam.xml"))
				continue;
			v = xgrow(v, &cap, k + 1, sizeof *v);
			v[k++] = xasprintf("%s/%s", dirs[i], e->d_name);
		}
		if (d)
			closedir(d);
		free(dirs[i]);
	}
	*out = v;
	return k;
}

/* Does the file hold an assessment (its namespace near the start)? */
static bool
looks_like_assessment(const char *path)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return false;
	char buf[1024];
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return false;
	buf[n] = '\0';
	return strstr(buf, STORE_NS) != NULL;
}

/* Whether a write may go to target: what a report and a save as share.
 * A dangling symlink counts as new (the write creates what it names). */
static guard_target
write_target(const char *target, const char *protect, bool report, char **why)
{
	struct stat st, sp;
	if (stat(target, &st) != 0) {
		if (errno == ENOENT)
			return GUARD_TARGET_NEW;
		*why = xasprintf(_("%s cannot be used: %s"), target, strerror(errno));
		return GUARD_TARGET_REFUSE;
	}
	if (!S_ISREG(st.st_mode)) {
		*why = xasprintf(_("%s exists and is not a regular file"), target);
		return GUARD_TARGET_REFUSE;
	}
	if (protect && stat(protect, &sp) == 0 && sp.st_dev == st.st_dev && sp.st_ino == st.st_ino) {
		*why = report ? xasprintf(_("%s is the assessment itself; a report never replaces it"), target)
			      : xasprintf(_("%s is the assessment that is open"), target);
		return GUARD_TARGET_REFUSE;
	}
	/* A report also keeps off the assessment's own file name. */
	size_t l = strlen(target);
	bool named = report && l >= 9 && !strcmp(target + l - 9, ".siam.xml");
	if (named || looks_like_assessment(target)) {
		*why = report ? xasprintf(_("%s is an assessment; a report never replaces one"), target)
			      : xasprintf(_("%s is another assessment; save under a new name, or remove that "
					    "file first if it is really to go"),
					  target);
		return GUARD_TARGET_REFUSE;
	}
	return GUARD_TARGET_EXISTS;
}

guard_target
guard_report_target(const char *target, const char *protect, char **why)
{
	return write_target(target, protect, true, why);
}

guard_target
guard_save_target(const char *target, const char *protect, char **why)
{
	return write_target(target, protect, false, why);
}

char *
guard_lock_path(const char *path)
{
	return xasprintf("%s.lock", path);
}

/* This boot's identity, so that a PID from before a reboot is not taken
 * for a live process. */
static void
boot_id(char *out, size_t n)
{
	out[0] = '\0';
	FILE *f = fopen("/proc/sys/kernel/random/boot_id", "re");
	if (!f)
		return;
	if (fgets(out, (int)n, f))
		out[strcspn(out, " \n")] = '\0';
	else
		out[0] = '\0';
	fclose(f);
}

static void
me(guard_lock *l)
{
	memset(l, 0, sizeof *l);
	struct passwd *pw = getpwuid(getuid());
	snprintf(l->user, sizeof l->user, "%s", pw ? pw->pw_name : "?");
	if (gethostname(l->host, sizeof l->host - 1) != 0)
		strcpy(l->host, "?");
	l->pid = (long)getpid();
	l->since = time(NULL);
	boot_id(l->boot, sizeof l->boot);
}

static int
read_lock(const char *lp, guard_lock *l)
{
	char *data = NULL, *err = NULL;
	size_t len;
	memset(l, 0, sizeof *l);
	if (fileio_read(lp, 4096, &data, &len, NULL, &err) != 0) {
		free(err);
		return -1;
	}
	long long since = 0;
	int n = sscanf(data, "%63s %127s %ld %lld %39s", l->user, l->host, &l->pid, &since, l->boot);
	l->since = (time_t)since;
	free(data);
	if (n == 4)
		l->boot[0] = '\0'; /* written before boot ids were kept */
	return n >= 4 ? 0 : -1;
}

/* A lock that cannot be what we write (a symlink, a directory, a file
 * we cannot read): say where it is and how to clear it.  -1 with *err,
 * or 0 when it is an ordinary lock file. */
static int
odd_lock(const char *path, const char *lp, char **err)
{
	struct stat st;
	if (lstat(lp, &st) != 0)
		return 0; /* gone meanwhile: the caller tries again */
	if (!S_ISREG(st.st_mode)) {
		*err = xasprintf(_("the lock file %s is not a regular file, so siamwiz cannot tell who is editing "
				   "%s; if nobody is, remove it (rm %s) and try again"),
				 lp, path, lp);
		return -1;
	}
	if (access(lp, R_OK) != 0) {
		struct passwd *pw = getpwuid(st.st_uid);
		*err = xasprintf(_("the lock file %s cannot be read (it belongs to %s), so siamwiz cannot tell "
				   "who is editing %s; if nobody is, have it removed (rm %s) and try again"),
				 lp, pw ? pw->pw_name : "?", path, lp);
		return -1;
	}
	return 0;
}

int
guard_lock_take(const char *path, guard_lock *holder, char **err)
{
	char *lp = guard_lock_path(path);
	guard_lock mine;
	me(&mine);
	int rc = -1;
	for (int attempt = 0; attempt < 3; attempt++) {
		int fd = open(lp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
		if (fd >= 0) {
			char buf[360];
			int n = snprintf(buf, sizeof buf, "%s %s %ld %lld %s\n", mine.user, mine.host, mine.pid,
					 (long long)mine.since, mine.boot[0] ? mine.boot : "-");
			ssize_t w = write(fd, buf, (size_t)n);
			int e = w < 0 ? errno : w != n ? ENOSPC : 0;
			if (close(fd) != 0 && !e)
				e = errno;
			if (e) {
				unlink(lp);
				*err = xasprintf(_("cannot write the lock file %s: %s"), lp, strerror(e));
				break;
			}
			rc = 0;
			break;
		}
		if (errno != EEXIST) {
			*err = xasprintf(_("cannot create the lock file %s: %s"), lp, strerror(errno));
			break;
		}
		if (odd_lock(path, lp, err) != 0)
			break;
		guard_lock other;
		if (read_lock(lp, &other) != 0) {
			/* Half-written (being created this instant) or gone: held,
			 * unless it is gone by the next try. */
			if (access(lp, F_OK) != 0 && attempt < 2)
				continue;
			memset(holder, 0, sizeof *holder);
			strcpy(holder->user, "?");
			strcpy(holder->host, "?");
			rc = 1;
			break;
		}
		/* Ours from an earlier run, a process that is gone, or one from
		 * an earlier boot of this host: stale. */
		bool same_host = !strcmp(other.host, mine.host);
		bool other_boot =
			other.boot[0] && strcmp(other.boot, "-") && mine.boot[0] && strcmp(other.boot, mine.boot);
		bool gone = same_host && other.pid > 0 &&
			    (other_boot || (kill((pid_t)other.pid, 0) != 0 && errno == ESRCH));
		if (same_host && (other.pid == mine.pid || gone) && attempt < 2) {
			unlink(lp);
			continue;
		}
		*holder = other;
		rc = 1;
		break;
	}
	free(lp);
	return rc;
}

void
guard_lock_release(const char *path)
{
	char *lp = guard_lock_path(path);
	guard_lock l, mine;
	me(&mine);
	if (read_lock(lp, &l) == 0 && l.pid == mine.pid && !strcmp(l.host, mine.host))
		unlink(lp);
	free(lp);
}

static bool
same(const char *x, const char *y)
{
	return !strcmp(x ? x : "", y ? y : "");
}

char *
guard_diff(const assessment *a, const assessment *b)
{
	strbuf s;
	sb_init(&s);
	size_t shown = 0, more = 0;
#define LINE(...)                                 \
	do {                                      \
		if (shown < 40) {                 \
			sb_addf(&s, __VA_ARGS__); \
			sb_addc(&s, '\n');        \
			shown++;                  \
		} else                            \
			more++;                   \
	} while (0)
	if (!same(a->organization, b->organization))
		LINE(_("organization: \"%s\" -> \"%s\""), a->organization, b->organization);
	if (!same(a->assessor, b->assessor) || !same(a->scope, b->scope) || !same(a->separation, b->separation) ||
	    strcmp(a->date, b->date) || a->model != b->model || a->start != b->start)
		LINE("%s", _("profile fields differ"));
	if (a->nproviders != b->nproviders)
		LINE(_("service providers: %zu -> %zu"), a->nproviders, b->nproviders);
	if (a->nstructures != b->nstructures || a->nroles != b->nroles)
		LINE("%s", _("structural elements or role holders differ"));
	for (size_t i = 0; i < b->nitems; i++) {
		const as_item *y = &b->items[i], *x = assess_find(a, y->ref);
		as_result rx = x ? x->result : RES_NOT_ASSESSED;
		if (rx != y->result)
			LINE("%s: %s -> %s", y->ref, as_result_label(rx), as_result_label(y->result));
		if (!x || !same(x->notes, y->notes) || !same(x->owner, y->owner) || x->nevidence != y->nevidence ||
		    !same(x->justification, y->justification) || strcmp(x->due, y->due) || x->layer != y->layer ||
		    x->status != y->status || x->nproviders != y->nproviders)
			if (x || y->notes || y->owner || y->nevidence)
				LINE(_("%s: details differ (notes, owner, evidence...)"), y->ref);
	}
	for (size_t i = 0; i < a->nitems; i++)
		if (!assess_find(b, a->items[i].ref))
			LINE(_("%s: only in the file"), a->items[i].ref);
	if (more)
		sb_addf(&s, P_("... and %zu more difference\n", "... and %zu more differences\n", more), more);
	if (!s.len)
		sb_add(&s, _("No difference in content."));
#undef LINE
	return sb_steal(&s);
}
