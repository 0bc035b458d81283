"""``hsimpact new``: a starter bill that explains itself and is valid as written."""

from __future__ import annotations

from pathlib import Path

from hsimpact.api import assess_file
from hsimpact.bill import load_bill


def test_new_writes_a_valid_commented_bill(cli, tmp_path: Path) -> None:
    target = tmp_path / "water-bill-2026.yaml"
    result = cli("new", target)
    assert result.exit_code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert text.count("\n#") > 15  # every field is explained
    bill = load_bill(target).bill
    assert bill.id == "water-bill-2026"
    assessment = assess_file(target)  # area ids, categories and question ids all exist
    assert assessment.area("health").affected


def test_new_refuses_to_overwrite(cli, tmp_path: Path) -> None:
    target = tmp_path / "bill.yaml"
    target.write_text("mine\n", encoding="utf-8")
    result = cli("new", target)
    assert result.exit_code == 2
    assert "exists already" in result.stderr
    assert target.read_text(encoding="utf-8") == "mine\n"
