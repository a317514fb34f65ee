#!/usr/bin/env python3
"""Checks a `debate report` against the transcripts it was made from, counting on its own.

usage: check_report.py TRANSCRIPTS_DIR REPORT.json REPORT.md REPORT.html [DOM.html]

Every figure of the report (per claim, per student, the key point totals) is counted again
here from the JSON transcripts, and compared with the JSON report, the Markdown tables, the
HTML page's data attributes and, when given, the DOM a browser built from the page.
Prints one line per mismatch and exits 1 if there is any.
"""
import json, os, re, sys
from html.parser import HTMLParser

problems = []


def expect(what, got, want):
    if got != want:
        problems.append(f"{what}: report says {got!r}, transcripts say {want!r}")


def count(folder):
    claims, students, order = {}, {}, []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        try:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                data = json.load(f)
            entries = data["entries"]
        except (ValueError, KeyError, TypeError):
            continue
        student = data.get("student") or name[: -len(".json")]
        if student not in students:
            students[student] = {"transcripts": 0, "turns": 0, "claims": set(), "with": 0, "against": 0,
                                 "unplaced": 0, "corrected": 0}
            order.append(student)
        s = students[student]
        s["transcripts"] += 1
        for i, e in enumerate(entries):
            if e["role"] != "student":
                continue
            s["turns"] += 1
            claim, stance = e.get("claim"), e.get("stance")
            if stance == "agree":
                s["with"] += 1
            if stance == "disagree":
                s["against"] += 1
            if claim is None or stance in (None, "unrelated"):
                s["unplaced"] += 1
            if e.get("corrected"):
                s["corrected"] += 1
            if claim is None:
                continue
            s["claims"].add(claim)
            c = claims.setdefault(claim, {"engaged": set(), "with": set(), "against": set(), "sided": set(),
                                          "turns": 0, "againstTurns": 0, "refs": {}})
            c["engaged"].add(student)
            c["turns"] += 1
            if stance == "agree":
                c["with"].add(student); c["sided"].add(student)
            if stance == "disagree":
                c["against"].add(student); c["sided"].add(student); c["againstTurns"] += 1
            for later in entries[i + 1:]:
                if later["role"] == "student":
                    break
                if later.get("claim") in (None, claim):
                    for ref in later.get("refs", []):
                        c["refs"].setdefault(ref, set()).add(student)
    return claims, students, order


class Cells(HTMLParser):
    """Collects `data-figure` cells and bars: (claim or student, figure) → text or value."""

    def __init__(self):
        super().__init__()
        self.cells, self.bars, self.open = {}, {}, None
        self.claim = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "g" and "data-claim" in a:
            self.claim = a["data-claim"]
        if tag == "rect" and "data-figure" in a and self.claim:
            self.bars[(self.claim, a["data-figure"])] = int(a["data-value"])
        if tag == "td" and "data-figure" in a:
            self.open = (a.get("data-claim") or a.get("data-student"), a["data-figure"])
            self.cells[self.open] = ""

    def handle_endtag(self, tag):
        if tag == "td":
            self.open = None
        if tag == "g":
            self.claim = None

    def handle_data(self, data):
        if self.open:
            self.cells[self.open] += data


def check_html(label, text, claims, students):
    page = Cells()
    page.feed(text)
    for claim, c in claims.items():
        for figure, key in (("engaged", "engaged"), ("with", "with"), ("against", "against")):
            expect(f"{label} cell {claim} {figure}", page.cells.get((claim, figure)), str(len(c[key])))
            expect(f"{label} bar {claim} {figure}", page.bars.get((claim, figure)), len(c[key]))
    for name, s in students.items():
        for figure, value in (("turns", s["turns"]), ("claims", len(s["claims"])), ("unplaced", s["unplaced"]),
                              ("corrected", s["corrected"]), ("transcripts", s["transcripts"])):
            expect(f"{label} {name} {figure}", page.cells.get((name, figure)), str(value))


def main():
    folder, report_json, report_md, report_html = sys.argv[1:5]
    claims, students, order = count(folder)
    with open(report_json, encoding="utf-8") as f:
        report = json.load(f)
    expect("students", report["students"], len(students))
    expect("student turns", report["studentTurns"], sum(s["turns"] for s in students.values()))
    by_claim = {c["claim"]: c for c in report["claims"]}
    for claim, c in claims.items():
        r = by_claim.get(claim, {})
        expect(f"{claim} engaged", r.get("engaged"), len(c["engaged"]))
        expect(f"{claim} sided with", r.get("sidedWith"), len(c["with"]))
        expect(f"{claim} against", r.get("arguedAgainst"), len(c["against"]))
        expect(f"{claim} only asked", r.get("onlyAsked"), len(c["engaged"] - c["sided"]))
        expect(f"{claim} turns", r.get("turns"), c["turns"])
        expect(f"{claim} evidence", {e["ref"]: e["students"] for e in r.get("evidence", [])},
               {ref: len(who) for ref, who in c["refs"].items()})
    for claim, r in by_claim.items():
        if claim not in claims:
            expect(f"{claim} engaged", r["engaged"], 0)
    expect("student order", [s["student"] for s in report["perStudent"]], order)
    for r in report["perStudent"]:
        s = students[r["student"]]
        for key, value in (("turns", s["turns"]), ("transcripts", s["transcripts"]), ("sidedWith", s["with"]),
                           ("arguedAgainst", s["against"]), ("unplaced", s["unplaced"]),
                           ("corrected", s["corrected"])):
            expect(f"{r['student']} {key}", r[key], value)
        expect(f"{r['student']} claims", sorted(r["claimsEngaged"]), sorted(s["claims"]))
    groups = {g["claim"]: g for g in report["keyPoints"]}
    for claim, c in claims.items():
        if c["againstTurns"] == 0:
            expect(f"{claim} key points", claim in groups, False)
            continue
        g = groups.get(claim, {"points": [], "students": 0})
        expect(f"{claim} key point turns", sum(p["turns"] for p in g["points"]), c["againstTurns"])
        expect(f"{claim} key point students", g["students"], len(c["against"]))
    # Markdown: the claims table's rows.
    with open(report_md, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\| `([a-z0-9-]+)` \| .* \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| .* \|$", line.strip())
            if m and m.group(1) in claims:
                c = claims[m.group(1)]
                expect(f"markdown {m.group(1)}", tuple(map(int, m.groups()[1:])),
                       (len(c["engaged"]), len(c["with"]), len(c["against"]), len(c["engaged"] - c["sided"])))
    with open(report_html, encoding="utf-8") as f:
        check_html("html", f.read(), claims, students)
    if len(sys.argv) > 5:
        with open(sys.argv[5], encoding="utf-8") as f:
            check_html("dom", f.read(), claims, students)
    for problem in problems:
        print(problem)
    print(f"checked {len(claims)} claims and {len(students)} students: {len(problems)} mismatches")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
