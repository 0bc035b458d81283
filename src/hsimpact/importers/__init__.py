"""Importing bills from real documents: plain text, Word, Akoma Ntoso and USLM.

``import_bill`` reads a document, splits it into provisions by its own numbering and
returns bill YAML (with comments) that loads without edits. Nothing here prints, exits
or imports the terminal libraries.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from ..bill import LoadedBill
from ..errors import InputError, diag
from .detect import FORMATS, IMPORTERS, detect_format
from .model import ImportedBill, ImportedProvision, count_words, flatten, slug
from .money import Money, find_money
from .yamlwriter import render, sha256, validate

# The reader of each format ("module:function" in this package), imported only when chosen.
READERS = {name: importer.reader for name, importer in IMPORTERS.items()}

SPLITS = ("section", "subsection")
MAX_PROVISIONS = 20_000


@dataclass
class ImportResult:
    yaml: str
    bill: LoadedBill
    document: ImportedBill
    money: list[Money]
    provisions: list[ImportedProvision]

    @property
    def words(self) -> int:
        """Words written into provisions (headings and text)."""
        return sum(count_words(f"{p.heading or ''} {p.text}") for p in self.provisions)

    def summary(self) -> str:
        """One line: provisions found, words imported, and what was skipped and why."""
        document = self.document
        line = f"imported {len(self.provisions)} provision(s), {self.words:,} words, from {document.source.name}"
        line += f" ({document.format})"
        skipped = self.document.skipped
        if skipped.words():
            line += f"; skipped {skipped.words():,} words: " + "; ".join(skipped.summary())
        else:
            line += "; nothing skipped"
        if self.money:
            line += f"; {len(self.money)} money amount(s) proposed as commented-out budget lines"
        return line


def read_document(path: Path | str, fmt: str | None = None) -> ImportedBill:
    path = Path(path)
    if not path.exists():
        raise InputError(diag(path, None, None, "HS001", "document not found", "check the path and spelling"))
    if path.is_dir():
        raise InputError(diag(path, None, None, "HS001", "is a directory, not a document"))
    if not path.is_file():  # a device such as /dev/zero, or a pipe: never read
        raise InputError(diag(path, None, None, "HS001", "not a regular file", "give a document saved on disk"))
    if fmt is None:
        fmt = detect_format(path)
    if fmt not in FORMATS:
        raise InputError(
            diag(path, None, None, "HS040", f"unknown format '{fmt}'", f"choose one of: {', '.join(FORMATS)}")
        )
    module, function = READERS[fmt].split(":")
    return getattr(import_module(f"hsimpact.importers.{module}"), function)(path)


def import_bill(
    path: Path | str, fmt: str | None = None, *, split: str = "section", output_name: str = "bill.yaml"
) -> ImportResult:
    """Read ``path`` and return validated bill YAML; raise InputError on any problem."""
    path = Path(path)
    if split not in SPLITS:
        raise InputError(f"unknown split '{split}'; choose one of: {', '.join(SPLITS)}")
    document = read_document(path, fmt)
    provisions = flatten(document.units, split=split)
    if not provisions:
        raise InputError(
            diag(
                path,
                None,
                None,
                "HS046",
                "no provisions found in the document",
                "number the sections ('Section 1', 'SEC. 2.', 'Article 3', '1.') or check the format",
            )
        )
    if len(provisions) > MAX_PROVISIONS:
        raise InputError(
            diag(path, None, None, "HS047", f"{len(provisions):,} provisions; the limit is {MAX_PROVISIONS:,}")
        )
    if not document.id:
        document.id = (
            slug(document.title or path.stem) if document.title and len(document.title) < 80 else slug(path.stem)
        )
    money = [m for p in provisions for m in find_money(p.id, p.text)]
    text = render(document, provisions, money, digest=sha256(path))
    loaded = validate(text, output_name, provisions)
    return ImportResult(text, loaded, document, money, provisions)


__all__ = ["FORMATS", "IMPORTERS", "SPLITS", "ImportResult", "import_bill", "read_document"]
