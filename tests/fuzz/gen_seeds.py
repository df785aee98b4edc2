#!/usr/bin/env python3
"""Write the valid seed assessments of the fuzz corpus.

Each seed is a small assessment that loads (siamwiz validate exits 0), so
that the fuzzers start from inputs that reach the model, the gap engine and
the report writers instead of the loader's refusals.  Together they use
every result, status, layer, sourcing model and starting point, the
provider register (and an item naming an unregistered provider), evidence
with location, date and reviewer, structures, roles with several holders,
the process matrix, judgements of every verdict, and awkward text.

Usage: tests/fuzz/gen_seeds.py [DIR]   (default: tests/fuzz/corpus/assessment)
The output is deterministic; rerun it after changing a seed here, then
check each file with "src/siamwiz validate".
"""
import os
import sys
from xml.sax.saxutils import escape, quoteattr

ITEMS = """DS.IN.01 DS.IN.02 DS.IN.03 DS.IN.04 DS.IN.05 DS.IN.06 DS.IN.07 DS.IN.08 DS.IN.09
DS.OUT.01 DS.OUT.02 DS.OUT.03 DS.OUT.04 DS.OUT.05 DS.OUT.06 DS.OUT.07 DS.OUT.08 DS.OUT.09 DS.OUT.10
DS.OUT.11 PB.IN.01 PB.IN.02 PB.IN.03 PB.IN.04 PB.IN.05 PB.OUT.01 PB.OUT.02 PB.OUT.03 PB.OUT.04
PB.OUT.05 PB.OUT.06 PB.OUT.07 PB.OUT.08 PB.OUT.09 PB.OUT.10 PB.OUT.11 PB.OUT.12 PB.OUT.13 PB.OUT.14
PB.OUT.15 PB.OUT.16 IM.IN.01 IM.IN.02 IM.IN.03 IM.IN.04 IM.IN.05 IM.OUT.01 IM.OUT.02 IM.OUT.03
IM.OUT.04 IM.OUT.05 IM.OUT.06 IM.OUT.07 IM.OUT.08 IM.OUT.09 IM.OUT.10 IM.OUT.11 IM.OUT.12 RI.IN.01
RI.IN.02 RI.IN.03 RI.IN.04 RI.IN.05 RI.OUT.01 RI.OUT.02 RI.OUT.03 RI.OUT.04 RI.OUT.05 RI.OUT.06
RI.OUT.07 RI.OUT.08 RI.OUT.09 RI.OUT.10 RI.OUT.11 RI.OUT.12 RI.OUT.13""".split()
# Outputs that produce mandatory documented information (rule 12).
PRODUCERS = """PB.OUT.02 PB.OUT.03 PB.OUT.04 PB.OUT.07 PB.OUT.11 PB.OUT.14 PB.OUT.15 IM.OUT.03
IM.OUT.04 RI.OUT.01 RI.OUT.02 RI.OUT.03 RI.OUT.04 RI.OUT.05 RI.OUT.08 RI.OUT.09 RI.OUT.10
RI.OUT.11 RI.OUT.12""".split()
ROLES = """ROLE.RETAINED ROLE.SERVICE-OWNER ROLE.SIAM-GOV-LEAD ROLE.SIAM-OPS-LEAD
ROLE.INT-PROCESS-OWNER ROLE.INT-PROCESS-MANAGER ROLE.INT-SERVICE-MANAGER ROLE.PROV-PROCESS-OWNER
ROLE.PROV-PROCESS-MANAGER""".split()
PROCESSES = """PR.PORTFOLIO PR.ASSET-CONFIG PR.BRM PR.SLM PR.PROVIDER-MGMT PR.BUDGET
PR.DEMAND-CAPACITY PR.CHANGE PR.DESIGN-TRANSITION PR.RELEASE PR.INCIDENT PR.REQUEST PR.PROBLEM
PR.AVAILABILITY PR.CONTINUITY PR.SECURITY PR.MONITORING-REPORTING PR.AUDIT PR.IMPROVEMENT
PR.KNOWLEDGE PR.TOOLSET-INFO""".split()
RESULTS = ["not-assessed", "missing", "partial", "in-place", "not-applicable"]
STATUSES = ["todo", "in-progress", "review", "done"]
LAYERS = ["customer", "integrator", "provider"]

