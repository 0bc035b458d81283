"""Constructed direction cases: how statutes are drafted, read the way a lawyer reads them.

The cases (tests/directions/*.yaml) were written from drafting manuals and general legal
English, not from the calibration acts. Not every case passes yet; the figures must not fall
below their committed floors (tests/direction-floors.yaml). `python scripts/direction_cases.py
--failures` lists the ones that do not pass.
"""

from __future__ import annotations

import sys
from collections import Counter

import pytest
import yaml

from conftest import ROOT
from hsimpact.areas import ALL_AREAS

sys.path.insert(0, str(ROOT / "scripts"))
from direction_cases import CASES, SIGNS, load_cases, run

FLOORS = yaml.safe_load((ROOT / "tests" / "direction-floors.yaml").read_text(encoding="utf-8"))


def test_case_files_are_well_formed() -> None:
    files = sorted(CASES.glob("*.yaml"))
    assert len(files) >= 12
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["class"] == path.stem, path.name
        names = [case["name"] for case in data["cases"]]
        assert len(names) == len(set(names)), f"{path.name}: a case name is used twice"
        for case in data["cases"]:
            assert case["text"].strip() and case["expect"], f"{path.name}: {case['name']}"
            assert set(case["expect"]) <= set(ALL_AREAS), f"{path.name}: {case['name']}"
            assert set(case["expect"].values()) <= set(SIGNS), f"{path.name}: {case['name']}"
    assert len(load_cases()) >= 300


@pytest.fixture(scope="module")
def outcomes(default_rubrics):
    return run(default_rubrics, load_cases())


def test_direction_cases_stay_above_their_floors(outcomes) -> None:
    counts = Counter(o.verdict for o in outcomes)
    assert counts["pass"] >= FLOORS["passed_at_least"], counts
    assert counts["opposite"] <= FLOORS["opposite_at_most"], counts
    assert counts["false-alarm"] <= FLOORS["false_alarms_at_most"], counts


@pytest.mark.parametrize(
    ("text", "area", "expected"),
    [
        ("No funds appropriated by this Act may be used to deploy a chemical weapon.", "disarmament", 1),
        ("The school breakfast grant is repealed.", "food", -1),
        ("There is appropriated $600,000,000 for nutrition assistance in response to disasters.", "food", 1),
        ("No person may delay or obstruct the destruction of stockpiled chemical weapons.", "disarmament", 1),
        ("Section 40 (power of the Minister to suspend unemployment benefit) is repealed.", "economic", 1),
        ("The Hunger Relief Fund is wound up.", "food", -1),
        (
            "The following are prohibited: (a) the use of land without a permit; [...] (f) any expansion of chemical"
            " weapons under 22 U.S.C. 2778.",
            "disarmament",
            1,
        ),
    ],
)
def test_the_issue_examples_read_the_right_way(default_rubrics, text: str, area: str, expected: int) -> None:
    from conftest import make_bill
    from hsimpact.engine import assess

    net = assess(make_bill(text), default_rubrics).area(area).net
    assert (net >= 0.25) - (net <= -0.25) == expected, net
