"""Word documents (.docx) through python-docx: the file is checked and opened here; its text,
with the numbers Word adds itself, is read in ``wordtext``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import InputError, diag
from .model import ImportedBill
from .wordtext import read_paragraphs

MAX_PARAGRAPHS = 200_000
MAX_XML_BYTES = 100 * 1024 * 1024


def read_docx(path: Path) -> ImportedBill:
    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(
            diag(path, None, None, "HS040", "reading .docx needs python-docx", "pip install python-docx")
        ) from None
    if not zipfile.is_zipfile(path):
        raise InputError(
            diag(path, None, None, "HS041", "not a Word .docx file (not a zip archive)", "save it as .docx")
        )
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names:
                raise InputError(diag(path, None, None, "HS041", "not a Word .docx file (no word/document.xml)"))
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_XML_BYTES:
                raise InputError(
                    diag(
                        path,
                        None,
                        None,
                        "HS047",
                        f"the document part is {info.file_size:,} bytes unpacked; the limit is {MAX_XML_BYTES:,}",
                    )
                )
            _refuse_dtd(path, archive.read("word/document.xml"))
        document = docx.Document(str(path))
    except InputError:
        raise
    except Exception as exc:  # python-docx raises many kinds on a damaged file
        raise InputError(
            diag(
                path,
                None,
                None,
                "HS041",
                f"cannot read the Word file ({type(exc).__name__})",
                "open and re-save it in Word",
            )
        ) from None
    return read_paragraphs(path, document, max_paragraphs=MAX_PARAGRAPHS)


def _refuse_dtd(path: Path, head: bytes) -> None:
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise InputError(
            diag(path, None, None, "HS043", "the Word file declares a DTD or entities; refusing to read it")
        )
