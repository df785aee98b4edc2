#!/bin/sh
# Finding one's way in a workshop: the gap dashboard's orders and filters
# (o, f, F), the quick answers on a clause's supporting items, which
# change the clause's status at once and are saved, and stage lists that
# give the titles the room; on the demo at 80x24.
. "$(dirname "$0")/lib.sh"

F="$T/f.siam.xml"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$F"
start "$SIAMWIZ" "$F"
keys g
shows "Order: clause number   Filter: all clauses   77 of 77 clauses"
shows "^ \[GAP\]     4        Context of the organization"
# Worst first: the major nonconformity, the minor one, then the gaps
# nothing covers.
keys o
golden gaps-worst
shows "^ \[GAP\]     4\.3  "
# By coverage: the lowest first (7.3, nothing of it in place).
keys o
shows "Order: coverage"
shows "^ \[not yet\] 7\.3  "
keys o
shows "Order: clause number"
# Gaps only, then within them clause 8 (the conditions add up).
keys f Enter
shows "Filter: gaps only   17 of 77 clauses"
keys o f Down Down Down Enter
shows "Only the clauses of"
keys Down Down Down Down Enter
golden gaps-filtered
# Enter opens the clause selected in the filtered list.
keys Enter
shows "Clause 8\.3\.3 Service level management"
keys Escape
shows "Filter: gaps only, clause 8   "
# Clause 8 of any status.
keys f Down Down Enter
shows "Filter: clause 8   41 of 77 clauses"
# The clauses the items of stage 4 support; F clears every condition.
keys F f End Up Enter End Up Enter
shows "Filter: stage 4   35 of 77 clauses"
keys F
shows "Filter: all clauses   77 of 77 clauses"
# Partial only in clause 4; no gap in clause 5 says so; Esc in a picker
# changes nothing.
keys f Down Enter f Down Down Down Enter Enter
shows "Filter: partial only, clause 4   2 of 77 clauses"
shows "^ \[partial\] 4\.2  "
keys f Escape
shows "Filter: partial only, clause 4   2 of 77 clauses"
keys f Enter f Down Down Down Enter Down Enter
shows "Filter: gaps only, clause 5   0 of 77 clauses"
shows "No clause passes the filter; F clears it\."
keys F
keys '?'
shows "o +dashboard: next order"
shows "F +dashboard: clear the filters"
keys Escape q
ended 0

# A clause's supporting list: i p m n u mark the selected item and move
# on, the clause's status follows; J still judges the clause.
C="$T/c.siam.xml"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$C"
start "$SIAMWIZ" "$C"
keys g Down Enter
shows "Clause 4\.1 Understanding"
shows "^ \[covered\] Primary, in place with evidence: DS\.OUT\.01\."
keys '?'
shows "m +result: missing"
keys Escape Down Down m
golden clause-marked
shows "^ \[gap\] Primary, missing: DS\.OUT\.01 "
keys p
shows "^ DS\.OUT\.06 +\[partial\]"
keys n
shows "Why does this item not apply"
type_text "Replaced by the provider's own feedback survey."
keys Enter
shows "^ RI\.IN\.05 +\[n/a\]"
keys Up Up Up u
shows "^ DS\.IN\.02 +\[-\]"
keys J
shows "Verdict on clause 4\.1"
keys Escape
shows "Judged opportunity for improvement \(OFI-001\)"
# The dashboard says the same.
keys Escape
shows "^ \[GAP\]       4\.1  "
keys s
shows "[Ss]aved"
keys q
ended 0
run 0 "$SIAMWIZ" validate "$C"
has "$C" '<item ref="DS.OUT.01" result="missing"'
has "$C" '<item ref="DS.OUT.06" result="partial"'
has "$C" '<item ref="RI.IN.05" result="not-applicable"'
has "$C" "<justification>Replaced by the provider.s own feedback survey\.</justification>"
hasnt "$C" '<item ref="DS.IN.02" result="in-place"'
has "$C" '<judgement clause="4.1" verdict="ofi" id="OFI-001"'
# A gap makes "siamwiz gaps" exit 1.
run 1 "$SIAMWIZ" gaps "$C" --clause 4.1
has "$T/out" "^GAP +4\.1 +Understanding"
has "$T/out" "DS\.IN\.02 +supporting not assessed"

# A stage list at 80 columns: 45 for the title and no owner column; at
# 100 the owners too, since items of the stage have one.
start "$SIAMWIZ" --demo
keys 2
shows "^ Item +Result +Status +Input or output *$"
shows "^ PB\.IN\.01  \[in place\] done        Approved SIAM strategy, business case and ou… *$"
TM resize-window -t w -x 100 -y 30
settle
shows "^ Item +Result +Status +Input or output {31}Owner *$"
shows "^ PB\.IN\.01  \[in place\] done        Approved SIAM strategy, business case and ou… Programme manager *$"
keys q
ended 0
# No owner in the stage: no owner column, whatever the width.
N="$T/n.siam.xml"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<assessment xmlns="urn:siamwiz:assessment:1" version="1">\n  <profile>\n    <organization>Plain</organization>\n  </profile>\n  <items>\n    <item ref="DS.IN.01" result="partial" status="todo"/>\n    <item ref="PB.IN.01" result="partial" status="todo">\n      <owner>Programme office</owner>\n    </item>\n  </items>\n</assessment>\n' > "$N"
run 0 "$SIAMWIZ" validate "$N"
start 100x30 "$SIAMWIZ" "$N"
keys 1
shows "^ DS\.IN\.01  \[partial\]  to do       Enterprise, corporate and IT governance standards *$"
screen > "$T/stage1.txt"
hasnt "$T/stage1.txt" "Owner"
keys 2
shows "Input or output +Owner"
shows "Programme office"
keys q
ended 0
done_testing
