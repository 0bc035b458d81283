"""Batch output does not depend on how many worker processes made it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("fmt", ["json", "markdown", "html", "table"])
def test_jobs_1_and_jobs_2_write_byte_identical_files(cli, tmp_path: Path, fmt: str) -> None:
    bills = sorted(EXAMPLES.glob("*.yaml"))[:4]
    assert len(bills) == 4
    trees = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs-{jobs}"
        result = cli("assess", *bills, "-f", fmt, "--out-dir", out, "--jobs", jobs, "--date", "2026-01-15")
        assert result.exit_code == 0, result.stderr
        trees.append(_tree(out))
    one, two = trees
    assert len(one) >= len(bills)  # a statement per bill (and an index where the format has one)
    assert sorted(one) == sorted(two)
    for name in one:
        assert one[name] == two[name], f"{name} differs between --jobs 1 and --jobs 2"
