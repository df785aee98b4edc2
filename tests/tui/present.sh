#!/bin/sh
# The presenter view, as a room follows it: drawn at 80x24, then followed
# by a second, smaller client attached read-only to the same session (the
# recipe in the README and siamwiz(1)), which sees the whole view redrawn
# at its size and cannot type into it; answers captured on the main
# client show on the follower's screen.  A terminal that cannot place the
# cursor gets one line and the summary instead of a screen of blanks.
. "$(dirname "$0")/lib.sh"

F="$T/p.siam.xml"
"$SIAMWIZ" new "$F" --org "Harbour Freight" >/dev/null || fail "siamwiz new"
start "$SIAMWIZ" "$F"
keys 1 V
shows "Answer: not assessed"
golden present
checks=$((checks + 1))
if screen | grep -q "siamwiz"; then fail "the presenter view shows more than the question"; fi
keys Down
shows "question 2/"
keys Up
shows "question 1/"

# A follower attaches read-only from a smaller terminal; the window
# follows the smallest client, so everyone sees all of it.
TM set -g window-size smallest
TM set -g status off
TM new-session -d -s viewer -x 64 -y 20 \
	"TMUX= tmux -L '$SOCK' -f /dev/null attach -r -t w"
shows_in viewer "Answer: not assessed"
shows_in viewer "question 1/"
checks=$((checks + 1))
size=$(TM display -p -t w '#{window_width}x#{window_height}')
[ "$size" = "64x20" ] || fail "the presenter window is $size with the follower attached, expected 64x20"
TM capture-pane -p -t w > "$T/small.txt"
TM capture-pane -p -t viewer > "$T/follower.txt"
same "$T/small.txt" "$T/follower.txt"
golden present-64x20

# The follower cannot answer: its keys go nowhere.
TM send-keys -t viewer m
sleep 0.5
shows_in viewer "Answer: not assessed"
# The facilitator answers; the follower sees the next item's question.
keys i
shows_in viewer "Business and IT strategies"
shows_in viewer "DS.IN.01: in place"
shows "Answer: not assessed"
keys s q
ended 0
has "$F" '<item ref="DS.IN.01" result="in-place" status="done"'
hasnt "$F" 'result="missing"'

# TERM=dumb: one line saying why, then the summary.
start env TERM=dumb "$SIAMWIZ" "$F"
shows "TERM=dumb is unknown or cannot place the cursor"
shows "Roadmap progress"
shows "1\. Discovery and strategy +1/20"
ended 0

done_testing
