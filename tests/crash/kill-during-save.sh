#!/bin/sh
# Crash consistency: a process saving in a loop is killed with SIGKILL at
# random moments, hundreds of times.  Whenever it dies, the file on disk is
# exactly the old or the new version, and loads.
. "$(dirname "$0")/../cli/lib.sh"

SAVER="$(dirname "$SIAMWIZ")/../tests/crash/saver"
A="$T/a.siam.xml"
B="$T/b.siam.xml"
F="$T/target.siam.xml"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$A"
cp "$A" "$B"
"$SIAMWIZ" set "$B" DS.IN.03 --result in-place --note "version B: $(head -c 3000 /dev/zero | tr '\0' 'b')" \
	2>/dev/null || fail "cannot make version B"
cp "$A" "$F"
n=${CRASH_ITERATIONS:-200}
i=0 olds=0 news=0
while [ $i -lt $n ]; do
	"$SAVER" "$A" "$B" "$F" > "$T/ready" &
	pid=$!
	# Wait until it loops, then let it run 1-40 ms more.
	j=0
	while [ ! -s "$T/ready" ] && [ $j -lt 200 ]; do sleep 0.01; j=$((j + 1)); done
	sleep "0.0$(( (i * 7919) % 40 + 1 ))" 2>/dev/null || sleep 0.01
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	: > "$T/ready"
	checks=$((checks + 1))
	if cmp -s "$F" "$A"; then
		olds=$((olds + 1))
	elif cmp -s "$F" "$B"; then
		news=$((news + 1))
	else
		fail "after kill $i the file is neither version"
		break
	fi
	i=$((i + 1))
done
run 0 "$SIAMWIZ" validate "$F"
echo "$n kills: file was version A $olds times, version B $news times"
# Both outcomes must have happened, or the test did not test anything.
checks=$((checks + 1))
[ $olds -gt 0 ] && [ $news -gt 0 ] || fail "the kills never landed in both states"
# A hard kill can leave a temporary file (never the target): they are
# hidden, and named after the file.
ls -A "$T" | grep '^\.target\.siam\.xml\.' > /dev/null && echo "(temporary files left by the kills, as expected)"
done_testing
