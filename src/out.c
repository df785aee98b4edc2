/* out.c - text output for the command line.  See out.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "core/sanitize.h"
#include "out.h"

int
out_width(const char *s)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	int w = 0;
	const char *p = s;
	size_t left = strlen(s);
	while (left) {
		wchar_t wc;
		size_t n = mbrtowc(&wc, p, left, &st);
		if (n == (size_t)-1 || n == (size_t)-2) {
			memset(&st, 0, sizeof st);
			w++;
			p++;
			left--;
			continue;
		}
		if (n == 0)
			break;
		int cw = wcwidth(wc);
		w += cw > 0 ? cw : 0;
		p += n;
		left -= n;
	}
	return w;
}

void
out_str(FILE *f, const char *s)
{
	char *t = sanitize(s ? s : "", false);
	fputs(t, f);
	free(t);
}

void
out_pad(FILE *f, const char *s, int cols)
{
	char *t = sanitize(s ? s : "", false);
	fputs(t, f);
	for (int w = out_width(t); w < cols; w++)
		fputc(' ', f);
	free(t);
}

/* first_indent < 0: the cursor already stands at column -first_indent. */
static void
wrap_line(FILE *f, const char *line, size_t len, int *first, int first_indent, int indent, int width)
{
	char *buf = strndup(line, len);
	if (!buf)
		abort();
	int ind = *first ? first_indent : indent;
	int printed = ind < 0;
	if (ind < 0)
		ind = -ind;
	int col = 0;
	char *save = NULL;
	int any = 0;
	for (char *word = strtok_r(buf, " ", &save); word; word = strtok_r(NULL, " ", &save)) {
		int ww = out_width(word);
		if (any && col + 1 + ww > width - ind) {
			fputc('\n', f);
			*first = 0;
			ind = indent;
			col = 0;
			any = 0;
		}
		if (!any) {
			if (!printed)
				fprintf(f, "%*s", ind, "");
			printed = 0;
		} else {
			fputc(' ', f);
			col++;
		}
		fputs(word, f);
		col += ww;
		any = 1;
	}
	fputc('\n', f);
	*first = 0;
	free(buf);
}

void
out_wrap(FILE *f, const char *s, int first_indent, int indent, int width)
{
	char *t = sanitize(s ? s : "", true);
	int first = 1;
	const char *p = t;
	for (;;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		wrap_line(f, p, len, &first, first ? first_indent : indent, indent, width);
		if (!nl)
			break;
		p = nl + 1;
	}
	free(t);
}

void
out_wrap_cont(FILE *f, const char *s, int col, int indent, int width)
{
	/* A negative first indent tells wrap_line the cursor is already there. */
	out_wrap(f, s, -col, indent, width);
}
