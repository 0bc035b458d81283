"""HTML statements in a real browser: headless Chromium prints each example to PDF.

The PDF is checked with ``pdftotext`` (poppler-utils): page count, the bill title and every
area name. A screenshot of each statement is kept under ``tests/artifacts/`` for review.
In CI (``CI`` set) Chromium is required; elsewhere the test is skipped if it is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
BILLS = sorted(EXAMPLES.glob("*.yaml"))


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI: .ci/run installs Debian's chromium and poppler-utils")
        pytest.skip(f"{name} is not installed (apt-get install chromium poppler-utils); required in CI")
    return found


def _chromium(chromium: str, profile: Path, *args: str) -> None:
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--no-pdf-header-footer",
        *args,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.slow
@pytest.mark.parametrize("bill", BILLS, ids=[b.stem for b in BILLS])
def test_html_statement_prints_in_chromium(bill: Path, default_rubrics, tmp_path: Path) -> None:
    chromium = _tool("chromium")
    pdftotext = _tool("pdftotext")
    from hsimpact.api import assess_file
    from hsimpact.render.statement import render_html

    result = assess_file(bill, default_rubrics)
    page = tmp_path / f"{bill.stem}.html"
    page.write_text(render_html(result), encoding="utf-8")
    pdf = tmp_path / f"{bill.stem}.pdf"
    _chromium(chromium, tmp_path / "profile", f"--print-to-pdf={pdf}", page.as_uri())
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert 3 <= pages <= 40, f"{pages} pages"
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert " ".join(result.bill.title.split()) in flat
    for area in result.areas:
        assert area.name in flat, area.name
    assert "Process checklist" in flat and "Method and limits" in flat
    assert flat.count("Human-security impact statement:") >= pages  # the running header, on every page

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"{bill.stem}.png"
    _chromium(chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1000,2600", page.as_uri())
    assert shot.is_file() and shot.stat().st_size > 10_000


MARKER = "pwned-marker"
HOSTILE_BILL = f"""
id: hostile-html
title: "Hostile <script>document.body.appendChild(document.createElement('{MARKER}'))</script> Act"
provisions:
  - id: s1
    heading: "<img src=x onerror=\\"document.body.appendChild(document.createElement('{MARKER}'))\\">"
    text: >-
      The Minister shall expand school meal programmes
      </td><img src=x onerror="document.body.appendChild(document.createElement('{MARKER}'))">
      <svg onload="document.body.appendChild(document.createElement('{MARKER}'))"></svg>
      <a href="javascript:document.body.appendChild(document.createElement('{MARKER}'))">x</a>
affected_groups: ["<script>document.body.appendChild(document.createElement('{MARKER}'))</script>"]
"""


@pytest.mark.slow
def test_hostile_bill_text_never_runs_in_the_browser(default_rubrics, tmp_path: Path) -> None:
    """Chromium runs the page's scripts; bill text that tried to add an element must stay text."""
    chromium = _tool("chromium")
    from hsimpact.api import assess_file
    from hsimpact.render.statement import render_html

    bill = tmp_path / "hostile.yaml"
    bill.write_text(HOSTILE_BILL, encoding="utf-8")
    page = tmp_path / "hostile.html"
    page.write_text(render_html(assess_file(bill, default_rubrics)), encoding="utf-8")
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=2000",
        "--dump-dom",
        page.as_uri(),
    ]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout
    assert "school meal programmes" in dom  # the page rendered, hostile text and all
    assert f"<{MARKER}" not in dom  # no injected script or handler ran
