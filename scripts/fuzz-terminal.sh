#!/usr/bin/env bash
# The pseudo-terminal storm: SESSIONS fuzzed REPL sessions (default 500), the first from SEED
# (default: the clock), each ending with Ctrl-D, exit status 0 and an intact history file.
# Prints the counts and the seed of every failing session; exits 1 if any failed.
#
# VALGRIND=1 runs debate under valgrind (a copy stripped of its DWARF 5 debug info, which
# valgrind 3.19 cannot read); a valgrind error makes that session fail with exit status 99.
# Re-run one session: SESSIONS=1 SEED=N scripts/fuzz-terminal.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBATE_STORM_SESSIONS="${SESSIONS:-500}"
export DEBATE_STORM_SEED="${SEED:-$(date +%s)}"
swift build --build-tests
if [ "${VALGRIND:-0}" = 1 ]; then
  mkdir -p .build/valgrind
  cp .build/debug/debate .build/valgrind/debate
  strip --strip-debug .build/valgrind/debate
  export DEBATE_STORM_BINARY="$PWD/.build/valgrind/debate"
  export DEBATE_STORM_LAUNCHER="$(command -v valgrind) -q --error-exitcode=99 --suppressions=$PWD/scripts/valgrind-swift.supp"
  export DEBATE_STORM_LONGEST_PASTE="${LONGEST_PASTE:-10000}"
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift test --skip-build --disable-xctest --filter TerminalStormTests >"$log" 2>&1 || status=$?
grep '^storm:' "$log" || { cat "$log"; exit 1; }
exit "$status"
