#!/usr/bin/env python3
"""Join a settled pending group to the development and test splits by the sha256 rule.

Where an act goes is decided by the first hex digit of the sha256 of its bill id (0-3: development,
4-f: test; docs/calibration.md, "Blind double labelling"), never by looking at it. Each act's bill
file moves into the split's ``bills`` folder, and its entry in the group's ``labels.yaml``,
``labels-a.yaml`` and ``labels-b.yaml`` is appended, as written, to the split's file of the same
name. Nothing about the labels is printed: the test split's acts must stay unread.

    python scripts/join_group.py tests/calibration/pending/g37 [--calibration tests/calibration] [--git]

With ``--git`` the moves and removals go through ``git mv`` and ``git rm``, so the commit shows
renames. Run it only after the group has been measured once with the period's start and end readers.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

LABEL_FILES = ("labels.yaml", "labels-a.yaml", "labels-b.yaml")
TOP_LEVEL_KEY = re.compile(r"^([A-Za-z0-9][A-Za-z0-9_.-]*):")


def split_for(bill_id: str) -> str:
    """The split an act joins: fixed by its id alone."""
    return "development" if hashlib.sha256(bill_id.encode("utf-8")).hexdigest()[0] in "0123" else "test"


def entries(path: Path) -> dict[str, str]:
    """Each bill's entry in a labels file, as written: its key line and the indented lines under it.
    Comments before the first entry belong to the file, not to an entry."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        key = TOP_LEVEL_KEY.match(line)
        if key:
            current = found.setdefault(key.group(1), [])
            current.append(line)
        elif current is not None:
            current.append(line)
    return {bill_id: "".join(lines).rstrip("\n") + "\n" for bill_id, lines in found.items()}


def _append(target: Path, entry: str) -> None:
    text = target.read_text(encoding="utf-8") if target.exists() else ""
    if text and not text.endswith("\n"):
        text += "\n"
    target.write_text(text + entry, encoding="utf-8")


def join(group: Path, calibration: Path, use_git: bool = False) -> dict[str, int]:
    """Move the group's acts and label entries into the splits; return how many acts went where."""
    files = {name: entries(group / name) for name in LABEL_FILES if (group / name).exists()}
    if "labels.yaml" not in files:
        raise SystemExit(f"{group}: no labels.yaml; settle the group before joining it")
    bills = sorted((group / "bills").glob("*.yaml"))
    ids = {path: yaml.safe_load(path.read_text(encoding="utf-8"))["id"] for path in bills}
    for name, found in files.items():
        missing = sorted(set(ids.values()) - set(found))
        if missing:
            raise SystemExit(f"{group / name}: no entry for {', '.join(missing)}; nothing was moved")
    moved = {"development": 0, "test": 0}
    for path, bill_id in ids.items():
        split = calibration / split_for(bill_id)
        if use_git:
            subprocess.run(["git", "mv", str(path), str(split / "bills" / path.name)], check=True)
        else:
            shutil.move(str(path), str(split / "bills" / path.name))
        for name, found in files.items():
            _append(split / name, found[bill_id])
        moved[split.name] += 1
    for name in files:
        if use_git:
            subprocess.run(["git", "rm", "-q", "-f", str(group / name)], check=True)  # staged but not committed too
        else:
            (group / name).unlink()
    for folder in (group / "bills", group):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return moved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("group", type=Path, help="a settled group folder under tests/calibration/pending")
    parser.add_argument("--calibration", type=Path, default=Path("tests/calibration"), help="the splits' folder")
    parser.add_argument("--git", action="store_true", help="move and remove files with git")
    args = parser.parse_args(argv)
    moved = join(args.group, args.calibration, args.git)
    print(f"{args.group.name}: {moved['development']} acts to development, {moved['test']} to test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
