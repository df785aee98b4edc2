#!/bin/sh
# Help, version, usage errors and the bundled demo.
. "$(dirname "$0")/lib.sh"

run 0 "$SIAMWIZ" --help
has "$T/out" '^Usage: siamwiz'
for c in new validate set provider profile summary kb; do
	has "$T/out" "^  $c "
done
run 0 "$SIAMWIZ" --version
has "$T/out" '^siamwiz [0-9]+\.[0-9]+'
run 2 "$SIAMWIZ"
has "$T/err" 'Usage'
run 2 "$SIAMWIZ" frobnicate extra
has "$T/err" 'unknown command "frobnicate"'
run 2 "$SIAMWIZ" --bogus
for c in new validate set provider profile summary kb; do
	run 0 "$SIAMWIZ" $c --help
	has "$T/out" "^Usage: siamwiz $c"
done
run 2 "$SIAMWIZ" set
has "$T/err" "Try 'siamwiz set --help'"
run 2 "$SIAMWIZ" "$T/does-not-exist.siam.xml"
has "$T/err" 'does not exist'

run 0 "$SIAMWIZ" --demo
has "$T/out" 'Harbourline Logistics'
has "$T/out" 'hybrid'
has "$T/out" '1\. Discovery and strategy'
has "$T/out" '4\. Run and improve'
run 2 "$SIAMWIZ" --demo extra
done_testing
