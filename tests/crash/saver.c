/* saver.c - crash-consistency helper: saves two versions of an assessment
 * to one path, alternately, until it is killed.
 * Usage: saver A.siam.xml B.siam.xml TARGET */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/store.h"

int
main(int argc, char **argv)
{
	if (argc != 4)
		return 2;
	diag_list d;
	diag_init(&d, NULL);
	kb *k = kb_load_builtin(&d);
	assessment *v[2] = {store_load(argv[1], k, &d, NULL), store_load(argv[2], k, &d, NULL)};
	if (!k || !v[0] || !v[1]) {
		fprintf(stderr, "saver: cannot load the versions\n");
		return 2;
	}
	/* Tell the test we are about to loop, then loop until killed. */
	fputs("ready\n", stdout);
	fflush(stdout);
	for (unsigned long i = 0;; i++) {
		char *err = NULL;
		if (store_save(v[i & 1], argv[3], 0, &err) != 0) {
			fprintf(stderr, "saver: %s\n", err);
			return 1;
		}
	}
}
