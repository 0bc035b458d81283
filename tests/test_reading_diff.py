"""scripts/reading_diff.py lists the provisions two readers read differently, with what each found."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "reading_diff.py"
MEALS = "The Minister shall provide free school meals to every pupil in a public school."
PLAIN = "This Act may be cited as the Interpretation Act."


def provisions_file(tmp_path: Path) -> Path:
    path = tmp_path / "provisions.jsonl"
    rows = [{"text": MEALS, "act": "Meals Act", "section": "3"}, {"text": PLAIN, "act": "Other Act", "section": "1"}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def checkout_without(tmp_path: Path, term: str) -> Path:
    """A checkout with this one's code and a rubric that has lost one term."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "src").symlink_to(ROOT / "src")
    shutil.copytree(ROOT / "rubrics", other / "rubrics")
    food = other / "rubrics" / "human-security" / "food.yaml"
    text = food.read_text()
    assert f"{term}, " in text
    food.write_text(text.replace(f"{term}, ", "", 1))
    return other


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT)


def test_the_same_reader_changes_nothing(tmp_path):
    done = run(str(provisions_file(tmp_path)), "--baseline", str(ROOT))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "0 of 2 provisions read differently" in done.stderr


def test_a_lost_term_shows_as_evidence_only_this_reader_finds(tmp_path):
    other = checkout_without(tmp_path, "free school meal*")
    done = run(str(provisions_file(tmp_path)), "--baseline", str(other), "--text")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Meals Act 3\n")
    assert "  + food food-assistance + “free school meals”" in done.stdout
    assert "Other Act" not in done.stdout  # the provision both read alike is not listed
    assert MEALS in done.stdout
    assert "1 of 2 provisions read differently" in done.stderr


def test_a_folder_that_is_not_a_checkout_is_refused(tmp_path):
    done = run(str(provisions_file(tmp_path)), "--baseline", str(tmp_path))
    assert done.returncode == 2
    assert "not a checkout of hsimpact" in done.stderr
