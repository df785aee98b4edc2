#!/bin/sh
# The registers on the command line: provider rename, structural
# elements, role holders and process allocation.  Every refusal leaves
# the file byte-identical.
. "$(dirname "$0")/lib.sh"

A="$T/a.siam.xml"
run 0 "$SIAMWIZ" new "$A" --org Acme --model hybrid
run 0 "$SIAMWIZ" provider add "$A" "Cobalt" --external --criticality high --services "Hosting"
run 0 "$SIAMWIZ" provider add "$A" "Delta" --internal
run 0 "$SIAMWIZ" set "$A" PB.OUT.11 --provider Cobalt --provider Delta
run 0 "$SIAMWIZ" set "$A" DS.IN.08 --provider Cobalt

# ---- provider rename: carried to every item, all or nothing.
cp "$A" "$T/before"
run 1 "$SIAMWIZ" provider rename "$A" Cobalt Delta
has "$T/err" 'a service provider named "Delta" is already registered'
has "$T/err" 'nothing was changed'
same "$A" "$T/before"
run 1 "$SIAMWIZ" provider rename "$A" Nobody Echo
has "$T/err" 'no service provider named "Nobody" is registered'
same "$A" "$T/before"
run 1 "$SIAMWIZ" provider rename "$A" Cobalt "$(printf 'bell\007')"
has "$T/err" 'control characters'
same "$A" "$T/before"
run 2 "$SIAMWIZ" provider rename "$A" Cobalt
same "$A" "$T/before"
run 2 "$SIAMWIZ" provider rename "$A" Cobalt X --internal
has "$T/err" 'provider rename takes no options'
same "$A" "$T/before"
run 2 "$SIAMWIZ" provider rebrand "$A" Cobalt X
has "$T/err" 'unknown provider action "rebrand" \(allowed: add, remove, rename\)'
run 0 "$SIAMWIZ" provider rename "$A" Cobalt "Cobalt Cloud"
run 0 "$SIAMWIZ" validate "$A"
hasnt "$A" '>Cobalt<'
checks=$((checks + 1))
[ "$(grep -c '<provider>Cobalt Cloud</provider>' "$A")" -eq 2 ] || fail "both items should name Cobalt Cloud"
has "$A" '<name>Cobalt Cloud</name>'
has "$A" '<provider>Delta</provider>'
run 0 "$SIAMWIZ" profile "$A"
has "$T/out" 'Cobalt Cloud +external +high'
# The old name is free again.
run 0 "$SIAMWIZ" provider add "$A" Cobalt --external
run 1 "$SIAMWIZ" provider remove "$A" "Cobalt Cloud"
has "$T/err" 'still named by 2 items'
# A read-only file is replaced only with --force.
chmod a-w "$A"
cp "$A" "$T/before"
if [ "$(id -u)" -ne 0 ]; then
	run 2 "$SIAMWIZ" provider rename "$A" Delta "Delta IT"
	has "$T/err" 'use --force'
	same "$A" "$T/before"
fi
run 0 "$SIAMWIZ" provider rename --force "$A" Delta "Delta IT"
has "$A" '<provider>Delta IT</provider>'
chmod u+w "$A"
run 0 "$SIAMWIZ" provider --help
has "$T/out" 'provider rename FILE OLD NEW'
done_testing
