#!/bin/sh
# The assessor's verdict from the clause screen: J, the verdict, the
# statement; shown on the screen, saved in the file, listed in help.
. "$(dirname "$0")/lib.sh"

F="$T/j.siam.xml"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$F"
start "$SIAMWIZ" "$F"
keys /
type_text "8.2.4"
shows "8\.2\.4"
keys Enter
shows "Clause 8\.2\.4"
keys '?'
shows "J +judge the clause"
keys Escape
keys J
shows "Verdict on clause 8\.2\.4"
keys Down Down Enter
shows "Statement \(required\)"
type_text "The catalogue omits two provider services."
keys Enter
shows "Requirement at stake"
type_text "A catalogue of the services"
keys Enter
shows "Evidence examined"
keys Enter
shows "Judged minor nonconformity \(NC-003\)"
golden clause-judged
keys s
shows "[Ss]aved"
# Clearing removes the verdict; its ID is never given again.
keys J
shows "clear the judgement"
keys End Enter
shows "judgement cleared"
keys J Down Down Down Enter
type_text "Worse."
keys Enter Enter Enter
shows "Judged major nonconformity \(NC-004\)"
keys s q
ended 0
has "$F" '<judgements last-nc="4" last-ofi="1">'
has "$F" '<judgement clause="8.2.4" verdict="major-nc" id="NC-004" date="'
has "$F" '<statement>Worse\.</statement>'
hasnt "$F" '<requirement>A catalogue of the services</requirement>'
run 0 "$SIAMWIZ" validate "$F"

# Esc at the verdict changes nothing.
start "$SIAMWIZ" "$F"
keys / ; type_text "4.1"; keys Enter
shows "Clause 4\.1"
keys J Escape q
ended 0
has "$F" '<judgement clause="4.1" verdict="ofi" id="OFI-001"'
done_testing
