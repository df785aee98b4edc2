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

# ---- structure add, edit, remove.
run 0 "$SIAMWIZ" structure add "$A" "Strategic board" --kind board --layers customer,integrator \
	--purpose "Direction and priorities"
run 0 "$SIAMWIZ" validate "$A"
has "$A" '<structure kind="board" layers="customer integrator">'
has "$A" '<name>Strategic board</name>'
has "$A" '<purpose>Direction and priorities</purpose>'
cp "$A" "$T/before"
run 1 "$SIAMWIZ" structure add "$A" "Strategic board" --kind process-forum
has "$T/err" 'a structural element named "Strategic board" already exists'
same "$A" "$T/before"
run 2 "$SIAMWIZ" structure add "$A" "Forum" --kind committee
has "$T/err" 'invalid --kind "committee" \(allowed: board, process-forum, working-group\)'
same "$A" "$T/before"
run 2 "$SIAMWIZ" structure add "$A" "Forum" --kind process-forum --layers integrator,vendor
has "$T/err" 'invalid --layers "integrator,vendor" \(allowed: customer, integrator, provider'
same "$A" "$T/before"
run 2 "$SIAMWIZ" structure add "$A" "Forum"
has "$T/err" 'say which --kind'
same "$A" "$T/before"
run 1 "$SIAMWIZ" structure edit "$A" "Nothing" --purpose x
has "$T/err" 'no structural element named "Nothing"'
same "$A" "$T/before"
run 2 "$SIAMWIZ" structure edit "$A" "Strategic board"
has "$T/err" 'nothing to change'
run 2 "$SIAMWIZ" structure dissolve "$A" "Strategic board"
has "$T/err" 'unknown structure action "dissolve" \(allowed: add, edit, remove\)'
run 0 "$SIAMWIZ" structure add "$A" "Change forum" --kind process-forum --layers integrator,provider
run 1 "$SIAMWIZ" structure edit "$A" "Change forum" --name "Strategic board"
has "$T/err" 'already exists'
# An edit keeps what it does not name.
run 0 "$SIAMWIZ" structure edit "$A" "Strategic board" --name "Executive board" --layers customer,integrator,provider
has "$A" '<structure kind="board" layers="customer integrator provider">'
has "$A" '<name>Executive board</name>'
has "$A" '<purpose>Direction and priorities</purpose>'
run 0 "$SIAMWIZ" structure edit "$A" "Executive board" --purpose ""
hasnt "$A" 'Direction and priorities'
run 0 "$SIAMWIZ" profile "$A"
has "$T/out" 'Structural elements: 2'
run 0 "$SIAMWIZ" structure remove "$A" "Change forum"
hasnt "$A" 'Change forum'
run 2 "$SIAMWIZ" structure remove "$A" "Executive board" --purpose x
has "$A" 'Executive board'

# ---- role set: holders by kind, several of a kind kept apart.
run 0 "$SIAMWIZ" role set "$A" ROLE.SIAM-OPS-LEAD --accountable "Cobalt Cloud" --responsible "SIAM office" \
	--responsible "Delta IT"
run 0 "$SIAMWIZ" validate "$A"
has "$A" '<role ref="ROLE.SIAM-OPS-LEAD">'
has "$A" '<holder raci="accountable">Cobalt Cloud</holder>'
has "$A" '<holder raci="responsible">SIAM office</holder>'
has "$A" '<holder raci="responsible">Delta IT</holder>'
# A rename reaches role holders too.
run 0 "$SIAMWIZ" provider rename "$A" "Cobalt Cloud" "Cobalt Hosting"
has "$A" '<holder raci="accountable">Cobalt Hosting</holder>'
# A kind not given is kept; "" clears one.
run 0 "$SIAMWIZ" role set "$A" ROLE.SIAM-OPS-LEAD --accountable ""
hasnt "$A" 'raci="accountable">Cobalt'
has "$A" '<holder raci="responsible">Delta IT</holder>'
cp "$A" "$T/before"
run 2 "$SIAMWIZ" role set "$A" ROLE.CHIEF --accountable "x"
has "$T/err" 'unknown role "ROLE.CHIEF" \(allowed: .*ROLE.SIAM-OPS-LEAD'
same "$A" "$T/before"
run 2 "$SIAMWIZ" role set "$A" ROLE.SIAM-OPS-LEAD
has "$T/err" 'nothing to set'
run 1 "$SIAMWIZ" role set "$A" ROLE.SIAM-OPS-LEAD --informed "$(printf 'esc\033[31m')"
has "$T/err" 'control characters'
same "$A" "$T/before"
run 2 "$SIAMWIZ" role assign "$A" ROLE.SIAM-OPS-LEAD --informed x
same "$A" "$T/before"

# ---- process set: layers by kind.
run 0 "$SIAMWIZ" process set "$A" PR.INCIDENT --accountable integrator --responsible integrator,provider \
	--informed customer
run 0 "$SIAMWIZ" validate "$A"
has "$A" '<process ref="PR.INCIDENT" accountable="integrator" responsible="integrator provider" informed="customer"/>'
run 0 "$SIAMWIZ" process set "$A" PR.INCIDENT --consulted customer --informed ""
has "$A" '<process ref="PR.INCIDENT" accountable="integrator" responsible="integrator provider" consulted="customer"/>'
cp "$A" "$T/before"
run 2 "$SIAMWIZ" process set "$A" PR.INCIDENT --accountable vendor
has "$T/err" 'invalid --accountable "vendor" \(allowed: customer, integrator, provider'
same "$A" "$T/before"
run 2 "$SIAMWIZ" process set "$A" PR.INCIDENT --accountable integrator,
same "$A" "$T/before"
run 2 "$SIAMWIZ" process set "$A" PR.NOPE --accountable integrator
has "$T/err" 'unknown process "PR.NOPE" \(allowed: .*PR.INCIDENT'
same "$A" "$T/before"
# The report shows the allocation.
run 0 "$SIAMWIZ" report "$A" --format html -o "$T/r.html"
has "$T/r.html" 'Process allocation across layers'
has "$T/r.html" '<tr><th scope="row" class="c-process">PR\.INCIDENT</th><td class="c-title">Incident management</td><td class="c-accountable">integrator</td><td class="c-responsible">integrator provider</td><td class="c-consulted">customer</td><td class="c-informed"></td></tr>'
# With no layer left, the process is no longer recorded.
run 0 "$SIAMWIZ" process set "$A" PR.INCIDENT -a "" -r "" -c ""
hasnt "$A" 'PR.INCIDENT'
for c in structure role process; do
	run 0 "$SIAMWIZ" $c --help
	has "$T/out" "^Usage: siamwiz $c "
done
done_testing
