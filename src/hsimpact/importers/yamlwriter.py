"""Bill YAML written as text, so the comments a drafter needs survive.

Scalars are quoted by ``yaml.safe_dump`` itself; provision text goes in a literal block
(``text: |``) when that round-trips exactly, else in a double-quoted scalar. The result is
loaded and validated with the ordinary bill loader before anyone writes it to disk.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import yaml

from .. import __version__
from ..bill import LoadedBill, bill_from_located
from ..errors import Diagnostic, InputError, diag
from ..yamlsource import load_yaml_text
from .model import MAX_TITLE, ImportedBill, ImportedProvision, clean_text, shorten
from .money import Money

FORMAT_NAMES = {"text": "plain text", "docx": "Word .docx", "akn": "Akoma Ntoso XML", "uslm": "USLM XML"}
STAGES = ("draft", "introduced", "committee", "amended", "passed")
_YAML_UNSAFE = re.compile("[^\x0a\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_INDENT = "      "


def scalar(value: object) -> str:
    """One YAML scalar on one line, quoted exactly as much as YAML needs."""
    dumped = yaml.safe_dump(value, allow_unicode=True, width=1_000_000, default_flow_style=True)
    return dumped.removesuffix("\n").removesuffix("\n...").strip()


def comment(text: str) -> str:
    return clean_text(text).replace("\n", " ")


def _block_ok(text: str) -> bool:
    if not text or text != text.strip() or _YAML_UNSAFE.search(text) or "\r" in text:
        return False
    return all(line == line.strip() for line in text.split("\n"))


def render(bill: ImportedBill, provisions: list[ImportedProvision], money: list[Money], *, digest: str) -> str:
    out: list[str] = []
    fmt = FORMAT_NAMES.get(bill.format, bill.format)
    out.append(f"# Imported by hsimpact {__version__} from {comment(bill.source.name)} ({fmt}).")
    out.append(f"# Source sha256: {digest}")
    out.append("# Check every provision against the source. Add stage, sponsor, affected_groups and")
    out.append("# declared effects as needed (see 'hsimpact new' for a commented starter bill).")
    for note in bill.notes:
        out.append(f"# Note: {comment(note)}")
    if money:
        out.append(f"# {len(money)} money amount(s) found in the text are proposed as budget lines at the end.")
    out.append(f"id: {scalar(bill.id or 'imported-bill')}")
    title = shorten(bill.title, MAX_TITLE) or f"Imported from {bill.source.name}"
    out.append(f"title: {scalar(title)}")
    if bill.jurisdiction:
        out.append(f"jurisdiction: {scalar(shorten(bill.jurisdiction, 500))}")
    if bill.language and re.fullmatch(r"[a-z]{2,3}", bill.language):
        out.append(f"language: {scalar(bill.language)}")
    if bill.stage in STAGES:
        out.append(f"stage: {scalar(bill.stage)}")
    if bill.sponsor:
        out.append(f"sponsor: {scalar(shorten(bill.sponsor, 500))}")
    if bill.date and re.match(r"^\d{4}-\d{2}-\d{2}$", bill.date):
        out.append(f"date: {scalar(bill.date)}")
    out.append("provisions:")
    for provision in provisions:
        out.append(f"  - id: {scalar(provision.id)}")
        if provision.heading:
            out.append(f"    heading: {scalar(provision.heading)}")
        if _block_ok(provision.text):
            out.append("    text: |")
            out.extend(f"{_INDENT}{line}" if line else "" for line in provision.text.split("\n"))
        else:
            out.append(f"    text: {scalar(provision.text)}")
    if money:
        out.append("")
        out.append("# Proposed budget lines: amounts found in the text. For each one you keep, check the")
        out.append("# amount, set 'change' (increase | new | decrease | cut) and 'areas' (area ids from")
        out.append("# 'hsimpact rubric list') or a 'category', then remove the leading '# '.")
        out.append("# budget:")
        for item in money:
            label = comment(f"{item.matched} ({item.provision})")
            out.append(f"#   - item: {scalar(label)}")
            out.append(f"#     amount: {int(item.amount) if item.amount.is_integer() else item.amount}")
            out.append(f"#     currency: {item.currency}")
            out.append(f"#     change: {item.change}    # a guess from the wording")
            out.append("#     areas: []    # required: area ids or a category")
            out.append(f"#     note: {scalar(shorten('found: ' + item.context, 300))}")
    return "\n".join(out) + "\n"


def validate(text: str, name: str, provisions: list[ImportedProvision]) -> LoadedBill:
    """Load the YAML as 'hsimpact assess' would; any failure here is a bug in the importer."""
    try:
        loaded = bill_from_located(load_yaml_text(Path(name), text.encode("utf-8")))
    except InputError as exc:
        problems = [
            Diagnostic(
                d.path, d.line, d.col, "HS049", f"the imported bill would not load: {d.message}", "please report this"
            )
            for d in exc.diagnostics
        ]
        raise InputError(problems) from None
    for written, wanted in zip(loaded.bill.provisions, provisions, strict=True):
        if written.text.rstrip("\n") != wanted.text:
            raise InputError(
                diag(name, None, None, "HS049", f"provision {wanted.id} did not survive writing", "please report this")
            )
    return loaded


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
