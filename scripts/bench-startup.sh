#!/usr/bin/env bash
# Start-up of a one-shot `debate ask` against `debate text` (the same binary printing the built-in
# essay, so the same process start and the same text split, without the map and the responder)
# and an empty Swift program: the median of RUNS runs each, the three interleaved so that load on
# the shared cores falls on all of them alike.
# A measurement, not a test: prints the figures and the target, and exits 0 whatever they are.
# Usage: scripts/bench-startup.sh [debate binary] [runs]
set -euo pipefail

DEBATE=${1:-.build/release/debate}
RUNS=${2:-31}
SWIFTC=${SWIFTC:-swiftc}
WORK=.build/bench
EMPTY=$WORK/empty-program

# An empty program built the way `debate` is (optimised, Swift runtime linked in).
mkdir -p "$WORK/empty"
if [ ! -x "$EMPTY" ]; then
  : >"$WORK/empty/main.swift"
  "$SWIFTC" -O -static-stdlib -module-name EmptyProgram "$WORK/empty/main.swift" -o "$EMPTY"
fi

# Wall-clock time of one run of the command, in microseconds.
time_us() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(((end - start) / 1000))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

ask=() text=() empty=()
# Both commands must work: a binary that fails at once would time as "fast".
if ! "$DEBATE" ask "China and Russia are allies" >/dev/null || ! "$DEBATE" text >/dev/null; then
  echo "bench-startup: $DEBATE does not run; build it first (make build)" >&2
  exit 1
fi
time_us "$DEBATE" ask "China and Russia are allies" >/dev/null # warm-up: page cache
for _ in $(seq "$RUNS"); do
  ask+=("$(time_us "$DEBATE" ask "China and Russia are allies")")
  text+=("$(time_us "$DEBATE" text)")
  empty+=("$(time_us "$EMPTY")")
done
ask_us=$(printf '%s\n' "${ask[@]}" | median)
text_us=$(printf '%s\n' "${text[@]}" | median)
empty_us=$(printf '%s\n' "${empty[@]}" | median)

awk -v a="$ask_us" -v t="$text_us" -v e="$empty_us" -v runs="$RUNS" 'BEGIN {
  ratio = a / t
  printf "start-up: median of %d interleaved runs each, wall clock from bash\n", runs
  printf "  %-44s%-14s\n", "empty Swift program", sprintf("%.1f ms", e / 1000)
  printf "  %-44s%-14s\n", "debate text", sprintf("%.1f ms", t / 1000)
  printf "  %-44s%-14s\n", "debate ask \"China and Russia are allies\"", sprintf("%.1f ms", a / 1000)
  printf "  %-44s%-15s%-15s%s\n", "ratio (ask / text)", sprintf("%.2f×", ratio), "≤ 1.5×", \
    (ratio <= 1.5 ? "✓" : "✗")
}'
