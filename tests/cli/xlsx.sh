#!/bin/sh
# siamwiz report --format xlsx: the workbook opens as a zip of the sheets
# the report promises, cells are typed (clause numbers as text, dates as
# dates), nothing is a formula, hostile text is inert, and the same input
# gives the same bytes.  Where LibreOffice is installed it reads every
# sheet back.
. "$(dirname "$0")/lib.sh"

if [ "${HAVE_XLSX:-yes}" = no ]; then
	echo "SKIP: this build writes no Excel workbooks (configured --without-xlsx)"
	exit 77
fi
command -v unzip >/dev/null || { echo "SKIP: unzip is not installed"; exit 77; }

D="$T/demo.siam.xml"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$D"
SOURCE_DATE_EPOCH=1764547200
export SOURCE_DATE_EPOCH

run 0 "$SIAMWIZ" report "$D" --format xlsx -o "$T/r.xlsx"
run 0 unzip -l "$T/r.xlsx"
for part in '\[Content_Types\].xml' xl/workbook.xml xl/sharedStrings.xml xl/styles.xml docProps/core.xml \
	xl/worksheets/sheet1.xml xl/worksheets/sheet10.xml; do
	has "$T/out" " $part\$"
done
unzip -p "$T/r.xlsx" xl/workbook.xml > "$T/workbook.xml"
i=0
for name in "Summary" "Clauses" "Items and evidence" "Documented information" "Findings" "Nonconformities" \
	"Action plan" "Profile and providers" "Participants" "Checkpoints"; do
	i=$((i + 1))
	has "$T/workbook.xml" "<sheet name=\"$name\" sheetId=\"$i\""
done

# Properties: title, author (the assessor), company (the organization),
# and the report date (SOURCE_DATE_EPOCH) as the creation date.
unzip -p "$T/r.xlsx" docProps/core.xml > "$T/core.xml"
unzip -p "$T/r.xlsx" docProps/app.xml > "$T/app.xml"
has "$T/core.xml" '<dc:title>SIAM readiness against ISO/IEC 20000-1: gap report</dc:title>'
has "$T/core.xml" '<dc:creator>Dana Okafor \(Keystone Integration Partners\)</dc:creator>'
has "$T/core.xml" '<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-01T00:00:00Z</dcterms:created>'
has "$T/app.xml" '<Company>Harbourline Logistics</Company>'

# Typed cells: clause numbers are shared strings, never numbers; the
# clause sheet has a frozen header and a filter over its 77 rows.
unzip -p "$T/r.xlsx" xl/sharedStrings.xml > "$T/strings.xml"
unzip -p "$T/r.xlsx" xl/worksheets/sheet2.xml > "$T/clauses.xml"
has "$T/strings.xml" '<t>8\.5\.1</t>'
has "$T/clauses.xml" '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
has "$T/clauses.xml" '<autoFilter ref="A1:K78"/>'
hasnt "$T/clauses.xml" '<c r="A[0-9]+"( s="[0-9]+")?><v>'
# Due dates are dates: a number with a date style in the action plan.
unzip -p "$T/r.xlsx" xl/worksheets/sheet7.xml > "$T/actions.xml"
unzip -p "$T/r.xlsx" xl/styles.xml > "$T/styles.xml"
has "$T/styles.xml" 'formatCode="yyyy-mm-dd"'
has "$T/actions.xml" '<c r="J[0-9]+" s="[0-9]+"><v>4[0-9]{4}</v></c>'
# The checkpoints sheet: stage and number as numbers, the decision as text.
unzip -p "$T/r.xlsx" xl/worksheets/sheet10.xml > "$T/checkpoints.xml"
has "$T/checkpoints.xml" '<c r="A3"( s="[0-9]+")? t="n"><v>1</v></c>|<c r="A3"( s="[0-9]+")?><v>1</v></c>'
has "$T/checkpoints.xml" '<c r="B3"( s="[0-9]+")?( t="n")?><v>2</v></c>'
has "$T/strings.xml" '<t>Tomás Herrera</t>'
has "$T/strings.xml" '<t>repeat the stage</t>'
# Not a single formula anywhere.
unzip -p "$T/r.xlsx" 'xl/worksheets/*.xml' > "$T/sheets.xml"
hasnt "$T/sheets.xml" '<f>|<f '

# The same input, the same bytes.
run 0 "$SIAMWIZ" report "$D" --format xlsx -o "$T/again.xlsx"
same "$T/r.xlsx" "$T/again.xlsx"

# Hostile text: a formula stays a string, a bidi override is shown.
run 0 "$SIAMWIZ" set "$D" DS.IN.01 --owner "=HYPERLINK(\"http://x\")" --note "$(printf 'pay\342\200\256evil')"
run 0 "$SIAMWIZ" report "$D" --format xlsx -o "$T/h.xlsx"
unzip -p "$T/h.xlsx" xl/sharedStrings.xml > "$T/hs.xml"
unzip -p "$T/h.xlsx" 'xl/worksheets/*.xml' > "$T/hsheets.xml"
has "$T/hs.xml" '<t>=HYPERLINK\(&quot;http://x&quot;\)</t>|<t>=HYPERLINK\("http://x"\)</t>'
has "$T/hs.xml" 'pay&lt;U\+202E&gt;evil'
hasnt "$T/hs.xml" "$(printf '\342\200\256')"
hasnt "$T/hsheets.xml" '<f>|<f '

# LibreOffice reads every sheet back, the clause number as text.
if command -v soffice >/dev/null; then
	mkdir "$T/lo" "$T/home"
	HOME="$T/home" soffice --headless --convert-to \
		'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
		--outdir "$T/lo" "$T/r.xlsx" >"$T/lo.out" 2>&1
	n=$(ls "$T/lo" | wc -l)
	checks=$((checks + 1))
	[ "$n" -eq 10 ] || fail "LibreOffice wrote $n sheets, expected 10: $(cat "$T/lo.out")"
	has "$T/lo/r-Clauses.csv" '^8\.5\.1,8\.5,Change management,'
	has "$T/lo/r-Items and evidence.csv" '^DS\.IN\.01,'
	has "$T/lo/r-Action plan.csv" ',20[0-9]{2}-[0-9]{2}-[0-9]{2},'
	has "$T/lo/r-Participants.csv" '^Priya Raman,Harbourline Logistics,customer,'
	has "$T/lo/r-Checkpoints.csv" '^1,1,repeat the stage,,'
else
	echo "note: soffice is not installed; the LibreOffice read-back was not run"
fi
done_testing
