/* out.h - plain-text output helpers for the command line: sanitized,
 * width-aware word wrapping. */
#ifndef SIAMWIZ_OUT_H
#define SIAMWIZ_OUT_H

#include <stdio.h>

/* Display width of a UTF-8 string in terminal columns. */
int out_width(const char *s);
/* Print s sanitized and wrapped to width columns, every line starting with
 * indent spaces (the first with first_indent).  Newlines in s are kept. */
void out_wrap(FILE *f, const char *s, int first_indent, int indent, int width);
/* The same, when the cursor already stands at column col of the first line. */
void out_wrap_cont(FILE *f, const char *s, int col, int indent, int width);
/* Print s sanitized on one line. */
void out_str(FILE *f, const char *s);
/* Print a string padded with spaces to at least cols display columns. */
void out_pad(FILE *f, const char *s, int cols);

#endif
