"""scripts/join_group.py moves a settled group into the splits by the sha256 rule, entries as written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT, bill_ids_for_each_split

SCRIPT = ROOT / "scripts" / "join_group.py"


def make_calibration(tmp_path: Path, ids: tuple[str, ...], labellers: tuple[str, ...]) -> tuple[Path, Path]:
    calibration = tmp_path / "calibration"
    for split in ("development", "test"):
        (calibration / split / "bills").mkdir(parents=True)
        for name in ("labels.yaml", "labels-a.yaml", "labels-b.yaml"):
            (calibration / split / name).write_text(f'old-{split}:\n  health: {{score: 1, reason: "kept"}}\n')
    group = calibration / "pending" / "g99"
    (group / "bills").mkdir(parents=True)
    for bill_id in ids:
        (group / "bills" / f"{bill_id}.yaml").write_text(
            f"id: {bill_id}\ntitle: An Act\nprovisions:\n  - id: s1\n    text: The Minister shall act.\n"
        )
    for name in labellers:
        lines = [f"# {name}: a comment that belongs to the file\n"]
        for bill_id in ids:
            lines.append(f'{bill_id}:\n  economic: {{score: 2, reason: "by {name}"}}\n')
        (group / name).write_text("".join(lines))
    return calibration, group


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


def test_each_act_goes_where_its_hash_says_with_its_entries(tmp_path: Path) -> None:
    to_development, to_test = bill_ids_for_each_split()
    calibration, group = make_calibration(
        tmp_path, (to_development, to_test), ("labels.yaml", "labels-a.yaml", "labels-b.yaml")
    )
    done = run(str(group), "--calibration", str(calibration))
    assert done.returncode == 0, done.stderr
    assert "1 acts to development, 1 to test" in done.stdout
    assert (calibration / "development" / "bills" / f"{to_development}.yaml").exists()
    assert (calibration / "test" / "bills" / f"{to_test}.yaml").exists()
    for split, bill_id, other in (("development", to_development, to_test), ("test", to_test, to_development)):
        for name in ("labels.yaml", "labels-a.yaml", "labels-b.yaml"):
            labels = yaml.safe_load((calibration / split / name).read_text())
            assert labels[f"old-{split}"]["health"]["score"] == 1  # what was there stays
            assert labels[bill_id]["economic"] == {"score": 2, "reason": f"by {name}"}
            assert other not in labels
            assert "a comment that belongs to the file" not in (calibration / split / name).read_text()
    assert not group.exists()  # the emptied group folder is gone


def test_a_group_missing_an_entry_is_refused_before_anything_moves(tmp_path: Path) -> None:
    to_development, to_test = bill_ids_for_each_split()
    calibration, group = make_calibration(tmp_path, (to_development, to_test), ("labels.yaml", "labels-a.yaml"))
    text = (group / "labels-a.yaml").read_text()
    (group / "labels-a.yaml").write_text(text.split(f"{to_test}:")[0])
    done = run(str(group), "--calibration", str(calibration))
    assert done.returncode != 0
    assert to_test in done.stderr and "nothing was moved" in done.stderr
    assert sorted(p.name for p in (group / "bills").iterdir()) == sorted([f"{to_development}.yaml", f"{to_test}.yaml"])
    assert not list((calibration / "test" / "bills").iterdir())


def test_a_group_staged_but_not_committed_joins_with_git(tmp_path: Path) -> None:
    to_development, to_test = bill_ids_for_each_split()
    calibration, group = make_calibration(tmp_path, (to_development, to_test), ("labels.yaml", "labels-a.yaml"))

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", "calibration/development", "calibration/test")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "splits")
    git("add", "calibration/pending")  # staged, never committed: 'git rm' without -f refuses such files
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(group), "--calibration", str(calibration), "--git"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (calibration / "test" / "bills" / f"{to_test}.yaml").exists()
    assert not group.exists()
    staged = subprocess.run(["git", "status", "--porcelain"], cwd=tmp_path, capture_output=True, text=True).stdout
    assert "pending" not in staged  # nothing of the group is left in the index
