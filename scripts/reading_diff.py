#!/usr/bin/env python3
"""Which provisions a change of the reader or the rubric reads differently, and how.

A reading change is checked on provisions nobody labelled before it is trusted: every provision
whose evidence it moves is read, with what the other reader found there. This script runs this
checkout's reader and another checkout's (the reader at the start of a piece of work) on the same
provisions and prints, in order, each provision whose evidence differs: the evidence only the other
reader finds ("-") and the evidence only this one finds ("+"), each with its area, indicator, words
and sign. It reads no labels.

    python scripts/reading_diff.py PATH --baseline CHECKOUT [--min-weight 0.4] [--text] [--limit N]

PATH is a folder of bill YAML files or a JSON Lines file with one provision per line
({"text": ..., "act": ..., "section": ...}), as for `evidence_census.py` and `blind_audit.py`.
CHECKOUT is the root of another checkout of hsimpact (its `src` and `rubrics` are used).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from checkouts import run_in_checkout
from evidence_census import provisions

ROOT = Path(__file__).resolve().parents[1]

# Run in a child process so that another checkout's package can be imported.
READER = r"""
import json, sys
from pathlib import Path
from hsimpact.bill import Bill
from hsimpact.engine import assess
from hsimpact.rubric import load_rubric_set
rubrics = load_rubric_set(Path(sys.argv[1]))
out = []
for text in json.load(sys.stdin):
    bill = Bill.model_validate({"id": "diff", "title": "A Bill", "provisions": [{"id": "s1", "text": text}]})
    found = []
    for area in assess(bill, rubrics).areas:
        for e in area.evidence:
            if e.source == "provision" and abs(e.weight) >= float(sys.argv[2]):
                found.append([area.id, e.indicator, e.matched, "+" if e.weight > 0 else "-"])
    out.append(sorted(found))
json.dump(out, sys.stdout)
"""


def read(texts: list[str], checkout: Path, min_weight: float) -> list[list[tuple[str, ...]]]:
    """Each provision's evidence as one checkout reads it: (area, indicator, words, sign), sorted."""
    args = ["-c", READER, str(checkout / "rubrics"), str(min_weight)]
    out = run_in_checkout(checkout / "src", args, "reading_diff", json.dumps(texts))
    return [[tuple(item) for item in found] for found in json.loads(out)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a folder of bill YAML files, or a JSON Lines file of provisions")
    parser.add_argument("--baseline", required=True, help="root of the other checkout (the reader before)")
    parser.add_argument("--min-weight", type=float, default=0.0, help="leave out evidence lighter than this")
    parser.add_argument("--text", action="store_true", help="print each changed provision's text too")
    parser.add_argument("--limit", type=int, default=0, help="print at most N changed provisions (0: all)")
    args = parser.parse_args(argv)
    source, baseline = Path(args.path), Path(args.baseline)
    if not source.exists():
        print(
            f"reading_diff: {source} not found: give a folder of bill YAML files or a JSON Lines file", file=sys.stderr
        )
        return 2
    if not (baseline / "src" / "hsimpact").is_dir() or not (baseline / "rubrics").is_dir():
        print(f"reading_diff: {baseline} is not a checkout of hsimpact (no src/hsimpact or rubrics)", file=sys.stderr)
        return 2
    rows = list(provisions(source))
    texts = [text for _act, _section, text in rows]
    before = read(texts, baseline, args.min_weight)
    now = read(texts, ROOT, args.min_weight)
    changed = 0
    for (act, section, text), old, new in zip(rows, before, now, strict=True):
        if old == new:
            continue
        changed += 1
        if args.limit and changed > args.limit:
            continue
        print(f"{act} {section}")
        gone, came = Counter(old) - Counter(new), Counter(new) - Counter(old)  # a repeated reading counts each time
        for mark, items in (("-", sorted(gone.elements())), ("+", sorted(came.elements()))):
            for area, indicator, words, sign in items:
                print(f"  {mark} {area} {indicator} {sign} “{words}”")
        if args.text:
            print("    " + " ".join(text.split())[:600])
    print(f"{changed} of {len(rows)} provisions read differently", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
