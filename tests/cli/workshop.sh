#!/bin/sh
# The workshop on the command line: the participants register, the
# checkpoints that close the roadmap stages and the stage timeboxes.
# Every refusal names what is wrong and leaves the file byte-identical.
. "$(dirname "$0")/lib.sh"

A="$T/a.siam.xml"
run 0 "$SIAMWIZ" new "$A" --org Acme --date 2026-10-01

# ---- participant add, edit, list, remove.
run 0 "$SIAMWIZ" participant add "$A" "  Dana Okafor " --organization "Harbourline" --layer customer --role Sponsor
has "$A" '<participant name="Dana Okafor" organization="Harbourline" layer="customer" role="Sponsor"/>'
run 0 "$SIAMWIZ" participant add "$A" "Lee Chen"
has "$A" '<participant name="Lee Chen"/>'
cp "$A" "$T/before"
run 1 "$SIAMWIZ" participant add "$A" "Dana Okafor"
has "$T/err" 'a participant named "Dana Okafor" is already registered'
has "$T/err" 'nothing was changed'
same "$A" "$T/before"
run 1 "$SIAMWIZ" participant add "$A" " "
has "$T/err" 'a participant needs a name'
same "$A" "$T/before"
run 1 "$SIAMWIZ" participant add "$A" "Sam" --role "$(printf 'bell\007')"
has "$T/err" 'control characters'
same "$A" "$T/before"
run 2 "$SIAMWIZ" participant add "$A" "Sam" --layer board
has "$T/err" 'invalid --layer "board" \(allowed: customer, integrator, provider, or "" for none\)'
same "$A" "$T/before"
run 2 "$SIAMWIZ" participant add "$A" "Sam" --name "Sammy"
has "$T/err" 'participant add takes the name as NAME, not --name'
run 2 "$SIAMWIZ" participant edit "$A" "Lee Chen"
has "$T/err" 'nothing to change'
run 1 "$SIAMWIZ" participant edit "$A" "Nobody" --role x
has "$T/err" 'no participant named "Nobody" is registered'
run 1 "$SIAMWIZ" participant edit "$A" "Lee Chen" --name "Dana Okafor"
has "$T/err" 'already registered'
run 2 "$SIAMWIZ" participant remove "$A" "Lee Chen" --role x
has "$T/err" 'participant remove takes no options'
run 2 "$SIAMWIZ" participant invite "$A" "Lee Chen"
has "$T/err" 'unknown participant action "invite" \(allowed: add, edit, remove, list\)'
run 2 "$SIAMWIZ" participant list "$A" extra
same "$A" "$T/before"
run 0 "$SIAMWIZ" participant edit "$A" "Lee Chen" --organization "Cobalt Cloud" --layer provider
has "$A" '<participant name="Lee Chen" organization="Cobalt Cloud" layer="provider"/>'
run 0 "$SIAMWIZ" participant edit "$A" "Dana Okafor" --organization "" --layer ""
has "$A" '<participant name="Dana Okafor" role="Sponsor"/>'
run 0 "$SIAMWIZ" participant list "$A"
has "$T/out" '^  Dana Okafor +- +- +Sponsor$'
has "$T/out" '^  Lee Chen +Cobalt Cloud +provider +-$'

