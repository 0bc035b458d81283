"""Word documents (.docx) through python-docx: headings and numbered paragraphs.

Word keeps automatic numbering out of the paragraph text, so a numbered paragraph is given
its printed form ("1.", "(a)", "(i)") from its list level before the text parser splits it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import InputError, diag
from .model import ImportedBill, clean_text
from .safeopen import read_docx_package
from .text import Line, parse_lines

MAX_PARAGRAPHS = 200_000


def read_docx(path: Path) -> ImportedBill:
    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(
            diag(path, None, None, "HS040", "reading .docx needs python-docx", "pip install python-docx")
        ) from None
    if not zipfile.is_zipfile(path):
        raise InputError(
            diag(path, None, None, "HS041", "not a Word .docx file (not a zip archive)", "save it as .docx")
        )
    try:
        package = read_docx_package(path)  # each part capped and scanned; media left out
        document = docx.Document(package)
    except InputError:
        raise
    except Exception as exc:  # python-docx raises many kinds on a damaged file
        raise InputError(
            diag(
                path,
                None,
                None,
                "HS041",
                f"cannot read the Word file ({type(exc).__name__})",
                "open and re-save it in Word",
            )
        ) from None
    lines: list[Line] = []
    counters: dict[int, int] = {}
    title: str | None = None
    for number, paragraph in enumerate(document.paragraphs, start=1):
        if number > MAX_PARAGRAPHS:
            break
        text = clean_text(paragraph.text)
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style == "Title" and title is None:
            title = text
            continue
        level = _list_level(paragraph, style)
        if level is not None:
            counters[level] = counters.get(level, 0) + 1
            for deeper in [k for k in counters if k > level]:
                del counters[deeper]
            text = f"{_marker(level, counters[level])} {text}"
        lines.append(Line(text, number, heading=style.startswith("Heading")))
    core_title = clean_text(document.core_properties.title or "")
    return parse_lines(path, "docx", lines, title=title or core_title or None)


def _list_level(paragraph, style: str) -> int | None:
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        ilvl = ppr.numPr.ilvl
        return int(ilvl.val) if ilvl is not None and ilvl.val is not None else 0
    if style.startswith("List Number"):
        suffix = style.removeprefix("List Number").strip()
        return int(suffix) - 1 if suffix.isdigit() else 0
    return None


def _marker(level: int, count: int) -> str:
    if level == 0:
        return f"{count}."
    if level == 1:
        return f"({_letters(count)})"
    return f"({_roman(count)})"


def _letters(count: int) -> str:
    return chr(ord("a") + (count - 1) % 26) * ((count - 1) // 26 + 1)


def _roman(count: int) -> str:
    out = ""
    for value, numeral in (
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while count >= value:
            out += numeral
            count -= value
    return out
