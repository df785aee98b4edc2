#!/bin/sh
# The README promises exactly two commands, and CI runs the second one:
# keep them in step.
. "$(dirname "$0")/lib.sh"

R="$TOP_SRCDIR/README.md"
C="$TOP_SRCDIR/.ci/run"
grep -E '^   \$\(command -v sudo\) apt-get' "$R" > "$T/cmds"
checks=$((checks + 1))
[ "$(wc -l < "$T/cmds")" -eq 2 ] || fail "README should hold exactly two commands"
build=$(sed -n 2p "$T/cmds" | sed 's/.*tmux && //')
checks=$((checks + 1))
grep -qF -- "$build" "$C" || fail ".ci/run does not run the README test command: $build"
# Both commands install the same packages as .ci/run checks for.
pk=$(sed -n 's/^packages="\(.*\)"$/\1/p' "$C")
for n in 1 2; do
	checks=$((checks + 1))
	sed -n ${n}p "$T/cmds" | grep -qF -- "install -y $pk &&" || fail "README command $n installs other packages than .ci/run"
done
checks=$((checks + 1))
sed -n 1p "$T/cmds" | grep -q -- './src/siamwiz --demo$' || fail "README command 1 does not open the demo"
done_testing
