#!/bin/sh
# How long and how much memory siamwiz takes to answer small hostile
# files (issue: thousands of duplicate providers, tens of thousands of
# attributes or namespace declarations on one element, 200,000 providers),
# as ratios to the start of a siamwiz process measured in the same run.
# The targets: each answered in under a second and under 100 MB.  Prints
# figures; asserts nothing.
#
# Usage: bench/hostile.sh [SIAMWIZ]   (default: src/siamwiz of this tree)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
S=${1:-$top/src/siamwiz}
DEMO="$top/data/demo/demo.siam.xml"
T=$(mktemp -d "${TMPDIR:-/tmp}/siamwiz-bench.XXXXXX")
trap 'rm -rf "$T"' EXIT
if [ ! -x /usr/bin/time ]; then
	echo "bench/hostile.sh needs GNU time (/usr/bin/time, Debian package \"time\")" >&2
	exit 2
fi

providers() {
	awk -v n="$1" -v same="$2" '{ print } /<providers>/ && !done {
		for (i = 0; i < n; i++)
			printf "<provider type=\"external\"><name>%s</name></provider>\n", same ? "Dup" : "P" i
		done = 1 }' "$DEMO" > "$3"
}
on_organization() {
	awk -v what="$1" -v n="$2" '/<organization>/ && !done { s = ""
		for (i = 0; i < n; i++)
			s = s (what == "ns" ? " xmlns:n" i "=\"urn:x:" i "\"" : " a" i "=\"x\"")
		sub(/<organization>/, "<organization" s ">"); done = 1 } { print }' "$DEMO" > "$3"
}
holders() {
	awk -v n="$1" '/<\/profile>/ && !done { print "<roles><role ref=\"R.SI.01\">"
		for (i = 0; i < n; i++) printf "<holder raci=\"accountable\">H%d</holder>\n", i
		print "</role></roles>"; done = 1 } { print }' "$DEMO" > "$2"
}

providers 3000 1 "$T/dup-3k.siam.xml"
providers 100000 1 "$T/dup-100k.siam.xml"
providers 200000 0 "$T/distinct-200k.siam.xml"
on_organization a 100000 "$T/attributes-100k.siam.xml"
on_organization ns 200000 "$T/namespaces-200k.siam.xml"
cp "$DEMO" "$T/demo.siam.xml"

# measure CMD...: "seconds peak-KB", the best of five runs (wall time by
# the nanosecond clock, the peak resident size from GNU time).
measure() {
	best=""
	for _ in 1 2 3 4 5; do
		t0=$(date +%s%N)
		/usr/bin/time -f "%M" -o "$T/time" "$@" >/dev/null 2>"$T/stderr"
		t1=$(date +%s%N)
		r="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }') $(tail -n 1 "$T/time")"
		if [ -z "$best" ] || awk -v x="${r% *}" -v y="${best% *}" 'BEGIN { exit !(x < y) }'; then
			best=$r
		fi
	done
	echo "$best"
}

floor=$(measure "$S" --version)
fs=$(echo "$floor" | awk '{print $1}')
fk=$(echo "$floor" | awk '{print $2}')
printf "floor: siamwiz --version  %.4f s  %d KB\n\n" "$fs" "$fk"
printf "%-26s %9s %8s %9s %8s %8s  %s\n" file bytes seconds "x floor" MB "x floor" "messages"
for f in "$T"/demo.siam.xml "$T"/dup-3k.siam.xml "$T"/dup-100k.siam.xml "$T"/distinct-200k.siam.xml \
	"$T"/attributes-100k.siam.xml "$T"/namespaces-200k.siam.xml; do
	r=$(measure "$S" validate "$f")
	s=$(echo "$r" | awk '{print $1}')
	k=$(echo "$r" | awk '{print $2}')
	lines=$(wc -l < "$T/stderr")
	verdict=$(awk -v s="$s" -v k="$k" 'BEGIN { print (s < 1 && k < 100 * 1024) ? "within target" : "OVER TARGET" }')
	printf "%-26s %9d %8.3f %9.1f %8.1f %8.1f  %d  %s\n" "$(basename "$f")" "$(wc -c < "$f")" "$s" \
		"$(awk -v a="$s" -v b="$fs" 'BEGIN { print (b > 0 ? a / b : 0) }')" \
		"$(awk -v k="$k" 'BEGIN { print k / 1024 }')" \
		"$(awk -v a="$k" -v b="$fk" 'BEGIN { print (b > 0 ? a / b : 0) }')" "$lines" "$verdict"
done
