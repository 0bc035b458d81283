"""The text of a Word document in reading order, with the numbers Word adds itself.

Word keeps automatic numbering out of the paragraph text: "1", "(a)" or "2.—" come from
the paragraph's (or its style's) numbering, whose formats are defined in word/numbering.xml.
Each numbered paragraph is given its printed number before the text parser splits it.
Text in tables and content controls is read; deleted text (tracked changes) is reported.
"""

from __future__ import annotations

import re
from pathlib import Path

from .model import FRONT_MATTER, STRUCK, ImportedBill, clean_text
from .text import Line, parse_lines


def read_paragraphs(path: Path, document, *, max_paragraphs: int) -> ImportedBill:
    from docx.oxml.ns import qn

    numbering = _Numbering(document)
    styles = _StyleNumbering(document)
    lines: list[Line] = []
    struck: list[str] = []
    title: str | None = None
    for number, (p, style_id) in enumerate(_body_paragraphs(document.element.body, qn), start=1):
        if number > max_paragraphs:
            break
        style = styles.names.get(style_id, style_id)
        struck.extend(t.text or "" for t in p.iter(qn("w:delText")))
        text = clean_text(_paragraph_text(p, qn, struck))
        if not text:
            continue
        if style == "Title" and title is None:
            title = text
            continue
        marker = numbering.marker(*styles.num_pr(p, style_id, qn))
        if marker:
            text = f"{marker} {text}"
        lines.append(Line(text, number, heading=style.startswith("Heading")))
    core_title = clean_text(document.core_properties.title or "")
    bill = parse_lines(path, "docx", lines, title=title or core_title or None)
    if title:
        bill.skipped.add(FRONT_MATTER, title)
    for text in struck:
        bill.skipped.add(STRUCK, text)
    return bill


def _body_paragraphs(container, qn):
    """(w:p, style name) in reading order, table cells and content controls included."""
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield child, _style_name(child, qn)
        elif child.tag == qn("w:tbl"):
            for row in child.iterchildren(qn("w:tr")):
                for cell in row.iterchildren(qn("w:tc")):
                    yield from _body_paragraphs(cell, qn)
        elif child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")):
            yield from _body_paragraphs(child, qn)


def _style_name(p, qn) -> str:
    ppr = p.find(qn("w:pPr"))
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return style.get(qn("w:val"), "") if style is not None else ""


def _paragraph_text(p, qn, struck: list[str]) -> str:
    """The visible text: inserted text kept; deleted text (w:delText), text formatted as struck
    through (how amending bills show words removed from the law) and field codes left out,
    the struck words added to ``struck``."""
    parts: list[str] = []
    for node in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")):
        if node.tag == qn("w:t"):
            if _struck_through(node.getparent(), qn):
                struck.append(node.text or "")
                parts.append(" ")
            else:
                parts.append(node.text or "")
        elif node.tag == qn("w:noBreakHyphen"):
            parts.append("-")
        else:
            parts.append(" ")
    return "".join(parts)


def _struck_through(run, qn) -> bool:
    props = run.find(qn("w:rPr")) if run is not None else None
    if props is None:
        return False
    for name in ("w:strike", "w:dstrike"):
        mark = props.find(qn(name))
        if mark is not None and mark.get(qn("w:val"), "true") not in ("0", "false", "off"):
            return True
    return False


class _StyleNumbering:
    """Numbering a paragraph takes from its style (or a style it is based on), by style id."""

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.names: dict[str, str] = {}  # style id → style name
        self.num: dict[str, tuple[str | None, int]] = {}
        self.based: dict[str, str] = {}
        styles = document.styles.element
        for style in styles.iterchildren(qn("w:style")):
            sid = style.get(qn("w:styleId")) or ""
            name = style.find(qn("w:name"))
            self.names[sid] = name.get(qn("w:val")) if name is not None else sid
            based = style.find(qn("w:basedOn"))
            if based is not None:
                self.based[sid] = based.get(qn("w:val")) or ""
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                self.num[sid] = _num_pr_values(num_pr, qn)

    def num_pr(self, p, style_id: str, qn) -> tuple[str | None, int]:
        num_pr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is not None:
            num_id, level = _num_pr_values(num_pr, qn)
            if num_id is not None:
                return num_id, level
        seen: set[str] = set()
        sid = style_id
        while sid and sid not in seen:
            seen.add(sid)
            if sid in self.num:
                return self.num[sid]
            sid = self.based.get(sid, "")
        name = self.names.get(style_id, style_id)
        if name.startswith("List Number"):  # the built-in numbered list styles without numbering.xml
            suffix = name.removeprefix("List Number").strip()
            return "list-number", int(suffix) - 1 if suffix.isdigit() else 0
        return None, 0


