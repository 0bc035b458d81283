#!/usr/bin/env python3
"""Measure a settled pending group once, summary only, with two readers, before it joins the splits.

A fresh group is the one unseen sample a period gets: it is measured once, with the reader at the
period's start and the reader now, and only then joined (`join_group.py`). This script prints, for
the whole group and for the part each split will receive by the sha256 rule, the strict counts of
`hsimpact evaluate --summary-only`: labels, agreements, opposite signs, misses, recall and false
alarms. It never prints a label, a reason or a bill's disagreements: the test part must stay unread.

    python scripts/measure_group.py tests/calibration/pending/g62 --baseline ../start [--current .]

CHECKOUT roots are other checkouts of hsimpact; each is run with its own `src` and `rubrics`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from checkouts import run_in_checkout
from join_group import entries, split_for

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("all", "development", "test")
COUNTS = ("agreement", "opposite_sign", "missed", "recall", "false_alarms")


def summary(checkout: Path, bills: Path, labels: Path) -> dict:
    """The overall figures of one reader on one folder, from `evaluate --summary-only`."""
    args = ["-m", "hsimpact", "evaluate", str(bills), "--labels", str(labels)]
    args += ["--rubrics", str(checkout / "rubrics"), "--summary-only", "--format", "json"]
    overall = json.loads(run_in_checkout(checkout / "src", args, "measure_group"))["overall"]
    figures = {"labels": overall["labelled"]}
    for name in COUNTS:
        figures[name] = overall[name]["count"]
    figures["false_alarm_total"] = overall["false_alarms"]["total"]
    return figures


def measure(group: Path, readers: dict[str, Path]) -> list[dict]:
    """Each part of the group (all, development, test), each reader: one row of counts."""
    labelled = entries(group / "labels.yaml")
    bill_ids = sorted(path.stem for path in (group / "bills").glob("*.yaml"))
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for part in PARTS:
            members = [b for b in bill_ids if part == "all" or split_for(b) == part]
            if not members:
                continue
            folder = Path(work) / part
            (folder / "bills").mkdir(parents=True)
            for bill_id in members:
                shutil.copy(group / "bills" / f"{bill_id}.yaml", folder / "bills")
            # an act with no label entry counts as affecting no area, as in the splits
            text = "".join(labelled.get(b, f"{b}: {{}}\n") for b in members)
            (folder / "labels.yaml").write_text(text, encoding="utf-8")
            for name, checkout in readers.items():
                row = {"group": group.name, "part": part, "acts": len(members), "reader": name}
                row.update(summary(checkout, folder / "bills", folder / "labels.yaml"))
                rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("group", help="a settled group folder under tests/calibration/pending")
    parser.add_argument("--baseline", required=True, help="root of the checkout at the period's start")
    parser.add_argument("--current", default=str(ROOT), help="root of the checkout now (default: this one)")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    args = parser.parse_args(argv)
    group = Path(args.group)
    if not (group / "labels.yaml").is_file() or not (group / "bills").is_dir():
        print(f"measure_group: {group} holds no labels.yaml and bills/ (settle the group first)", file=sys.stderr)
        return 2
    rows = measure(group, {"start": Path(args.baseline), "now": Path(args.current)})
    if args.format == "json":
        print(json.dumps(rows, indent=2))
        return 0
    print("group  part         acts reader labels agree opposite missed recall false alarms")
    for r in rows:
        print(
            f"{r['group']:6} {r['part']:12} {r['acts']:4} {r['reader']:6} {r['labels']:6} {r['agreement']:5} "
            f"{r['opposite_sign']:8} {r['missed']:6} {r['recall']:6} {r['false_alarms']}/{r['false_alarm_total']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
