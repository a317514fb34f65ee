#!/usr/bin/env python3
"""Fuzzes `debate check` with mutated scenario and map files.

Each file is a shipped scenario or the argument map with one to three mutations (the kinds
Tests/DebateEngineTests/Support/FileMutator.swift applies to the engine's loaders in `make
test`): byte flips, truncation, deleted and duplicated lines, duplicate keys, deep nesting,
alias bombs, huge scalars, tabs, a byte-order mark, CRLF, invalid UTF-8, control characters.

Every file must be answered within the time bound, without a crash (exit status 0 or 1, no
signal), with nothing on standard error, the summary line, and every diagnostic located as
`FILE:LINE:COLUMN: error: ...` (a file over the size limit is the one whole-file reason).
Prints the counts and, for each failure, its seed and index; the failing files are kept in
.build/fuzz-files/failures. Exit status 1 if any file failed.

Usage: scripts/fuzz-files.py [--count 2000] [--seed N] [--binary .build/release/debate]
"""

import argparse
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter

KINDS = [
    "byteFlip", "truncate", "deleteLine", "duplicateLine", "duplicateKey", "deepNesting",
    "aliasBomb", "hugeScalar", "tabs", "byteOrderMark", "crlf", "invalidUTF8", "controlCharacter",
]

ALIAS_BOMB = [
    f"{chr(97 + level)}: &{chr(97 + level)} ["
    + ", ".join(["lol" if level == 0 else "*" + chr(96 + level)] * 9) + "]"
    for level in range(9)
]
WHOLE_FILE = ("a data file may have at most", "it is larger than")


def apply(kind, data, rng):
    """`data` (bytes) mutated one way."""
    lines = data.split(b"\n")
    line = rng.randrange(len(lines)) if lines else 0
    if kind == "byteFlip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            if out:
                out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        return bytes(out)
    if kind == "truncate":
        return data[: rng.randrange(len(data))] if data else data
    if kind == "deleteLine" and lines:
        del lines[line]
    elif kind == "duplicateLine" and lines:
        lines.insert(line, lines[line])
    elif kind == "duplicateKey" and lines and b":" in lines[line]:
        key = lines[line][: lines[line].index(b":") + 1]
        lines.insert(line + 1, key + b" again")
    elif kind == "deepNesting":
        depth = rng.choice([70, 500, 1200, 20000])
        lines.insert(line, b"deep: " + rng.choice([b"[", b"{"]) * depth)
    elif kind == "aliasBomb":
        use = rng.choice(["? *i\n: x", "bomb: *i", "claims: *i", "turns: *i", "- *i"])
        lines[0:0] = [entry.encode() for entry in ALIAS_BOMB]
        lines.insert(min(len(lines), len(ALIAS_BOMB) + line), use.encode())
    elif kind == "hugeScalar":
        size = rng.choice([1_000, 100_000, 900_000, 1_100_000])
        lines.insert(line, b"title: " + b"x" * size)
    elif kind == "tabs" and lines:
        lines[line] = lines[line].replace(b"  ", b"\t")
    elif kind == "byteOrderMark":
        return b"\xef\xbb\xbf" + data
    elif kind == "crlf":
        return data.replace(b"\n", b"\r\n")
    elif kind == "invalidUTF8":
        bad = rng.choice([b"\xff", b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b"\xc0\xaf"])
        at = rng.randrange(len(data) + 1)
        return data[:at] + bad + data[at:]
    elif kind == "controlCharacter":
        at = rng.randrange(len(data) + 1)
        return data[:at] + bytes([rng.choice([0, 1, 7, 8, 11, 12, 27, 127])]) + data[at:]
    return b"\n".join(lines)


def mutate(data, rng):
    kinds = [rng.choice(KINDS) for _ in range(rng.randint(1, 3))]
    for kind in kinds:
        data = apply(kind, data, rng)
    return data, kinds


