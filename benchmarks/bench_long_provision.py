"""Cost of one long amending provision: per-KB time at 100 KB and near 1 MB should be alike.

Also one sentence that is a list of many items, half of them under a scoped cue of their own
("(12) suspend the licence of the operator; ..."): whether a cue in one item reaches a term in
another is a lookup, so the time per item should stay flat as the list grows. And a list under a
negated lead-in ("No person shall— (12) sell any landmine to a buyer in district 12; ..."), where
every item's term looks back towards the negation: that look must be bounded, not run to the lead-in.

An amending section ("... is amended by striking ... and inserting ...") is the worst case
for the reader, which keeps struck text and its surroundings apart. If reading is linear in
the provision's length, the cost per KB stays flat as the provision grows.

    python benchmarks/bench_long_provision.py [--sizes 100,990]
"""

from __future__ import annotations

import argparse
import time

from hsimpact.bill import Bill
from hsimpact.engine import assess
from hsimpact.rubric import load_rubric_set

UNIT = (
    "Section 4 of the Food Assistance Act is amended by striking 'school meals shall be reduced' and inserting "
    "'school meals shall be expanded and pollution controls strengthened'; and in subsection (2), by striking "
    "'nuclear weapons' and inserting 'chemical weapons'; and (3) the following are prohibited: (a) the sale of "
    "landmines under 10 U.S.C. 105; [...] (f) any expansion of mass surveillance. "
)
MAX_TEXT = 1_000_000  # the bill format's limit for one provision


def provision(kilobytes: int) -> str:
    size = min(kilobytes * 1000, MAX_TEXT - 10)
    return (UNIT * (size // len(UNIT) + 1))[:size]


def seconds(text: str, rubrics, runs: int) -> float:
    bill = Bill.model_validate({"id": "long", "title": "An Amending Bill", "provisions": [{"id": "s1", "text": text}]})
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        assess(bill, rubrics)
        best = min(best, time.perf_counter() - started)
    return best


def long_list(items: int) -> str:
    parts = [
        f"({k + 1}) suspend the licence of the operator" if k < items // 2 else f"({k + 1}) a report on hunger"
        for k in range(items)
    ]
    return "The Minister may— " + "; ".join(parts) + "."


def negated_list(items: int) -> str:
    return (
        "No person shall— "
        + "; ".join(f"({k + 1}) sell any landmine to a buyer in district {k + 1}" for k in range(items))
        + "."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,990", help="provision sizes in KB (default: 100,990)")
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs (default: 3)")
    args = parser.parse_args()
    rubrics = load_rubric_set()
    per_kb = []
    for kilobytes in (int(s) for s in args.sizes.split(",")):
        taken = seconds(provision(kilobytes), rubrics, args.runs)
        per_kb.append(1000 * taken / kilobytes)
        print(f"{kilobytes:>5} KB amending provision: {taken:6.2f} s, {per_kb[-1]:.2f} ms per KB")
    if len(per_kb) > 1:
        print(f"per-KB cost, largest / smallest: {per_kb[-1] / per_kb[0]:.2f}x (target: at most 2x)")
    per_item_cost(long_list, (100, 1000), "list in one sentence", rubrics, args.runs)
    per_item_cost(negated_list, (1000, 5000), "list under a negated lead-in", rubrics, args.runs)


def per_item_cost(make, sizes: tuple[int, int], what: str, rubrics, runs: int) -> None:
    per_item = []
    for items in sizes:
        taken = seconds(make(items), rubrics, runs)
        per_item.append(1000 * taken / items)
        print(f"{items:>5}-item {what}: {taken:6.2f} s, {per_item[-1]:.3f} ms per item")
    print(f"per-item cost, {sizes[1]} / {sizes[0]} items: {per_item[1] / per_item[0]:.2f}x (flat is about 1x)")


if __name__ == "__main__":
    main()
