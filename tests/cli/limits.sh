#!/bin/sh
# Small hostile files get a short answer: thousands of copies of one
# provider are one message, tens of thousands of attributes or namespace
# declarations on one element are refused before parsing, and a diagnostic
# list never grows past its cap.  (How fast and how small: bench/hostile.sh.)
. "$(dirname "$0")/lib.sh"

DEMO="$TOP_SRCDIR/data/demo/demo.siam.xml"
# with_providers N SAME OUT: the demo with N more providers, all named
# "Dup" (SAME=1) or each its own name.
with_providers() {
	awk -v n="$1" -v same="$2" '
		{ print }
		/<providers>/ && !done {
			for (i = 0; i < n; i++)
				printf "<provider type=\"external\"><name>%s</name></provider>\n", same ? "Dup" : "P" i
			done = 1
		}' "$DEMO" > "$3"
}
# on_organization WHAT N OUT: N attributes (a) or namespace declarations
# (ns) on the <organization> element.
on_organization() {
	awk -v what="$1" -v n="$2" '
		/<organization>/ && !done {
			s = ""
			for (i = 0; i < n; i++)
				s = s (what == "ns" ? " xmlns:n" i "=\"urn:x:" i "\"" : " a" i "=\"x\"")
			sub(/<organization>/, "<organization" s ">")
			done = 1
		}
		{ print }' "$DEMO" > "$3"
}

for n in 3000 100000; do
	with_providers $n 1 "$T/dup.siam.xml"
	run 1 "$SIAMWIZ" validate "$T/dup.siam.xml"
	has "$T/err" "service provider \"Dup\" is registered $n times"
	checks=$((checks + 1))
	[ "$(wc -l < "$T/err")" -le 3 ] || fail "$n duplicates gave $(wc -l < "$T/err") lines of messages"
done
# Distinct providers are fine, however many.
with_providers 200000 0 "$T/many.siam.xml"
run 0 "$SIAMWIZ" validate --quiet "$T/many.siam.xml"

on_organization a 100000 "$T/attrs.siam.xml"
run 1 "$SIAMWIZ" validate "$T/attrs.siam.xml"
has "$T/err" "attrs\.siam\.xml:4: an element has 100000 attributes \(at most 64"
on_organization ns 200000 "$T/ns.siam.xml"
run 1 "$SIAMWIZ" validate "$T/ns.siam.xml"
has "$T/err" "ns\.siam\.xml:4: an element declares 200000 namespaces \(at most 16"
# Under the caps, the schema decides as before.
on_organization a 64 "$T/a64.siam.xml"
run 1 "$SIAMWIZ" validate "$T/a64.siam.xml"
has "$T/err" "is not allowed here"
hasnt "$T/err" "at most 64"
# Attribute-like text in comments, CDATA and values is not counted.
awk '/<organization>/ && !done { s = "<!--"; for (i = 0; i < 500; i++) s = s " a" i "=\"x\""; print s " -->"; done = 1 } { print }' \
	"$DEMO" > "$T/comment.siam.xml"
run 0 "$SIAMWIZ" validate --quiet "$T/comment.siam.xml"

# Many different problems: the first hundred are shown, the rest counted.
awk '/<\/items>/ && !done { for (i = 0; i < 300; i++) printf "<item ref=\"ZZ.%d\" result=\"missing\" status=\"todo\"/>\n", i; done = 1 } { print }' \
	"$DEMO" > "$T/unknown.siam.xml"
run 0 "$SIAMWIZ" validate "$T/unknown.siam.xml"
checks=$((checks + 1))
[ "$(grep -c 'is not in the knowledge base' "$T/err")" -eq 100 ] || fail "not capped at 100: $(grep -c 'is not in the knowledge base' "$T/err")"
has "$T/err" "\.\.\. and 200 more messages, not shown"

# One message, one line: libxml2's detail lines are folded into it.
printf '<?xml version="1.0" encoding="UTF-8"?>\n<assessment xmlns="urn:siamwiz:assessment:1" version="1"><profile><organization>caf\351 x</organization></profile></assessment>\n' \
	> "$T/latin1.siam.xml"
run 1 "$SIAMWIZ" validate "$T/latin1.siam.xml"
has "$T/err" "latin1\.siam\.xml:2: not well-formed XML: Input is not proper UTF-8.*Bytes: 0xE9"
hasnt "$T/err" "^Bytes"
checks=$((checks + 1))
[ "$(grep -vc "latin1\.siam\.xml:" "$T/err")" -eq 0 ] || fail "a message line without FILE:LINE"
done_testing
