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


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "html", "docx"])
def test_a_folder_gets_the_index_its_renderer_declares(cli, tmp_path: Path, fmt: str) -> None:
    from hsimpact import render

    renderer = render.get(fmt)
    out = tmp_path / "out"
    result = cli("assess", *sorted(EXAMPLES.glob("*.yaml"))[:2], "-f", fmt, "--out-dir", out, "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    indexes = sorted(p.name for p in out.glob("index.*"))
    expected = {None: [], "html": ["index.html"], "markdown": ["index.md"]}[renderer.index]
    assert indexes == expected
    template = tmp_path / "t.j2"
    template.write_text("{{ result.bill.title }}\n", encoding="utf-8")
    with_template = cli(
        "assess",
        EXAMPLES / "school-meals-2026.yaml",
        "-f",
        fmt,
        "-o",
        tmp_path / f"x{renderer.suffix}",
        "--template",
        template,
    )
    assert (with_template.exit_code == 0) == renderer.templated, with_template.stderr