# ---- checkpoint: the refusals first.
cp "$A" "$T/before"
run 2 "$SIAMWIZ" checkpoint "$A" 1
has "$T/err" 'say what the room decided with --decision: proceed, repeat, return'
run 2 "$SIAMWIZ" checkpoint "$A" 1 --decision go
has "$T/err" 'invalid --decision "go" \(allowed: proceed, repeat, return\)'
run 2 "$SIAMWIZ" checkpoint "$A" 5 --decision proceed
has "$T/err" 'invalid STAGE "5" \(allowed: 1 to 4\)'
run 2 "$SIAMWIZ" checkpoint "$A" x --decision proceed
has "$T/err" 'invalid STAGE "x"'
run 2 "$SIAMWIZ" checkpoint "$A" --decision proceed
has "$T/err" 'say which STAGE the checkpoint closes, or give --list'
run 2 "$SIAMWIZ" checkpoint "$A" 2 --decision return
has "$T/err" '--decision return needs --return-to N'
run 2 "$SIAMWIZ" checkpoint "$A" 2 --decision proceed --return-to 1
has "$T/err" '--return-to goes only with --decision return'
run 2 "$SIAMWIZ" checkpoint "$A" 2 --decision return --return-to 7
has "$T/err" 'invalid --return-to "7" \(allowed: 1, 2, 3, 4\)'
run 1 "$SIAMWIZ" checkpoint "$A" 2 --decision return --return-to 2
has "$T/err" 'a checkpoint of stage 2 can only return to an earlier stage \(1 to 1\), not to stage 2'
run 1 "$SIAMWIZ" checkpoint "$A" 1 --decision return --return-to 1
has "$T/err" 'stage 1 has no earlier stage to return to'
run 1 "$SIAMWIZ" checkpoint "$A" 1 --decision proceed --date 2026-02-30
has "$T/err" '"2026-02-30" is not a valid date'
run 1 "$SIAMWIZ" checkpoint "$A" 1 --decision proceed --participants "Dana Okafor;Priya Raman"
has "$T/err" '"Priya Raman" is not in the participants register; add them with "siamwiz participant add" or give --add-participants'
run 1 "$SIAMWIZ" checkpoint "$A" 1 --decision proceed --participants "Dana Okafor;Dana Okafor"
has "$T/err" '"Dana Okafor" is listed twice among those present'
run 1 "$SIAMWIZ" checkpoint "$A" 1 --decision proceed --note "$(printf 'esc\033[2J')"
has "$T/err" 'control characters'
run 2 "$SIAMWIZ" checkpoint "$A" 1 2 --decision proceed
same "$A" "$T/before"

# ---- checkpoint: recorded, numbered per stage, with who was present.
run 0 "$SIAMWIZ" checkpoint "$A" 1 --decision repeat --date 2026-10-02 --participants " Dana Okafor ; Lee Chen" \
	--risks "$(printf 'Sponsor leaves\nBudget not approved')" --issues "No sourcing strategy" --note "Again in two weeks"
has "$A" '<checkpoint stage="1" iteration="1" decision="repeat" date="2026-10-02">'
has "$A" '<present name="Dana Okafor"/>'
has "$A" '<present name="Lee Chen"/>'
has "$A" '<risks>Sponsor leaves$'
has "$A" '^Budget not approved</risks>'
has "$A" '<issues>No sourcing strategy</issues>'
has "$A" '<notes>Again in two weeks</notes>'
run 0 "$SIAMWIZ" checkpoint "$A" 1 --decision proceed --date 2026-10-16 --participants "Dana Okafor;Priya Raman" \
	--add-participants
has "$A" '<checkpoint stage="1" iteration="2" decision="proceed" date="2026-10-16">'
has "$A" '<participant name="Priya Raman"/>'
run 0 "$SIAMWIZ" checkpoint "$A" 2 --decision return --return-to 1 --date 2026-11-02
has "$A" '<checkpoint stage="2" iteration="1" decision="return" return-to="1" date="2026-11-02"/>'
run 0 "$SIAMWIZ" checkpoint "$A" 2 --decision proceed
has "$A" "<checkpoint stage=\"2\" iteration=\"2\" decision=\"proceed\" date=\"$(date +%Y-%m-%d)\"/>"
run 0 "$SIAMWIZ" validate "$A"

# ---- a rename reaches the checkpoints; someone present stays registered.
run 0 "$SIAMWIZ" participant edit "$A" "Lee Chen" --name "Lee Chen-Martin"
hasnt "$A" 'name="Lee Chen"'
has "$A" '<present name="Lee Chen-Martin"/>'
cp "$A" "$T/before"
run 1 "$SIAMWIZ" participant remove "$A" "Dana Okafor"
has "$T/err" '"Dana Okafor" was present at 2 checkpoints \(stage 1 checkpoint 1, stage 1 checkpoint 2\)'
same "$A" "$T/before"
run 0 "$SIAMWIZ" participant add "$A" "Guest"
run 0 "$SIAMWIZ" participant remove "$A" "Guest"
hasnt "$A" 'Guest'

