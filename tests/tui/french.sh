#!/bin/sh
# In French (LANGUAGE=fr), the interface, the knowledge base texts and the
# reports are French: no English message of the program and no English
# knowledge-base text is left on the screens of a walk through the
# wizard, in --help, or in the HTML report.  (The demo's own data, names
# and notes typed by its fictional consultant, stay as they were typed.)
. "$(dirname "$0")/lib.sh"

GMO="$(dirname "$SIAMWIZ")/../po/fr.gmo"
if [ ! -f "$GMO" ] || ! command -v msgattrib >/dev/null 2>&1; then
	echo "SKIP: no French catalog built, or gettext tools missing"
	exit 77
fi
mkdir -p "$T/locale/fr/LC_MESSAGES"
cp "$GMO" "$T/locale/fr/LC_MESSAGES/siamwiz.mo"
export SIAMWIZ_LOCALEDIR="$T/locale"

# The English strings that must not show: program messages whose French
# differs (long enough to be unambiguous), and knowledge-base texts.
msgattrib --no-wrap --translated "$TOP_SRCDIR/po/fr.po" | awk '
	/^msgid "/ { id = substr($0, 8, length($0) - 8); next }
	/^msgstr "/ { s = substr($0, 9, length($0) - 9)
		gsub(/\\n/, "", id); gsub(/\\"/, "\"", id)
		if (id != s && length(id) >= 14 && id !~ /%/ && id !~ /^ *-/) print id }
' > "$T/english"
sed -n 's/.*<t xml:lang="en">\([^<]\{24\}\).*/\1/p' "$TOP_SRCDIR"/data/kb/*.xml | sed 's/&amp;/\&/g' >> "$T/english"
checks=$((checks + 1))
[ "$(wc -l < "$T/english")" -gt 1000 ] || fail "too few English strings collected: $(wc -l < "$T/english")"

french() {	# NAME FILE: FILE holds no English string
	checks=$((checks + 1))
	if grep -F -f "$T/english" "$2" > "$T/left"; then
		fail "$1 shows English: $(head -n 3 "$T/left")"
	fi
}

LANG=C.UTF-8 LANGUAGE=fr "$SIAMWIZ" --help > "$T/help" 2>&1
french "--help" "$T/help"
has "$T/help" '^Commandes :'
LANG=C.UTF-8 LANGUAGE=fr "$SIAMWIZ" set --help > "$T/help" 2>&1
french "set --help" "$T/help"

LANG=C.UTF-8 LANGUAGE=fr "$SIAMWIZ" report "$TOP_SRCDIR/data/demo/demo.siam.xml" --format html -o "$T/r.html"
# Drop the demo's own data (the item register and profile tables carry it).
sed -n 's/.*>\([^<][^<]*\)<.*/\1/p' "$TOP_SRCDIR/data/demo/demo.siam.xml" | sed 's/&amp;/\&/g; s/&gt;/>/g' > "$T/userdata"
strip_userdata() {	# remove every piece of the demo's own text from stdin
	awk -v f="$T/userdata" 'BEGIN { while ((getline l < f) > 0) if (length(l) > 3) u[++n] = l }
		{ for (i = 1; i <= n; i++) while ((k = index($0, u[i])) > 0)
			$0 = substr($0, 1, k - 1) substr($0, k + length(u[i])); print }'
}
sed -e 's/<[^>]*>/\n/g' "$T/r.html" | strip_userdata > "$T/r.txt"
french "the HTML report" "$T/r.txt"
has "$T/r.html" '<html lang="fr">'
has "$T/r.html" 'Synthèse|Résumé'
"$SIAMWIZ" report "$TOP_SRCDIR/data/demo/demo.siam.xml" --format html --lang fr -o "$T/r2.html"
has "$T/r2.html" '<html lang="fr">'

# The walk: every main screen of the wizard.
TM() { tmux -L "$SOCK" -f /dev/null "$@"; }
TM kill-server 2>/dev/null
TM new-session -d -s w -x 80 -y 24 \
	"env SIAMWIZ_LOCALEDIR='$T/locale' LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=fr TERM=tmux-256color '$SIAMWIZ' --demo; sleep 600"
settle
n=0
walk() {
	keys "$@"
	n=$((n + 1))
	screen | strip_userdata > "$T/screen$n"
	french "screen $n (after $*)" "$T/screen$n"
}
walk r
walk 1
walk 2
walk Enter
walk ]
walk ]
walk ]
walk '?'
walk Escape Escape g
walk o
walk f
walk Down Down Down Enter
walk Escape f End Up Enter
walk Escape F
walk Enter
walk Escape D
walk A
walk P
walk Down Down Down Enter
walk Escape Escape x
walk Escape /
type_text "contrat"
walk Escape q
has "$T/screen1" 'Feuille de route'
done_testing
