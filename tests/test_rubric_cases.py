"""The default rubric's own test cases (rubrics/tests/*.yaml), one pytest test each.

The same loader runs them in ``hsimpact rubric test``; ids are ``<area>_<case>``, so
``pytest -k food`` runs the food cases.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from hsimpact.rubrictest import load_cases, run_case

CASES = load_cases(ROOT / "rubrics" / "tests")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rubric_case(case, default_rubrics) -> None:
    outcome = run_case(case, default_rubrics)
    assert outcome.passed, outcome.report()


def test_every_area_has_at_least_four_cases(default_rubrics) -> None:
    counts = {a.id: 0 for a in default_rubrics.areas}
    for case in CASES:
        counts[case.area] = counts.get(case.area, 0) + 1
    assert all(n >= 4 for n in counts.values()), counts
    assert len(CASES) >= 56


def test_cases_cover_negation_modality_definitions_and_budget() -> None:
    def has(pred) -> bool:
        return any(pred(c.case) for c in CASES)

    texts = [" ".join(p if isinstance(p, str) else p.text for p in c.case.provisions).lower() for c in CASES]
    assert any("shall not" in t or "nothing in this act" in t or "may not" in t for t in texts)
    assert any(" may " in f" {t} " for t in texts)
    assert has(
        lambda c: any(not isinstance(p, str) and p.heading in ("Interpretation", "Definitions") for p in c.provisions)
    )
    assert has(lambda c: bool(c.budget))
