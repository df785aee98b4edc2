#!/bin/sh
# siamwiz gaps and siamwiz report on the demo and on a file built here.
. "$(dirname "$0")/lib.sh"

D="$T/demo.siam.xml"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$D"

# The demo has gaps: exit 1, each with its reasons.
run 1 "$SIAMWIZ" gaps "$D"
has "$T/out" '^Harbourline Logistics: 77 clauses: '
has "$T/out" '^GAP +9\.4 +Service reporting'
has "$T/out" 'Primary, missing: PB\.OUT\.07 \(owner: SIAM operational'
has "$T/out" '^GAP +4\.3 '
has "$T/out" 'DI\.A \(Scope of the service management system\), which'
has "$T/out" '^Rule findings:'
has "$T/out" 'clauses? with a gap$'
run 1 "$SIAMWIZ" gaps "$D" --clause 9.4
has "$T/out" '^GAP +9\.4 '
has "$T/out" 'PB\.OUT\.07 +primary +missing'

# In place without evidence is a claim: it covers nothing and is a finding.
for id in $(sed -n 's/^ *\([A-Z][A-Z]\.[A-Z]*\.[0-9][0-9]\) .*/\1/p' "$T/out"); do
	run 0 "$SIAMWIZ" set "$D" "$id" --result in-place
done
run 0 "$SIAMWIZ" gaps "$D" --clause 9.4
has "$T/out" '^PARTIAL +9\.4 '
has "$T/out" 'Primary, in place but without evidence: PB\.OUT\.07'
run 1 "$SIAMWIZ" gaps "$D"
has "$T/out" 'warning +13 +PB\.OUT\.07 \(Performance management and reporting'
# With evidence recorded for its primary items, 9.4 is covered.
run 0 "$SIAMWIZ" set "$D" PB.OUT.07 --evidence "Performance framework v2" --evidence-date 2026-11-02 --reviewer "Lead auditor"
run 0 "$SIAMWIZ" set "$D" RI.OUT.01 --evidence "October end-to-end report"
run 0 "$SIAMWIZ" gaps "$D" --clause 9.4
has "$T/out" '^COVERED +9\.4 +Service reporting'
run 0 "$SIAMWIZ" gaps "$D" --clause 9.4 --format json
has "$T/out" '"id":"9\.4","title":"Service reporting","status":"covered"'
run 1 "$SIAMWIZ" set "$D" PB.OUT.07 --evidence x --evidence-date 2026-02-30
run 2 "$SIAMWIZ" set "$D" PB.OUT.07 --reviewer "No evidence before"
run 1 "$SIAMWIZ" gaps "$D" --format csv
has "$T/out" '^clause,title,status,coverage,verdict,judgement_id,reason'
has "$T/out" '^4\.3,Determining the scope of the service management system,gap,[0-9.]*,major-nc,NC-001,'
run 1 "$SIAMWIZ" gaps "$D" --stage 2
hasnt "$T/out" ' 9\.4 '
run 2 "$SIAMWIZ" gaps "$D" --stage 5
run 2 "$SIAMWIZ" gaps "$D" --clause 11.2
has "$T/err" 'not a clause'
run 2 "$SIAMWIZ" gaps "$D" --format xml

# A clause supported only by not-applicable items is a gap, with that reason.
A="$T/a.siam.xml"
run 0 "$SIAMWIZ" new "$A" --org Acme --model hybrid --start existing-sms
run 0 "$SIAMWIZ" gaps "$A" --clause 7.5.4 --format json
for id in $("$SIAMWIZ" kb show 7.5.4 | sed -n 's/^  \([A-Z][A-Z]\.[A-Z]*\.[0-9][0-9]\) .*/\1/p'); do
	run 0 "$SIAMWIZ" set "$A" "$id" --result not-applicable --justification "Out of scope for this pilot."
done
run 1 "$SIAMWIZ" gaps "$A" --clause 7.5.4
has "$T/out" '^GAP +7\.5\.4 '
has "$T/out" 'Every item linked to this clause is marked not'
has "$T/out" 'admit no exclusion'
run 1 "$SIAMWIZ" gaps "$A"
has "$T/out" 'error +2 +Clause 7\.5\.4 '
has "$T/out" 'is supported only by items marked not applicable'

# -o never replaces an assessment: the one read (under any name) or another.
cp "$D" "$T/orig.siam.xml"
ln -s "$D" "$T/alias.html"
run 2 "$SIAMWIZ" report "$D" --format html -o "$T/alias.html"
has "$T/err" 'is the assessment itself'
run 2 "$SIAMWIZ" report "$D" --format html -o "$T/orig.siam.xml"
has "$T/err" 'is an assessment'
cp "$D" "$T/renamed.txt"
run 2 "$SIAMWIZ" report "$D" --format md -o "$T/renamed.txt"
has "$T/err" 'is an assessment'
run 2 "$SIAMWIZ" report "$D" --format md -o "$T"
has "$T/err" 'is not a regular file'
checks=$((checks + 1))
cmp -s "$D" "$T/orig.siam.xml" || fail "a refused report changed the assessment"

