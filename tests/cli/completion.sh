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
INNER
bash "$T/c.bash" > "$T/out" 2>"$T/err"
has "$T/out" '^report$'
has "$T/out" '^not-assessed missing partial in-place not-applicable$'
has "$T/out" '^DS\.OUT\.01 DS\.OUT\.02 .*DS\.OUT\.09$'
has "$T/out" '^8\.3\.4 8\.3\.4\.1 8\.3\.4\.2$'
has "$T/out" '^html csv md json$'

# Every long option a command's --help lists is completed.
for cmd in new validate set provider profile gaps judge report; do
	"$SIAMWIZ" "$cmd" --help | grep -o -- '--[a-z][a-z-]*' | sort -u > "$T/help-opts"
	printf 'source %s\nsource "%s"\nc() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _siamwiz; printf "%%s\\n" "${COMPREPLY[@]}"; }\nc siamwiz %s f --\n' \
		"$BC" "$TOP_SRCDIR/completions/siamwiz" "$cmd" > "$T/o.bash"
	PATH="$(dirname "$SIAMWIZ"):$PATH" bash "$T/o.bash" 2>/dev/null | sort -u > "$T/comp-opts"
	missing=$(comm -23 "$T/help-opts" "$T/comp-opts" | tr '\n' ' ')
	checks=$((checks + 1))
	[ -z "$missing" ] || fail "siamwiz $cmd: --help lists options the completion lacks: $missing"
done
done_testing
