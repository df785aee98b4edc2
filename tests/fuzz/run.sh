#!/bin/sh
# Run each libFuzzer harness for a while, growing the corpus in place.
# Build first:  ./configure CC=clang --enable-fuzzing && make
# Usage:        tests/fuzz/run.sh [SECONDS_PER_HARNESS] [HARNESS...]
# fuzz_assessment has its own structure-aware mutator (mutate_assessment.c);
# the valid seed assessments come from gen_seeds.py.  See tests/fuzz/README.
set -eu
secs=${1:-600}
[ $# -gt 0 ] && shift
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD:-$top}
harnesses=${*:-assessment kb export}
for h in $harnesses; do
	bin="$build/tests/fuzz/fuzz_$h"
	[ -x "$bin" ] || { echo "$bin missing: configure with CC=clang --enable-fuzzing" >&2; exit 2; }
	echo "== fuzz_$h for $secs s"
	mkdir -p "$top/tests/fuzz/corpus/$h"
	"$bin" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
		-dict="$top/tests/fuzz/siamwiz.dict" -print_final_stats=1 \
		"$top/tests/fuzz/corpus/$h" 2>&1 | tail -n 20
done
