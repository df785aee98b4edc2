/* scr_export.c - the export dialog: a format, a file name checked by the
 * same guard as the command line, then the same report code. */
#include "config.h"

#include <errno.h>

#include <stdlib.h>
#include <string.h>

#include "core/fileio.h"
#include "core/guard.h"
#include "core/i18n.h"
#include "core/report.h"
#include "core/sha256.h"
#include "core/store.h"
#include "tui/tui.h"

/* The fingerprint of what the report is made from: the file as on disk
 * when it holds all the work, or else the work as it would be saved. */
static void
fingerprint(app *a, bool unsaved, char hex[65])
{
	size_t len;
	char *err = NULL, *bytes = NULL;
	file_stamp stamp;
	if (!unsaved && a->path && fileio_read(a->path, STORE_MAX_FILE, &bytes, &len, &stamp, &err) == 0) {
		sha256_hex(bytes, len, hex);
	} else {
		char *xml = store_serialize(a->as, &len);
		sha256_hex(xml, len, hex);
		free(xml);
	}
	free(err);
	free(bytes);
}

void
export_dialog(app *a)
{
	static const char *const ext[] = {"html", "csv", "md", "json", "xlsx"};
	const char *labels[] = {_("HTML: print-ready report for auditors"),
				_("CSV: the items and their evidence, for a spreadsheet"),
				_("Markdown: for a wiki or a forge"), _("JSON: for GRC tools"),
				_("Excel workbook: a sheet per part of the report")};
	/* The workbook is offered when this build can write one. */
	int n = report_available(REPORT_XLSX) ? 5 : 4;
	int f = dlg_pick(a, _("Export a report"), labels, NULL, n, 0);
	if (f < 0)
		return;
	char *def;
	if (a->path) {
		const char *dot = strstr(a->path, ".siam.xml");
		size_t stem = dot ? (size_t)(dot - a->path) : strlen(a->path);
		def = xasprintf("%.*s-report.%s", (int)stem, a->path, ext[f]);
	} else {
		def = xasprintf("demo-report.%s", ext[f]);
	}
	char *out = dlg_input(a, _("Write the report to"), def, false);
	free(def);
	if (!out || !*out) {
		free(out);
		return;
	}
	/* The one guarded check the command line uses too: never the open
	 * assessment or another one; an ordinary file only when confirmed. */
	char *why = NULL;
	guard_target target = guard_report_target(out, a->path, &why);
	char *q = xasprintf(_("%s exists. Replace it with the report?"), out);
	bool ok = dlg_may_write(a, _("Export a report"), target, why, q);
	free(q);
	if (!ok) {
		if (target == GUARD_TARGET_EXISTS)
			app_message(a, false, "%s", _("Not exported: the existing file was kept."));
		free(out);
		return;
	}
	/* An auditor checks the report against the file: save first, so that
	 * the fingerprint on the cover is that of a file that exists. */
	bool unsaved = a->as->changes != 0;
	if (unsaved &&
	    dlg_ask(a, _("Export a report"),
		    _("There are unsaved changes. Save them first, so that "
		      "the report matches the file?"),
		    false) == 'y' &&
	    app_save(a))
		unsaved = false;
	/* The same code as "siamwiz report".  The fingerprint is that of the
	 * file content the report was made from. */
	size_t len;
	char hex[65], *err = NULL;
	fingerprint(a, unsaved, hex);
	const char *base = a->path ? strrchr(a->path, '/') : NULL;
	char *fname = xstrdup(base ? base + 1 : a->path ? a->path : "demo.siam.xml");
	if (unsaved) {
		char *t = xasprintf(_("%s, with changes not saved to it"), fname);
		free(fname);
		fname = t;
	}
	report_meta m;
	report_meta_init(&m, fname, NULL, 0);
	m.sha256 = hex;
	char *doc = report_render((report_format)f, app_gaps(a), &m, &len);
	if (!doc) {
		char *msg = xasprintf(_("The report was not written to %s: %s"), out, strerror(errno));
		dlg_message(a, _("Export failed"), msg);
		free(msg);
	} else if (fileio_write_atomic(out, doc, len, &err) != 0) {
		char *msg = xasprintf(_("The report was not written to %s: %s"), out, err);
		dlg_message(a, _("Export failed"), msg);
		free(msg);
	} else {
		app_message(a, false, _("Report written: %s"), out);
	}
	free(fname);
	free(err);
	free(doc);
	free(out);
}
