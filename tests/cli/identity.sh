#!/bin/sh
# Saving keeps the file's identity: a symlink is written through to its
# target, mode, group and owner stay, a read-only file or another user's
# is refused unless --force, and broken hard links are announced.
. "$(dirname "$0")/lib.sh"

DEMO="$TOP_SRCDIR/data/demo/demo.siam.xml"
mode() { stat -c %a "$1"; }
owner() { stat -c %U:%G "$1"; }

# A symlink stays a symlink; its target gets the change, in its folder.
mkdir "$T/real" "$T/links"
copy "$DEMO" "$T/real/a.siam.xml"
ln -s ../real/a.siam.xml "$T/links/a.siam.xml"
ln -s "$T/links/a.siam.xml" "$T/chain.siam.xml"
run 0 "$SIAMWIZ" set "$T/chain.siam.xml" DS.IN.03 --note "through two links"
checks=$((checks + 1))
[ -L "$T/links/a.siam.xml" ] && [ -L "$T/chain.siam.xml" ] || fail "a symlink was replaced by a file"
has "$T/real/a.siam.xml" "through two links"
checks=$((checks + 1))
[ -z "$(ls -A "$T/links" | grep -v '^a.siam.xml$')" ] || fail "files left beside the link: $(ls -A "$T/links")"
# A dangling link: the file it names is created.
ln -s "$T/real/b.siam.xml" "$T/dangling.siam.xml"
run 0 "$SIAMWIZ" new "$T/dangling.siam.xml" --force
checks=$((checks + 1))
[ -L "$T/dangling.siam.xml" ] && [ -f "$T/real/b.siam.xml" ] || fail "a dangling link was not written through"
# A report through a dangling link creates what it names.
ln -s "$T/real/report.html" "$T/report-link.html"
run 0 "$SIAMWIZ" report "$T/real/a.siam.xml" --format html -o "$T/report-link.html"
checks=$((checks + 1))
[ -L "$T/report-link.html" ] && [ -s "$T/real/report.html" ] || fail "a report did not go through a dangling link"
# A loop is refused, and nothing is written.
ln -s loop2.siam.xml "$T/loop1.siam.xml"
ln -s loop1.siam.xml "$T/loop2.siam.xml"
run 2 "$SIAMWIZ" new "$T/loop1.siam.xml" --force
has "$T/err" "symbolic links"

# Mode and group stay.
copy "$DEMO" "$T/m.siam.xml"
chmod 640 "$T/m.siam.xml"
run 0 "$SIAMWIZ" set "$T/m.siam.xml" DS.IN.03 --note "mode"
checks=$((checks + 1))
[ "$(mode "$T/m.siam.xml")" = 640 ] || fail "mode 640 became $(mode "$T/m.siam.xml")"
if [ "$(id -u)" = 0 ] && getent group daemon >/dev/null; then
	chgrp daemon "$T/m.siam.xml"
	run 0 "$SIAMWIZ" set "$T/m.siam.xml" DS.IN.03 --note "group"
	checks=$((checks + 1))
	[ "$(stat -c %G "$T/m.siam.xml")" = daemon ] || fail "group daemon became $(stat -c %G "$T/m.siam.xml")"
	chown nobody "$T/m.siam.xml"
	run 0 "$SIAMWIZ" set "$T/m.siam.xml" DS.IN.03 --note "owner"
	checks=$((checks + 1))
	[ "$(stat -c %U "$T/m.siam.xml")" = nobody ] || fail "owner nobody became $(stat -c %U "$T/m.siam.xml")"
fi

# Read-only: refused and unchanged, unless --force (which keeps the mode).
copy "$DEMO" "$T/ro.siam.xml"
chmod 444 "$T/ro.siam.xml"
cp "$T/ro.siam.xml" "$T/ro.before"
run 2 "$SIAMWIZ" set "$T/ro.siam.xml" DS.IN.03 --note "refused"
has "$T/err" "read-only; use --force"
same "$T/ro.siam.xml" "$T/ro.before"
for cmd in "judge $T/ro.siam.xml 4.1 --verdict conforming" "profile $T/ro.siam.xml --org X" \
	"provider add $T/ro.siam.xml NewCo --external"; do
	# shellcheck disable=SC2086
	run 2 "$SIAMWIZ" $cmd
	has "$T/err" "read-only"
done
same "$T/ro.siam.xml" "$T/ro.before"
run 0 "$SIAMWIZ" set "$T/ro.siam.xml" DS.IN.03 --note "forced" --force
has "$T/ro.siam.xml" "forced"
checks=$((checks + 1))
[ "$(mode "$T/ro.siam.xml")" = 444 ] || fail "a forced save changed the mode to $(mode "$T/ro.siam.xml")"

# Hard links: said, and the other name keeps the old bytes.
copy "$DEMO" "$T/h.siam.xml"
ln "$T/h.siam.xml" "$T/h2.siam.xml"
run 0 "$SIAMWIZ" set "$T/h.siam.xml" DS.IN.03 --note "linked"
has "$T/err" "1 other hard link; it keeps the old content"
same "$T/h2.siam.xml" "$DEMO"

# Another user's file, as an unprivileged user in a folder they may write.
if [ "$(id -u)" = 0 ] && setpriv --reuid=nobody --regid=nogroup --clear-groups "$SIAMWIZ" --version \
	>/dev/null 2>&1; then
	mkdir "$T/shared"
	chmod 711 "$T"
	chmod 777 "$T/shared"
	AS_NOBODY="env HOME=$T/shared XDG_CONFIG_HOME=$T/shared setpriv --reuid=nobody --regid=nogroup --clear-groups"
	copy "$DEMO" "$T/shared/root.siam.xml"
	chmod 644 "$T/shared/root.siam.xml"
	cp "$T/shared/root.siam.xml" "$T/before"
	# shellcheck disable=SC2086
	run 2 $AS_NOBODY "$SIAMWIZ" set "$T/shared/root.siam.xml" DS.IN.03 --note "taken"
	has "$T/err" "read-only"
	same "$T/shared/root.siam.xml" "$T/before"
	chmod 666 "$T/shared/root.siam.xml"
	# shellcheck disable=SC2086
	run 2 $AS_NOBODY "$SIAMWIZ" set "$T/shared/root.siam.xml" DS.IN.03 --note "taken"
	has "$T/err" "belongs to another user"
	checks=$((checks + 1))
	[ "$(owner "$T/shared/root.siam.xml")" = root:root ] || fail "owner changed: $(owner "$T/shared/root.siam.xml")"
	same "$T/shared/root.siam.xml" "$T/before"
	# A group that cannot be kept loses its permissions, never passes them on.
	copy "$DEMO" "$T/shared/g.siam.xml"
	chown nobody:root "$T/shared/g.siam.xml"
	chmod 640 "$T/shared/g.siam.xml"
	# shellcheck disable=SC2086
	run 0 $AS_NOBODY "$SIAMWIZ" set "$T/shared/g.siam.xml" DS.IN.03 --note "regrouped"
	checks=$((checks + 1))
	[ "$(mode "$T/shared/g.siam.xml")" = 600 ] || fail "group bits passed to another group: $(mode "$T/shared/g.siam.xml") $(owner "$T/shared/g.siam.xml")"
fi
done_testing
