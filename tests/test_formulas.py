"""Instrument and domestic formulas: model sentences that transpose the core international instruments, and model
provisions of national Acts.

The cases (tests/formulas/*.yaml) check how much of the general wording of rights, duties, offences and powers
the vocabulary reads; the figures must not fall below their committed floors (tests/formula-floors.yaml).
`python scripts/direction_cases.py --cases tests/formulas --failures` lists the ones that do not pass.
"""

from __future__ import annotations

import sys
from collections import Counter

import pytest
import yaml

from conftest import ROOT
from hsimpact.areas import ALL_AREAS

sys.path.insert(0, str(ROOT / "scripts"))
from direction_cases import SIGNS, load_cases, run

FORMULAS = ROOT / "tests" / "formulas"
FLOORS = yaml.safe_load((ROOT / "tests" / "formula-floors.yaml").read_text(encoding="utf-8"))


def test_formula_files_are_well_formed() -> None:
    cases = load_cases(FORMULAS)
    assert len(cases) >= 300
    names = [case["name"] for _cls, case in cases]
    assert len(names) == len(set(names)), "a case name is used twice"
    for _cls, case in cases:
        assert case["text"].strip() and len(case["expect"]) == 1, case["name"]
        ((area, sign),) = case["expect"].items()
        assert area in ALL_AREAS and sign in SIGNS and sign != "none", case["name"]
        assert case["why"].strip(), case["name"]


def test_every_area_has_formulas() -> None:
    areas = Counter(area for _cls, case in load_cases(FORMULAS) for area in case["expect"])
    assert set(areas) == set(ALL_AREAS)
    assert min(areas.values()) >= 6, areas


@pytest.fixture(scope="module")
def outcomes(default_rubrics):
    return run(default_rubrics, load_cases(FORMULAS))


def test_formulas_stay_above_their_floors(outcomes) -> None:
    counts = Counter(o.verdict for o in outcomes)
    assert counts["pass"] >= FLOORS["passed_at_least"], counts
    assert counts["opposite"] <= FLOORS["opposite_at_most"], counts
