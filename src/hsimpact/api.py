"""The few calls a program needs: load a bill and a rubric set, check, assess."""

from __future__ import annotations

from pathlib import Path

from .bill import LoadedBill, check_references, load_bill
from .engine import assess
from .result import Assessment
from .rubric import RubricSet, load_rubric_set


def check_bill_against(loaded: LoadedBill, rubrics: RubricSet) -> None:
    check_references(loaded, rubrics.references)


def assess_loaded(loaded: LoadedBill, rubrics: RubricSet, timings: dict[str, float] | None = None) -> Assessment:
    check_bill_against(loaded, rubrics)
    return assess(loaded.bill, rubrics, timings)


def assess_file(bill_path: Path | str, rubrics: RubricSet | Path | str | None = None) -> Assessment:
    if not isinstance(rubrics, RubricSet):
        rubrics = load_rubric_set(rubrics)
    return assess_loaded(load_bill(bill_path, rubrics.references), rubrics)
