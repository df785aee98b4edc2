# Shared helpers for the command-line tests (sourced, not run).
# Each test gets a private scratch directory that is removed on exit.
set -u
: "${SIAMWIZ:?SIAMWIZ must point at the built binary}"
: "${TESTDATA:?TESTDATA must point at tests/data}"
T=$(mktemp -d "${TMPDIR:-/tmp}/siamwiz-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
failures=0
checks=0

# copy SRC DST: a writable copy of a file from the source tree.  (make
# distcheck makes that tree read-only, cp would keep the mode, and siamwiz
# rightly refuses to replace a read-only file.)
copy() {
	cat "$1" > "$2"
}

fail() {
	echo "FAIL: $*" >&2
	failures=$((failures + 1))
}

# run EXPECTED_STATUS CMD...: run, keep stdout/stderr in $T/out, $T/err.
run() {
	want=$1
	shift
	checks=$((checks + 1))
	"$@" >"$T/out" 2>"$T/err"
	got=$?
	if [ "$got" -ne "$want" ]; then
		fail "exit $got, expected $want: $*"
		sed 's/^/  stderr: /' "$T/err" >&2
	fi
	if [ "$got" -ge 124 ]; then
		fail "crashed or killed (status $got): $*"
	fi
}

# has FILE REGEX: the file matches the (extended) regular expression.
has() {
	checks=$((checks + 1))
	grep -Eq -- "$2" "$1" || { fail "$1 lacks /$2/"; sed 's/^/  | /' "$1" | head -20 >&2; }
}

hasnt() {
	checks=$((checks + 1))
	if grep -Eq -- "$2" "$1"; then fail "$1 unexpectedly has /$2/"; fi
}

same() {
	checks=$((checks + 1))
	cmp -s "$1" "$2" || fail "$1 and $2 differ"
}

done_testing() {
	echo "$checks checks, $failures failed"
	[ "$failures" -eq 0 ]
	exit $?
}
