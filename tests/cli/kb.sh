#!/bin/sh
# siamwiz kb: list, show, check (shipped and broken knowledge bases), export.
. "$(dirname "$0")/lib.sh"

run 0 "$SIAMWIZ" kb list --format tsv
cp "$T/out" "$T/list.tsv"
# Every clause of 4 to 10 in ISO/IEC 20000-1:2018, and the four stages.
for c in 4 4.1 4.2 4.3 4.4 5 5.1 5.2 5.2.1 5.2.2 5.3 6 6.1 6.2 6.2.1 6.2.2 6.3 7 7.1 7.2 7.3 7.4 \
	7.5 7.5.1 7.5.2 7.5.3 7.5.4 7.6 8 8.1 8.2 8.2.1 8.2.2 8.2.3 8.2.4 8.2.5 8.2.6 8.3 8.3.1 8.3.2 \
	8.3.3 8.3.4 8.3.4.1 8.3.4.2 8.4 8.4.1 8.4.2 8.4.3 8.5 8.5.1 8.5.1.1 8.5.1.2 8.5.1.3 8.5.2 \
	8.5.2.1 8.5.2.2 8.5.2.3 8.5.3 8.6 8.6.1 8.6.2 8.6.3 8.7 8.7.1 8.7.2 8.7.3 8.7.3.1 8.7.3.2 \
	8.7.3.3 9 9.1 9.2 9.3 9.4 10 10.1 10.2; do
	checks=$((checks + 1))
	grep -q "^$(echo "$c" | sed 's/\./\\./g')	clause	" "$T/list.tsv" || fail "clause $c missing from kb list"
done
[ "$(grep -c '	clause	' "$T/list.tsv")" -eq 77 ] || fail "expected 77 clauses"
has "$T/list.tsv" '^DS	stage	Discovery and strategy$'
has "$T/list.tsv" '^PB	stage	Plan and build$'
has "$T/list.tsv" '^IM	stage	Implement$'
has "$T/list.tsv" '^RI	stage	Run and improve$'
has "$T/list.tsv" '^DS\.OUT\.08	output	'
has "$T/list.tsv" '^8\.3\.4\.1	clause	Management of external suppliers$'
has "$T/list.tsv" '^REC\.INCIDENTS	record	'
has "$T/list.tsv" '^lead-supplier	model	'
checks=$((checks + 1))
awk -F '\t' 'NF != 3 { exit 1 }' "$T/list.tsv" || fail "kb list tsv: a line without exactly 3 fields"
run 0 "$SIAMWIZ" kb list
has "$T/out" '^Stage 1: Discovery and strategy \(DS\)'
run 2 "$SIAMWIZ" kb list --format xml

run 0 "$SIAMWIZ" kb show DS.OUT.08
has "$T/out" '^DS\.OUT\.08  '
has "$T/out" '^Workshop questions'
has "$T/out" '^  1\. '
has "$T/out" '^Evidence examples'
has "$T/out" '^Supports ISO/IEC 20000-1'
has "$T/out" '8\.2\.3 +Control of parties involved in the service lifecycle'
run 0 "$SIAMWIZ" kb show 8.3.4.1
has "$T/out" '^ISO/IEC 20000-1:2018 clause 8\.3\.4\.1  Management of external suppliers'
has "$T/out" '^Supported by'
has "$T/out" '^  [A-Z][A-Z]\.(IN|OUT)\.[0-9][0-9] '
has "$T/out" 'REC\.DISPUTES'
run 0 "$SIAMWIZ" kb show DI.I
has "$T/out" '^Produced by'
run 0 "$SIAMWIZ" kb show PB
has "$T/out" '^Stage 2: Plan and build'
run 0 "$SIAMWIZ" kb show hybrid
has "$T/out" '^Trade-off'
run 1 "$SIAMWIZ" kb show NOPE
has "$T/err" 'no knowledge-base element has the ID "NOPE"'

