"""scripts/evidence_census.py ranks evidence across provisions and shows where it came from."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "evidence_census.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


def test_the_heaviest_evidence_comes_first_with_its_sentences(tmp_path: Path) -> None:
    provisions = tmp_path / "provisions.jsonl"
    rows = [
        {"act": "Torture Act", "section": "1", "text": "Any person who commits torture commits an offence."},
        {"act": "Torture Act", "section": "2", "text": "Any public officer who commits torture commits an offence."},
        {"act": "Schools Act", "section": "3", "text": "The Minister shall provide school meals to every pupil."},
    ]
    provisions.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    done = run(str(provisions), "--top", "2", "--examples", "1")
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    ranked = [line for line in lines if "/" in line and "'" in line and not line.startswith(" " * 10)]
    assert "'torture'" in ranked[0] and " 2 " in ranked[0]  # two provisions, so it outweighs the one on school meals
    assert any("Torture Act 1:" in line for line in lines)


def test_a_missing_input_is_a_clear_error() -> None:
    done = run("no-such-folder")
    assert done.returncode == 2
    assert "not found" in done.stderr and "JSON Lines" in done.stderr
