"""Every shipped example, end to end, against the signs a neutral analyst expects.

``tests/expected-signs.yaml`` lists, per bill, only the areas the bill clearly touches.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLES

EXPECTED = yaml.safe_load((Path(__file__).parent / "expected-signs.yaml").read_text(encoding="utf-8"))
BILLS = sorted(EXAMPLES.glob("*.yaml"))
CASES = [(bill_id, area, sign) for bill_id, areas in EXPECTED.items() for area, sign in areas.items()]


def test_examples_cover_every_area_both_ways() -> None:
    from hsimpact.areas import ALL_AREAS

    for area in ALL_AREAS:
        signs = {areas.get(area) for areas in EXPECTED.values()}
        assert {"positive", "negative"} <= signs, area


def test_every_example_has_expectations() -> None:
    assert len(BILLS) >= 7
    assert {p.stem for p in BILLS} == set(EXPECTED)


@pytest.fixture(scope="module")
def results(default_rubrics):
    from hsimpact.api import assess_file

    return {p.stem: assess_file(p, default_rubrics) for p in BILLS}


@pytest.mark.parametrize(("bill_id", "area", "sign"), CASES, ids=[f"{b}-{a}" for b, a, _ in CASES])
def test_example_sign(results, bill_id: str, area: str, sign: str) -> None:
    result = results[bill_id].area(area)
    assert result.affected, f"{bill_id}: {area} should be affected"
    if sign == "positive":
        assert result.net > 0, (result.net, result.band)
    elif sign == "negative":
        assert result.net < 0, (result.net, result.band)
    else:
        assert result.positive > 0 and result.negative > 0, (result.positive, result.negative)


@pytest.mark.parametrize("path", BILLS, ids=[p.stem for p in BILLS])
def test_example_through_the_cli(cli, path: Path) -> None:
    table = cli("assess", path)
    assert table.exit_code == 0, table.stderr
    assert "Verdict:" in table.stdout
    data = json.loads(cli("assess", path, "--format", "json").stdout)
    assert data["bill"]["id"] == path.stem
    assert len(data["areas"]) == 14
