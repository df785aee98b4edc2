/* i18n.h - gettext glue shared by every layer. */
#ifndef SIAMWIZ_I18N_H
#define SIAMWIZ_I18N_H

#if ENABLE_NLS
#include <libintl.h>
#define _(s) dgettext(PACKAGE, (s))
#define P_(s, p, n) dngettext(PACKAGE, (s), (p), (n))
#else
#define _(s) ((const char *)(s))
#define P_(s, p, n) ((n) == 1 ? (const char *)(s) : (const char *)(p))
#endif
#define N_(s) (s)

#endif
