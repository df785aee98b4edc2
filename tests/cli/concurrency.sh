#!/bin/sh
# Command-line writers take the lock: parallel changes all land, a file
# held by a running siamwiz is refused after a short wait (naming the
# holder, changing nothing), and a lock left by a dead process is taken
# over.
. "$(dirname "$0")/lib.sh"

F="$T/c.siam.xml"
run 0 "$SIAMWIZ" new "$F" --org Parallel
# Four writers, twenty changes each, all on one item: none may be lost.
for w in 1 2 3 4; do
	(
		i=1
		while [ $i -le 20 ]; do
			"$SIAMWIZ" set "$F" DS.IN.01 --evidence "writer $w change $i" 2>>"$T/errs.$w" ||
				echo "writer $w change $i failed" >>"$T/errs.$w"
			i=$((i + 1))
		done
	) &
done
wait
checks=$((checks + 1))
[ ! -s "$T/errs.1" ] && [ ! -s "$T/errs.2" ] && [ ! -s "$T/errs.3" ] && [ ! -s "$T/errs.4" ] ||
	fail "a writer failed: $(cat "$T"/errs.* | head -n 3)"
checks=$((checks + 1))
n=$(grep -c '<evidence>writer [1-4] change [0-9]*</evidence>' "$F")
[ "$n" -eq 80 ] || fail "$n of 80 changes are in the file"
checks=$((checks + 1))
[ ! -e "$F.lock" ] || fail "a lock was left behind"
run 0 "$SIAMWIZ" validate "$F"

# A lock held by a live process (a running wizard, say): refused after a
# short wait, with the holder's name; the file is unchanged.
sleep 30 &
holder=$!
printf 'ana %s %s %s\n' "$(hostname)" "$holder" "$(date +%s)" > "$F.lock"
sum=$(cksum < "$F")
run 2 "$SIAMWIZ" set "$F" DS.IN.02 --result missing
has "$T/err" 'being edited by ana on .* \(process '"$holder"'\)'
checks=$((checks + 1))
[ "$(cksum < "$F")" = "$sum" ] || fail "a refused set changed the file"
checks=$((checks + 1))
[ -e "$F.lock" ] || fail "the other editor's lock was removed"
run 2 "$SIAMWIZ" judge "$F" 4.1 --verdict ofi --statement x
run 2 "$SIAMWIZ" profile "$F" --assessor Bo
# Reading needs no lock.
run 0 "$SIAMWIZ" profile "$F"
run 0 "$SIAMWIZ" validate "$F"
kill "$holder"
wait "$holder" 2>/dev/null
# The holder is gone: its lock is stale and taken over.
run 0 "$SIAMWIZ" set "$F" DS.IN.02 --result missing
has "$F" '<item ref="DS.IN.02" result="missing"'
checks=$((checks + 1))
[ ! -e "$F.lock" ] || fail "the lock was not released"
done_testing
