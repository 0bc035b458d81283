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
from .model import (
    DIVISION_HEADINGS,
    FRONT_MATTER,
    ImportedBill,
    Unit,
    clean_text,
    is_roman,
    label_of,
    short_title,
)
from .safeopen import read_capped

_SECTION = re.compile(
    r"^(?P<num>(?:SECTION|Section|SEC\.|Sec\.|§)\s*(?P<label>\d+[A-Za-z]?)\s*(?P<punct>[.:])?)(?:\s+(?P<rest>.*))?$"
)
_ARTICLE = re.compile(
    r"^(?P<num>(?:ARTICLE|Article|ART\.|Art\.|ARTÍCULO|Artículo|ARTICULO|Articulo)\s+(?P<label>\d+[A-Za-z]?|[IVXLC]+)"
    r"\s*(?P<punct>[.:°º])?)(?:\s*[-—–]?\s+(?P<rest>.*))?$"
)
# "1. Text", and the UK form "2.—(1) Text" whose first subsection follows the dash.
_DOTTED = re.compile(r"^(?P<num>(?P<label>\d{1,4}[A-Za-z]?)\.)(?:\s*[—–]\s*|\s*-+\s*(?=\()|\s+|$)(?P<rest>.*)$")
_PAREN = re.compile(r"^(?P<num>\((?P<label>\d{1,4}[A-Za-z]?)\))(?:\s+(?P<rest>.*))?$")
# UK bills as printed from Lawmaker: the clause number, then its heading ("1 Fundamental objectives").
_BARE = re.compile(r"^(?P<num>(?P<label>\d{1,4}[A-Z]{0,2}))\s+(?P<rest>[A-Z(\[“\"].*)$")
_SUB = re.compile(r"^\((?P<label>[0-9]{1,3}[A-Za-z]?|[A-Za-z]{1,5})\)\s*(?P<rest>.*)$")
_GROUPING = re.compile(
    r"^(?:PART|Part|CHAPTER|Chapter|TITLE|DIVISION|Division|SCHEDULE|Schedule|CAPÍTULO|Capítulo|TÍTULO|Título)"
    r"\s+[0-9IVXLC]+\b"
)
_BOILERPLATE = re.compile(r"^(?:A\s+)?(?:BILL|Bill|ACT|An?\s+Act|AN ACT)\b[\s.]*$")

STYLES = (
    ("section", _SECTION),
    ("article", _ARTICLE),
    ("dotted", _DOTTED),
    ("paren", _PAREN),
    ("bare", _BARE),
)
KEYWORD_STYLES = ("section", "article")
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
    """Split lines into top-level units by the numbering style that numbers the document.

    Every line ends up in a provision or in ``bill.skipped`` (front matter, part headings).
    """
    bill = ImportedBill(source=path, format=fmt)
    body = [line for line in lines if line.text]
    style = _choose_style(body)
    pattern = dict(STYLES).get(style) if style else None
    current: Unit | None = None
    pending_heading: str | None = None
    long_title: str | None = None
    after_boilerplate = False
    body_lines: dict[int, list[str]] = {}
    for line in body:
        text = line.text
        match = _unit_start(style, pattern, text, current.label if current else None) if style else None
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
            if rest and style == "bare" and not rest.endswith((".", ":", ";")):
                current.heading = current.heading or rest  # "31 Extension of powers to charities ..."
            elif rest:
                heading, rest = _split_heading(rest)
                current.heading = current.heading or heading
                if rest:
                    body_lines[id(current)].append(rest)
            continue
        if _is_grouping(text):
            bill.skipped.add(DIVISION_HEADINGS, text)  # parts and chapters group sections
            continue
        if current is None:
            if _BOILERPLATE.match(text):
                after_boilerplate = True  # "A BILL" / "AN ACT": the long title follows
            elif after_boilerplate and long_title is None:
                long_title = text
            bill.preamble.append(text)
            continue
        lines_so_far = body_lines[id(current)]
        if line.heading and lines_so_far:
            if pending_heading:
                lines_so_far.append(pending_heading)
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
        if rest:
            bill.skipped.add(FRONT_MATTER, first)
        bill.units = [Unit(kind="section", label=str(i), lines=[t]) for i, t in enumerate(rest or [first], start=1)]
        bill.preamble = []
        bill.notes.append("no numbered sections were found; each paragraph became a provision")
    bill.skipped.add_lines(FRONT_MATTER, bill.preamble)
    full = "\n".join(line.text for line in body)
    bill.title = short_title(full) or title or long_title or (bill.preamble[0] if bill.preamble else None)
    return bill


def _is_grouping(text: str) -> bool:
    """ "PART 2", "Schedule 1 — Appeals" head a group; "Schedule 1 amends Part 2 ..." is a sentence."""
    match = _GROUPING.match(text)
    if not match:
        return False
    rest = text[match.end() :].strip(" .:—–-")
    return not rest or not rest[0].islower()


def _choose_style(body: list[Line]) -> str | None:
    """The numbering that numbers the document's provisions.

    Each style is tried on its own, counting only numbers that run in sequence. "Section" and
    "Article" keywords win when they come first, or when they number at least as many units
    as the style that starts earliest; otherwise the earliest style with two or more units
    wins. So a list "1."-"3." inside a section stays a list, a sentence "Section 2 does not
    apply" after a numbered list stays a sentence, and articles quoted by an amending bill
    numbered "1", "2", "3" do not become its provisions.
    """
    found: list[tuple[int, str, int, int]] = []  # (preference, style, units, index of the first)
    for preference, (name, rx) in enumerate(STYLES):
        count, first_at, previous = 0, len(body), None
        for index, line in enumerate(body):
            match = _unit_start(name, rx, line.text, previous)
            if match:
                count += 1
                first_at = min(first_at, index)
                previous = label_of(match.group("label"))
        if count:
            found.append((preference, name, count, first_at))
    if not found:
        return None
    earliest = min(first_at for *_, first_at in found)
    for _, name, _, first_at in found:
        if name in KEYWORD_STYLES and first_at == earliest:
            return name
    several = [item for item in found if item[2] >= 2] or found
    lead = min(several, key=lambda item: (item[3], item[0]))
    for _, name, count, _ in several:
        if name in KEYWORD_STYLES and count >= lead[2]:
            return name
    return lead[1]


def _unit_start(style: str | None, rx: re.Pattern[str] | None, text: str, previous: str | None) -> re.Match[str] | None:
    """A match if ``text`` starts the next top-level unit in ``style``, else None."""
    if rx is None:
        return None
    match = rx.match(text)
    if not match:
        return None
    label = label_of(match.group("label")) or ""
    if style in KEYWORD_STYLES:
        rest = match.group("rest") or ""
        if not match.group("punct") and rest[:1].islower():
            return None  # "Section 2 does not apply ..." refers to a section; it does not start one
        if previous is not None and _order(label) <= _order(previous):
            return None
        return match
    if previous is not None and not _next_in_sequence(previous, label):
        return None  # "3." inside a section that is not the next section is a list item
    return match


def _order(label: str) -> tuple[int, str]:
    digits = re.match(r"\d+", label)
    if digits:
        return int(digits.group()), label[digits.end() :]
    if is_roman(label):
        return _roman_value(label), ""
    return 0, label


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
    if text.endswith(".") and len(words) > 5 and not text.isupper():
        return False  # a sentence, not a heading
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
