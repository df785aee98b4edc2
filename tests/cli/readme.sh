#!/bin/sh
# The README promises exactly two commands, and CI runs the second one:
# keep them in step.
. "$(dirname "$0")/lib.sh"

R="$TOP_SRCDIR/README.md"
C="$TOP_SRCDIR/.ci/run"
grep -E '^   \$\(command -v sudo\) apt-get' "$R" > "$T/cmds"
checks=$((checks + 1))
[ "$(wc -l < "$T/cmds")" -eq 2 ] || fail "README should hold exactly two commands"
build=$(sed -n 2p "$T/cmds" | sed 's/^.*&& autoreconf/autoreconf/')
checks=$((checks + 1))
grep -qF -- "$build" "$C" || fail ".ci/run does not run the README test command: $build"
# Both commands install the same packages as .ci/run checks for.
# The test command also installs what the tests read the reports with.
pk=$(sed -n 's/^packages="\(.*\)"$/\1/p' "$C")
tpk=$(sed -n 's/^test_packages="\(.*\)"$/\1/p' "$C")
checks=$((checks + 2))
sed -n 1p "$T/cmds" | grep -qF -- "install -y $pk &&" || fail "README command 1 installs other packages than .ci/run"
sed -n 2p "$T/cmds" | grep -qF -- "install -y $pk $tpk &&" || fail "README command 2 installs other packages than .ci/run"
checks=$((checks + 1))
sed -n 1p "$T/cmds" | grep -q -- './src/siamwiz --demo$' || fail "README command 1 does not open the demo"
# The screens shown in docs/SCREENS.md (listed in tests/tui/update-docs.sh)
# and in the README are the golden ones, line for line.
S="$TOP_SRCDIR/tests/tui/golden"
for name in $(sed -n 's/^\([a-z0-9-]*\):.*/\1/p' "$TOP_SRCDIR/tests/tui/update-docs.sh") README:demo-roadmap; do
	doc="$TOP_SRCDIR/docs/SCREENS.md"
	case $name in README:*) doc=$R; name=${name#README:} ;; esac
	checks=$((checks + 1))
	if grep -vxF -f "$doc" "$S/$name.txt" > "$T/missing"; then
		fail "$(basename "$doc") shows an outdated $name screen: $(head -n 1 "$T/missing")"
	fi
done
done_testing
