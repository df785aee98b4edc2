#!/bin/sh
# Under a locale that is not UTF-8 (LANG=C on a server, a serial console)
# every glyph falls back to ASCII through the glyph table: separators,
# the ellipsis, bars, lines and boxes, and text from the file is one "?"
# per character it cannot show, never "??".
. "$(dirname "$0")/lib.sh"

# nothing: the screen holds no "??" (and no raw UTF-8 either).
nothing_unshowable() {
	checks=$((checks + 1))
	screen > "$T/screen.txt"
	if grep -q '??' "$T/screen.txt" || LC_ALL=C grep -q "$(printf '[\200-\377]')" "$T/screen.txt"; then
		fail "a glyph has no ASCII fallback:"
		cat "$T/screen.txt" >&2
	fi
}

start env LANG=C LC_ALL=C "$SIAMWIZ" --demo
# The title separator, the profile line cut with an ellipsis, the bars.
shows "^ siamwiz \| Roadmap "
shows "Harbourline Logistics \| hybrid \| SIAM within an existing SMS \| .*~$"
shows "20/20 +############\.\.  82%"
shows "error DI\.A \(Scope of the service man~"
nothing_unshowable
# The item editor: separators, an empty field's dash, the guide's rule.
keys 2 Enter
shows "Stage 2, Plan and build \| input \| layers: customer"
shows "^ Providers +-$"
nothing_unshowable
# A dialog box is drawn with + - |.
keys x
shows "\+- Export a report -+"
shows "\| HTML: print-ready report for auditors +\|"
nothing_unshowable
keys Escape Escape
# The dashboard's bars and the search list.
keys g
shows "\[GAP\] +4\.3 +Determining the scope of the service man~ #+\.+ +[0-9]+%"
nothing_unshowable
keys q
ended 0

# Text from the file with characters the terminal cannot show: one "?"
# each, and the rest of the line still in its place.
F="$T/accents.siam.xml"
sed "s/<organization>[^<]*</<organization>$(printf 'Soci\303\251t\303\251 G\303\251n\303\251rale')</" \
	"$TOP_SRCDIR/data/demo/demo.siam.xml" > "$F"
start env LANG=C LC_ALL=C "$SIAMWIZ" "$F"
shows "^ Soci\?t\? G\?n\?rale \| "
nothing_unshowable
keys q
ended 0
done_testing
