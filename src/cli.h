/* cli.h - the command-line interface: subcommands mapped onto core calls. */
#ifndef SIAMWIZ_CLI_H
#define SIAMWIZ_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "core/assess.h"
#include "core/kb.h"

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

#include "core/settings.h"

typedef struct cli_ctx {
	const char *kb_files[16];
	size_t nkb;
	kb *kb;
	settings set;		/* the user's settings file */
	char *locked;		/* the file whose lock this command holds, or NULL */
	bool force;		/* --force: replace a read-only file too */
} cli_ctx;

/* Switch the language of messages and knowledge-base texts (--lang). */
void cli_set_language(const char *lang);

/* The knowledge base in use (built-in or --kb); NULL after printing why. */
kb *cli_kb(cli_ctx *c);
/* Parse --kb FILE into the context; returns 0 or -1 (too many). */
int cli_add_kb(cli_ctx *c, const char *path);

/* getopt_long, with the complaint about a bad option printed through the
 * sanitizer (getopt would echo it raw); returns '?' after printing it. */
struct option;
int cli_getopt(int argc, char **argv, const char *shorts, const struct option *longs);

/* Run a subcommand: argv[0] is its name.  Returns an exit status. */
int cli_run(cli_ctx *c, int argc, char **argv);
int cli_is_command(const char *name);
void cli_usage(FILE *f);

/* The knowledge-base subcommands (cli_kb.c). */
int cli_kb_cmd(cli_ctx *c, int argc, char **argv);
/* gaps and report (cli_report.c). */
int cli_gaps_cmd(cli_ctx *c, int argc, char **argv);
int cli_report_cmd(cli_ctx *c, int argc, char **argv);
/* "Usage: ..." and the option list of a command. */
int cli_help(const char *name, FILE *f);
/* The usage line on stderr; returns EXIT_TROUBLE. */
int cli_usage_error(const char *name);

/* judge (cli_judge.c). */
int cli_judge_cmd(cli_ctx *c, int argc, char **argv);
/* Load an assessment; on failure print why and return NULL with *rc set. */
assessment *cli_load(cli_ctx *c, const char *path, int *rc);
/* Load an assessment to change it: take its lock first (waiting a few
 * seconds for another siamwiz to finish), so that two writers never lose
 * an update; a file held longer fails with EXIT_TROUBLE naming the holder.
 * The lock is released by cli_unlock (main calls it at the end). */
assessment *cli_load_for_edit(cli_ctx *c, const char *path, int *rc);
void cli_unlock(cli_ctx *c);
/* Save atomically (through a symlink, keeping mode and group); a
 * read-only file or another user's is refused unless --force was given.
 * Says when hard links to the file keep the old content.  On failure
 * print why and return EXIT_TROUBLE. */
int cli_save(cli_ctx *c, assessment *a, const char *path);
/* The --force option of the writing commands. */
#define CLI_OPT_FORCE 1002

/* Load the bundled demo assessment. */
assessment *cli_load_demo(cli_ctx *c);
/* Print the summary of an assessment (cli.c). */
void cli_print_summary(const assessment *a, const char *name);

/* Diagnostics as "FILE:LINE: message" lines on stderr, sanitized. */
void cli_print_diags(const diag_list *d);
/* Messages: "siamwiz: ..." on stderr. */
void cli_err(const char *fmt, ...) __attribute__((format(__printf__, 1, 2)));

#endif
