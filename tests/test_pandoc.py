"""A clerk's route to Word: every Markdown statement converts cleanly with pandoc.

Clean means pandoc parses every table (no raw ``|`` rows left in its plain-text output)
and writes a .docx. CI installs pandoc; elsewhere the test is skipped without it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import EXAMPLES

BILLS = sorted(EXAMPLES.glob("*.yaml"))
PANDOC = shutil.which("pandoc")

pytestmark = pytest.mark.skipif(
    PANDOC is None and not os.environ.get("CI"), reason="pandoc is not installed (CI installs it)"
)


@pytest.mark.parametrize("bill", BILLS, ids=[p.stem for p in BILLS])
def test_markdown_statement_converts_with_pandoc(cli, tmp_path: Path, bill: Path) -> None:
    assert PANDOC, "CI must install pandoc (see .ci/run)"
    annex = tmp_path / "annex.md"
    assert cli("assess", bill, "--format", "markdown", "-o", annex).exit_code == 0
    plain = subprocess.run(
        [PANDOC, str(annex), "-f", "gfm", "-t", "plain", "--wrap=none"], capture_output=True, text=True, check=True
    ).stdout
    assert not [line for line in plain.splitlines() if line.lstrip().startswith("|")], "a table did not parse"
    assert "Human-security impact statement" in plain
    docx = tmp_path / "annex.docx"
    subprocess.run([PANDOC, str(annex), "-f", "gfm", "-o", str(docx)], check=True, capture_output=True)
    assert docx.stat().st_size > 5000


# What pandoc's default PDF route (pdflatex with its default template) typesets: ASCII, Latin-1
# letters and the punctuation below. U+2212 and ⚠ ✔ ✘ ▲ ▼ ◆ stop pdflatex, and xelatex's default
# font silently drops the symbols; the Markdown statement uses words and a hyphen-minus instead.
LATEX_SAFE = set("…“”‘’–—→·") | {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xA0, 0x100)}


@pytest.mark.parametrize("bill", BILLS, ids=[p.stem for p in BILLS])
def test_markdown_statement_uses_only_characters_pandocs_latex_sets(cli, tmp_path: Path, bill: Path) -> None:
    annex = tmp_path / "annex.md"
    assert cli("assess", bill, "-o", annex).exit_code == 0
    text = annex.read_text(encoding="utf-8")
    from hsimpact.bill import load_bill

    source = load_bill(bill).bill.model_dump_json()  # the bill's own words may hold anything
    unsafe = {ch for ch in text if ch not in LATEX_SAFE and ch != "\n" and ch not in source}
    assert not unsafe, sorted(unsafe)
    assert "\\." not in text  # "1.0.0" is not escaped into "1\.0.0"
    assert "| | |" not in text  # no table with an empty heading row


@pytest.mark.parametrize("engine", ["pdflatex", "xelatex"])
def test_markdown_statement_converts_to_pdf_with_pandocs_latex(cli, tmp_path: Path, engine: str) -> None:
    """Run where LaTeX is installed (apt-get install texlive-latex-recommended texlive-xetex lmodern)."""
    if shutil.which(engine) is None:
        pytest.skip(f"{engine} is not installed; the character test above covers CI")
    annex = tmp_path / "annex.md"
    assert cli("assess", EXAMPLES / "emergency-powers-2026.yaml", "-o", annex).exit_code == 0
    pdf = tmp_path / "annex.pdf"
    done = subprocess.run(
        [PANDOC, str(annex), f"--pdf-engine={engine}", "-o", str(pdf)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Technological security (-2.44)" in flat and "no, not mentioned" in flat


def test_markdown_statement_in_word_has_no_empty_heading_row_or_escapes(cli, tmp_path: Path) -> None:
    from docx import Document

    annex = tmp_path / "annex.md"
    assert cli("assess", EXAMPLES / "emergency-powers-2026.yaml", "-o", annex).exit_code == 0
    docx = tmp_path / "annex.docx"
    subprocess.run([PANDOC, str(annex), "-o", str(docx)], check=True, capture_output=True)
    document = Document(str(docx))
    for table in document.tables:
        assert any(cell.text.strip() for cell in table.rows[0].cells), "a table with an empty heading row"
    words = "\n".join(p.text for p in document.paragraphs)
    words += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "\\" not in words and "version 1.0.0" in words
