#!/bin/sh
# siamwiz provider and siamwiz profile.
. "$(dirname "$0")/lib.sh"

A="$T/a.siam.xml"
run 0 "$SIAMWIZ" new "$A" --org "Société Générale de Fret"
run 0 "$SIAMWIZ" provider add "$A" "Cobalt" --external --services "Hosting" --criticality high
run 0 "$SIAMWIZ" provider add "$A" "Internal IT" --internal
has "$A" '<provider type="external" criticality="high">'
has "$A" '<provider type="internal">'
cp "$A" "$T/before"
run 1 "$SIAMWIZ" provider add "$A" "Cobalt" --internal
has "$T/err" 'already registered'
same "$A" "$T/before"
run 2 "$SIAMWIZ" provider add "$A" "Tessellate"
has "$T/err" 'internal or --external'
run 2 "$SIAMWIZ" provider add "$A" "Tessellate" --external --criticality extreme
run 2 "$SIAMWIZ" provider rename "$A" "Cobalt"
run 1 "$SIAMWIZ" provider remove "$A" "Nobody"
has "$T/err" 'no service provider named "Nobody"'
run 0 "$SIAMWIZ" set "$A" DS.IN.08 --provider Cobalt
cp "$A" "$T/before"
run 1 "$SIAMWIZ" provider remove "$A" "Cobalt"
has "$T/err" 'still named by 1 item \(DS\.IN\.08\)'
same "$A" "$T/before"
run 0 "$SIAMWIZ" set "$A" DS.IN.08 --clear-providers
run 0 "$SIAMWIZ" provider remove "$A" "Cobalt"
hasnt "$A" 'Cobalt'

run 0 "$SIAMWIZ" profile "$A" --model lead-supplier --start existing-siam --assessor "A. Auditor" \
	--scope "All IT services" --separation "Separate integration team with its own board" --date 2026-03-01
run 0 "$SIAMWIZ" profile "$A"
has "$T/out" '^Organization: +Société Générale de Fret'
has "$T/out" '^SIAM model: +lead supplier'
has "$T/out" '^Starting point: +SMS within an existing SIAM'
has "$T/out" '^Date: +2026-03-01'
has "$T/out" 'Service providers \(1\)'
has "$T/out" 'Internal IT +internal'
cp "$A" "$T/before"
run 2 "$SIAMWIZ" profile "$A" --model matrix
same "$A" "$T/before"
run 1 "$SIAMWIZ" profile "$A" --date yesterday
same "$A" "$T/before"
done_testing
