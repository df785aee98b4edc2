#!/bin/sh
# Replays the fuzzing corpus (seeds, regressions and every input the
# fuzzers kept) through each harness, built without libFuzzer.  A crash,
# a broken invariant, or anything printed on standard error (libxml2 must
# never write to the terminal) fails the test.
set -u
B=$(dirname "$SIAMWIZ")/../tests/fuzz
C="$TOP_SRCDIR/tests/fuzz/corpus"
E=$(mktemp)
trap 'rm -f "$E"' EXIT
rc=0
for h in assessment kb export; do
	"$B/replay-$h" "$C/$h" 2>"$E" || { echo "FAIL: replay-$h"; rc=1; }
	if [ -s "$E" ]; then
		echo "FAIL: replay-$h wrote to standard error:"
		head -n 5 "$E"
		rc=1
	fi
done
exit $rc
