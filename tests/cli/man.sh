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
# Every option of every command's table (the hidden --dump-options lists
# them) appears in siamwiz(1) (as \-\-name there), and every command.
"$SIAMWIZ" --dump-options > "$T/opts" || fail "--dump-options"
checks=$((checks + 1))
[ "$(wc -l < "$T/opts")" -gt 40 ] || fail "--dump-options lists too few options"
while IFS="$(printf '\t')" read -r c o short arg values; do
	checks=$((checks + 1))
	esc=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
	grep -q -- "$esc" "$M/siamwiz.1" || fail "siamwiz(1) does not document $c $o"
done < "$T/opts"
for c in $(cut -f1 "$T/opts" | sort -u) summary; do
	checks=$((checks + 1))
	grep -q "^\.B.*\"*$c" "$M/siamwiz.1" || fail "siamwiz(1) does not document the $c command"
done
done_testing
