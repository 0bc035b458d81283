"""Plain-text bills: numbered sections as real bills print them.

Recognised top levels, in order of preference: "SECTION 1." / "SEC. 2." / "Section 3",
"Article 4" / "Art. 5", "1." and "(1)". Inside a unit, "(1)", "(a)", "(i)" lines are
sub-levels; a line is a direct sub-unit only if it continues the first one's sequence, so
"(i)" after "(h)" is a letter, while "(i)" after "(a)" is a deeper roman numeral.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, diag
from .model import ImportedBill, Unit, clean_text, is_roman, label_of, short_title
from .safeopen import read_capped

_SECTION = re.compile(
    r"^(?P<num>(?:SECTION|Section|SEC\.|Sec\.|§)\s*(?P<label>\d+[A-Za-z]?)\s*[.:]?)(?:\s+(?P<rest>.*))?$"
)
_ARTICLE = re.compile(
    r"^(?P<num>(?:ARTICLE|Article|ART\.|Art\.)\s+(?P<label>\d+[A-Za-z]?|[IVXLC]+)\s*[.:]?)(?:\s*[-—–]?\s+(?P<rest>.*))?$"
)
_DOTTED = re.compile(r"^(?P<num>(?P<label>\d{1,3}[A-Za-z]?)\.)(?:\s+(?P<rest>.*))?$")
_PAREN = re.compile(r"^(?P<num>\((?P<label>\d{1,3}[A-Za-z]?)\))(?:\s+(?P<rest>.*))?$")
_SUB = re.compile(r"^\((?P<label>[0-9]{1,3}[A-Za-z]?|[A-Za-z]{1,5})\)\s*(?P<rest>.*)$")
_GROUPING = re.compile(r"^(?:PART|Part|CHAPTER|Chapter|TITLE|DIVISION|Division|SCHEDULE|Schedule)\s+[0-9IVXLC]+\b")
_BOILERPLATE = re.compile(r"^(?:A\s+)?(?:BILL|Bill|ACT|An?\s+Act|AN ACT)\b[\s.]*$")

STYLES = (("section", _SECTION), ("article", _ARTICLE), ("dotted", _DOTTED), ("paren", _PAREN))
HEADING_WORDS = 14
_VERB = re.compile(r"\b(?:shall|must|may|is|are|means|will|has|have|be)\b", re.IGNORECASE)


@dataclass
class Line:
    text: str
    number: int  # 1-based line (or paragraph) number in the source
    heading: bool = False  # styled as a heading in a word processor


def read_text(path: Path) -> ImportedBill:
    raw = read_capped(path)  # no further than the document limit (a 200 MB file, /dev/zero)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raw_text = raw.decode("utf-16")
    else:
        try:
            raw_text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            raise InputError(
                diag(path, line, None, "HS042", "not valid UTF-8 text", "save the file as UTF-8 or import the .docx")
            ) from None
    if "\x00" in raw_text:
        raise InputError(diag(path, None, None, "HS041", "this is a binary file, not text", "use --from docx|akn|uslm"))
    lines = [Line(clean_text(text), number) for number, text in enumerate(raw_text.splitlines(), start=1)]
    return parse_lines(path, "text", lines)


def parse_lines(path: Path, fmt: str, lines: list[Line], *, title: str | None = None) -> ImportedBill:
    """Split lines into top-level units by the first numbering style the document uses."""
    bill = ImportedBill(source=path, format=fmt)
    body = [line for line in lines if line.text]
    style = next((name for name, rx in STYLES if any(rx.match(line.text) for line in body)), None)
    pattern = dict(STYLES).get(style) if style else None
    current: Unit | None = None
    pending_heading: str | None = None
    long_title: str | None = None
    after_boilerplate = False
    body_lines: dict[int, list[str]] = {}
    for line in body:
        text = line.text
        match = pattern.match(text) if pattern else None
        if (
            match
            and style in ("dotted", "paren")
            and current is not None
            and not _next_in_sequence(current.label, match.group("label"))
        ):
            match = None  # "3." inside a section that is not the next section is a list item
        if match:
            current = Unit(kind="article" if style == "article" else "section", num=match.group("num"))
            current.label = label_of(match.group("label"))
            if style == "article" and current.label and is_roman(current.label):
                current.label = str(_roman_value(current.label))
            current.heading = pending_heading
            pending_heading = None
            bill.units.append(current)
            body_lines[id(current)] = []
            rest = (match.group("rest") or "").strip()
            if rest:
                heading, rest = _split_heading(rest)
                current.heading = current.heading or heading
                if rest:
                    body_lines[id(current)].append(rest)
            continue
        if _GROUPING.match(text):
            continue  # parts and chapters group sections; they are not provisions
        if current is None:
            if _BOILERPLATE.match(text):
                after_boilerplate = True  # "A BILL" / "AN ACT": the long title follows
            else:
                if after_boilerplate and long_title is None:
                    long_title = text
                bill.preamble.append(text)
            continue
        lines_so_far = body_lines[id(current)]
        if line.heading and lines_so_far:
            pending_heading = text  # a styled heading before the next numbered unit
            continue
        if not lines_so_far and current.heading is None and _looks_like_heading(text):
            current.heading = text.rstrip(".")
            continue
        lines_so_far.append(text)
    if pending_heading and current is not None:
        body_lines[id(current)].append(pending_heading)
    for unit in bill.units:
        _split_sublevels(unit, body_lines[id(unit)])
    if not bill.units and bill.preamble:
        # No numbering at all: one provision per paragraph keeps the text citable.
        first, *rest = bill.preamble
        title = title or first
        bill.units = [Unit(kind="section", label=str(i), lines=[t]) for i, t in enumerate(rest or [first], start=1)]
        bill.preamble = []
        bill.notes.append("no numbered sections were found; each paragraph became a provision")
    full = "\n".join(line.text for line in body)
    bill.title = short_title(full) or title or long_title or (bill.preamble[0] if bill.preamble else None)
    return bill


def _split_heading(rest: str) -> tuple[str | None, str]:
    """ "SHORT TITLE. This Act ..." → ("SHORT TITLE", "This Act ..."); a sentence stays text."""
    if rest.startswith("("):
        return None, rest
    for sep in (".—", ".--", "—", ". "):
        head, found, tail = rest.partition(sep)
        if found and _looks_like_heading(head):
            return head.strip().rstrip("."), tail.strip()
    if _looks_like_heading(rest):
        return rest.rstrip(".").strip(), ""
    return None, rest


def _looks_like_heading(text: str) -> bool:
    words = text.split()
    if not words or len(words) > HEADING_WORDS or text.startswith("("):
        return False
    if text.endswith((":", ";", ",")):
        return False
    return text.isupper() or not _VERB.search(text)


def _split_sublevels(unit: Unit, lines: list[str]) -> None:
    """Direct sub-units are the lines that continue the first sub-number's sequence."""
    own: list[str] = []
    current: Unit | None = None
    for text in lines:
        match = _SUB.match(text)
        starts = current is None and not unit.children
        if match and (starts or (current and _next_in_sequence(current.label, match.group("label")))):
            label = match.group("label")
            current = Unit(kind="subsection", num=f"({label})", label=label.casefold())
            if match.group("rest"):
                current.lines.append(match.group("rest"))
            unit.children.append(current)
        elif current is not None:
            current.lines.append(text)
        else:
            own.append(text)
    unit.lines = own


def _next_in_sequence(previous: str | None, label: str) -> bool:
    if previous is None:
        return True
    a, b = previous.casefold(), label.casefold()
    num_a, num_b = re.match(r"\d+", a), re.match(r"\d+", b)
    if num_a and num_b:
        na, nb = int(num_a.group()), int(num_b.group())
        return nb == na + 1 or (nb == na and b > a)  # 2 → 3, or 2 → 2A
    if num_a or num_b:
        return False
    if is_roman(a) and is_roman(b) and len(a) + len(b) > 2:
        return _roman_value(b) == _roman_value(a) + 1
    if len(a) == 1 and len(b) == 1:
        return ord(b) == ord(a) + 1
    if a and b and set(a) == {a[0]} and set(b) == {b[0]}:  # (z) → (aa) → (bb)
        return (len(b) == len(a) and ord(b[0]) == ord(a[0]) + 1) or (a[0] == "z" and b == "aa")
    return False


def _roman_value(token: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for index, ch in enumerate(token):
        value = values[ch]
        if index + 1 < len(token) and values[token[index + 1]] > value:
            total -= value
        else:
            total += value
    return total