def _num_pr_values(num_pr, qn) -> tuple[str | None, int]:
    num_id = num_pr.find(qn("w:numId"))
    ilvl = num_pr.find(qn("w:ilvl"))
    value = num_id.get(qn("w:val")) if num_id is not None else None
    level = ilvl.get(qn("w:val")) if ilvl is not None else "0"
    return (value if value and value != "0" else None), int(level) if level and level.isdigit() else 0


class _Numbering:
    """Printed numbers of automatically numbered paragraphs, from the file's numbering definitions.

    Word keeps "1", "(a)" or "2.—" out of the paragraph text; each level's format (decimal,
    letter, roman) and pattern ("%1", "(%2)", "%1.%2") live in word/numbering.xml.
    """

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId → level → (format, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.iterchildren(qn("w:abstractNum")):
            abstract[node.get(qn("w:abstractNumId")) or ""] = _levels(node, qn)
        for node in root.iterchildren(qn("w:num")):
            ref = node.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(ref.get(qn("w:val")) if ref is not None else "", {}))
            for override in node.iterchildren(qn("w:lvlOverride")):
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    levels.update(_levels_of([lvl], qn))
            self.levels[node.get(qn("w:numId")) or ""] = levels

    def marker(self, num_id: str | None, level: int) -> str | None:
        if num_id is None:
            return None
        if num_id == "list-number" or num_id not in self.levels:
            return self._count(num_id, level, lambda counts: _default_marker(level, counts[level]))
        levels = self.levels[num_id]
        fmt, pattern, _ = levels.get(level, ("decimal", f"%{level + 1}.", 1))
        if fmt in ("bullet", "none") or not pattern:
            return None

        def printed(counts: dict[int, int]) -> str:
            def one(match: re.Match[str]) -> str:
                lvl = int(match.group(1)) - 1
                lvl_fmt, _, start = levels.get(lvl, ("decimal", "", 1))
                return _format(lvl_fmt, counts.get(lvl, start))

            return re.sub(r"%([1-9])", one, pattern).strip()

        return self._count(num_id, level, printed)

    def _count(self, num_id: str, level: int, printed) -> str | None:
        counts = self.counters.setdefault(num_id, {})
        start = self.levels.get(num_id, {}).get(level, ("", "", 1))[2]
        counts[level] = counts[level] + 1 if level in counts else start
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        return printed(counts) or None


def _levels(abstract, qn) -> dict[int, tuple[str, str, int]]:
    return _levels_of(abstract.iterchildren(qn("w:lvl")), qn)


def _levels_of(nodes, qn) -> dict[int, tuple[str, str, int]]:
    out: dict[int, tuple[str, str, int]] = {}
    for lvl in nodes:
        index = lvl.get(qn("w:ilvl")) or "0"
        fmt = lvl.find(qn("w:numFmt"))
        text = lvl.find(qn("w:lvlText"))
        start = lvl.find(qn("w:start"))
        start_value = start.get(qn("w:val")) if start is not None else "1"
        out[int(index) if index.isdigit() else 0] = (
            fmt.get(qn("w:val")) if fmt is not None else "decimal",
            text.get(qn("w:val")) if text is not None else "",
            int(start_value) if start_value and start_value.isdigit() else 1,
        )
    return out


def _format(fmt: str, count: int) -> str:
    if fmt == "lowerLetter":
        return _letters(count)
    if fmt == "upperLetter":
        return _letters(count).upper()
    if fmt == "lowerRoman":
        return _roman(count)
    if fmt == "upperRoman":
        return _roman(count).upper()
    return str(count)


def _default_marker(level: int, count: int) -> str:
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
