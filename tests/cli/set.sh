#!/bin/sh
# siamwiz set: changes land and reload; refused changes leave the file
# byte-identical.
. "$(dirname "$0")/lib.sh"

A="$T/a.siam.xml"
run 0 "$SIAMWIZ" new "$A" --org Acme --model hybrid
run 0 "$SIAMWIZ" provider add "$A" "Cobalt Cloud" --external --criticality high

run 0 "$SIAMWIZ" set "$A" PB.OUT.11 --result partial --status in-progress --owner "Vendor manager" \
	--layer customer --provider "Cobalt Cloud" --evidence "Collaboration schedule" --location "DMS/42" \
	--evidence "Signed contract" --note "Two of three signed" --due 2026-12-31
run 0 "$SIAMWIZ" validate "$A"
has "$A" '<item ref="PB.OUT.11" result="partial" status="in-progress" layer="customer" due="2026-12-31">'
has "$A" '<evidence location="DMS/42">Collaboration schedule</evidence>'
has "$A" '<evidence>Signed contract</evidence>'
has "$A" '<provider>Cobalt Cloud</provider>'
run 0 "$SIAMWIZ" summary "$A"
has "$T/out" '2\. Plan and build +1/[0-9]+ +in place 0, partial 1'

# Refusals: each leaves the file exactly as it was.
cp "$A" "$T/before"
run 1 "$SIAMWIZ" set "$A" NOPE.99 --result missing
has "$T/err" 'unknown item ID "NOPE.99"'
same "$A" "$T/before"
run 1 "$SIAMWIZ" set "$A" 8.3.4.1 --result missing
has "$T/err" 'not a roadmap item'
same "$A" "$T/before"
run 1 "$SIAMWIZ" set "$A" PB.OUT.11 --result missing --due 2026-13-01
has "$T/err" 'not a valid date'
has "$T/err" 'nothing was changed'
same "$A" "$T/before"
run 1 "$SIAMWIZ" set "$A" DS.OUT.07 --result not-applicable
has "$T/err" 'without a justification'
same "$A" "$T/before"
run 1 "$SIAMWIZ" set "$A" PB.OUT.11 --provider "Nobody Ltd"
has "$T/err" 'not in the service providers register'
same "$A" "$T/before"
run 2 "$SIAMWIZ" set "$A" PB.OUT.11 --result done
has "$T/err" 'invalid --result "done"'
same "$A" "$T/before"
run 1 "$SIAMWIZ" set "$A" PB.OUT.11 --layer supplier
same "$A" "$T/before"
run 1 "$SIAMWIZ" set "$A" PB.OUT.11 --note "$(printf 'bell\007')"
has "$T/err" 'control characters'
same "$A" "$T/before"
run 2 "$SIAMWIZ" set "$A" PB.OUT.11 --location "x"
has "$T/err" 'must follow the --evidence'
same "$A" "$T/before"
run 2 "$SIAMWIZ" set "$A" PB.OUT.11
has "$T/err" 'nothing to set'
same "$A" "$T/before"

# Not applicable with a reason is fine; the reason is kept verbatim.
run 0 "$SIAMWIZ" set "$A" DS.OUT.07 --result not-applicable --justification "No market test: contracts run to 2028."
has "$A" '<justification>No market test: contracts run to 2028\.</justification>'
# Clearing.
run 0 "$SIAMWIZ" set "$A" PB.OUT.11 --clear-evidence --clear-providers --note ""
hasnt "$A" 'Collaboration schedule'
hasnt "$A" '<provider>Cobalt Cloud</provider>'
hasnt "$A" 'Two of three'
# Setting what is already there does not rewrite the file.
cp "$A" "$T/before"
touch -d '2001-01-01' "$A"
run 0 "$SIAMWIZ" set "$A" PB.OUT.11 --result partial
[ "$(stat -c %Y "$A")" = "$(date -d 2001-01-01 +%s)" ] || fail "an edit without change rewrote the file"
# Multi-line notes and markup survive a round trip.
run 0 "$SIAMWIZ" set "$A" PB.OUT.11 --note "$(printf 'line one\nline <two> & "three"')"
run 0 "$SIAMWIZ" validate "$A"
cp "$A" "$T/after"
run 0 "$SIAMWIZ" set "$A" PB.OUT.11 --status done
run 0 "$SIAMWIZ" set "$A" PB.OUT.11 --status in-progress
same "$A" "$T/after"
done_testing
