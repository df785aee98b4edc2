/* bench_store.c - how long loading, saving, gap analysis and the HTML
 * report take on a large assessment, and how much memory loading needs.
 * Prints figures; asserts nothing.  Run with "make bench".
 *
 * Usage: bench_store [EVIDENCE_PER_ITEM]   (default 2000: about 150,000
 * evidence entries over every item of the knowledge base) */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/gap.h"
#include "core/report.h"
#include "core/store.h"
#include "core/xmlload.h"

static double
now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long
peak_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

int
main(int argc, char **argv)
{
	int per = argc > 1 ? atoi(argv[1]) : 2000;
	diag_list d;
	diag_init(&d, NULL);
	kb *k = kb_load_builtin(&d);
	if (!k) {
		fprintf(stderr, "knowledge base does not load\n");
		return 1;
	}
	/* Build the assessment through the model, as the wizard would. */
	double t0 = now();
	assessment *a = assess_new(k, "Benchmark Ltd");
	char *err = NULL;
	for (size_t i = 0; i < k->nitems; i++) {
		as_item *it = assess_item(a, k->items[i].id, &err);
		assess_set_result(a, it, (as_result)(i % RES_COUNT == RES_NOT_APPLICABLE ? RES_PARTIAL : i % RES_COUNT),
				  &err);
		for (int j = 0; j < per; j++) {
			char text[96], loc[64];
			snprintf(text, sizeof text, "Evidence %d of %s: minutes, contract schedule or report", j,
				 it->ref);
			snprintf(loc, sizeof loc, "DMS/%zu/%d", i, j);
			assess_add_evidence(a, it, text, loc, &err);
		}
	}
	double t_build = now() - t0;
	size_t len;
	t0 = now();
	char *xml = store_serialize(a, &len);
	double t_ser = now() - t0;
	char path[] = "/tmp/siamwiz-bench-XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	t0 = now();
	if (store_save(a, path, 0, &err) != 0) {
		fprintf(stderr, "save failed: %s\n", err);
		return 1;
	}
	double t_save = now() - t0;
	assess_free(&a);
	/* Loading memory is measured in a fresh process: the peak above is the
	 * building and serializing. */
	int pfd[2];
	long child_kb = -1;
	if (pipe(pfd) == 0) {
		pid_t pid = fork();
		if (pid == 0) {
			long base = peak_kb();
			assessment *c = store_load(path, k, &d, NULL);
			long kb_used = c ? peak_kb() - base : -1;
			if (write(pfd[1], &kb_used, sizeof kb_used) < 0)
				_exit(1);
			_exit(0);
		}
		close(pfd[1]);
		if (read(pfd[0], &child_kb, sizeof child_kb) != sizeof child_kb)
			child_kb = -1;
		close(pfd[0]);
		waitpid(pid, NULL, 0);
	}
	t0 = now();
	assessment *b = store_load(path, k, &d, NULL);
	double t_load = now() - t0;
	if (!b) {
		fprintf(stderr, "load failed\n");
		return 1;
	}
	t0 = now();
	gap_report *r = NULL;
	for (int i = 0; i < 100; i++) {
		gap_free(&r);
		r = gap_analyze(k, b);
	}
	double t_gap = (now() - t0) / 100;
	report_meta m = {
		.file_name = "bench.siam.xml", .sha256 = "-", .version = PACKAGE_VERSION, .generated = "2026-01-01"};
	size_t hlen;
	t0 = now();
	char *html = report_html(r, &m, &hlen);
	double t_html = now() - t0;

	printf("items                 %zu\n", k->nitems);
	printf("evidence entries      %zu\n", k->nitems * (size_t)per);
	printf("file size             %.1f MiB\n", (double)len / 1048576.0);
	printf("build in memory       %8.3f s\n", t_build);
	printf("serialize             %8.3f s\n", t_ser);
	printf("atomic save           %8.3f s\n", t_save);
	printf("hardened load         %8.3f s  (%.1f MiB/s)\n", t_load, (double)len / 1048576.0 / t_load);
	printf("memory to load        %8.1f MiB (peak RSS growth in a fresh process; %.1fx the file)\n",
	       (double)child_kb / 1024.0, (double)child_kb * 1024.0 / (double)len);
	printf("gap analysis          %8.3f ms  (per run, mean of 100)\n", t_gap * 1000);
	printf("HTML report           %8.3f s   (%.1f MiB)\n", t_html, (double)hlen / 1048576.0);
	unlink(path);
	free(html);
	free(xml);
	gap_free(&r);
	assess_free(&b);
	kb_free(&k);
	diag_free(&d);
	xl_cleanup();
	return 0;
}
