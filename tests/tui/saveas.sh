#!/bin/sh
# Save as, and what a save may replace: the S key moves the work (and its
# lock) to a new name, never over another assessment or a file another
# siamwiz holds; an existing plain file only when confirmed; a read-only
# file asks; a change on disk made while a start-up dialog was shown is
# noticed; a new file from the start screen is locked at once.
. "$(dirname "$0")/lib.sh"

DEMO="$TOP_SRCDIR/data/demo/demo.siam.xml"
F="$T/a.siam.xml"

# 1. S to a new name: the new file holds the work and the lock; the old
#    file keeps its content and its lock is gone.
copy "$DEMO" "$F"
copy "$DEMO" "$T/orig"
start "$SIAMWIZ" "$F"
keys 1 m S
shows "Save as"
keys C-u
type_text "$T/b.siam.xml"
keys Enter
shows "Saved .*b\.siam\.xml"
has "$T/b.siam.xml" '<item ref="DS.IN.01" result="missing"'
same "$F" "$T/orig"
checks=$((checks + 1))
[ -e "$T/b.siam.xml.lock" ] && [ ! -e "$F.lock" ] || fail "the lock did not move with the file"
# Later saves go to the new name.
keys Up p s
shows "Saved .*b\.siam\.xml"
has "$T/b.siam.xml" '<item ref="DS.IN.01" result="partial"'
same "$F" "$T/orig"

# 2. S over another assessment is refused; over a plain file it asks.
copy "$DEMO" "$T/c.siam.xml"
copy "$DEMO" "$T/other-name.xml"
echo "keep me" > "$T/notes.txt"
keys S C-u
type_text "$T/other-name.xml"
keys Enter
shows "is another"
keys Enter
shows "Not saved"
same "$T/other-name.xml" "$DEMO"
keys S C-u
type_text "$T/notes.txt"
keys Enter
shows "notes\.txt already exists\."
keys n
shows "Not saved"
has "$T/notes.txt" '^keep me$'
keys q y
ended 0

# 3. Read-only (another siamwiz holds the file): save as refuses that
#    very file, whatever its spelling.
copy "$DEMO" "$F"
start "$SIAMWIZ" "$F"
TM new-window -t w -d -n second "env LANG=C.UTF-8 TERM=tmux-256color '$SIAMWIZ' '$F'; sleep 600"
shows_in w:second "File in use"
TM send-keys -t w:second y
shows_in w:second "Roadmap"
TM send-keys -t w:second 1 m s C-u "$T/./a.siam.xml" Enter
shows_in w:second "another siamwiz is editing"
TM kill-window -t w:second
same "$F" "$DEMO"
keys q
ended 0

# 4. A read-only file: saving asks, n keeps it, y replaces it and keeps
#    the mode.
copy "$DEMO" "$F"
chmod 444 "$F"
start "$SIAMWIZ" "$F"
keys 1 m s
shows "a\.siam\.xml is read-only\."
keys n
shows "Not saved"
same "$F" "$DEMO"
keys s
shows "read-only"
keys y
shows "Saved "
has "$F" '<item ref="DS.IN.01" result="missing"'
checks=$((checks + 1))
[ "$(stat -c %a "$F")" = 444 ] || fail "the mode became $(stat -c %a "$F")"
keys q
ended 0
chmod 644 "$F"

# 5. The open stamp is the file as read: a change made on disk while the
#    recovery question is on screen is noticed at the next save.
copy "$DEMO" "$F"
sed 's/result="in-place"/result="partial"/' "$DEMO" > "$F.autosave"
start "$SIAMWIZ" "$F"
shows "Unsaved work from"
sed 's/<organization>/<organization>Changed meanwhile /' "$DEMO" > "$T/meanwhile"
cat "$T/meanwhile" > "$F"
keys Down Enter
shows "Roadmap"
keys 1 m s
shows "Changed on disk"
keys Escape
shows "Not saved: the file changed on disk"
has "$F" 'Changed meanwhile'
keys q n
ended 0

# 6. A new file from the start screen is created and locked at once.
start "$SIAMWIZ"
keys 1 C-u
type_text "$T/new.siam.xml"
keys Enter
shows "Engagement profile"
checks=$((checks + 1))
[ -f "$T/new.siam.xml" ] && [ -f "$T/new.siam.xml.lock" ] || fail "the new file is not created and locked"
run 2 "$SIAMWIZ" set "$T/new.siam.xml" DS.IN.01 --note "meanwhile"
has "$T/err" "is being edited by"
keys q
ended 0
checks=$((checks + 1))
[ ! -e "$T/new.siam.xml.lock" ] || fail "the lock of the new file outlived the wizard"
done_testing
