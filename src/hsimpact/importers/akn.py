"""Akoma Ntoso (OASIS LegalDocML) acts and bills: body divisions and FRBR metadata.

Any Akoma Ntoso namespace version is accepted (3.0 and its working drafts differ only in
the namespace URI). For a document collection, the first act or bill component is read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import InputError, diag
from .model import EXPLANATORY, FRONT_MATTER, OTHER_DOCUMENTS, ImportedBill, Skipped, Unit, label_of, short_title, slug
from .structure import account_outside, build_units, top_names
from .uslm import _short_title_element
from .xmlsource import children, first, inline_text, lines_of, local, parse_xml

DOC_TYPES = ("act", "bill", "doc", "statement", "amendment", "portion", "amendmentList")
BODIES = ("body", "mainBody", "portionBody", "amendmentBody")
STAGES = {"bill": "introduced", "act": "passed"}
# ISO 639-2 codes Akoma Ntoso uses in FRBRlanguage, as the two-letter codes bills use.
LANGUAGES = {
    "eng": "en", "spa": "es", "esp": "es", "fra": "fr", "fre": "fr", "ita": "it", "por": "pt", "deu": "de", "ger": "de",
    "swa": "sw", "ara": "ar", "rus": "ru", "zho": "zh", "chi": "zh", "nld": "nl", "dut": "nl", "afr": "af",
    "zul": "zu", "xho": "xh", "sot": "st", "tsn": "tn", "cym": "cy", "wel": "cy", "gle": "ga", "lav": "lv",
}  # fmt: skip


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
    kind = local(doc.tag)
    is_amendment = kind in ("amendment", "amendmentList")
    amendments = [e for e in doc.iter() if local(e.tag) == "amendment"] if is_amendment else []
    found_bodies = [_body(a) for a in amendments] if amendments else [_body(doc)]
    bodies = [body for body in found_bodies if body is not None]
    if not bodies or len(bodies) != len(found_bodies):
        raise InputError(
            diag(
                path,
                None,
                None,
                "HS046",
                f"<{kind}> has no " + " or ".join(f"<{b}>" for b in BODIES),
                "the document has no provisions to import",
            )
        )
    bill = ImportedBill(source=path, format="akn", stage=STAGES.get(kind))
    _metadata(bill, doc)
    if amendments:
        bill.units = [_amendment_unit(body, bill.skipped) for body in bodies]
        for amendment, body in zip(amendments, bodies, strict=True):
            account_outside(amendment, body, bill.skipped)
        collection = next((c for c in children(doc) if local(c.tag) == "collectionBody"), None)
        if collection is not None:
            account_outside(root, collection, bill.skipped)
            for component in children(collection):
                if not any(local(e.tag) == "amendment" for e in component.iter()):
                    bill.skipped.add(OTHER_DOCUMENTS, " ".join(component.itertext()))  # e.g. a programme motion
        elif doc is not root:
            account_outside(root, doc, bill.skipped)
        body = bodies[0]
    else:
        body = bodies[0]
        bill.units = build_units(body, top_names(body), bill.skipped)
        account_outside(root, body, bill.skipped)
    text = "\n".join(line for unit in bill.units for line in unit.full_lines())
    if amendments:
        stage = first(doc, "docStage")
        stage_text = inline_text(stage) if stage is not None else ""
        bill.title = _long_title(doc) or (f"Amendments ({stage_text})" if stage_text else "Amendments")
    else:
        bill.title = _short_title_element(body) or short_title(text) or _long_title(doc) or _first_heading(body)
    preamble = next((c for c in children(doc) if local(c.tag) == "preamble"), None)
    if preamble is not None:
        bill.preamble = lines_of(preamble)
    return bill


def _first_heading(body: ET.Element) -> str | None:
    """A portion's title: the number and heading of the division it holds ("Chapter 3 — ...")."""
    for division in children(body):
        num, heading = first(division, "num"), first(division, "heading")
        parts = [inline_text(e).strip(" .—–-:") for e in (num, heading) if e is not None]
        text = " — ".join(part for part in parts if part)
        if text:
            return text
    return None


def _body(doc: ET.Element) -> ET.Element | None:
    return next((c for c in children(doc) if local(c.tag) in BODIES), None)


def _metadata(bill: ImportedBill, doc: ET.Element) -> None:
    """Id, country, date and language from FRBR, ignoring a drafting system's unfilled placeholders."""
    work = first(doc, "FRBRWork")
    if work is not None:
        uri = _value(work, "FRBRuri") or _value(work, "FRBRthis")
        if uri:
            bill.id = slug(uri.removeprefix("/akn/").removesuffix("/!main").removesuffix("/main"))
        bill.jurisdiction = _value(work, "FRBRcountry")
        for date in (e for e in work.iter() if local(e.tag) == "FRBRdate"):
            value = (date.get("date") or "")[:10]
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and not value.startswith("9999"):
                bill.date = value
                break
    expression = first(doc, "FRBRExpression")
    language = first(expression, "FRBRlanguage") if expression is not None else None
    code = (language.get("language") or "").strip().casefold() if language is not None else ""
    if re.fullmatch(r"[a-z]{2,3}", code):
        bill.language = LANGUAGES.get(code, code)


def _amendment_unit(body: ET.Element, skipped: Skipped) -> Unit:
    """One amendment, one provision: its content, numbered as tabled ("NC1", "12")."""
    unit = Unit(kind="section")
    for part in children(body):
        name = local(part.tag)
        if name == "amendmentContent":
            num = first(part, "num")
            if num is not None and inline_text(num):
                unit.num = inline_text(num)
                unit.label = label_of(unit.num)
            lines = lines_of(part, skipped=skipped)
            if lines and unit.num and lines[0].startswith(unit.num):
                lines[0] = lines[0].removeprefix(unit.num).strip()
            unit.lines.extend(line for line in lines if line)
        elif name == "amendmentJustification":
            skipped.add(EXPLANATORY, " ".join(part.itertext()))
        else:  # amendmentHeading: who tabled it
            skipped.add(FRONT_MATTER, " ".join(part.itertext()))
    return unit


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
    if not value or not value.strip() or value.strip().startswith("#"):
        return None  # "#varWorkUri": a placeholder Lawmaker leaves in drafts
    return value.strip()


def _long_title(doc: ET.Element) -> str | None:
    for name in ("longTitle", "docTitle"):
        found = first(doc, name)
        if found is not None:
            text = inline_text(found)
            if text:
                return text
    alias = first(doc, "FRBRalias")
    value = (alias.get("value") or "").strip() if alias is not None else ""
    if value and not value.startswith("#"):
        return value
    return None
