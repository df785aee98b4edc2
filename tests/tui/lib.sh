# Golden-screen helpers: drive siamwiz in a private tmux server at 80x24,
# send keys, wait for the screen to settle, compare with the text files in
# tests/tui/golden/ (GENERATE=1 rewrites them).  Sourced, not run.
. "$(dirname "$0")/../cli/lib.sh"

SCREENS="$TOP_SRCDIR/tests/tui/golden"
if ! command -v tmux >/dev/null 2>&1; then
	echo "SKIP: tmux is not installed"
	exit 77
fi
SOCK="siamwiz-test-$$"
TM() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'TM kill-server 2>/dev/null; rm -rf "$T"' EXIT
export HOME="$T" XDG_STATE_HOME="$T/state" XDG_CONFIG_HOME="$T/config"

# start [WxH] CMD...: siamwiz in a fresh session; its exit status is kept.
start() {
	size=80x24
	# A size is digits x digits; a path may hold an x too (a mktemp name).
	case "$1" in [0-9]*x[0-9]*) size=$1; shift ;; esac
	if TM has-session 2>/dev/null; then
		TM kill-server 2>/dev/null
		sleep 0.3
	fi
	: > "$T/status"
	# Each start is a fresh session: the wizard opens where the file was
	# left only when a test keeps that (PLACES=keep).
	[ "${PLACES:-}" = keep ] || rm -f "$XDG_STATE_HOME/siamwiz/places"
	TM new-session -d -s w -x "${size%x*}" -y "${size#*x}" \
		"env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= TERM=tmux-256color NO_COLOR= $*; echo \$? > '$T/status'; sleep 600"
	settle
}

# Wait until three captures 100 ms apart agree (at most about 8 s).  The
# checks below also retry for a while, so that a slow machine (a sanitizer
# build, a loaded CI runner) only makes the tests slower, never flaky.
settle() {
	prev="" i=0 same=0
	while [ $i -lt 80 ]; do
		sleep 0.1
		cur=$(TM capture-pane -p -t w 2>/dev/null)
		if [ -n "$cur" ] && [ "$cur" = "$prev" ]; then
			same=$((same + 1))
			[ $same -ge 2 ] && return 0
		else
			same=0
		fi
		prev=$cur
		i=$((i + 1))
	done
}

# keys KEY...: tmux key names (Enter, Escape, Down, C-s, ...) or text.
keys() {
	for k in "$@"; do
		TM send-keys -t w "$k"
		settle
	done
}

# click X Y: a left click (press and release, X10 mouse encoding) at
# column X, row Y, counted from 0.
click() {
	cx=$(printf "\\$(printf %o $((33 + $1)))")
	cy=$(printf "\\$(printf %o $((33 + $2)))")
	TM send-keys -t w -l "$(printf '\033[M ')$cx$cy"
	TM send-keys -t w -l "$(printf '\033[M#')$cx$cy"
	settle
}

# type TEXT: literal text, no key-name interpretation.
type_text() {
	TM send-keys -t w -l "$1"
	settle
}

screen() {
	TM capture-pane -p -t w | sed -e "s/saved [0-9][0-9]:[0-9][0-9]/saved HH:MM/" \
		-e "s/$(date +%Y-%m-%d)/YYYY-MM-DD/g"
}

# golden NAME: the screen must equal tests/tui/golden/NAME.txt.
golden() {
	checks=$((checks + 1))
	screen > "$T/screen.txt"
	if [ "${GENERATE:-}" = 1 ]; then
		cp "$T/screen.txt" "$SCREENS/$1.txt"
		return
	fi
	i=0
	while ! cmp -s "$T/screen.txt" "$SCREENS/$1.txt" && [ $i -lt 30 ]; do
		sleep 0.1
		screen > "$T/screen.txt"
		i=$((i + 1))
	done
	if ! cmp -s "$T/screen.txt" "$SCREENS/$1.txt"; then
		fail "screen $1 differs from the golden file:"
		diff -u "$SCREENS/$1.txt" "$T/screen.txt" >&2
	fi
}

# shows_in TARGET REGEX: a given window (w:second...) matches, waiting up
# to 10 s for it.
shows_in() {
	checks=$((checks + 1))
	i=0
	while [ $i -lt 100 ]; do
		TM capture-pane -p -t "$1" > "$T/screen.txt" 2>/dev/null
		grep -Eq -- "$2" "$T/screen.txt" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "window $1 lacks /$2/"
	cat "$T/screen.txt" >&2
}

# await TENTHS CONDITION: wait until the shell condition holds, at most
# TENTHS tenths of a second (the caller checks the outcome).
await() {
	n=$1
	shift
	i=0
	while ! eval "$*" && [ $i -lt "$n" ]; do
		sleep 0.1
		i=$((i + 1))
	done
}

# The emergency save of FILE is written and its lock released.
saved_beside() {
	[ -f "$1.autosave" ] && [ ! -e "$1.lock" ]
}

# A recovery file is in the state directory.
recovered() {
	ls "$XDG_STATE_HOME"/siamwiz/recovered-*.siam.xml >/dev/null 2>&1
}

# shows REGEX: the current screen matches.
shows() {
	checks=$((checks + 1))
	i=0
	screen > "$T/screen.txt"
	while ! grep -Eq -- "$1" "$T/screen.txt" && [ $i -lt 80 ]; do
		sleep 0.1
		screen > "$T/screen.txt"
		i=$((i + 1))
	done
	grep -Eq -- "$1" "$T/screen.txt" || { fail "screen lacks /$1/"; cat "$T/screen.txt" >&2; }
}

# The program ended, with this exit status.
ended() {
	i=0
	while [ ! -s "$T/status" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	checks=$((checks + 1))
	[ "$(cat "$T/status")" = "$1" ] || fail "exit status $(cat "$T/status"), expected $1"
}
