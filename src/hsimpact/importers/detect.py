"""Which importer reads a file: from ``--from``, else what the importers say they read.

Each importer registers its format name, the file endings it reads and, where endings lie
(a ``.xml`` may be Akoma Ntoso or USLM, a ``.docx`` is a zip archive), a test on the file's
first bytes. Detection asks the registry; no format is named anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, diag

ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Importer:
    """One document format: its reader ("module:function" in this package, imported when chosen)."""

    name: str
    reader: str
    suffixes: tuple[str, ...]
    # The first decoded characters (and raw bytes) of a file -> does it look like this format?
    recognises: Callable[[str, bytes], bool] | None = None
    markup: bool = False  # an XML format: an XML file must be claimed by one of these
    binary: bool = False  # the file is a zip archive (the reader checks its inside)


def _is_akn(probe: str, head: bytes) -> bool:
    return "akomaNtoso" in probe or "legaldocml" in probe


def _is_uslm(probe: str, head: bytes) -> bool:
    return "schemas.gpo.gov/xml/uslm" in probe or "xml.house.gov/schemas/uslm" in probe


def _is_zip(probe: str, head: bytes) -> bool:
    return head.startswith(ZIP_MAGIC)


IMPORTERS: dict[str, Importer] = {
    importer.name: importer
    for importer in (
        Importer("text", "text:read_text", (".txt", ".text", ".md", "")),
        Importer("docx", "docx:read_docx", (".docx", ".docm", ""), recognises=_is_zip, binary=True),
        Importer("akn", "akn:read_akn", (".akn", ".xml"), recognises=_is_akn, markup=True),
        Importer("uslm", "uslm:read_uslm", (".xml",), recognises=_is_uslm, markup=True),
    )
}
FORMATS = tuple(IMPORTERS)
DEFAULT = "text"  # what a file nothing else claims is read as
# Endings of documents no importer reads, with what to do instead.
UNSUPPORTED = {
    ".doc": "save the document as .docx or plain text, or export Akoma Ntoso/USLM XML",
    ".pdf": "save the document as .docx or plain text, or export Akoma Ntoso/USLM XML",
    ".odt": "save the document as .docx or plain text, or export Akoma Ntoso/USLM XML",
    ".rtf": "save the document as .docx or plain text, or export Akoma Ntoso/USLM XML",
}


def detect_format(path: Path) -> str:
    suffix = path.suffix.casefold()
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        raise InputError(diag(path, None, None, "HS001", f"cannot read: {exc.strerror}")) from None
    if head.startswith(ZIP_MAGIC):
        for importer in IMPORTERS.values():
            if (
                importer.binary
                and importer.recognises
                and importer.recognises("", head)
                and suffix in importer.suffixes
            ):
                return importer.name
        wanted = " or ".join(s for i in IMPORTERS.values() if i.binary for s in i.suffixes if s)
        raise InputError(
            diag(
                path,
                None,
                None,
                "HS041",
                f"'{suffix}' files are not supported (a zip archive)",
                f"save the document as {wanted}",
            )
        )
    if suffix in UNSUPPORTED:
        raise InputError(diag(path, None, None, "HS041", f"'{suffix}' files are not supported", UNSUPPORTED[suffix]))
    probe = (
        head.decode("utf-16", errors="ignore")
        if head.startswith((b"\xff\xfe", b"\xfe\xff"))
        else head.decode("utf-8", errors="ignore")
    )
    markup = [i for i in IMPORTERS.values() if i.markup]
    if probe.lstrip("\ufeff \t\r\n").startswith("<") or any(suffix in i.suffixes for i in markup):
        for importer in markup:
            if importer.recognises is not None and importer.recognises(probe, head):
                return importer.name
        names = "|".join(i.name for i in markup)
        raise InputError(
            diag(
                path,
                None,
                None,
                "HS041",
                "an XML file that is neither Akoma Ntoso nor USLM",
                f"name the format with --from {names} if you are sure",
            )
        )
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            diag(path, None, None, "HS041", "a binary file of unknown type", f"use --from {'|'.join(FORMATS)}")
        )
    for importer in IMPORTERS.values():
        if not importer.markup and not importer.binary and suffix in importer.suffixes:
            return importer.name
    return DEFAULT
