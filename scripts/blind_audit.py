#!/usr/bin/env python3
"""A blind audit of the evidence the reader reports on provisions it has never seen.

Agreement with labels says how often an area's sign is right; it does not say whether the
pieces of evidence behind it are. This script draws provisions at random from statutes outside
the corpus, reads each with the current reader and, optionally, with another checkout (the
reader at the start of a piece of work), pools the evidence of both, shuffles it and writes a
judging sheet that does not say which reader found what. A person marks each item right or
wrong on the sentence alone; `score` then gives the precision of each reader, and of each kind
of reading (a cue acting, a negation, nothing acting on the term ...).

    python scripts/blind_audit.py sample PATH --seed 25 [--provisions 100] [--baseline CHECKOUT] --out DIR
    python scripts/blind_audit.py sample PATH --seed 32 --provisions 0 --baseline CHECKOUT --changed-only --out DIR
    python scripts/blind_audit.py score DIR --right "0 2 3 7 ..."   (or --right-file FILE)

PATH is a folder of bill YAML files or a JSON Lines file with one provision per line
({"text": ..., "act": ..., "section": ...}), as for `evidence_census.py`. CHECKOUT is the root
of another checkout of hsimpact (its `src` and `rubrics` are used). With `--changed-only`, the
sheet holds only the items one reader reports and the other does not: what a piece of work
changed, judged blind (`--provisions 0` reads every provision). DIR receives `sheet.md`
(for the judge) and `key.json` (which reader found each item, and how it read it; do not open
it before judging). It reads no labels.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from checkouts import run_in_checkout
from evidence_census import provisions

from hsimpact.output import write_atomic

MIN_WEIGHT = 0.4  # evidence lighter than this seldom decides an area; it is not worth a judge's time

# Run in a child process so that another checkout's package can be imported.
READER = r"""
import json, sys
from pathlib import Path
from hsimpact.bill import Bill
from hsimpact.engine import assess
from hsimpact.rubric import load_rubric_set
rubrics = load_rubric_set(Path(sys.argv[1]))
out = []
for i, text in enumerate(json.load(sys.stdin)):
    bill = Bill.model_validate({"id": "audit", "title": "A Bill", "provisions": [{"id": "s1", "text": text}]})
    for area in assess(bill, rubrics).areas:
        for e in area.evidence:
            if e.source != "provision" or abs(e.weight) < float(sys.argv[2]) or e.start is None:
                continue
            kind = "negation" if e.negation else "prohibition" if e.prohibition else "cue" if e.cue else "nothing acts"
            out.append({"provision": i, "area": area.id, "start": e.start, "end": e.end,
                        "sign": 1 if e.weight > 0 else -1, "matched": e.matched, "indicator": e.indicator,
                        "direction": e.indicator_direction, "reading": kind, "modality": e.modality})
json.dump(out, sys.stdout)
"""


def read(texts: list[str], src: Path, rubrics: Path) -> dict[tuple, dict]:
    """The evidence one checkout's reader finds, keyed by where it stands and its sign."""
    out = run_in_checkout(src, ["-c", READER, str(rubrics), str(MIN_WEIGHT)], "blind_audit", json.dumps(texts))
    return {(e["provision"], e["area"], e["start"], e["end"], e["sign"]): e for e in json.loads(out)}