# ---- timebox.
cp "$A" "$T/before"
run 0 "$SIAMWIZ" timebox "$A" 2 45
has "$A" '<timebox stage="2" minutes="45"/>'
run 0 "$SIAMWIZ" timebox "$A" 1 1440
cp "$A" "$T/before"
run 1 "$SIAMWIZ" timebox "$A" 1 1441
has "$T/err" 'a timebox of 1441 minutes is longer than a day \(at most 1440\)'
run 2 "$SIAMWIZ" timebox "$A" 1 -- -5
has "$T/err" 'invalid MINUTES "-5"'
run 2 "$SIAMWIZ" timebox "$A" 1 1h
has "$T/err" 'invalid MINUTES "1h"'
run 2 "$SIAMWIZ" timebox "$A" 0 10
has "$T/err" 'invalid STAGE "0"'
run 2 "$SIAMWIZ" timebox "$A" 1
same "$A" "$T/before"
run 0 "$SIAMWIZ" timebox "$A" 1 0
hasnt "$A" 'stage="1" minutes'

# ---- the history, the summary and the round trip.
run 0 "$SIAMWIZ" checkpoint "$A" --list
has "$T/out" '^Stage 1\. Discovery and strategy$'
has "$T/out" '^  checkpoint 1  2026-10-02  repeat the stage$'
has "$T/out" '^      present: Dana Okafor, Lee Chen-Martin$'
has "$T/out" '^      risks: Sponsor leaves$'
has "$T/out" '^        Budget not approved$'
has "$T/out" '^      issues: No sourcing strategy$'
has "$T/out" '^      notes: Again in two weeks$'
has "$T/out" '^  checkpoint 2  2026-10-16  proceed$'
has "$T/out" '^Stage 2\. Plan and build \(timebox 45 min\)$'
has "$T/out" '^  checkpoint 1  2026-11-02  return to an earlier stage \(to stage 1\)$'
has "$T/out" '^Stage 4\. Run and improve$'
has "$T/out" '^  no checkpoint yet$'
run 0 "$SIAMWIZ" checkpoint "$A" 2 --list
hasnt "$T/out" 'Stage 1'
has "$T/out" '^  checkpoint 2  '
run 2 "$SIAMWIZ" checkpoint "$A" --list --decision proceed
has "$T/err" 'checkpoint --list takes no other options'
run 0 "$SIAMWIZ" summary "$A"
has "$T/out" '^Workshop: 3 participants registered; checkpoints per stage:$'
has "$T/out" '^  1\. 2 held, the last on 2026-10-16: proceed$'
has "$T/out" '^  2\. 2 held, the last on .*: proceed; timebox 45 min$'
has "$T/out" '^  3\. none held$'
cp "$A" "$T/before"
run 0 "$SIAMWIZ" profile "$A" --assessor "X"
run 0 "$SIAMWIZ" profile "$A" --assessor ""
same "$A" "$T/before"

# ---- the report's tables.
run 0 "$SIAMWIZ" report "$A" --format csv --table checkpoints --no-bom
has "$T/out" '^stage,iteration,decision,return_to,date,present,risks,issues,notes'
has "$T/out" '^1,1,repeat,,2026-10-02,"Dana Okafor$'
has "$T/out" '^2,1,return,1,2026-11-02,,,,'
run 0 "$SIAMWIZ" report "$A" --format csv --table participants --no-bom
has "$T/out" '^name,organization,layer,role'
has "$T/out" '^Lee Chen-Martin,Cobalt Cloud,provider,'
run 0 "$SIAMWIZ" report "$A" --format md
has "$T/out" '^\| 1 \| 2 \| proceed \|  \| 2026-10-16 \| Dana Okafor<br>Priya Raman \|'

# ---- a file that breaks the rules is refused on load with the line.
sed 's/iteration="2" decision="proceed" date="2026-10-16"/iteration="3" decision="proceed" date="2026-10-16"/' "$A" > "$T/bad.siam.xml"
run 1 "$SIAMWIZ" validate "$T/bad.siam.xml"
has "$T/err" 'bad.siam.xml:[0-9]+: checkpoint 3 of stage 1 should be number 2 of that stage'
sed 's/<present name="Lee Chen-Martin"\/>/<present name="Ghost"\/>/' "$A" > "$T/warn.siam.xml"
run 0 "$SIAMWIZ" validate "$T/warn.siam.xml"
has "$T/err" 'warn.siam.xml:[0-9]+: .*lists "Ghost", who is not in the participants register'

run 0 "$SIAMWIZ" checkpoint --help
has "$T/out" 'checkpoint FILE STAGE --decision'
run 0 "$SIAMWIZ" participant --help
run 0 "$SIAMWIZ" timebox --help
has "$T/out" 'timebox FILE STAGE MINUTES'
done_testing
