"""Reading legislative XML safely, and the text helpers Akoma Ntoso and USLM share.

A DTD can make a small file expand without limit or read files from the disk, and neither
legislative schema needs one, so a DTD or entity declaration is refused by an expat pass over
the bytes before the tree is built (``safeopen.scan_xml``; what defusedxml does, in any
encoding), which also caps the nesting depth and the number of elements.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, diag
from .model import CONTENTS, NOTES, PAGE_MARKERS, STRUCK, Skipped, clean_text
from .safeopen import MAX_DOCUMENT_BYTES, read_capped, scan_xml

MAX_BYTES = MAX_DOCUMENT_BYTES


def words(text: str) -> frozenset[str]:
    """A set of element names from a space-separated list (easier to read than a list literal)."""
    return frozenset(text.split())


# Elements that flow inside a sentence; everything else starts a new line.
INLINE = words(
    "i b u sup sub span a inline ref mref rref term def date docDate docNumber docType docStage "
    "docPurpose docTitle docProponent docAuthority docCommittee docIntroducer docStatus docJurisdiction "
    "docketNumber legislature session shortTitle entity person organization location quantity concept "
    "object role event process affectedDocument abbr em strong omissis del ins sponsor cosponsor "
    "committee proviso signature fillIn placeholder embeddedStructure argument courtType judge party "
    "lawyer opinion outcome relatedDocument marker"
)
# Editorial matter that is not part of the enacted words.
SKIP = frozenset(
    ["authorialNote", "note", "footnote", "noteRef", "eop", "eol", "img", "br", "sidenote", "toc", "meta", "page"]
)
LINE_BREAKS = frozenset(["eol", "eop", "br"])  # empty markers that stand for a line break between words
_SKIP_REASONS = {"toc": CONTENTS, "page": PAGE_MARKERS, "eop": PAGE_MARKERS, "eol": PAGE_MARKERS}


def skip_reason(elem: ET.Element) -> str | None:
    """Why ``elem`` is left out of the provisions, or None if it is enacted text.

    Editorial notes, page markers and tables of contents are not enacted text; nor is a
    component a committee struck out (USLM ``changed="deleted"``, Akoma Ntoso ``status="removed"``).
    """
    name = local(elem.tag)
    if not name:
        return None
    if elem.get("changed") == "deleted" or elem.get("status") == "removed":
        return STRUCK
    if name in SKIP:
        return _SKIP_REASONS.get(name, NOTES)
    return None


def local(tag: object) -> str:
    """``{namespace}name`` → ``name`` (comments and processing instructions → "")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_xml(path: Path, what: str) -> ET.Element:
    """The document's tree, once ``safeopen.scan_xml`` has found no DTD, entity or excess in it."""
    raw = read_capped(path, MAX_BYTES)
    scan_xml(path, raw, what)
    try:
        return ET.fromstring(raw)
    except ET.ParseError as exc:
        line, col = getattr(exc, "position", (None, None))
        message = re.sub(r": line \d+, column \d+$", "", str(exc))
        raise InputError(
            diag(
                path,
                line,
                (col + 1) if col is not None else None,
                "HS044",
                f"{what} is not well-formed XML: {message}",
                "check the file was saved completely",
            )
        ) from None


def children(elem: ET.Element) -> Iterator[ET.Element]:
    for child in elem:
        if local(child.tag):
            yield child


def first(elem: ET.Element, *names: str) -> ET.Element | None:
    for child in elem.iter():
        if local(child.tag) in names:
            return child
    return None


def inline_text(elem: ET.Element, skipped: Skipped | None = None) -> str:
    return clean_text(_inline(elem, skipped))


def _inline(elem: ET.Element, skipped: Skipped | None = None) -> str:
    """Inline text with its outer spaces kept, so "funds: </proviso><proviso>Provided" keeps its space."""
    parts: list[str] = []

    def walk(node: ET.Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            reason = skip_reason(child)
            if reason:
                _record(skipped, reason, child)
                if local(child.tag) in LINE_BREAKS:
                    parts.append(" ")
            elif local(child.tag):
                start, end = _quotes(child)
                parts.append(start)
                walk(child)
                parts.append(end)
                if local(child.tag) not in INLINE:
                    parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    if skip_reason(elem):
        _record(skipped, skip_reason(elem) or NOTES, elem)
    else:
        walk(elem)
    return " ".join("".join(parts).split(" ")) if parts else ""


def _quotes(elem: ET.Element) -> tuple[str, str]:
    """Quotation marks a drafting system keeps in attributes (``startQuote="“"``), not in the text."""
    start = end = ""
    for name, value in elem.attrib.items():
        if name.endswith("startQuote"):
            start = value[:3]
        elif name.endswith("endQuote"):
            end = value[:3]
    return start, end


def _record(skipped: Skipped | None, reason: str, elem: ET.Element) -> None:
    if skipped is not None:
        skipped.add(reason, " ".join(elem.itertext()))


def lines_of(elem: ET.Element, stop: frozenset[str] = frozenset(), skipped: Skipped | None = None) -> list[str]:
    """The text of ``elem`` as lines: one per block element, inline markup joined in.

    Skipped elements (notes, page markers, struck text) are recorded in ``skipped``.
    """
    lines: list[str] = []
    current: list[str] = []
    lead: list[str] = []  # a number waiting for the text it numbers

    def flush() -> None:
        text = clean_text("".join(current))
        if text:
            lines.append(clean_text(f"{lead.pop()} {text}") if lead else text)
        current.clear()

    def walk(node: ET.Element) -> None:
        if node.text:
            current.append(node.text)
        for child in node:
            name = local(child.tag)
            reason = skip_reason(child)
            if reason:
                _record(skipped, reason, child)
                if name in LINE_BREAKS:
                    current.append(" ")
            elif not name or name in stop:
                pass
            elif name in INLINE:
                start, end = _quotes(child)
                current.append(start + _inline(child, skipped) + end)
            elif name == "num":  # a number leads the text that follows it: "(1) The Minister ..."
                flush()
                if lead:
                    lines.append(lead.pop())
                number = clean_text(_inline(child, skipped))
                if number:
                    lead.append(number)
            else:
                flush()
                walk(child)
                flush()
            if child.tail:
                current.append(child.tail)

    walk(elem)
    flush()
    if lead:
        lines.append(lead.pop())
    return lines