# The shipped knowledge base is complete.
run 0 "$SIAMWIZ" kb check
has "$T/out" 'clauses 4-10 supported by an item +77/77 +100%'
has "$T/out" 'items linked to at least one clause +([0-9]+)/\1 +100%'
has "$T/out" 'documented information and records produced by an item +30/30 +100%'
has "$T/out" 'No problems found'
run 0 "$SIAMWIZ" kb check $(ls "$TOP_SRCDIR"/data/kb/*.xml)

# Broken knowledge bases: exit 1 and a specific message each.
B="$TESTDATA/kb-broken"
brk() {	# FILE REGEX
	run 1 "$SIAMWIZ" kb check "$B/$1"
	has "$T/err" "$2"
}
brk dangling-clause.xml 'dangling-clause\.xml:9: item S1\.IN\.01 supports unknown clause 4\.7'
brk dangling-feed.xml 'item S1\.IN\.01 refers to unknown item S2\.IN\.09'
brk duplicate-id.xml 'duplicate-id\.xml:6: duplicate ID 4\.1'
brk empty-text.xml '4: summary is empty in language "en"'
brk item-without-link.xml 'item S1\.IN\.01 is linked to no clause'
brk missing-language.xml 'S1: title has no text in language "fr"'
brk schema-violation.xml 'schema-violation\.xml:4: .*attribute status of <clause>'
brk unproduced-document.xml 'documented information DI\.A is produced by no item'
brk unsupported-clause.xml 'clause 4\.2 is supported by no item'
has "$T/out" 'clauses 4-10 supported by an item +2/3 +66%'
brk no-primary.xml 'clause 4\.1 has no primary support'
brk link-without-role.xml 'the link of item S1\.IN\.01 to clause 4\.1 has no role'
brk avoided-rendering.xml 'S1\.IN\.01: rationale \(fr\) uses "périmètre"; the glossary \(G\.scope\) says'
brk avoided-rendering.xml 'item S1\.IN\.01 names no source'
brk same-as-with-links.xml 'same-as-with-links\.xml:15: item S1\.IN\.01 is the same artefact as S1\.OUT\.01'
run 1 "$SIAMWIZ" kb check "$T/none.xml"
has "$T/err" 'none\.xml: cannot open'

# --kb: a broken knowledge base is refused before any work is done.
run 0 "$SIAMWIZ" new "$T/a.siam.xml" --org A
run 2 "$SIAMWIZ" --kb "$B/dangling-clause.xml" validate "$T/a.siam.xml"
has "$T/err" 'cannot be used'

# Export: one row per link plus a header.
links=$("$SIAMWIZ" kb check | sed -n 's/.* \([0-9]*\) links,.*/\1/p')
run 0 "$SIAMWIZ" kb export --format csv
checks=$((checks + 1))
rows=$(awk 'BEGIN{RS="\r\n"} END{print NR}' "$T/out")
[ "$rows" -eq $((links + 1)) ] || fail "csv has $rows rows, expected $((links + 1))"
has "$T/out" '^Stage,Item,Item title,Kind,Clause,Clause title,Role,Relation,Rationale'
has "$T/out" ',9\.2,Internal audit,primary,'
# Every link has a role; every clause with links a primary item; every
# stage and item a source; the French follows the glossary.
run 0 "$SIAMWIZ" kb check
has "$T/out" 'links with a role \(primary or supporting\) +[0-9]+/[0-9]+ +100%'
has "$T/out" 'clauses with links that have a primary item +[0-9]+/[0-9]+ +100%'
has "$T/out" 'stages and items that name their source +80/80 +100%'
has "$T/out" 'texts using a rendering the glossary avoids: 0'
has "$T/out" 'clauses with several primary items: .*9\.2 \(2\)'
run 0 "$SIAMWIZ" kb show 9.2
has "$T/out" 'PB\.OUT\.11 .*\[primary, '
has "$T/out" 'RI\.OUT\.04 .*\[primary, '
run 0 "$SIAMWIZ" kb show PB.IN.04
has "$T/out" '^Same artefact as: DS\.OUT\.06'
has "$T/out" '^Source: ISO/IEC TS 20000-14:2023, 6\.2\.3'
run 0 "$SIAMWIZ" kb show PB
has "$T/out" '^Activities'
run 0 "$SIAMWIZ" kb export --format md
has "$T/out" '^\| Stage \| Item \|'
has "$T/out" '^\| --- \|'
checks=$((checks + 1))
[ "$(grep -c '^| [1-4]\. ' "$T/out")" -eq "$links" ] || fail "markdown rows differ from link count"
run 2 "$SIAMWIZ" kb export --format pdf
run 2 "$SIAMWIZ" kb export
done_testing
