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


MAX_PAGES = 14  # the longest example prints to 12 A4 pages
MIN_FILL = 0.6  # every page but the last is at least this full (no near-empty pages)


def _page_fill(pdf: Path) -> list[float]:
    """How far down each page the body reaches (0..1), between the running header and the footer.

    Rendered with poppler's ``pdftoppm`` as 20 dpi greyscale (PGM) and read here, so the test
    needs no image library.
    """
    raw = subprocess.run(["pdftoppm", "-gray", "-r", "20", str(pdf)], capture_output=True, check=True).stdout
    fills, pos = [], 0
    while pos < len(raw):
        fields: list[bytes] = []
        while len(fields) < 4:  # "P5", width, height, maxval
            end = raw.index(b"\n", pos)
            fields += raw[pos:end].split()
            pos = end + 1
        width, height = int(fields[1]), int(fields[2])
        pixels = raw[pos : pos + width * height]
        pos += width * height
        top, bottom = int(0.1 * height), int(0.9 * height)
        inked = [r for r in range(top, bottom) if min(pixels[r * width : (r + 1) * width]) < 200]
        fills.append((max(inked) - top) / (bottom - top) if inked else 0.0)
    return fills


@pytest.mark.slow
@pytest.mark.parametrize("bill", BILLS, ids=[b.stem for b in BILLS])
def test_pdf_annex_for_every_example_is_ready_to_file(cli, bill: Path, default_rubrics, tmp_path: Path) -> None:
    """One command per example gives a PDF: bounded length, no near-empty pages, one font family."""
    _tool("chromium")
    pdftotext = _tool("pdftotext")
    from hsimpact.api import assess_file

    result = assess_file(bill, default_rubrics)
    pdf = tmp_path / f"{bill.stem}.pdf"
    done = cli("assess", bill, "-o", pdf)
    assert done.exit_code == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert 3 <= pages <= MAX_PAGES, f"{pages} pages"
    fills = _page_fill(pdf)
    assert len(fills) == pages
    assert min(fills[:-1]) >= MIN_FILL, [round(f, 2) for f in fills]

    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    title = " ".join(result.bill.title.split())
    assert title in flat
    for area in result.areas:
        assert area.name in flat, area.name
    assert "Process checklist" in flat and "Method and limits" in flat
    # the running header, on every page, with the title's spaces intact ("(…Surveillance) Act")
    assert flat.count(f"Human-security impact statement: {title}") >= pages

    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:] if "+" in line.split()[0]]
    text_fonts = {name.split("-")[0] for name in names if "Mono" not in name}
    assert len(text_fonts) == 1, names  # one family for headings, tables and prose (the hash is monospace)


def _measure(chromium: str, profile: Path, page: Path, script: str, width: int = 1200) -> str:
    """Run ``script`` in the page at ``width`` px and return what it wrote into <output id=m>."""
    probe = page.with_name(page.stem + "-probe.html")
    html = page.read_text(encoding="utf-8")
    probe.write_text(html.replace("</body>", f"<output id=m></output><script>{script}</script></body>"), "utf-8")
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        f"--user-data-dir={profile}",
        f"--window-size={width},900",
        "--virtual-time-budget=2000",
        "--dump-dom",
        probe.as_uri(),
    ]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout
    start = dom.index('<output id="m">') + len('<output id="m">')
    return dom[start : dom.index("</output>", start)]


OVERFLOW = (
    "var d = document.documentElement;"
    "var wide = [].slice.call(document.querySelectorAll('body *')).filter(function (e) {"
    "  var r = e.getBoundingClientRect(); return r.right > d.clientWidth + 1; }).map(function (e) {"
    "  return e.tagName; });"
    "document.getElementById('m').textContent = (d.scrollWidth - d.clientWidth) + ' ' + wide.slice(0, 5).join(',');"
)


@pytest.mark.slow
def test_statements_and_the_index_fit_a_1200_px_window(cli, tmp_path: Path) -> None:
    chromium = _tool("chromium")
    out = tmp_path / "annexes"
    assert cli("assess", *BILLS, "--out-dir", out).exit_code == 0
    for page in sorted(out.glob("*.html")):
        overflow, wide = _measure(chromium, tmp_path / "profile", page, OVERFLOW).split(" ", 1)
        assert overflow == "0" and not wide, f"{page.name}: {overflow} px too wide ({wide})"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "index.png"
    _chromium(
        chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1200,800", (out / "index.html").as_uri()
    )
    assert shot.stat().st_size > 10_000


@pytest.mark.slow
def test_index_prints_in_landscape_without_clipping(cli, tmp_path: Path) -> None:
    """The table's right border is on the page: pdftotext sees the last column (P6) on every row."""
    chromium = _tool("chromium")
    pdftotext = _tool("pdftotext")
    out = tmp_path / "annexes"
    assert cli("assess", *BILLS, "--out-dir", out).exit_code == 0
    pdf = tmp_path / "index.pdf"
    _chromium(chromium, tmp_path / "profile", f"--print-to-pdf={pdf}", (out / "index.html").as_uri())
    width = _measure(
        chromium,
        tmp_path / "profile",
        out / "index.html",
        (
            "var t = document.querySelector('table').getBoundingClientRect();"
            "var w = document.documentElement.clientWidth;"
            "document.getElementById('m').textContent = Math.round(t.right) + ' ' + w;"
        ),
        width=1050,
    )  # about the printable width of landscape A4 at 96 dpi
    right, page = map(int, width.split())
    assert right <= page
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "P6" in text and "Economic security Economic security" not in " ".join(text.split())


@pytest.mark.slow
def test_compare_html_inserted_words_do_not_look_like_links(cli, tmp_path: Path) -> None:
    chromium = _tool("chromium")
    from conftest import EXAMPLES as examples

    page = tmp_path / "changes.html"
    compare = examples / "compare"
    done = cli(
        "compare",
        compare / "community-policing-2026-introduced.yaml",
        compare / "community-policing-2026-amended.yaml",
        "-o",
        page,
    )
    assert done.exit_code == 0
    style = _measure(
        chromium,
        tmp_path / "profile",
        page,
        (
            "var s = getComputedStyle(document.querySelector('ins'));"
            "document.getElementById('m').textContent = s.textDecorationLine + '|' + s.color;"
        ),
    )
    decoration, colour = style.split("|")
    assert decoration == "none"
    assert colour not in ("rgb(0, 0, 238)", "rgb(31, 95, 153)")  # neither a link's blue nor the positive blue


@pytest.mark.slow
@pytest.mark.parametrize("bill", BILLS[:1], ids=[b.stem for b in BILLS[:1]])
def test_html_statement_screenshot_for_review(bill: Path, default_rubrics, tmp_path: Path) -> None:
    chromium = _tool("chromium")
    from hsimpact.api import assess_file
    from hsimpact.render.statement import render_html

    page = tmp_path / f"{bill.stem}.html"
    page.write_text(render_html(assess_file(bill, default_rubrics)), encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"{bill.stem}.png"
    _chromium(chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1200,2600", page.as_uri())
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
