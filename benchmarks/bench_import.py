"""Time and peak memory of `hsimpact import` on large and hostile documents.

Each document (sections of about 1,800 characters, so a 24 MiB one stays under the limit of
20,000 provisions) is generated, then imported by a fresh interpreter; its peak resident memory
comes from wait4 (ru_maxrss). Legal documents near the limits show the memory bound (the
target: under 1 GiB, under 10 s); hostile ones show they stop early.

    python benchmarks/bench_import.py [--sizes 5,12,24]   # document sizes in MiB
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
AKN = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"'
CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
SENTENCE = "The Minister shall expand school meal programmes and increase funding for food assistance. "


def docx(mib: float, media_mib: int = 0) -> bytes:
    paragraph = f"<w:p><w:r><w:t>{{n}}. {SENTENCE * 20}</w:t></w:r></w:p>"
    count = int(mib * 2**20 / len(paragraph))
    body = "".join(paragraph.format(n=n + 1) for n in range(count))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        if media_mib:
            with archive.open("word/media/image1.png", "w", force_zip64=True) as media:
                for _ in range(media_mib):
                    media.write(bytes(2**20))
    return out.getvalue()


def akn(mib: float) -> bytes:
    section = '<section eId="sec_{n}"><num>{n}.</num><content><p>' + SENTENCE * 20 + "</p></content></section>"
    count = int(mib * 2**20 / len(section))
    body = "".join(section.format(n=n + 1) for n in range(count))
    return f"<akomaNtoso {AKN}><act><body>{body}</body></act></akomaNtoso>".encode()


def text(mib: float) -> bytes:
    line = "Section {n}. " + SENTENCE * 20 + "\n"
    count = int(mib * 2**20 / len(line))
    return "".join(line.format(n=n + 1) for n in range(count)).encode()


def entities_utf16() -> bytes:
    head = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY e "' + "x" * 1000 + '">]>'
    return (head + f"<akomaNtoso {AKN}><act><body>" + "&e;" * 3_000_000 + "</body></act></akomaNtoso>").encode(
        "utf-16-le"
    )


def run(path: Path, *args: str) -> tuple[int, float, float]:
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "hsimpact", "import", str(path), *args, "-o", str(path) + ".yaml", "--force"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    return os.waitstatus_to_exitcode(status), time.perf_counter() - started, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,12,24", help="comma-separated document sizes in MiB")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    # built one at a time: a forked child would otherwise count every document in its peak
    cases: list[tuple[str, str, Callable[[], bytes], tuple[str, ...]]] = []
    for mib in sizes:
        cases.append((f"docx, document.xml {mib:g} MiB", "docx", partial(docx, mib), ()))
        cases.append((f"Akoma Ntoso {mib * 2:g} MiB", "xml", partial(akn, mib * 2), ()))
        cases.append((f"text {mib * 2:g} MiB", "txt", partial(text, mib * 2), ()))
    nested = f"<akomaNtoso {AKN}><act><body>".encode() + b"<section>" * 100_000
    cases += [
        ("docx, document.xml 30 MiB (over the limit)", "docx", partial(docx, 30), ()),
        ("docx, 1 GiB of zeros in a media part", "docx", partial(docx, 0.01, media_mib=1024), ()),
        ("UTF-16 XML, no BOM, entity x 3,000,000", "xml", entities_utf16, ("--from", "akn")),
        ("XML nested 100,000 deep", "xml", lambda: nested, ()),
        ("text 60 MiB (over the limit)", "txt", partial(text, 60), ()),
    ]
    print(f"{'document':<46} {'exit':>4} {'seconds':>8} {'peak MiB':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for label, suffix, make, extra in cases:
            path = Path(tmp) / f"document.{suffix}"
            path.write_bytes(make())
            code, seconds, peak = run(path, *extra)
            print(f"{label:<46} {code:>4} {seconds:>8.2f} {peak:>9.0f}")
            path.unlink()


if __name__ == "__main__":
    main()
