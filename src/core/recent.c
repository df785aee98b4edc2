/* recent.c - recently opened assessments (XDG state directory). */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fileio.h"
#include "i18n.h"
#include "recent.h"
#include "util.h"

static char *
state_file(const char *name)
{
	const char *x = getenv("XDG_STATE_HOME"), *h = getenv("HOME");
	/* The XDG rule: a relative XDG_STATE_HOME is ignored. */
	if (x && x[0] == '/')
		return xasprintf("%s/siamwiz/%s", x, name);
	if (h && *h)
		return xasprintf("%s/.local/state/siamwiz/%s", h, name);
	return NULL;
}

char *
recent_file(void)
{
	return state_file("recent");
}

static size_t
read_list(const char *file, char ***out)
{
	char *data = NULL, *err = NULL;
	size_t len, n = 0, cap = 0;
	char **v = NULL;
	if (fileio_read(file, 1 << 16, &data, &len, NULL, &err) != 0) {
		free(err);
		*out = NULL;
		return 0;
	}
	for (char *line = data, *nl; line && *line && n < RECENT_MAX; line = nl ? nl + 1 : NULL) {
		nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		if (line[0] != '/' || !util_valid_text(line))
			continue;
		v = xgrow(v, &cap, n + 1, sizeof *v);
		v[n++] = xstrdup(line);
	}
	free(data);
	*out = v;
	return n;
}

size_t
recent_list(char ***paths)
{
	char *file = recent_file();
	char **all = NULL;
	size_t n = file ? read_list(file, &all) : 0, k = 0;
	free(file);
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(all[i], &st) == 0 && S_ISREG(st.st_mode))
			all[k++] = all[i];
		else
			free(all[i]);
	}
	*paths = all;
	return k;
}

void
recent_free(char **paths, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
}

static int
mkdirs(const char *dir)
{
	char *p = xstrdup(dir);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = '/';
	}
	int rc = mkdir(p, 0700) != 0 && errno != EEXIST ? -1 : 0;
	free(p);
	return rc;
}

/* Write a state file whole, making its directories (private) first. */
static int
write_state(const char *file, const strbuf *b, char **err)
{
	char *dir = xstrndup(file, (size_t)(strrchr(file, '/') - file));
	int rc = -1;
	if (mkdirs(dir) != 0)
		*err = xasprintf("%s: %s", dir, strerror(errno));
	else
		rc = fileio_write_atomic(file, b->s, b->len, err);
	free(dir);
	return rc;
}

int
recent_add(const char *path, char **err)
{
	char *file = recent_file();
	if (!file) {
		*err = xstrdup(_("neither XDG_STATE_HOME nor HOME is set"));
		return -1;
	}
	char abs[PATH_MAX];
	if (!realpath(path, abs)) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		free(file);
		return -1;
	}
	char **old = NULL;
	size_t n = read_list(file, &old);
	strbuf b;
	sb_init(&b);
	sb_addf(&b, "%s\n", abs);
	size_t kept = 1;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(old[i], abs) != 0 && kept < RECENT_MAX) {
			sb_addf(&b, "%s\n", old[i]);
			kept++;
		}
		free(old[i]);
	}
	free(old);
	int rc = write_state(file, &b, err);
	free(file);
	sb_free(&b);
	return rc;
}

/* A place is a short token of letters, digits and ".:-_". */
static bool
valid_place(const char *p)
{
	if (!*p || strlen(p) > 64)
		return false;
	for (; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		      strchr(".:-_", *p)))
			return false;
	return true;
}

/* The lines of the places file: "PLACE<TAB>/absolute/path". */
static size_t
read_places(const char *file, char ***places, char ***paths)
{
	char *data = NULL, *err = NULL;
	size_t len, n = 0, cap = 0, cap2 = 0;
	*places = *paths = NULL;
	if (fileio_read(file, 1 << 16, &data, &len, NULL, &err) != 0) {
		free(err);
		return 0;
	}
	for (char *line = data, *nl; line && *line && n < PLACES_MAX; line = nl ? nl + 1 : NULL) {
		nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		char *tab = strchr(line, '\t');
		if (!tab)
			continue;
		*tab = '\0';
		if (!valid_place(line) || tab[1] != '/' || !util_valid_text(tab + 1))
			continue;
		*places = xgrow(*places, &cap, n + 1, sizeof **places);
		*paths = xgrow(*paths, &cap2, n + 1, sizeof **paths);
		(*places)[n] = xstrdup(line);
		(*paths)[n++] = xstrdup(tab + 1);
	}
	free(data);
	return n;
}

char *
recent_place(const char *path)
{
	char abs[PATH_MAX], *file = state_file("places"), *found = NULL;
	if (!file || !realpath(path, abs)) {
		free(file);
		return NULL;
	}
	char **places, **paths;
	size_t n = read_places(file, &places, &paths);
	for (size_t i = 0; i < n; i++) {
		if (!found && !strcmp(paths[i], abs))
			found = xstrdup(places[i]);
		free(places[i]);
		free(paths[i]);
	}
	free(places);
	free(paths);
	free(file);
	return found;
}

int
recent_set_place(const char *path, const char *place, char **err)
{
	if (!valid_place(place)) {
		*err = xasprintf(_("not a place: \"%s\""), place);
		return -1;
	}
	char abs[PATH_MAX], *file = state_file("places");
	if (!file) {
		*err = xstrdup(_("neither XDG_STATE_HOME nor HOME is set"));
		return -1;
	}
	if (!realpath(path, abs)) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		free(file);
		return -1;
	}
	if (!util_valid_text(abs) || strchr(abs, '\t') || strchr(abs, '\n')) {
		/* Such a path cannot be a line of the list: not kept. */
		free(file);
		return 0;
	}
	char **places, **paths;
	size_t n = read_places(file, &places, &paths), kept = 1;
	strbuf b;
	sb_init(&b);
	sb_addf(&b, "%s\t%s\n", place, abs);
	for (size_t i = 0; i < n; i++) {
		if (strcmp(paths[i], abs) != 0 && kept < PLACES_MAX) {
			sb_addf(&b, "%s\t%s\n", places[i], paths[i]);
			kept++;
		}
		free(places[i]);
		free(paths[i]);
	}
	free(places);
	free(paths);
	int rc = write_state(file, &b, err);
	free(file);
	sb_free(&b);
	return rc;
}