def sample(args: argparse.Namespace) -> int:
    source = Path(args.path)
    if not source.exists():
        print(
            f"blind_audit: {source} not found: give a folder of bill YAML files or a JSON Lines file", file=sys.stderr
        )
        return 2
    rows = list(provisions(source))
    if args.changed_only and not args.baseline:
        print("blind_audit: --changed-only compares two readers: give --baseline CHECKOUT", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    rng.shuffle(rows)
    chosen = rows[: args.provisions] if args.provisions else rows
    texts = [text for _act, _section, text in chosen]
    root = Path(__file__).resolve().parent.parent
    now = read(texts, root / "src", root / "rubrics")
    before = now
    if args.baseline:
        base = Path(args.baseline)
        before = read(texts, base / "src", base / "rubrics")
    keys = sorted(set(now) ^ set(before) if args.changed_only else set(now) | set(before))
    rng.shuffle(keys)
    out = Path(args.out)
    if (out / "key.json").exists():
        print(f"blind_audit: {out} already holds an audit (key.json): choose another --out", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    items, lines = (
        [],
        [
            f"# Blind audit, seed {args.seed}",
            "",
            "Mark each item right or wrong on its sentence alone: is this the effect a careful analyst would",
            "say the provision has on this area (the sign), and is it the concept the indicator means?",
            "",
        ],
    )
    for number, key in enumerate(keys):
        found = now.get(key) or before[key]
        index, area, start, end, sign = key
        act, section, text = chosen[index]
        left = text.rfind(".", 0, start) + 1
        right = text.find(".", end)
        sentence = " ".join(text[max(left, start - 240) : (len(text) if right < 0 else right + 1)][:600].split())
        lines += [
            f"## {number}. {area}: {'+' if sign > 0 else '-'} ({found['indicator']}, {found['direction']})",
            f"matched “{found['matched']}” in {act} {section}",
            "",
            f"> {sentence}",
            "",
        ]
        items.append({"item": number, "key": list(key), "before": key in before, "now": key in now, **found})
    # written whole or not at all; a judged sample is never overwritten
    write_atomic(out / "sheet.md", "\n".join(lines), force=True)
    write_atomic(out / "key.json", json.dumps({"seed": args.seed, "items": items}, indent=1))
    print(f"{len(keys)} items ({sum(k in before for k in keys)} before, {sum(k in now for k in keys)} now) -> {out}")
    return 0


def score(args: argparse.Namespace) -> int:
    key_file = Path(args.dir) / "key.json"
    if not key_file.exists():
        print(f"blind_audit: {key_file} not found: run `sample` first", file=sys.stderr)
        return 2
    items = json.loads(key_file.read_text(encoding="utf-8"))["items"]
    raw = Path(args.right_file).read_text(encoding="utf-8") if args.right_file else (args.right or "")
    try:
        right = {int(word) for word in raw.split()}
    except ValueError:
        print("blind_audit: the right items must be item numbers separated by spaces", file=sys.stderr)
        return 2
    unknown = right - {item["item"] for item in items}
    if unknown:
        print(f"blind_audit: no such items: {sorted(unknown)}", file=sys.stderr)
        return 2
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # [right, all]
    for item in items:
        ok = item["item"] in right
        for reader in ("before", "now"):
            if item[reader]:
                tally[reader][0] += ok
                tally[reader][1] += 1
        if item["now"]:
            value = "a good" if item["direction"] == "positive" else "a harm"
            for name in (f"reading: {item['reading']}", f"term names {value}", f"modality: {item['modality']}"):
                tally[name][0] += ok
                tally[name][1] += 1
    for name in ("before", "now", *sorted(k for k in tally if k not in ("before", "now"))):
        hits, total = tally[name]
        if total:
            print(f"{name:32s} {hits:4d} of {total:4d} right  {hits / total:5.0%}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("sample", help="draw provisions and write a judging sheet and its key")
    draw.add_argument("path", help="folder of bill YAML files, or a JSON Lines file of provisions")
    draw.add_argument("--seed", type=int, required=True, help="a new seed for each audit; judge each sample once")
    draw.add_argument("--provisions", type=int, default=100, help="provisions to draw (default 100; 0: all)")
    draw.add_argument("--baseline", help="root of another checkout to compare with (its src and rubrics)")
    draw.add_argument(
        "--changed-only",
        action="store_true",
        help="keep only the items one reader reports and the other does not (needs --baseline)",
    )
    draw.add_argument("--out", required=True, help="folder for sheet.md and key.json")
    judge = commands.add_parser("score", help="precision from the items judged right")
    judge.add_argument("dir", help="the folder `sample` wrote")
    judge.add_argument("--right", help='the numbers of the items judged right, e.g. "0 2 3"')
    judge.add_argument("--right-file", help="a file holding those numbers")
    args = parser.parse_args(argv)
    return sample(args) if args.command == "sample" else score(args)


if __name__ == "__main__":
    sys.exit(main())
