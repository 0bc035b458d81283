"""``hsimpact evaluate``: metrics on a hand-computed fixture, label errors, and the calibration corpus."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES, FIXTURES, ROOT
from hsimpact.areas import ALL_AREAS
from hsimpact.evaluate import (
    DIRECTION_SIGN,
    Label,
    agrees,
    agrees_leniently,
    evaluate_assessments,
    evaluate_labellers,
    load_labels,
    wilson,
)
from hsimpact.result import AreaResult, Assessment, BillInfo, RubricInfo, ToolInfo
from hsimpact.rubric import load_rubric_set

CALIBRATION = ROOT / "tests" / "calibration"


SCALE = load_rubric_set(FIXTURES / "mini-rubrics").manifest.scale


def _area(area_id: str, net: float, affected: bool) -> AreaResult:
    direction, band = SCALE.read(net, affected=affected, mixed=False)
    return AreaResult(
        id=area_id,
        kind="dimension",
        name=area_id,
        net=net,
        positive=max(net, 0),
        negative=max(-net, 0),
        band=band,
        direction=direction,
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


def test_agreement_rule_is_strict_and_the_lenient_rule_is_not() -> None:
    # a direction counts only once the net leaves the neutral band (0.25 on the mini scale): Scale.read
    def strict(net: float, label: int) -> bool:
        return agrees(DIRECTION_SIGN[SCALE.read(net, affected=True, mixed=False)[0]], label)

    def lenient(net: float, label: int) -> bool:
        return agrees_leniently(net, DIRECTION_SIGN[SCALE.read(net, affected=True, mixed=False)[0]], label)

    assert (
        strict(0.3, 2) and strict(-0.26, -1) and not strict(-0.25, -1) and not strict(-0.01, -1) and not strict(0.0, 1)
    )
    assert not strict(0.4, -1) and strict(0.2, 0) and strict(-0.24, 0) and not strict(0.25, 0)
    assert lenient(-0.01, -1) and not lenient(0.4, -1) and not lenient(0.25, 0)
    # evidence both ways that states no direction agrees only with a 0 label
    mixed = DIRECTION_SIGN[SCALE.read(0.2, affected=True, mixed=True)[0]]
    assert agrees(mixed, 0) and not agrees(mixed, 1)


def test_wilson_interval_matches_published_values() -> None:
    # Newcombe (1998), example: 81 of 263 -> 0.2553 to 0.3662
    rate = wilson(81, 263)
    assert (rate.low, rate.high) == (pytest.approx(0.2553, abs=1e-4), pytest.approx(0.3662, abs=1e-4))
    assert wilson(0, 10).low == 0.0 and wilson(10, 10).high == 1.0 and wilson(0, 0).value is None


def test_metrics_match_hand_computed_numbers() -> None:
    result = _fixture()
    by_area = {m.group: m for m in result.areas}
    food, health, arms = by_area["food"], by_area["health"], by_area["disarmament"]
    # food: +2 vs +1.5 agrees; -1 vs -0.5 agrees; both reach the band; MAE (0.5 + 0.5) / 2
    assert (food.labelled, food.agreement.count, food.agreement.value, food.recall.value) == (2, 2, 1.0, 1.0)
    assert food.mean_absolute_error == pytest.approx(0.5) and food.false_alarms.value is None
    # health: +1 missed (net 0), 0 agrees (|0.1| < 0.25); MAE (1 + 0.1) / 2
    assert (health.agreement.value, health.recall.total, health.recall.count, health.missed.count) == (0.5, 1, 0, 1)
    assert health.mean_absolute_error == pytest.approx(0.55)
    # disarmament: nothing labelled; -1.2 is a false alarm, +0.5 is not
    assert (arms.labelled, arms.agreement.value, arms.false_alarms.total, arms.false_alarms.count) == (0, None, 2, 1)
    overall = result.overall
    assert (overall.labelled, overall.agreement.count, overall.agreement.value) == (4, 3, 0.75)
    assert overall.recall.value == pytest.approx(2 / 3, abs=1e-4)
    assert overall.false_alarms.value == 0.5 and overall.opposite_sign.count == 0
    assert overall.mean_absolute_error == pytest.approx(0.525)
    kinds = sorted((d.bill, d.area, d.kind, d.label) for d in result.disagreements)
    assert kinds == [("a", "disarmament", "false-alarm", None), ("a", "health", "missed", 1)]
    assert result.targets_met == {
        "agreement": False,
        "recall": False,
        "false_alarm_rate": False,
        "opposite_sign_rate": True,
    }


def test_small_nets_are_missed_and_clear_wrong_signs_are_opposite() -> None:
    a = _assessment("a", _area("food", 0.2, True), _area("health", -0.6, True), _area("economic", 0.3, True))
    labels = {
        "a": {
            "food": Label(score=2, reason="r"),
            "health": Label(score=1, reason="r"),
            "economic": Label(score=0, reason="r"),
        }
    }
    result = evaluate_assessments([a], labels, jurisdictions=["Freedonia"])
    kinds = {d.area: d.kind for d in result.disagreements}
    assert kinds == {"food": "missed", "health": "opposite-sign", "economic": "not-zero"}
    assert (result.overall.opposite_sign.count, result.overall.opposite_sign.total) == (1, 2)
    assert result.overall.lenient_agreement.count == 1  # food: +0.2 has the right sign
    assert [m.group for m in result.by_jurisdiction] == ["Freedonia"]
    assert result.by_jurisdiction[0].labelled == 3


def test_summary_only_keeps_the_figures_and_drops_the_rows() -> None:
    a = _assessment("a", _area("food", -1.5, True))
    labels = {"a": {"food": Label(score=2, reason="r")}}
    full = evaluate_assessments([a], labels)
    summary = evaluate_assessments([a], labels, summary_only=True)
    assert len(full.disagreements) == 1 and summary.disagreements == [] and summary.summary_only
    assert summary.overall == full.overall


def test_two_labellers_are_compared_by_the_same_metric() -> None:
    first = {"a": {"food": Label(score=2, reason="r"), "health": Label(score=1, reason="r")}, "b": {}}
    second = {"a": {"food": Label(score=1, reason="r"), "political": Label(score=-1, reason="r")}, "b": {}}
    result = evaluate_labellers(first, second, area_ids=["food", "health", "political"])
    assert (result.overall.agreement.count, result.overall.agreement.total) == (1, 2)
    assert result.overall.missed.count == 1 and result.overall.opposite_sign.count == 0
    assert (result.overall.false_alarms.count, result.overall.false_alarms.total) == (1, 4)


def test_result_round_trips_as_json() -> None:
    data = json.loads(_fixture().model_dump_json())
    assert data["overall"]["group"] == "overall" and len(data["disagreements"]) == 2
    assert data["overall"]["agreement"]["low"] is not None


def test_summary_only_marker_hides_disagreements_in_the_command(cli, tmp_path: Path) -> None:
    bills = tmp_path / "bills"
    bills.mkdir()
    shutil.copy(EXAMPLES / "school-meals-2026.yaml", bills / "school-meals-2026.yaml")
    labels = tmp_path / "labels.yaml"
    labels.write_text("school-meals-2026:\n  food: {score: -2, reason: r}\n", encoding="utf-8")
    shown = cli("evaluate", bills, "--labels", labels)
    assert shown.exit_code == 0 and "opposite-sign" in shown.stdout and "Agreement (strict): 0%" in shown.stdout
    (tmp_path / "SUMMARY-ONLY").write_text("", encoding="utf-8")
    hidden = cli("evaluate", bills, "--labels", labels)
    assert hidden.exit_code == 0 and "opposite-sign" not in hidden.stdout and "Summary only" in hidden.stdout


def test_second_labels_option(cli, tmp_path: Path) -> None:
    bills = tmp_path / "bills"
    bills.mkdir()
    shutil.copy(EXAMPLES / "school-meals-2026.yaml", bills / "school-meals-2026.yaml")
    first = tmp_path / "a.yaml"
    first.write_text("school-meals-2026:\n  food: {score: 2, reason: r}\n", encoding="utf-8")
    second = tmp_path / "b.yaml"
    second.write_text(
        "school-meals-2026:\n  food: {score: 3, reason: r}\n  health: {score: 1, reason: r}\n", encoding="utf-8"
    )
    result = cli("evaluate", bills, "--labels", first, "--second-labels", second, "-f", "json")
    data = json.loads(result.stdout)
    assert data["overall"]["agreement"]["value"] == 1.0 and data["overall"]["false_alarms"]["count"] == 1


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


# -- the calibration splits ------------------------------------------------------------------

SPLITS = ("training", "development", "test")


def split_bills(split: str) -> list[Path]:
    return sorted((CALIBRATION / split / "bills").glob("*.yaml"))


def split_ids(split: str) -> list[str]:
    from hsimpact.bill import load_bill

    return [load_bill(p).bill.id for p in split_bills(split)]


def test_corpus_size_and_spread() -> None:
    from hsimpact.bill import load_bill

    loaded = [load_bill(p).bill for split in SPLITS for p in split_bills(split)]
    assert len(loaded) >= 160
    jurisdictions = {b.jurisdiction for b in loaded}
    assert len(jurisdictions) >= 23
    us_uk = sum(b.jurisdiction in ("United States", "United Kingdom") for b in loaded)
    assert us_uk <= len(loaded) / 2
    for bill in loaded:
        assert bill.jurisdiction, bill.id
        assert not bill.declared and not bill.answers, bill.id


@pytest.mark.parametrize("split", SPLITS)
def test_every_bill_loads_and_every_label_is_valid(split: str) -> None:
    ids = split_ids(split)
    assert ids, f"{split}: no bills"
    labels = load_labels(CALIBRATION / split / "labels.yaml", ids, ALL_AREAS)
    assert set(labels) == set(ids), "every bill has labels and every label names a bill"


def test_splits_are_apart() -> None:
    seen: dict[str, str] = {}
    for split in SPLITS:
        for bill_id in split_ids(split):
            assert bill_id not in seen, f"{bill_id} is in both {seen[bill_id]} and {split}"
            seen[bill_id] = split


def test_the_test_split_is_marked_summary_only() -> None:
    assert (CALIBRATION / "test" / "SUMMARY-ONLY").is_file()


def assert_records_source_licence_and_date(path: Path) -> None:
    head = path.read_text(encoding="utf-8").split("\nid:", 1)[0]
    assert re.search(r"^# Source: https?://", head, re.M), path.name
    assert re.search(r"^# Licence: \S", head, re.M), path.name
    assert re.search(r"^# Retrieved: \d{4}-\d{2}-\d{2}", head, re.M), path.name


@pytest.mark.parametrize("split", SPLITS)
def test_every_bill_records_source_licence_and_date(split: str) -> None:
    for path in split_bills(split):
        assert_records_source_licence_and_date(path)


def test_training_labels_cover_every_area_both_ways() -> None:
    labels = load_labels(CALIBRATION / "training" / "labels.yaml", split_ids("training"), ALL_AREAS)
    for area in ALL_AREAS:
        scores = [b[area].score for b in labels.values() if area in b]
        assert sum(s > 0 for s in scores) >= 3, f"{area}: fewer than 3 positive bills"
        assert sum(s < 0 for s in scores) >= 3, f"{area}: fewer than 3 negative bills"


def test_acts_awaiting_a_second_labeller_are_well_formed_and_apart() -> None:
    """tests/calibration/pending: labelled once, in no split until a second labeller has read them."""
    from hsimpact.bill import load_bill

    in_splits = {bill_id for split in SPLITS for bill_id in split_ids(split)}
    groups = [g for g in sorted((CALIBRATION / "pending").iterdir()) if (g / "bills").is_dir()]
    for group in groups:
        paths = sorted((group / "bills").glob("*.yaml"))
        ids = [load_bill(p).bill.id for p in paths]
        assert set(load_labels(group / "labels-a.yaml", ids, ALL_AREAS)) == set(ids), group.name
        if (group / "labels-b.yaml").exists():
            assert set(load_labels(group / "labels-b.yaml", ids, ALL_AREAS)) == set(ids), group.name
        assert not set(ids) & in_splits, group.name
        for path in paths:
            assert_records_source_licence_and_date(path)
