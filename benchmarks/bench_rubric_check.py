"""`rubric check` time against the number of wildcard terms: it should grow near-linearly.

A copy of the mini rubric set gets one area whose indicators hold N distinct wildcard terms
(and as many plain terms one of them covers), the worst case for the rule that reports terms
already matched by a wildcard. The whole check runs, as `hsimpact rubric check` runs it.

    python benchmarks/bench_rubric_check.py [--sizes 2000,8000,24000]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from hsimpact.check import check_rubrics

MINI = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "mini-rubrics"
PER_INDICATOR = 200


def word(n: int) -> str:
    """A distinct lower-case word for every n (base 26, at least four letters)."""
    letters = ""
    n += 26**3
    while n:
        n, r = divmod(n, 26)
        letters = chr(ord("a") + r) + letters
    return letters


def area_yaml(terms: int) -> str:
    lines = [
        "id: food",
        "name: Food security",
        "kind: dimension",
        "description: Access to enough nutritious food.",
        "source: IPU toolkit, Box 2",
        "indicators:",
    ]
    phrases = [f"{word(n)}* meal" if n % 2 == 0 else f"{word(n - 1)}s meal" for n in range(terms)]
    for start in range(0, terms, PER_INDICATOR):
        lines += [
            f"  - id: ind-{start // PER_INDICATOR}",
            "    label: Generated",
            "    direction: positive",
            "    source: generated",
            "    rationale: Generated for a benchmark.",
            "    terms:",
            *[f"      - {p}" for p in phrases[start : start + PER_INDICATOR]],
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,8000,24000", help="comma-separated term counts")
    args = parser.parse_args()
    print(f"{'terms':>7} {'wildcards':>9} {'seconds':>8} {'us/term':>8} {'findings':>8}")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            rubrics = Path(tmp) / "rubrics"
            shutil.copytree(MINI, rubrics)
            (rubrics / "food.yaml").write_text(area_yaml(size), encoding="utf-8")
            started = time.perf_counter()
            report = check_rubrics([rubrics])
            took = time.perf_counter() - started
        print(f"{size:>7} {(size + 1) // 2:>9} {took:>8.2f} {took / size * 1e6:>8.0f} {len(report.findings):>8}")


if __name__ == "__main__":
    main()
