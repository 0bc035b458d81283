"""``hsimpact evaluate``: metrics on a hand-computed fixture, label errors, and the calibration corpus."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT
from hsimpact.areas import ALL_AREAS
from hsimpact.evaluate import Label, agrees, evaluate_assessments, load_labels
from hsimpact.result import AreaResult, Assessment, BillInfo, RubricInfo, ToolInfo

CALIBRATION = ROOT / "tests" / "calibration"


def _area(area_id: str, net: float, affected: bool) -> AreaResult:
    return AreaResult(
        id=area_id,
        kind="dimension",
        name=area_id,
        net=net,
        positive=max(net, 0),
        negative=max(-net, 0),
        band="x",
        affected=affected,
        mixed=False,
        confidence="low",
        evidence=[],
    )


def _assessment(bill_id: str, *areas: AreaResult) -> Assessment:
    return Assessment(
        tool=ToolInfo(version="0"),
        bill=BillInfo(id=bill_id, title=bill_id),
        rubric=RubricInfo(name="r", version="1", hash="0" * 64),
        areas=list(areas),
        verdict="",
        provisions=[],
    )


def _fixture():
    a = _assessment("a", _area("food", 1.5, True), _area("health", 0.0, False), _area("disarmament", -1.2, True))
    b = _assessment("b", _area("food", -0.5, True), _area("health", 0.1, True), _area("disarmament", 0.5, True))
    labels = {
        "a": {"food": Label(score=2, reason="r"), "health": Label(score=1, reason="r")},
        "b": {"food": Label(score=-1, reason="r"), "health": Label(score=0, reason="r")},
    }
    return evaluate_assessments([a, b], labels)


def test_agreement_rule() -> None:
    assert agrees(0.3, 2) and agrees(-0.01, -1) and not agrees(0.0, 1) and not agrees(0.4, -1)
    assert agrees(0.2, 0) and agrees(-0.24, 0) and not agrees(0.25, 0)


def test_metrics_match_hand_computed_numbers() -> None:
    result = _fixture()
    by_area = {m.area: m for m in result.areas}
    food, health, arms = by_area["food"], by_area["health"], by_area["disarmament"]
    # food: both signs agree, both detected, |1.5-2| and |-0.5+1| -> MAE 0.5
    assert (food.labelled, food.agreeing, food.sign_agreement, food.recall) == (2, 2, 1.0, 1.0)
    assert food.mean_absolute_error == pytest.approx(0.5) and food.false_alarm_rate is None
    # health: +1 missed (net 0, not affected), 0 agrees (|0.1| < 0.25); MAE (1 + 0.1) / 2
    assert (health.sign_agreement, health.labelled_nonzero, health.detected, health.recall) == (0.5, 1, 0, 0.0)
    assert health.mean_absolute_error == pytest.approx(0.55)
    # disarmament: nothing labelled; -1.2 is a false alarm, +0.5 is not
    assert (arms.labelled, arms.sign_agreement, arms.unlabelled, arms.false_alarms, arms.false_alarm_rate) == (
        0,
        None,
        2,
        1,
        0.5,
    )
    overall = result.overall
    assert (overall.labelled, overall.agreeing, overall.sign_agreement) == (4, 3, 0.75)
    assert overall.recall == pytest.approx(2 / 3, abs=1e-4)
    assert overall.false_alarm_rate == 0.5
    assert overall.mean_absolute_error == pytest.approx(0.525)
    kinds = sorted((d.bill, d.area, d.kind, d.label) for d in result.disagreements)
    assert kinds == [("a", "disarmament", "false-alarm", None), ("a", "health", "sign", 1)]
    assert result.targets_met == {
        "sign_agreement_overall": False,
        "sign_agreement_per_area": False,
        "recall": False,
        "false_alarm_rate": False,
    }


def test_result_round_trips_as_json() -> None:
    data = json.loads(_fixture().model_dump_json())
    assert data["overall"]["area"] == "overall" and len(data["disagreements"]) == 2


@pytest.mark.parametrize(
    ("body", "where", "code"),
    [
        ("nosuch-bill:\n  food: {score: 1, reason: r}\n", ":1:1:", "HS014 unknown bill id 'nosuch-bill'"),
        (
            "school-meals-2026:\n  fod: {score: 1, reason: r}\n",
            ":2:3:",
            "HS014 unknown area 'fod' (did you mean 'food'?)",
        ),
        ("school-meals-2026:\n  food: {score: 4, reason: r}\n", ":2:17:", "HS010"),
        ("school-meals-2026:\n  food: {score: 1}\n", ":2:9:", "HS011"),
    ],
)
def test_bad_labels_name_file_line_and_column(cli, tmp_path: Path, body: str, where: str, code: str) -> None:
    bills = tmp_path / "bills"
    bills.mkdir()
    shutil.copy(EXAMPLES / "school-meals-2026.yaml", bills / "school-meals-2026.yaml")
    labels = tmp_path / "labels.yaml"
    labels.write_text(body, encoding="utf-8")
    result = cli("evaluate", bills, "--labels", labels)
    assert result.exit_code == 2
    assert f"labels.yaml{where} {code}" in result.stderr


def test_missing_bills_folder(cli, tmp_path: Path) -> None:
    result = cli("evaluate", tmp_path / "nope", "--labels", tmp_path / "labels.yaml")
    assert result.exit_code == 2 and "HS001" in result.stderr


# -- the calibration corpus ------------------------------------------------------------------

BILLS = sorted((CALIBRATION / "bills").glob("*.yaml"))


def test_corpus_size_and_spread() -> None:
    from hsimpact.bill import load_bill

    loaded = [load_bill(p).bill for p in BILLS]
    assert len(loaded) >= 40
    jurisdictions = {b.jurisdiction for b in loaded}
    assert len(jurisdictions) >= 8
    us_uk = sum(b.jurisdiction in ("United States", "United Kingdom") for b in loaded)
    assert us_uk <= len(loaded) / 2
    for bill in loaded:
        assert not bill.declared and not bill.answers, bill.id


def test_every_bill_loads_and_every_label_is_valid() -> None:
    from hsimpact.bill import load_bill

    ids = [load_bill(p).bill.id for p in BILLS]
    labels = load_labels(CALIBRATION / "labels.yaml", ids, ALL_AREAS)
    assert set(labels) == set(ids), "every bill has labels and every label names a bill"


def assert_records_source_licence_and_date(path: Path) -> None:
    head = path.read_text(encoding="utf-8").split("\nid:", 1)[0]
    assert re.search(r"^# Source: https?://", head, re.M), path.name
    assert re.search(r"^# Licence: \S", head, re.M), path.name
    assert re.search(r"^# Retrieved: \d{4}-\d{2}-\d{2}", head, re.M), path.name


def test_every_bill_records_source_licence_and_date() -> None:
    for path in BILLS:
        assert_records_source_licence_and_date(path)


def test_labels_are_valid_and_cover_every_area_both_ways() -> None:
    from hsimpact.bill import load_bill

    ids = [load_bill(p).bill.id for p in BILLS]
    labels = load_labels(CALIBRATION / "labels.yaml", ids, ALL_AREAS)
    assert set(labels) == set(ids)
    for area in ALL_AREAS:
        scores = [b[area].score for b in labels.values() if area in b]
        assert sum(s > 0 for s in scores) >= 3, f"{area}: fewer than 3 positive bills"
        assert sum(s < 0 for s in scores) >= 3, f"{area}: fewer than 3 negative bills"


HELDOUT = CALIBRATION / "heldout"


def test_heldout_set_is_well_formed_and_apart_from_the_corpus() -> None:
    """Format only: the held-out bills are never assessed by the test suite."""
    from hsimpact.bill import load_bill

    paths = sorted((HELDOUT / "bills").glob("*.yaml"))
    assert len(paths) >= 30
    ids = [load_bill(p).bill.id for p in paths]
    assert set(load_labels(HELDOUT / "labels.yaml", ids, ALL_AREAS)) == set(ids)
    corpus_ids = {load_bill(p).bill.id for p in BILLS}
    assert not corpus_ids & set(ids), "a bill is in both the corpus and the held-out set"
    for path in paths:
        assert_records_source_licence_and_date(path)
