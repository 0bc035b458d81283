#!/usr/bin/env python3
"""Rank the evidence the reader finds across many provisions by total weight.

A rubric term that fires in one act can be checked by reading that act; a term that fires in
hundreds of provisions of ordinary statutes needs a different check: which senses make up its
weight? This script assesses each provision on its own, sums the absolute contribution of
every (area, indicator, matched words, sign), and prints the heaviest, each with a few of the
sentences it came from, so a rubric author can read the commonest senses of the heaviest
evidence and see where a word is used in a sense the indicator does not mean ("hospital" as
the place a rule applies in, "war" as the time it applies in).

Input: a folder of bill YAML files, or a JSON Lines file with one provision per line
({"text": ..., "act": ..., "section": ...}; "act" and "section" are optional). It reads no
labels and prints no agreement figures.

    python scripts/evidence_census.py PATH [--top 40] [--examples 3] [--min-weight 0.2]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from hsimpact.bill import Bill, load_bill
from hsimpact.engine import assess
from hsimpact.rubric import load_rubric_set, resolve_rubrics_dir


def provisions(path: Path) -> Iterator[tuple[str, str, str]]:
    """(act, section, text) for every provision under ``path``."""
    if path.is_dir():
        for file in sorted(path.glob("*.yaml")):
            bill = load_bill(file).bill
            for provision in bill.provisions:
                yield bill.title, provision.id, provision.text
        return
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                row = json.loads(line)
                yield str(row.get("act") or "?"), str(row.get("section") or number), str(row["text"])


def census(path: Path, rubrics, min_weight: float, examples: int) -> list[dict]:
    total: dict[tuple[str, str, str, str], float] = defaultdict(float)
    count: dict[tuple[str, str, str, str], int] = defaultdict(int)
    seen: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    for act, section, text in provisions(path):
        bill = Bill.model_validate({"id": "census", "title": "A Bill", "provisions": [{"id": "s1", "text": text}]})
        for area in assess(bill, rubrics).areas:
            for evidence in area.evidence:
                if evidence.source != "provision" or abs(evidence.contribution) < min_weight:
                    continue
                key = (area.id, evidence.indicator, evidence.matched.lower(), "+" if evidence.contribution > 0 else "-")
                total[key] += abs(evidence.contribution)
                count[key] += 1
                if len(seen[key]) < examples and evidence.start is not None:
                    start, end = max(0, evidence.start - 100), evidence.end + 60
                    seen[key].append(f"{act} {section}: ...{' '.join(text[start:end].split())}...")
    ranked = sorted(total, key=lambda key: (-total[key], key))
    return [
        {
            "area": k[0],
            "indicator": k[1],
            "matched": k[2],
            "sign": k[3],
            "weight": round(total[k], 2),
            "count": count[k],
            "examples": seen[k],
        }
        for k in ranked
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="a folder of bill YAML files, or a JSON Lines file of provisions")
    parser.add_argument("--top", type=int, default=40, help="how many rows to print (default 40)")
    parser.add_argument("--examples", type=int, default=3, help="sentences shown per row (default 3)")
    parser.add_argument("--min-weight", type=float, default=0.2, help="ignore evidence below this contribution")
    parser.add_argument("--rubrics", type=Path, default=None, help="rubric folder (default: the shipped rubrics)")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"{args.path}: not found (give a folder of bill YAML files or a JSON Lines file)", file=sys.stderr)
        return 2
    rubrics = load_rubric_set(resolve_rubrics_dir(args.rubrics))
    for row in census(args.path, rubrics, args.min_weight, args.examples)[: args.top]:
        what = f"{row['area']} / {row['indicator']} {row['sign']} '{row['matched']}'"
        print(f"{row['weight']:8.2f} {row['count']:5d}  {what}")
        for example in row["examples"]:
            print(f"                 {example}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
