#!/bin/sh
# Replays the fuzzing corpus (seeds and every input the fuzzers kept)
# through each harness, built without libFuzzer.  A crash or a broken
# invariant fails the test.
set -u
B=$(dirname "$SIAMWIZ")/../tests/fuzz
C="$TOP_SRCDIR/tests/fuzz/corpus"
rc=0
for h in assessment kb export; do
	"$B/replay-$h" "$C/$h" || { echo "FAIL: replay-$h"; rc=1; }
done
exit $rc