TWO_PROVIDERS = [
    dict(name="Cobalt Cloud", type="external", crit="high", services="Hosting and backup"),
    dict(name="Meridian Desk", type="external", crit="medium", services="Service desk"),
]


def text(s):
    """Element content as siamwiz writes it: & < > " escaped, CR as &#13;."""
    return escape(s, {'"': "&quot;"}).replace("\r", "&#13;")


def attr(name, value):
    if value is None or value == "":
        return ""
    return " %s=%s" % (name, quoteattr(value, {"\r": "&#13;", "\n": "&#10;", "\t": "&#9;"}))


def el(ind, name, value):
    if value is None:
        return []
    return ["%s<%s>%s</%s>" % ("  " * ind, name, text(value), name)]


def item(ref, result="not-assessed", status="todo", layer=None, due=None, owner=None, providers=(),
         evidence=(), notes=None, justification=None):
    return dict(ref=ref, result=result, status=status, layer=layer, due=due, owner=owner,
                providers=list(providers), evidence=list(evidence), notes=notes,
                justification=justification)


def ev(t, location=None, date=None, reviewer=None):
    return dict(text=t, location=location, date=date, reviewer=reviewer)


def judgement(clause, verdict, date="2026-10-14", id=None, assessor=None, requirement=None,
              evidence=None, statement=None):
    return dict(clause=clause, verdict=verdict, date=date, id=id, assessor=assessor,
                requirement=requirement, evidence=evidence, statement=statement)


def render(org="Seed Org", kb_revision=None, assessor=None, date=None, model=None, start=None,
           scope=None, separation=None, providers=None, structures=None, roles=None,
           processes=None, items=(), judgements=None, last_nc=0, last_ofi=0):
    o = ['<?xml version="1.0" encoding="UTF-8"?>']
    o.append('<assessment xmlns="urn:siamwiz:assessment:1" version="1"%s>' % attr("kb-revision", kb_revision))
    o.append("  <profile>")
    o += el(2, "organization", org)
    o += el(2, "assessor", assessor)
    o += el(2, "date", date)
    o += el(2, "model", model)
    o += el(2, "start", start)
    o += el(2, "scope", scope)
    o += el(2, "separation", separation)
    if providers:
        o.append("    <providers>")
        for p in providers:
            o.append("      <provider%s%s>" % (attr("type", p["type"]), attr("criticality", p.get("crit"))))
            o += el(4, "name", p["name"])
            o += el(4, "services", p.get("services"))
            o.append("      </provider>")
        o.append("    </providers>")
    if structures:
        o.append("    <structures>")
        for kind, layers, name, purpose in structures:
            o.append("      <structure%s%s>" % (attr("kind", kind), attr("layers", layers)))
            o += el(4, "name", name)
            o += el(4, "purpose", purpose)
            o.append("      </structure>")
        o.append("    </structures>")
    if roles:
        o.append("    <roles>")
        for ref, holders in roles:
            if not holders:
                o.append("      <role%s/>" % attr("ref", ref))
                continue
            o.append("      <role%s>" % attr("ref", ref))
            for raci, party in holders:
                o.append("        <holder%s>%s</holder>" % (attr("raci", raci), text(party)))
            o.append("      </role>")
        o.append("    </roles>")
    o.append("  </profile>")
    if processes is not None:
        if not processes:
            o.append("  <processes/>")
        else:
            o.append("  <processes>")
            for ref, alloc in processes:
                a = "".join(attr(r, alloc.get(r)) for r in ("accountable", "responsible", "consulted", "informed"))
                o.append("    <process%s%s/>" % (attr("ref", ref), a))
            o.append("  </processes>")
    if not items:
        o.append("  <items/>")
    else:
        o.append("  <items>")
        for it in items:
            head = "    <item%s%s%s%s%s" % (attr("ref", it["ref"]), attr("result", it["result"]),
                                          attr("status", it["status"]), attr("layer", it["layer"]),
                                          attr("due", it["due"]))
            body = []
            body += el(3, "owner", it["owner"])
            for p in it["providers"]:
                body += el(3, "provider", p)
            for e in it["evidence"]:
                body.append("      <evidence%s%s%s>%s</evidence>" % (
                    attr("location", e["location"]), attr("date", e["date"]),
                    attr("reviewer", e["reviewer"]), text(e["text"])))
            body += el(3, "notes", it["notes"])
            body += el(3, "justification", it["justification"])
            if body:
                o.append(head + ">")
                o += body
                o.append("    </item>")
            else:
                o.append(head + "/>")
        o.append("  </items>")
    if judgements is not None or last_nc or last_ofi:
        jattrs = attr("last-nc", str(last_nc) if last_nc else None) + attr("last-ofi", str(last_ofi) if last_ofi else None)
        if not judgements:
            o.append("  <judgements%s/>" % jattrs)
        else:
            o.append("  <judgements%s>" % jattrs)
            for j in judgements:
                head = "    <judgement%s%s%s%s" % (attr("clause", j["clause"]), attr("verdict", j["verdict"]),
                                                    attr("id", j["id"]), attr("date", j["date"]))
                body = []
                for f in ("assessor", "requirement", "evidence", "statement"):
                    body += el(3, f, j[f])
                o += [head + ">"] + body + ["    </judgement>"] if body else [head + "/>"]
            o.append("  </judgements>")
    o.append("</assessment>")
    return "\n".join(o) + "\n"