# Reports: every format, to stdout and to a file.
run 0 "$SIAMWIZ" report "$D" --format html -o "$T/r.html" --title "Readiness review"
has "$T/r.html" '<title>Readiness review &ndash; Harbourline Logistics</title>'
has "$T/r.html" 'Content-Security-Policy'
has "$T/r.html" "$(sha256sum "$D" | cut -c1-64)"
hasnt "$T/r.html" '<script'
run 0 "$SIAMWIZ" report "$D" --format md
has "$T/out" '^# Readiness|^# SIAM readiness'
run 0 "$SIAMWIZ" report "$D" --format json -o "$T/r.json"
has "$T/r.json" '^\{"format":"siamwiz-report","format_version":1,'
run 0 "$SIAMWIZ" report "$D" --format csv -o "$T/r.csv"
# The items and their evidence, behind a byte-order mark; any other table
# on request, with or without the mark.
checks=$((checks + 1))
[ "$(head -c 3 "$T/r.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "the CSV has no byte-order mark"
has "$T/r.csv" 'item,title,stage,kind,result,status,owner,layer,providers,due,notes,justification,evidence,evidence_location,evidence_date,evidence_reviewer'
has "$T/r.csv" '^DS\.IN\.02,Business and IT strategies,DS,input,in-place,done,'
run 0 "$SIAMWIZ" report "$D" --format csv --table clauses --no-bom -o "$T/c.csv"
has "$T/c.csv" '^clause,parent,title,status,coverage,'
has "$T/c.csv" '^8\.5\.1,8\.5,Change management,partial,'
checks=$((checks + 1))
[ "$(grep -c '^[0-9]' "$T/c.csv")" -eq 77 ] || fail "the clauses table has $(grep -c '^[0-9]' "$T/c.csv") rows, not 77"
run 0 "$SIAMWIZ" report "$D" --format csv --table nonconformities --no-bom
has "$T/out" '^id,clause,verdict,computed_status,'
run 2 "$SIAMWIZ" report "$D" --format csv --table everything
has "$T/err" 'invalid --table "everything" \(allowed: metadata, signoff, frame, '
run 2 "$SIAMWIZ" report "$D" --format html --no-bom
has "$T/err" '--table and --no-bom are for --format csv'
# The language is one the report can be written in.
run 2 "$SIAMWIZ" report "$D" --format html --lang de
has "$T/err" 'unknown report language "de" from --lang \(available: en fr\)'
run 0 "$SIAMWIZ" report "$D" --format json --lang en
has "$T/out" '"language":"en"'
# The report as a controlled document.
run 0 "$SIAMWIZ" report "$D" --format md --report-id RPT-42 --report-version 2 --classification "Client confidential" \
	--reviewed-by "R. Reviewer" --reviewed-on 2026-11-03 --approved-by "A. Partner"
has "$T/out" '^\*\*Client confidential\*\*$'
has "$T/out" '^\| Report ID \| RPT-42 \|$'
has "$T/out" '^\| Reviewed \| R\. Reviewer \| 2026-11-03 \|  \|$'
has "$T/out" '^\| Approved \| A\. Partner \|  \|  \|$'
run 2 "$SIAMWIZ" report "$D" --format md --reviewed-on 3/11/2026
has "$T/err" 'invalid --reviewed-on "3/11/2026" \(a date, YYYY-MM-DD\)'
run 2 "$SIAMWIZ" report "$D" --format md --report-id ""
has "$T/err" 'invalid --report-id ""'
run 2 "$SIAMWIZ" report "$D"
has "$T/err" 'say which --format'
run 2 "$SIAMWIZ" report "$D" --format pdf
cp "$D" "$T/before"
run 2 "$SIAMWIZ" report "$D" --format html -o "$D"
has "$T/err" 'is the assessment itself'
same "$D" "$T/before"
run 2 "$SIAMWIZ" report "$D" --format html -o "$T/no/such/dir/r.html"
has "$T/err" 'report not written'
run 1 "$SIAMWIZ" report "$TESTDATA/hostile/doctype-xxe.siam.xml" --format html
# Reproducible with a pinned date.
SOURCE_DATE_EPOCH=0 "$SIAMWIZ" report "$D" --format html > "$T/r1.html"
SOURCE_DATE_EPOCH=0 "$SIAMWIZ" report "$D" --format html > "$T/r2.html"
same "$T/r1.html" "$T/r2.html"
has "$T/r1.html" '1970-01-01'
done_testing
