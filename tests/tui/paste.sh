#!/bin/sh
# Pasted text is text: into every editor of the wizard, a paste with an
# Esc in it (a colour sequence), a line end, or the end marker of a
# bracketed paste spliced in the middle, bracketed by the terminal
# (paste-buffer -p, as the wizard asks for) or plain (keys sent as they
# are), changes that field and nothing else; the Esc never ends the edit
# and nothing after it runs as keys.  Esc in every editor cancels: the
# old value stays and the file is not marked unsaved.
. "$(dirname "$0")/lib.sh"

F="$T/p.siam.xml"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$F"
start "$SIAMWIZ" "$F"
cp "$F" "$T/base"
ESCTEXT=$(printf 'X\033[31mRED')

# bpaste TEXT: a paste the terminal brackets; ppaste TEXT: a plain one.
bpaste() {
	printf '%s' "$1" > "$T/paste"
	TM load-buffer -b p "$T/paste"
	TM paste-buffer -p -d -b p -t w
	settle
}
ppaste() {
	TM send-keys -t w -l -- "$1"
	settle
}

# fill: what the pass does in an open editor: paste (after Ctrl-U, which
# empties a field), or type something to be cancelled.
fill() {
	case $mode in
	bracketed) keys C-u; bpaste "${1:-$ESCTEXT}" ;;
	plain) keys C-u; ppaste "${1:-$ESCTEXT}" ;;
	cancel) type_text "ZZZ" ;;
	esac
}

# finish [KEYS...]: Enter accepts the text (and KEYS answer the questions
# that follow it); in the cancel pass Esc cancels, and the header does not
# say the file is unsaved.
finish() {
	if [ "$mode" = cancel ]; then
		keys Escape
		checks=$((checks + 1))
		if screen | head -n 1 | grep -q 'unsaved'; then fail "a cancelled edit marked the file unsaved"; fi
		return
	fi
	keys Enter "$@"
}

# changed WHAT NEW [OLD]: saved, the file differs from the last one in
# lines that all match NEW (the field with its new value) where they are
# new, and OLD (the field, by default NEW) where they were; in the cancel
# pass, in nothing.
changed() {
	keys s
	shows "Saved "
	checks=$((checks + 1))
	diff "$T/base" "$F" | grep '^[<>]' > "$T/diff"
	if [ "$mode" = cancel ]; then
		[ -s "$T/diff" ] && { fail "$1: a cancelled edit changed the file"; cat "$T/diff" >&2; }
	elif [ ! -s "$T/diff" ]; then
		fail "$1: the paste changed nothing"
	elif sed -n 's/^> //p' "$T/diff" | grep -Evq -- "$2" ||
		sed -n 's/^< //p' "$T/diff" | grep -Evq -- "${3:-$2}"; then
		fail "$1: more than the field changed"
		cat "$T/diff" >&2
	fi
	cp "$F" "$T/base"
}

# The editors, each opened from the screen it is on.
editors() {
	case $mode in
	bracketed) V='X\^\[\[31mRED' ;;
	plain) V='XRED' ;;
	cancel) V='ZZZ' ;;
	esac
	keys P Enter
	fill
	finish
	changed organization "<organization>$V</organization>" "<organization>"
	keys Down Enter
	fill
	finish
	changed assessor "<assessor>$V</assessor>" "<assessor>"
	# Not a date: said so, and the date stays.
	keys Down Enter
	fill
	if [ "$mode" != cancel ]; then
		keys Enter
		shows "is not a valid date"
		keys Enter
	else
		finish
	fi
	mode_was=$mode mode=cancel
	changed date .
	mode=$mode_was
	keys Down Down Down Enter
	fill
	finish
	changed scope "<scope>$V</scope>" "<scope>"
	keys Down Enter
	fill
	finish
	changed separation "<separation>$V</separation>" "<separation>"
	# The registers: a provider's name (the questions after it keep
	# their answers), a structure's name, a role's holders.
	keys Down Enter Enter
	fill
	finish Enter Enter Enter
	# (A provider's new name is also that of the items it is involved in.)
	changed "provider name" "<(name|provider)>$V</(name|provider)>" "<(name|provider)>"
	keys Escape Down Enter Enter
	fill
	finish Enter Enter Enter
	changed "structure name" "<name>$V</name>" "<name>"
	keys Escape Down Enter Enter
	fill "H$ESCTEXT"
	finish
	changed "role holders" "<role ref=|</role>|<holder raci=\"accountable\">H?$V</holder>" "<holder raci=\"accountable\">"
	keys Escape
	# An item: owner, due date, notes, justification, evidence.
	keys 1 Enter Down Down Enter
	fill
	finish
	changed owner "<owner>$V</owner>" "<owner>"
	keys Down Down Down Enter
	fill
	if [ "$mode" != cancel ]; then
		keys Enter
		shows "is not a valid date"
		# Offered again as typed: Esc leaves the date as it was.
		keys Enter Escape
	else
		finish
	fi
	mode_was=$mode mode=cancel
	changed "due date" .
	mode=$mode_was
	keys Down Down Enter
	fill
	finish
	changed notes "<notes>$V</notes>" "<notes>"
	keys Down Enter
	fill
	finish
	changed justification "<justification>$V</justification>" "<justification>"
	keys Up Up Enter Enter
	fill
	finish Enter Enter Enter
	changed "evidence text" "<evidence( [^>]*)?>$V</evidence>" "<evidence"
	keys Enter Enter
	fill
	finish Enter Enter
	changed "evidence location" "<evidence location=\"$V\"" "<evidence"
	keys Escape Escape
	# A verdict's statement, on a clause found by search.
	keys /
	type_text "8.2.4"
	shows "8\.2\.4"
	# 3: a minor nonconformity, whether the clause has a verdict or not;
	# the verdict records the assessor (the one pasted before).
	keys Enter J 3
	fill
	finish Enter Enter
	changed statement "<judgements( |>)|</judgements>|<judgement |</judgement>|<assessor>$V</assessor>|<statement>$V</statement>" \
		"<judgements |<judgement |<assessor>|<statement>"
	keys Escape Escape
}

