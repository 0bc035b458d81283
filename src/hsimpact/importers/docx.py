"""Word documents (.docx) through python-docx: the file is checked and opened here; its text,
with the numbers Word adds itself, is read in ``wordtext``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import InputError, diag
from .model import ImportedBill
from .safeopen import read_docx_package
from .wordtext import read_paragraphs

MAX_PARAGRAPHS = 200_000


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
        package = read_docx_package(path)  # each part capped and scanned; media left out
        document = docx.Document(package)
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
