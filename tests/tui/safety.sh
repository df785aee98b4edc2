#!/bin/sh
# Never lose the room's work: autosave, emergency save when the terminal
# disappears, recovery at the next open, the lock against a second editor,
# and changes made on disk behind the wizard's back.
. "$(dirname "$0")/lib.sh"

F="$T/w.siam.xml"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$F"
cp "$F" "$T/orig"

# 1. Unsaved edits, then the terminal vanishes (the pane is killed: the
#    program gets a hangup).  The file is untouched, the edits are beside it.
start "$SIAMWIZ" "$F"
keys 3 i i m
TM kill-pane -t w
await 100 saved_beside "$F"
same "$F" "$T/orig"
has "$F.autosave" '<item ref="IM.IN.01" result="in-place"'
checks=$((checks + 1))
[ ! -e "$F.lock" ] || fail "the lock was not released"

# 2. The next open offers the work back; compare, then recover, then save.
start "$SIAMWIZ" "$F"
shows "Recover unsaved work|Unsaved work from"
keys Down Down Enter
shows "IM\\.IN\\.01: not assessed -> in place"
keys Enter
shows "Recover it"
keys Enter
shows "Unsaved work recovered"
shows "\\[\\+\\] unsaved"
keys s
shows "Saved "
has "$F" '<item ref="IM.IN.01" result="in-place"'
checks=$((checks + 1))
[ ! -e "$F.autosave" ] || fail "the autosave outlived the save"

# 3. A second siamwiz on the same file is told who holds it, and opens it
#    read-only; saving then asks for another name.
TM new-window -t w -d -n second "env LANG=C.UTF-8 TERM=tmux-256color '$SIAMWIZ' '$F'; sleep 600"
shows_in w:second "File in use"
TM send-keys -t w:second y
shows_in w:second "Roadmap"
TM send-keys -t w:second 1
shows_in w:second "Stage 1"
TM send-keys -t w:second m s
shows_in w:second "Save as \\(the file is open in another siamwiz\\)"
TM send-keys -t w:second C-u "$T/copy.siam.xml" Enter
shows_in w:second "Saved "
has "$T/copy.siam.xml" '<item ref="DS.IN.01" result="missing"'
TM kill-window -t w:second

# 4. The file changes on disk behind the wizard: saving asks first.
keys 1 p
#    (The command line takes the lock and is refused while the wizard holds
#    the file; another program writing it in place is what remains.)
run 2 "$SIAMWIZ" set "$F" DS.IN.02 --note "refused: the wizard holds the file"
has "$T/err" 'is being edited by'
cp "$F" "$T/other.siam.xml"
"$SIAMWIZ" set "$T/other.siam.xml" DS.IN.02 --note "written by someone else" 2>/dev/null
cat "$T/other.siam.xml" > "$F"
keys s
shows "Changed on disk"
keys Escape
shows "Not saved: the file changed on disk"
has "$F" 'written by someone else'
keys s y
shows "Saved "
has "$F" '<item ref="DS.IN.01" result="partial"'
keys q
ended 0
checks=$((checks + 1))
[ ! -e "$F.lock" ] || fail "the lock was not released at quit"

# 5. A lock left by a process that no longer runs is taken over quietly.
printf '%s %s 999999 1700000000\n' "$(id -un)" "$(hostname)" > "$F.lock"
start "$SIAMWIZ" "$F"
shows "Roadmap"
keys q
ended 0

# 6. Autosave without any signal: after 20 edits the work is beside the file.
start "$SIAMWIZ" "$F"
keys 4 i i i i i i i i i i i i i i i i i i 1 m m
await 30 test -f "$F.autosave"
checks=$((checks + 1))
[ -f "$F.autosave" ] || fail "no autosave after 20 edits"
keys q n
ended 0
checks=$((checks + 1))
[ ! -e "$F.autosave" ] || fail "the autosave survived an explicit discard"

# 7. Work with no file of its own (the demo) goes to the state directory
#    when the terminal vanishes, and the start screen offers it back.
start "$SIAMWIZ" --demo
keys 3 p p
TM kill-pane -t w
await 100 recovered
has "$(ls "$XDG_STATE_HOME"/siamwiz/recovered-*.siam.xml | head -n 1)" '<item ref="IM.IN.02" result="partial"'
start "$SIAMWIZ"
keys 5
shows "recovered-"
keys Enter 3
shows "IM\.IN\.02 +\[partial\]"
keys q
ended 0
done_testing
