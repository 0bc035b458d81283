"""PDF statements: headless Chromium (the engine hsimpact uses) against WeasyPrint.

Run: python benchmarks/bench_pdf_engines.py   (prints figures; it asserts nothing)
WeasyPrint is measured only when it is installed (pip install weasyprint; it needs Pango).
For each example: seconds to turn the HTML statement into a PDF, pages, and size in KB.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def main() -> None:
    from hsimpact.api import assess_file
    from hsimpact.render.pdf import find_browser, html_to_pdf
    from hsimpact.render.statement import render_html
    from hsimpact.rubric import load_rubric_set

    try:
        import weasyprint
    except ImportError:  # measured only where installed
        weasyprint = None
    rubrics = load_rubric_set()
    print(f"chromium: {find_browser()}; weasyprint: {weasyprint.__version__ if weasyprint else 'not installed'}")
    print(f"{'example':32} {'chromium s':>10} {'pages':>5} {'KB':>6} {'weasy s':>8} {'pages':>5} {'KB':>6}")
    with tempfile.TemporaryDirectory() as work:
        for bill in sorted((ROOT / "examples").glob("*.yaml")):
            html = render_html(assess_file(bill, rubrics))
            start = time.perf_counter()
            data = html_to_pdf(html)
            chromium = time.perf_counter() - start
            out = Path(work) / "c.pdf"
            out.write_bytes(data)
            row = f"{bill.stem:32} {chromium:10.2f} {pages(out):5} {len(data) // 1024:6}"
            if weasyprint is not None:
                start = time.perf_counter()
                data = weasyprint.HTML(string=html).write_pdf()
                seconds = time.perf_counter() - start
                out.write_bytes(data)
                row += f" {seconds:8.2f} {pages(out):5} {len(data) // 1024:6}"
            print(row, flush=True)


if __name__ == "__main__":
    sys.exit(main())
