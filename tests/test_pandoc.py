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
