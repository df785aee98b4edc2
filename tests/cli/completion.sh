#!/bin/sh
# The bash completion completes commands, option values and knowledge-base
# IDs.  Skipped where bash-completion is not installed.
. "$(dirname "$0")/lib.sh"

BC=/usr/share/bash-completion/bash_completion
if [ ! -f "$BC" ] || ! command -v bash >/dev/null 2>&1; then
	echo "SKIP: bash-completion is not installed"
	exit 77
fi
cat > "$T/c.bash" <<INNER
source $BC
PATH="$(dirname "$SIAMWIZ"):\$PATH"
source "$TOP_SRCDIR/completions/siamwiz"
c() { COMP_WORDS=("\$@"); COMP_CWORD=\$((\$# - 1)); COMP_LINE="\$*"; COMP_POINT=\${#COMP_LINE}; COMPREPLY=(); _siamwiz; echo "\${COMPREPLY[*]}"; }
c siamwiz re
c siamwiz set f.siam.xml --result ""
c siamwiz set f.siam.xml DS.OUT.0
c siamwiz kb show 8.3.4
c siamwiz report f --format ""
c siamwiz provider ""
c siamwiz role set f.siam.xml ROLE.SIAM-
c siamwiz process set f.siam.xml PR.INC
c siamwiz process set f.siam.xml PR.INCIDENT --accountable integrator,p
c siamwiz structure edit f.siam.xml Board --kind ""
INNER
bash "$T/c.bash" > "$T/out" 2>"$T/err"
has "$T/out" '^report$'
has "$T/out" '^not-assessed missing partial in-place not-applicable$'
has "$T/out" '^DS\.OUT\.01 DS\.OUT\.02 .*DS\.OUT\.09$'
has "$T/out" '^8\.3\.4 8\.3\.4\.1 8\.3\.4\.2$'
has "$T/out" '^html csv md json xlsx$'
has "$T/out" '^add remove rename$'
has "$T/out" '^ROLE\.SIAM-GOV-LEAD ROLE\.SIAM-OPS-LEAD$'
has "$T/out" '^PR\.INCIDENT$'
has "$T/out" '^integrator,provider$'
has "$T/out" '^board process-forum working-group$'

# The completion is kept by hand; here it is held to the option tables
# ("siamwiz --dump-options") and to the command list of --help: the same
# commands, for each command exactly its options, and for each option
# with allowed values (long and short form) exactly those values.
"$SIAMWIZ" --dump-options > "$T/opts"
"$SIAMWIZ" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]*\) .*/\1/p' | sort > "$T/help-cmds"
checks=$((checks + 1))
[ "$(wc -l < "$T/help-cmds")" -ge 10 ] || fail "too few commands in --help: $(cat "$T/help-cmds")"
cat > "$T/t.bash" <<INNER
source $BC
PATH="$(dirname "$SIAMWIZ"):\$PATH"
source "$TOP_SRCDIR/completions/siamwiz"
c() { COMP_WORDS=("\$@"); COMP_CWORD=\$((\$# - 1)); COMP_LINE="\$*"; COMP_POINT=\${#COMP_LINE}; COMPREPLY=(); _siamwiz; echo "\${COMPREPLY[*]}"; }
mkdir -p "$T/empty" && cd "$T/empty"	# no file names among the commands
echo "commands \$(c siamwiz "" | tr ' ' '\n' | sort | tr '\n' ' ')"
for cmd in \$(cat "$T/help-cmds"); do
	echo "opts \$cmd \$(c siamwiz \$cmd f -- | tr ' ' '\n' | sort | tr '\n' ' ')"
done
while IFS="\$(printf '\t')" read -r cmd long short arg values; do
	[ -n "\$values" ] || continue
	echo "values \$cmd \$long \$(c siamwiz \$cmd f \$long "")"
	case \$short in -?) echo "values \$cmd \$short \$(c siamwiz \$cmd f \$short "")" ;; esac
done < "$T/opts"
INNER
PATH="$(dirname "$SIAMWIZ"):$PATH" bash "$T/t.bash" > "$T/comp" 2>"$T/comp-err"
checks=$((checks + 1))
want="commands $(tr '\n' ' ' < "$T/help-cmds")"
grep -qxF -- "$want" "$T/comp" || fail "the completion's commands differ from --help: $(grep '^commands' "$T/comp")"
for cmd in $(cat "$T/help-cmds"); do
	checks=$((checks + 1))
	want="opts $cmd $( (awk -F'\t' -v c="$cmd" '$1 == c { print $2 }' "$T/opts"; echo --kb; echo --help) | sort | tr '\n' ' ')"
	grep -qxF -- "$want" "$T/comp" || fail "siamwiz $cmd: completed options differ from its table: $(grep "^opts $cmd " "$T/comp")"
done
n=0
while IFS="$(printf '\t')" read -r cmd long short arg values; do
	[ -n "$values" ] || continue
	for o in $long $short; do
		n=$((n + 1))
		checks=$((checks + 1))
		grep -qxF -- "values $cmd $o $values" "$T/comp" || fail "siamwiz $cmd $o: completed values differ from the table ($values): $(grep "^values $cmd $o " "$T/comp")"
	done
done < "$T/opts"
checks=$((checks + 1))
[ "$n" -ge 20 ] || fail "too few options with values in the tables: $n"
done_testing
