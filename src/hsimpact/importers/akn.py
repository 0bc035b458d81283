"""Akoma Ntoso (OASIS LegalDocML) acts and bills: body divisions and FRBR metadata.

Any Akoma Ntoso namespace version is accepted (3.0 and its working drafts differ only in
the namespace URI). For a document collection, the first act or bill component is read.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import InputError, diag
from .model import ImportedBill, short_title, slug
from .structure import build_units, top_names
from .uslm import _short_title_element
from .xmlsource import children, first, inline_text, lines_of, local, parse_xml

DOC_TYPES = ("act", "bill", "doc", "statement", "amendment", "portion")
STAGES = {"bill": "introduced", "act": "passed"}


def read_akn(path: Path) -> ImportedBill:
    root = parse_xml(path, "Akoma Ntoso file")
    if local(root.tag) != "akomaNtoso":
        raise InputError(
            diag(
                path,
                1,
                None,
                "HS045",
                f"the root element is <{local(root.tag)}>, not <akomaNtoso>",
                "use --from uslm for US bills, or check the file",
            )
        )
    doc = _document(root)
    if doc is None:
        found = ", ".join(f"<{local(c.tag)}>" for c in children(root)) or "nothing"
        raise InputError(
            diag(
                path,
                None,
                None,
                "HS045",
                f"<akomaNtoso> holds {found}; expected one of " + ", ".join(f"<{t}>" for t in DOC_TYPES),
            )
        )
    body = next((c for c in children(doc) if local(c.tag) in ("body", "mainBody")), None)
    if body is None:
        raise InputError(
            diag(
                path,
                None,
                None,
                "HS046",
                f"<{local(doc.tag)}> has no <body> or <mainBody>",
                "the document has no provisions to import",
            )
        )
    bill = ImportedBill(source=path, format="akn", stage=STAGES.get(local(doc.tag)))
    work = first(doc, "FRBRWork")
    if work is not None:
        uri = _value(work, "FRBRuri") or _value(work, "FRBRthis")
        if uri:
            bill.id = slug(uri.removeprefix("/akn/").removesuffix("/!main").removesuffix("/main"))
        bill.jurisdiction = _value(work, "FRBRcountry")
        date = first(work, "FRBRdate")
        if date is not None and (date.get("date") or "")[:10]:
            bill.date = date.get("date", "")[:10]
    bill.units = build_units(body, top_names(body))
    text = "\n".join(line for unit in bill.units for line in unit.full_lines())
    bill.title = _short_title_element(body) or short_title(text) or _long_title(doc)
    preamble = next((c for c in children(doc) if local(c.tag) == "preamble"), None)
    if preamble is not None:
        bill.preamble = lines_of(preamble)
    return bill


def _document(root: ET.Element) -> ET.Element | None:
    kids = list(children(root))
    for child in kids:
        if local(child.tag) in DOC_TYPES:
            return child
    for child in root.iter():  # documentCollection: the first act or bill among the components
        if local(child.tag) in ("act", "bill") and child is not root:
            return child
    return None


def _value(elem: ET.Element, name: str) -> str | None:
    found = first(elem, name)
    value = found.get("value") if found is not None else None
    return value.strip() if value and value.strip() else None


def _long_title(doc: ET.Element) -> str | None:
    for name in ("longTitle", "docTitle"):
        found = first(doc, name)
        if found is not None:
            text = inline_text(found)
            if text:
                return text
    alias = first(doc, "FRBRalias")
    if alias is not None and alias.get("value"):
        return alias.get("value")
    return None
