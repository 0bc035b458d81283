"""PDF statements: the HTML statement printed by a headless Chromium, Chrome or Edge.

Why a browser and not a PDF library: the browser is already on a clerk's desk (and in CI),
it is the same engine that shows the HTML statement, so the PDF is what the clerk previewed,
and it honours the statement's print stylesheet (A4, running header, page numbers). WeasyPrint
was measured on the examples (``benchmarks/bench_pdf_engines.py``): the same pages and about
the same time (1.3-3.5 s against Chromium's 1.4-2.5 s per statement) and smaller files, but it
is nine more Python packages and needs Pango, which Windows and macOS desks do not have.

The page runs with scripts off, no network and a throw-away profile.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..errors import OutputError, diag
from ..result import Assessment

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "msedge")
_KNOWN_PATHS = (
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
    r"C:\Program Files\Microsoft\Edge\Application\msedge.exe",
)
TIMEOUT = 180  # seconds for one statement; a long bill prints in a few


def render(result: Assessment, template: Path | None = None) -> bytes:
    from .statement import render_html

    return html_to_pdf(render_html(result, template))


def find_browser() -> str | None:
    """``HSIMPACT_BROWSER``, else the first Chromium-family browser on the PATH or in its usual place."""
    chosen = os.environ.get("HSIMPACT_BROWSER")
    if chosen:
        return shutil.which(chosen) or (chosen if Path(chosen).is_file() else None)
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _KNOWN_PATHS if Path(p).is_file()), None)


def html_to_pdf(html: str) -> bytes:
    browser = find_browser()
    if browser is None:
        raise OutputError(
            diag(
                "pdf",
                None,
                None,
                "HS022",
                "no Chromium, Chrome or Edge found to print the PDF",
                "install one (Debian/Ubuntu: apt-get install chromium), or set HSIMPACT_BROWSER to its path; "
                "or write --format html and print it from a browser",
            )
        )
    with tempfile.TemporaryDirectory(prefix="hsimpact-pdf-") as work:
        page, pdf = Path(work) / "statement.html", Path(work) / "statement.pdf"
        page.write_text(html, encoding="utf-8")
        command = [
            browser,
            "--headless",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-javascript",
            f"--user-data-dir={Path(work) / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ]
        if sys.platform.startswith("linux") and os.geteuid() == 0:
            command.insert(2, "--no-sandbox")  # Chromium refuses to start as root with its sandbox
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise OutputError(
                diag(browser, None, None, "HS022", f"the browser could not print the PDF: {exc}")
            ) from None
        if done.returncode != 0 or not pdf.is_file():
            detail = " ".join(done.stderr.split()[-30:])
            raise OutputError(
                diag(
                    browser,
                    None,
                    None,
                    "HS022",
                    f"the browser could not print the PDF (exit {done.returncode})",
                    detail,
                )
            )
        return pdf.read_bytes()
