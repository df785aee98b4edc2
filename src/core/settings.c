/* settings.c - the user's settings file.  See settings.h. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "i18n.h"
#include "settings.h"

char *
settings_file(void)
{
	const char *x = getenv("XDG_CONFIG_HOME"), *h = getenv("HOME");
	if (x && x[0] == '/')
		return xasprintf("%s/siamwiz/config", x);
	if (h && *h)
		return xasprintf("%s/.config/siamwiz/config", h);
	return NULL;
}

static char *
trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

void
settings_load(settings *s, diag_list *d)
{
	memset(s, 0, sizeof *s);
	s->autosave = 30;
	s->color = true;
	char *file = settings_file();
	char *data = NULL, *err = NULL;
	size_t len;
	if (!file || fileio_read(file, 1 << 16, &data, &len, NULL, &err) != 0) {
		/* No file is the normal case; an unreadable one is worth saying. */
		if (file && errno != ENOENT)
			diag_add(d, DIAG_WARNING, 0, "%s: %s", file, err);
		free(err);
		free(file);
		return;
	}
	long lineno = 0;
	for (char *line = data, *stop = data + len, *nl; line < stop; line = nl + 1) {
		nl = memchr(line, '\n', (size_t)(stop - line));
		if (!nl)
			nl = stop; /* the buffer fileio_read gives ends with a NUL */
		*nl = '\0';
		lineno++;
		if (memchr(line, '\0', (size_t)(nl - line))) {
			diag_add(d, DIAG_WARNING, 0, _("%s:%ld: the line holds a NUL byte"), file, lineno);
			continue;
		}
		char *l = trim(line);
		if (!*l || *l == '#')
			continue;
		char *eq = strchr(l, '=');
		if (!eq) {
			diag_add(d, DIAG_WARNING, 0, _("%s:%ld: expected \"key = value\""), file, lineno);
			continue;
		}
		*eq = '\0';
		char *key = trim(l), *val = trim(eq + 1);
		if (!util_valid_text(val)) {
			diag_add(d, DIAG_WARNING, 0, _("%s:%ld: the value is not valid text"), file, lineno);
		} else if (!strcmp(key, "assessor")) {
			free(s->assessor);
			s->assessor = *val ? xstrdup(val) : NULL;
		} else if (!strcmp(key, "autosave")) {
			char *end;
			long v = strtol(val, &end, 10);
			if (*end || v < 5 || v > 3600)
				diag_add(d, DIAG_WARNING, 0, _("%s:%ld: autosave takes seconds from 5 to 3600"), file,
					 lineno);
			else
				s->autosave = (int)v;
		} else if (!strcmp(key, "color")) {
			if (!strcmp(val, "auto"))
				s->color = true;
			else if (!strcmp(val, "never"))
				s->color = false;
			else
				diag_add(d, DIAG_WARNING, 0, _("%s:%ld: color takes auto or never"), file, lineno);
		} else if (!strcmp(key, "report-lang")) {
			if (*val && !util_valid_lang(val)) {
				diag_add(d, DIAG_WARNING, 0,
					 _("%s:%ld: report-lang takes a language code such as en "
					   "or fr"),
					 file, lineno);
				continue;
			}
			free(s->report_lang);
			s->report_lang = *val ? xstrdup(val) : NULL;
		} else {
			diag_add(d, DIAG_WARNING, 0,
				 _("%s:%ld: unknown setting \"%s\" (known: assessor, autosave, "
				   "color, report-lang)"),
				 file, lineno, key);
		}
	}
	free(data);
	free(file);
}

void
settings_free(settings *s)
{
	free(s->assessor);
	free(s->report_lang);
	memset(s, 0, sizeof *s);
}
