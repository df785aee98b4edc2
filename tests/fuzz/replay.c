/* replay.c - runs a harness over corpus files without libFuzzer, so that
 * "make check" replays the corpus with any compiler.
 * Usage: replay-HARNESS FILE_OR_DIR... */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/fileio.h"
#include "fuzz.h"

static int
one(const char *path, size_t *n)
{
	char *data = NULL, *err = NULL;
	size_t len;
	if (fileio_read(path, 1u << 24, &data, &len, NULL, &err) != 0) {
		fprintf(stderr, "%s: %s\n", path, err);
		free(err);
		return 1;
	}
	LLVMFuzzerTestOneInput((const uint8_t *)data, len);
	free(data);
	(*n)++;
	return 0;
}

int
main(int argc, char **argv)
{
	size_t n = 0;
	int bad = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			perror(argv[i]);
			return 1;
		}
		if (!S_ISDIR(st.st_mode)) {
			bad |= one(argv[i], &n);
			continue;
		}
		DIR *d = opendir(argv[i]);
		struct dirent *e;
		while (d && (e = readdir(d))) {
			if (e->d_name[0] == '.')
				continue;
			char *p = malloc(strlen(argv[i]) + strlen(e->d_name) + 2);
			sprintf(p, "%s/%s", argv[i], e->d_name);
			bad |= one(p, &n);
			free(p);
		}
		if (d)
			closedir(d);
	}
	printf("%zu inputs replayed\n", n);
	return bad || n == 0;
}
