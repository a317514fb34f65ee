#!/usr/bin/env python3
"""The engine's public API is the documented one.

Compares the top-level public types in DebateEngine's symbol graph (written by
`swift package generate-documentation`) with the types the DocC landing page lists under
its Topics, and exits 1 naming every type that is public but not listed, or listed but not
public. Usage: scripts/check-api.py [symbol graph] [landing page]
"""
import glob
import json
import re
import sys

if len(sys.argv) > 1:
    graph_path = sys.argv[1]
else:
    found = sorted(glob.glob(".build/*/extracted-symbols/*/DebateEngine/DebateEngine.symbols.json"))
    if not found:
        sys.exit("no symbol graph for DebateEngine: run `swift package generate-documentation` first")
    graph_path = found[0]
page_path = sys.argv[2] if len(sys.argv) > 2 else "Sources/DebateEngine/DebateEngine.docc/DebateEngine.md"

TYPE_KINDS = {"swift.struct", "swift.enum", "swift.class", "swift.protocol", "swift.typealias"}

with open(graph_path, encoding="utf-8") as f:
    graph = json.load(f)
public = {
    s["pathComponents"][0]
    for s in graph["symbols"]
    if s["kind"]["identifier"] in TYPE_KINDS and len(s["pathComponents"]) == 1
}

with open(page_path, encoding="utf-8") as f:
    page = f.read()
topics = page.split("## Topics", 1)[1] if "## Topics" in page else ""
listed = set(re.findall(r"^- ``(\w+)``", topics, re.M))

unlisted = sorted(public - listed)
stale = sorted(listed - public)
for name in unlisted:
    print(f"{page_path}: error: public type {name} is not listed under Topics; list it, or make it internal")
for name in stale:
    print(f"{page_path}: error: {name} is listed under Topics but is not a public type of DebateEngine")
if unlisted or stale:
    sys.exit(1)
print(f"public API: {len(public)} types, each listed in {page_path}")