for mode in bracketed plain cancel; do
	editors
done

# Esc after a judgement's statement added no judgement either: the
# assessment still holds the bracketed pass's one only.
run 0 "$SIAMWIZ" report "$F" --format json
checks=$((checks + 1))
[ "$(grep -o '"statement": *"[^"]*"' "$T/out" | grep -c 'RED')" -eq 1 ] ||
	fail "the judgements differ from the one pasted: $(grep -o '"statement": *"[^"]*"' "$T/out")"

# A line end: kept in a text of several lines, a space in a field; the
# end marker spliced into a paste is text, and what follows it (a return,
# keys that would mark an item) is too.
mode=bracketed
keys P Down Enter C-u
bpaste "$(printf 'one\ntwo')"
finish
changed "line end in a field" "<assessor>one two</assessor>" "<assessor>"
keys Down Down Down Down Enter C-u
bpaste "$(printf 'one\ntwo')"
finish
changed "line end in a text" "^    <scope>one$|^two</scope>$" "<scope>"
keys Up Up Up Up Enter C-u
bpaste "$(printf 'A\033[201~q\rm1')"
finish
changed "spliced end marker" "<assessor>A\^\[\[201~q m1</assessor>" "<assessor>"
# (Ctrl-U empties the line of the cursor only: "one" stays.)
keys Down Down Down Down Enter C-u
bpaste "$(printf 'A\033[201~\rm\033q')"
finish
changed "spliced end marker in a text" "^A\^\[\[201~$|^m\^\[q</scope>$" "^two</scope>$"

# A paste outside an editor goes nowhere, and says so.
keys Escape
bpaste "$(printf 'm\r1')"
shows "pasted text went nowhere"
mode=cancel
changed "paste on the roadmap" .

# The search query takes a paste as its text.
for mode in bracketed plain; do
	keys /
	fill "con$(printf '\033[31m')tract"
	if [ $mode = bracketed ]; then
		shows "Find: con\^\[\[31mtract"
		shows "0 matches"
	else
		shows "Find: contract"
		shows "[1-9][0-9]* match"
	fi
	keys Escape
	shows "Roadmap"
done

# The export path and the save-as path.
mode=bracketed
keys x Enter
shows "Write the report to"
fill "$T/r$(printf '\033[31m').html"
keys Enter
shows "Report written"
checks=$((checks + 1))
[ -f "$T/r^[[31m.html" ] || fail "the report is not where the pasted path says"
mode=plain
keys x Enter
fill "$T/s$(printf '\033[31m').html"
keys Enter
shows "Report written"
checks=$((checks + 1))
[ -f "$T/s.html" ] || fail "the report is not where the plain paste says"
mode=cancel
changed "export" .
mode=bracketed
keys S
fill "$T/n$(printf '\033[31m').siam.xml"
keys Enter
shows "Saved "
checks=$((checks + 1))
cmp -s "$F" "$T/n^[[31m.siam.xml" || fail "saved as elsewhere than the pasted path, or other content"
keys q
ended 0
# No item was marked by any of it.
grep -o 'ref="[^"]*" result="[^"]*"' "$TOP_SRCDIR/data/demo/demo.siam.xml" > "$T/results-before"
grep -o 'ref="[^"]*" result="[^"]*"' "$F" > "$T/results-after"
same "$T/results-before" "$T/results-after"

# A long paste is one insertion, quick and whole.
start "$SIAMWIZ" "$F"
keys P Down Down Down Down Down Enter C-u
big=$(awk 'BEGIN { for (i = 0; i < 400; i++) printf "line %03d of a long pasted text, fifty bytes long\n", i }')
before=$(date +%s%N)
bpaste "$big"
shows "line 399 of a long pasted"
after=$(date +%s%N)
checks=$((checks + 1))
echo "a 20 KB paste: $(((after - before) / 1000000)) ms (with the waits of the test)"
[ $(((after - before) / 1000000)) -lt 3000 ] || fail "a 20 KB paste took $(((after - before) / 1000000)) ms"
keys Enter s
shows "Saved "
checks=$((checks + 1))
[ "$(grep -o 'line [0-9][0-9][0-9] of a long pasted' "$F" | wc -l)" -eq 400 ] || fail "the long paste is not whole"
keys q
ended 0
done_testing
