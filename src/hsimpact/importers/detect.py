"""Which importer reads a file: from ``--from``, else its extension and first bytes."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError, diag

FORMATS = ("text", "docx", "akn", "uslm")
_TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


def detect_format(path: Path) -> str:
    suffix = path.suffix.casefold()
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        raise InputError(diag(path, None, None, "HS001", f"cannot read: {exc.strerror}")) from None
    if head.startswith(b"PK\x03\x04"):
        if suffix in (".docx", ".docm", ""):
            return "docx"
        raise InputError(
            diag(
                path,
                None,
                None,
                "HS041",
                f"'{suffix}' files are not supported (a zip archive)",
                "save the document as .docx",
            )
        )
    if suffix in (".doc", ".pdf", ".odt", ".rtf"):
        raise InputError(
            diag(
                path,
                None,
                None,
                "HS041",
                f"'{suffix}' files are not supported",
                "save the document as .docx or plain text, or export Akoma Ntoso/USLM XML",
            )
        )
    probe = (
        head.decode("utf-16", errors="ignore")
        if head.startswith((b"\xff\xfe", b"\xfe\xff"))
        else head.decode("utf-8", errors="ignore")
    )
    stripped = probe.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<") or suffix in (".xml", ".akn"):
        if "akomaNtoso" in probe or "legaldocml" in probe:
            return "akn"
        if "schemas.gpo.gov/xml/uslm" in probe or "xml.house.gov/schemas/uslm" in probe:
            return "uslm"
        raise InputError(
            diag(
                path,
                None,
                None,
                "HS041",
                "an XML file that is neither Akoma Ntoso nor USLM",
                "name the format with --from akn|uslm if you are sure",
            )
        )
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            diag(path, None, None, "HS041", "a binary file of unknown type", "use --from text|docx|akn|uslm")
        )
    if suffix in _TEXT_SUFFIXES or suffix:
        return "text"
    return "text"