def problems(path, result):
    """What is wrong with the answer `debate check PATH` gave; empty when it is right."""
    found = []
    if result.returncode not in (0, 1):
        found.append(f"crash: exit status {result.returncode}")
    if result.stderr:
        found.append(f"stderr: {result.stderr[:200]!r}")
    lines = result.stdout.splitlines()
    if not lines or not lines[-1].startswith("checked 1 file"):
        found.append("no summary line")
    located = re.compile(re.escape(path) + r":\d+:\d+: (error|warning): ")
    for line in lines:
        if line.startswith(path) and (": error: " in line or ": warning: " in line):
            if not located.match(line) and not any(reason in line for reason in WHOLE_FILE):
                found.append(f"unlocated: {line[:200]}")
    return found


def run_one(binary, folder, index, original, data, timeout):
    name = f"fuzz-{index}-{os.path.basename(original)}"
    path = os.path.join(folder, name)
    with open(path, "wb") as handle:
        handle.write(data)
    start = time.monotonic()
    try:
        result = subprocess.run(
            [binary, "check", path], capture_output=True, timeout=timeout, text=True, errors="replace")
    except subprocess.TimeoutExpired:
        return path, ["hang: no answer within %g s" % timeout], timeout, None
    elapsed = time.monotonic() - start
    return path, problems(path, result), elapsed, result.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--binary", default=".build/release/debate")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds each file may take")
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.SystemRandom().randrange(1 << 32)
    originals = sorted(
        os.path.join("scenarios", name) for name in os.listdir("scenarios") if name.endswith(".yaml"))
    failures_folder = os.path.join(".build", "fuzz-files", "failures")
    print(f"fuzz-files: {options.count} mutated files from {len(originals)} originals, seed {seed}")

    rng = random.Random(seed)
    cases = []
    kinds_count = Counter()
    for index in range(options.count):
        original = originals[index % len(originals)]
        with open(original, "rb") as handle:
            data, kinds = mutate(handle.read(), rng)
        kinds_count.update(kinds)
        cases.append((index, original, data, kinds))

    statuses = Counter()
    failures = []
    slowest = 0.0
    folder = tempfile.mkdtemp(prefix="debate-fuzz-files-")
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
            futures = {
                pool.submit(run_one, options.binary, folder, index, original, data, options.timeout):
                (index, original, kinds)
                for index, original, data, kinds in cases
            }
            for future in concurrent.futures.as_completed(futures):
                index, original, kinds = futures[future]
                path, found, elapsed, status = future.result()
                slowest = max(slowest, elapsed)
                statuses["hang" if status is None else f"exit {status}"] += 1
                if found:
                    os.makedirs(failures_folder, exist_ok=True)
                    kept = os.path.join(failures_folder, f"seed-{seed}-{index}.yaml")
                    shutil.copyfile(path, kept)
                    failures.append((index, original, kinds, found, kept))
                os.remove(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    crashes = sum(1 for f in failures if any(p.startswith("crash") for p in f[3]))
    hangs = sum(1 for f in failures if any(p.startswith("hang") for p in f[3]))
    unlocated = sum(1 for f in failures if any(p.startswith("unlocated") for p in f[3]))
    print("  mutations: " + ", ".join(f"{kind} {kinds_count[kind]}" for kind in KINDS))
    print(f"  answers: {statuses['exit 0']} clean (exit 0), {statuses['exit 1']} with errors (exit 1)")
    print(f"  slowest answer: {slowest * 1000:.0f} ms (bound {options.timeout:g} s)")
    print(f"  crashes {crashes}, hangs {hangs}, unlocated diagnostics {unlocated}, failures {len(failures)}")
    for index, original, kinds, found, kept in sorted(failures)[:20]:
        print(f"  FAIL seed {seed} file {index} ({'+'.join(kinds)} of {original}): {found[0]}")
        print(f"       kept as {kept}; rerun: {options.binary} check {kept}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
