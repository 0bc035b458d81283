"""Run the constructed direction cases (tests/directions/*.yaml) and print how the reader does.

``--cases tests/formulas`` runs the formulas instead: model sentences that transpose the core international
instruments, and model provisions of national Acts, a check of how much general wording the vocabulary reads.

Each case is one provision with the direction a careful lawyer gives it in one or more
areas: positive, negative, or none. A direction counts only when the area's net score
leaves the neutral band, as in ``hsimpact evaluate``; a clear net of the wrong sign is an
opposite-sign error, a net inside the band where a direction is expected is a miss.

    python scripts/direction_cases.py [--failures] [--class names] [--rubrics DIR] [--cases DIR]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from hsimpact.bill import Bill
from hsimpact.engine import assess
from hsimpact.rubric import RubricSet, load_rubric_set

CASES = Path(__file__).resolve().parent.parent / "tests" / "directions"
SIGNS = {"positive": 1, "negative": -1, "none": 0}


@dataclass(frozen=True)
class Outcome:
    cls: str
    case: str
    area: str
    expected: str
    net: float
    verdict: str  # "pass", "missed", "opposite", "false-alarm"


def load_cases(folder: Path = CASES) -> list[tuple[str, dict]]:
    out = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            out.append((data["class"], case))
    return out


def run(rubrics: RubricSet, cases: list[tuple[str, dict]]) -> list[Outcome]:
    neutral = None
    outcomes = []
    for cls, case in cases:
        provision = {"id": "s1", "text": case["text"]}
        if case.get("heading"):
            provision["heading"] = case["heading"]
        result = assess(Bill.model_validate({"id": "case", "title": "A Bill", "provisions": [provision]}), rubrics)
        neutral = neutral or getattr(result.scale, "neutral", 0.25)
        for area_id, expected in case["expect"].items():
            net = result.area(area_id).net
            stated = (net >= neutral) - (net <= -neutral)
            want = SIGNS[expected]
            if stated == want:
                verdict = "pass"
            elif want == 0:
                verdict = "false-alarm"
            elif stated == 0:
                verdict = "missed"
            else:
                verdict = "opposite"
            outcomes.append(Outcome(cls, case["name"], area_id, expected, net, verdict))
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list every expectation not met")
    parser.add_argument("--class", dest="cls", default=None, help="only this class (file name without .yaml)")
    parser.add_argument("--rubrics", type=Path, default=None, help="rubric set folder (default: the built-in set)")
    parser.add_argument("--cases", type=Path, default=CASES, help="folder of case files (default: tests/directions)")
    args = parser.parse_args()
    cases = [c for c in load_cases(args.cases) if args.cls in (None, c[0])]
    outcomes = run(load_rubric_set(args.rubrics), cases)
    by_class: dict[str, Counter] = {}
    for o in outcomes:
        by_class.setdefault(o.cls, Counter())[o.verdict] += 1
    total = Counter(o.verdict for o in outcomes)
    print(f"{'class':<24}{'pass':>6}{'missed':>8}{'opposite':>10}{'false alarm':>13}{'of':>5}")
    for cls, counts in [*sorted(by_class.items()), ("all", total)]:
        n = sum(counts.values())
        print(
            f"{cls:<24}{counts['pass']:>6}{counts['missed']:>8}{counts['opposite']:>10}{counts['false-alarm']:>13}{n:>5}"
        )
    if args.failures:
        for o in outcomes:
            if o.verdict != "pass":
                print(f"{o.verdict:<11} {o.cls}/{o.case} · {o.area}: expected {o.expected}, net {o.net:+.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
