#!/bin/sh
# Reproductions of crashes, hangs and slips found by review, kept as
# tests (the sanitizer build of "make check" runs them too).
. "$(dirname "$0")/lib.sh"

# 1. Open many unassessed items, open a field and cancel, then the action
#    plan: the plan held pointers into the item records, which grew.
F="$T/a.siam.xml"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$F"
start "$SIAMWIZ" "$F"
keys A
shows "RI\.OUT\.09  Operational records across layers \(inc… +7$"
shows "PB\.OUT\.07  Performance management and reporting f… 2027-02-28 +6$"
keys 3
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; do
	keys Enter Enter Escape Escape Down
done
keys 4
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do
	keys Enter Enter Escape Escape Down
done
keys A
shows "Action plan"
shows "RI\.OUT\.09  Operational records across layers \(inc… +7$"
shows "PB\.OUT\.07  Performance management and reporting f… 2027-02-28 +6$"
# Looking changed nothing: q quits at once.
keys q
ended 0

# 2. Clear the organization in the profile: the roadmap drew a NULL name.
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$F"
start "$SIAMWIZ" "$F"
keys P Enter C-u Enter
shows "Organization +\(not recorded\)"
keys r
shows "\(organization not set\) · hybrid"
keys s q
ended 0
has "$F" '<organization></organization>'
run 0 "$SIAMWIZ" report "$F" --format html -o "$T/r.html"
hasnt "$T/r.html" '\(null\)'
run 0 "$SIAMWIZ" profile "$F" --org ""
run 0 "$SIAMWIZ" validate "$F"

# 3. A role with two accountable holders, edited and kept as it is, stays
#    two holders (it used to become one party named "A, B").
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$F"
sed -i 's|<holder raci="accountable">Keystone Integration Partners</holder>|&\n        <holder raci="accountable">Cobalt Cloud Services</holder>|' "$F"
run 0 "$SIAMWIZ" validate "$F"
start "$SIAMWIZ" "$F"
keys P
for i in 1 2 3 4 5 6 7 8 9; do keys Down; done
keys Enter
shows "Role holders"
shows "SIAM operational lead +integrator +2 accountable: Keystone"
keys Down Down Down Enter
shows "Keystone Integration Partners; Cobalt Cloud Services"
keys Enter
shows "SIAM operational lead +integrator +2 accountable: Keystone"
keys s q
ended 0
has "$F" '<holder raci="accountable">Cobalt Cloud Services</holder>'
run 1 "$SIAMWIZ" gaps "$F"
has "$T/out" 'has 2 accountable parties'

# 4. A hangup while the due-date dialog holds an invalid date: the program
#    used to retry the dialog forever at full CPU, holding the lock.  Now it
#    writes the emergency save and exits at once.
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$F"
rm -f "$F.autosave"
start "$SIAMWIZ" "$F"
keys 3 m
keys Enter Down Down Down Down Down Enter
shows "Due date"
type_text "2026-02-30"
keys Enter
shows "not a valid date"
TM kill-pane -t w
await 20 saved_beside "$F"
checks=$((checks + 1))
[ -f "$F.autosave" ] && [ ! -e "$F.lock" ] || fail "no emergency save within 2 s of the hangup (or the lock is still held)"
has "$F.autosave" '<item ref="IM.IN.01" result="missing"'
checks=$((checks + 1))
! pgrep -f "$SIAMWIZ $F" >/dev/null || fail "siamwiz is still running after the hangup"

# 5. A hangup when the file's folder has gone (so no autosave can sit
#    beside it): the work lands in the state directory, private, and the
#    next start offers it back.
mkdir "$T/vanish"
V="$T/vanish/w.siam.xml"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$V"
chmod 600 "$V"
rm -f "$XDG_STATE_HOME"/siamwiz/recovered-*.siam.xml
start "$SIAMWIZ" "$V"
keys 4 p
shows "RI\.IN\.01 +\[partial\]"
rm -rf "$T/vanish"
TM kill-pane -t w
await 20 recovered
R=$(ls "$XDG_STATE_HOME"/siamwiz/recovered-*.siam.xml 2>/dev/null | head -n 1)
checks=$((checks + 1))
[ -n "$R" ] || fail "no recovery file in the state directory after the hangup"
has "$R" '<item ref="RI.IN.01" result="partial"'
checks=$((checks + 1))
[ "$(stat -c %a "$R")" = 600 ] || fail "the recovery file is readable by others: $(stat -c %a "$R")"
start "$SIAMWIZ"
keys 5
shows "recovered-"
keys Escape q

# 6. The wizard's export never replaces the assessment (it used to turn it
#    into HTML), nor another one; an ordinary file only when confirmed.
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$F"
rm -f "$F.autosave"	# left by scenario 4, and offered back while it differs
cp "$F" "$T/other.siam.xml"
cp "$F" "$T/orig"
echo "keep me" > "$T/notes.html"
start "$SIAMWIZ" "$F"
keys x Enter C-u
type_text "$F"
keys Enter
shows "is the assessment"
keys Enter x Enter C-u
type_text "$T/other.siam.xml"
keys Enter
shows "is an assessment"
keys Enter x Enter C-u
type_text "$T/notes.html"
keys Enter
shows "exists\. Replace it"
keys n
shows "the existing file was kept"
keys q
ended 0
same "$F" "$T/orig"
same "$T/other.siam.xml" "$T/orig"
has "$T/notes.html" '^keep me$'
run 0 "$SIAMWIZ" validate "$F"

# 7. Recovery compares content, not times: edits autosaved, the wizard
#    killed, then a command changes the file (so it is newer): the next
#    open still offers the work, which used to be dropped at the next save.
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$F"
rm -f "$F.autosave"
start "$SIAMWIZ" "$F"
keys 3 i i m
TM kill-pane -t w
await 50 saved_beside "$F"
sleep 1
run 0 "$SIAMWIZ" set "$F" DS.IN.02 --note "changed after the autosave"
start "$SIAMWIZ" "$F"
shows "Unsaved work from"
keys Escape q

# 8. A click selects the row under the pointer, whatever the screen's
#    layout: every list used to be taken to start on row 2.
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$F"
rm -f "$F.autosave"
start "$SIAMWIZ" "$F"
keys 1
click 5 8
keys Enter
shows "^ siamwiz · DS\.IN\.05 "
keys r
click 3 6
keys Enter
shows "^ siamwiz · Stage 3: Implement"
keys q
ended 0

# 9. The editors show invisible characters as escapes, as every other
#    screen does: a bidi override in a note is not obeyed.
sed "s|<notes>Charter predates|<notes>$(printf '\342\200\256')Charter$(printf '\342\200\213') predates|" \
	"$TOP_SRCDIR/data/demo/demo.siam.xml" > "$F"
start "$SIAMWIZ" "$F"
keys 1 Enter
for i in 1 2 3 4 5 6 7; do keys Down; done
keys Enter
shows "<U\+202E>Charter<U\+200B> predates"
keys C-c q
ended 0
done_testing
