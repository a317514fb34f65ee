#!/usr/bin/env bash
# Start-up of a one-shot `debate ask` against an empty Swift program, median of RUNS runs each.
# A measurement, not a test: prints the figures and the target, and exits 0 whatever they are.
# Usage: scripts/bench-startup.sh [debate binary] [runs]
set -euo pipefail

DEBATE=${1:-.build/release/debate}
RUNS=${2:-30}
SWIFTC=${SWIFTC:-swiftc}
WORK=.build/bench
EMPTY=$WORK/empty-program

# An empty program built the way `debate` is (optimised, Swift runtime linked dynamically).
mkdir -p "$WORK/empty"
if [ ! -x "$EMPTY" ]; then
  : >"$WORK/empty/main.swift"
  "$SWIFTC" -O -module-name EmptyProgram "$WORK/empty/main.swift" -o "$EMPTY"
fi

# Median wall-clock time of RUNS runs of the command, in microseconds, after one warm-up run.
median_us() {
  "$@" >/dev/null 2>&1 || true
  local times=() start end
  for _ in $(seq "$RUNS"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

debate_us=$(median_us "$DEBATE" ask "China and Russia are allies")
empty_us=$(median_us "$EMPTY")

awk -v d="$debate_us" -v e="$empty_us" -v runs="$RUNS" 'BEGIN {
  ratio = d / e
  printf "start-up: median of %d runs each, wall clock from bash\n", runs
  printf "  %-44s%-14s\n", "empty Swift program", sprintf("%.1f ms", e / 1000)
  printf "  %-44s%-14s\n", "debate ask \"China and Russia are allies\"", sprintf("%.1f ms", d / 1000)
  printf "  %-44s%-15s%-15s%s\n", "ratio (one-shot / empty)", sprintf("%.2f×", ratio), "≤ 2×", \
    (ratio <= 2 ? "✓" : "✗")
}'
