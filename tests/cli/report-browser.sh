#!/bin/sh
# The HTML report in a real browser: headless Chromium must load it with no
# console message at all (no script error, no resource blocked by the
# Content-Security-Policy) and print it to PDF, with a table of contents on
# the cover, an outline, no stranded heading and no broken date.  Skipped
# without Chromium.
. "$(dirname "$0")/lib.sh"

B=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$B" ]; then
	echo "SKIP: no Chromium here"
	exit 77
fi
"$SIAMWIZ" report "$TOP_SRCDIR/data/demo/demo.siam.xml" --format html -o "$T/r.html" || fail "report"
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
	--disable-component-update --disable-sync --user-data-dir=$T/profile"
timeout 120 "$B" $flags --enable-logging=stderr --v=0 --dump-dom "file://$T/r.html" >"$T/dom" 2>"$T/log"
checks=$((checks + 1))
if grep -q 'CONSOLE' "$T/log"; then
	fail "the browser reported:"
	grep 'CONSOLE' "$T/log" >&2
fi
has "$T/dom" 'Action plan'
timeout 120 "$B" $flags --no-pdf-header-footer --generate-pdf-document-outline --print-to-pdf="$T/r.pdf" \
	"file://$T/r.html" 2>/dev/null
checks=$((checks + 1))
head -c 5 "$T/r.pdf" | grep -q '%PDF-' || fail "no PDF printed"

# The printed report, read back from the PDF.
if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
	echo "note: pdftotext and pdfinfo (poppler-utils) are not installed; the PDF was not read back"
	done_testing
fi
pages=$(pdfinfo "$T/r.pdf" | sed -n 's/^Pages: *//p')
checks=$((checks + 1))
[ "${pages:-0}" -gt 10 ] || fail "the PDF has ${pages:-no} pages"
# An outline from the headings, for the reader's bookmarks pane.
checks=$((checks + 1))
grep -aq '/Outlines' "$T/r.pdf" || fail "the PDF has no outline"
# The cover carries the table of contents and no running header; the
# next page does.
pdftotext -f 1 -l 1 "$T/r.pdf" "$T/p1.txt"
pdftotext -f 2 -l 2 "$T/r.pdf" "$T/p2.txt"
has "$T/p1.txt" '^Contents$'
has "$T/p1.txt" '^4\. Workshop: participants and checkpoints$'
has "$T/p1.txt" '^10\. Appendix: item register$'
hasnt "$T/p1.txt" '^Harbourline Logistics — SIAM readiness'
has "$T/p2.txt" '^Harbourline Logistics — SIAM readiness'
# No heading left alone at the foot of a page: the last line of text
# before the page number is never a heading of the report.
sed -n 's/^.*<h[23][^>]*>\([^<]*\)<\/h[23]>.*$/\1/p' "$T/r.html" | sed 's/&amp;/\&/g' > "$T/headings"
p=1
while [ "$p" -le "$pages" ]; do
	last=$(pdftotext -f "$p" -l "$p" "$T/r.pdf" - | grep -v '^[[:space:]]*$' | grep -v '^[0-9]* / [0-9]*$' | tail -n 1)
	checks=$((checks + 1))
	if [ -n "$last" ] && grep -qxF -- "$last" "$T/headings"; then
		fail "page $p ends with the heading \"$last\""
	fi
	p=$((p + 1))
done
# Dates stay whole on their line.
pdftotext -layout "$T/r.pdf" "$T/layout.txt"
hasnt "$T/layout.txt" '(^|[^0-9])20[0-9]{2}-[0-9]{2}-$'
done_testing
