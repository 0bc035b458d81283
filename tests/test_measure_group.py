"""scripts/measure_group.py measures a settled group with two readers, per split part, printing counts only."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, bill_ids_for_each_split

SCRIPT = ROOT / "scripts" / "measure_group.py"
MEALS = "The Minister shall provide free school meals to every pupil in a public school."


def make_group(tmp_path: Path) -> tuple[Path, str, str]:
    development, test = bill_ids_for_each_split()
    group = tmp_path / "g99"
    (group / "bills").mkdir(parents=True)
    for bill_id in (development, test):
        (group / "bills" / f"{bill_id}.yaml").write_text(
            f'id: {bill_id}\ntitle: "School Meals Act"\nprovisions:\n  - id: s1\n    text: "{MEALS}"\n'
        )
    # the development act is labelled as the reader reads it; the test act with the opposite sign
    (group / "labels.yaml").write_text(
        f'{development}:\n  food: {{score: 2, reason: "REASON-NEVER-PRINTED free meals"}}\n'
        f'{test}:\n  food: {{score: -2, reason: "REASON-NEVER-PRINTED cut"}}\n'
    )
    return group, development, test


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT)


def test_each_part_and_reader_gets_its_counts(tmp_path):
    group, _, _ = make_group(tmp_path)
    done = run(str(group), "--baseline", str(ROOT), "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = {(r["part"], r["reader"]): r for r in json.loads(done.stdout)}
    assert set(rows) == {(p, r) for p in ("all", "development", "test") for r in ("start", "now")}
    assert rows[("development", "now")]["agreement"] == 1
    assert rows[("development", "now")]["opposite_sign"] == 0
    assert rows[("test", "now")]["agreement"] == 0
    assert rows[("test", "now")]["opposite_sign"] == 1
    assert rows[("all", "start")]["labels"] == 2
    assert rows[("all", "start")]["acts"] == 2
    assert rows[("all", "now")] == {**rows[("all", "start")], "reader": "now"}


def test_no_label_or_reason_is_printed(tmp_path):
    group, _, _ = make_group(tmp_path)
    for fmt in ("table", "json"):
        done = run(str(group), "--baseline", str(ROOT), "--format", fmt)
        assert done.returncode == 0, done.stderr
        assert "REASON-NEVER-PRINTED" not in done.stdout + done.stderr
        assert "score" not in done.stdout


def test_an_act_without_labels_counts_as_affecting_nothing(tmp_path):
    group, development, _ = make_group(tmp_path)
    (group / "labels.yaml").write_text(f'{development}:\n  food: {{score: 2, reason: "meals"}}\n')
    done = run(str(group), "--baseline", str(ROOT), "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = {(r["part"], r["reader"]): r for r in json.loads(done.stdout)}
    assert rows[("test", "now")]["labels"] == 0
    assert rows[("test", "now")]["false_alarms"] == 1  # the meals it finds are an area nobody labelled


def test_an_unsettled_group_is_refused(tmp_path):
    (tmp_path / "g98" / "bills").mkdir(parents=True)
    done = run(str(tmp_path / "g98"), "--baseline", str(ROOT))
    assert done.returncode == 2
    assert "settle the group first" in done.stderr
