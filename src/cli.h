/* cli.h - the command-line interface: subcommands mapped onto core calls. */
#ifndef SIAMWIZ_CLI_H
#define SIAMWIZ_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "core/assess.h"
#include "core/i18n.h"
#include "core/kb.h"
#include "core/settings.h"

enum {
	EXIT_OK = 0,
	EXIT_FINDINGS = 1,
	EXIT_TROUBLE = 2
};

typedef struct cli_ctx {
	const char *kb_files[16];
	size_t nkb;
	kb *kb;
	settings set; /* the user's settings file */
	char *locked; /* the file whose lock this command holds, or NULL */
	bool force; /* --force: replace a read-only file too */
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

/* Keys of the long-only options: above every short letter, so that a
 * table row says at a glance which options have a short form. */
enum {
	OPT_KB = 256,
	OPT_HELP,
	OPT_FORCE,
	OPT_CLEAR_PROVIDERS,
	OPT_CLEAR_EVIDENCE,
	OPT_EVIDENCE_DATE,
	OPT_REVIEWER,
	OPT_FAIL_ON,
	OPT_CLEAR,
	OPT_TABLE,
	OPT_NO_BOM,
	OPT_REPORT_ID,
	OPT_REPORT_VERSION,
	OPT_CLASSIFICATION,
	OPT_DISTRIBUTION,
	OPT_PREPARED_BY,
	OPT_PREPARED_ON,
	OPT_REVIEWED_BY,
	OPT_REVIEWED_ON,
	OPT_APPROVED_BY,
	OPT_APPROVED_ON
};

/* One option of a command: the table drives getopt, --help, the error
 * for a bad value and the dump the completion and man page tests read. */
typedef struct cli_opt {
	const char *name; /* long name, without "--" */
	int key; /* short letter, or an OPT_* key for a long-only option */
	const char *arg; /* argument name in --help; NULL for a flag */
	const char *help; /* N_(); "%s" stands for the allowed values, else they follow ": " */
	as_enum names; /* allowed values from the model's name tables, or AS_ENUM_NONE */
	const char *const *list; /* or allowed values of the command line's own, NULL-terminated */
	/* The command checks the value itself: a comma-separated list, or one
	 * the core refuses as a finding (exit 1) rather than a usage error. */
	bool late_check;
} cli_opt;

/* The row of --force, shared by every command that writes. */
#define CLI_FORCE_ROW                                                                                               \
	{                                                                                                           \
		"force", OPT_FORCE, NULL, N_("replace the file even if it is read-only"), AS_ENUM_NONE, NULL, false \
	}

typedef struct cli_arg {
	int key;
	const char *value; /* NULL for a flag */
} cli_arg;

/* A parsed command line: the options in the order given (--kb, --help
 * and --force are handled before the command runs), then the operands. */
typedef struct cli_args {
	const char *cmd;
	cli_arg *opt;
	size_t nopt;
	char **pos;
	size_t npos;
} cli_args;

/* The value of the last occurrence of option key, or NULL. */
const char *cli_value(const cli_args *a, int key);
/* Whether option key was given. */
bool cli_given(const cli_args *a, int key);
/* The i-th allowed value of an option (NULL past the last one). */
const char *cli_opt_value(const cli_opt *o, size_t i);
/* The allowed values joined by ", "; the caller frees. */
char *cli_opt_values(const cli_opt *o);
/* The option table of a command. */
const cli_opt *cli_command_opts(const char *cmd);
/* The row of cmd's table with this key. */
const cli_opt *cli_find_opt(const char *cmd, int key);
/* "invalid --NAME "VALUE" (allowed: ...)" for option key of cmd; returns EXIT_TROUBLE. */
int cli_bad_value(const char *cmd, int key, const char *value);

/* Parse argv (argv[0] the command) against the table: returns -1 when
 * the command should run, else the exit status to end with (after --help
 * or a usage error).  cli_args_free releases what it holds. */
int cli_parse(cli_ctx *c, const char *cmd, const cli_opt *table, int argc, char **argv, cli_args *out);
void cli_args_free(cli_args *a);
/* The option lines of --help, generated from the table. */
void cli_print_opts(FILE *f, const cli_opt *table);
/* Every option of every command, one per line, tab-separated: command,
 * --long, -short or "", argument name or "", allowed values separated by
 * spaces.  What the completion and man page tests compare with. */
void cli_dump_opts(FILE *f);

/* Run a subcommand: argv[0] is its name.  Returns an exit status. */
int cli_run(cli_ctx *c, int argc, char **argv);
/* The action word (args->pos[0]) of a command with actions, as its index
 * in the NULL-ended actions; -1 after saying which are allowed. */
int cli_action(const cli_args *args, const char *const *actions);
int cli_is_command(const char *name);
void cli_usage(FILE *f);

/* The commands, each given its parsed arguments, and their tables. */
int cli_new_cmd(cli_ctx *c, const cli_args *a);
int cli_validate_cmd(cli_ctx *c, const cli_args *a);
int cli_profile_cmd(cli_ctx *c, const cli_args *a);
int cli_summary_cmd(cli_ctx *c, const cli_args *a);
int cli_set_cmd(cli_ctx *c, const cli_args *a);
int cli_provider_cmd(cli_ctx *c, const cli_args *a);
int cli_structure_cmd(cli_ctx *c, const cli_args *a);
int cli_role_cmd(cli_ctx *c, const cli_args *a);
int cli_process_cmd(cli_ctx *c, const cli_args *a);
int cli_kb_cmd(cli_ctx *c, const cli_args *a);
int cli_gaps_cmd(cli_ctx *c, const cli_args *a);
int cli_report_cmd(cli_ctx *c, const cli_args *a);
int cli_judge_cmd(cli_ctx *c, const cli_args *a);
int cli_checkpoint_cmd(cli_ctx *c, const cli_args *a);
int cli_participant_cmd(cli_ctx *c, const cli_args *a);
int cli_timebox_cmd(cli_ctx *c, const cli_args *a);
extern const cli_opt cli_new_opts[], cli_validate_opts[], cli_profile_opts[], cli_summary_opts[], cli_set_opts[],
	cli_provider_opts[], cli_structure_opts[], cli_role_opts[], cli_process_opts[], cli_kb_opts[], cli_gaps_opts[],
	cli_report_opts[], cli_judge_opts[], cli_checkpoint_opts[], cli_participant_opts[], cli_timebox_opts[];

/* "Usage: ..." and the option list of a command. */
int cli_help(const char *name, FILE *f);
/* The usage line on stderr; returns EXIT_TROUBLE. */
int cli_usage_error(const char *name);

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

/* Load FILE for a change (taking its lock), let edit make it, and save
 * only when it succeeded: a refused change (-1 with *err, exit 1) leaves
 * the file as it was. */
int cli_edit(cli_ctx *c, const char *path, int (*edit)(assessment *, const cli_args *, char **), const cli_args *args);

/* Load the bundled demo assessment. */
assessment *cli_load_demo(cli_ctx *c);
/* Print the summary of an assessment (cli_profile.c). */
void cli_print_summary(const assessment *a, const char *name);
/* The participants, checkpoints and timeboxes in the summary (cli_workshop.c). */
void cli_print_workshop(const assessment *a);

/* Diagnostics as "FILE:LINE: message" lines on stderr, sanitized. */
void cli_print_diags(const diag_list *d);
/* Messages: "siamwiz: ..." on stderr. */
void cli_err(const char *fmt, ...) __attribute__((format(__printf__, 1, 2)));

/* Load an assessment for a report, with the SHA-256 of the bytes read. */
assessment *cli_load_raw(cli_ctx *c, const char *path, char hex[65], int *rc);

#endif
