#!/bin/sh
# The screen tells the truth: opening an item and cancelling every kind of
# edit (a picker, a text, a refused not-applicable) leaves the file, the
# reports and the unsaved marker as they were; a result moves the status
# by the documented rule; undoing back to the saved state clears the
# unsaved marker.
. "$(dirname "$0")/lib.sh"

F="$T/t.siam.xml"
"$SIAMWIZ" new "$F" --org "Harbour Freight" >/dev/null || fail "siamwiz new"
"$SIAMWIZ" set "$F" DS.IN.02 --result partial --note "kept as it is" >/dev/null || fail "siamwiz set"
cp "$F" "$T/before.xml"
"$SIAMWIZ" report "$F" --format json -o "$T/before.json" >/dev/null 2>&1 || fail "report before"

start "$SIAMWIZ" "$F"
# The item opened; its result picker, owner and notes editors cancelled.
keys 1 Enter
shows "DS.IN.01"
keys Enter Escape Down Down Enter
type_text "someone"
keys Escape Down Down Down Down Down Enter
type_text "a note never kept"
keys Escape
# Not applicable without its reason: refused.
keys n Escape
shows "not applicable needs a justification"
# Typing in place, cancelled.
keys t
type_text "gone"
keys Escape
shows "Cancelled: nothing changed"
keys Escape
shows "Stage 1: "
checks=$((checks + 1))
if screen | head -1 | grep -q "unsaved"; then fail "the unsaved marker is up after cancelled edits"; fi
# The issue's own reproduction: 1 Enter Up Up Enter C-c Esc.
keys Escape 1 Enter Up Up Enter C-c Escape
shows "Stage 1: "
checks=$((checks + 1))
if screen | head -1 | grep -q "unsaved"; then fail "1 Enter Up Up Enter C-c Esc marked the file unsaved"; fi
# Guided capture looked at, an answer refused there too.
keys w n Escape Escape
# Saved now, the file still holds no record for what was only opened.
keys s
shows "Saved "
keys q
ended 0
same "$F" "$T/before.xml"
"$SIAMWIZ" report "$F" --format json -o "$T/after.json" >/dev/null 2>&1 || fail "report after"
# The report's own date and digest aside, it says the same.
sed -e '/"generated"/d' -e '/"sha256"/d' -e '/"date"/d' "$T/before.json" > "$T/b"
sed -e '/"generated"/d' -e '/"sha256"/d' -e '/"date"/d' "$T/after.json" > "$T/a"
same "$T/b" "$T/a"

# The status follows the result: in place is done; a status set by hand
# stays; undoing back to the saved state clears the marker.
start "$SIAMWIZ" "$F"
# DS.IN.03 only looked at, then something else saved: it has no record.
keys 1 Down Down Enter Enter Escape Escape
keys 1 i
shows "DS.IN.01: in place"
shows "DS.IN.01 +\[in place\] +done"
shows "unsaved"
keys z
shows "Undone: DS.IN.01: in place"
checks=$((checks + 1))
if screen | head -1 | grep -q "unsaved"; then fail "undone to the saved state, the marker stays"; fi
keys Z
shows "Redone: DS.IN.01: in place"
shows "unsaved"
keys s q
ended 0
has "$F" '<item ref="DS.IN.01" result="in-place" status="done"'
hasnt "$F" 'DS.IN.03'
"$SIAMWIZ" set "$F" DS.IN.01 --status review >/dev/null
start "$SIAMWIZ" "$F"
keys 1 p
shows "DS.IN.01 +\[partial\] +in review"
keys s q
ended 0
has "$F" '<item ref="DS.IN.01" result="partial" status="review"'

# A checkpoint that passes a stage with items not assessed, nobody
# present, is asked about first; no is nothing recorded.
start "$SIAMWIZ" "$F"
keys C Down Down Down Down Down Down Enter
shows "18 items of the stage are not assessed"
shows "Nobody is"
keys n
shows "Record the checkpoint"
keys Enter y
shows "Stage 1, checkpoint 1 recorded: proceed"
keys s q
ended 0
has "$F" '<checkpoint stage="1" iteration="1" decision="proceed"'
checks=$((checks + 1))
[ "$(grep -c '<checkpoint ' "$F")" -eq 1 ] || fail "the checkpoint answered no was recorded"

done_testing
