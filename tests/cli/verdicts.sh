#!/bin/sh
# The verdict an auditor signs: link roles, evidence, documented
# information, the assessor's judgement and the --fail-on gate.
. "$(dirname "$0")/lib.sh"

D="$T/demo.siam.xml"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$D"

# The demo with DI.A missing: 4.3 and 7.5.4 are gaps naming DI.A.
run 1 "$SIAMWIZ" gaps "$D" --clause 4.3
has "$T/out" '^GAP +4\.3 '
has "$T/out" 'DI\.A \(Scope of the service management system\), which'
run 1 "$SIAMWIZ" gaps "$D" --clause 7.5.4
has "$T/out" '^GAP +7\.5\.4 '
has "$T/out" 'Mandatory documented information missing: DI\.A'

# RI.OUT.04 in place (with evidence) while PB.OUT.11 is missing does not
# cover 9.2: the audit rights in provider contracts are primary too.
run 0 "$SIAMWIZ" set "$D" RI.OUT.04 --result in-place --evidence "Audit programme 2026"
run 0 "$SIAMWIZ" set "$D" PB.OUT.11 --result missing
run 0 "$SIAMWIZ" gaps "$D" --clause 9.2
has "$T/out" '^PARTIAL +9\.2 '
has "$T/out" 'Primary, missing: PB\.OUT\.11'
run 0 "$SIAMWIZ" set "$D" PB.OUT.11 --result in-place --evidence "Signed contracts with audit clauses"
run 0 "$SIAMWIZ" gaps "$D" --clause 9.2
has "$T/out" '^COVERED +9\.2 '

# Judgements: recorded, shown, cleared; refusals leave the file as it was.
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$D"
sum=$(cksum < "$D")
run 1 "$SIAMWIZ" judge "$D" 8.2.4 --verdict minor-nc
has "$T/err" 'needs a statement'
run 1 "$SIAMWIZ" judge "$D" 11.9 --verdict ofi --statement x
has "$T/err" 'is not a clause of the knowledge base'
run 2 "$SIAMWIZ" judge "$D" 8.2.4 --verdict severe --statement x
run 2 "$SIAMWIZ" judge "$D" 8.2.4 --verdict ofi --statement x --clear
run 1 "$SIAMWIZ" judge "$D" 8.2.4 --clear
has "$T/err" 'has no recorded judgement'
run 1 "$SIAMWIZ" judge "$D" 8.2.4 --verdict ofi --statement x --date 2026-13-01
checks=$((checks + 1))
[ "$(cksum < "$D")" = "$sum" ] || fail "a refused judge changed the file"
run 0 "$SIAMWIZ" judge "$D" 8.2.4 --verdict minor-nc --statement "The catalogue omits two provider services." \
	--requirement "A catalogue of the services" --evidence "Catalogue v3" --date 2026-11-30 --assessor "R. Auditor"
has "$T/out" '^NC-003$'
run 0 "$SIAMWIZ" validate "$D"
has "$D" '<judgement clause="8.2.4" verdict="minor-nc" id="NC-003" date="2026-11-30">'
run 0 "$SIAMWIZ" gaps "$D" --clause 8.2.4
has "$T/out" 'Judgement: minor nonconformity NC-003, 2026-11-30,'
has "$T/out" 'Statement: The catalogue omits two provider services\.'
run 1 "$SIAMWIZ" gaps "$D" --clause 8.2.4 --format json --fail-on nc
has "$T/out" '"judgement":\{"verdict":"minor-nc","id":"NC-003"'
# Same kind again keeps the ID; another kind gets the next of its own.
run 0 "$SIAMWIZ" judge "$D" 8.2.4 --verdict major-nc --statement "Worse than thought."
has "$T/out" '^NC-003$'
run 0 "$SIAMWIZ" judge "$D" 8.2.4 --verdict ofi --statement "Could be sharper."
has "$T/out" '^OFI-002$'
for f in html md json csv; do
	table=
	[ $f = csv ] && table="--table nonconformities"
	run 0 "$SIAMWIZ" report "$D" --format $f $table -o "$T/r.$f"
	has "$T/r.$f" 'OFI-002'
	has "$T/r.$f" 'NC-001'
