#!/bin/sh
# The JSON report follows its published schema (data/schema/report.schema.json,
# JSON Schema 2020-12): for the demo, a judged file with every document field
# set, a new empty assessment and a file full of hostile text.  A report
# that breaks the schema is caught (the check can fail).  Needs python3 with
# its jsonschema module (Debian: python3-jsonschema); skipped without.
. "$(dirname "$0")/lib.sh"

PY=$(command -v python3 || true)
if [ -z "$PY" ] || ! "$PY" -c 'import jsonschema' 2>/dev/null; then
	echo "SKIP: python3 with jsonschema is not installed (Debian: python3-jsonschema)"
	exit 77
fi
S="$TOP_SRCDIR/data/schema/report.schema.json"

validate() {
	"$PY" - "$S" "$@" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    doc = json.load(open(path, encoding="utf-8"))
    for e in sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path))[:5]:
        print("%s: %s: %s" % (path, "/".join(map(str, e.absolute_path)), e.message[:200]))
        bad = 1
sys.exit(bad)
PY
}

D="$T/demo.siam.xml"
copy "$TOP_SRCDIR/data/demo/demo.siam.xml" "$D"
run 0 "$SIAMWIZ" report "$D" --format json -o "$T/demo.json"
J="$T/judged.siam.xml"
copy "$D" "$J"
run 0 "$SIAMWIZ" judge "$J" 4.1 --verdict major-nc --statement "No context analysis" --date 2026-02-02
run 0 "$SIAMWIZ" judge "$J" 5.1 --verdict conforming --date 2026-02-02
run 0 "$SIAMWIZ" set "$J" DS.IN.01 --result not-applicable --justification "out of scope"
run 0 "$SIAMWIZ" report "$J" --format json -o "$T/judged.json"
run 0 "$SIAMWIZ" new "$T/empty.siam.xml" --org "Empty Ltd" --date 2026-01-01
run 0 "$SIAMWIZ" report "$T/empty.siam.xml" --format json -o "$T/empty.json"
H="$T/hostile.siam.xml"
copy "$D" "$H"
run 0 "$SIAMWIZ" set "$H" DS.IN.02 --owner "=cmd|' /C calc'!A0" --note "$(printf 'pay\342\200\256evil\nline two "quoted" \\\\ back')" \
	--evidence "$(printf 'tab\there')" --location "<script>"
run 0 "$SIAMWIZ" provider add "$H" "Ops/Team B" --internal --services "a, b"
run 0 "$SIAMWIZ" report "$H" --format json -o "$T/hostile.json"
checks=$((checks + 1))
validate "$T/demo.json" "$T/judged.json" "$T/empty.json" "$T/hostile.json" > "$T/v.out" 2>&1 ||
	fail "the JSON report breaks its schema: $(head -n 5 "$T/v.out")"

# The schema does reject what is not the report.
sed 's/"format_version":1/"format_version":2/' "$T/demo.json" > "$T/v2.json"
sed 's/"severity":"warning"/"severity":"grave"/' "$T/demo.json" > "$T/sev.json"
sed 's/"judgements":\[/"judgements":[{"id":"NC-1"},/' "$T/judged.json" > "$T/short.json"
for f in v2 sev short; do
	checks=$((checks + 1))
	if validate "$T/$f.json" > "$T/v.out" 2>&1; then
		fail "the schema accepts $f.json"
	fi
done
done_testing
