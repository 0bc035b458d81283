"""The division tree of Akoma Ntoso and USLM documents, which name their parts alike.

Both keep ``num`` and ``heading`` as the first children of a division and put words in
``content``/``p``; amending text quoted from another act (``quotedStructure``,
``quotedContent``, ``mod``) is kept as text and never becomes a provision of this bill.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from .model import (
    DIVISION_HEADINGS,
    EMPTY_DIVISIONS,
    FRONT_MATTER,
    OMITTED,
    OTHER_DOCUMENTS,
    QUOTED_OUTSIDE,
    SIGNATURES,
    Skipped,
    Unit,
    label_of,
)
from .xmlsource import children, inline_text, lines_of, local, skip_reason, words

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
FRONT = frozenset(["longTitle", "enactingFormula", "preface", "coverPage", "officialTitle", "docTitle"])
ENDING = frozenset(["action", "attestation", "signatures", "signature", "endorsement", "endMarker", "conclusions"])
FALLBACK_TOP = ("paragraph", "subsection", "point", "clause", "level", "rule", "regulation")


def walk_no_quotes(elem: ET.Element) -> Iterator[ET.Element]:
    for child in children(elem):
        if local(child.tag) in QUOTED or skip_reason(child):
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


def build_units(container: ET.Element, tops: tuple[str, ...], skipped: Skipped | None = None) -> list[Unit]:
    """Units for the ``tops`` divisions under ``container``; whatever is left out goes to ``skipped``."""
    skipped = skipped if skipped is not None else Skipped()
    units: list[Unit] = []
    for child in children(container):
        name = local(child.tag)
        reason = skip_reason(child)
        if reason:
            skipped.add(reason, _all_text(child))
        elif name in LABELS:
            skipped.add(DIVISION_HEADINGS, _all_text(child))
        elif name in FRONT:
            skipped.add(FRONT_MATTER, _all_text(child))
        elif name in ENDING or (name == "hcontainer" and child.get("name") in ENDING):
            skipped.add(SIGNATURES, _all_text(child))
        elif name == "hcontainer" and child.get("name") == "schedules":
            units.extend(build_units(child, tops, skipped))
        elif name == "hcontainer" and child.get("name") == "schedule":
            units.append(make_unit(child, "schedule", skipped))  # UK bills: one provision per schedule
        elif name in tops:
            if _only_labels(child) and "reserved" in _all_text(child).casefold():
                skipped.add(EMPTY_DIVISIONS, _all_text(child))  # "SEC. 1071. [RESERVED]."
                continue
            if child.get("status") in ("editorial", "omitted", "repealed"):
                skipped.add(OMITTED, _all_text(child))
                continue
            units.append(make_unit(child, "article" if name == "article" else "section", skipped))
        elif name in QUOTED:
            skipped.add(QUOTED_OUTSIDE, _all_text(child))
        elif any(local(e.tag) in tops for e in walk_no_quotes(child)):
            units.extend(build_units(child, tops, skipped))
        elif name in GROUPS and _only_labels(child):
            skipped.add(EMPTY_DIVISIONS, _all_text(child))  # "TITLE VII—[RESERVED]"
        else:
            unit = make_unit(child, "section", skipped) if name in GROUPS or name in SUBS else None
            if unit is None:
                lines = lines_of(child, skipped=skipped)
                unit = Unit("section", lines=lines) if lines else None
            if unit is not None and (unit.lines or unit.children or unit.heading):
                units.append(unit)  # unnumbered text between divisions (a chapeau, a short-title paragraph)
            elif unit is not None:
                skipped.add(EMPTY_DIVISIONS, _all_text(child))
    return units


def make_unit(elem: ET.Element, kind: str, skipped: Skipped | None = None) -> Unit:
    skipped = skipped if skipped is not None else Skipped()
    unit = Unit(kind=kind)
    num = _child(elem, "num")
    if num is not None:
        unit.num = inline_text(num, skipped) or None
        unit.label = label_of(num.get("value")) or label_of(unit.num)
    heading = _child(elem, "heading")
    if heading is not None:
        unit.heading = inline_text(heading, skipped).rstrip(" .—-") or None
    _fill(unit, elem, skipped)
    return unit


def _fill(unit: Unit, elem: ET.Element, skipped: Skipped) -> None:
    seen_labels: set[str] = set()
    for child in children(elem):
        name = local(child.tag)
        if name in LABELS and name not in seen_labels:
            seen_labels.add(name)
            continue
        reason = skip_reason(child)
        if reason:
            skipped.add(reason, _all_text(child))
        elif name in ("list", "blockList"):
            _fill(unit, child, skipped)  # a list is transparent: its intro is text, its points are sub-units
        elif name in SUBS:
            unit.children.append(make_unit(child, name, skipped))
        else:
            unit.lines.extend(lines_of(child, skipped=skipped))


def account_outside(root: ET.Element, kept: ET.Element, skipped: Skipped) -> None:
    """Record the text around ``kept`` (the body that was imported): front and back matter,
    other documents of a collection. Metadata is not text and is left uncounted."""
    parents = {child: parent for parent in root.iter() for child in parent}
    node = kept
    while node is not root and node in parents:
        parent = parents[node]
        for sibling in children(parent):
            if sibling is node:
                continue
            name = local(sibling.tag)
            if name == "meta":
                continue
            if name in FRONT or name in ("preamble", "formula", "recitals", "citations"):
                reason = FRONT_MATTER
            elif name in ENDING or name == "backMatter":
                reason = SIGNATURES
            else:
                reason = OTHER_DOCUMENTS
            skipped.add(reason, _all_text(sibling))
        node = parent


def _only_labels(elem: ET.Element) -> bool:
    """A division with a number and heading but nothing else ("TITLE VII—[RESERVED]")."""
    return all(
        local(child.tag) in LABELS or skip_reason(child) or not _all_text(child).strip() for child in children(elem)
    )


def _all_text(elem: ET.Element) -> str:
    return " ".join(elem.itertext())


def _child(elem: ET.Element, name: str) -> ET.Element | None:
    for child in children(elem):
        if local(child.tag) == name:
            return child
    return None