done
has "$T/r.html" 'Nonconformities and opportunities for improvement'
has "$T/r.md" '^## Nonconformities and opportunities for improvement'
has "$T/r.json" '"judgements":\[\{"id":"NC-001","clause":"4\.3","verdict":"major-nc"'
has "$T/r.json" '\{"id":"OFI-001","clause":"4\.1","verdict":"ofi"'
has "$T/r.json" '\{"id":"NC-001","clause":"4\.3","verdict":"major-nc","nonconformity":true,"computed_status":"gap"'
run 0 "$SIAMWIZ" judge "$D" 8.2.4 --clear
hasnt "$D" 'clause="8\.2\.4"'

# A verdict against the computed status in kind is a finding.
run 0 "$SIAMWIZ" judge "$D" 4.3 --verdict conforming
run 1 "$SIAMWIZ" gaps "$D"
has "$T/out" 'warning +14 +Clause 4\.3 is judged conforming although the'

# In place without evidence: a finding in gaps and every report.
run 0 "$SIAMWIZ" set "$D" DS.IN.02 --result in-place --clear-evidence
run 1 "$SIAMWIZ" gaps "$D"
has "$T/out" 'warning +13 +DS\.IN\.02 '
for f in html md json csv; do
	table=
	[ $f = csv ] && table="--table findings"
	run 0 "$SIAMWIZ" report "$D" --format $f $table -o "$T/r.$f"
	has "$T/r.$f" 'DS\.IN\.02 \(Business and IT strategies\) is marked in place but no evidence'
done

# Evidence with its date and reviewer, in the file and the reports.
run 0 "$SIAMWIZ" set "$D" DS.IN.02 --evidence "IT strategy 2026" --location "DMS/3" --evidence-date 2026-11-02 \
	--reviewer "R. Auditor"
has "$D" '<evidence location="DMS/3" date="2026-11-02" reviewer="R. Auditor">IT strategy 2026</evidence>'
run 0 "$SIAMWIZ" report "$D" --format md
has "$T/out" '\| IT strategy 2026 \| DMS/3 \| 2026-11-02 \| R\. Auditor \|$'
run 2 "$SIAMWIZ" set "$D" DS.IN.02 --reviewer "nobody"
has "$T/err" '--reviewer must follow the --evidence'

# Rule 6 reads every role and process of the knowledge base, not only
# those the file names.
run 1 "$SIAMWIZ" gaps "$D"
has "$T/out" 'Role "Retained capabilities" has no accountable party'
has "$T/out" 'Process "Service request management" is not allocated'

# The gate: what makes the exit status 1.
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$D"
run 1 "$SIAMWIZ" gaps "$D"
run 1 "$SIAMWIZ" gaps "$D" --fail-on gap
run 1 "$SIAMWIZ" gaps "$D" --fail-on partial
run 1 "$SIAMWIZ" gaps "$D" --fail-on nc
run 1 "$SIAMWIZ" gaps "$D" --fail-on finding
run 1 "$SIAMWIZ" gaps "$D" --fail-on nc,finding
# 8.2.1 is partly covered, not judged, and not a gap.
run 1 "$SIAMWIZ" gaps "$D" --clause 8.2.1 --fail-on partial
has "$T/out" '^PARTIAL +8\.2\.1 '
run 0 "$SIAMWIZ" gaps "$D" --clause 8.2.1 --fail-on gap
run 0 "$SIAMWIZ" gaps "$D" --clause 8.2.1 --fail-on nc
# 4.1 is judged an opportunity, not a nonconformity.
run 0 "$SIAMWIZ" gaps "$D" --clause 4.1 --fail-on nc
run 1 "$SIAMWIZ" gaps "$D" --clause 4.3 --fail-on nc
run 0 "$SIAMWIZ" judge "$D" 4.3 --clear
run 0 "$SIAMWIZ" judge "$D" 8.3.3 --clear
run 0 "$SIAMWIZ" gaps "$D" --fail-on nc
run 2 "$SIAMWIZ" gaps "$D" --fail-on bogus
has "$T/err" 'invalid --fail-on "bogus"'
run 2 "$SIAMWIZ" gaps "$D" --fail-on gap,
run 2 "$SIAMWIZ" gaps "$D" --fail-on ,gap
run 2 "$SIAMWIZ" gaps "$D" --fail-on ""
done_testing
