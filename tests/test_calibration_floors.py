"""Floors under the test split's figures: a change that makes hsimpact read real acts worse fails CI.

The test split (tests/calibration/test) is evaluated summary-only: this test sees its
aggregate figures and nothing bill by bill. Each floor is the figure measured when it was
set, less a small margin (tests/calibration/floors.yaml); a change that improves a figure
raises its floor in the same commit (docs/calibration.md, "The protocol").
"""

from __future__ import annotations

import pytest
import yaml

from conftest import ROOT
from hsimpact.evaluate import evaluate

SPLIT = ROOT / "tests" / "calibration" / "test"
FLOORS = yaml.safe_load((ROOT / "tests" / "calibration" / "floors.yaml").read_text(encoding="utf-8"))


@pytest.mark.test_split
def test_the_test_split_stays_above_its_floors(default_rubrics) -> None:
    result = evaluate(SPLIT / "bills", SPLIT / "labels.yaml", default_rubrics, summary_only=True)
    assert result.summary_only and not result.disagreements
    overall = result.overall
    measured = {
        "agreement_at_least": overall.agreement.value,
        "recall_at_least": overall.recall.value,
        "false_alarm_rate_at_most": overall.false_alarms.value,
        "opposite_signs_at_most": overall.opposite_sign.count,
    }
    problems = []
    for name, value in measured.items():
        floor = FLOORS[name]
        below = value < floor if name.endswith("at_least") else value > floor
        if below:
            problems.append(f"{name.replace('_', ' ')} {floor}: measured {value}")
    assert not problems, "test split below its floors: " + "; ".join(problems)
