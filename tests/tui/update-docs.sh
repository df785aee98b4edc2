#!/bin/sh
# Maintainer script: after "GENERATE=1 make check", copy the golden screens
# into docs/SCREENS.md and the README (tests/cli/readme.sh checks they agree).
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
S="$top/tests/tui/golden"
{
	echo "# The wizard, screen by screen"
	echo
	echo "Captured at 80x24 from the golden-screen tests (\`tests/tui/golden/\`), so they are always what the"
	echo "program shows. Colours and highlighting do not show in text captures: the selected row is in"
	echo "reverse video, results and clause statuses are coloured as well as labelled."
	while IFS=: read -r name title; do
		printf '\n## %s\n\n```\n' "$title"
		cat "$S/$name.txt"
		printf '```\n'
	done <<'LIST'
demo-roadmap:Roadmap overview (home): progress per stage, checkpoint, clause totals and the open rule findings
demo-stage2:A stage: its inputs and outputs; i, p, m, n, u answer the selected item and move on
demo-item:The item editor, with the workshop guide the consultant reads out
demo-item-clauses:The same item, guide tab Clauses: what it supports and why
guided-typed:Guided capture (w): one item at a time, a note and an evidence entry typed in place (t, e)
checkpoint-filled:A stage checkpoint (C): the decision, who was present, risks, with the stage's guidance
present:The presenter view (V), for a projector: one question at a time
profile-filled:Engagement profile
gaps-after:Gap dashboard: clauses 4 to 10 with status and coverage
gaps-worst-first:The dashboard of a workshop's file, worst first (o)
gaps-filtered:The same dashboard worst first (o) and filtered (f): the gaps of clause 8
demo-clause:One clause and the items that support it (Enter opens one)
clause-judged:The same kind of screen after J: the assessor's verdict beside the computed status
demo-actions:Action plan
help-item:Help, generated from the key table
start:Start screen
LIST
} > "$top/docs/SCREENS.md"
# The README's block: the lines between the demo sentence's fence pair.
awk -v f="$S/demo-roadmap.txt" '
	/^```$/ && grab == 1 { while ((getline l < f) > 0) print l; grab = 2; print; next }
	grab == 1 { next }
	{ print }
	/opens the wizard on a fictional/ { want = 1 }
	want && /^```$/ { grab = 1; want = 0 }
' "$top/README.md" > "$top/README.md.new"
mv "$top/README.md.new" "$top/README.md"
