#!/usr/bin/env python3
"""`make dialogue`: plays the labelled conversations in Tests/DebateEngineTests/Fixtures/Conversations
through `debate repl --json` and prints, per set, how the partner did: stance in context, moves
required and made, forbidden moves made, contradictions recalled, and replies that quote a sentence
the reply before quoted without saying `no-more-evidence` (issue 9's target: at most 2%).

Usage: dialogue-report.py BINARY [SET.jsonl ...]   (a measurement: exits 0 whatever the figures)"""
import glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = sorted(glob.glob(os.path.join(HERE, "..", "Tests", "DebateEngineTests", "Fixtures", "Conversations", "*.jsonl")))


def report(binary, path):
    conversations = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    lines, where = [], []
    for i, conversation in enumerate(conversations):
        if i:
            lines.append("/clear"); where.append(None)
        for turn in conversation["turns"]:
            lines.append(turn["utterance"]); where.append(turn)
    run = subprocess.run([binary, "repl", "--json"], input="".join(l + "\n" for l in lines),
                         capture_output=True, text=True, timeout=600)
    records = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
    if len(records) != len(lines):
        return f"{os.path.basename(path)}: expected {len(lines)} records, got {len(records)}"
    n = stance = required = made = forbidden = forbidden_made = recalls = recalled = repeats = 0
    previous = set()
    for turn, record in zip(where, records):
        if turn is None:
            previous = set(); continue
        n += 1
        moves = set(record.get("moves", []))
        stance += record.get("stance") == turn["stance"]
        required += len(turn["expect_moves"]); made += len(moves & set(turn["expect_moves"]))
        forbidden += len(turn["forbid_moves"]); forbidden_made += len(moves & set(turn["forbid_moves"]))
        if turn.get("recalls"):
            recalls += 1; recalled += set(turn["recalls"]) <= set(record.get("recalls", []))
        refs = {e["ref"] for e in record.get("evidence", [])}
        repeats += bool(refs & previous) and "no-more-evidence" not in moves
        previous = refs
    def share(a, b): return f"{a / b:.3f}" if b else "-"
    return (f"{os.path.basename(path)}: {len(conversations)} conversations, {n} turns; stance in context "
            f"{share(stance, n)}, required moves made {share(made, required)}, forbidden moves made "
            f"{share(forbidden_made, forbidden)}, recalls right {share(recalled, recalls)}, replies repeating "
            f"the last reply's quote {share(repeats, n)} (target at most 0.020)")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for path in sys.argv[2:] or DEFAULT:
        print(report(sys.argv[1], path))
