#!/bin/sh
# A save that cannot complete leaves the original byte-identical and no
# temporary file behind: on a full file system and in a read-only
# directory (made with an unprivileged mount namespace where available;
# the same paths are covered by link-time fault injection in test_fileio).
. "$(dirname "$0")/lib.sh"

if ! unshare -rm true 2>/dev/null; then
	echo "SKIP: unshare -rm is not available here"
	exit 77
fi
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$T/demo.siam.xml"
cat > "$T/inner.sh" <<'INNER'
set -u
d=$1/mnt
mkdir -p "$d"
# A 64 KiB file system holding a copy of the demo, then filled up.
mount -t tmpfs -o size=64k tmpfs "$d" || exit 3
cp "$1/demo.siam.xml" "$d/a.siam.xml"
cp "$d/a.siam.xml" "$1/before"
dd if=/dev/zero of="$d/filler" bs=1k count=200 2>/dev/null
"$SIAMWIZ" set "$d/a.siam.xml" DS.IN.03 --note "a long note that needs room on the disk" 2>"$1/err-full"
echo $? > "$1/rc-full"
cmp -s "$d/a.siam.xml" "$1/before" && echo same > "$1/same-full"
ls -A "$d" | grep -v "^filler$" > "$1/ls-full"
# Read-only: the same file system remounted.
rm -f "$d/filler"
mount -o remount,ro "$d" || exit 3
"$SIAMWIZ" set "$d/a.siam.xml" DS.IN.03 --note "changed" 2>"$1/err-ro"
echo $? > "$1/rc-ro"
cmp -s "$d/a.siam.xml" "$1/before" && echo same > "$1/same-ro"
ls -A "$d" > "$1/ls-ro"
INNER
unshare -rm sh "$T/inner.sh" "$T"
st=$?
if [ "$st" -eq 3 ]; then
	echo "SKIP: cannot mount a tmpfs in a user namespace here"
	exit 77
fi
for mode in full ro; do
	checks=$((checks + 1))
	[ "$(cat "$T/rc-$mode")" = 2 ] || fail "$mode: exit $(cat "$T/rc-$mode"), expected 2"
	checks=$((checks + 1))
	[ -f "$T/same-$mode" ] || fail "$mode: the original changed"
	checks=$((checks + 1))
	[ "$(cat "$T/ls-$mode")" = "a.siam.xml" ] || fail "$mode: left behind: $(cat "$T/ls-$mode")"
	# The lock is the first thing written, so a full or read-only disk now
	# stops the command there; either way the file is untouched and the
	# message says why.
	has "$T/err-$mode" '(not saved: .*\(the file on disk is unchanged\)|not changed: cannot (write|create) the lock file)'
done
has "$T/err-full" 'No space left on device'
has "$T/err-ro" 'Read-only file system'
done_testing
