#!/bin/sh
# A whole workshop through the wizard, as a consultant would run it: a new
# file, the profile with two providers, answers in every stage, an item
# with evidence and notes, the gap dashboard moving, an HTML export, save,
# quit; then the saved file is checked with the command line.
. "$(dirname "$0")/lib.sh"

F="$T/w.siam.xml"
start "$SIAMWIZ" "$F"
checks=$((checks + 1))
[ -f "$F" ] || fail "the new file was not created at once"
golden new-profile

# Profile: organization (non-ASCII), assessor, model, starting point.
keys Enter
type_text "Société Générale de Fret — 東京"
keys Enter Down Enter
type_text "Ana Ruiz"
keys Enter Down Down Enter
golden model-picker
keys 3 Down Enter 1
# Two providers.
keys Down Down Down Enter a
type_text "Nordlicht Cloud"
keys Enter Enter Enter
type_text "Hosting and backup"
keys Enter a
type_text "In-house Apps"
keys Enter Down Enter 2
type_text "Booking application"
keys Enter
golden providers
keys Escape
golden profile-filled

# Stage 1: quick answers, the cursor moves on by itself.
keys 1 i i p m
golden stage1-answered
# One item in depth: owner, evidence with its location, when it was seen
# and who reviewed it, two lines of notes.
keys Enter Down Down Enter
type_text "CIO office"
keys Enter Down Down Down Down Enter a
type_text "Signed strategy charter"
keys Enter
type_text "DMS/7"
keys Enter
type_text "2026-11-30"
keys Enter
type_text "Dana"
keys Enter Escape Down Enter
type_text "Agreed in the room."
keys M-Enter
type_text "Follow up with procurement."
keys Enter
golden item-edited
keys Escape

keys g
screen > "$T/gaps-before"
# The other stages.
keys 2 i i i p m 3 m p 4 i i
keys g
screen > "$T/gaps-after"
checks=$((checks + 1))
if cmp -s "$T/gaps-before" "$T/gaps-after"; then fail "the gap dashboard did not change"; fi
golden gaps-after

# Export HTML through the dialog, then save and quit.
keys x Enter C-u
type_text "$T/w-report.html"
keys Enter
shows "Save them first"
keys y
shows "Report written: "
keys s
shows "Saved "
keys q
ended 0

run 0 "$SIAMWIZ" validate "$F"
has "$F" '<organization>Société Générale de Fret — 東京</organization>'
has "$F" '<model>hybrid</model>'
has "$F" '<start>existing-sms</start>'
has "$F" '<provider type="internal" criticality="medium">'
has "$F" '<evidence location="DMS/7" date="2026-11-30" reviewer="Dana">Signed strategy charter</evidence>'
has "$F" 'Agreed in the room\.$'
has "$F" '^Follow up with procurement\.</notes>'
has "$F" '<item ref="RI.IN.02" result="in-place"'
run 1 "$SIAMWIZ" gaps "$F" --fail-on partial
has "$T/out" 'Société Générale de Fret'
has "$T/w-report.html" 'Société Générale de Fret'
has "$T/w-report.html" 'Content-Security-Policy'
# Saved before export: the fingerprint on the cover is the file's.
has "$T/w-report.html" "$(sha256sum "$F" | cut -c1-64)"
done_testing
