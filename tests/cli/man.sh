#!/bin/sh
# The man pages: lint clean (where groff and mandoc are installed), and
# every command and option the program accepts is documented.
. "$(dirname "$0")/lib.sh"

M="$(dirname "$SIAMWIZ")/../man"
for p in siamwiz.1 siamwiz.5; do
	checks=$((checks + 1))
	[ -s "$M/$p" ] || { fail "$p not built"; continue; }
	grep -q '%VERSION%\|%PKGDATADIR%' "$M/$p" && fail "$p: placeholders left"
	if command -v groff >/dev/null 2>&1; then
		checks=$((checks + 1))
		out=$(groff -ww -z -man "$M/$p" 2>&1)
		[ -z "$out" ] || fail "groff -ww on $p: $out"
	fi
	if command -v mandoc >/dev/null 2>&1; then
		checks=$((checks + 1))
		out=$(mandoc -T lint "$M/$p" 2>&1)
		[ -z "$out" ] || fail "mandoc -T lint on $p: $out"
	fi
done
# Every option of every command appears in siamwiz(1) (as \-\-name there).
for c in new validate set provider profile summary gaps judge report kb; do
	"$SIAMWIZ" $c --help > "$T/help" || fail "$c --help"
	for o in $(grep -o -- '--[a-z][a-z-]*' "$T/help" | sort -u); do
		checks=$((checks + 1))
		esc=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
		grep -q -- "$esc" "$M/siamwiz.1" || fail "siamwiz(1) does not document $c $o"
	done
	checks=$((checks + 1))
	grep -q "^\.B.*\"*$c" "$M/siamwiz.1" || fail "siamwiz(1) does not document the $c command"
done
done_testing
