"""scripts/blind_audit.py draws evidence for a blind judge and scores the verdicts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "blind_audit.py"

ROWS = [
    {"act": "Detention Act", "section": "4", "text": "A police officer may arrest without warrant any person."},
    {"act": "Schools Act", "section": "3", "text": "The Minister shall provide school meals to every pupil."},
    {"act": "Torture Act", "section": "1", "text": "Any person who commits torture commits an offence."},
    {"act": "Roads Act", "section": "9", "text": "The Authority shall maintain the register of roads."},
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


def drawn(tmp_path: Path, *extra: str) -> tuple[Path, list[dict], str]:
    source = tmp_path / "provisions.jsonl"
    source.write_text("\n".join(json.dumps(row) for row in ROWS) + "\n", encoding="utf-8")
    out = tmp_path / "audit"
    done = run("sample", str(source), "--seed", "5", "--out", str(out), *extra)
    assert done.returncode == 0, done.stderr
    return out, json.loads((out / "key.json").read_text(encoding="utf-8"))["items"], (out / "sheet.md").read_text()


def test_the_sheet_shows_each_item_once_and_hides_which_reader_found_it(tmp_path: Path) -> None:
    _out, items, sheet = drawn(tmp_path, "--baseline", str(ROOT))
    assert [item["item"] for item in items] == list(range(len(items)))
    assert {item["matched"].lower() for item in items} >= {"school meals", "torture"}
    assert all(item["before"] and item["now"] for item in items)  # the same checkout on both sides
    for item in items:
        assert f"## {item['item']}. {item['area']}:" in sheet
    assert "before" not in sheet.lower() and " now" not in sheet.lower()  # nothing says which reader found it


def test_scores_give_each_readers_precision_and_each_kind_of_reading(tmp_path: Path) -> None:
    out, items, _sheet = drawn(tmp_path)
    meals = next(item["item"] for item in items if item["matched"].lower() == "school meals")
    done = run("score", str(out), "--right", str(meals))
    assert done.returncode == 0, done.stderr
    lines = {line.split("  ")[0].strip(): line for line in done.stdout.splitlines()}
    assert f"1 of {len(items):4d} right" in lines["now"]
    assert "reading: cue" in done.stdout  # "provide" acts on the school meals


def test_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    missing = run("sample", str(tmp_path / "none.jsonl"), "--seed", "1", "--out", str(tmp_path / "a"))
    assert missing.returncode == 2 and "not found" in missing.stderr
    out, items, _sheet = drawn(tmp_path)
    unknown = run("score", str(out), "--right", str(len(items) + 5))
    assert unknown.returncode == 2 and "no such items" in unknown.stderr
    words = run("score", str(out), "--right", "first second")
    assert words.returncode == 2 and "item numbers" in words.stderr
    again = run("sample", str(tmp_path / "provisions.jsonl"), "--seed", "6", "--out", str(out))
    assert again.returncode == 2 and "already holds an audit" in again.stderr  # a judged sample is kept
    unsampled = run("score", str(tmp_path / "elsewhere"), "--right", "0")
    assert unsampled.returncode == 2 and "run `sample` first" in unsampled.stderr


def test_changed_only_keeps_what_one_reader_reports_and_the_other_does_not(tmp_path: Path) -> None:
    import shutil

    baseline = tmp_path / "baseline"
    shutil.copytree(ROOT / "src", baseline / "src")
    shutil.copytree(ROOT / "rubrics", baseline / "rubrics")
    food = baseline / "rubrics" / "human-security" / "food.yaml"
    text = food.read_text(encoding="utf-8")
    assert "school meal" in text
    food.write_text(text.replace("school meal", "school lunchbox"), encoding="utf-8")
    _out, items, sheet = drawn(tmp_path, "--provisions", "0", "--baseline", str(baseline), "--changed-only")
    assert items, "the baseline without school meals must differ"
    assert all(item["now"] != item["before"] for item in items)  # only the differences are judged
    assert {item["matched"].lower() for item in items if item["now"]} >= {"school meals"}
    assert "torture" not in sheet.lower()  # both readers read the offence alike: not on the sheet


def test_changed_only_needs_a_baseline(tmp_path: Path) -> None:
    source = tmp_path / "provisions.jsonl"
    source.write_text(json.dumps(ROWS[0]) + "\n", encoding="utf-8")
    done = run("sample", str(source), "--seed", "1", "--changed-only", "--out", str(tmp_path / "a"))
    assert done.returncode == 2 and "--baseline" in done.stderr