def seeds():
    s = []
    # 01: the least there can be.
    s.append(render(org=""))
    # 02: every result and every status, a full profile.
    s.append(render(
        org="Every Result Ltd", kb_revision="2026.11", assessor="A. Assessor", date="2026-03-31",
        model="hybrid", start="existing-sms", scope="All IT services",
        providers=TWO_PROVIDERS,
        items=[item(ITEMS[i], RESULTS[i % 4], STATUSES[i % 4], owner="Owner %d" % i) for i in range(9)] +
              [item("DS.OUT.07", "not-applicable", "done", justification="No market engagement this year.")]))
    # 03: exclusions: a primary item and a clause's only support not applicable (rule 2).
    s.append(render(
        org="Exclusions Inc", model="internal", start="concurrent", providers=TWO_PROVIDERS,
        items=[item("DS.OUT.01", "not-applicable", "done", justification="Strategy set by the parent group."),
               item("DS.OUT.11", "not-applicable", "review", layer="customer",
                    justification="  \n  Stakeholders are the board only.\n"),
               item("PB.OUT.03", "not-applicable", "done", justification="x"),
               item("PB.OUT.10", "not-applicable", "todo", justification="Improvement is out of scope.")]))
    # 04: layers, and items of clauses 4 and 5 held by a provider or by an external integrator (rule 4).
    s.append(render(
        org="Layers plc", model="external", start="existing-siam", providers=TWO_PROVIDERS,
        items=[item("DS.OUT.01", "in-place", "done", layer="provider", evidence=[ev("Strategy v2")]),
               item("DS.OUT.11", "partial", "in-progress", layer="integrator"),
               item("PB.OUT.03", "missing", "todo", layer="customer"),
               item("PB.OUT.06", "in-place", "review", layer="integrator", evidence=[ev("ToR")]),
               item("PB.OUT.15", "partial", "in-progress", layer="provider")]))
    # 05: the provider register, every type and criticality; items naming providers.
    provs = [dict(name="Cobalt Cloud", type="external", crit="high", services="Hosting"),
             dict(name="Meridian Desk", type="external", crit="medium"),
             dict(name="Tessellate Networks", type="external", crit="low", services="WAN\nLAN"),
             dict(name="In-house Apps", type="internal", crit="high", services="Booking app"),
             dict(name="Facilities", type="internal")]
    s.append(render(
        org="Register Co", model="hybrid", start="existing-sms", providers=provs,
        items=[item("DS.IN.08", "partial", "in-progress", providers=["Cobalt Cloud", "Meridian Desk", "Tessellate Networks"]),
               item("PB.OUT.04", "partial", "in-progress", layer="integrator",
                    providers=[p["name"] for p in provs], evidence=[ev("Allocation matrix v0.3")]),
               item("PB.OUT.11", "missing", "todo", providers=["Tessellate Networks"]),
               item("RI.OUT.09", "in-place", "done", layer="provider", providers=["In-house Apps"],
                    evidence=[ev("Ticket records")])]))
    # 06: an item naming a provider that is not registered: a warning, the file loads.
    s.append(render(
        org="Unregistered Provider Ltd", model="external", start="concurrent", providers=TWO_PROVIDERS,
        items=[item("PB.OUT.09", "partial", "in-progress", providers=["Cobalt Cloud", "Ghost Services"])]))
    # 07: evidence: location, date, reviewer, several per item; claimed (no evidence) items (rule 13).
    s.append(render(
        org="Evidence GmbH", date="2026-10-14", model="hybrid", start="existing-sms", providers=TWO_PROVIDERS,
        items=[item("DS.IN.01", "in-place", "done", evidence=[
                   ev("Charter v3.2", location="SharePoint > Governance > Charter"),
                   ev("Board minutes", date="2026-10-14", reviewer="Dana Okafor"),
                   ev("SMS manual", location="DMS/42", date="2024-02-29", reviewer="Priya Raman"),
                   ev("Note & <quote> \"double\" 'single'", location="a\"b'c<d>&e")]),
               item("DS.OUT.02", "in-place", "done"),
               item("PB.OUT.16", "in-place", "review", owner="PM"),
               item("RI.OUT.04", "partial", "in-progress", evidence=[ev("Audit plan", date="1900-01-01")])]))
    # 08: UTF-8 everywhere: accents, CJK, emoji, RTL, combining marks, line breaks.
    s.append(render(
        org="Société Générale d'Infogérance — 株式会社テスト 🚀", assessor="Zoë Ångström-Łukasiewicz",
        date="2026-01-01", model="lead-supplier", start="existing-siam",
        scope="Périmètre : services numériques\r\nétendus 🌍 (日本語, 中文, 한국어)",
        separation="فصل الواجبات بين المكامل والمزود — הפרדה",
        providers=[dict(name="Ünïcödé Prövïdér ✓", type="external", crit="high", services="Ḩ̵o̷s̶t̴i̸n̵g̷"),
                   dict(name="提供者二号", type="internal", crit="low", services="サービス")],
        items=[item("DS.IN.04", "partial", "in-progress", owner="Jürgen Müller",
                    providers=["Ünïcödé Prövïdér ✓", "提供者二号"],
                    evidence=[ev("Besprechungsprotokoll 📝", location="Ordner/Ä/ö", reviewer="Ñandú")],
                    notes="Première ligne\nsecond line\r\nthird\tcolumn\n  indented  \n\n👍🏽 👨‍👩‍👧 🇫🇷"),
               item("DS.IN.05", "not-applicable", "done", justification="不适用：没有员工。")]))
    # 09: due dates: leap days, the first and last years, a far one.
    s.append(render(
        org="Due Dates BV", model="internal", start="existing-sms", providers=TWO_PROVIDERS,
        items=[item("PB.OUT.01", "missing", "todo", due="2028-02-29"),
               item("PB.OUT.02", "partial", "in-progress", due="2000-02-29"),
               item("PB.OUT.05", "partial", "review", due="1900-01-01"),
               item("PB.OUT.07", "missing", "todo", due="9999-12-31"),
               item("PB.OUT.08", "missing", "todo", due="2026-12-31", layer="integrator"),
               item("PB.OUT.12", "in-place", "done", due="2026-06-30", evidence=[ev("Plan")])]))
    # 10: structures of every kind and layer combination (rule 7 both ways).
    s.append(render(
        org="Structures SA", model="hybrid", start="concurrent", providers=TWO_PROVIDERS,
        structures=[("board", "customer integrator", "Strategic board", "Quarterly"),
                    ("board", "customer integrator provider", "Integrated CAB", None),
                    ("process-forum", "integrator provider", "Incident forum", "Monthly"),
                    ("working-group", "provider", "Tooling WG", "Single layer"),
                    ("working-group", None, "Layerless group", None),
                    ("process-forum", "customer", "Customer forum", "")]))
    # 11: roles: several holders, two accountable holders of one role, every raci, an empty role.
    s.append(render(
        org="Roles Ltd", model="hybrid", start="existing-sms", providers=TWO_PROVIDERS,
        roles=[("ROLE.SIAM-OPS-LEAD", [("accountable", "Keystone Partners"), ("accountable", "SIAM office"),
                                        ("responsible", "SIAM office"), ("consulted", "Cobalt Cloud"),
                                        ("informed", "Meridian Desk"), ("informed", "Board")]),
               ("ROLE.SIAM-GOV-LEAD", [("accountable", "CIO")]),
               ("ROLE.SERVICE-OWNER", [("responsible", "Service owners")]),
               ("ROLE.RETAINED", [("consulted", "Procurement"), ("accountable", "CFO")]),
               ("ROLE.INT-PROCESS-OWNER", [])]))
    # 12: the process matrix: every process, every allocation shape (rule 6), and rule 3 avoided.
    alloc = [dict(accountable="integrator", responsible="integrator provider", consulted="customer", informed="customer"),
             dict(accountable="integrator provider", responsible="provider"),
             dict(responsible="customer"),
             dict(accountable="customer", consulted="integrator provider"),
             dict(),
             dict(accountable="customer integrator provider", responsible="customer integrator provider",
                  consulted="customer integrator provider", informed="customer integrator provider")]
    s.append(render(
        org="Processes Co", model="external", start="existing-siam", providers=TWO_PROVIDERS,
        processes=[(p, alloc[i % len(alloc)]) for i, p in enumerate(PROCESSES)]))
    # 13: judgements of every verdict with every field, IDs and counters.
    s.append(render(
        org="Judged Org", assessor="Dana Okafor", date="2026-10-14", model="hybrid", start="existing-sms",
        providers=TWO_PROVIDERS,
        items=[item("PB.OUT.03", "missing", "todo"), item("PB.OUT.07", "partial", "in-progress")],
        judgements=[judgement("4.3", "major-nc", id="NC-001", assessor="Dana Okafor",
                              requirement="A documented SMS scope.", evidence="SMS manual v5.",
                              statement="The scope covers internal IT only."),
                    judgement("8.3.3", "minor-nc", id="NC-002", requirement="SLAs agreed.",
                              statement="Two SLAs are drafts."),
                    judgement("4.1", "ofi", id="OFI-001", statement="Record exit constraints."),
                    judgement("9.2", "conforming", assessor="Second Auditor", evidence="Audit programme 2026")],
        last_nc=2, last_ofi=1))
    # 14: cleared IDs are not reused: counters above the IDs in use, wide IDs.
    s.append(render(
        org="Counters Ltd", model="internal", start="concurrent", providers=TWO_PROVIDERS,
        judgements=[judgement("5.1", "minor-nc", id="NC-007", statement="Leadership absent."),
                    judgement("10.2", "ofi", id="OFI-123456", statement="Use trend analysis."),
                    judgement("8.7.3.3", "major-nc", id="NC-999999", date="2024-02-29", statement="No security incident records."),
                    judgement("7.5.4", "conforming", id="OFI-000", statement="Kept an ID while conforming.")],
        last_nc=999999, last_ofi=999999))
    # 15: an empty judgements element keeps the counters of cleared judgements.
    s.append(render(org="Cleared Judgements", model="hybrid", start="existing-sms", providers=TWO_PROVIDERS,
                    judgements=[], last_nc=3, last_ofi=2))
    # 16: verdicts that contradict the computed status (rule 14), with and without statement.
    s.append(render(
        org="Disagreement Ltd", model="internal", start="existing-siam", providers=TWO_PROVIDERS,
        items=[item("DS.OUT.01", "missing", "todo"),
               item("DS.OUT.11", "in-place", "done", evidence=[ev("Stakeholder map v2")]),
               item("PB.OUT.06", "in-place", "done", evidence=[ev("ToR")])],
        judgements=[judgement("4.1", "conforming"),
                    judgement("4.2", "major-nc", id="NC-001", statement="Map incomplete despite the record."),
                    judgement("5.1", "minor-nc", id="NC-002", statement="x")],
        last_nc=2))
    # 17: internal model, existing SMS: rule 11's items in place.
    s.append(render(
        org="Internal Model", model="internal", start="existing-sms", providers=TWO_PROVIDERS,
        items=[item("DS.OUT.01", "in-place", "done", layer="customer", evidence=[ev("Strategy")]),
               item("DS.OUT.10", "in-place", "done", evidence=[ev("PID")]),
               item("PB.OUT.13", "partial", "in-progress"),
               item("PB.OUT.15", "in-place", "done", layer="customer", evidence=[ev("Policy v6")]),
               item("IM.OUT.01", "missing", "todo")]))
    # 18: external model, every provider external, no customer responsibility (rule 3), one provider (rule 1).
    s.append(render(
        org="All External", model="external", start="existing-siam",
        providers=[dict(name="Only One", type="external", crit="high")],
        processes=[("PR.INCIDENT", dict(accountable="integrator", responsible="provider"))],
        items=[item("PB.OUT.03", "in-place", "done", evidence=[ev("Scope v1")])]))
    # 19: lead supplier with the separation recorded.
    s.append(render(
        org="Lead Supplier With Separation", model="lead-supplier", start="concurrent",
        separation="The lead supplier's integrator team reports to the customer, not to its delivery unit.",
        providers=[dict(name="Lead Co", type="external", crit="high", services="Integration and hosting"),
                   dict(name="Second Co", type="external", crit="low")],
        items=[item("DS.OUT.10", "partial", "in-progress", layer="integrator", providers=["Lead Co"])]))
    # 20: lead supplier without separation (rule 5), no start (rule 11), no providers at all (rule 1).
    s.append(render(org="Lead Supplier Without Separation", model="lead-supplier"))
    # 21: no model but a start; only a scope.
    s.append(render(org="No Model", start="existing-siam", scope=" leading and trailing spaces "))
    # 22: every item in place with evidence and a layer: covered clauses, present documented information.
    s.append(render(
        org="Fully Covered", model="hybrid", start="existing-sms", date="2026-12-01", providers=TWO_PROVIDERS,
        structures=[("board", "customer integrator provider", "Board", None)],
        roles=[(r, [("accountable", "Owner of " + r)]) for r in ROLES],
        processes=[(p, dict(accountable="integrator", responsible="customer provider")) for p in PROCESSES],
        items=[item(r, "in-place", "done", layer=LAYERS[i % 3], evidence=[ev("E%d" % i)]) for i, r in enumerate(ITEMS)]))
    # 23: every item missing: gaps everywhere, a long action plan.
    s.append(render(
        org="Nothing Yet", model="external", start="concurrent", providers=TWO_PROVIDERS,
        items=[item(r, "missing", STATUSES[i % 4], due="2027-%02d-15" % (i % 12 + 1) if i % 3 == 0 else None)
               for i, r in enumerate(ITEMS)]))
    # 24: producers of documented information: partial, missing, not applicable, no layer (rule 12).
    s.append(render(
        org="Documented Information", model="hybrid", start="existing-sms", providers=TWO_PROVIDERS,
        items=[item(r, ["in-place", "partial", "missing", "not-applicable"][i % 4], "review",
                    layer=None if i % 2 else "integrator",
                    evidence=[ev("Doc %d" % i)] if i % 4 == 0 else [],
                    justification="Excluded %d" % i if i % 4 == 3 else None)
               for i, r in enumerate(PRODUCERS)]))
    # 25: references the knowledge base does not know: kept, with warnings.
    s.append(render(
        org="Future Knowledge Base", kb_revision="2099.1-beta_2", model="hybrid", start="existing-sms",
        providers=TWO_PROVIDERS,
        roles=[("ROLE.FUTURE", [("accountable", "Someone")])],
        processes=[("PR.FUTURE", dict(accountable="integrator", responsible="provider"))],
        items=[item("XX.OUT.99", "partial", "todo", notes="Unknown item"),
               item("DS.IN.01", "in-place", "done", evidence=[ev("Charter")])],
        judgements=[judgement("11.1", "ofi", id="OFI-001", statement="Clause of a newer standard.")],
        last_ofi=1))
    # 26: hostile but storable text: bidi overrides, zero-width, C1 controls, formula triggers, markup.
    odd = "\u202eevil\u202c \u200b\u200c\u200d\ufeff \u0085\u009b\u0080 e\u0301\u0308\u20dd =1+2 @SUM(A1) -3 +4 <script>alert(1)</script> &amp; ]]>"
    s.append(render(
        org="\u202eLTD EVIL\u202c", assessor="=cmd|' /C calc'!A0", model="hybrid", start="existing-sms",
        scope=odd, separation="\u2067isolate\u2069 \u061c\u200e\u200f",
        providers=[dict(name="=HYPERLINK(\"http://x\")", type="external", crit="high", services=odd),
                   dict(name="@provider", type="internal", crit="medium", services="+1")],
        structures=[("board", "customer integrator", "-board", odd)],
        roles=[("ROLE.SIAM-OPS-LEAD", [("accountable", "\u202e" + "reversed"), ("accountable", "\t=tab")])],
        items=[item("DS.IN.01", "in-place", "done", owner="<b>bold</b>", providers=["=HYPERLINK(\"http://x\")", "@provider"],
                    evidence=[ev(odd, location="javascript:alert(1)", reviewer="\u202ereviewer")], notes=odd),
               item("DS.IN.02", "not-applicable", "done", justification=odd)],
        judgements=[judgement("4.1", "major-nc", id="NC-001", assessor=odd, requirement="-req", evidence="+ev",
                              statement=odd)],
        last_nc=1))
    # 27: long text (a few kilobytes) in notes, evidence and a statement.
    long_ = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit; " * 40).strip()
    s.append(render(
        org="Long Text " + "x" * 300, model="internal", start="existing-sms", providers=TWO_PROVIDERS,
        items=[item("IM.OUT.05", "partial", "in-progress", owner="o" * 200, notes=long_,
                    evidence=[ev(long_[:1000], location="L" * 500)])],
        judgements=[judgement("7.1", "minor-nc", id="NC-001", statement=long_)], last_nc=1))
    return s


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "corpus", "assessment")
    for i, doc in enumerate(seeds(), 1):
        with open(os.path.join(out, "seed-valid-%02d.siam.xml" % i), "w", encoding="utf-8", newline="") as f:
            f.write(doc)


if __name__ == "__main__":
    main()
