"""The division tree of Akoma Ntoso and USLM documents, which name their parts alike.

Both keep ``num`` and ``heading`` as the first children of a division and put words in
``content``/``p``; amending text quoted from another act (``quotedStructure``,
``quotedContent``, ``mod``) is kept as text and never becomes a provision of this bill.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from .model import Unit, label_of
from .xmlsource import SKIP, children, inline_text, lines_of, local, words

TOP = ("section", "article")
GROUPS = words(
    "part chapter title subtitle book tome division subdivision subpart subchapter subheading "
    "clause-group hcontainer container level body mainBody main preamble"
)
SUBS = words(
    "subsection paragraph subparagraph clause subclause item subitem point indent alinea list blockList subsubsection"
)
QUOTED = frozenset(["quotedStructure", "quotedContent", "mod", "embeddedStructure", "quotedText"])
LABELS = ("num", "heading", "subheading")
FALLBACK_TOP = ("paragraph", "subsection", "point", "clause", "level", "rule", "regulation")


def walk_no_quotes(elem: ET.Element) -> Iterator[ET.Element]:
    for child in children(elem):
        if local(child.tag) in QUOTED:
            continue
        yield child
        yield from walk_no_quotes(child)


def top_names(body: ET.Element) -> tuple[str, ...]:
    """Which element names are provisions here: sections/articles, else the first level down."""
    names = {local(e.tag) for e in walk_no_quotes(body)}
    found = tuple(n for n in TOP if n in names)
    if found:
        return found
    return tuple(n for n in FALLBACK_TOP if n in names)[:1]


def build_units(container: ET.Element, tops: tuple[str, ...]) -> list[Unit]:
    units: list[Unit] = []
    for child in children(container):
        name = local(child.tag)
        if name in SKIP or name in LABELS or name in ("longTitle", "enactingFormula", "preface", "coverPage"):
            continue
        if name in tops:
            if child.get("status") in ("editorial", "omitted", "repealed"):
                continue
            units.append(make_unit(child, "article" if name == "article" else "section"))
        elif name in QUOTED:
            continue
        elif any(local(e.tag) in tops for e in walk_no_quotes(child)):
            units.extend(build_units(child, tops))
        else:
            lines = lines_of(child)
            if lines:  # unnumbered text between divisions (a chapeau, a short-title paragraph)
                unit = make_unit(child, "section") if name in GROUPS or name in SUBS else Unit("section", lines=lines)
                units.append(unit)
    return units


def make_unit(elem: ET.Element, kind: str) -> Unit:
    unit = Unit(kind=kind)
    num = _child(elem, "num")
    if num is not None:
        unit.num = inline_text(num) or None
        unit.label = label_of(num.get("value")) or label_of(unit.num)
    heading = _child(elem, "heading")
    if heading is not None:
        unit.heading = inline_text(heading).rstrip(" .—-") or None
    _fill(unit, elem)
    return unit


def _fill(unit: Unit, elem: ET.Element) -> None:
    seen_labels: set[str] = set()
    for child in children(elem):
        name = local(child.tag)
        if name in LABELS and name not in seen_labels:
            seen_labels.add(name)
            continue
        if name in SKIP:
            continue
        if name in ("list", "blockList"):
            _fill(unit, child)  # a list is transparent: its intro is text, its points are sub-units
        elif name in SUBS:
            unit.children.append(make_unit(child, name))
        else:
            unit.lines.extend(lines_of(child))


def _child(elem: ET.Element, name: str) -> ET.Element | None:
    for child in children(elem):
        if local(child.tag) == name:
            return child
    return None
