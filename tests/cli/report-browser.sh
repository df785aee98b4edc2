#!/bin/sh
# The HTML report in a real browser: headless Chromium must load it with no
# console message at all (no script error, no resource blocked by the
# Content-Security-Policy) and print it to PDF.  Skipped without Chromium.
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
timeout 120 "$B" $flags --no-pdf-header-footer --print-to-pdf="$T/r.pdf" "file://$T/r.html" 2>/dev/null
checks=$((checks + 1))
head -c 5 "$T/r.pdf" | grep -q '%PDF-' || fail "no PDF printed"
done_testing
