#!/bin/sh
# siamwiz new and siamwiz validate: creation, refusal to overwrite, exit codes.
. "$(dirname "$0")/lib.sh"

A="$T/a.siam.xml"
run 0 "$SIAMWIZ" new "$A" --org Acme --model hybrid
run 0 "$SIAMWIZ" validate "$A"
has "$T/out" 'a\.siam\.xml: valid'
has "$A" '<organization>Acme</organization>'
has "$A" '<model>hybrid</model>'
has "$A" "<date>$(date +%Y-%m-%d)</date>"
has "$A" 'xmlns="urn:siamwiz:assessment:1" version="1"'

cp "$A" "$T/before"
run 2 "$SIAMWIZ" new "$A" --org Other
has "$T/err" 'already exists'
same "$A" "$T/before"
run 0 "$SIAMWIZ" new "$A" --org Other --force
has "$A" '<organization>Other</organization>'

run 2 "$SIAMWIZ" new "$T/b.siam.xml" --model matrix
has "$T/err" 'invalid --model "matrix"'
run 2 "$SIAMWIZ" new "$T/b.siam.xml" --date 2026-02-30
has "$T/err" 'not a valid date'
[ ! -e "$T/b.siam.xml" ] || fail "a refused new left a file behind"
run 0 "$SIAMWIZ" new "$T/c.xml" --org X --start concurrent --assessor "Zoë Ødegård" --scope "Überall"
has "$T/err" 'usually end in \.siam\.xml'
has "$T/c.xml" 'Zoë Ødegård'

# validate: exit 2 for I/O trouble, 1 for invalid content, the worst wins.
run 2 "$SIAMWIZ" validate "$T/missing.siam.xml"
has "$T/err" 'missing\.siam\.xml: cannot open: No such file'
run 2 "$SIAMWIZ" validate
printf '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<assessment/>\n' > "$T/dt.siam.xml"
run 1 "$SIAMWIZ" validate "$T/dt.siam.xml"
has "$T/err" 'dt\.siam\.xml:2: a DOCTYPE declaration is not allowed'
run 1 "$SIAMWIZ" validate "$A" "$T/dt.siam.xml"
has "$T/out" 'a\.siam\.xml: valid'
run 2 "$SIAMWIZ" validate "$T/dt.siam.xml" "$T/missing.siam.xml"
run 1 "$SIAMWIZ" validate -q "$A" "$T/dt.siam.xml"
hasnt "$T/out" 'valid'
run 1 "$SIAMWIZ" validate "$T"
has "$T/err" 'directory'
done_testing
