#!/bin/sh
# Scores the drafted maps: for each text in Tests/DebateEngineTests/Fixtures/Drafted, drafts a
# map with `debate map draft` (WordNet when installed), then scores its labelled turns with
# /work/shared/eval/score.py through `debate ask --json` over that map, no hand edits.
# Usage: scripts/drafted-eval.sh [DEBATE_BINARY] [score.py options, e.g. --show]
set -eu
debate=${1:-.build/debug/debate}
[ $# -gt 0 ] && shift
score=${SCORE_PY:-/work/shared/eval/score.py}
fixtures=Tests/DebateEngineTests/Fixtures/Drafted
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for pair in gettysburg.txt:turns/gettysburg.jsonl civil-disobedience.txt:turns/civil-disobedience.jsonl \
  american-crisis.txt:turns/american-crisis.jsonl blind/federalist-10.txt:blind/turns.jsonl \
  blind/on-liberty-2.txt:blind/on-liberty-2.jsonl; do
  text=$fixtures/${pair%%:*}
  turns=$fixtures/${pair#*:}
  name=$(basename "$text" .txt)
  "$debate" map draft --corpus "$text" -o "$work/$name.yaml" 2>/dev/null
  printf '%-20s ' "$name"
  python3 "$score" --corpus "$text" --set "$turns" "$@" -- "$debate" ask --json --corpus "$text" \
    --map "$work/$name.yaml"
done
