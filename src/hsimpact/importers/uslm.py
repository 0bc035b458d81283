"""USLM (United States Legislative Markup): bills, resolutions, public laws and the US Code.

Sections (``<section>`` with ``<num value=...>``, ``<heading>``, ``<content>``) become
provisions; titles, chapters and parts only group them. Metadata comes from Dublin Core
(``dc:title``, ``dc:date``) and the USLM ``meta``/``preface`` elements.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import InputError, diag
from .model import ImportedBill, clean_text, short_title, slug
from .structure import account_outside, build_units, top_names
from .xmlsource import children, first, inline_text, local, parse_xml

DC = "{http://purl.org/dc/elements/1.1/}"
ROOTS = (
    "bill",
    "resolution",
    "amendment",
    "uscDoc",
    "lawDoc",
    "pLaw",
    "statutesAtLarge",
    "engrossedAmendment",
    "statuteCompilation",
)
_STAGES = (
    ("enrolled", "passed"),
    ("engrossed", "passed"),
    ("public law", "passed"),
    ("reported", "committee"),
    ("committee", "committee"),
    ("introduced", "introduced"),
)


def read_uslm(path: Path) -> ImportedBill:
    root = parse_xml(path, "USLM file")
    name = local(root.tag)
    if name not in ROOTS:
        hint = (
            "this looks like the older bill DTD; export USLM from govinfo"
            if name in ("bill-dtd", "resolution-dtd")
            else ""
        )
        raise InputError(
            diag(
                path,
                1,
                None,
                "HS045",
                f"the root element is <{name}>; USLM documents start with "
                + ", ".join(f"<{r}>" for r in ROOTS[:4])
                + " ...",
                hint or "use --from akn for Akoma Ntoso",
            )
        )
    main = next((c for c in children(root) if local(c.tag) == "main"), None)
    if main is None:
        raise InputError(
            diag(
                path, None, None, "HS046", f"<{name}> has no <main> element", "the document has no provisions to import"
            )
        )
    bill = ImportedBill(source=path, format="uslm", jurisdiction="United States")
    meta = next((c for c in children(root) if local(c.tag) == "meta"), None)
    preface = next((c for c in children(root) if local(c.tag) == "preface"), None)
    cited = [clean_text(e.text or "") for e in root.iter() if local(e.tag) == "citableAs"]
    compact = next((c for c in cited if c and " " not in c), None)
    bill.id = slug(compact or (cited[0] if cited else path.stem))
    stage = _text(meta, "docStage")
    if stage:
        bill.stage = next((ours for words, ours in _STAGES if words in stage.casefold()), None)
    date = next(
        (e for e in (preface if preface is not None else root).iter() if local(e.tag) == "date" and e.get("date")), None
    )
    dc_date = next((e for e in root.iter(f"{DC}date")), None)
    if date is not None:
        bill.date = (date.get("date") or "")[:10] or None
    elif dc_date is not None and dc_date.text:
        bill.date = dc_date.text.strip()[:10]
    if bill.date and not re.match(r"^\d{4}-\d{2}-\d{2}$", bill.date):
        bill.date = None
    sponsor = first(preface, "sponsor") if preface is not None else None
    if sponsor is not None:
        bill.sponsor = inline_text(sponsor) or None
    bill.units = build_units(main, top_names(main), bill.skipped)
    account_outside(root, main, bill.skipped)
    text = "\n".join(line for unit in bill.units for line in unit.full_lines())
    official = first(main, "officialTitle")
    dc_title = next((e for e in root.iter(f"{DC}title")), None)
    bill.title = (
        _short_title_element(main)
        or short_title(text)
        or (inline_text(official) if official is not None else None)
        or (clean_text(dc_title.text or "") if dc_title is not None else None)
    )
    return bill


def _text(elem: ET.Element | None, name: str) -> str | None:
    if elem is None:
        return None
    found = first(elem, name)
    return inline_text(found) if found is not None else None


def _short_title_element(main: ET.Element) -> str | None:
    for elem in main.iter():
        if local(elem.tag) == "shortTitle" and elem.get("role") in (None, "act"):
            text = inline_text(elem).strip(' “”"')
            if text:
                return text
    return None
