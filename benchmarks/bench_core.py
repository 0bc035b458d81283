"""Core speed figures: one example end to end, and a 1,000-provision bill (~1 MB).

Run: python benchmarks/bench_core.py   (prints figures; it asserts nothing)
Targets: an example under 0.5 s wall including interpreter start; the large bill under 1 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import bill_yaml  # noqa: E402


def wall(cmd: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    example = ROOT / "examples" / "school-meals-2026.yaml"
    python = sys.executable
    baseline = wall([python, "-c", "import yaml"])
    table = wall([python, "-m", "hsimpact", "assess", str(example)])
    as_json = wall([python, "-m", "hsimpact", "assess", str(example), "--format", "json"])
    print(f"python -c 'import yaml'            {baseline:6.3f} s")
    ratio = table / baseline
    print(f"hsimpact assess example (table)    {table:6.3f} s   target < 0.5 s   {ratio:4.1f}x import yaml")
    print(f"hsimpact assess example (json)     {as_json:6.3f} s")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.yaml"
        big.write_text(bill_yaml(1, provisions=1000, chars_per_provision=1000), encoding="utf-8")
        size = big.stat().st_size
        large = wall([python, "-m", "hsimpact", "assess", str(big), "--format", "json"], runs=3)
        rate = size / 1e6 / large
        print(f"1,000-provision bill ({size / 1e6:.2f} MB)   {large:6.3f} s   target < 1 s   {rate:5.1f} MB/s")
        from hsimpact.bill import load_bill
        from hsimpact.engine import assess
        from hsimpact.rubric import load_rubric_set

        t0 = time.perf_counter()
        rubrics = load_rubric_set()
        rubrics.term_matcher, rubrics.cue_matcher  # noqa: B018  compile once
        t1 = time.perf_counter()
        bill = load_bill(big).bill
        t2 = time.perf_counter()
        result = assess(bill, rubrics)
        t3 = time.perf_counter()
        result.model_dump_json()
        t4 = time.perf_counter()
        print(
            f"  split: rubric load+compile {t1 - t0:.3f} s, bill load {t2 - t1:.3f} s, "
            f"score {t3 - t2:.3f} s, json {t4 - t3:.3f} s"
        )


if __name__ == "__main__":
    main()
