#!/bin/sh
# Golden screens of the demo and the awkward cases: help, search, resize,
# a terminal too small, the unsaved-changes prompt, hostile text in a file.
. "$(dirname "$0")/lib.sh"

start "$SIAMWIZ" --demo
golden demo-roadmap
keys 2
golden demo-stage2
keys Down Down Down Down Down Down Down Enter
golden demo-item
keys ]
keys ]
golden demo-item-clauses
keys '?'
golden help-item
keys Escape Escape g Down Down Down Enter
golden demo-clause
keys Escape D
golden demo-docs
keys A
golden demo-actions
keys /
type_text "contract"
golden search
keys Escape

# Resize: the screen follows; too small says so, and recovers.
TM resize-window -t w -x 50 -y 12
settle
golden too-small
TM resize-window -t w -x 100 -y 30
settle
golden resized-100x30
TM resize-window -t w -x 80 -y 24
settle

# An unsaved edit makes q ask; Esc cancels; n quits without saving.
keys 1 m q
golden unsaved-quit
keys Escape
shows "DS.IN.01 +\[missing\]"
keys q n
ended 0

# Hostile text in a file is shown escaped, never interpreted.
H="$T/hostile.siam.xml"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<assessment xmlns="urn:siamwiz:assessment:1" version="1">\n  <profile>\n    <organization>Evil &#x202E;gnp.exe &#x1B;[2J&#x9B;31m</organization>\n  </profile>\n  <items>\n    <item ref="DS.IN.01" result="partial" status="todo">\n      <owner>&#x200B;Zero&#x2066;width</owner>\n    </item>\n  </items>\n</assessment>\n' > "$H"
# (a raw ESC cannot be stored in XML 1.0 at all: the loader refuses it)
run 1 "$SIAMWIZ" validate "$H"
sed -i 's/&#x1B;\[2J//' "$H"
run 0 "$SIAMWIZ" validate "$H"
start "$SIAMWIZ" "$H"
golden hostile-roadmap
keys 1
golden hostile-stage1
# At a width with room for the owner column, the owner shows escaped.
TM resize-window -t w -x 100 -y 30
settle
shows "\[partial\] +to do +Enterprise, corporate and IT governance stan… <U\+200B>Zero<U\+20"
TM resize-window -t w -x 80 -y 24
settle
keys q
ended 0

# A save that fails (the folder vanished) says so in a dialog and keeps the
# changes; once the folder is back, saving works.
mkdir -p "$T/sub"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$T/sub/s.siam.xml"
start "$SIAMWIZ" "$T/sub/s.siam.xml"
keys 1 p
rm -rf "$T/sub"
keys s
shows "Save failed"
shows "was not saved"
keys Enter
shows "NOT SAVED"
shows "\[\+\] unsaved"
mkdir -p "$T/sub"
keys s
shows "Saved "
keys q
ended 0
run 0 "$SIAMWIZ" validate "$T/sub/s.siam.xml"
has "$T/sub/s.siam.xml" '<item ref="DS.IN.01" result="partial"'

# Thousands of evidence entries: the screens stay usable (only what is
# visible is drawn), and the last entry is reachable.
B="$T/big.siam.xml"
{
	printf '<?xml version="1.0" encoding="UTF-8"?>\n<assessment xmlns="urn:siamwiz:assessment:1" version="1">\n'
	printf '  <profile>\n    <organization>Big</organization>\n  </profile>\n  <items>\n'
	printf '    <item ref="DS.IN.01" result="partial" status="todo">\n'
	i=1
	while [ $i -le 5000 ]; do printf '      <evidence location="box %d">Record %d</evidence>\n' $i $i; i=$((i + 1)); done
	printf '    </item>\n  </items>\n</assessment>\n'
} > "$B"
start "$SIAMWIZ" "$B"
keys 1 Enter
shows "Evidence +5000: Record 1"
keys Down Down Down Down Down Down Enter End
shows "Record 5000 +box 5000"
keys Escape Escape q
ended 0

# The start screen, with the file just opened among the recent ones.
start "$SIAMWIZ"
golden start
keys 2
shows "hostile\.siam\.xml"
shows "big\.siam\.xml"
keys End Enter
shows "Evil <U\+202E>gnp\.exe"
keys q
ended 0
done_testing
