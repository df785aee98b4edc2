#!/bin/sh
# Hostile assessment files: every one is refused with exit 1, a message
# that names the file (and the line where there is one), and no crash.
. "$(dirname "$0")/lib.sh"

H="$TESTDATA/hostile"
check() {	# FILE LINE-OR-EMPTY REGEX
	run 1 "$SIAMWIZ" validate "$1"
	name=$(basename "$1")
	if [ -n "$2" ]; then
		has "$T/err" "$name:$2: .*$3"
	else
		has "$T/err" "$name: .*$3"
	fi
	hasnt "$T/out" 'valid'
	hasnt "$T/err" 'root:|/bin/(ba)?sh'	# nothing of /etc/passwd leaks
}
check "$H/doctype-xxe.siam.xml" 2 'a DOCTYPE declaration is not allowed'
check "$H/entity-bomb.siam.xml" 2 'a DOCTYPE declaration is not allowed'
check "$H/malformed.siam.xml" 8 'not well-formed XML'
check "$H/undefined-entity.siam.xml" 3 "not well-formed XML: Entity 'undefined' not defined"
check "$H/wrong-namespace.siam.xml" 2 'not a siamwiz assessment'
check "$H/wrong-root.siam.xml" 2 'root element is <html>'
check "$H/newer-version.siam.xml" 2 'format version 2, written by a newer siamwiz'
check "$H/unknown-element.siam.xml" 5 'element <budget> is not allowed here'
check "$H/xinclude.siam.xml" 4 'element <include> is not allowed here'
check "$H/na-without-justification.siam.xml" 5 'without a justification'
check "$H/evidence-bad-date.siam.xml" 5 'evidence date "2026-02-30" is not a valid date'
check "$H/nc-without-statement.siam.xml" 7 'the judgement of clause 4\.3 \(minor nonconformity\) has no statement'
check "$H/judged-twice.siam.xml" 8 'clause 4\.3 is judged twice'
check "$H/unknown-verdict.siam.xml" 7 'attribute verdict of <judgement>'

# Escape sequences in arguments are shown, never sent to the terminal: an
# OSC 52 in an item ID could set the clipboard, a CSI clear the screen.
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$T/esc.siam.xml"
run 1 "$SIAMWIZ" set "$T/esc.siam.xml" "$(printf 'PB\033]52;c;aGk=\007')" --note x
has "$T/err" 'PB<0x1B>\]52;c;aGk=<0x07>'
checks=$((checks + 1))
! grep -q "$(printf '\033')" "$T/err" || fail "an ESC reached the terminal"
run 2 "$SIAMWIZ" gaps "$T/esc.siam.xml" --clause "$(printf '4\033[2J')"
has "$T/err" '"4<0x1B>\[2J" is not a clause'
run 2 "$SIAMWIZ" judge "$T/esc.siam.xml" 4.1 --verdict "$(printf 'x\033[31m')" --statement y
checks=$((checks + 1))
! grep -q "$(printf '\033')" "$T/err" || fail "an ESC reached the terminal (judge)"
# Bad options too: getopt's own message would echo them raw.
for opt in "$(printf -- '--no\033]52;c;aGk=\007')" "$(printf -- '-\033')" "$(printf -- '--zz=\033[2J')"; do
	run 2 "$SIAMWIZ" set "$T/esc.siam.xml" PB.IN.01 "$opt"
	has "$T/err" '<0x1B>'
	checks=$((checks + 1))
	! grep -q "$(printf '\033')" "$T/err" || fail "an ESC in an option reached the terminal"
done
run 2 "$SIAMWIZ" set "$T/esc.siam.xml" PB.IN.01 --note
has "$T/err" '^siamwiz: option --note needs a value$'
run 2 "$SIAMWIZ" "$(printf -- '--b\033')"
has "$T/err" '^siamwiz: unknown option --b<0x1B>$'
# kb export of a knowledge base holding a bidi override shows it escaped.
mkdir -p "$T/kb"
for f in "$TOP_SRCDIR"/data/kb/*.xml; do
	sed "s/Discovery and strategy/Discovery $(printf '\342\200\256')and strategy/" "$f" > "$T/kb/$(basename "$f")"
done
set --
for f in "$T"/kb/*.xml; do set -- "$@" --kb "$f"; done
run 0 "$SIAMWIZ" "$@" kb export --format csv
cp "$T/out" "$T/export.csv"
has "$T/export.csv" 'Discovery <U\+202E>and strategy'
checks=$((checks + 1))
! grep -q "$(printf '\342\200\256')" "$T/export.csv" || fail "kb export wrote a raw bidi override"

# Generated ones.
gzip -c "$TOP_SRCDIR/data/demo/demo.siam.xml" > "$T/compressed.siam.xml"
check "$T/compressed.siam.xml" '' 'compressed \(gzip\)'
printf '<?xml version="1.0" encoding="UTF-8"?>\n<assessment xmlns="urn:siamwiz:assessment:1" version="1">\n<profile><organization>\377\376bad</organization></profile><items/></assessment>\n' > "$T/bad-utf8.siam.xml"
check "$T/bad-utf8.siam.xml" 3 'not well-formed XML'
: > "$T/empty.siam.xml"
check "$T/empty.siam.xml" '' 'the file is empty'
head -c 4096 /dev/urandom > "$T/junk.siam.xml"
run 1 "$SIAMWIZ" validate "$T/junk.siam.xml"
has "$T/err" 'junk\.siam\.xml'
{
	printf '<?xml version="1.0"?>\n<assessment xmlns="urn:siamwiz:assessment:1" version="1">'
	i=0
	while [ $i -lt 3000 ]; do printf '<profile>'; i=$((i + 1)); done
} > "$T/deep.siam.xml"
run 1 "$SIAMWIZ" validate "$T/deep.siam.xml"
has "$T/err" 'deep\.siam\.xml:2: '
# Larger than the 64 MiB cap: refused from its size, before any parsing.
truncate -s 70M "$T/huge.siam.xml"
run 1 "$SIAMWIZ" validate "$T/huge.siam.xml"
has "$T/err" 'huge\.siam\.xml: file is too large'
# A FIFO must not hang the loader.
mkfifo "$T/fifo.siam.xml"
run 1 "$SIAMWIZ" validate "$T/fifo.siam.xml"
has "$T/err" 'not a regular file'
# Hostile text that is valid XML loads, but never reaches the terminal raw.
printf '<?xml version="1.0" encoding="UTF-8"?>\n<assessment xmlns="urn:siamwiz:assessment:1" version="1">\n  <profile>\n    <organization>Evil &#x202E;txt.exe &#x9B;31m</organization>\n  </profile>\n  <items/>\n</assessment>\n' > "$T/bidi.siam.xml"
run 0 "$SIAMWIZ" summary "$T/bidi.siam.xml"
has "$T/out" 'Evil <U\+202E>txt\.exe <U\+009B>31m'
hasnt "$T/out" "$(printf '\342\200\256')"
done_testing
